"""Article metadata: title, outlet, publication date, dateline, byline, credit and URL.

Front matter, when present, is what the corpus keeper wrote down and wins over
anything read from the text. Otherwise each field is read only from the places
a page states its own provenance: the header (the lines above the first
paragraph of prose), the dateline that opens the story, and lone credit or URL
lines. A date or outlet named inside the story ("On April 1, ...", "told Radio
Sputnik") is never taken, because a wrong publication date or outlet is worse
than none.

Choices worth knowing:

* A "/TASS/" or "(Sputnik)" dateline names the outlet: it is the agency's own
  signature on the story, not a mention.
* A date without a year ("MOSCOW, January 14. /TASS/.") is kept as the ISO 8601
  truncated form ``--01-14``, so a rule can report the missing year.
* An "Outlet (25 May 2017)" line states who first published the article and
  when; it outranks a bare date line, which on a republishing site is only
  the date of the copy. The article's text is written against the first
  date ("today (25th May, 2017)"), so relative dates resolve against it too.
* Outlet, in order of trust: dateline, "Outlet (date)" line, byline, the
  title's " - Outlet" suffix, the masthead.
* A headline ends without a full stop; when the first line of the article is a
  sentence, the page lost its title and ``title`` stays empty.
* ``byline`` is the credit as printed ("By Jane Smith"); ``author`` the name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from provlint.extract.zones import Line, body_lines, credit_match, is_prose, known_outlet
from provlint.records import Document, Field, Metadata, Zone
from provlint.resources import lexicon
from provlint.text import alternation, make_span, strip_span

# How many lines of the article the header and dateline may reach.
_HEADER_LINES = 12
_DATELINE_LINES = 6
_DATE_LINE_MAX_WORDS = 10
_BYLINE_MAX_WORDS = 12
_LEAP_YEAR = 2000

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_MONTH_NUMBERS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
_MONTH = (
    r"(?P<month>"
    + "|".join(
        f"{name[:3]}(?:{name[3:]}|\\.)?" if len(name) > 3 else name for name in _MONTH_NAMES
    ).replace("sep(?:", "sep(?:t\\.?|")
    + r")"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_FULL_DATES = (
    re.compile(
        rf"(?<!\d)(?P<day>\d{{1,2}}){_ORDINAL}\s+{_MONTH},?\s+(?P<year>\d{{4}})(?!\d)", re.I
    ),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})(?!\d)", re.I),
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?![\d.])"),
    re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d-])"),
    re.compile(r"(?<![\d/])(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})(?![\d/])"),
)
_YEARLESS_DATES = (
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL}\b(?!,?\s*\d)", re.I),
    re.compile(rf"(?<!\d)(?P<day>\d{{1,2}}){_ORDINAL}\s+{_MONTH}\b(?!,?\s*\d)", re.I),
)
_WORD = re.compile(r"[^\W_]+(?:\.[^\W_]+)*\.?")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?=\D|$)")

_PLACE = r"(?P<place>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3})"
_REGION = r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\.?)?"
_DATELINE_DATE = r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)"
_DASH = r"(?:—|–|--|-)"
_NAME_WORD = r"[A-Z][\w'’.-]*"


def _name_pattern() -> str:
    """A personal name of two to four capitalised words, particles allowed ("Tom de Vries")."""
    particles = "|".join(lexicon("outlets")["publication"]["name_particles"])
    return rf"{_NAME_WORD}(?:\s+(?:(?:{particles})\s+)?{_NAME_WORD}){{1,3}}"


_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+")
_TITLE_SUFFIX = re.compile(r"\s+[-–—|]\s*(?P<outlet>[^-–—|]{2,40})$")
_SOURCE_DATE = re.compile(r"(?P<outlet>[^\W\d][^()\n]{0,40}?)\s*\((?P<date>[^()\n]{4,40})\)")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date read from the text: its ISO value ("2017-05-25" or "--01-14") and offsets."""

    iso: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Dateline:
    """The opener of a story's first paragraphs, with the parts it names."""

    field: Field
    outlet: Field | None
    published: Field | None
    author: Field | None


