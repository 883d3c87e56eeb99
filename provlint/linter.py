"""The whole run, stage by stage: find files, load, extract, apply rules, report.

Each stage is a pure function of the one before; this module only wires them
together, so the CLI and the tests drive exactly the same pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from fnmatch import fnmatch
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

from provlint import __version__
from provlint.cache import ExtractionCache
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
from provlint.pack import default_pack_path, load_pack
from provlint.records import Extraction, Finding, LoadProblem, Report, Rule


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


@cache
def default_rules() -> tuple[Rule, ...]:
    """The rules of the pack provlint ships, loaded and validated once."""
    return load_pack(default_pack_path(), known_checks())


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
    store = ExtractionCache(options.cache_dir) if options.cache_dir else None
    extractions = []
    for document in loaded.documents:
        extraction = store.get(document) if store else None
        if extraction is None:
            extraction = extract(document)
            if store:
                store.put(extraction)
        extractions.append(extraction)
        if progress:
            progress(len(extractions), len(loaded.documents))
    return extractions, loaded.problems


def lint(
    paths: Sequence[str],
    options: Options = Options(),
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Check every article under ``paths`` and gather the findings into a Report."""
    rules = active_rules(options)
    extractions, problems = extract_paths(paths, options, progress)
    findings: list[Finding] = problem_findings(problems, rules)
    for extraction in extractions:
        findings.extend(run_rules(extraction, rules))
    findings.extend(run_corpus_rules(Corpus(extractions), rules))
    findings = suppression_findings(findings, extractions, rules)
    if options.per_file_ignores:
        findings = [f for f in findings if not _ignored_here(f, options.per_file_ignores)]
    loaded = {e.document.id for e in extractions}
    files = len(loaded) + len({p.path for p in problems} - loaded)
    return Report(__version__, files, sort_findings(findings), rules)


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
    return sort_findings(suppression_findings(findings, extractions, rules))
