"""Positions, paragraphs and sentences over a document's original text.

Nothing here changes the text: every helper returns offsets into it, so spans
built from them always slice out exactly what they name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, islice

from provlint.records import Document, Location, Span

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which each line begins (``\\r\\n``, ``\\r`` and ``\\n`` all end a line)."""
    if "\r" not in text:
        # The usual case: each line starts one past the end of the one before, read off
        # the lengths of the split lines (a third of the time of walking the breaks).
        return (0, *accumulate(len(line) + 1 for line in text.split("\n")[:-1]))
    return (0, *(match.end() for match in _LINE_BREAK.finditer(text)))


def position(starts: tuple[int, ...], offset: int) -> tuple[int, int]:
    """The 1-based (line, column) of an offset."""
    index = bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


def make_span(doc: Document, start: int, end: int) -> Span:
    """A span over ``doc.text[start:end]`` with its line and column filled in."""
    line, column = position(doc.line_starts, start)
    end_line, end_column = position(doc.line_starts, end)
    return Span(start, end, line, column, end_line, end_column)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` so it neither begins nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraphs(text: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """Each non-blank line as a ``(start, end)`` pair, white space trimmed.

    Scraped news keeps one paragraph per line, and teaser lists and headings
    sit on lines of their own, so a line is the safest paragraph unit.
    """
    return iter(_paragraphs(text, start))


_LINE = re.compile(r"[^\r\n]+")


# No paragraph of news runs this long (PolNeAR's longest is 2,573 characters):
# a longer line is read as several paragraphs of whole sentences, so that the
# readers' work on a paragraph stays bounded however long a file's lines are.
MAX_PARAGRAPH = 10_000


@lru_cache(maxsize=4)
def _paragraphs(text: str, start: int) -> tuple[tuple[int, int], ...]:
    # Every extractor reads the same article's paragraphs: they are split once.
    found = []
    for match in _LINE.finditer(text, start):
        para_start, para_end = strip_span(text, match.start(), match.end())
        if para_end - para_start > MAX_PARAGRAPH:
            found.extend(_parts(text, para_start, para_end))
        elif para_start < para_end:
            found.append((para_start, para_end))
    return tuple(found)


def _parts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """An overlong line as runs of whole sentences, each at most `MAX_PARAGRAPH` long."""
    part_start = part_end = start
    for sent_start, sent_end in _split_sentences(text, start, end):
        if sent_end - part_start > MAX_PARAGRAPH and part_end > part_start:
            yield part_start, part_end
            part_start = sent_start
        part_end = sent_end
    yield part_start, part_end


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms messrs dr prof sen sens rep reps gov govs gen col lt sgt capt cmdr adm st
    jr sr rev hon jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp ltd co
    u.s u.k u.n e.u a.m p.m dept fig approx est min max mt ft""".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+|$)")


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences, keeping closing quotes with their sentence."""
    return iter(_sentences(text, start, end))


@lru_cache(maxsize=1024)
def _sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    # The quote and claim extractors both read each paragraph's sentences: split once.
    return tuple(_split_sentences(text, start, end))


def forget_splits() -> None:
    """Drop the remembered paragraph and sentence splits: they serve the readers of
    one article, and an article may be two megabytes."""
    _paragraphs.cache_clear()
    _sentences.cache_clear()


# No sentence of news runs this long (PolNeAR's longest, of 34,167, is 1,094
# characters): a longer run is read in pieces of at most this length, so that
# reading a sentence costs the same however long a file's unbroken text is.
MAX_SENTENCE = 2000


def _split_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if match.group().startswith(".") and abbreviation_before(text, cursor, match.start()):
            continue
        following = _NEXT_VISIBLE.match(text, stop, end)
        if following and following.group(1).islower():
            continue
        yield from _pieces(text, cursor, stop)
        cursor = stop
    yield from _pieces(text, cursor, end)


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` trimmed, cut at spaces into runs of at most `MAX_SENTENCE`."""
    start, end = strip_span(text, start, end)
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        piece_end = cut if cut != -1 else start + MAX_SENTENCE
        yield strip_span(text, start, piece_end)
        start, end = strip_span(text, piece_end, end)
    if start < end:
        yield start, end


_NEXT_VISIBLE = re.compile(r"\s*(\S)")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_WORDS = re.compile(r"\w+(?:['’]\w+)*")


def _word_before(text: str, start: int, stop: int) -> str:
    """The run of word characters and dots that ends at ``stop``, not before ``start``.

    Walked back character by character: a regex search would read the whole
    sentence again at every full stop.
    """
    index = stop
    while index > start and (text[index - 1].isalnum() or text[index - 1] in "_."):
        index -= 1
    return text[index:stop]


def abbreviation_before(text: str, start: int, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation ("Sen.", "J.") rather
    than a sentence; the word is read back no further than ``start``."""
    word = _word_before(text, start, stop)
    if not word or not _is_abbreviation(word):
        return False
    if word.lower() == "no":
        # "No. 1" is a number; "the candidate said no." ends its sentence.
        return _NUMBER_AFTER.match(text, stop + 1) is not None
    # "… until the ferry docks at 7 p.m. She says …": an abbreviation that may end a
    # sentence does, before a word that only opens one.
    return word.lower() not in _MAY_END or _OPENER.match(text, stop + 1) is None


