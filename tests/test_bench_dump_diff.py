"""bench/dump_diff.py on dumps and an article written for them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.dump_diff import changes, load_dump, main, outcome, render

TEXT = "Holt said the pier would close. The ferry, Ruiz noted, is “late again.”"
ID = "harbour-1"


def at(fragment: str) -> list[int]:
    start = TEXT.index(fragment)
    return [start, start + len(fragment)]


def gold(status: str, fragment: str, direct: bool = False, **extra: Any) -> dict[str, Any]:
    return {
        "file": "0000.txt", "id": ID, "status": status, "direct": direct,
        "gold": [at(fragment)], "gold_cue": [at("noted" if direct else "said")],
        "pred": extra.pop("pred", None), "pred_cue": extra.pop("pred_cue", None), **extra,
    }  # fmt: skip


def spurious(fragment: str) -> dict[str, Any]:
    return {"file": "0000.txt", "id": ID, "status": "spurious", "direct": False,
            "pred": at(fragment), "pred_cue": at("said")}  # fmt: skip


BEFORE = [
    gold("missed", "the pier would close"),
    gold("matched", "The ferry, Ruiz noted, is “late again.”", direct=True,
         pred=at("“late again.”"), pred_cue=at("noted"), cue_ok=True, speaker_ok=False),
    spurious("Holt said"),
]  # fmt: skip
AFTER = [
    gold("matched", "the pier would close", pred=at("the pier would close"),
         pred_cue=at("said"), cue_ok=True, speaker_ok=True),
    gold("matched", "The ferry, Ruiz noted, is “late again.”", direct=True,
         pred=at("“late again.”"), pred_cue=at("noted"), cue_ok=True, speaker_ok=False),
]  # fmt: skip


def write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def dumps(tmp_path: Path) -> tuple[Path, Path, Path]:
    data = tmp_path / "polnear"
    data.mkdir()
    (data / "train.jsonl").write_text(json.dumps({"id": ID, "text": TEXT}) + "\n", "utf-8")
    return write(tmp_path / "a.jsonl", BEFORE), write(tmp_path / "b.jsonl", AFTER), data


def test_outcome_names_the_match_and_whether_cue_and_speaker_are_right() -> None:
    assert outcome(None) == "none"
    assert outcome(BEFORE[0]) == "missed"
    assert outcome(BEFORE[1]) == "matched, cue right, speaker wrong"


def test_changes_pairs_the_same_gold_and_lists_predictions_that_came_or_went(
    dumps: tuple[Path, Path, Path],
) -> None:
    before, after = (load_dump(path) for path in dumps[:2])
    found = changes(before, after)
    assert [(outcome(old), outcome(new)) for _, old, new in found] == [
        ("missed", "matched, cue right, speaker right"),
        ("spurious", "none"),
    ]
    assert changes(before, after, direct_only=True) == []  # the direct quote kept its outcome


def test_render_shows_the_words_from_the_article_and_counts_each_kind(
    dumps: tuple[Path, Path, Path],
) -> None:
    before, after, _ = dumps
    lines = render(changes(load_dump(before), load_dump(after)), {ID: TEXT})
    assert "   gold: the pier would close | cue: said" in lines
    assert "   after: [said] the pier would close" in lines
    assert "   before: [said] Holt said" in lines
    assert lines[-3:] == [
        "2 changed",
        "    1  missed -> matched, cue right, speaker right",
        "    1  spurious -> none",
    ]


def test_main_reads_the_words_from_polnear_and_prints_the_changes(
    dumps: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    before, after, data = dumps
    assert main([str(before), str(after), "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert f"== {ID} (0000.txt): missed -> matched, cue right, speaker right" in out
    assert "gold: the pier would close" in out


def test_main_refuses_a_missing_file_or_one_that_is_no_dump_in_one_line(
    dumps: tuple[Path, Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, _, data = dumps
    assert main([str(before), str(tmp_path / "gone.jsonl"), "--data", str(data)]) == 2
    assert "gone.jsonl: cannot read it" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"status": "matched"}\n', encoding="utf-8")
    assert main([str(before), str(bad), "--data", str(data)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.jsonl: not a bench/accuracy.py dump" in err
