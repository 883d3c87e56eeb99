"""Figures: counts, amounts, shares and durations as stated, with their qualifier.

Precision first: a number is a figure only with something that says what it
measures (a counted noun, a unit, a currency or a percent sign). Years,
dates, clock times and ordinals are not counts; dates are recorded with unit
"date" and an ISO value where the year is known.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from provlint.checks.registry import in_zone
from provlint.records import Document, Figure, Qualifier, Zone
from provlint.resources import lexicon
from provlint.text import SpanIndex, alternation, by_first_letter, make_span, stripped_end

_MONTH_NAMES = (
    "January February March April May June July August September October November December".split()
)
# Months by their first three letters: "November", and "Nov." as news style writes it.
_MONTHS = {m[:3].lower(): i + 1 for i, m in enumerate(_MONTH_NAMES)}
_MONTH = (
    r"(?P<month>"
    + "|".join(_MONTH_NAMES)
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
)
# The lookaheads name the characters a match can start with (a month's first letter,
# a digit): they let the engine pass over other positions at once.
_DATES = [
    re.compile(
        r"(?=[ADFJMNOS])\b"
        + _MONTH
        + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
    ),
    re.compile(
        r"(?=\d)\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
        + _MONTH
        + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?(?!\w)"
    ),
]
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_RELATIVE = re.compile(
    r"(?=[loMTWFS])\b(?:last\s+|on\s+)?"
    r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


@cache
def _words() -> dict[str, dict[str, object]]:
    return lexicon("figures")  # type: ignore[return-value]


@cache
def _number_pattern() -> re.Pattern[str]:
    data = _words()
    qualifiers = alternation(data["qualifiers"], grouped=True)
    words = by_first_letter(sorted(data["numbers"], key=len, reverse=True))
    scales = "|".join(sorted(map(re.escape, data["scales"]), key=len, reverse=True))
    units = "|".join(
        sorted((re.escape(u) for u in data["units"] if u != "%"), key=len, reverse=True)
    )
    # Every figure starts at a digit, a currency sign or the first letter of a
    # qualifier or a number word: the lookahead lets the engine skip other
    # positions at once, which halves the time of this scan.
    firsts = "".join(sorted({w[0].lower() for w in (*data["qualifiers"], *data["numbers"])}))
    return re.compile(
        rf"(?=[\d$€£]|\b[{firsts}])"
        rf"(?:(?P<qual>\b(?:{qualifiers}))\s+)?"
        r"(?P<cur>[$€£])?"
        r"(?P<num>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
        rf"|\b(?:{words})(?:-(?:{words}))?\b)"
        rf"(?:\s*(?P<scale>(?:{scales}))\b)?"
        rf"(?:\s*(?P<pct>%)|\s+(?P<unit>(?:{units}))\b)?"
        r"(?:\s+(?P<noun>[a-z][a-z\-]+))?",
        re.IGNORECASE,
    )


_NOT_COUNTED = frozenset(
    "of the a an to and or in on at for by with from that which who is are was were has have had "
    "will would can could should may might more than times percent per cent "
    # Prepositions, conjunctions and adverbs: "Super Bowl 50 between …" counts nothing.
    "between across after before about above below until when while since during into "
    "over under out now already still also just most least".split()
) | frozenset(m.lower() for m in _MONTH_NAMES)


def _value(number: str, scale: str | None) -> float | None:
    data = _words()
    text = (
        number.lower().replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    )
    try:
        value = float(text)
    except ValueError:
        parts = text.split("-")
        if not all(p in data["numbers"] for p in parts):
            return None
        value = float(sum(data["numbers"][p] for p in parts))  # type: ignore[misc]
    if scale:
        value *= float(data["scales"][scale.lower()])  # type: ignore[arg-type]
    return value


def find_figures(
    doc: Document, zones: tuple[Zone, ...], published: str | None
) -> tuple[Figure, ...]:
    """Counts, amounts, shares and dates outside boilerplate, in document order."""
    text = doc.text
    dates = [f for f in _dates(doc, published) if not in_zone(f.span.start, f.span.end, zones)]
    date_spans = SpanIndex([(f.span.start, f.span.end) for f in dates])
    figures: list[Figure] = list(dates)
    taken: list[tuple[int, int]] = []  # the numbers' spans that may still overlap a later one
    for match in _number_pattern().finditer(text, doc.body_start):
        start, end = match.start(), match.end()
        # Matches come left to right: a span ending by this one's start ends before
        # every later one's too, and is dropped rather than checked again.
        taken = [(a, b) for a, b in taken if b > start]
        if (
            in_zone(start, end, zones)
            or date_spans.overlapping(start, end)
            or any(a < end for a, _ in taken)
        ):
            continue
        figure = _figure(doc, match)
        if figure is not None:
            figures.append(figure)
            taken.append((figure.span.start, figure.span.end))
    return tuple(sorted(figures, key=lambda f: f.span.start))


def _figure(doc: Document, match: re.Match[str]) -> Figure | None:
    text = doc.text
    number = match.group("num")
    before = text[max(0, match.start("num") - 1) : match.start("num")]
    after = text[match.end("num") : match.end("num") + 1]
    if (
        before in "-/:#"
        and before
        or after in ("-", "/", ":")
        or re.fullmatch(r"(?:19|20)\d\d", number)
    ):
        return None  # model numbers, clock times, years
    value = _value(number, match.group("scale"))
    if value is None:
        return None
    unit = None
    if match.group("cur"):
        unit = str(_words()["currencies"][match.group("cur")])
    elif match.group("pct"):
        unit = "percent"
    elif match.group("unit"):
        unit = str(_words()["units"][match.group("unit").lower()])
    noun = match.group("noun")
    counts = None
    end = match.end()
    if noun and unit is None:
        if noun.lower() in _NOT_COUNTED:
            end = match.start("noun")
        else:
            counts = noun.lower()
    elif noun:
        end = match.start("noun")
    if unit is None and counts is None and not match.group("qual"):
        return None
    if number.isalpha() and (number.lower() == "one" or not _plural(counts)):
        # "one of", "two suicide bomb blasts": spelled-out numbers only count plural nouns.
        return None
    end = stripped_end(text, end)
    qualifier: Qualifier = "exact"
    if match.group("qual"):
        key = " ".join(match.group("qual").lower().split())
        qualifier = _words()["qualifiers"][key]  # type: ignore[assignment]
    start = match.start()
    return Figure(make_span(doc, start, end), text[start:end], value, unit, qualifier, counts)


def _plural(noun: str | None) -> bool:
    return bool(noun) and (noun.endswith("s") or noun in ("people", "children", "men", "women"))  # type: ignore[union-attr]


def _dates(doc: Document, published: str | None) -> list[Figure]:
    """Calendar dates ("March 22", "13 November 2015"); weekdays resolved by publication date."""
    text = doc.text
    year = int(published[:4]) if published and published[:4].isdigit() else None
    found: list[Figure] = []
    for pattern in _DATES:
        for match in pattern.finditer(text, doc.body_start):
            month = _MONTHS[match.group("month")[:3].lower()]
            day = int(match.group("day"))
            if not 1 <= day <= 31:
                continue
            known_year = int(match.group("year")) if match.group("year") else year
            iso: str | None = f"--{month:02d}-{day:02d}"  # ISO 8601's form for a yearless date
            if known_year:
                try:
                    iso = date(known_year, month, day).isoformat()
                except ValueError:
                    iso = None
            span = make_span(doc, match.start(), match.end())
            found.append(Figure(span, match.group(), None, "date", "exact", None, iso))
    if published and len(published) == 10:
        try:
            anchor = date.fromisoformat(published)
        except ValueError:
            anchor = None
        for match in _RELATIVE.finditer(text, doc.body_start) if anchor else ():
            weekday = _WEEKDAYS.index(match.group("weekday").lower())
            resolved = anchor - timedelta(days=(anchor.weekday() - weekday) % 7)
            span = make_span(doc, match.start("weekday"), match.end("weekday"))
            found.append(
                Figure(
                    span, match.group("weekday"), None, "date", "exact", None, resolved.isoformat()
                )
            )
    kept: list[Figure] = []
    for figure in sorted(found, key=lambda f: (f.span.start, -f.span.end)):
        if not kept or figure.span.start >= kept[-1].span.end:
            kept.append(figure)
    return kept
