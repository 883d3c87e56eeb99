"""The per-article stage, spread over processes: extract, check, and encode for the cache.

Articles are independent until the corpus rules compare them, so each one is
extracted and checked by the per-article rules in whichever worker takes it;
results come back in input order, so a run's output does not depend on the
number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace

from provlint.cache import pack
from provlint.collector import collector_paused
from provlint.engine import run_rules
from provlint.extract import extract
from provlint.extract.learned import load_tagger
from provlint.match import article_sketch, blocking_keys
from provlint.records import Document, Extraction, Finding, Rule, pickled_by_fields
from provlint.serialize import extraction_to_dict, finding_to_data

# Below this many articles a pool costs more than it saves.
_POOL_MINIMUM = 24


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ArticleResult:
    """One article's extraction and per-article findings, with its cache entries.

    ``keys`` and the blobs are empty when the run keeps no cache; the blobs are
    None when there is nothing new to store.
    """

    extraction: Extraction
    findings: tuple[Finding, ...]
    keys: bytes
    sketch: bytes
    extraction_blob: bytes | None
    findings_blob: bytes | None


@dataclass(frozen=True, slots=True)
class Task:
    """An article to process; ``extraction`` is set when the cache already had it.

    ``for_cache``: also make what the cache keeps (blocking keys, encoded entries).
    """

    document: Document
    extraction: Extraction | None = None
    for_cache: bool = True


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def process(task: Task, rules: Sequence[Rule], model: str | None = None) -> ArticleResult:
    """Extract (unless cached) and check one article, and encode what the cache keeps.

    ``model``: the attribution model file that adds to the rules' quotes, if any.
    """
    tagger = load_tagger(model) if model and task.extraction is None else None
    extraction = task.extraction or extract(task.document, tagger)
    findings = tuple(run_rules(extraction, rules))
    sketch = article_sketch(extraction)
    if not task.for_cache:
        return ArticleResult(extraction, findings, b"", sketch.tobytes(), None, b"")
    return ArticleResult(
        extraction,
        findings,
        blocking_keys(extraction, sketch).tobytes(),
        sketch.tobytes(),
        None if task.extraction else pack(extraction_to_dict(extraction)),
        pack([finding_to_data(finding) for finding in findings]),
    )


_rules: Sequence[Rule] = ()
_model: str | None = None


def _start_worker(rules: Sequence[Rule], model: str | None) -> None:
    global _rules, _model
    _rules, _model = rules, model


def _process_in_worker(task: Task) -> ArticleResult:
    result = process(task, _rules, _model)
    # The parent has the document already: sending it back would copy every article.
    return replace(result, extraction=replace(result.extraction, document=None))  # type: ignore[arg-type]


def process_all(
    tasks: Sequence[Task],
    rules: Sequence[Rule],
    jobs: int,
    progress: Callable[[int, int], None] | None = None,
    model: str | None = None,
) -> Iterator[ArticleResult]:
    """Every task's result, in input order and as it arrives, using up to ``jobs`` processes."""
    for done, result in enumerate(_results(tasks, rules, jobs, model), start=1):
        if progress:
            progress(done, len(tasks))
        yield result


def _results(
    tasks: Sequence[Task], rules: Sequence[Rule], jobs: int, model: str | None
) -> Iterator[ArticleResult]:
    if jobs <= 1 or len(tasks) < _POOL_MINIMUM:
        yield from (process(task, rules, model) for task in tasks)
        return
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunk = max(1, min(64, len(tasks) // (jobs * 8)))
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(rules, model)
    ) as pool:
        results = pool.map(_process_in_worker, tasks, chunksize=chunk)
        # This process only receives records now, and keeps them to the end of the run:
        # collections would walk them for nothing (0.5 s of its 5.7 s of CPU at 10,000).
        with collector_paused():
            for task, result in zip(tasks, results, strict=True):
                yield replace(result, extraction=replace(result.extraction, document=task.document))