def read_metadata(
    doc: Document, zones: tuple[Zone, ...], lines: Sequence[Line] | None = None
) -> Metadata:
    """Read title, outlet, dates, dateline, byline and credit line.

    ``lines``: the article's `body_lines`, when the caller has them already.
    """
    lines = _outside_zones(body_lines(doc) if lines is None else lines, zones)
    header = _header(lines)
    dateline = _find_dateline(doc, lines[:_DATELINE_LINES])
    byline, author, byline_outlet = _find_byline(doc, header)
    if dateline and byline is None:
        byline = author = dateline.author
    source_outlet, source_date = _find_source_line(doc, header)
    title, title_outlet = _find_title(doc, lines)
    text_fields = {
        "title": title,
        "outlet": _first(
            dateline.outlet if dateline else None,
            source_outlet,
            byline_outlet,
            title_outlet,
            _masthead_outlet(doc, zones),
        ),
        "published": _published(doc, dateline, source_date, header),
        "dateline": dateline.field if dateline else None,
        "byline": byline,
        "author": author,
        "credit": _find_credit(doc, lines),
        "url": _find_url(doc, lines),
    }
    for key, value in doc.front_matter.items():
        if key in text_fields and value.strip():
            text_fields[key] = Field(_front_matter_value(key, value), None, "front-matter")
    return Metadata(**text_fields)


def find_date(
    text: str, start: int = 0, end: int | None = None, yearless: bool = False
) -> FoundDate | None:
    """The first valid date in ``text[start:end]``; dates without a year only if asked."""
    end = len(text) if end is None else end
    found = _dates(_FULL_DATES, text, start, end)
    if not found and yearless:
        found = _dates(_YEARLESS_DATES, text, start, end)
    return min(found, key=lambda d: (d.start, -d.end)) if found else None


def _dates(patterns: Sequence[re.Pattern[str]], text: str, start: int, end: int) -> list[FoundDate]:
    matches = (match for pattern in patterns for match in pattern.finditer(text, start, end))
    return [found for match in matches if (found := _to_date(match)) is not None]


def standalone_date(text: str) -> FoundDate | None:
    """The date of a line that states nothing else ("Updated 09:06 GMT 30 October 2020")."""
    found = find_date(text, yearless=True)
    return found if found and not _leftover(text, found) else None


def _to_date(match: re.Match[str]) -> FoundDate | None:
    """The ISO form of a matched date, or None when it is not a real calendar day."""
    groups = match.groupdict()
    if groups.get("first"):
        first, second = int(groups["first"]), int(groups["second"])
        if first <= 12 and second <= 12 and first != second:
            return None  # 05/06/2017: month-first or day-first cannot be told apart
        month, day = (first, second) if second > 12 else (second, first)
    else:
        raw_month = groups["month"]
        month = int(raw_month) if raw_month.isdigit() else _month_number(raw_month)
        day = int(groups["day"])
    year = int(groups["year"]) if groups.get("year") else None
    try:
        date(year or _LEAP_YEAR, month, day)
    except ValueError:
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
    return FoundDate(iso, match.start(), match.end())


def _month_number(name: str) -> int:
    prefix = name.lower().rstrip(".")[:3]
    return next(n for full, n in _MONTH_NUMBERS.items() if full.startswith(prefix))


def _header(lines: Sequence[Line]) -> list[Line]:
    """The lines above the first paragraph of prose, where a page states its provenance."""
    header: list[Line] = []
    for line in lines[:_HEADER_LINES]:
        if is_prose(line):
            break
        header.append(line)
    return header


def _find_dateline(doc: Document, lines: Sequence[Line]) -> _Dateline | None:
    """The "MOSCOW, January 14. /TASS/." or "MOSCOW (Sputnik), Name —" opener."""
    for line in lines:
        for pattern in _dateline_patterns():
            match = pattern.match(doc.text, line.start, line.end)
            if match and _outlet_named(match):
                return _read_dateline(doc, match)
    return None


def _outlet_named(match: re.Match[str]) -> bool:
    """An unknown name in a dateline's brackets must be short to be an outlet, not a gloss."""
    outlet = match.groupdict().get("outlet")
    return outlet is None or known_outlet(outlet) is not None or len(outlet.split()) <= 2


def _read_dateline(doc: Document, match: re.Match[str]) -> _Dateline:
    groups = match.groupdict()
    outlet = published = author = None
    if groups.get("outlet"):
        name = known_outlet(groups["outlet"]) or _collapse(groups["outlet"])
        outlet = _text_field(doc, match.start("outlet"), match.end("outlet"), name)
    if groups.get("date"):
        found = find_date(doc.text, match.start("date"), match.end("date"), yearless=True)
        if found:
            published = _text_field(doc, found.start, found.end, found.iso)
    if groups.get("byline"):
        author = _text_field(doc, match.start("byline"), match.end("byline"))
    return _Dateline(_text_field(doc, match.start(), match.end()), outlet, published, author)


