"""The extraction cache: same results as a fresh run, rebuilt when corrupt, safe in parallel."""

from __future__ import annotations

import threading
from pathlib import Path

from provlint.linter import Options, extract_paths, lint

SEEDS = str(Path(__file__).resolve().parents[1] / "seeds")


def test_cached_extractions_equal_fresh_ones(tmp_path: Path) -> None:
    options = Options(cache_dir=tmp_path)
    fresh, _ = extract_paths([SEEDS], Options())
    first, _ = extract_paths([SEEDS], options)
    second, _ = extract_paths([SEEDS], options)
    assert fresh == first == second
    assert len(list(tmp_path.rglob("*.json"))) == len(fresh)
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8").strip().endswith("*")


def test_corrupted_entries_are_rebuilt_not_trusted(tmp_path: Path) -> None:
    options = Options(cache_dir=tmp_path)
    fresh, _ = extract_paths([SEEDS], options)
    for index, entry in enumerate(sorted(tmp_path.rglob("*.json"))):
        entry.write_text(["{not json", '{"metadata": 3}', "", '{"zones": []}', "[]"][index % 5])
    again, _ = extract_paths([SEEDS], options)
    assert again == fresh
    assert lint([SEEDS], options) == lint([SEEDS], Options())


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
    assert all(result == results[0] for result in results)
    assert not list(tmp_path.rglob(".tmp-*"))


def test_unwritable_cache_folder_only_costs_time(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    extractions, _ = extract_paths([SEEDS], Options(cache_dir=blocker / "cache"))
    assert len(extractions) == 5
