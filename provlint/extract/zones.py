"""Boilerplate zones: what a scraped page leaves around the article.

Scraped news keeps one paragraph per line, and menus, share buttons, related-
article lists, photo credits, keyword lines and comment widgets sit on lines of
their own, so zones are found line by line. Each line is first judged alone
against the markers in ``rules/lexicon/zones.toml``; then context decides the
lines no marker names: the list under a "Recent Posts" heading, a masthead at
the top, stray headlines beside other boilerplate, and the keyword and widget
lines after the article's last paragraph.

Precision comes first: a line that reads as article prose (twelve words or
more, ending like a sentence) becomes a zone only by an explicit marker (a
photo caption, a listed site slogan), and the first headline of the page is
the article's title, never a teaser. Lines of one kind that follow each other
(blank lines between them allowed) merge into one zone.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from provlint.records import Document, Zone
from provlint.resources import lexicon
from provlint.text import SpanIndex, alternation, make_span, paragraphs, word_count

PROSE_MIN_WORDS = 12
# How far down a masthead may start, in lines.
_MASTHEAD_REACH = 3
_MASTHEAD_MAX_WORDS = 4
_CREDIT_MAX_WORDS = 15
# Body subheadings are shorter than the related headlines a page lists.
_STRAY_HEADLINE_WORDS = (6, 20)
_FOREIGN_MAX_WORDS = 12

_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*$")
_OPEN_END = re.compile(r"(?:…|\.\.\.)[\"'”’»)\]]*$")
_CLOSERS = "\"'”’“‘»«)]"
_COUNTER = re.compile(r"\d{1,4}")
_DIGIT = re.compile(r"\d")
_SEPARATORS = r"[\s|·•/,:;»›-]*"
_TRIM = " \t-–—|•·:»›"
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_REPORTING = re.compile(
    r"\((?P<value>(?:with\s+)?(?:additional\s+)?reporting\s+by\b[^()]*)\)", re.IGNORECASE
)
# Kinds whose lines are named by a list of labels; and all kinds with patterns.
_LABELLED = ("navigation", "share", "widget")
_PATTERNED = (*_LABELLED, "teaser", "photo")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of the article body, trimmed; the unit zones are made of."""

    start: int
    end: int
    text: str
    words: int
    after_blank: bool
    # Position among all non-blank lines, comment lines included: zones never merge over a gap.
    number: int


@dataclass(frozen=True, slots=True)
class _Markers:
    """The zone lexicon, compiled once per process."""

    labels: dict[str, re.Pattern[str]]
    patterns: dict[str, tuple[re.Pattern[str], ...]]
    teaser_heading: re.Pattern[str]
    timestamps: tuple[re.Pattern[str], ...]
    bullets: str
    count_suffix: re.Pattern[str]
    photo_credits: tuple[re.Pattern[str], ...]
    caption_suffix: re.Pattern[str]
    tag_min_items: int
    tag_max_words: int
    minor_words: frozenset[str]


def find_zones(doc: Document, lines: Sequence[Line] | None = None) -> tuple[Zone, ...]:
    """Boilerplate stretches of an article, in order and never overlapping.

    ``lines``: the article's `body_lines`, when the caller has them already.
    """
    lines = body_lines(doc) if lines is None else lines
    kinds = _classify(lines)
    return tuple(_merge(doc, lines, kinds))


def body_lines(doc: Document) -> list[Line]:
    """The non-blank lines after the front matter, without lines touching an HTML comment.

    Comments hold provlint's own directives, which are zones of their own.
    """
    comments = SpanIndex([m.span() for m in _COMMENT.finditer(doc.text, doc.body_start)])
    lines: list[Line] = []
    previous_end = doc.body_start
    for number, (start, end) in enumerate(paragraphs(doc.text, doc.body_start)):
        text = doc.text[start:end]
        if comments.overlapping(start, end):
            previous_end = end
            continue
        gap = doc.text[previous_end:start]
        after_blank = bool(lines) and gap.count("\n") + gap.count("\r") - gap.count("\r\n") > 1
        lines.append(Line(start, end, text, word_count(text), after_blank, number))
        previous_end = end
    return lines


