"""The whole run, stage by stage: find files, load, extract, apply rules, report.

Each stage is a pure function of the one before; this module only wires them
together, so the CLI and the tests drive exactly the same pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from provlint import __version__
from provlint.corpus import (
    DEFAULT_EXCLUDE,
    DEFAULT_INCLUDE,
    DEFAULT_MAX_BYTES,
    decode,
    discover,
    load,
)
from provlint.engine import known_checks, problem_findings, run_rules, select_rules, sort_findings
from provlint.extract import extract
from provlint.pack import default_pack_path, load_pack
from provlint.records import Extraction, Finding, LoadProblem, Report, Rule


@dataclass(frozen=True, slots=True)
class Options:
    """What a run checks and how: file globs, size limit and rule selection."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    max_bytes: int = DEFAULT_MAX_BYTES
    packs: tuple[Path, ...] = field(default_factory=tuple)


@cache
def default_rules() -> tuple[Rule, ...]:
    """The rules of the pack provlint ships, loaded and validated once."""
    return load_pack(default_pack_path(), known_checks())


def all_rules(options: Options) -> tuple[Rule, ...]:
    """The default rules plus those of any extra packs, in code order."""
    rules = list(default_rules())
    for pack in options.packs:
        rules.extend(load_pack(pack, known_checks()))
    return tuple(sorted(rules, key=lambda r: r.code))


def extract_paths(
    paths: Sequence[str], options: Options
) -> tuple[list[Extraction], tuple[LoadProblem, ...]]:
    """Discover and load the articles under ``paths`` and extract each of them."""
    files = discover(paths, options.include, options.exclude)
    loaded = load(files, options.max_bytes)
    return [extract(doc) for doc in loaded.documents], loaded.problems


def lint(paths: Sequence[str], options: Options = Options()) -> Report:
    """Check every article under ``paths`` and gather the findings into a Report."""
    rules = select_rules(all_rules(options), options.select, options.ignore)
    extractions, problems = extract_paths(paths, options)
    findings: list[Finding] = problem_findings(problems, rules)
    for extraction in extractions:
        findings.extend(run_rules(extraction, rules))
    files = len(extractions) + len(
        {p.path for p in problems} - {e.document.id for e in extractions}
    )
    return Report(__version__, files, sort_findings(findings), rules)


def lint_text(text: str, rules: Sequence[Rule], name: str = "example.txt") -> tuple[Finding, ...]:
    """Check one article given as a string, as rule examples and tests do."""
    document, problems = decode(name, text.encode("utf-8"))
    findings = problem_findings(problems, rules)
    if document is not None:
        findings.extend(run_rules(extract(document), rules))
    return sort_findings(findings)
