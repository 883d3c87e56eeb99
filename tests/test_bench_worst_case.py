"""The worst-case benchmark: its files, its ratios and one real run on tiny files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import worst_case
from bench.worst_case import SHAPES, Timing, article, growth, main


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_an_article_is_its_unit_repeated_up_to_the_size(shape: str) -> None:
    text = article(shape, 20)
    size = len(text.encode("utf-8"))
    assert size <= 20_000
    assert size > 20_000 - 2 * len(SHAPES[shape].encode("utf-8")) - 20
    assert text.startswith("Harbour notes\n\n") and text.endswith("\n")
    assert text[len("Harbour notes\n\n") : -1] == SHAPES[shape] * text.count(SHAPES[shape])


def test_growth_compares_each_size_with_the_one_before_of_its_shape() -> None:
    timings = [
        Timing("open-quotes", 100, 1.0, 0),
        Timing("open-quotes", 200, 2.5, 0),
        Timing("figures", 100, 4.0, 1),
        Timing("figures", 200, 8.0, 1),
    ]
    assert growth(timings) == [None, 2.5, None, 2.0]
    assert timings[1].ms_per_kb == 12.5


def test_main_checks_each_shape_with_the_real_cli(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--sizes", "2,4", "--shapes", "open-quotes,frames-and-colons", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(row["shape"], row["kilobytes"]) for row in rows] == [
        ("open-quotes", 2),
        ("open-quotes", 4),
        ("frames-and-colons", 2),
        ("frames-and-colons", 4),
    ]
    assert all(row["exit_code"] in (0, 1) and row["seconds"] > 0 for row in rows)
    assert rows[0]["times_previous"] is None and rows[1]["times_previous"] > 0


@pytest.mark.parametrize("argument", [["--sizes", "0"], ["--sizes", "a,b"], ["--shapes", "nope"]])
def test_bad_arguments_are_a_usage_error(
    argument: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argument)
    assert stopped.value.code == 2
    assert "error" in capsys.readouterr().err


def test_a_model_is_passed_on_to_every_check(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[list[str]] = []

    def check(path: Path, report: Path, extra: list[str]) -> tuple[float, int]:
        seen.append(list(extra))
        return 0.5, 0

    monkeypatch.setattr(worst_case, "check", check)
    model = tmp_path / "model.crfsuite"
    assert main(["--sizes", "1", "--shapes", "figures", "--attribution-model", str(model)]) == 0
    assert seen == [["--attribution-model", str(model.resolve())]]
    assert "figures" in capsys.readouterr().out
