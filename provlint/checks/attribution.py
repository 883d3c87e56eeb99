"""PV1xx attribution checks: is every quote tied to someone a reader can identify?"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from provlint.checks.registry import check, in_zone
from provlint.records import Extraction, Hit
from provlint.resources import lexicon
from provlint.text import alternation, continues_quotation, find_phrases, make_span, word_count


def shorten(text: str, limit: int = 60) -> str:
    """One line of at most ``limit`` characters, for messages."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


@check("quote-without-speaker")
def quote_without_speaker(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A direct quote of some length with no speaker found in or around its sentence."""
    min_words = int(params.get("min-words", 3))
    reach = int(params.get("person-window", 400))
    mentions = [m.span.start for person in ex.people for m in person.mentions]
    text = ex.document.text
    previous = None
    for quote in ex.quotes:
        if quote.in_zone or quote.kind != "direct":
            continue
        continued = previous is not None and continues_quotation(
            text, previous.span.end, quote.span.start
        )
        previous = quote
        if quote.speaker is not None or continued:
            continue  # one finding for a quotation, not one for each of its paragraphs
        if word_count(quote.text) < min_words:
            continue
        if any(quote.span.start - reach <= at <= quote.span.end + reach // 2 for at in mentions):
            # A person is named right around it: the speaker is most likely there in a
            # form provlint cannot parse, and a false finding costs more than a miss.
            continue
        yield Hit(quote.span, {"quote": shorten(quote.text)}, key=quote.text)


@cache
def _vague_pattern() -> re.Pattern[str]:
    body = alternation(lexicon("sources")["vague_phrases"])
    return re.compile(rf"\b(?:{body})\b", re.IGNORECASE)


@cache
def _vague_first_words() -> frozenset[str]:
    return frozenset(p.split()[0].lower() for p in lexicon("sources")["vague_phrases"])


@check("vague-source")
def vague_source(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """Phrases that attribute to nobody in particular, outside quotations and boilerplate."""
    doc = ex.document
    quoted = [(q.span.start, q.span.end) for q in ex.quotes if q.kind != "indirect"]
    taken: list[tuple[int, int]] = []
    for match in find_phrases(doc.text, doc.body_start, _vague_pattern(), _vague_first_words()):
        start, end = match.span()
        if in_zone(start, end, ex.zones) or any(a <= start and end <= b for a, b in quoted):
            continue
        if any(a < end and start < b for a, b in taken):
            continue
        taken.append((start, end))
        phrase = " ".join(match.group().split())
        yield Hit(make_span(doc, start, end), {"phrase": phrase}, key=phrase.lower())


@check("unresolved-pronoun-speaker")
def unresolved_pronoun_speaker(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A quote whose only speaker is "he" or "she" with no person named before it."""
    for quote in ex.quotes:
        speaker = quote.speaker
        if quote.in_zone or speaker is None or speaker.name is not None:
            continue
        if speaker.mention.lower() not in ("he", "she"):
            continue
        yield Hit(
            speaker.span,
            {"pronoun": speaker.mention, "quote": shorten(quote.text)},
            key=f"{speaker.mention.lower()} {quote.text}",
        )
