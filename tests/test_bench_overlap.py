"""The check that the project repeats no benchmark article's wording, on invented articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.corpus_overlap import hits, main, rare_runs, runs, words

RARE = "the ferry captain counted nine gulls on the pier"
STOCK = "a spokesman for the harbour said on Monday"


def articles(*extra: str) -> list[str]:
    """Three articles share STOCK; RARE is in one of them only."""
    return [f"{STOCK}. {RARE}.", f"{STOCK} again.", f"Later {STOCK}.", *extra]


def test_words_fold_case_apostrophes_and_punctuation() -> None:
    assert words("Ruiz’s PIER, “closed”!") == ["ruiz's", "pier", "closed"]


def test_a_run_in_at_most_two_articles_is_rare_and_one_in_three_is_not() -> None:
    rare = rare_runs(articles(), own=[], allowed=[])
    assert ("ferry", "captain", "counted", "nine", "gulls") in rare
    assert ("a", "spokesman", "for", "the", "harbour") not in rare


def test_the_seeds_runs_and_the_allowed_runs_are_not_rare() -> None:
    rare = rare_runs(articles(), own=["The ferry captain counted nine gulls."], allowed=[])
    assert ("the", "ferry", "captain", "counted", "nine") not in rare
    assert ("captain", "counted", "nine", "gulls", "on") in rare
    allowed = rare_runs(articles(), own=[], allowed=["captain counted nine gulls on", "# x"])
    assert ("captain", "counted", "nine", "gulls", "on") not in allowed


def test_a_line_with_a_rare_run_is_reported_once_with_its_number() -> None:
    rare = set(runs(RARE))
    text = "first line\nhe saw the ferry captain counted nine gulls twice\nlast line\n"
    (hit,) = hits("a.py", text, rare)
    assert (hit.path, hit.line, hit.run) == ("a.py", 2, "the ferry captain counted nine")


def test_a_run_that_wraps_onto_the_next_line_is_reported_at_its_first() -> None:
    rare = set(runs(RARE))
    (hit,) = hits("a.md", "we read the ferry\ncaptain counted nine gulls\n", rare)
    assert hit.line == 1


def test_own_wording_has_no_hits() -> None:
    assert not list(hits("a.py", "the pilot counted ten terns on the quay\n", set(runs(RARE))))


def write_data(folder: Path, texts: list[str]) -> Path:
    folder.mkdir()
    for split in ("train.jsonl", "dev.jsonl"):
        lines = [json.dumps({"text": t}) for t in texts] if split == "train.jsonl" else []
        (folder / split).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_the_command_names_the_file_and_line_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = write_data(tmp_path / "data", articles())
    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    (project / "seeds" / "001.txt").write_text(f"{RARE}.\n", encoding="utf-8")
    (project / "notes.md").write_text(f"Intro.\n\nAs in “{RARE}”.\n", encoding="utf-8")
    (project / "clean.py").write_text("# the pilot counted ten terns\n", encoding="utf-8")
    assert main(["--data", str(data), "--root", str(project)]) == 0  # the seeds hold it
    (project / "seeds" / "001.txt").unlink()
    assert main(["--data", str(data), "--root", str(project)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("notes.md:3: 'the ferry captain counted nine'")
    assert "clean.py" not in out


def test_missing_benchmark_data_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="train.jsonl: not found"):
        main(["--data", str(tmp_path / "nowhere"), "--root", str(tmp_path)])
