"""The whole run, stage by stage: find files, load, extract, apply rules, report.

Each stage is a pure function of the one before; this module only wires them
together, so the CLI and the tests drive exactly the same pipeline.
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from fnmatch import fnmatch
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

from provlint import __version__
from provlint.cache import FileStat, Store, content_key, extraction_fingerprint, unpack
from provlint.checks.registry import Corpus
from provlint.corpus import (
    DEFAULT_EXCLUDE,
    DEFAULT_INCLUDE,
    DEFAULT_MAX_BYTES,
    decode,
    discover,
    load,
)
from provlint.engine import (
    known_checks,
    problem_findings,
    run_corpus_rules,
    run_rules,
    select_rules,
    sort_findings,
    suppression_findings,
)
from provlint.extract import extract
from provlint.match import KEY_KINDS
from provlint.pack import default_pack_path, load_pack
from provlint.records import Document, Extraction, Finding, LoadProblem, Report, Rule
from provlint.serialize import extraction_from_dict, finding_from_data, finding_to_data
from provlint.workers import ArticleResult, Task, process, process_all


@dataclass(frozen=True, slots=True)
class Options:
    """What a run checks and how: files, size limit, rule selection and tuning.

    Built from the configuration file and the command line (which wins).
    """

    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    thresholds: dict[str, dict[str, Any]] = field(default_factory=dict)
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    max_bytes: int = DEFAULT_MAX_BYTES
    packs: tuple[Path, ...] = field(default_factory=tuple)
    cache_dir: Path | None = None
    jobs: int = 1
    attribution_model: Path | None = None  # adds the model's attributions to the rules'


@cache
def default_rules() -> tuple[Rule, ...]:
    """The rules of the pack provlint ships, loaded and validated once."""
    return load_pack(default_pack_path(), known_checks(), shipped=True)


def all_rules(options: Options) -> tuple[Rule, ...]:
    """The default rules plus those of any extra packs, tuned by the options, in code order."""
    rules = list(default_rules())
    for pack in options.packs:
        rules.extend(load_pack(pack, known_checks()))
    tuned = []
    for rule in rules:
        severity = options.severity.get(rule.code, rule.severity)
        params = {**rule.params, **options.thresholds.get(rule.code, {})}
        tuned.append(replace(rule, severity=severity, params=params))  # type: ignore[arg-type]
    return tuple(sorted(tuned, key=lambda r: r.code))


def active_rules(options: Options) -> tuple[Rule, ...]:
    """The rules a run applies: all rules, narrowed by select, extend-select and ignore."""
    rules = all_rules(options)
    wanted = select_rules(rules, options.select)
    extra = select_rules(rules, options.extend_select) if options.extend_select else ()
    codes = {rule.code for rule in (*wanted, *extra)}
    return select_rules(tuple(r for r in rules if r.code in codes), (), options.ignore)


def _ignored_here(finding: Finding, per_file_ignores: dict[str, tuple[str, ...]]) -> bool:
    for pattern, codes in per_file_ignores.items():
        if fnmatch(finding.location.file, pattern) or PurePosixPath(finding.location.file).match(
            pattern
        ):
            if any(
                code == "ALL" or finding.code.startswith(code) or finding.name == code
                for code in codes
            ):
                return True
    return False


def extract_paths(
    paths: Sequence[str], options: Options, progress: Callable[[int, int], None] | None = None
) -> tuple[list[Extraction], tuple[LoadProblem, ...]]:
    """Discover and load the articles under ``paths`` and extract each of them."""
    files = discover(paths, options.include, options.exclude)
    loaded = load(files, options.max_bytes)
    with _store(options) as store:
        results = _articles(loaded.documents, active_rules(options), options, store, progress)
    return [result.extraction for result in results], loaded.problems


def lint(
    paths: Sequence[str],
    options: Options = Options(),
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Check every article under ``paths`` and gather the findings into a Report."""
    rules = active_rules(options)
    files = discover(paths, options.include, options.exclude)
    with _store(options) as store:
        findings, checked = _checked(files, rules, options, store, progress)
    return Report(__version__, checked, _finish(findings, options), rules)