@cache
def _dateline_patterns() -> tuple[re.Pattern[str], ...]:
    name = _name_pattern()
    return (
        # MOSCOW, January 14. /TASS/.
        re.compile(
            rf"{_PLACE}{_REGION},\s+{_DATELINE_DATE}\s*\.?\s*/(?P<outlet>[^/\n]{{2,30}})/\.?"
        ),
        # MOSCOW (Sputnik), Anastasia Levchenko —   LONDON, May 25 (Reuters) -
        re.compile(
            rf"{_PLACE}{_REGION}(?:,\s+{_DATELINE_DATE})?\s*\((?P<outlet>[^()\n]{{2,40}})\)"
            rf"(?:\s*,\s*(?P<byline>{name}))?\s*{_DASH}(?=\s)"
        ),
        # BRUSSELS, May 25 —
        re.compile(rf"{_PLACE}{_REGION},\s+{_DATELINE_DATE}\s*{_DASH}(?=\s)"),
    )


def _find_byline(
    doc: Document, header: Sequence[Line]
) -> tuple[Field | None, Field | None, Field | None]:
    """A "By Jane Smith, Reuters" line: the byline, the author and any outlet."""
    for line in header:
        match = _byline_pattern().fullmatch(line.text)
        if not match or line.words > _BYLINE_MAX_WORDS:
            continue
        byline = _text_field(doc, line.start, line.end)
        author = _group_field(doc, line, match, "names")
        outlet_name = known_outlet(match.group("org") or "")
        outlet = _group_field(doc, line, match, "org", outlet_name) if outlet_name else None
        return byline, author, outlet
    return None, None, None


@cache
def _byline_pattern() -> re.Pattern[str]:
    name = _name_pattern()
    return re.compile(
        rf"By\s+(?P<names>{name}(?:\s*(?:,|and|&)\s*{name})*)"
        r"(?:\s*[,|–—-]\s*(?P<org>[^,|\n]{2,40}))?\s*"
    )


def _find_source_line(doc: Document, header: Sequence[Line]) -> tuple[Field | None, Field | None]:
    """An "EuroNews (25 May 2017)" line: the first publisher and the first date."""
    for line in header:
        match = _SOURCE_DATE.fullmatch(line.text)
        if not match:
            continue
        name = match.group("outlet").strip(" -–—|:")
        found = find_date(match.group("date"))
        if not found or _leftover(match.group("date"), found) or not _outlet_like(name):
            continue
        outlet_start = line.start + match.start("outlet") + match.group("outlet").find(name)
        canonical = known_outlet(name) or name
        outlet = _text_field(doc, outlet_start, outlet_start + len(name), canonical)
        date_start = line.start + match.start("date")
        published = _text_field(doc, date_start + found.start, date_start + found.end, found.iso)
        return outlet, published
    return None, None


def _outlet_like(name: str) -> bool:
    """A known outlet, or a short capitalised name."""
    words = name.split()
    if known_outlet(name) is not None:
        return True
    if any(word.lower().strip(".:") in _date_words() for word in words):
        return False  # "Updated (25 May 2017)" names no one
    return 0 < len(words) <= 4 and all(word[0].isupper() for word in words)


def _published(
    doc: Document, dateline: _Dateline | None, source_date: Field | None, header: Sequence[Line]
) -> Field | None:
    """The publication date, from the most explicit place that states one."""
    from_dateline = dateline.published if dateline else None
    if from_dateline and not from_dateline.value.startswith("--"):
        return from_dateline
    return source_date or _date_line(doc, header) or from_dateline


def _date_line(doc: Document, header: Sequence[Line]) -> Field | None:
    """A header line that is only a date ("09:06 GMT30 October 2020", "- 26.05.2017")."""
    for line in header:
        found = standalone_date(line.text) if line.words <= _DATE_LINE_MAX_WORDS else None
        if found:
            return _text_field(doc, line.start + found.start, line.start + found.end, found.iso)
    return None


def _leftover(text: str, found: FoundDate) -> bool:
    """Whether ``text`` holds words besides the date, its time and publication words."""
    rest = _TIME.sub(" ", text[: found.start] + " " + text[found.end :])
    words = _WORD.findall(rest.lower())
    date_words = _date_words()
    return any(word not in date_words and word.rstrip(".") not in date_words for word in words)


@cache
def _date_words() -> frozenset[str]:
    return frozenset(lexicon("outlets")["publication"]["date_words"])


