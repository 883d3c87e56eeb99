"""The cache: same results as a fresh run, rebuilt when damaged, safe in parallel and incremental."""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import threading
import time
from array import array
from pathlib import Path

import pytest

from provlint import linter
from provlint.cache import DATABASE, BlockingIndex, Store
from provlint.linter import Options, extract_paths, lint, lint_changed, only_touching
from provlint.records import Span

ROOT = Path(__file__).resolve().parents[1]
SEEDS = str(ROOT / "seeds")
CORPUS = ROOT / "tests" / "corpus"


def rows(cache: Path, table: str) -> int:
    with sqlite3.connect(cache / DATABASE) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_cached_extractions_equal_fresh_ones(tmp_path: Path) -> None:
    options = Options(cache_dir=tmp_path)
    fresh, _ = extract_paths([SEEDS], Options())
    first, _ = extract_paths([SEEDS], options)
    second, _ = extract_paths([SEEDS], options)
    assert fresh == first == second
    assert rows(tmp_path, "extractions") == len(fresh)
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8").strip().endswith("*")


def test_an_unchanged_corpus_is_reported_without_reading_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = Options(cache_dir=tmp_path)
    first = lint([SEEDS], options)
    fresh = lint([SEEDS], Options())

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("an unchanged corpus must not be read again")

    monkeypatch.setattr(linter, "load", no_reading)
    assert lint([SEEDS], options) == first == fresh


def test_an_edited_article_is_checked_again(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    options = Options(cache_dir=tmp_path / "cache")
    before = lint([str(corpus)], options)
    article = corpus / "004_bcc21022be200405.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nShare\n", encoding="utf-8")
    after = lint([str(corpus)], options)
    assert after == lint([str(corpus)], Options())
    assert len(after.findings) != len(before.findings)


def test_damaged_entries_are_rebuilt_not_trusted(tmp_path: Path) -> None:
    options = Options(cache_dir=tmp_path)
    fresh, _ = extract_paths([SEEDS], options)
    with sqlite3.connect(tmp_path / DATABASE) as db:
        db.execute("UPDATE extractions SET data = x'789c0300'")  # valid zlib, empty JSON
        db.execute("UPDATE findings SET data = x'00'")
        db.execute("DELETE FROM runs")
    again, _ = extract_paths([SEEDS], options)
    assert again == fresh
    assert lint([SEEDS], options) == lint([SEEDS], Options())


def test_a_damaged_database_is_set_aside(tmp_path: Path) -> None:
    tmp_path.joinpath(DATABASE).write_bytes(b"this is not a database" * 100)
    options = Options(cache_dir=tmp_path)
    assert lint([SEEDS], options) == lint([SEEDS], Options())
    assert rows(tmp_path, "extractions") == 5


def test_concurrent_runs_share_a_cache(tmp_path: Path) -> None:
    options = Options(cache_dir=tmp_path)
    results: list[object] = []

    def run() -> None:
        results.append(extract_paths([SEEDS], options)[0])

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4 and all(result == results[0] for result in results)


def test_unwritable_cache_folder_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    options = Options(cache_dir=blocker / "cache")
    extractions, _ = extract_paths([SEEDS], options)
    assert len(extractions) == 5
    assert lint([SEEDS], options) == lint([SEEDS], Options())


def test_parallel_extraction_gives_the_same_extractions(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for copy in range(6):  # enough articles for the pool to be used
        for seed in Path(SEEDS).glob("*.txt"):
            shutil.copy(seed, corpus / f"{copy}-{seed.name}")
    serial, _ = extract_paths([str(corpus)], Options(jobs=1))
    parallel, _ = extract_paths([str(corpus)], Options(jobs=2))
    assert serial == parallel


def test_records_travel_between_processes_as_their_field_values() -> None:
    span = Span(3, 9, 1, 4, 1, 10)
    assert span.__reduce__() == (Span, (3, 9, 1, 4, 1, 10))
    (extraction,), _ = extract_paths([str(Path(SEEDS) / "000_71e14f15932e1f9b.txt")], Options())
    assert pickle.loads(pickle.dumps(extraction)) == extraction


def test_records_are_frozen_for_the_collector_as_they_arrive_and_released_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frozen_while_arriving = []
    real_freeze = linter.gc.freeze

    def freeze() -> None:
        frozen_while_arriving.append(linter.gc.get_freeze_count())
        real_freeze()

    monkeypatch.setattr(linter, "_SETTLE_EVERY", 2)
    monkeypatch.setattr(linter.gc, "freeze", freeze)
    assert lint([SEEDS], Options(jobs=1)).findings
    # Five articles, frozen after the second and the fourth, then once all are in.
    assert len(frozen_while_arriving) == 3
    assert linter.gc.get_freeze_count() == 0  # released when the run ends


@pytest.mark.parametrize("touched", ["never", "before", "after"])
@pytest.mark.parametrize("fixture", sorted(p.name for p in CORPUS.iterdir() if p.is_dir()), ids=str)
def test_changed_check_with_the_index_equals_the_full_check(
    fixture: str, touched: str, tmp_path: Path
) -> None:
    """`check --changed` compares through the blocking index; it must find what a full run finds.

    Files whose time the cache cannot trust are read again, and must still be
    compared: written moments before the full run ("before"), or since it, as by
    a checkout onto a restored cache ("after").
    """
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS / fixture, corpus)
    for seed in Path(SEEDS).glob("*.txt"):  # unrelated articles around the fixture
        shutil.copy(seed, corpus / seed.name)
    options = Options(cache_dir=tmp_path / "cache")
    if touched == "before":
        _touch_all(corpus)  # within the cache's racy window when the full run records them
    lint([str(corpus)], options)  # builds the index
    if touched == "after":
        _touch_all(corpus, ahead=10)  # a time other than the recorded one
    changed = sorted(str(p) for p in (CORPUS / fixture).iterdir())[-1]
    target = str(corpus / Path(changed).name)
    edited = Path(target).read_text(encoding="utf-8") + "\nIt rained all day.\n"
    Path(target).write_text(edited, encoding="utf-8")
    full = only_touching(lint([str(corpus)], Options()), [target])
    assert Store(tmp_path / "cache").index() is not None
    assert lint_changed([str(corpus)], [target], options) == full


def _touch_all(folder: Path, ahead: float = 0) -> None:
    """Give every file in ``folder`` the time now (plus ``ahead`` seconds)."""
    stamp = time.time() + ahead
    for path in folder.iterdir():
        os.utime(path, (stamp, stamp))


def test_blocking_lookup_puts_articles_sharing_rare_keys_first() -> None:
    common, rare = 1, 2  # keys of kind 0
    postings = sorted([(common << 32) | n for n in range(5)] + [(rare << 32) | 4])
    index = BlockingIndex(array("Q", postings), [f"article-{n}" for n in range(5)])
    assert index.lookup([common, rare], caps=(100,), limit=1) == {"article-4"}
    assert index.lookup([common, rare], caps=(100,), limit=2) == {"article-4", "article-0"}
    # A key's articles beyond its kind's cap are not looked at.
    assert index.lookup([common], caps=(2,), limit=10) == {"article-0", "article-1"}