_NUMBER_AFTER = re.compile(r"\s*\d")
# Abbreviations a sentence may end on, and the words after them that open the next.
_MAY_END = frozenset("a.m p.m u.s u.k u.n inc corp ltd co jr sr etc".split())
_OPENER = re.compile(
    r"[\"'”’»]?\s+(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|There|His|Her|Their"
    r"|Its|But|And|As|In|On|When|If|After)\b"
)


def _is_abbreviation(word: str) -> bool:
    lowered = word.lower().rstrip(".")
    if lowered in _ABBREVIATIONS:
        return True
    # Initials ("J.", "A.B.") are abbreviations; a lone capital is an initial.
    return bool(_INITIALS.fullmatch(lowered))


_CLOSING_MARKS = frozenset("”\"»’'")


def continues_quotation(text: str, previous_end: int, start: int) -> bool:
    """Whether a quote starting at ``start`` is the next paragraph of a quotation left
    open at ``previous_end``: news style opens every paragraph of a long quotation
    and closes only the last."""
    between = text[previous_end:start]
    return text[previous_end - 1] not in _CLOSING_MARKS and "\n" in between and not between.strip()


def word_count(text: str) -> int:
    """How many words a string holds."""
    return len(_WORDS.findall(text))


class SpanIndex:
    """Spans looked up by what they overlap, answered in their list's order (so the
    first that answers is the one a walk down the list finds): an article's spans,
    each asked about once for every report or sentence, would cost the square of
    their number in a file of thousands."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = spans
        self._order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self._starts = [spans[i][0] for i in self._order]
        self._longest = max((end - start for start, end in spans), default=0)

    def overlapping(self, start: int, end: int) -> list[int]:
        """The indices, in order, of the spans [a, b) with a < end and start < b."""
        low = bisect_left(self._starts, start - self._longest)
        high = bisect_left(self._starts, end)
        spans = self._spans
        return sorted(i for i in self._order[low:high] if spans[i][0] < end and start < spans[i][1])

    def strictly_around(self, point: int) -> bool:
        """Whether a span holds ``point`` strictly inside it (a < point < b)."""
        return any(self._spans[i][0] < point for i in self.overlapping(point, point + 1))


def stripped_end(text: str, end: int, chars: str | None = None) -> int:
    """``len(text[:end].rstrip(chars))``, walked back from ``end``: the copy of all the
    text before it would cost the length of the article, at every call."""
    if chars is None:
        while end > 0 and text[end - 1].isspace():
            end -= 1
    else:
        while end > 0 and text[end - 1] in chars:
            end -= 1
    return end


def has_words(text: str, count: int) -> bool:
    """Whether a string holds at least ``count`` words, read no further than that."""
    return len(list(islice(_WORDS.finditer(text), count))) == count


def locate(file: str, text: str, span: Span | None) -> Location:
    """The Location of a span of ``file`` (line 1, column 1 for the whole file)."""
    if span is None:
        return Location(file, 0, 0, 1, 1, 1, 1, "")
    return Location(
        file,
        span.start,
        span.end,
        span.line,
        span.column,
        span.end_line,
        span.end_column,
        text[span.start : span.end],
    )


def alternation(phrases: Iterable[str], grouped: bool = False) -> str:
    """Phrases as one regex alternation: longest first, so that a longer phrase wins
    over its own start, and a space inside a phrase matching any white space.
    ``grouped`` gathers them by first letter (see ``by_first_letter``)."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    escaped = [re.escape(p).replace(r"\ ", r"\s+") for p in ordered]
    return by_first_letter(escaped) if grouped else "|".join(escaped)