def _find_title(doc: Document, lines: Sequence[Line]) -> tuple[Field | None, Field | None]:
    """The headline and the outlet its " - Outlet" suffix names, if any."""
    for line in lines:
        if line.words < 3 or _is_provenance_line(line):
            continue
        if is_prose(line) or line.text.rstrip("\"'”’»)")[-1:] == ".":
            return None, None  # the first line is a sentence: the page lost its title
        start, end = line.start, line.end
        suffix = _TITLE_SUFFIX.search(line.text)
        if suffix and known_outlet(suffix.group("outlet")):
            outlet_start = line.start + suffix.start("outlet")
            outlet = _text_field(doc, outlet_start, line.end, known_outlet(suffix.group("outlet")))
            return _text_field(doc, start, line.start + suffix.start()), outlet
        return _text_field(doc, start, end), None
    return None, None


def _is_provenance_line(line: Line) -> bool:
    """Date, byline, credit and URL lines are not the headline."""
    text = line.text
    if line.words <= _DATE_LINE_MAX_WORDS and standalone_date(text):
        return True
    if _SOURCE_DATE.fullmatch(text) and find_date(text):
        return True
    if text.startswith("By ") and line.words <= _BYLINE_MAX_WORDS:
        return True
    return bool(credit_match(text) or _URL.fullmatch(text))


def _find_credit(doc: Document, lines: Sequence[Line]) -> Field | None:
    """The last "Source: …" or "(Reporting by …)" line; its value may be empty."""
    for line in reversed(lines):
        match = credit_match(line.text)
        if match:
            start = line.start + match.start("value")
            value_start, value_end = strip_span(doc.text, start, line.start + match.end("value"))
            value = _collapse(doc.text[value_start:value_end])
            return Field(value, make_span(doc, line.start, line.end), "text")
    return None


def _find_url(doc: Document, lines: Sequence[Line]) -> Field | None:
    """A line that is nothing but a URL: where the article was scraped from."""
    for line in lines:
        if _URL.fullmatch(line.text):
            return _text_field(doc, line.start, line.end)
    return None


def _masthead_outlet(doc: Document, zones: Sequence[Zone]) -> Field | None:
    """The outlet a masthead zone spells out; a known name if one is in it."""
    for zone in zones:
        if zone.kind != "masthead":
            continue
        match = _known_outlet_in(zone.text)
        if match:
            start = zone.span.start + match.start()
            return _text_field(doc, start, start + len(match.group()), known_outlet(match.group()))
        start, end = strip_span(doc.text, zone.span.start, zone.span.end)
        while start < end and doc.text[start] in "-–—|•· ":
            start += 1
        return _text_field(doc, start, end) if start < end else None
    return None


def _known_outlet_in(text: str) -> re.Match[str] | None:
    """The first known outlet spelling inside ``text``, as whole words."""
    return _outlet_search().search(text)


@cache
def _outlet_search() -> re.Pattern[str]:
    outlets = lexicon("outlets")["outlets"]
    spellings = {s for name, names in outlets.items() for s in (name, *names)}
    alternatives = alternation(spellings)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _front_matter_value(key: str, value: str) -> str:
    """Front-matter dates in ISO form when they can be read; everything else as written."""
    value = value.strip()
    if key == "published":
        found = standalone_date(value)
        if found:
            return found.iso
    return value


def _text_field(doc: Document, start: int, end: int, value: str | None = None) -> Field:
    """A field read from ``doc.text[start:end]``; its value defaults to that text, tidied."""
    start, end = strip_span(doc.text, start, end)
    shown = _collapse(doc.text[start:end]) if value is None else value
    return Field(shown, make_span(doc, start, end), "text")


def _group_field(
    doc: Document, line: Line, match: re.Match[str], group: str, value: str | None = None
) -> Field:
    """A field over one group of a match made on ``line.text``."""
    return _text_field(doc, line.start + match.start(group), line.start + match.end(group), value)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _first(*fields: Field | None) -> Field | None:
    return next((f for f in fields if f is not None), None)


def _outside_zones(lines: Sequence[Line], zones: Sequence[Zone]) -> list[Line]:
    """The lines no zone touches; zones are merged first so one bisection per line will do."""
    covered: list[list[int]] = []
    for start, end in sorted((zone.span.start, zone.span.end) for zone in zones):
        if covered and start <= covered[-1][1]:
            covered[-1][1] = max(covered[-1][1], end)
        else:
            covered.append([start, end])
    starts = [start for start, _ in covered]
    kept = []
    for line in lines:
        before = bisect_left(starts, line.end) - 1
        if before < 0 or covered[before][1] <= line.start:
            kept.append(line)
    return kept
