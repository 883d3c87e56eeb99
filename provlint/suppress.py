"""Inline suppressions written in the articles themselves.

    <!-- provlint: ignore PV101 reason="quote confirmed with the speaker" -->
        silences the listed rules in the next paragraph;
    <!-- provlint: disable PV201 reason="figures checked in the source" -->
    <!-- provlint: enable PV201 -->
        silence them in between (to the end of the file without an enable);
    <!-- provlint: disable-file PV501 reason="archive copy, kept as scraped" -->
        silences them in the whole file.

A reason is required, so a reviewer can judge the exception. A directive
that silences nothing is reported, so stale suppressions do not pile up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provlint.records import Document, Finding, Hit, Span, Zone
from provlint.text import make_span, paragraphs

_DIRECTIVE = re.compile(r"<!--\s*provlint:\s*(?P<body>.*?)\s*-->", re.S)
_BODY = re.compile(
    r"(?P<action>ignore|disable-file|disable|enable)\b\s*(?P<codes>[A-Za-z0-9_,\s-]*?)"
    r"\s*(?:reason\s*=\s*\"(?P<reason>[^\"]*)\")?\s*$",
    re.S,
)


@dataclass(frozen=True, slots=True)
class Suppression:
    """One directive: which rules it silences, over which offsets, and why."""

    codes: tuple[str, ...]
    start: int
    end: int
    reason: str
    span: Span


@dataclass(frozen=True, slots=True)
class Directives:
    """The suppressions of one article and the problems found in its directives."""

    suppressions: tuple[Suppression, ...]
    problems: tuple[Hit, ...]
    zones: tuple[Zone, ...]


def read_directives(doc: Document) -> Directives:
    """Parse every provlint directive of an article."""
    text = doc.text
    suppressions: list[Suppression] = []
    problems: list[Hit] = []
    zones: list[Zone] = []
    open_ranges: dict[str, tuple[int, str, Span]] = {}
    for match in _DIRECTIVE.finditer(text):
        span = make_span(doc, match.start(), match.end())
        zones.append(Zone("directive", span, match.group()))
        body = _BODY.match(match.group("body"))
        if body is None:
            problems.append(Hit(span, {"problem": "cannot read this directive"}, key=match.group()))
            continue
        action = body.group("action")
        codes = tuple(c for c in re.split(r"[\s,]+", body.group("codes").strip()) if c)
        reason = (body.group("reason") or "").strip()
        if not codes:
            problems.append(
                Hit(span, {"problem": f"'{action}' names no rule code"}, key=match.group())
            )
            continue
        if action != "enable" and not reason:
            problems.append(
                Hit(span, {"problem": f"'{action}' needs a reason=\"…\""}, key=match.group())
            )
            continue
        if action == "ignore":
            # Paragraphs are split only here: most articles hold no directive at all.
            following = next(
                (p for p in paragraphs(text) if p[0] >= match.end() and not _is_directive(text, p)),
                None,
            )
            if following is not None:
                suppressions.append(Suppression(codes, following[0], following[1], reason, span))
        elif action == "disable-file":
            suppressions.append(Suppression(codes, 0, len(text), reason, span))
        elif action == "disable":
            for code in codes:
                open_ranges[code] = (match.end(), reason, span)
        else:
            for code in codes:
                if code in open_ranges:
                    start, why, where = open_ranges.pop(code)
                    suppressions.append(Suppression((code,), start, match.start(), why, where))
    for code, (start, why, where) in sorted(open_ranges.items()):
        suppressions.append(Suppression((code,), start, len(text), why, where))
    return Directives(tuple(suppressions), tuple(problems), tuple(zones))


def _is_directive(text: str, paragraph: tuple[int, int]) -> bool:
    return bool(_DIRECTIVE.fullmatch(text, paragraph[0], paragraph[1]))


def _covers(suppression: Suppression, finding: Finding) -> bool:
    codes_match = any(
        code == "ALL" or finding.code.startswith(code) or finding.name == code
        for code in suppression.codes
    )
    start = finding.location.start
    return codes_match and suppression.start <= start <= suppression.end


def apply_suppressions(
    findings: list[Finding], suppressions: dict[str, tuple[Suppression, ...]]
) -> tuple[list[Finding], list[tuple[str, Suppression]]]:
    """Drop suppressed findings; return the rest and the suppressions nothing used."""
    used: set[tuple[str, int]] = set()
    kept = []
    for finding in findings:
        file_suppressions = suppressions.get(finding.location.file, ())
        match = next((i for i, s in enumerate(file_suppressions) if _covers(s, finding)), None)
        if match is None:
            kept.append(finding)
        else:
            used.add((finding.location.file, match))
    unused = [
        (file, suppression)
        for file, items in sorted(suppressions.items())
        for index, suppression in enumerate(items)
        if (file, index) not in used
    ]
    return kept, unused
