"""PV5xx hygiene checks: residue of scraping and broken text."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from provlint.checks.registry import check, in_zone
from provlint.records import Extraction, Hit
from provlint.resources import lexicon
from provlint.text import find_phrases, make_span, paragraphs

# Kinds of zone that are structure, not residue.
_NOT_RESIDUE = frozenset({"directive"})


@check("boilerplate-residue")
def boilerplate_residue(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Navigation, teasers, credits left in the text: one finding per kind of zone."""
    by_kind: dict[str, list[Any]] = {}
    for zone in ex.zones:
        if zone.kind not in _NOT_RESIDUE:
            by_kind.setdefault(zone.kind, []).append(zone)
    for kind, zones in sorted(by_kind.items(), key=lambda item: item[1][0].span.start):
        lines = sum(z.span.end_line - z.span.line + 1 for z in zones)
        yield Hit(zones[0].span, {"kind": kind, "lines": lines, "zones": len(zones)}, key=kind)


# UTF-8 read as Windows-1252: "â€™", "â€œ", "Ã©" and their kin.
_MOJIBAKE = re.compile(
    "[ÂÃ][\u0080-\u00bf]|â€[\u0080-\u00ff™œ\u009d˜šž“”’‘¦]|\ufffd|[\u0080-\u009f]"
)


# The characters any of those starts with. Most articles hold none, and one character
# class is looked for in C, far faster than trying the whole pattern at every character.
_MOJIBAKE_START = re.compile("[ÂÃâ\ufffd\u0080-\u009f]")


@check("encoding-problem")
def encoding_problem(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Replacement characters, mis-decoded UTF-8 or control characters in the text."""
    text = ex.document.text
    if _MOJIBAKE_START.search(text) is None:
        return
    found = list(_MOJIBAKE.finditer(text))
    if found:
        first = found[0]
        yield Hit(
            make_span(ex.document, first.start(), first.end()),
            {"problem": f"text looks mis-decoded ({len(found)} places, first {first.group()!r})"},
            key="mojibake",
        )


@cache
def _stripped() -> re.Pattern[str]:
    words = sorted(lexicon("hygiene")["stripped"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


@cache
def _stripped_words() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("hygiene")["stripped"])


@check("stripped-apostrophes")
def stripped_apostrophes(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Contractions that lost their apostrophe: "Isnt", "doesnt", "Thats"."""
    doc = ex.document
    for match in find_phrases(doc.text, doc.body_start, _stripped(), _stripped_words()):
        if in_zone(match.start(), match.end(), ex.zones):
            continue
        if (
            match.group().lower() in ("im", "ive", "hes", "shes", "lets", "whos")
            and match.group()[0].islower()
        ):
            continue  # lower-case forms of these can be other words or names
        yield Hit(
            make_span(doc, match.start(), match.end()),
            {"word": match.group()},
            key=match.group().lower(),
        )


_OPEN, _CLOSE = "“«„", "”»"
_MARK = re.compile('[“«„”»"]')


@check("unbalanced-quotes")
def unbalanced_quotes(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A paragraph whose quotation marks do not pair (and do not continue a quote)."""
    doc = ex.document
    paras = [p for p in paragraphs(doc.text, doc.body_start) if not in_zone(*p, ex.zones)]
    for number, (start, end) in enumerate(paras):
        following = doc.text[paras[number + 1][0]] if number + 1 < len(paras) else ""
        continues = following in _OPEN + '"'
        offset = _unmatched_mark(doc.text, start, end, continues)
        if offset is not None:
            paragraph = " ".join(doc.text[start:end].split())
            yield Hit(make_span(doc, offset, offset + 1), {"mark": doc.text[offset]}, key=paragraph)


def _unmatched_mark(text: str, start: int, end: int, continues: bool) -> int | None:
    """The offset of a mark that opens without closing, or closes without opening."""
    opened: list[int] = []
    straight = []
    for mark in _MARK.finditer(text, start, end):
        offset, char = mark.start(), mark.group()
        if char in _OPEN:
            opened.append(offset)
        elif char in _CLOSE:
            if not opened:
                return offset
            opened.pop()
        else:
            straight.append(offset)
    if opened and not continues:
        return opened[0]
    if len(straight) % 2 and not continues:
        return straight[-1]
    return None
