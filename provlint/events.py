"""Counted events: which outcome a figure counts, where and when, for comparison.

"killing 35 people" in a sentence about the Brussels attacks on 22 March is
(killed, {Brussels}, 03-22, 35). Two articles disagree only when both count
the same outcome at a shared place, on the same date when both give one, and
their qualified values cannot both be true ("over 300" agrees with 350).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from provlint.normalise import fold_accents
from provlint.records import Claim, Extraction, Figure
from provlint.resources import lexicon


@dataclass(frozen=True, slots=True)
class CountedEvent:
    """One figure read as a count of an outcome at places on a date."""

    doc: int
    figure: int
    outcome: str
    places: frozenset[str]
    day: str | None
    day_figure: int | None = None


@cache
def _outcomes() -> dict[str, str]:
    return {word: name for name, words in lexicon("events")["outcomes"].items() for word in words}


@cache
def _not_places() -> frozenset[str]:
    return frozenset(lexicon("people")["not_names"]) - {
        w.lower() for w in ("paris", "brussels", "london", "moscow", "washington", "berlin", "nice")
    }


def _outcome(text: str, figure: Figure, sentence_start: int, sentence_end: int) -> str | None:
    """The outcome the figure names ("20 wounded"), else the outcome word nearest it,
    within four words either side ("killed 9 people and left more than 30 injured")."""
    if figure.counts and figure.counts in _outcomes():
        return _outcomes()[figure.counts]
    before = (
        text[max(sentence_start, figure.span.start - 40) : figure.span.start].lower().split()[-4:]
    )
    after = text[figure.span.end : min(sentence_end, figure.span.end + 40)].lower().split()[:4]
    for word in [*reversed(before), *after]:
        found = _outcomes().get(word.strip(".,;:"))
        if found:
            return found
    return None


def _places(text: str, people_names: set[str]) -> frozenset[str]:
    words = re.findall(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-zà-ÿ]+)", text)
    return frozenset(
        fold_accents(w).lower()
        for w in words
        if w.lower() not in _not_places() and w.lower() not in people_names
    )


def counted_events(extractions: tuple[Extraction, ...]) -> list[CountedEvent]:
    """Every figure that counts a known outcome, with its places and date.

    Places (and the people's names they exclude) are read only for a claim with
    such a figure: 635 of the 18,670 claims of a 10,000-article corpus.
    """
    events = []
    for doc, extraction in enumerate(extractions):
        names: set[str] | None = None
        for claim in extraction.claims:
            counted = _counted_figures(extraction, claim)
            if not counted:
                continue
            if names is None:
                names = {part.lower() for p in extraction.people for part in p.name.split()}
            places = _places(claim.text, names)
            if not places:
                continue
            dates = [i for i in claim.figures if extraction.figures[i].date]
            for index, outcome in counted:
                day, day_figure = _day_of(extraction, index, dates)
                events.append(CountedEvent(doc, index, outcome, places, day, day_figure))
    return events


# How far, in words, a date may stand from a count and still date it: "killing 12
# people" is dated by "on May 3," beside it, not by a date a long clause away.
_DATE_WORDS = 15


def _day_of(extraction: Extraction, index: int, dates: list[int]) -> tuple[str | None, int | None]:
    """The one day (MM-DD) the dates near a count give it, and that date's figure.

    "… the harbour fire on March 3, … the deaths of six sailors off Vellora"
    does not date the deaths: March 3 is 30 words from them.
    """
    text = extraction.document.text
    figure = extraction.figures[index].span
    near: dict[str, int] = {}
    for i in dates:
        date = extraction.figures[i].span
        between = (
            text[date.end : figure.start]
            if date.end <= figure.start
            else text[figure.end : date.start]
        )
        if len(between.split()) <= _DATE_WORDS:
            near[extraction.figures[i].date[-5:]] = i  # type: ignore[index]
    if len(near) != 1:
        return None, None
    ((day, day_figure),) = near.items()
    return day, day_figure


def _counted_figures(extraction: Extraction, claim: Claim) -> list[tuple[int, str]]:
    """The claim's plain counts (no unit) that have an outcome word near them, with it."""
    counted = []
    for index in claim.figures:
        figure = extraction.figures[index]
        if figure.unit is not None or figure.value is None:
            continue
        outcome = _outcome(extraction.document.text, figure, claim.span.start, claim.span.end)
        if outcome:
            counted.append((index, outcome))
    return counted