def by_first_letter(alternatives: list[str]) -> str:
    """Regex alternatives joined with the same meaning, those that share a first
    lower-case letter gathered under it: "two|ten|one" gives "t(?:wo|en)|one".

    Faster under IGNORECASE, where the engine tries every alternative of a flat
    alternation in turn. Alternatives that start with different letters never
    match at the same place, so only the order within a group matters, and it is
    kept. Anything but plain words (a leading escape or quantifier) is joined as is.
    """
    if not all(
        a[:1] in _LOWER and a[1:2] not in _QUANTIFIERS and "|" not in a for a in alternatives
    ):
        return "|".join(alternatives)
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "|".join(
        first + rests[0] if len(rests) == 1 else f"{first}(?:{'|'.join(rests)})"
        for first, rests in groups.items()
    )


_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_QUANTIFIERS = frozenset("*+?{")


_WORD_START = re.compile(r"\b\w+")
_WORD = re.compile(r"\w+")


def last_word(text: str, start: int, end: int) -> str | None:
    """The word that the white space before ``end`` follows, within ``text[start:end]``
    ("the" of "the most telling"); None unless a word and white space end the span."""
    match = _LAST_WORD.search(text[start:end])
    return match.group(1) if match else None


# The leftmost match never starts inside a word, so the lookbehind changes no match; it
# spares the engine a try at every letter of every word.
_LAST_WORD = re.compile(r"(?<!\w)(\w+)\s+$")


def find_phrases(
    text: str, start: int, pattern: re.Pattern[str], first_words: frozenset[str]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start)`` for a pattern of listed phrases, found faster.

    A long alternation of phrases is slow to try at every character; trying it only
    where a word that can start a phrase stands gives the same matches. Those words
    are found in the lower-cased text by one case-sensitive scan, which is faster
    than lower-casing every word of the article in turn.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        words = _first_words(first_words).finditer(lowered, start)
    else:  # "İ" lowers to two characters: offsets into the lowered text would shift
        words = (w for w in _WORD_START.finditer(text, start) if w.group().lower() in first_words)
    position = start
    for word in words:
        if word.start() < position:
            continue
        match = pattern.match(text, word.start())
        if match is not None:
            yield match
            position = match.end()


@lru_cache(maxsize=8)
def _first_words(words: frozenset[str]) -> re.Pattern[str]:
    """Whole words that are one of the lower-case ``words``; a listed word with other
    than word characters is never a whole word, as in the per-word reading."""
    ordered = sorted((w for w in words if _WORD.fullmatch(w)), key=lambda w: (-len(w), w))
    alternatives = by_first_letter([re.escape(w) for w in ordered]) or "(?!)"  # none: no match
    return re.compile(rf"\b(?:{alternatives})\b")
