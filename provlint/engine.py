"""The rule engine: runs each rule's check and stamps the rule onto its hits.

Checks say what is wrong and where; only here do hits become Findings with a
code, severity, position, message and fingerprint, so every rule reports the
same way and a rule's severity can be changed without touching its check.
"""

from __future__ import annotations

import hashlib
import string
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

# Importing the check modules registers their checks.
from provlint.checks import (  # noqa: F401
    attribution,
    claims,
    consistency,
    generic,
    hygiene,
    provenance,
)
from provlint.checks.registry import CHECKS, CORPUS_CHECKS, Corpus
from provlint.records import Document, Extraction, Finding, Hit, LoadProblem, Location, Rule
from provlint.suppress import apply_suppressions, read_directives
from provlint.text import locate

_LOAD_CHECKS = {
    "empty": "load:empty",
    "binary": "load:binary",
    "oversized": "load:oversized",
    "unreadable": "load:unreadable",
    "front-matter": "load:front-matter",
    "encoding": "encoding-problem",
}


def known_checks() -> frozenset[str]:
    """Every check name a rule pack may refer to."""
    engine_checks = {"suppression:invalid", "suppression:unused"}
    return (
        frozenset(CHECKS)
        | frozenset(CORPUS_CHECKS)
        | frozenset(_LOAD_CHECKS.values())
        | engine_checks
    )


def select_rules(
    rules: Sequence[Rule], select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> tuple[Rule, ...]:
    """Rules chosen by code prefix or name, as in ruff: ``PV1`` selects PV101, PV102…"""

    def matches(rule: Rule, patterns: Sequence[str]) -> bool:
        return any(p == "ALL" or rule.code.startswith(p) or rule.name == p for p in patterns)

    chosen = [r for r in rules if not select or matches(r, select)]
    return tuple(r for r in chosen if not matches(r, ignore))


def run_rules(extraction: Extraction, rules: Sequence[Rule]) -> list[Finding]:
    """All findings of the given rules on one article."""
    findings = []
    for rule in rules:
        check = CHECKS.get(rule.check)
        if check is None:
            continue
        for hit in check(extraction, rule.params):
            findings.append(stamp(rule, extraction.document.id, extraction.document.text, hit))
    return findings


def run_corpus_rules(corpus: Corpus, rules: Sequence[Rule]) -> list[Finding]:
    """All findings of the rules that compare articles with each other."""
    texts = {e.document.id: e.document.text for e in corpus.extractions}
    findings = []
    for rule in rules:
        check = CORPUS_CHECKS.get(rule.check)
        if check is None:
            continue
        for hit in check(corpus, rule.params):
            assert hit.file is not None, f"corpus check {rule.check} must name the file"
            findings.append(stamp(rule, hit.file, texts[hit.file], hit))
    return findings


def suppression_findings(
    findings: list[Finding], documents: Sequence[Document], rules: Sequence[Rule]
) -> list[Finding]:
    """Apply inline suppressions; report unused ones and unreadable directives."""
    by_check = {rule.check: rule for rule in rules}
    active = {rule.code for rule in rules}
    directives = {document.id: read_directives(document) for document in documents}
    kept, unused = apply_suppressions(
        findings, {file: d.suppressions for file, d in directives.items() if d.suppressions}
    )
    texts = {document.id: document.text for document in documents}
    invalid = by_check.get("suppression:invalid")
    if invalid is not None:
        for file, found in sorted(directives.items()):
            kept.extend(stamp(invalid, file, texts[file], hit) for hit in found.problems)
    unused_rule = by_check.get("suppression:unused")
    if unused_rule is not None:
        for file, suppression in unused:
            if not all(
                any(code.startswith(c) or c.startswith(code) for c in active)
                for code in suppression.codes
            ):
                continue  # a rule not run this time cannot have used it
            hit = Hit(
                suppression.span,
                {"codes": ", ".join(suppression.codes)},
                key=" ".join(suppression.codes) + suppression.reason,
            )
            kept.append(stamp(unused_rule, file, texts[file], hit))
    return kept


def problem_findings(problems: Iterable[LoadProblem], rules: Sequence[Rule]) -> list[Finding]:
    """Findings for files that could not be read as articles."""
    by_check = {rule.check: rule for rule in rules}
    findings = []
    for problem in problems:
        rule = by_check.get(_LOAD_CHECKS[problem.kind])
        if rule is None:
            continue
        location = Location(
            problem.path, 0, 0, problem.line, problem.column, problem.line, problem.column, ""
        )
        message = _format(rule.message, {"problem": problem.message, "path": problem.path})
        fingerprint = _fingerprint(rule.code, problem.path, problem.kind)
        findings.append(
            Finding(rule.code, rule.name, rule.severity, message, location, (), {}, fingerprint)
        )
    return findings


def stamp(rule: Rule, file: str, text: str, hit: Hit) -> Finding:
    """Turn a check's hit into a finding of ``rule``."""
    location = locate(file, text, hit.span)
    values = {"text": location.text, **hit.values}
    message = _format(rule.message, values)
    fingerprint = _fingerprint(rule.code, file, hit.key or message)
    return Finding(
        rule.code,
        rule.name,
        rule.severity,
        message,
        location,
        hit.related,
        hit.evidence,
        fingerprint,
    )


class _Values(dict[str, Any]):
    """Leaves unknown placeholders as written instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format(template: str, values: dict[str, Any]) -> str:
    try:
        return string.Formatter().vformat(template, (), _Values(values))
    except (ValueError, IndexError, AttributeError):
        return template


def _fingerprint(code: str, file: str, key: str) -> str:
    """Content-based identity: rule, document and normalised content, never line numbers."""
    digest = hashlib.sha256("\x1f".join((code, file, " ".join(key.split()).casefold())).encode())
    return digest.hexdigest()[:20]


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Findings in report order, duplicates removed: by file, position, then code.

    The same content found twice in one file (two "Isnt") would share a
    fingerprint; the second and later ones get their occurrence number mixed in.
    """
    unique = {(f.fingerprint, f.location.start, f.location.end, f.code): f for f in findings}
    ordered = sorted(
        unique.values(),
        key=lambda f: (f.location.file, f.location.line, f.location.column, f.code, f.message),
    )
    seen: dict[str, int] = {}
    result = []
    for finding in ordered:
        count = seen.get(finding.fingerprint, 0)
        seen[finding.fingerprint] = count + 1
        if count:
            digest = hashlib.sha256(f"{finding.fingerprint}#{count}".encode()).hexdigest()[:20]
            finding = replace(finding, fingerprint=digest)
        result.append(finding)
    return tuple(result)