def lint_changed(
    corpus: Sequence[str],
    changed: Sequence[str],
    options: Options,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Check ``changed`` articles against the whole corpus; report what touches them.

    With a cache from an earlier full run, only the changed articles are
    extracted, and they are compared with the articles that share a blocking
    key with them (at most `_CANDIDATES_PER_KEY` per key) and with those added
    since that run; without one, this is a full check, narrowed.
    """
    rules = active_rules(options)
    files = discover([*corpus, *changed], options.include, options.exclude)
    targets = discover(changed, options.include, options.exclude)
    with _store(options) as store:
        result = _changed(files, targets, rules, options, store, progress) if store else None
        if result is None:
            findings, _ = _checked(files, rules, options, store, progress)
            result = list(findings)
    return only_touching(Report(__version__, 0, _finish(result, options), rules), targets)


@contextmanager
def _store(options: Options) -> Iterator[Store | None]:
    """The cache of a run, closed when the run ends; None with --no-cache.

    The records a run froze for the garbage collector (`_settle`) are released too.
    """
    store = Store(_cache_root(options)) if options.cache_dir else None
    try:
        yield store
    finally:
        gc.unfreeze()
        if store:
            store.close()


def _cache_root(options: Options) -> Path:
    """The cache folder; extractions made with a model are kept apart, by the model's bytes."""
    assert options.cache_dir is not None
    if options.attribution_model is None:
        return options.cache_dir
    return options.cache_dir / f"model-{_model_digest(options.attribution_model)[:16]}"


def _model_digest(path: Path) -> str:
    """The model's bytes: a file's, or a neural tagger folder's files in name order."""
    digest = hashlib.sha256()
    if not path.is_dir():
        digest.update(path.read_bytes())
        return digest.hexdigest()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(file.relative_to(path).as_posix().encode("utf-8") + b"\0")
        digest.update(file.read_bytes())
    return digest.hexdigest()


def _finish(findings: Sequence[Finding], options: Options) -> tuple[Finding, ...]:
    """Per-file ignores, then report order."""
    if options.per_file_ignores:
        findings = [f for f in findings if not _ignored_here(f, options.per_file_ignores)]
    return sort_findings(findings)


def _checked(
    files: Sequence[str],
    rules: tuple[Rule, ...],
    options: Options,
    store: Store | None,
    progress: Callable[[int, int], None] | None,
) -> tuple[list[Finding], int]:
    """All findings of a full check (suppressions applied) and the number of files checked.

    An unchanged corpus is answered from the cache without reading a file:
    every file's identity comes from its size and time, and the run's key from
    those identities, the rules and the options.
    """
    stats = _stats(files)
    known = store.known_files(stats) if store else {}
    cached = _unchanged_run(store, rules, options, files, known) if store else None
    if cached is not None:
        return cached
    loaded = load(files, options.max_bytes)
    run_key = _run_key(rules, options, loaded.identities) if store else ""
    if store:
        store.remember_files(
            {p: (stats[p], loaded.identities[p]) for p in files if p in stats and p not in known}
        )
        cached = _cached_run(store, run_key)
        if cached is not None:
            return cached
    results = _articles(loaded.documents, rules, options, store, progress)
    _settle()
    findings: list[Finding] = problem_findings(loaded.problems, rules)
    for result in results:
        findings.extend(result.findings)
    findings.extend(run_corpus_rules(_corpus(results), rules))
    findings = suppression_findings(findings, loaded.documents, rules)
    ids = {document.id for document in loaded.documents}
    checked = len(ids) + len({p.path for p in loaded.problems} - ids)
    if store:
        store.put_run(
            run_key,
            {"checked": checked, "findings": [finding_to_data(f) for f in findings]},
        )
        store.put_index(
            {content_key(r.extraction.document.sha256): array("I", r.keys) for r in results}
        )
    return findings, checked


def _changed(
    files: Sequence[str],
    targets: Sequence[str],
    rules: tuple[Rule, ...],
    options: Options,
    store: Store,
    progress: Callable[[int, int], None] | None,
) -> list[Finding] | None:
    """`lint_changed` with a blocking index; None when there is no index to use yet."""
    stats = _stats(files)
    known = store.known_files(stats)
    cached = _unchanged_run(store, rules, options, files, known)
    if cached is not None:
        return cached[0]
    index = store.index()
    if index is None:
        return None
    wanted = set(targets)
    unknown = [path for path in files if path not in known or path in wanted]
    fresh = load(unknown, options.max_bytes)
    store.remember_files(
        {path: (stats[path], fresh.identities[path]) for path in unknown if path in stats}
    )
    changed_docs = [d for d in fresh.documents if d.id in wanted]
    changed_results = _articles(changed_docs, rules, options, store, progress)
    keys = [key for result in changed_results for key in array("I", result.keys)]
    neighbours = index.lookup(keys, _CANDIDATES_PER_KEY, _NEIGHBOURS * len(changed_results))
    covered = index.covers()
    candidates = []
    for path in files:
        if path in wanted:
            continue
        # A file read again (changed, or written too recently to trust its time, as
        # after a clone) is found by its content like any other; content the index
        # has never seen (added since the last full run) is compared too.
        key = content_key(known[path] if path in known else fresh.identities.get(path, ""))
        if key in neighbours or (path not in known and key not in covered):
            candidates.append(path)
    others = load(candidates, options.max_bytes)
    # Their own findings would be narrowed away: only their records are compared.
    other_results = _articles(others.documents, rules, options, store, None, findings=False)
    documents = [*changed_docs, *others.documents]
    findings: list[Finding] = problem_findings(
        [p for p in fresh.problems if p.path in wanted], rules
    )
    for result in changed_results:
        findings.extend(result.findings)
    findings.extend(run_corpus_rules(_corpus([*changed_results, *other_results]), rules))
    return suppression_findings(findings, documents, rules)


# How many articles sharing one blocking key `check --changed` compares a changed one with,
# by kind of key. A quote's three-word run is rare and verified fast; a surname (Smith)
# can be in every article.
_CANDIDATES = {"quote": 100, "surname": 25, "spelling": 50, "sketch": 50, "event": 50}
_CANDIDATES_PER_KEY = tuple(_CANDIDATES[kind] for kind in KEY_KINDS)
# And at most this many per changed article in all, those sharing the rarest keys first
# (on 124 planted relations of a 10,000-article corpus, 150 found every one and gave
# the full check's findings; each 150 more cost about 0.15 s).
_NEIGHBOURS = 150


# Articles received between two freezes of the records so far: without them, each
# full collection while results arrive walks every record received before (half of
# the main process's CPU time in a cold run at 10,000 articles).
_SETTLE_EVERY = 500


def _settle() -> None:
    """Tell the garbage collector that the articles' records are here to stay.

    Tens of thousands of extractions live until the report is written; without
    this, every full collection during the corpus rules would walk them again.
    """
    gc.collect()
    gc.freeze()


def _corpus(results: Sequence[ArticleResult]) -> Corpus:
    """The articles for the corpus rules, with the sketches the workers made of them."""
    sketches = {r.extraction.document.id: array("I", r.sketch) for r in results}
    return Corpus([r.extraction for r in results], sketches)


def _stats(paths: Sequence[str]) -> dict[str, FileStat]:
    """Size and modification time of every path that has them."""
    stats = {}
    for path in paths:
        try:
            found = os.stat(path)
        except OSError:
            continue
        stats[path] = FileStat(found.st_size, found.st_mtime_ns)
    return stats


def _run_key(rules: tuple[Rule, ...], options: Options, identities: dict[str, str]) -> str:
    """What a whole run's findings depend on: rules, options, lexicons and every file."""
    digest = hashlib.sha256(extraction_fingerprint().encode())
    digest.update(repr((rules, options.max_bytes)).encode())
    for pack in options.packs:  # a pack's aliases change matching, not only its rules
        try:
            digest.update(pack.read_bytes())
        except OSError:
            digest.update(b"unreadable")
    for path in sorted(identities):
        digest.update(f"\n{path}\t{identities[path]}".encode())
    return digest.hexdigest()


def _unchanged_run(
    store: Store,
    rules: tuple[Rule, ...],
    options: Options,
    files: Sequence[str],
    known: dict[str, str],
) -> tuple[list[Finding], int] | None:
    """The stored run of this very corpus, when every file is known unchanged (no reading)."""
    if len(known) != len(files):
        return None
    return _cached_run(store, _run_key(rules, options, known))


def _cached_run(store: Store, key: str) -> tuple[list[Finding], int] | None:
    data = store.run(key)
    try:
        return [finding_from_data(item) for item in data["findings"]], int(data["checked"])
    except (TypeError, KeyError, ValueError):
        return None


def _articles(
    documents: Sequence[Document],
    rules: tuple[Rule, ...],
    options: Options,
    store: Store | None,
    progress: Callable[[int, int], None] | None,
    findings: bool = True,
) -> list[ArticleResult]:
    """Every article's extraction and per-article findings, from the cache where it has them.

    With ``findings=False`` a cached article comes without its own findings.
    """
    content = {d.id: content_key(d.sha256) for d in documents}
    rules_key = hashlib.sha256(repr(rules).encode()).hexdigest()
    finding_keys = {
        d.id: hashlib.sha256(f"{content[d.id]}\0{d.id}\0{rules_key}".encode()).hexdigest()
        for d in (documents if findings else ())
    }
    stored = store.extractions(list(content.values())) if store else {}
    stored_findings = store.findings(list(finding_keys.values())) if store else {}
    results: dict[str, ArticleResult] = {}
    tasks = []
    for document in documents:
        cached = _cached_article(
            document,
            stored.get(content[document.id]),
            stored_findings.get(finding_keys.get(document.id, "")),
            rules if findings else None,
        )
        if cached is not None:
            results[document.id] = cached
        else:
            tasks.append(Task(document, for_cache=store is not None))
    model = str(options.attribution_model) if options.attribution_model else None
    results_in = process_all(tasks, rules, options.jobs, progress, model)
    for received, result in enumerate(results_in, 1):
        results[result.extraction.document.id] = result
        if received % _SETTLE_EVERY == 0:
            gc.freeze()  # these records stay to the end too (see `_settle`)
    if store:
        store.put_extractions(
            [
                (content[doc_id], r.extraction_blob, r.keys, r.sketch)
                for doc_id, r in results.items()
                if r.extraction_blob is not None
            ]
        )
        store.put_findings(
            [
                (key, results[doc_id].findings_blob)
                for doc_id, key in finding_keys.items()
                if key not in stored_findings and results[doc_id].findings_blob is not None
            ]
        )
    return [results[document.id] for document in documents]


def _cached_article(
    document: Document,
    stored: tuple[bytes, bytes, bytes] | None,
    findings_blob: bytes | None,
    rules: tuple[Rule, ...] | None,
) -> ArticleResult | None:
    """An article rebuilt from the cache; None when the entry is missing or unreadable.

    Without ``rules`` it comes without findings.
    """
    if stored is None:
        return None
    extraction_blob, keys, sketch = stored
    try:
        extraction = extraction_from_dict(unpack(extraction_blob), document)
        if rules is None:
            return ArticleResult(extraction, (), keys, sketch, None, None)
        if findings_blob is None:
            return process(Task(document, extraction), rules)
        findings = tuple(finding_from_data(item) for item in unpack(findings_blob))
    except (ValueError, KeyError, TypeError, AttributeError, zlib.error):
        return None
    return ArticleResult(extraction, findings, keys, sketch, None, findings_blob)


def only_touching(report: Report, files: Sequence[str]) -> Report:
    """The report narrowed to findings located in, or related to, the given files."""
    wanted = set(files)
    kept = tuple(
        f
        for f in report.findings
        if f.location.file in wanted or any(r.file in wanted for r in f.related)
    )
    return replace(report, findings=kept, files_checked=len(wanted))


# In a rule example, a line "=== name.txt ===" starts another article, so
# examples of rules that compare articles can hold several.
_ARTICLE_BREAK = re.compile(r"^=== (\S+) ===[ \t]*$", re.MULTILINE)


def split_articles(text: str, name: str = "example.txt") -> list[tuple[str, str]]:
    """An example text as (file name, article) pairs."""
    parts = _ARTICLE_BREAK.split(text)
    articles = [(name, parts[0])] if parts[0].strip() or len(parts) == 1 else []
    articles += [(parts[i], parts[i + 1].lstrip("\n")) for i in range(1, len(parts), 2)]
    return articles


def lint_text(text: str, rules: Sequence[Rule], name: str = "example.txt") -> tuple[Finding, ...]:
    """Check articles given as a string (several, split by "=== name ===" lines)."""
    findings: list[Finding] = []
    extractions = []
    for file_name, article in split_articles(text, name):
        document, problems = decode(file_name, article.encode("utf-8"))
        findings.extend(problem_findings(problems, rules))
        if document is not None:
            extraction = extract(document)
            extractions.append(extraction)
            findings.extend(run_rules(extraction, rules))
    findings.extend(run_corpus_rules(Corpus(extractions), rules))
    documents = [extraction.document for extraction in extractions]
    return sort_findings(suppression_findings(findings, documents, rules))
