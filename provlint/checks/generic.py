"""Generic data rules for user packs: a pattern, a required field, a phrase list.

A house pack declares rules with these checks and parameters only; no code is
ever loaded from a pack. User regular expressions run on the `regex` engine
with a time limit per search, so a pattern that backtracks catastrophically
fails that rule on that article instead of hanging the run.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from provlint.checks.registry import check, in_zone
from provlint.records import Extraction, Hit
from provlint.text import alternation, make_span

if TYPE_CHECKING:
    import regex

MATCH_SECONDS = 0.5
METADATA_FIELDS = ("title", "outlet", "published", "dateline", "byline", "credit", "url", "author")


class PatternTimeout(Exception):
    """A user pattern took longer than MATCH_SECONDS on one article."""


@cache
def compile_pattern(source: str, ignore_case: bool) -> regex.Pattern[str]:
    """Compile a user pattern once; raises regex.error for an invalid one.

    `regex` is imported here, not at the top: most runs have no pattern rules,
    and importing it costs a pre-commit call about 20 ms.
    """
    import regex

    return regex.compile(source, regex.IGNORECASE if ignore_case else 0)


def _quoted(ex: Extraction) -> list[tuple[int, int]]:
    return [(q.span.start, q.span.end) for q in ex.quotes if q.kind != "indirect"]


def _wanted(ex: Extraction, start: int, end: int, where: str) -> bool:
    if in_zone(start, end, ex.zones):
        return False
    inside = any(a <= start and end <= b for a, b in _quoted(ex))
    return {"anywhere": True, "inside-quotes": inside, "outside-quotes": not inside}[where]


@check("pattern")
def pattern(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Every match of the rule's `regex`, optionally only inside or outside quotes."""
    compiled = compile_pattern(str(params["regex"]), bool(params.get("ignore-case", False)))
    where = str(params.get("where", "anywhere"))
    doc = ex.document
    try:
        matches = list(compiled.finditer(doc.text, doc.body_start, timeout=MATCH_SECONDS))
    except TimeoutError:
        yield Hit(
            None,
            {"match": f"(pattern gave up after {MATCH_SECONDS}s on this article)"},
            key="timeout",
        )
        return
    for match in matches:
        if match.end() > match.start() and _wanted(ex, match.start(), match.end(), where):
            yield Hit(
                make_span(doc, match.start(), match.end()),
                {"match": match.group()},
                key=match.group().lower(),
            )


@check("require")
def require(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The metadata `field` every article must carry (front matter or text)."""
    name = str(params["field"])
    value = getattr(ex.metadata, name, None) if name in METADATA_FIELDS else None
    if value is None and name not in METADATA_FIELDS:
        value = ex.document.front_matter.get(name)
    if value is None or (hasattr(value, "value") and not value.value.strip()):
        yield Hit(None, {"field": name}, key=name)


@check("phrase-list")
def phrase_list(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Whole-word, case-insensitive occurrences of any listed phrase, outside quotes by default."""
    body = alternation(str(p) for p in params["phrases"])
    compiled = compile_pattern(rf"\b(?:{body})\b", True)
    where = str(params.get("where", "outside-quotes"))
    doc = ex.document
    for match in compiled.finditer(doc.text, doc.body_start, timeout=MATCH_SECONDS * 4):
        if _wanted(ex, match.start(), match.end(), where):
            phrase = " ".join(match.group().split())
            yield Hit(
                make_span(doc, match.start(), match.end()), {"match": phrase}, key=phrase.lower()
            )