def _classify(lines: Sequence[Line]) -> list[str | None]:
    """The zone kind of each line, or None for article text."""
    markers = _markers()
    kinds = [_line_kind(line, markers) for line in lines]
    _mark_teaser_lists(lines, kinds, markers)
    _mark_masthead(lines, kinds)
    title = _first_headline(lines, kinds)
    _mark_captions(lines, kinds, title, markers)
    prose = [i for i, line in enumerate(lines) if kinds[i] is None and is_prose(line)]
    if prose:
        _mark_tail(lines, kinds, prose[-1], markers)
        _mark_stray_headlines(lines, kinds, title, prose[0], prose[-1])
    _mark_counters(lines, kinds)
    return kinds


def is_prose(line: Line) -> bool:
    """Whether a line reads as an article sentence: long enough and ending like one."""
    return line.words >= PROSE_MIN_WORDS and bool(_SENTENCE_END.search(line.text))


def is_title_case(text: str) -> bool:
    """Whether a line is capitalised like a headline ("Russia, Syria Ready to Bring War")."""
    minor = _markers().minor_words
    words = [word.strip(_CLOSERS + ",.:;!?-–—") for word in text.split()]
    content = [w for w in words if w and w[0].isalpha() and w.lower() not in minor]
    if len(content) < 3:
        return False
    return sum(1 for word in content if word[0].isupper()) >= 0.8 * len(content)


def _first_headline(lines: Sequence[Line], kinds: Sequence[str | None]) -> int | None:
    """Index of the first line that may be the title or lede: never a teaser."""
    for index, line in enumerate(lines):
        if kinds[index] is not None or line.words < 3:
            continue
        # A short line with digits is a date or time line, not a headline.
        if line.words <= 6 and _DIGIT.search(line.text):
            continue
        return index
    return None


def _line_kind(line: Line, markers: _Markers) -> str | None:
    """The kind a line has by its own markers alone."""
    text = line.text
    if any(p.search(text) for p in markers.patterns["photo"]):
        return "photo"
    for kind in _LABELLED:
        if markers.labels[kind].fullmatch(text):
            return kind
        if any(p.search(text) for p in markers.patterns[kind]):
            return kind
    if is_teaser_heading(text) or any(p.search(text) for p in markers.patterns["teaser"]):
        return "teaser"
    if any(p.search(text) for p in markers.timestamps):
        return "teaser"
    if markers.count_suffix.search(text) and is_title_case(markers.count_suffix.sub("", text)):
        return "teaser"
    if not is_prose(line) and any(p.search(text) for p in markers.photo_credits):
        return "photo"
    return None


def is_teaser_heading(text: str) -> bool:
    """Whether a line is a heading over a list of other articles ("Recent Posts")."""
    return bool(_markers().teaser_heading.fullmatch(text))


def _mark_teaser_lists(lines: Sequence[Line], kinds: list[str | None], markers: _Markers) -> None:
    """Headlines, labels, timestamps and cut-off ledes under a teaser heading."""
    index = 0
    while index < len(lines):
        if not is_teaser_heading(lines[index].text):
            index += 1
            continue
        index += 1
        while index < len(lines) and (
            kinds[index] is not None or _is_teaser_item(lines[index].text, markers)
        ):
            kinds[index] = kinds[index] or "teaser"
            index += 1


def _is_teaser_item(text: str, markers: _Markers) -> bool:
    """Whether a line can belong to a related-article list."""
    if text[0] in markers.bullets:
        return word_count(text) <= 4
    if _OPEN_END.search(text):
        return True  # a lede cut off with an ellipsis
    ending = text.rstrip(_CLOSERS)[-1:]
    words = word_count(text)
    if ending in ".!;,":
        return False
    if ending == "?":
        return words <= 15
    return 2 <= words <= 25


def _mark_masthead(lines: Sequence[Line], kinds: list[str | None]) -> None:
    """An outlet's name at the very top: a known outlet alone, or short all-caps lines."""
    index = 0
    while index < min(len(lines), _MASTHEAD_REACH) and kinds[index] is not None:
        index += 1
    if index >= len(lines) or index >= _MASTHEAD_REACH:
        return
    if known_outlet(lines[index].text.strip(_TRIM)) is not None and lines[index].words <= 5:
        kinds[index] = "masthead"
        return
    run = index
    while (
        run < len(lines)
        and _is_masthead_part(lines[run])
        and (run == index or not lines[run].after_blank)
    ):
        run += 1
    if run - index >= 2:
        kinds[index:run] = ["masthead"] * (run - index)


def _is_masthead_part(line: Line) -> bool:
    """A short line in capitals, as a logo's text comes out of a scrape."""
    letters = [c for c in line.text if c.isalpha()]
    if not letters or line.words > _MASTHEAD_MAX_WORDS or _DIGIT.search(line.text):
        return False
    return sum(1 for c in letters if c.isupper()) >= 0.75 * len(letters)


def _mark_captions(
    lines: Sequence[Line], kinds: list[str | None], title: int | None, markers: _Markers
) -> None:
    """Captions signed with the outlet (" - Sputnik International") below the title."""
    if title is None:
        return
    for index in range(title + 1, len(lines)):
        if kinds[index] is None and markers.caption_suffix.search(lines[index].text):
            kinds[index] = "photo"


def _mark_stray_headlines(
    lines: Sequence[Line],
    kinds: list[str | None],
    title: int | None,
    first_prose: int,
    last_prose: int,
) -> None:
    """Related headlines outside a list: repeated, beside boilerplate, or after the story."""
    repeated = Counter(_normalised(line.text) for line in lines)
    for index, line in enumerate(lines):
        if index != title and kinds[index] is None and repeated[_normalised(line.text)] > 1:
            if _is_headline(line) and line.words >= 3:
                kinds[index] = "teaser"
    order = list(range(len(lines)))
    for indices in (order, order[::-1]):
        for index in indices:
            line = lines[index]
            if index == title or index <= first_prose or kinds[index] is not None:
                continue
            low, high = _STRAY_HEADLINE_WORDS
            if not (low <= line.words <= high and _is_headline(line) and is_title_case(line.text)):
                continue
            if index > last_prose or _beside_zone(kinds, index):
                kinds[index] = "teaser"


def _is_headline(line: Line) -> bool:
    """A line that ends without sentence punctuation, as headlines do, and credits nothing."""
    text = line.text
    if text[0] in "([" or credit_match(text) or is_prose(line):
        return False
    return text.rstrip(_CLOSERS)[-1:] not in ".!?:;,…"


def _beside_zone(kinds: Sequence[str | None], index: int) -> bool:
    before = kinds[index - 1] if index > 0 else None
    after = kinds[index + 1] if index + 1 < len(kinds) else None
    return before is not None or after is not None


def _mark_tail(
    lines: Sequence[Line], kinds: list[str | None], last_prose: int, markers: _Markers
) -> None:
    """Keyword lines and widget residue in another script after the last paragraph."""
    script = _dominant_script(line.text for line in lines)
    for index in range(last_prose + 1, len(lines)):
        if kinds[index] is not None:
            continue
        text = lines[index].text
        if _is_tag_list(text, markers):
            kinds[index] = "tags"
        elif script and lines[index].words <= _FOREIGN_MAX_WORDS:
            line_script = _dominant_script([text])
            if line_script and line_script != script:
                kinds[index] = "widget"


def _is_tag_list(text: str, markers: _Markers) -> bool:
    """A comma-separated list of short keywords, not a sentence."""
    if text.rstrip(_CLOSERS)[-1:] in ".!?:;…":
        return False
    items = [item.strip() for item in text.split(",")]
    if len(items) < markers.tag_min_items or not all(items):
        return False
    for item in items:
        if word_count(item) > markers.tag_max_words or item.lower().startswith(("and ", "or ")):
            return False
    return True


def _mark_counters(lines: Sequence[Line], kinds: list[str | None]) -> None:
    """A lone number beside widget lines is a comment or share count."""
    for index, line in enumerate(lines):
        if kinds[index] is None and _COUNTER.fullmatch(line.text) and _beside_zone(kinds, index):
            kinds[index] = "widget"


_LETTER = re.compile(r"[^\W\d_]")
_WITHOUT_ASCII_LETTERS = str.maketrans("", "", string.ascii_letters)


def _dominant_script(texts: Iterable[str]) -> str | None:
    """The writing system most letters are in ("LATIN", "CYRILLIC"), if clearly one."""
    counts: Counter[str] = Counter()
    for text in texts:
        # ASCII letters are Latin: counted at C speed, and only the rest is looked up.
        rest = text.translate(_WITHOUT_ASCII_LETTERS)
        if len(rest) < len(text):
            counts["LATIN"] += len(text) - len(rest)
        if rest.isascii():
            continue
        letters = Counter(_LETTER.findall(rest))  # count each distinct letter once, then weigh
        for char, number in letters.items():
            counts[_script(char)] += number
    if not counts:
        return None
    script, count = counts.most_common(1)[0]
    return script if count >= 0.9 * sum(counts.values()) else None


@cache
def _script(char: str) -> str:
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def _merge(doc: Document, lines: Sequence[Line], kinds: Sequence[str | None]) -> list[Zone]:
    """One zone per run of neighbouring lines of one kind."""
    zones: list[Zone] = []
    index = 0
    while index < len(lines):
        kind = kinds[index]
        if kind is None:
            index += 1
            continue
        last = index
        while (
            last + 1 < len(lines)
            and kinds[last + 1] == kind
            and lines[last + 1].number == lines[last].number + 1
        ):
            last += 1
        start, end = lines[index].start, lines[last].end
        zones.append(Zone(kind, make_span(doc, start, end), doc.text[start:end]))
        index = last + 1
    return zones


def credit_match(text: str) -> re.Match[str] | None:
    """A "Source: …" or "(Reporting by …)" line, its credit in the ``value`` group."""
    match = _credit_pattern().fullmatch(text) or _REPORTING.fullmatch(text)
    if match and len(match.group("value").split()) <= _CREDIT_MAX_WORDS:
        return match
    return None


@cache
def _credit_pattern() -> re.Pattern[str]:
    label = "(?:" + alternation(lexicon("outlets")["publication"]["credit_labels"]) + ")"
    return re.compile(rf"{label}(?:\s*/\s*{label})*\s*:\s*(?P<value>[^\n]*)", re.IGNORECASE)


def known_outlet(text: str) -> str | None:
    """The canonical name of an outlet written exactly as ``text``, if it is a known one."""
    return _outlet_names().get(_normalised(text))


@cache
def _outlet_names() -> dict[str, str]:
    """Every listed spelling, case-folded, to the outlet's canonical name."""
    names: dict[str, str] = {}
    for canonical, spellings in sorted(lexicon("outlets")["outlets"].items()):
        for spelling in (canonical, *spellings):
            names.setdefault(_normalised(spelling), canonical)
    return names


@cache
def _markers() -> _Markers:
    data: dict[str, Any] = lexicon("zones")
    teaser = data["teaser"]
    photo = data["photo"]
    return _Markers(
        labels={kind: _label_run(data[kind]["labels"]) for kind in _LABELLED},
        patterns={kind: _compile_all(data[kind]["patterns"]) for kind in _PATTERNED},
        teaser_heading=re.compile(
            "(?:" + alternation(teaser["headings"]) + r")\s*[:›»]?", re.IGNORECASE
        ),
        timestamps=_compile_all(teaser["timestamps"]),
        bullets=teaser["bullets"],
        count_suffix=re.compile(teaser["count_suffix"]),
        photo_credits=tuple(re.compile(p) for p in photo["credits"]),
        caption_suffix=re.compile(
            r"^.{10,}\s[-–—]\s*(?:" + alternation(photo["caption_suffixes"]) + r")\s*$",
            re.IGNORECASE,
        ),
        tag_min_items=int(data["tags"]["min_items"]),
        tag_max_words=int(data["tags"]["max_item_words"]),
        minor_words=frozenset(data["headline"]["minor_words"]),
    )


def _label_run(labels: Sequence[str]) -> re.Pattern[str]:
    """One or more labels, run together or apart ("Community standardsDiscussion")."""
    label = "(?:" + alternation(labels) + ")"
    return re.compile(f"{label}(?:{_SEPARATORS}{label})*", re.IGNORECASE)


def _compile_all(patterns: Sequence[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)
