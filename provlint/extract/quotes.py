"""Quotes and who said them: direct, partial and indirect (reported) speech.

Direct quotes are found by pairing quotation marks within a paragraph (a
paragraph that opens a quote and never closes it continues into the next one
that opens with a mark). A speaker is looked for in this order: a reporting
verb right after the quote ("…,” Vershbow told journalists), a frame before it
("Lindqvist said: “…”", "according to X, “…”"), an interview label
("Lindqvist: …"), the reporting verb of the sentence around a partial quote,
and finally the speaker of the paragraph before, for a paragraph that is
nothing but a quote. Pronouns and descriptors ("he", "the Senator") are then
resolved to the nearest fitting person named earlier.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice

from provlint.checks.registry import in_zone
from provlint.extract import frames
from provlint.extract.cues import (
    CueMatch,
    attitude_verbs,
    cue_at,
    evidence_verbs,
    find_cues,
    has_cue,
    irregular_past,
    phrase_participles,
    record_nouns,
    report_verbs,
    speech_verbs,
    verb_lemmas,
)
from provlint.extract.frames import subject_before
from provlint.extract.speakers import (
    ADVERBS,
    DETERMINERS,
    Phrase,
    Resolver,
    classify,
    is_role,
    source_like,
)
from provlint.extract.zones import known_outlet
from provlint.records import Cue, Document, Person, Quote, QuoteKind, Speaker, SpeakerVia, Zone
from provlint.resources import lexicon
from provlint.text import (
    MAX_SENTENCE,
    SpanIndex,
    abbreviation_before,
    alternation,
    has_words,
    last_word,
    make_span,
    paragraphs,
    sentences,
    strip_span,
    stripped_end,
    word_count,
)

OPENERS = {"“": "”", "„": "“”", "«": "»", "»": "«", "‘": "’", "‚": "‘’"}
_DOUBLE_OPENERS = "“„«"
# Some archives write quotation marks as two apostrophes.
DOUBLED_APOSTROPHE = "''"
_LABEL = re.compile(r"([A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}|[a-z][\w\-]{2,20})\s*:\s+(?=\S)")
_LABEL_STOPWORDS = frozenset(
    "note update updated editor source sources photo video watch read related tags share "
    "warning correction disclaimer q a question answer".split()
)


@dataclass(frozen=True, slots=True)
class _Marked:
    """A quotation found by its marks: outer span and whether it was closed."""

    start: int
    end: int
    closed: bool
    width: int = 1  # characters in each mark: 2 for the archive form ''…''

    @property
    def inner_start(self) -> int:
        """Where the quoted words begin, just after the opening mark."""
        return self.start + self.width

    @property
    def inner_end(self) -> int:
        """Where the quoted words end: before the closing mark, or the paragraph's end."""
        return self.end - self.width if self.closed else self.end


@dataclass(frozen=True, slots=True)
class _Found:
    """A speaker phrase and the cue that introduced it."""

    phrase: Phrase
    cue: tuple[int, int] | None
    via: SpeakerVia


@dataclass(frozen=True, slots=True)
class _Frame:
    """A speech event a later quote can continue: who spoke, and the verb that said so.

    News writing runs one speech event over several quotes ("“Q1,” she said. “Q2.”")
    and paragraphs; the continuing quotes share the speaker and the cue.
    """

    speaker: Speaker
    cue: Cue | None

    @classmethod
    def of(cls, quote: Quote) -> _Frame | None:
        """The frame an attributed quote opens; None for a quote with no speaker."""
        return cls(quote.speaker, quote.cue) if quote.speaker is not None else None

    def continued(self) -> Speaker:
        """The speaker as a continuing quote records it."""
        speaker = self.speaker
        return Speaker(speaker.mention, speaker.span, speaker.name, "continuation")


def find_quotes(
    doc: Document, zones: tuple[Zone, ...], people: tuple[Person, ...]
) -> tuple[Quote, ...]:
    """Find direct, partial and indirect quotes and resolve their speakers."""
    text = doc.text
    paras = list(paragraphs(text, doc.body_start))
    marked = [pair_marks(text, start, end) for start, end in paras]
    _join_open_paragraphs(text, paras, marked)
    quoted = [(q.start, q.end) for group in marked for q in group]
    resolver = Resolver(people, quoted)
    labels = interview_labels(text, paras, zones)
    quotes: list[Quote] = []
    previous: _Frame | None = None  # the last speech event of the paragraph before
    open_frame: _Frame | None = None  # the speech event of a quote still open
    turn: _Frame | None = None  # the labelled answer an unlabelled paragraph continues
    for index, ((para_start, para_end), group) in enumerate(zip(paras, marked, strict=True)):
        if in_zone(para_start, para_end, zones):
            quotes.extend(_bare(doc, q) for q in group)
            previous = open_frame = turn = None
            continue
        label = _label_at(text, para_start, para_end, labels)
        if label or (turn and not group and word_count(text[para_start:para_end]) >= 4):
            quote, turn = _interview_turn(doc, para_start, para_end, label, turn, resolver)
            quotes.append(quote)
            previous = None
            continue
        turn = None
        found, last = _paragraph_quotes(
            doc, para_start, para_end, group, resolver, previous, open_frame
        )
        if para_start == paras[0][0] and not any(q.speaker and q.kind != "partial" for q in found):
            found.extend(_title_report(doc, para_start, para_end, resolver))
        if (
            index + 1 < len(paras)
            and len(group) == 1
            and _fills_paragraph(text, group[0], para_start, para_end)
            and found[0].speaker is None
        ):
            found[0] = _credited(doc, found[0], paras[index + 1], resolver)
        quotes.extend(found)
        open_frame = _Frame.of(found[-1]) if group and not group[-1].closed and found else None
        if text[para_end - 1] == ":":
            # "Frost continued:" / "The Gazette reports:" introduce the next paragraph,
            # also after the paragraph's own quotes ("“…” The skipper went on:").
            after = max((quote.span.end for quote in found), default=para_start)
            last = _colon_frame(doc, after, para_end, resolver) or last
        previous = last
    quotes = [_colon_cue(doc, quote) for quote in quotes]
    quotes.sort(key=lambda q: (q.span.start, q.span.end))
    quotes.extend(_phrase_reports(doc, quotes))
    return tuple(sorted(quotes, key=lambda q: (q.span.start, q.span.end)))


def _phrase_reports(doc: Document, quotes: list[Quote]) -> list[Quote]:
    """The report around a quoted phrase its sentence's verb frames, when none was read:
    "Holt told a briefing they are “laying the keel” for the ferry" reports "a briefing
    they are “laying the keel” for the ferry", as a reader (and the annotators) take it,
    not the three words alone.

    ``quotes`` are in text order. The report runs from the verb to the sentence's end,
    or to the next verb of speech or the next quotation someone else frames."""
    text = doc.text
    reports = SpanIndex([(q.span.start, q.span.end) for q in quotes if q.kind == "indirect"])
    framed = [q for q in quotes if q.kind == "direct" or (q.kind == "partial" and q.speaker)]
    framed_starts = [q.span.start for q in framed]
    found = []
    for quote in quotes:
        cue = quote.cue
        if (
            quote.kind != "partial"
            or quote.speaker is None
            or quote.speaker.via != "cue"
            or cue is None
            or not _frames_phrase(text, cue.span.end, quote.span.start)
            or _quote_names_a_work(text, quote)
            or reports.overlapping(quote.span.start, quote.span.start + 1)
        ):
            continue
        end = _phrase_report_end(text, quote, framed, framed_starts)
        start = _REPORT_OPENING.match(
            text, _after_listener(text, cue.span.end, quote.span.start), end
        ).end()
        if start < end:
            found.append(
                _indirect_quote(doc, (start, end), (cue.span.start, cue.span.end), quote.speaker)
            )
    return found


_REPORT_OPENING = re.compile(r"\s*(?:that\s+)?")
_LISTENER_WORDS = 4
_RELATIVE_OPENS = re.compile(r"\s*(?:which|who|whom|whose|where|when)\b")


def _after_listener(text: str, cue_end: int, phrase_start: int) -> int:
    """Where the words reported start after a listener set off by a comma ("tells the
    crowd, the pier is …"); a longer phrase, or one a relative clause goes on from
    ("told the story of the pier, which was …"), is what was told."""
    comma = text.rfind(",", cue_end, phrase_start)
    if (
        comma == -1
        or has_words(text[cue_end:comma], _LISTENER_WORDS + 1)
        or _RELATIVE_OPENS.match(text, comma + 1)
    ):
        return cue_end
    return comma + 1


_FRAME_WORDS = 12  # "called the new toll on the harbour’s two ferries “a disgrace”"


def _frames_phrase(text: str, cue_end: int, phrase_start: int) -> bool:
    """Whether a verb frames the quoted phrase after it: the same sentence, a few words
    apart, and words between them ("told reporters, “…”" and the second part of "“…,”
    Holt said, “…”" are quotations set off, not phrases inside a report)."""
    if not 0 <= phrase_start - cue_end <= MAX_SENTENCE:
        return False
    between = text[cue_end:phrase_start]
    return (
        has_words(between, 1)
        and not between.rstrip().endswith((",", ":"))
        and "\n" not in between
        and _sentence_stop(text, cue_end, phrase_start) is None
        and not has_words(between, _FRAME_WORDS + 1)
    )


_SENTENCE_END = re.compile(r"[.!?][\"”’']*(?=\s|$)|\n")


def _sentence_stop(text: str, start: int, limit: int) -> int | None:
    """Where the first sentence after ``start`` ends before ``limit``: not at the full
    stop of an abbreviation ("to Sen. Ruiz", "that Mr. Holt")."""
    for stop in _SENTENCE_END.finditer(text, start, limit):
        if text[stop.start()] != "." or not abbreviation_before(text, start, stop.start()):
            return stop.start()
    return None


_PHRASE_ENDS_SENTENCE = re.compile(r"[.!?][\"”’'»]*$")


def _phrase_report_end(
    text: str, quote: Quote, framed: list[Quote], framed_starts: list[int]
) -> int:
    """Where the report around a quoted phrase ends: with the phrase when it ends its
    sentence; else at the sentence's end, a verb of speech ("…, saying …") or another
    frame's quotation ("supports “raises,” opposes “freezes”"), less a joining word."""
    if _PHRASE_ENDS_SENTENCE.search(quote.text):
        return quote.span.end
    limit = min(len(text), quote.span.end + MAX_SENTENCE)
    stop = _sentence_stop(text, quote.span.end, limit)
    end = limit if stop is None else stop
    later = find_cues(text, quote.span.end, end)
    if later:
        # "… while Ruiz called it …": the next report starts with its speaker.
        subject = subject_before(text, quote.span.end, later[0].start())
        end = subject.start if subject is not None else later[0].start()
    # Indexed from the bisection: islice would walk every quotation before it.
    for index in range(bisect_left(framed_starts, quote.span.end), len(framed)):
        other = framed[index]
        if other.span.start >= end:
            break
        if other.cue != quote.cue:
            end = other.span.start
            break
    return _without_joining_words(text, quote.span.end, end)


_TRAILING_JOINT = re.compile(
    r"(?:[\s,;(—–-]|\b(?:and|or|but|while|whereas|as|when|because|though|although|since|"
    r"after|before|if|that|who|which|where)\b)+$"
)


def _without_joining_words(text: str, start: int, end: int) -> int:
    """``end`` walked back over spaces, commas, dashes and the words that join a clause
    ("and", "while", "who")."""
    joint = _TRAILING_JOINT.search(text, start, end)
    return joint.start() if joint else end


_COLON_BEFORE = re.compile(r":\s*$")


def _colon_cue(doc: Document, quote: Quote) -> Quote:
    """A quotation nobody is said to speak, introduced by a colon ("Then, on the hull
    in red letters: “…”", or a paragraph ending in one): the colon is its cue."""
    if quote.speaker or quote.cue or quote.kind != "direct" or quote.in_zone:
        return quote
    colon = _COLON_BEFORE.search(doc.text, max(0, quote.span.start - 40), quote.span.start)
    if colon is None or "\n\n\n" in colon.group():
        return quote
    at = colon.start()
    return replace(quote, cue=Cue(":", make_span(doc, at, at + 1)))


_OPENING_MARK = re.compile(r"''|[\"“„«‘]")


def pair_marks(text: str, start: int, end: int) -> list[_Marked]:
    """Pair the quotation marks of one paragraph; an unclosed quote runs to its end."""
    found: list[_Marked] = []
    index = start
    while index < end:
        candidate = _OPENING_MARK.search(text, index, end)  # skip the words in between
        if candidate is None:
            break
        index = candidate.start()
        char = text[index]
        if text.startswith(DOUBLED_APOSTROPHE, index, end):
            if not _can_open(text, index, start, width=2):
                index += 2
                continue
            close = _doubled_close(text, index, end)
            if close is None:
                found.append(_Marked(index, end, False, 2))
                break
            found.append(_Marked(index, close + 2, True, 2))
            index = close + 2
            continue
        if char == '"' and text[index - 1 : index] == "=":
            # <post post-date="May 2, 2016">: an attribute's value, no quotation.
            close = text.find('"', index + 1, end)
            if close == -1:
                break
            index = close + 1
            continue
        if char == '"' and text.startswith(">", index + 1, end):
            index += 1  # '">': the close of a value left open on the line before
            continue
        if char == '"':
            close = _straight_close(text, index, end)
            if close is None:
                if _can_open(text, index, start):
                    found.append(_Marked(index, end, False))
                break
            found.append(_Marked(index, close + 1, True))
            index = close + 1
            continue
        if char in _DOUBLE_OPENERS and _can_open(text, index, start):
            close = _curly_close(text, index, end)
            if close is None:
                found.append(_Marked(index, end, False))
                break
            found.append(_Marked(index, close + 1, True))
            index = close + 1
            continue
        if char == "‘" and _can_open(text, index, start) and not _YEAR.match(text, index + 1):
            close = _single_close(text, index, end)
            if close is not None:
                found.append(_Marked(index, close + 1, True))
                index = close + 1
                continue
        index += 1
    return [m for m in found if word_count(text[m.inner_start : m.inner_end])]


# "in ‘08", "the ‘90s": a year cut short, written with an opening mark by mistake.
_YEAR = re.compile(r"\d\d(?!\d)")


def _can_open(text: str, index: int, para_start: int, width: int = 1) -> bool:
    before = text[index - 1] if index > para_start else " "
    after = text[index + width] if index + width < len(text) else " "
    # French typography puts a space inside guillemets: « nous resterons ».
    spaced_ok = text[index] == "«" and after in " \u00a0\u202f"
    return (before.isspace() or before in "([{—–-/:;,") and (spaced_ok or not after.isspace())


def _straight_close(text: str, index: int, end: int) -> int | None:
    """The next straight mark, or a curly closer before it: web copy mixes the two."""
    close = text.find('"', index + 1, end)
    limit = close if close != -1 else end
    curly = _CURLY_CLOSER.search(text, index + 1, limit)
    if curly is not None and "“" not in text[index + 1 : curly.start()]:
        return curly.start()  # unless it closes a curly quotation nested inside
    return close if close != -1 else None


_CURLY_CLOSER = re.compile(r"”(?![\w“])")


# "he’s like 6’2”": feet and inches, no closing mark.
_INCHES = re.compile(r"\d[’']\d{1,2}$")


def _curly_close(text: str, index: int, end: int) -> int | None:
    closers = OPENERS[text[index]]
    depth_opener = text[index]
    position = index + 1
    nested_straight = False
    while position < end:
        char = text[position]
        if (
            char in closers
            and not (char == depth_opener and _can_open(text, position, index))
            and not _INCHES.search(text, max(index, position - 4), position)
        ):
            return position
        if char == '"' and depth_opener == "“":
            # Web copy mixes styles the other way too: “Roads are crumbling," she said.
            # A straight mark shaped as a closer closes, unless one opened inside.
            if _shaped_to_close(text, position, end):
                if not nested_straight:
                    return position
                nested_straight = False
            elif _can_open(text, position, index):
                nested_straight = True
        if char == depth_opener and char not in closers:
            # A second opener before any closer, followed by a space or a stop: the
            # writer (or a keyboard's smart quotes) used it to close.
            following = text[position + 1 : position + 2]
            if not following or following.isspace() or following in ".,;:!?":
                return position
        position += 1
    return None


def _shaped_to_close(text: str, position: int, end: int) -> bool:
    """A mark right after a word or stop and before a space, a stop or the paragraph's end."""
    before = text[position - 1]
    after = text[position + 1] if position + 1 < end else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]—–")


def _doubled_close(text: str, index: int, end: int) -> int | None:
    """Where the closing '' of an archive-style quotation starts."""
    close = text.find(DOUBLED_APOSTROPHE, index + 2, end)
    if close == -1:
        return None
    # Three apostrophes close a single quotation inside the double one: the last two close it.
    return close + 1 if text.startswith("'", close + 2) else close


def _single_close(text: str, index: int, end: int) -> int | None:
    for match in re.finditer("’", text[index + 1 : end]):
        position = index + 1 + match.start()
        following = text[position + 1 : position + 2]
        if not following or not following.isalpha():
            return position
    return None


def _join_open_paragraphs(
    text: str, paras: list[tuple[int, int]], marked: list[list[_Marked]]
) -> None:
    """Keep an unclosed quote only when it is a paragraph-spanning quote (or ends the text)."""
    for index, group in enumerate(marked):
        if not group or group[-1].closed:
            continue
        following = paras[index + 1] if index + 1 < len(paras) else None
        opens_next = following is not None and (
            text[following[0]] in '"“„«' or text.startswith(DOUBLED_APOSTROPHE, following[0])
        )
        opens_here = group[-1].start == paras[index][0]
        if not (opens_next or opens_here or _opens_after_a_stop(text, paras[index][0], group[-1])):
            group.pop()


_STOP_OR_FRAME = re.compile(r"(?:[.!?][\"”’']?|[,:])\s*$")


def _opens_after_a_stop(text: str, para_start: int, marked: _Marked) -> bool:
    """A quotation opened after a full stop or a frame's comma or colon and never closed
    ("…,” said Holt. “The pier is sound. It will stay open." ends its paragraph): the
    writer left off the last mark, and the quotation runs to the paragraph's end."""
    return bool(_STOP_OR_FRAME.search(text, max(para_start, marked.start - 3), marked.start))


def _title_report(doc: Document, start: int, end: int, resolver: Resolver) -> list[Quote]:
    """The attribution of an article's title: "Holt: I Won't Back the Ferry Levy",
    "Mayor Says Pier Will Reopen".

    Only for a first paragraph of one short line, and only when the source is a
    person the article names or a source-like group ("Poll: …"): "Analysis: …"
    and "Breaking: …" attribute nothing.
    """
    text = doc.text
    if "\n" in text[start:end] or word_count(text[start:end]) > _TITLE_WORDS:
        return []
    labelled = _TITLE_SOURCE.match(text, start, end)
    if labelled is not None:
        addressed = _ADDRESSED.search(text, labelled.start(1), labelled.end(1))
        # "Ortiz to Ferry Workers Union: …": the source is who speaks, not the audience.
        phrase = classify(
            text, labelled.start(1), addressed.start() if addressed else labelled.end(1)
        )
        if phrase is not None and phrase.start != labelled.start(1):
            return []  # "Holt Thanks Skipper Ivo Marsh: …": more than a source
        cue, content_start = labelled.span(2), labelled.end()
    else:
        said = [c for c in find_cues(text, start, end, title_case=True) if c.group()[0].isupper()]
        if not said or _head_verb(said[0].group()) is None:
            return []
        phrase = classify(text, *strip_span(text, start, said[0].start()))
        cue = said[0].span()
        content_start = frames.content_after(text, cue[1], end, said[0].group().lower())
    if phrase is None or content_start is None:
        return []
    if not (_names_a_source(phrase, resolver) or (labelled and _named_again(text, phrase, end))):
        return []
    content = _reported(text, content_start, end)
    if word_count(text[content[0] : content[1]]) < _MIN_CONTENT_WORDS:
        return []
    speaker = _resolve(doc, _Found(phrase, cue, "cue"), resolver)
    return [_indirect_quote(doc, content, cue, speaker)]


_TITLE_WORDS = 25
_ADDRESSED = re.compile(r"\s+(?i:to)\s+\S")
# "Ben Holt: …", "Poll: …": a source and a colon opening the title.
_TITLE_SOURCE = re.compile(r"([^:\n]{2,60}?)\s*(:)\s+(?=\S)")


def _named_again(text: str, label: Phrase, title_end: int) -> bool:
    """A title's label that the article names again: "Marsh: …" over a column by Nora
    Marsh, "EB Gazette: …" over a story from The Eastport Bay Gazette ("Analysis: …" is none)."""
    last = label.text.split()[-1]
    if label.kind != "name" or last.lower() in _SECTION_LABELS:
        return False
    flags = re.IGNORECASE if last.isupper() else 0  # "HARBOURWATCH: …" over "HarbourWatch"
    return re.search(rf"\b{re.escape(last)}\b", text[title_end:], flags) is not None


# Labels of a kind of article, not of a source, before a title's colon.
_SECTION_LABELS = frozenset(
    "analysis breaking exclusive opinion editorial update updated watch video live review "
    "explainer factbox photos podcast quiz commentary perspective column letters latest "
    "daily".split()
)


def _names_a_source(phrase: Phrase, resolver: Resolver) -> bool:
    """A person the article names, or a group that can be a source ("Poll", "Officials")."""
    if phrase.kind == "name":
        # A capitalised common noun reads as a name in a title: "Poll", "New Poll".
        return (
            resolver.by_name(phrase.text) is not None
            or source_like(phrase.text.lower())
            or known_outlet(phrase.text) is not None  # an outlet listed in outlets.toml
        )
    return phrase.kind == "group" and source_like(phrase.text)


def interview_labels(
    text: str, paras: list[tuple[int, int]], zones: tuple[Zone, ...]
) -> frozenset[str]:
    """Labels that open paragraphs of a transcript: a speaker's label used twice
    ("Lindqvist:", "quaytv:"; "NORA FROST:" then "FROST:" is one speaker),
    or any capitals label among two or more ("HOLT:" beside "MARSH:")."""
    found: list[str] = []
    for start, end in paras:
        if in_zone(start, end, zones):
            continue
        match = _labelled(text, start, end)
        if match and match.group(1).lower() not in _LABEL_STOPWORDS:
            found.append(match.group(1))
    speakers = Counter(label.split()[-1] for label in found)
    capitals = {label for label in found if label.isupper() and len(label) > 1}
    return frozenset(
        label
        for label in found
        if speakers[label.split()[-1]] >= 2 or (label in capitals and len(capitals) >= 2)
    )


def _label_at(text: str, start: int, end: int, labels: frozenset[str]) -> re.Match[str] | None:
    match = _labelled(text, start, end)
    return match if match and match.group(1) in labels else None


def _labelled(text: str, start: int, end: int) -> re.Match[str] | None:
    """A label opening a paragraph of words ("Ada Ortiz: 1,284." is a tally)."""
    match = _LABEL.match(text, start, end)
    return match if match and _WORDS.search(text, match.end(), end) else None


_WORDS = re.compile(r"[^\W\d_]{2,}")


def _interview_turn(
    doc: Document,
    start: int,
    end: int,
    label: re.Match[str] | None,
    current: _Frame | None,
    resolver: Resolver,
) -> tuple[Quote, _Frame]:
    """A transcript paragraph: a labelled answer, or an unlabelled one continuing it
    with the label's speaker and colon."""
    if label:
        name_start, name_end = label.span(1)
        written = doc.text[name_start:name_end]
        person = resolver.by_name(written)
        speaker = Speaker(
            written,
            make_span(doc, name_start, name_end),
            person.name if person else written,
            "label",
        )
        colon = doc.text.index(":", name_end)
        cue = Cue(":", make_span(doc, colon, colon + 1))
        content_start = label.end()
    else:
        assert current is not None
        speaker, cue = current.continued(), current.cue
        content_start = start
    quote = Quote(
        "direct", make_span(doc, content_start, end), doc.text[content_start:end], cue, speaker
    )
    return quote, _Frame(Speaker(speaker.mention, speaker.span, speaker.name, "label"), cue)


def _bare(doc: Document, marked: _Marked) -> Quote:
    """A quotation inside boilerplate: recorded, never attributed."""
    span = make_span(doc, marked.start, marked.end)
    text = doc.text[marked.start : marked.end]
    return Quote(_kind(doc.text, marked, None), span, text, None, None, in_zone=True)


def _paragraph_quotes(
    doc: Document,
    para_start: int,
    para_end: int,
    group: list[_Marked],
    resolver: Resolver,
    previous: _Frame | None,
    open_frame: _Frame | None,
) -> tuple[list[Quote], _Frame | None]:
    """Attribute the quotes of one paragraph, then look for reported speech in it."""
    text = doc.text
    quotes: list[Quote] = []
    participles: list[Quote] = []
    lead_ins: list[Quote] = []
    last: _Frame | None = None
    for position, marked in enumerate(group):
        left = group[position - 1].end if position else para_start
        right = group[position + 1].start if position + 1 < len(group) else para_end
        found = (
            _inner_label(text, marked)
            or _trailing(text, marked, right)
            or _closing_frame(text, marked, right)
            or (
                position == len(group) - 1 == 0
                and marked.start == para_start
                and _credit(text, marked.end, right)
            )
            or _leading(text, marked, left, para_start, group[position - 1] if position else None)
        )
        if found is None and position == 0 and _fills_paragraph(text, marked, para_start, para_end):
            carried = open_frame or previous
            if carried is not None:
                quote = _quote(doc, marked, None, carried.continued(), carried.cue)
                quotes.append(quote)
                last = _Frame.of(quote)
                continue
        speaker = _resolve(doc, found, resolver) if found else None
        quote = _quote(doc, marked, found, speaker)
        if (
            position
            and quotes
            and quotes[-1].speaker
            and (
                speaker is None or _continues(text, quotes[-1], found, group[position - 1], marked)
            )
            and _interleaved(text, group[position - 1], marked)
        ):
            # "“Q1,” X wrote, explaining why he spoke, “Q2”": one frame interrupts one
            # quotation; a verb later in the frame does not start another, unless it
            # introduces the second part itself ("…,” adding, “Q2”").
            cue = _introducing_participle(doc, group[position - 1].end, marked)
            quote = replace(quote, speaker=quotes[-1].speaker, cue=cue or quotes[-1].cue)
        if (
            speaker is not None
            and found is not None
            and found.cue
            and found.cue[0] > marked.end
            and quotes
            and quotes[-1].speaker is None
            and _LISTED.fullmatch(text, group[position - 1].end, marked.start)
            and _SENTENCE_OPENING.search(text[para_start : group[position - 1].start])
        ):
            # "“Q1” and “Q2,” Ruiz said": one frame after both quotations.
            quotes[-1] = replace(quotes[-1], speaker=speaker, cue=quote.cue)
        quotes.append(quote)
        last = _Frame.of(quote) or last
        if found is not None and speaker is not None and found.cue:
            if found.cue[0] > marked.end:
                participles.extend(_clause_carried_on(doc, marked, found, speaker))
                participles.extend(_participle_report(doc, _frame_end(found), speaker, para_end))
            else:
                lead_ins.extend(_lead_in(doc, marked, found, speaker))
                if _comma_before(text, marked.end, marked.start):
                    # "Ruiz said, “I don’t like it,” adding that …": the participle after
                    # the quotation reports for the speaker framed before it.
                    participles.extend(_participle_report(doc, marked.end, speaker, para_end))
    # A participle after a frame may be read twice, from the quotation and from the clause
    # before it ("A “b,” Ruiz said, adding that …"): one record.
    reported = list(
        dict.fromkeys(participles + _reported_speech(doc, para_start, para_end, group, resolver))
    )
    reported.extend(_unheld(lead_ins, reported))
    quotes = [_inherit_frame(text, quote, reported) for quote in quotes]
    carried = open_frame or previous
    floated = [
        _float(quote, quotes + reported, carried, _bare_frame(doc, para_start, quote, resolver))
        if _floats(text, quote)
        else quote
        for quote in quotes
    ]
    for marked, quote, after in zip(group, quotes, floated, strict=True):
        if quote.speaker is None and after.speaker is not None:
            reported.extend(_floated_clause(doc, marked, after, para_end))
    quotes = floated
    quoted = {(quote.span.start, quote.span.end) for quote in quotes}
    # "Lindqvist said “the levy is a tax.”": the quotation is the whole report; one record.
    reported = [quote for quote in reported if (quote.span.start, quote.span.end) not in quoted]
    quotes.extend(reported)
    latest = _latest_starts(quotes) if reported else {}
    # The last frame's speaker may hold no quote now: a nearer report took its phrase.
    for quote in reported:
        if quote.speaker is not None and (
            last is None or quote.span.start > latest.get(last.speaker, -1)
        ):
            last = _Frame.of(quote)
    return quotes, last


def _clause_carried_on(
    doc: Document, marked: _Marked, found: _Found, speaker: Speaker
) -> list[Quote]:
    """The rest of a clause a quotation breaks off in (`_carried_on`), up to the frame
    after it: in "“We are horrified” by the loss of the ferry, Ruiz said." Ruiz
    reports the whole clause, and readers (and the annotators) take it so."""
    text = doc.text
    assert found.cue is not None
    start = _carried_on(text, marked)
    frame_start = min(found.phrase.start, found.cue[0])
    if start is None or frame_start <= start:
        return []
    comma = text.rfind(",", start, frame_start)
    if comma == -1 or text[comma + 1 : frame_start].strip():
        return []
    return _clause_report(doc, (start, comma), found.cue, speaker)


def _floated_clause(doc: Document, marked: _Marked, quote: Quote, para_end: int) -> list[Quote]:
    """The rest of the sentence a floating quotation breaks off in (`_carried_on`):
    after "“We will not give up,” Ruiz said." the words in "“That is the fight we are
    taking” to the islands." are hers, the last three too."""
    text = doc.text
    start = _carried_on(text, marked)
    if start is None or quote.cue is None:
        return []
    if word_count(text[marked.start : marked.end]) < _MIN_CONTENT_WORDS:
        return []  # "“Non-paper” is a term for …": a word named, not a sentence spoken
    sentence = next(sentences(text, start, para_end), None)
    if sentence is None:
        return []
    content = _reported(text, start, sentence[1])
    if has_cue(text, *content):
        return []  # "“…” from the pier, in Ruiz's view, …": a frame of its own
    cue = (quote.cue.span.start, quote.cue.span.end)
    return _clause_report(doc, content, cue, quote.speaker)


def _carried_on(text: str, marked: _Marked) -> int | None:
    """Where the words start that carry on a clause a quotation opens and breaks off
    in ("“We are horrified” by …"); None for a quotation closed by a comma or a stop,
    which ends its clause itself."""
    inner = text[marked.start : marked.inner_end].rstrip(" ’'")
    if not inner[-1:].isalnum() or not _opens_sentence(text, marked.start):
        return None
    words = _CARRIED_ON.match(text, marked.end)
    return words.end() if words else None


# After a closing mark, a lower-case word that carries the clause on.
_CARRIED_ON = re.compile(r"[ \t]+(?=[a-z])")


def _lead_in(doc: Document, marked: _Marked, found: _Found, speaker: Speaker) -> list[Quote]:
    """The start of a that-clause the quotation after it completes: in "Ruiz said that
    after the storm, “The pier held.”" the report is "that after the storm, “The pier
    held.”", not the quotation alone."""
    assert found.cue is not None
    lead = _THAT_LEAD.fullmatch(doc.text, found.cue[1], marked.start)
    if lead is None:
        return []
    return _clause_report(doc, lead.span(1), found.cue, speaker)


# Between a frame's verb and a quotation: "that" and words up to a comma, no stop; the
# listener or the time may come first ("tells crowds that …", "said Monday that …").
_THAT_LEAD = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?(that\s+[^“”\"\n.!?;:]*?)\s*,\s*")


def _clause_report(
    doc: Document, content: tuple[int, int], cue: tuple[int, int], speaker: Speaker | None
) -> list[Quote]:
    """Words before or after a quotation, reported with its frame: when they are words
    (two at least) and hold no quotation of their own."""
    if word_count(doc.text[content[0] : content[1]]) < 2 or _MARKS.search(doc.text, *content):
        return []
    return [_indirect_quote(doc, content, cue, speaker)]


def _unheld(lead_ins: list[Quote], reported: list[Quote]) -> list[Quote]:
    """The lead-ins no report of their sentence already holds: one record, not two."""
    if not lead_ins:
        return []
    spans = [(quote.span.start, quote.span.end) for quote in reported]
    index = SpanIndex(spans)
    return [
        lead
        for lead in lead_ins
        if not any(
            spans[i][0] <= lead.span.start and lead.span.end <= spans[i][1]
            for i in index.overlapping(lead.span.start, lead.span.end)
        )
    ]


# ", adding …", ", before insisting …": a participle after a frame reports anew, also
# past the frame's listener or its topic ("told Harbour Radio's Morning Tide on Sunday, saying").
_COMMA = re.compile(r"((?:\s+[^\s,;:.!?“”\"]+){0,8}?)\s*,\s*(?:(?:before|after|while)\s+)?")
# A verb among those words starts a clause of its own: "…,” Holt seized on it, repeating".
_FINITE = re.compile(r"\b(?:[a-z]+ed|has|have|had|is|was|are|were|will|would)\b")


# The speaker's description between the frame and a participle: ", the harbour's head
# of music," (a comma closes it; no verb of speech inside, which would be the participle).
_DESCRIPTION = re.compile(r"(,\s*[^\s,;:.!?“”\"]+(?:\s+[^\s,;:.!?“”\"]+){0,14})(?=,)")


def _frame_end(found: _Found) -> int:
    """Where a frame ends: past its speaker and its verb, whichever comes last."""
    return max(found.phrase.end, found.cue[1] if found.cue else 0)


def _comma_before(text: str, end: int, start: int = 0) -> bool:
    """ "“I don’t like it,” adding …": a comma ends the clause, inside the closing marks
    of a quotation or not (only the last few characters before ``end`` are read)."""
    return text[max(start, end - 6) : end].rstrip("”\"'’»").endswith(",")


def _participle_report(doc: Document, frame_end: int, speaker: Speaker, limit: int) -> list[Quote]:
    """ "“…,” said Frost, explaining he worked with Obi" or "…, who said he worked
    with Obi": a second report."""
    text = doc.text
    tag = _PARENTHESES.match(text, frame_end, limit)  # "said Rep. Lena Holt (D-Ore.), adding"
    after = frames.skip_right(text, tag.end() if tag else frame_end, limit)  # "said Monday, adding"
    for _ in range(2):  # "said Ruiz, a diver from Leith, Scotland, who said"
        described = _DESCRIPTION.match(text, after, limit)
        if (
            described is None
            or not _describes(described.group(1), loosely=True)
            or has_cue(text, described.start(1), described.end(1))
        ):
            break
        after = described.end(1)  # "said Ruiz, the harbour's head of music, referring to"
    who = _WHO.match(text, after, limit)
    if who is not None:
        # "…, who stressed that the pier was safe": a finite verb of speech.
        cue = cue_at(text, who.end(), limit)
        if cue is None or _is_participle(cue) or _head_verb(cue.group()) is None:
            return []
        return _report_after(doc, cue, speaker, limit)
    comma = _COMMA.match(text, after, limit)
    if comma is not None and (
        _FINITE.search(comma.group(1)) or has_cue(text, comma.start(1), comma.end(1))
    ):
        comma = None
    if comma is None and not ("," in text[frame_end:after] or _comma_before(text, frame_end)):
        return []
    cue = cue_at(text, comma.end() if comma else frames.word_start(text, after), limit)
    if cue is None or not _is_participle(cue):
        return []
    return _report_after(doc, cue, speaker, limit)


# A short aside in brackets after the frame's speaker: a party tag, an age.
_PARENTHESES = re.compile(r"\s*\([^()\n]{1,30}\)")
# ", who said …" after the frame's speaker: a relative clause of the speaker's own.
_WHO = re.compile(r"\s*,\s*who\s+(?:also\s+|later\s+|then\s+)?")


def _report_after(doc: Document, cue: CueMatch, speaker: Speaker, limit: int) -> list[Quote]:
    """The report a second verb of the speaker's makes, to its sentence's end."""
    text = doc.text
    end = next(sentences(text, cue.end(), limit), (0, limit))[1]
    start = frames.content_after(text, cue.end(), end, cue.group())
    if start is None:
        return []
    content = _reported(text, start, end)
    if word_count(text[content[0] : content[1]]) < _MIN_CONTENT_WORDS:
        return []
    return [_indirect_quote(doc, content, cue.span(), speaker)]


def _floats(text: str, quote: Quote) -> bool:
    """Whether a quote stands alone: direct, with no speaker and no frame after it."""
    return quote.speaker is None and quote.kind == "direct" and not _frame_follows(text, quote)


def _float(quote: Quote, nearby: list[Quote], carried: _Frame | None, bare: _Frame | None) -> Quote:
    """A direct quote standing alone (`_floats`) continues the speech event just before it.

    "Ruiz spoke in Eastport. “We will win,” the crowd heard." — news writing
    lets a quote float after its speaker, in the same paragraph or the next. A
    sentence right before it whose verb of speech reports nothing ("Holt
    agreed.") is that event.
    """
    earlier = [q for q in nearby if q.speaker is not None and q.span.end <= quote.span.start]
    source = _Frame.of(_speech_before(earlier)) if earlier else carried
    if bare is not None and not any(q.span.end > bare.cue.span.start for q in earlier):
        source = bare
    if source is None:
        return quote
    return replace(quote, speaker=source.continued(), cue=quote.cue or source.cue)


def _bare_frame(doc: Document, para_start: int, quote: Quote, resolver: Resolver) -> _Frame | None:
    """The sentence right before a floating quotation, when a named speaker's verb of
    speech in it reports nothing of its own: "Holt agreed.", "Ruiz tweeted a warning."."""
    text = doc.text
    end = quote.span.start
    before = text[para_start:end].rstrip(" \t:")
    if not before.endswith("."):
        return None
    stop = para_start + len(before) - 1
    start = _sentence_start(text, max(para_start, stop - MAX_SENTENCE), stop - 1)
    if _OPENING_MARK.search(text, start, stop):
        return None  # "“…,” Berg said after Holt replied.": the sentence frames a quotation
    for cue in reversed(find_cues(text, start, stop)[:_CUES_READ]):
        head = _head_verb(cue.group())
        if head not in speech_verbs() or head in frames.talk_verbs():
            continue  # "where Ortiz rarely spoke": talk, no speech event
        if _NEGATED.search(text, start, cue.start()):
            return None
        subject = subject_before(text, start, cue.start())
        if subject is None or subject.kind not in ("name", "descriptor", "pronoun"):
            continue
        if word_count(text[cue.end() : stop]) >= _MIN_CONTENT_WORDS:
            return None  # "Holt said the pier was safe.": a report of its own
        speaker = _resolve(doc, _Found(subject, cue.span(), "cue"), resolver)
        return _Frame(speaker, Cue(cue.group(), make_span(doc, cue.start(), cue.end())))
    return None


_NEGATED = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?$|n['’]t\s+$")


def _speech_before(earlier: list[Quote]) -> Quote:
    """The last of the quotes before a floating one, unless a participle that is no verb
    of speech reported it after its speaker's own quote: "“Q1,” said Obi, referring
    to the toll. “Q2.”" goes on with what Obi said ("adding that …" would go on)."""
    last = max(earlier, key=lambda q: q.span.start)
    if not _aside(last):
        return last
    spoken = [q for q in earlier if q.speaker == last.speaker and not _aside(q)]
    return max(spoken, key=lambda q: q.span.start) if spoken else last


def _aside(quote: Quote) -> bool:
    """A report by a participle that does not speak: "referring to", "citing", "calling"."""
    if quote.cue is None:
        return False
    verb = quote.cue.text.split()[0].lower()
    return verb.endswith("ing") and verb not in speech_verbs()


def _frame_follows(text: str, quote: Quote) -> bool:
    """A reporting verb right after the quote: its own frame is there, if unreadable."""
    end = quote.span.end
    if not text[quote.span.start : end].rstrip(" ”\"'’»").endswith((",", "!", "?")):
        return False  # a full stop ends the sentence: what follows is another one
    newline = text.find("\n", end)
    para_end = newline if newline != -1 else len(text)
    following = _OPENING_MARK.search(text, end, para_end)
    if following and _introduces_next(text, _TRAIL_GAP.match(text, end).end(), following.start()):
        return False  # "“Why now?” Marsh wrote back: “…”": the next quotation's frame
    limit = min(end + 60, para_end)  # the frame is in its paragraph
    return bool(find_cues(text, end, frames.clause_end(text, end, limit)))


# A credit line: a dash, then who said it ("— Ana Ruiz, harbour chief").
_CREDIT = re.compile(r"[ \t]*(?:[—–]+|-{1,2})[ \t]*(?=[A-Z])")


def _credit(text: str, start: int, end: int) -> _Found | None:
    """ "“…” — Ana Ruiz" or "- Ana Ruiz, harbour chief": the name after a dash that ends
    the paragraph is the quote's source."""
    dash = _CREDIT.match(text, start, end)
    if dash is None or word_count(text[dash.end() : end]) > _CREDIT_WORDS:
        return None
    if re.search(r"[.!?]\s+\S", text[dash.end() : end]):
        return None  # the line must end with the credit, not go on to another sentence
    comma = text.find(",", dash.end(), end)
    name_end = len(text[: comma if comma != -1 else end].rstrip(" ."))
    phrase = classify(text, dash.end(), name_end)
    if phrase is None or phrase.kind != "name":
        return None
    return _Found(phrase, _trim(text, dash.span()), "label")


_CREDIT_WORDS = 12


def _credited(doc: Document, quote: Quote, credit: tuple[int, int], resolver: Resolver) -> Quote:
    """A quotation alone in its paragraph, credited on the next line ("- Lena Obi.",
    or "Lena Obi.”" where the credit line closes the quotation)."""
    text = doc.text
    if quote.kind != "direct":
        return quote
    found = _credit(text, credit[0], credit[1]) or _closing_credit(text, credit[0], credit[1])
    if found is None or found.cue is None:
        return quote
    start, end = found.cue
    cue = Cue(text[start:end], make_span(doc, start, end))
    return replace(quote, speaker=_resolve(doc, found, resolver), cue=cue)


def _closing_credit(text: str, start: int, end: int) -> _Found | None:
    """A pulled quotation's credit on a line of its own that ends with the closing
    mark: after "“… another winter of tolls." a line "Dana Ruiz, Island Ferry Trust.”"
    makes it Ruiz's. A name, with roles in lower case at most (not "God bless the
    harbour.”")."""
    line = _CLOSING_CREDIT.fullmatch(text, start, end)
    if line is None or word_count(line.group(1)) > _CREDIT_WORDS:
        return None
    name = line.group(1).split(",")[0].rstrip()
    phrase = classify(text, start, start + len(name))
    if phrase is None or phrase.kind != "name" or phrase.end != start + len(name):
        return None
    if any(word.islower() and not is_role(word) for word in phrase.text.split()):
        return None
    return _Found(phrase, line.span(2), "label")  # the closing mark, as annotators mark it


_CLOSING_CREDIT = re.compile(r"([A-Z][^\n“”\"]*?)\.?([”\"])[ \t]*")


def _inherit_frame(text: str, quote: Quote, reported: list[Quote]) -> Quote:
    """A partial quote inside reported speech ("X said that “…”") has X as its speaker,
    unless it names a work; one its sentence's verb gave a speaker goes to a report
    nearer to it (``_nearer``)."""
    if quote.speaker is not None and (quote.kind != "partial" or quote.cue is None):
        return quote
    if _quote_names_a_work(text, quote):
        return quote
    for frame in reported:
        # A quotation that opens inside the reported words belongs to them, even when a
        # stop inside it ended the sentence early ("said that “the tide is high. And …”").
        if frame.speaker and frame.span.start <= quote.span.start < frame.span.end:
            if quote.speaker is None or _nearer(text, quote, frame):
                return replace(quote, speaker=frame.speaker, cue=frame.cue)
    return quote


def _nearer(text: str, quote: Quote, frame: Quote) -> bool:
    """A quoted phrase inside the words of a report nearer to it than the verb it was
    given ("He suggested …, called her “third-rate”" is what "called" reports), or than
    the verb of a clause joined after it ("Ruiz calls him “Mr. Holt,” while Holt calls
    …"); one set off by a comma goes on with the quotation before it."""
    cue, frame_cue, start = quote.cue, frame.cue, quote.span.start
    if not cue or not frame_cue or not frame_cue.span.end <= start:
        return False
    return (
        cue.span.end <= frame_cue.span.start
        and not text[frame_cue.span.end : start].rstrip().endswith(",")
    ) or (
        cue.span.start >= frame.span.end
        and _JOINED_AFTER.match(text, quote.span.end, cue.span.start) is not None
    )


# The words that join a contrasting clause: ", while …", ", though …".
_CONTRAST = r"(?:while|whereas|although|though|even\s+though)"
# A clause joined after a quotation: its verb frames the clause, not the quotation.
_JOINED_AFTER = re.compile(rf"\s+{_CONTRAST}\s+")


def _latest_starts(quotes: list[Quote]) -> dict[Speaker | None, int]:
    """Where each speaker's last quote of the paragraph starts: read once, not once
    for each report, which a paragraph of many reports would pay for quadratically."""
    latest: dict[Speaker | None, int] = {}
    for quote in quotes:
        latest[quote.speaker] = max(quote.span.start, latest.get(quote.speaker, -1))
    return latest


_INNER_LABEL = re.compile(r"[A-Z][A-Z.’'\- ]{1,30}(?=:\s)")


def _inner_label(text: str, marked: _Marked) -> _Found | None:
    """A transcript block in quotation marks: "MARSH: Let's begin…" is Marsh speaking."""
    label = _INNER_LABEL.match(text, marked.inner_start, marked.end)
    if label is None or label.group().lower().strip() in _LABEL_STOPWORDS:
        return None
    phrase = classify(text, label.start(), label.end())
    return _Found(phrase, None, "label") if phrase else None


def _colon_frame(doc: Document, start: int, end: int, resolver: Resolver) -> _Frame | None:
    """The speaker of a paragraph that ends by introducing a quote: "X said:"."""
    cues = find_cues(doc.text, start, end)
    if not cues:
        return None
    cue = cues[-1]
    subject = subject_before(doc.text, start, cue.start())
    if subject is None:
        return None
    speaker = _resolve(doc, _Found(subject, (cue.start(), cue.end()), "cue"), resolver)
    return _Frame(speaker, Cue(cue.group(), make_span(doc, cue.start(), cue.end())))


def _fills_paragraph(text: str, marked: _Marked, para_start: int, para_end: int) -> bool:
    """Whether the paragraph is nothing but this quote (and closing punctuation)."""
    return marked.start == para_start and not re.search(r"\w", text[marked.end : para_end])


_LISTED = re.compile(r"\s*,?\s*(?:and|or)\s+|\s*,\s*")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’']?)\s*$")


def _continues(
    text: str, quote: Quote, found: _Found | None, first: _Marked, second: _Marked
) -> bool:
    """Whether the second quotation goes on with the first's sentence across the first's
    own frame: the frame's cue lies between them, no sentence ends there, the second
    opens in lower case, and no participle reports it anew."""
    opening = re.search(r"\w", text[second.inner_start : second.inner_end])
    return (
        quote.cue is not None
        and first.end <= quote.cue.span.start < second.start
        and not re.search(r"[.!?]\s", text[first.end : second.start])
        and opening is not None
        and opening.group().islower()
        and not (found and found.cue and _reports_anew(text, found.cue))
    )


def _reports_anew(text: str, cue: tuple[int, int]) -> bool:
    """ "…, arguing that “…”", "…, adding, “…”": a participle whose content is the
    quotation; "explaining why she spoke, “…”" has content of its own."""
    return text[slice(*cue)].lower() in _PARTICIPLES and bool(_NEW_REPORT.match(text, cue[1]))


_NEW_REPORT = re.compile(r"\s*(?:,|:|that\b)")


def _introducing_participle(doc: Document, left: int, marked: _Marked) -> Cue | None:
    """A participle right before a quotation, its own verb: "…,” adding, “Q2”"."""
    cues = find_cues(doc.text, left, marked.start)
    if not cues or not _is_participle(cues[-1]):
        return None
    if not _RIGHT_BEFORE.fullmatch(doc.text, cues[-1].end(), marked.start):
        return None  # "…,” X wrote, explaining why he spoke, “Q2”": the frame's own report
    return Cue(cues[-1].group(), make_span(doc, cues[-1].start(), cues[-1].end()))


_RIGHT_BEFORE = re.compile(r"\s*[,:]\s*")


def _interleaved(text: str, first: _Marked, second: _Marked) -> bool:
    """ "“Q1,” X said, “Q2”": the second part shares the first part's speaker."""
    between = text[first.end : second.start]
    return has_cue(between) and between.rstrip().endswith((",", ":"))


def _quote(
    doc: Document,
    marked: _Marked,
    found: _Found | None,
    speaker: Speaker | None,
    cue: Cue | None = None,
) -> Quote:
    """A direct or partial quote record, with the cue its speaker was found by."""
    text = doc.text
    if _names_a_work(text, marked.start, text[marked.inner_start : marked.inner_end]):
        found = speaker = cue = None
    if found and found.cue:
        cue = Cue(text[found.cue[0] : found.cue[1]], make_span(doc, *found.cue))
    return Quote(
        _kind(text, marked, found),
        make_span(doc, marked.start, marked.end),
        text[marked.start : marked.end],
        cue,
        speaker,
    )


def _quote_names_a_work(text: str, quote: Quote) -> bool:
    """`_names_a_work` for a quote record: its words without their marks."""
    return _names_a_work(text, quote.span.start, quote.text.strip(" ,.“”\"'‘’«»"))


def _names_a_work(text: str, start: int, quoted: str) -> bool:
    """ "told QTV’s “Morning Tide”", "his radio program, “The Harbour Hour”": a title
    after its owner or its kind names a work; it is nobody's words."""
    if not _WORK_LEAD.search(text, max(0, start - 30), start):
        return False
    return looks_like_title(quoted, longest=12)


# What a title follows: its owner ("QTV’s"), its kind ("his book,"), a verb that names
# it ("titled", "publish"), or the show someone spoke on ("told “Pier Talk,”",
# "on ''Tide Watch''", "in an interview with “Pier Talk”").
_WORK_LEAD = re.compile(
    r"(?:[’']s|\b(?i:program|programme|show|book|memoir|autobiography|biography|novel|film"
    r"|movie|documentary|series|sitcom|song|album|podcast|newsletter|column|titled|entitled"
    r"|publish|published|publishes)|\btold|\bon|\binterview\s+with)[\s,]*$"
)


def _kind(text: str, marked: _Marked, found: _Found | None) -> QuoteKind:
    """Direct when the quote stands as a sentence of its own; partial when it is a fragment."""
    content = text[marked.inner_start : marked.end].lstrip(" .…(")
    first = re.search(r"\w", content)
    if first is None or content[first.start()].islower() or not has_words(content, 2):
        return "partial"
    if found is None and looks_like_title(text[marked.inner_start : marked.inner_end]):
        return "partial"
    if _names_a_work(text, marked.start, text[marked.inner_start : marked.inner_end].strip(" ,.")):
        return "partial"  # "his biography, ''Low Tide: The Harbour Years of Ana Holt,''"
    before = text[max(0, marked.start - 80) : marked.start]
    before = before[before.rfind("\n") + 1 :].rstrip()  # only this paragraph counts
    if not before or before.endswith((":", ",", ".", "!", "?", "”", '"', "’", "''", "—", "–", "(")):
        return "direct"
    if _CONNECTIVE_LEAD.search(before):
        # "… Ruiz said. But “Ferries are another matter.”": a connective alone opens it.
        return "direct"
    if (
        found is not None
        and found.via == "cue"
        and found.cue
        and found.cue[1] <= marked.start
        and not _DETERMINER_BEFORE.search(before)
    ):
        # "X said “Q”": a full sentence introduced by a verb, without a comma; not
        # "… praised the “Harbour Spring” as …", a name after its article.
        return "direct"
    return "partial"


_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|this|that|these|those|its|his|her|their|our)$")


_CONNECTIVE_LEAD = re.compile(r"(?:^|[.!?][”\"’']*\s+)(?:But|And|Still|Yet|So)$")


_MINOR_WORDS = frozenset(
    "a an the and or nor but of in on at to for with by from as is are be vs. via".split()
)


_TITLE_WORD = re.compile(r"[^\s—–-]+")


def looks_like_title(quoted: str, longest: int = 7) -> bool:
    """Title Case and short: “The Harbour at Low Tide”, ''Pier Talk'' name a work.

    A title in quotation marks is no one's words; what people say is rarely a
    short run of capitalised words.
    """
    # At most one word past ``longest`` is read: a quotation left open may run on.
    words = [w.group() for w in islice(_TITLE_WORD.finditer(quoted.strip(" ,.!?:;")), longest + 1)]
    if not 1 <= len(words) <= longest:
        return False
    lexical = [w for w in words if w.lower() not in _MINOR_WORDS or w is words[0]]
    return all(w[:1].isupper() or w[:1].isdigit() for w in lexical) and len(lexical) >= 2


# After the closing mark: ", X said" / ", said X" / "! the Senator added".
_TRAIL_GAP = re.compile(r"[\s,—–-]*")


def _trailing(text: str, marked: _Marked, right: int) -> _Found | None:
    """A reporting verb right after the quote, with its subject on either side."""
    if not marked.closed:
        return None
    # A quotation nested at the very end ("…the term ‘harbour rich,’ ”) ends where it does.
    inner_end = text[marked.start : marked.inner_end].rstrip(" ’'")
    gap = _TRAIL_GAP.match(text, marked.end, right)
    assert gap is not None
    cursor = gap.end()
    if _CONJUNCTION.match(text, cursor, right):
        return None  # "“…,” but he denied that …": a clause of its own, not the frame
    if inner_end.endswith((".", "!", "?")) and _introduces_next(text, cursor, right):
        return None  # "“… it’s your fault.” He added: “…”": the next quotation's frame
    if (
        not inner_end.endswith((",", "!", "?", "…", "—", "-"))
        and "," not in text[marked.end : cursor]
    ):
        # "“Q.” He said" is rare; a full stop inside usually ends the sentence. With no
        # mark at all ("“… anonymity” said Lindqvist.") the writer left the comma out, and
        # the sentence runs on into the frame.
        ended = inner_end.endswith(".")
        if not (ended or inner_end[-1:].isalnum()) or not _opens_sentence(text, marked.start):
            return None
        stopped = ended
    else:
        stopped = False
    clause_end = frames.clause_end(text, cursor, right)
    found = _frame_in_clause(text, cursor, clause_end, stopped)
    if found is not None and _main_clause_after(text, marked, found, clause_end):
        return None
    return found


def _main_clause_after(text: str, marked: _Marked, found: _Found, clause_end: int) -> bool:
    """Whether the clause after a quotation that ends a fronted clause ("After …, ") is
    the sentence's main clause, with words of its own to report: in "After Holt likened
    the crews to “pirates”, Ruiz wrote a blog against him" Ruiz's verb frames no
    quotation."""
    if found.cue is None or found.phrase.start > found.cue[0]:
        return False
    verb = text[found.cue[0] : found.cue[1]]
    start = frames.content_after(text, found.cue[1], clause_end, verb)
    if start is None or word_count(text[start:clause_end]) < _MIN_CONTENT_WORDS:
        return False  # "…,” Ruiz said.": the frame's verb has nothing else to report
    # A sentence is read back no further than the longest one: a line of a
    # megabyte with a quotation every few words would be read once for each.
    left = max(text.rfind("\n", 0, marked.start) + 1, marked.start - MAX_SENTENCE)
    sentence_start = _sentence_start(text, left, marked.start)
    # Not "“If you want a ferry, …,” Ruiz said": the quotation's own clause.
    return sentence_start < marked.start and _FRONTED.match(text, sentence_start) is not None


_CONJUNCTION = re.compile(r"(?:but|and|yet)\s", re.I)


def _introduces_next(text: str, cursor: int, right: int) -> bool:
    """Whether the sentence after a quotation ends in a colon right before the next
    one: a frame that introduces the quotation after it."""
    between = text[cursor:right].rstrip()
    return (
        right < len(text)
        and text[cursor : cursor + 1].isupper()
        and between.endswith(":")
        and "\n" not in between
        and _SENTENCE_STOP.search(between) is None
    )


def _frame_in_clause(text: str, cursor: int, clause_end: int, stopped: bool) -> _Found | None:
    """The first reporting verb of a clause that has a subject in it."""
    if _AUXILIARY_FIRST.match(text, cursor, clause_end):
        # "their chants of “Ruiz!” were cut short when the vote was called": the
        # quotation belongs to the subject of a verb, and no frame follows it.
        return None
    # In "Frost, the Tidewater state union's head, said" the noun "state" is no verb.
    for cue in find_cues(text, cursor, clause_end):
        cue_start, cue_end = cue.start(), cue.end()
        verb_first = cue_start == cursor or text[cursor:cue_start].strip().lower() in ADVERBS
        if _is_participle(cue):
            if verb_first:
                # "“…,” telling reporters that he thinks …": the clause is the participle's
                # report, and no verb in it frames the quotation before.
                return None
            continue  # "“…,” Holt said, saying the city …": its words are content
        if verb_first:
            # Verb first: "said the Eastport-born Senator representing Tidewater". Only a
            # verb of speech comes first; after "thanked" or "praised" stands its object.
            if _stance_only(text, cue):
                continue
            subject = frames.phrase_after(text, cue_end, clause_end)
        else:
            subject = subject_before(text, cursor, cue_start)
            if subject is not None and not _same_clause(text, cursor, subject.start):
                subject = None  # the subject must follow the quote in the same clause
        if subject is not None and stopped and len(text[cue_end:clause_end].split()) > 4:
            subject = None  # after "“Q.”" only a short frame ("he said.") is the quote's own
        if subject is not None:
            main_verb = None
            if _RELATIVE_OPEN.search(text, cursor, cue_start):
                main_verb = _verb_after_relative(text, cue_end, clause_end)
            return _Found(subject, main_verb or (cue_start, cue_end), "cue")
    return None


# A verb's auxiliary right after a quotation: the quotation is in its clause's subject.
_AUXILIARY_FIRST = re.compile(
    r"(?:were|was|is|are|has|have|had|will|would|could|can|may|might|should|must)\s"
)

# "Marsh, who has not backed the levy, told reporters": a relative clause opened
# after the subject and not yet closed where a cue stands.
_RELATIVE_OPEN = re.compile(r",\s*(?:who|whom|which)\b[^,]*$")


def _verb_after_relative(text: str, cue_end: int, clause_end: int) -> tuple[int, int] | None:
    """The reporting verb right after the comma that closes a relative clause: the
    frame's own verb, where the one inside the clause is the clause's."""
    comma = text.find(",", cue_end, clause_end)
    if comma == -1:
        return None
    after = frames.word_start(text, comma + 1)
    cue = next(iter(find_cues(text, after, clause_end)), None)
    if cue is None or _is_participle(cue):
        return None
    between = text[after : cue.start()].strip().lower()
    return cue.span() if not between or between in ADVERBS else None


# A comma in the sentence after a quotation; a closing mark right after it is the
# comma's ("…, the tides or the crews,” wrote Ruiz").
_CLAUSE_COMMA = re.compile(r",(?:[”\"]|'')?\s*")


def _closing_frame(text: str, marked: _Marked, right: int) -> _Found | None:
    """ "“Q,” unlike last year, says Lena Vogt, an economist." — a frame that ends the
    sentence a quotation opens speaks for it, when none follows the quotation at once."""
    if not marked.closed or not _opens_sentence(text, marked.start):
        return None
    if text[marked.start : marked.inner_end].rstrip(" ’'").endswith((".", "!", "?", "…")):
        return None  # the quotation ends its sentence
    sentence = next(sentences(text, marked.end, right), None)
    if sentence is None:
        return None
    stop = sentence[1]
    for comma in _CLAUSE_COMMA.finditer(text, marked.end, stop):
        found = _frame_in_clause(
            text, comma.end(), frames.clause_end(text, comma.end(), stop), False
        )
        if found is not None and found.phrase.kind in ("name", "pronoun"):
            return found
    return None


def _stance_only(text: str, cue: CueMatch) -> bool:
    """A verb of stance and not of speech ("thanked", "praised"): what follows it is its
    object, not its speaker, so it never comes first in a frame as "said" does — unless
    the agent follows "by" ("…, opposed by the Harbour Board, …")."""
    head = cue.group().split()[0].lower()
    return (
        head in attitude_verbs()
        and head not in speech_verbs()
        and not text.startswith(" by ", cue.end())
    )


def _same_clause(text: str, start: int, end: int) -> bool:
    """Nothing between start and end ends a clause ("Ms." and "Mass.," do not)."""
    return frames.clause_end(text, start, end) == end


def _opens_sentence(text: str, index: int) -> bool:
    """Whether nothing but white space or a sentence's end comes before ``index``."""
    before = text[max(0, index - 3) : index].rstrip()
    return not before or before.endswith((".", "!", "?", ":", '"', "”", "’", "'"))


def _leading(
    text: str, marked: _Marked, left: int, para_start: int, earlier: _Marked | None = None
) -> _Found | None:
    """A frame before the quote in its sentence: "X said:", "according to X,", "X said that".

    ``earlier`` is the quotation before it in the paragraph: a quoted phrase the
    sentence began before ("Ruiz mocked the “expert,” saying, “…”") is read through.
    """
    sentence_start = _sentence_start(text, left, marked.start)
    quoted_phrase = None  # where a quoted phrase the sentence began before starts
    phrase_opening = None  # and where that sentence starts: a subject may stand before it
    if earlier is not None and sentence_start == left and not _is_direct_span(text, earlier):
        quoted_phrase = earlier.start
        phrase_opening = _sentence_start(text, para_start, quoted_phrase)
    lead = sentence_start if quoted_phrase is None else quoted_phrase
    before = text[sentence_start : marked.start]
    according = re.search(r"\baccording\s+to\s+([^,]+?)\s*,?\s*$", before, re.I)
    if according:
        phrase = classify(
            text, sentence_start + according.start(1), sentence_start + according.end(1)
        )
        if phrase:
            cue = (sentence_start + according.start(), sentence_start + according.start(1) - 1)
            return _Found(phrase, _trim(text, cue), "according-to")
    inverted = _INVERTED_FRAME.match(text, sentence_start, marked.start)
    if inverted and _inflected_speech_verb(inverted.group(1).lower()):
        # "Said Nora Frost, who crewed the ferry with him, “…”".
        phrase = frames.phrase_after(text, inverted.end(1), marked.start)
        if phrase is not None:
            return _Found(phrase, inverted.span(1), "cue")
    taken_from = _TAKEN_FROM.search(text, sentence_start, marked.start)
    if taken_from:
        # "From the report: “…”", "From the ruling: “…”": the record is the source.
        phrase = classify(text, *taken_from.span(1))
        if phrase is not None and phrase.kind == "group" and source_like(phrase.text):
            return _Found(phrase, taken_from.span(2), "label")
    carrier = _carrier(text, sentence_start, marked.start)
    if carrier is not None:
        return carrier
    label = _HEADLINE_LABEL.search(text, sentence_start, marked.start)
    if label:
        # "Ada Ortiz: ‘You don’t dredge a harbour twice.’" — a name and a colon introduce it.
        phrase = classify(text, *label.span(1))
        if phrase is not None and phrase.kind == "name":
            return _Found(phrase, label.span(2), "label")
    participle: CueMatch | None = None
    joined: CueMatch | None = None
    fronted = _FRONTED.match(text, sentence_start) is not None
    cues = find_cues(text, sentence_start, marked.start)
    for index in range(len(cues) - 1, -1, -1):
        cue = cues[index]
        if cue.group().lower() == "according to":
            continue
        if (
            index
            and cue.group().startswith(("in ", "In "))
            and not text[cues[index - 1].end() : cue.start()].strip()
        ):
            continue  # "said in a statement": the verb before is the frame's cue
        if fronted and _in_fronted_clause(text, sentence_start, cue, marked.start):
            break
        head = cue.group().split()[0].lower()
        if head in _PARTICIPLES and _opens_participle(text[lead : cue.start()].rstrip()):
            # "…, Ruiz said, adding that “…”", "Ruiz closed by saying “…”": the speaker
            # is the earlier frame's or the sentence's, the cue is the participle.
            participle = participle or cue
            continue
        subject = _unless_setting(
            text, sentence_start, subject_before(text, sentence_start, cue.start()), head
        )
        if subject is not None and head in _PARTICIPLES and _issued(text, sentence_start, subject):
            participle = participle or cue  # "Berg issued a statement saying, “…”"
            continue
        if subject is None and phrase_opening is not None:
            # "Ortiz, the author of “Tides,” said, “…”": the subject stands before the
            # quoted phrase, in the same sentence.
            subject = _unless_setting(
                text, phrase_opening, subject_before(text, phrase_opening, cue.start()), head
            )
        if (
            subject is None
            and _JOINED_VERB.search(text, sentence_start, cue.start())
            and not _JOINED_INFINITIVE.search(text, sentence_start, cue.start())
        ):
            # "Ruiz said she welcomed the vote and added, “…”": the speaker is an
            # earlier verb's subject, the cue the verb that introduces the quotation.
            joined = joined or cue
            continue
        if (
            subject is None
            and _TO_BEFORE.search(text, sentence_start, cue.start())
            and not text[cue.end() : marked.start].strip(" ,:")
        ):
            # "Ruiz was quick to say, “…”": the sentence's subject speaks.
            participle = participle or cue
            continue
        if joined is not None and "," in text[cue.end() : joined.start()]:
            break  # "When asked whom she favoured, Ruiz grinned and said, “…”": not hers
        if subject is not None and (
            subject.kind != "group"
            or source_like(subject.text)
            # "a deckhand shouted", not "the following note:"
            or (
                head in speech_verbs()
                and _definite(subject.text)
                and not subject.text.endswith("ing")
            )
        ):
            said = participle or joined or cue
            return _Found(subject, (said.start(), said.end()), "cue")
    # "Ruiz closed by saying “…”", "Ruiz paused and said, “No.”": the
    # sentence's subject speaks.
    for verb in (participle, joined):
        if verb is not None:
            subject = _subject_of_infinitive(text, sentence_start, verb.start())
            subject = subject or frames.sentence_subject(text, sentence_start, verb.start())
            if subject is None and phrase_opening is not None:
                # The subject stands before the quoted phrase, in the same sentence.
                subject = frames.sentence_subject(text, phrase_opening, verb.start())
            if subject is not None:
                return _Found(subject, (verb.start(), verb.end()), "cue")
    colon = before.rstrip()
    if colon.endswith(":"):
        # "Holt issued the following notice: “…”" — whoever the sentence is about
        # introduces the quotation, whatever the verb.
        subject = frames.sentence_subject(text, sentence_start, sentence_start + len(colon))
        if subject is not None and subject.kind in ("name", "pronoun"):
            at = sentence_start + len(colon) - 1
            return _Found(subject, (at, at + 1), "label")
    return None


_TO_BEFORE = re.compile(r"\bto\s+$")


def _carrier(text: str, sentence_start: int, quotation: int) -> _Found | None:
    """The thing a relative clause says carries the quotation: "a sign that read “…”",
    "replaced by a message which said, “…”" (the sign speaks, not the sentence's
    subject)."""
    relative = _CARRIED.search(text, max(sentence_start, quotation - 40), quotation)
    if relative is None or relative.group(2).lower() not in speech_verbs():
        return None
    thing = frames.phrase_before(text, sentence_start, relative.start())
    if thing is None or thing.kind != "group" or thing.end != relative.start():
        return None
    return _Found(thing, relative.span(2), "cue")


# "that read", "which says:" right before a quotation.
_CARRIED = re.compile(r"\s+(that|which)\s+([a-z]+)[,:]?\s*$")


def _in_fronted_clause(text: str, sentence_start: int, cue: CueMatch, quotation: int) -> bool:
    """Whether ``cue`` stands in the fronted clause a sentence opens with and the
    quotation in the main clause after it: in "Even though critics hailed the vote, the
    “Harbour Spring” failed" the critics said nothing of the quotation."""
    return (
        "," not in text[sentence_start : cue.start()]
        and _CLAUSE_AFTER_COMMA.search(text, cue.end(), quotation) is not None
    )


_CLAUSE_AFTER_COMMA = re.compile(r",\s+\w")


def _inflected_speech_verb(word: str) -> bool:
    """ "said", "writes", not "state": a bare verb opening a sentence is a noun or
    a command ("State Sen. Lee Ruiz", "Note Ruiz's words"), no inverted frame."""
    return word in speech_verbs() and word not in lexicon("speech")["verbs"]


def _subject_of_infinitive(text: str, start: int, verb: int) -> Phrase | None:
    """The subject of the verb an infinitive hangs on: "… so quiet that Ruiz was
    prompted to say", "Ruiz declined to say"; None for "Ruiz, asked about it, …"."""
    chain = _INFINITIVE_CHAIN.search(text, start, verb)
    if chain is None:
        return None
    subject = subject_before(text, start, chain.start())
    if subject is None or subject.kind not in ("name", "pronoun"):
        return None
    return subject


# "was prompted to ", "declined to ", "was quick to ", "went on to ": verbs whose
# subject also does what the infinitive after them says. Not "is hard to",
# "requiring the clerk to", "wasn't enough to": nobody's report hangs on those.
_INFINITIVE_CHAIN = re.compile(
    r"(?<=\s)(?:(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:quick|likely|expected|poised|determined|prompted|pressed|forced|careful|eager)"
    r"|(?:has|had)\s+yet|went\s+on|goes\s+on|go\s+on"
    r"|(?:continu|tri|appear|seem|proceed|declin|refus|want|hop|manag|fail|struggl|hesitat"
    r"|decid|threaten|vow|promis|pledg|rush|mov)(?:e|es|ed|s|ied|ies)?"
    r"|(?:began|begun|begin|begins|sought|seeks|seek|used|try|tries))\s+to\s+$"
)

# "Ruiz arrived and said", "… and has promised that": a verb joined to the sentence's.
_AND_BEFORE = re.compile(r"\b(?:and|but)(?:\s+(?:has|have|had|also|then|later|will|would))*$")
_JOINED_VERB = re.compile(r"\s(?:and|but)\s+(?:then\s+|also\s+|later\s+|\w+ly\s+)?$")
# "got the pier crowd to wave and cheer": joined to an infinitive, whose doer is no subject.
_JOINED_INFINITIVE = re.compile(r"\bto\s+\w+\s+(?:and|or)\s+$")
_INVERTED_FRAME = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z])")
_TAKEN_FROM = re.compile(
    r"(?:^|(?<=[\s:.—–-]))(?i:from)\s+((?:the|a|an|this|that)\s[^:\n]{1,50}?)\s*(:)\s*$"
)
_HEADLINE_LABEL = re.compile(r"(?:^|(?<=[\s—–-]))([A-Z](?:(?!\s-\s)[^:\n—–]){0,60}?)\s*(:)\s*$")


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int]:
    return strip_span(text, *span)


def _sentence_start(text: str, left: int, start: int) -> int:
    """Where the sentence holding ``start`` begins, no further back than ``left``:
    after the last stop that is no abbreviation's ("Sen. Jo Holt", "Ada R.
    Lindqvist": no sentence ends there), read from the last stop back."""
    # One character past ``start``: a stop just before the quotation ends a sentence too.
    for stop in reversed(list(_SENTENCE_STOP.finditer(text, left, start + 1))):
        if stop.group(1) != "." or not abbreviation_before(text, left, stop.start()):
            return stop.end()
    return left


_SENTENCE_STOP = re.compile(r"([.!?])[\"”’»]?\s+(?=[A-Z“\"«‘'])")


def _resolve(doc: Document, found: _Found, resolver: Resolver) -> Speaker:
    """Turn a speaker phrase into a Speaker, resolving names, pronouns and descriptors."""
    phrase = found.phrase
    span = make_span(doc, phrase.start, phrase.end)
    via = found.via
    name: str | None
    if phrase.kind == "name":
        person = resolver.by_name(phrase.text)
        name = person.name if person else _written_name(phrase.text)
        if person:
            resolver.observe(phrase.start, person)
    elif phrase.kind in ("pronoun", "descriptor"):
        person = resolver.antecedent(phrase.start, phrase)
        name = person.name if person else None
        if person:
            resolver.observe(phrase.start, person)
            via = "coreference"
    else:
        name = None
    return Speaker(phrase.text, span, name, via)


def _written_name(phrase: str) -> str:
    """A name no person record knows, without the lower-case role before it."""
    words = phrase.split()
    while len(words) > 1 and not words[0][:1].isupper():
        words.pop(0)
    return " ".join(words)


def _reported_speech(
    doc: Document,
    para_start: int,
    para_end: int,
    group: list[_Marked],
    resolver: Resolver,
) -> list[Quote]:
    """Indirect quotes: "X said (that) …", "…, X said.", "According to X, …"."""
    text = doc.text
    found: list[Quote] = []
    for start, end in _sentences_across_quotations(text, para_start, para_end, group):
        question = _asked(text, start, end)
        if question is not None:
            content, cue = question
            content = _through_quotation(content, group)
            found.append(_indirect_quote(doc, content, cue, None))
            start = content[1]  # the answer after the comma reports on its own
        asker = _asked_by(text, start, end)
        if asker is not None:
            content, how = asker
            content = _through_quotation(content, group)
            found.append(_indirect_quote(doc, content, how.cue, _resolve(doc, how, resolver)))
            if content[0] - start < 30:
                start = content[1]  # "Asked by X whether …, Ruiz said …": the answer too
        fronted = _fronted_participle(text, start, end)
        if fronted is not None:
            content, how = fronted
            content = _through_quotation(content, group)
            found.append(_indirect_quote(doc, content, how.cue, _resolve(doc, how, resolver)))
            start = content[1]  # the main clause after the comma reports on its own
        later = _asked_later(text, start, end)
        if later is not None:
            content, cue, clause_start = later
            found.append(_indirect_quote(doc, _through_quotation(content, group), cue, None))
            end = clause_start  # the answer before it reports on its own
        direct = [m for m in group if m.start < end and start < m.end and _is_direct_span(text, m)]
        if direct:
            relayed = _relayed_quotation(text, start, end, direct)
            if relayed is not None:
                content, how = relayed
                found.append(_indirect_quote(doc, content, how.cue, _resolve(doc, how, resolver)))
            parts = _beside_quotations(text, start, end, direct)
        else:
            parts = [(start, end)]
        clauses = [clause for a, b in parts for clause in _clauses(text, a, b, group)]
        for clause_start, clause_end in clauses:
            result = _indirect(text, clause_start, clause_end)
            if result is None:
                continue
            speakers: dict[Phrase, Speaker] = {}
            parts = [result] if _before_frame(*result) else _coordinated(text, *result)
            for content, how in parts:
                if word_count(text[content[0] : content[1]]) < _MIN_CONTENT_WORDS and not (
                    text.startswith("to ", content[0])
                ):
                    continue  # "declined to comment" is a report; "said so" is none
                if how.phrase not in speakers:
                    # Resolved even for a passive verb: the subject is still a mention
                    # a later pronoun may stand for ("Ruiz was asked …; she said …").
                    speakers[how.phrase] = _resolve(doc, how, resolver)
                speaker = None if _passive(text, how) else speakers[how.phrase]
                content = _through_quotation(_quotation_only(text, content, group), group)
                found.append(_indirect_quote(doc, content, how.cue, speaker))
                if how.cue and content[1] <= how.cue[0]:
                    # "…, said Ruiz, adding that …": a trailing frame's participle reports too.
                    found.extend(
                        _participle_report(doc, _frame_end(how), speakers[how.phrase], clause_end)
                    )
    return found


def _passive(text: str, how: _Found) -> bool:
    """Whether the frame's verb is a passive one (`frames.passive_verb`)."""
    return (
        how.cue is not None
        and how.phrase.end <= how.cue[0]
        and frames.passive_verb(text, how.phrase.end, *how.cue)
    )


def _sentences_across_quotations(
    text: str, para_start: int, para_end: int, group: list[_Marked]
) -> list[tuple[int, int]]:
    """The paragraph's sentences, with a quotation that opens inside one and runs
    past its full stop kept whole: in 'The skippers “looked tired. Nobody laughed”
    on the crossing, Ruiz said.' the full stop is the quotation's, and the report
    is the whole sentence."""
    merged: list[tuple[int, int]] = []
    for start, end in sentences(text, para_start, para_end):
        if merged and any(
            merged[-1][0] < marked.start < merged[-1][1] < start < marked.end
            and _SENTENCE_GOES_ON.match(text, marked.end)
            for marked in group
        ):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


# After a closing mark, the words that carry its sentence on.
_SENTENCE_GOES_ON = re.compile(r"\s*[a-z,;\u2014\u2013]")


def _relayed_quotation(
    text: str, start: int, end: int, quotations: list[_Marked]
) -> tuple[tuple[int, int], _Found] | None:
    """ "“…,” Holt said, according to a Harbour Gazette account.": a closing
    "according to" after the sentence's last quotation names where the article took
    it from, and reports it, frame and all (from its opening mark, when the quotation
    began a sentence earlier)."""
    according = _TRAILING_ACCORDING.search(text, quotations[-1].end, end)
    if according is None:
        return None
    relayed = _according(text, quotations[-1].start, end)
    if relayed is None or relayed[1].cue is None or relayed[1].cue[0] != according.end():
        return None  # an "according to" inside the quotation came first
    (_, content_end), how = relayed
    return (min(start, quotations[0].start), content_end), how


_TRAILING_ACCORDING = re.compile(r",\s*(?=according\s+to\s)", re.I)


def _before_frame(content: tuple[int, int], how: _Found) -> bool:
    """Whether the content stands before its frame ("A, but B, Ruiz said."): every verb
    in it is the speaker's report, none a frame of its own."""
    return how.cue is not None and content[1] <= how.cue[0]


# A sentence opening with a clause of its own: "While Ruiz pledged to …, Ortiz insisted …".
_FRONTED = re.compile(
    r"[“\"‘']?(?:While|Whereas|Though|Although|Even though|Even as|When|Whenever|After"
    r"|Before|Because|Since|Unless|If|Once|Until|Where)\s",
)


def _clauses(text: str, start: int, end: int, group: list[_Marked]) -> list[tuple[int, int]]:
    """A sentence's clauses that may each report: the whole sentence, or its parts
    joined by a semicolon or ", while" that report on their own (`_joined_clauses`),
    or a fronted clause and the main clause after its comma ("While Ruiz pledged to
    fund the ferry, Ortiz insisted that …": two reports, neither the other's
    content), each without a closing relative clause that reports on its own
    (`_relative_report`)."""
    clauses = []
    for clause_start, clause_end in _joined_clauses(text, start, end, group):
        relative = _relative_report(text, clause_start, clause_end)
        if relative is None:
            clauses.append((clause_start, clause_end))
        else:
            clauses += [(clause_start, relative), (relative + 1, clause_end)]
    return clauses


_WHICH = re.compile(r",\s+(?:which|whom)\s+")

# A quotation right after a naming verb: "which she called “a closed shop”".
_NAMED_AS = re.compile(r"\s+(?:as\s+)?[“\"]|\s+(?:as\s+)?''")
_NAMED_WORDS = 12


def _relative_report(text: str, start: int, end: int) -> int | None:
    """Where a relative clause with a report of its own begins: "Holt cited the
    tolls, which he said had emptied the pier" holds two reports, and the second
    is no part of the first's content; so do "…, which she called “a closed shop”"
    and "…, whom he described as “calm”". None when there is none."""
    for which in _WHICH.finditer(text, start, end):
        cue = next(iter(find_cues(text, which.end(), end)), None)
        if cue is None or not 1 <= word_count(text[which.end() : cue.start()]) <= 4:
            continue
        if (
            _NAMED_AS.match(text, cue.end(), end)
            and word_count(text[cue.end() : end]) <= _NAMED_WORDS
            and not _PASSIVE.search(text, which.end(), cue.start())
        ):
            return which.start()  # not "Clinton, whom he called “…,” or “…” on …": a list
        head = _head_verb(cue.group())
        if head is None or head in attitude_verbs():
            continue  # "which islanders champion": "which" is the verb's object
        if _is_participle(cue):
            continue  # "which included harbour staff suggesting …": no verb of "which"
        if _CLAUSE_RESUMES.search(text, cue.end(), end):
            continue  # "the levy, which critics have argued is a stunt, was a mistake"
        if _PASSIVE.search(text, which.end(), cue.start()):
            continue  # "Dockside, which she's expected to carry": "which" is the object
        report = _indirect(text, which.start() + 1, end)
        if report is not None and report[1].cue == cue.span():
            return which.start()
    return None


_PASSIVE = re.compile(r"['’]s\b|\b(?:is|was|are|were|be|been|being)\b")


# A comma and a verb: the sentence's own clause resumes after a parenthetical.
_CLAUSE_RESUMES = re.compile(r",\s+(?:was|is|were|are|has|had|have|will|would)\b")


def _joined_clauses(text: str, start: int, end: int, group: list[_Marked]) -> list[tuple[int, int]]:
    """A sentence's parts between semicolons or before ", while" or ", though", each
    with its main clauses. Two parts that each report on their own, the second from
    its first words, are two reports ("53% describe themselves as ferry commuters; 26% say
    they never ride", "38 percent said …, while 60 percent said …");
    otherwise the parts are one ("Ruiz said the pier is safe; the ferry will run",
    "…; Z was paid $48,210, according to council records"). A joint inside one of the
    paragraph's quotations (``group``) parts nothing."""
    parts = []
    part_start = start
    for joint in islice(_JOINT.finditer(text, start, end), _JOINTS_READ):
        # ",” while": the joint starts past a quotation's closing mark.
        at = joint.end("mark") if joint.group("mark") else joint.start()
        if any(marked.start < at < marked.end for marked in group):
            continue  # inside a quotation
        after = joint.end()
        if _reports_on_its_own(text, after, end, lead=1) and _reports_on_its_own(
            text, part_start, at
        ):
            parts.append((part_start, at))
            part_start = after
    parts.append((part_start, end))
    return [clause for a, b in parts for clause in _main_clauses(text, a, b)]


_JOINT = re.compile(rf";\s+|:\s+(?=[A-Z])|,(?P<mark>[”\"]|'')?\s+{_CONTRAST}\s+")


def _reports_on_its_own(text: str, start: int, end: int, lead: int | None = None) -> bool:
    """Whether [start, end) holds a report whose speaker is inside it, within ``lead``
    words of its start when given ("and rivals deride …"; not "he left before she
    could ask …", nor "…, according to harbour records" after a list)."""
    report = _indirect(text, start, end)
    if report is None or report[1].phrase.start < start:
        return False
    return lead is None or word_count(text[start : report[1].phrase.start]) <= lead


def _main_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The fronted clause and the main clause of a sentence, or the whole sentence."""
    if not _FRONTED.match(text, start, end):
        return [(start, end)]
    cue = next(iter(find_cues(text, start, end)), None)
    if cue is None or "," in text[start : cue.start()]:
        return [(start, end)]  # no report in the fronted clause, which ends at its comma
    comma = text.find(",", cue.end(), end)
    if comma == -1 or word_count(text[comma + 1 : end]) < 3:
        return [(start, end)]
    return [(start, comma), (comma + 1, end)]


def _through_quotation(content: tuple[int, int], group: list[_Marked]) -> tuple[int, int]:
    """A report whose quotation runs on past its sentence ends where the quotation does:
    'Ruiz said the levy "is a tax. Nobody wants it."' is one report."""
    for marked in group:
        if marked.closed and content[0] <= marked.start < content[1] < marked.end:
            return content[0], marked.end
    return content


def _quotation_only(text: str, content: tuple[int, int], group: list[_Marked]) -> tuple[int, int]:
    """A report whose words end in a quotation closed by a comma ends with it: in
    'chanting "Ferries for all," raising fresh doubts' and 'called Holt "a relic,"
    linking to his record', the participle after the quotation is a clause of its
    own, not more of the chant or the naming."""
    for marked in group:
        if (
            marked.closed
            and content[0] <= marked.start
            and marked.end < content[1]
            and text[marked.start : marked.inner_end].rstrip(" ’'").endswith(",")
            and _PARTICIPLE_NEXT.match(text, marked.end)
        ):
            return content[0], marked.end
    return content


_PARTICIPLE_NEXT = re.compile(r"\s+(?:and\s+)?[a-z]+ing\b")


def _beside_quotations(
    text: str, start: int, end: int, quotations: list[_Marked]
) -> list[tuple[int, int]]:
    """The parts of a sentence with quotations that may hold reports of their own:
    before the first quotation's clause and after the last one's (none when the
    words around the quotations only frame them)."""
    parts = []
    before = _report_before_quotation(text, start, quotations[0].start)
    if before is not None:
        parts.append((start, before))
    after = _report_after_quotation(text, quotations[-1].end, end)
    if after is not None:
        parts.append((after, end))
    return parts


def _report_before_quotation(text: str, start: int, quotation: int) -> int | None:
    """Where a report ends that a second verb joins to a quotation, or None.

    "Marsh said A but added, “B.”": A is a report of its own; in "In a statement,
    Marsh said, “B.”" the words before the quotation are only its frame.
    """
    joint = _QUOTATION_JOINT.search(text, start, quotation)
    if joint is not None and cue_at(text, joint.start(1), joint.end(1)) is not None:
        return joint.start()
    return _report_before_clause(text, start, quotation)


def _report_before_clause(text: str, start: int, quotation: int) -> int | None:
    """Where a report ends that a clause with a quotation of its own follows: "Ruiz
    said the pier was safe, and when asked about the ferry, she said, “It runs in
    June.”" and "Ruiz said the piles were checked, to which Ortiz replied: “…”" hold
    two reports. The last joint (`_CLAUSE_JOINT`) before the quotation whose words
    before it report on their own ends the first."""
    for joint in reversed(list(_CLAUSE_JOINT.finditer(text, start, quotation))):
        if _reports_on_its_own(text, start, joint.start()):
            return joint.start()
    colon = start + len(text[start:quotation].rstrip()) - 1
    if colon >= start and text[colon] == ":":
        # "Ruiz insisted that the pier was safe: “Nothing will fall,” she said." Only a
        # that-clause: "Ruiz said back in May:" and "Ruiz explained it this way:" are
        # the quotation's frame.
        report = _indirect(text, start, colon)
        if report is not None and text.startswith("that ", report[0][0]):
            return colon
    return None


def _report_after_quotation(text: str, quotation_end: int, end: int) -> int | None:
    """Where a report starts that follows a quotation and its frame: "“Dredging is one
    thing,” Ruiz said on the radio, but she said the silt went back 20 years."
    The first joint (`_CLAUSE_JOINT`) after the quotation whose words after it report
    on their own, their speaker first."""
    joints = list(_CLAUSE_JOINT.finditer(text, quotation_end, end))
    if _comma_before(text, quotation_end) and (
        inside := _JOINT_AFTER_MARK.match(text, quotation_end, end)
    ):
        # "…, including on the north pier,'' but she denied that …": the comma
        # stands inside the closing mark.
        joints.insert(0, inside)
    for joint in joints:
        if _reports_on_its_own(text, joint.end(), end, lead=1):
            return joint.end()
    return None


_JOINT_AFTER_MARK = re.compile(r"\s+(?:and|but)\s+")


# A comma and the word that joins the next clause: ", and", ", but", ", to which".
_CLAUSE_JOINT = re.compile(r",\s+(?:and|but|to\s+which|at\s+which|after\s+which)\s+")


# ", adding:", " but added,", " and then said:" just before a quotation's opening mark.
_QUOTATION_JOINT = re.compile(
    r"(?:,?[”\"]?\s+(?:and|but)\s+(?:(?:then|also|later)\s+)?|,[”\"]?\s+)([a-z]+)\s*[,:]?\s*$"
)


def _asked(text: str, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Asked whether he would run, Ruiz said …": a reported question whose asker the
    article does not name, up to the comma; its content and its cue."""
    asked = _ASKED.match(text, start, end)
    if asked is None:
        return None
    comma = text.find(",", asked.end(), end)
    if comma == -1 or word_count(text[asked.end() : comma]) < _MIN_CONTENT_WORDS:
        return None
    return strip_span(text, asked.end(), comma), asked.span(1)


_ASKED = re.compile(r"[“\"]?(?:When\s+)?((?i:asked)(?:\s+about)?)\s+(?!by\b)")


def _fronted_participle(text: str, start: int, end: int) -> tuple[tuple[int, int], _Found] | None:
    """ "While denouncing the “theft” to the crowd, Ruiz has not …", "In declaring the
    plan “unfair,” the harbour master …": a participle's clause that opens the sentence
    reports for the subject of the main clause after its comma."""
    lead = _FRONTED_PARTICIPLE.match(text, start, end)
    if lead is None:
        return None
    cue = cue_at(text, lead.end(), end)
    if cue is None or not _is_participle(cue):
        return None
    comma = _FRONTED_CLAUSE_END.search(text, cue.end(), end)
    if comma is None:
        return None
    subject = frames.sentence_subject(text, comma.end(), end)
    content_start = frames.content_after(text, cue.end(), comma.start(), cue.group())
    if subject is None or content_start is None:
        return None
    content = strip_span(
        text, content_start, comma.end("mark") if comma.group("mark") else comma.start()
    )
    if word_count(text[content[0] : content[1]]) < _MIN_CONTENT_WORDS:
        return None
    return content, _Found(subject, cue.span(), "cue")


_FRONTED_PARTICIPLE = re.compile(
    r"(?:(?:But|And|Yet|So)\s+)?(?i:while|in|after|before|by|since|upon|on|when|without"
    r"|despite)\s+(?:[a-z]+ly\s+)?"
)
# The comma that ends a fronted clause, and a closing mark right after it.
_FRONTED_CLAUSE_END = re.compile(r",(?P<mark>[”\"]|'')?\s")


def _asked_by(text: str, start: int, end: int) -> tuple[tuple[int, int], _Found] | None:
    """ "Asked by Jo Frost whether she had practised, Ruiz said …", "Ruiz was asked by
    a pilot whether …": a reported question and its asker, who is its source."""
    asked = _ASKED_BY.search(text, start, end)
    if asked is None:
        return None
    asker = classify(text, *asked.span(2))
    if asker is None or asker.kind == "pronoun":
        return None
    content_end = end
    if _OPENING_WHEN.fullmatch(text, start, asked.start(1)):
        comma = text.find(",", asked.end(), end)
        if comma == -1:
            return None
        content_end = comma  # the answer follows the comma
    content = _reported(text, asked.start(3), content_end)
    if word_count(text[content[0] : content[1]]) < _MIN_CONTENT_WORDS:
        return None
    return content, _Found(asker, asked.span(1), "cue")


# "asked by host Pat Holt whether …": up to six words of asker, then the question.
_ASKED_BY = re.compile(
    r"\b((?i:asked))\s+by\s+([^\s,;:“”\"][^,;:“”\"]{0,60}?)\s+"
    r"((?:whether|if|about|how|what|why|who|which|when)\b)"
)
_OPENING_WHEN = re.compile(r"\s*[“\"]?(?:(?:When|But\s+when|And\s+when)\s+)?")


def _asked_later(
    text: str, start: int, end: int
) -> tuple[tuple[int, int], tuple[int, int], int] | None:
    """ "“You bet,” Ruiz said when asked whether the pier would reopen.": the question closes
    the sentence; its content, its cue and where its clause starts."""
    asked = _WHEN_ASKED.search(text, start, end)
    if asked is None:
        return None
    content = _reported(text, asked.end(), end)
    if word_count(text[content[0] : content[1]]) < _MIN_CONTENT_WORDS:
        return None
    if _MARKS.search(text, *content) or any(
        "," in text[max(content[0], cue.start() - 20) : cue.start()]
        for cue in find_cues(text, *content)
    ):
        return None  # "when asked whether …, he said, “I hope not.”": the answer follows
    return content, asked.span(1), asked.start()


# "when asked about …", "when asked whether …": a question ("when asked to …" is a request).
_WHEN_ASKED = re.compile(
    r"[,\s]+when\s+(asked\s+about|asked(?=\s+(?:whether|if|how|what|who|which|why|when)\b))\s+"
)
_MARKS = re.compile(r"[“”\"]|''")


def _indirect_quote(
    doc: Document, content: tuple[int, int], cue: tuple[int, int] | None, speaker: Speaker | None
) -> Quote:
    """An indirect quote record: the reported content, its cue and its speaker."""
    text = doc.text
    found_cue = Cue(text[cue[0] : cue[1]], make_span(doc, *cue)) if cue else None
    return Quote(
        "indirect", make_span(doc, *content), text[content[0] : content[1]], found_cue, speaker
    )


def _unless_setting(text: str, start: int, subject: Phrase | None, head: str) -> Phrase | None:
    """ "The harbour office issued a statement saying …": the office speaks, not the statement."""
    if subject is None or head not in _PARTICIPLES or not frames.is_setting(subject.text):
        return subject
    return _issuer(text, start, subject) or subject


def _issuer(text: str, start: int, setting: Phrase) -> Phrase | None:
    """Who put out "a statement": the subject of the verb before it."""
    verb = re.search(r"(\w+)\s+(?:(?:out|up|off)\s+)?$", text[start : setting.start])
    if verb is None:
        return None
    issuer = subject_before(text, start, start + verb.start(1))
    if issuer is None or (issuer.kind == "group" and not source_like(issuer.text)):
        return None
    return issuer


def _plural_antecedent(text: str, start: int, pronoun: Phrase) -> Phrase | None:
    """The subject of an earlier reporting verb in the sentence that "they" refers back to."""
    for cue in reversed(find_cues(text, start, pronoun.start)):
        subject = subject_before(text, start, cue.start())
        if subject is not None and subject.kind in ("group", "name"):
            return subject
    return None


_QUANTIFIERS = frozenset("some many other several both most few all".split())


def _definite(phrase: str) -> bool:
    """ "the actress", "a narrator", "one man", "dock workers", "some of her allies":
    someone, not "two suicide bomb(s)" or "carrying signs"."""
    words = phrase.lower().split()
    if "of" in words[1:3] and words[0] in _QUANTIFIERS:
        words = words[words.index("of") + 1 :] or words
    if len(words) > 4 or words[0][:1].isdigit():
        return False
    # "spontaneous" is no plural; "carrying signs" is an action, not a group.
    plural = words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is"))
    acting = len(words) <= 3 and _ACTION.fullmatch(phrase.split()[0]) and not source_like(phrase)
    return words[0] in ("the", "a", "an", "one", "another") or (
        plural and not acting and (words[0] not in DETERMINERS or words[0] in _QUANTIFIERS)
    )


# "carrying signs", "planted newspaper articles"; "cheering residents" are people.
_ACTION = re.compile(r"[a-z]+(?:ing|ed)")


# Reported content shorter than this ("said so", "said it") names nothing checkable.
_MIN_CONTENT_WORDS = 3
# A manner adverb in a joint: "and pointedly saying", "and specifically mentioned".
_ADVERB = re.compile(r"\b(?!only\b)[a-z]{2,}ly\b")
# Every joint starts with a space, a comma or a closing mark: the lookahead lets the
# scanner skip the other characters without trying each alternative there.
_COORDINATION = re.compile(
    r"(?=[\s,”\"'])(?:"
    r"(?:,(?:[”\"]|'')?|\s+(?:[—–]|--?))?\s+(?:and|but)\s+"
    r"(?:(?:also|then|later|again|has|have|had|would|will|did|does|do|not|never|"
    rf"didn['’]t|doesn['’]t|don['’]t|{_ADVERB.pattern})\s+){{0,3}}"
    r"|,?(?:[”\"]|'')?\s+(?:before|after|while)\s+(?=[a-z]+ing\b)"  # "… before claiming that …"
    r"|,(?:[”\"]|'')?\s+(?=\w)"
    r"|\s+(?:[—–]|--?)\s+(?=\w)"  # "Ruiz - who said … - told …"
    r")"
)
_NAMED_CLAUSE = re.compile(
    r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+"
    r"(?:(?:also|then|later|again|still|has|have|had|would|will|did)\s+){0,2}"
)
# A new clause with a pronoun for subject: "Although he conceded that …, he maintained that …".
_PRONOUN_CLAUSE = re.compile(
    r"(?:(?:though|although|while|yet|but|and)\s+)?(he|she|they|we)\s+"
    r"(?:(?:also|then|later|again|still|has|have|had|would|will|did)\s+){0,2}",
    re.I,
)


_AND_OR_BUT = re.compile(r"\b(?:and|but)\b")
# A quotation closed right before a joint: "… of “steering from the stern” and Ruiz says …"
# (a subject after it is no part of a phrase before it, as in "Holt and Ruiz said").
_CLOSING_MARK_BEFORE = re.compile(r"(?:[”\"]|'')$")
# A comma or a dash before the joint: the next clause may have its own subject.
_BREAK = re.compile(r"[,—–]|\s-")
_BROKEN_AND = re.compile(rf"(?:{_BREAK.pattern})[”\"]?\s+(?:and|but)\s")
# An -ing word right before "and"/"but": "backing but not funding" is one phrase.
_PARTICIPLE_BEFORE = re.compile(r"\b[a-z]{3,}ing$")
# A frame inside a relative clause on its subject: "Ruiz, who opposed the levy, said …"
# (the verb after the clause's closing comma is the sentence's own). Reported speech
# only: a quotation's frame has its own reading of the shape (`_RELATIVE_OPEN`).
_WHO_BEFORE = re.compile(r"(?:,|\s(?:[—–]|--?))\s+who\s+(?:\w+\s+){0,2}$")


def _group_clause(text: str, start: int, end: int) -> tuple[Phrase, CueMatch] | None:
    """A clause opening at ``start`` whose subject is a source-like group or a share
    ("officials said", "a few council members have called for", "55 percent of
    all islanders say"): its subject and its reporting verb."""
    cue = next(iter(find_cues(text, start, min(end, start + 80))), None)
    if cue is None or _head_verb(cue.group()) is None:
        return None
    subject = subject_before(text, start, cue.start())
    if subject is None or subject.start != start or subject.kind != "group":
        return None
    if not (source_like(subject.text) or frames.is_share(subject.text)):
        return None
    return subject, cue


def _coordinated(
    text: str, content: tuple[int, int], how: _Found
) -> list[tuple[tuple[int, int], _Found]]:
    """Split "X said A and added that B" into two attributions of X, one per verb."""
    start, end = content
    in_who_clause = how.cue is not None and _WHO_BEFORE.search(
        text, max(0, how.cue[0] - 30), how.cue[0]
    )
    # A frame inside its content ("The pier, said Ruiz, will open") is no joint.
    frame_end = -1
    if how.cue and start < how.cue[0] < end:
        frame_end = max(how.cue[1], how.phrase.end)
    for joint in _COORDINATION.finditer(text, start, end):
        if joint.start() <= frame_end and not _AND_OR_BUT.search(joint.group()):
            continue  # "Ferry users, Obi notes, applaud …": the sentence resumes
        if _closes_dashed_aside(text, start, joint) and not in_who_clause:
            continue  # "the pilots — a union of 40 — backed …": the sentence resumes
        cue = cue_at(text, joint.end(), end)
        if cue is None and _second_deed(text, start, joint):
            # "called the deal “a disaster” and ranked Holt among the worst": a verb of
            # another deed after an object that holds no verb ends the content.
            return [(_reported(text, start, joint.start()), how)]
        if cue is None and in_who_clause and _BREAK.search(joint.group()):
            # "Frost, who backed Ortiz, last week said …": a time before the main verb.
            cue = cue_at(
                text, frames.word_start(text, frames.skip_right(text, joint.end(), end)), end
            )
        phrase = how.phrase
        clause = _PRONOUN_CLAUSE.match(text, joint.end(), end) if cue is None else None
        another = False  # "Ruiz said A, and Holt vowed B": a second speaker, named
        if clause is None and cue is None and _BROKEN_AND.search(joint.group()):
            clause = _NAMED_CLAUSE.match(text, joint.end(), end)
            another = clause is not None
            if clause is None:
                # "…, but officials said …", "…, and 55 percent of voters say …"
                other = _group_clause(text, joint.end(), end)
                if other is not None:
                    phrase, cue = other
                    another = True
        elif clause is None and cue is None and _AND_OR_BUT.search(joint.group()):
            speaker_after = _speaker_after_quotation(text, start, joint, end)
            if speaker_after is not None:
                (phrase, cue), another = speaker_after, True
            elif frames.may_open_share(text, joint.end(), end):
                other = _group_clause(text, joint.end(), end)
                if other is not None and frames.is_share(other[0].text):
                    # "21 percent said A and 14 percent said B": each share answers apart.
                    phrase, cue = other
                    another = True
        if clause is not None and _BREAK.search(joint.group()):
            cue = cue_at(text, clause.end(), end)
            named = classify(text, *clause.span(1))
            if named is not None and named.kind in ("name", "pronoun"):
                phrase = named
            elif cue is not None:
                continue
        if cue is None or _head_verb(cue.group()) is None:
            continue
        if _ADVERB.search(joint.group()) and _head_verb(cue.group()) not in speech_verbs():
            continue  # "and virulently opposed the toll": a stance, read as before
        if _after_modal(text, start, joint, cue):
            continue
        if (
            _is_participle(cue)
            and "," not in joint.group()
            and _PARTICIPLE_BEFORE.search(text, start, joint.start())
        ):
            continue  # "a stance of backing but not funding the levy": one phrase
        second = frames.content_after(text, cue.end(), end, cue.group())
        ends_who_clause = (
            in_who_clause and _BREAK.search(joint.group()) is not None and not _is_participle(cue)
        )
        if second is None:
            if ends_who_clause or (
                another and phrase is not how.phrase and joint.start() - start >= 15
            ):
                # "…, and Holt vowed to …": another speaker's clause ends the content;
                # "Obi, who said …, spoke last": so does the main verb after "who".
                return [(_reported(text, start, joint.start()), how)]
            continue
        if joint.start() - start < 15 and not ends_who_clause:
            participle = _is_participle(cue)
            joined = _AND_OR_BUT.search(joint.group()) is not None
            if ("," in joint.group() and participle) or (joined and not participle):
                # "praised Holt, saying he was a steadier hand", "endorsed the levy,
                # but told reporters that …": the object is no report of its own; what
                # follows the second verb is.
                return _coordinated(text, (second, end), _Found(phrase, cue.span(), "cue"))
            continue
        # A closing mark after the comma ("was “corrupt,” noting …") ends the first part.
        mark = re.match(r",(?:[”\"]|'')", joint.group())
        first_end = joint.start() + mark.end() if mark else joint.start()
        first = _reported(text, start, first_end)
        rest = _coordinated(text, (second, end), _Found(phrase, cue.span(), "cue"))
        return [(first, how), *rest]
    return [(content, how)]


def _speaker_after_quotation(
    text: str, start: int, joint: re.Match[str], end: int
) -> tuple[Phrase, CueMatch] | None:
    """A name and its verb of speech right after an "and" that follows a closed
    quotation: "… accuses Holt of “steering from the stern” and Ruiz says he is …" opens
    a second speaker's clause. Without the closed quotation a name after "and" may
    share the subject ("Ruiz says the board and Vogt agreed …")."""
    if not _CLOSING_MARK_BEFORE.search(text, start, joint.start()):
        return None
    clause = _NAMED_CLAUSE.match(text, joint.end(), end)
    cue = cue_at(text, clause.end(), end) if clause else None
    if cue is None or _is_participle(cue) or _head_verb(cue.group()) not in speech_verbs():
        return None
    named = classify(text, *clause.span(1))
    return (named, cue) if named is not None and named.kind == "name" else None


def _closes_dashed_aside(text: str, start: int, joint: re.Match[str]) -> bool:
    """Whether a joint that is a dash alone closes an aside a dash opened after ``start``."""
    dash = joint.group().strip()
    return dash in ("—", "–", "-", "--") and f" {dash} " in text[start : joint.start()]


def _after_modal(text: str, start: int, joint: re.Match[str], cue: CueMatch) -> bool:
    """Whether a bare verb after "and" shares a modal in the content before it: in
    "Holt said she would dredge the channel and support the levy" the support is
    what Holt said she would give, no report of its own."""
    if joint.group().split() not in (["and"], ["but"]) or cue.group().lower() not in verb_lemmas():
        return False  # "…, and support", "and did not suggest": a verb of its own
    return _MODAL.search(text, start, joint.start()) is not None


_MODAL = re.compile(r"\b(?:would|will|could|should|can|may|might|must)\s+(?:not\s+)?[a-z]+\b")


def _second_deed(text: str, start: int, joint: re.Match[str]) -> bool:
    """Whether "and"/"but" joins a past-tense verb and its object to content that is
    an object alone ("the deal “a disaster”", "the charges"): the subject's next deed.
    Content with a verb of its own ("that Holt lost the vote and resigned") may go on."""
    if not _AND_OR_BUT.search(joint.group()):
        return False
    content = text[start : joint.start()]
    if content.count("“") > content.count("”") or (content.count('"') + content.count("''")) % 2:
        return False  # the joint is inside quoted words
    return not _clause_verb().search(content) and bool(_deed().match(text, joint.end()))


@cache
def _clause_verb() -> re.Pattern[str]:
    """A word that makes content a clause: an auxiliary, a modal, a past form."""
    forms = alternation(irregular_past())
    return re.compile(
        r"\b(?:[a-z]+ed|is|was|are|were|be|been|being|has|have|had|will|would|can|could|"
        rf"may|might|must|shall|should|do|does|did|{forms})\b|['’](?:s|re|ve|ll|d)\b"
    )


@cache
def _deed() -> re.Pattern[str]:
    """A past-tense verb and the first word of its object: "ranked Holt", "boycotted one"."""
    forms = alternation(irregular_past())
    return re.compile(
        rf"(?:[a-z][a-z\-]{{2,}}ed|{forms})\s+(?:[A-Z“\"]|(?:a|an|the|his|her|its|their|our|my|"
        r"him|them|us|me|it|one|two|to|on|about|with|for|from|into|out|up|down)\b)"
    )


def _is_direct_span(text: str, marked: _Marked) -> bool:
    return _kind(text, marked, None) == "direct"


_ACCORDING = re.compile(r"\baccording\s+to\s+", re.I)
# What may open a sentence before a fronted "according to": "(", "But", "And yet".
_LEAD_IN = re.compile(r"[\s(“\"]*(?:(?:but|and|yet|so|still|however|also),?\s+)*$", re.I)
# A subordinating conjunction and its comma right before "according to": the clause it
# opens follows ("and" may join a second verb to the sentence's subject: all one report;
# "before" and "after" may be adverbs: "failed twice before, according to Marsh, a welder").
_CONJUNCTION_BEFORE = re.compile(
    r"\b(?:because|since|while|although|though|when|if|unless|whereas),\s*$", re.I
)
_SOURCE_END = re.compile(r"\s*(?:,|\)|[.!?]+[”\")]*\s*$|$)")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def _according(text: str, start: int, end: int) -> tuple[tuple[int, int], _Found] | None:
    """ "According to X, …", "…, according to X.", "A, according to X, B.": X's content.

    "According to" names a source wherever it stands, so its phrase is kept
    even when it is no person ("according to HPA filings"), cut to its head
    when a clause follows ("a person close to Holt").
    """
    cue = _ACCORDING.search(text, start, end)
    if cue is None:
        return None
    if _reports_that(text, start, cue.start()):
        return None  # "Ruiz said that, according to the board, …": Ruiz's report holds it
    stop = _SOURCE_END.search(text, cue.end(), end)
    source_end = stop.start() if stop else end
    phrase = _source_phrase(text, cue.end(), source_end)
    if phrase is None:
        return None
    found = _Found(phrase, _trim(text, cue.span()), "according-to")
    if _LEAD_IN.fullmatch(text, start, cue.start()) or (
        text[source_end : source_end + 1] == ","
        and _CONJUNCTION_BEFORE.search(text, start, cue.start())
    ):
        # "…, because, according to Holt, the board would …": the clause after it.
        content = strip_span(text, source_end + 1, end)
    elif text[source_end : source_end + 1] != "," or (
        _describes(text[source_end:end]) and not _opening_phrase(text, start, cue.start())
    ):
        content = strip_span(text, start, stripped_end(text, cue.start(), " ,"))
    else:
        # "Other splits, according to the survey, include …": the frame sits inside.
        content = strip_span(text, start, end)
    if text[content[0] : content[0] + 1] == "(" and ")" not in text[content[0] : content[1]]:
        content = (content[0] + 1, content[1])
    content = (content[0], _drop_final_stop(text, *content))
    if content[1] - content[0] < 2:
        return None
    return content, found


def _reports_that(text: str, start: int, point: int) -> bool:
    """Whether a reporting verb and its "that" come right before ``point``."""
    that = _THAT_BEFORE.search(text, max(start, point - 12), point)
    if that is None:
        return False
    verbs = find_cues(text, max(start, that.start() - 40), that.start())
    return bool(verbs) and not text[verbs[-1].end() : that.start()].strip()


_THAT_BEFORE = re.compile(r"\bthat\s*,?\s*$")


# "As reported by X, …", "And, as X previously noted, …": a fronted frame.
_AS_FRAME = re.compile(r"[\s(“\"]*(?:(?:but|and|yet|so|still|however|also),?\s+)*as\s+(?=\S)", re.I)
_AS_ADVERB = re.compile(r"(?:first|previously|earlier|originally|recently|also)\s+", re.I)


def _as_reported(text: str, start: int, end: int) -> tuple[tuple[int, int], _Found] | None:
    """ "As reported by the Herald, the levy will rise", "As Ruiz noted, …", "…, as the
    Herald reported.": the rest of the sentence is the source's."""
    lead = _AS_FRAME.match(text, start, end)
    comma = text.find(",", lead.end(), min(end, lead.end() + 80)) if lead else -1
    tail = None if lead else _AS_TAIL.search(text, max(start, end - 80), end)
    if lead is not None and comma != -1:
        found, content = _as_source(text, lead.end(), comma), _reported(text, comma + 1, end)
    elif tail is not None:
        found, content = _as_source(text, tail.end(), end), _reported(text, start, tail.start())
    else:
        return None
    if found is None or word_count(text[content[0] : content[1]]) < _MIN_CONTENT_WORDS:
        return None
    return content, found


_AS_TAIL = re.compile(r",\s*as\s+(?=[^,]*$)")


def _in_record(text: str, start: int, end: int) -> tuple[tuple[int, int], _Found] | None:
    """ "In a new Quayside poll, 52 percent backed the levy", "Ruiz led by ten points in
    the latest harbour survey.": the figures are the record's."""
    match = _record_pattern(fronted=True).match(text, start, end)
    if match is not None:
        content = _reported(text, match.end(), end)
        if _finder_opens(text, content[0], end):
            return None  # "In a new poll, Quayside Research found that …": the finder's
    else:
        match = _record_pattern(fronted=False).search(text, start, end)
        if match is None:
            return None
        content = strip_span(text, start, match.start())
    if word_count(text[content[0] : content[1]]) < _MIN_CONTENT_WORDS:
        return None
    record = Phrase(match.group(2), *match.span(2), "group")
    return content, _Found(record, match.span(1), "according-to")


def _finder_opens(text: str, start: int, end: int) -> bool:
    """Whether the clause after a fronted record opens with a source that reports it
    ("Quayside Research found that …"); not a share of those asked ("73 percent said
    …"), whose answers are the record's."""
    report = _indirect(text, start, end)
    if report is None or report[1].phrase.start != start:
        return False
    return not frames.is_share(report[1].phrase.text)


@cache
def _record_pattern(fronted: bool) -> re.Pattern[str]:
    """ "In the latest Harbour Gazette-Quay Radio poll, conducted in May," at a sentence's
    start, or ", in a new poll." at its end: the record the sentence reports from."""
    records = lexicon("speech")["nouns"]["evidence"]
    # What may follow the record: "released Monday", "of likely voters", "out this week".
    tail = (
        r"(?:\s+(?:conducted|released|taken|published|out|of|by|from|this|last|on)\b[^,.;:]{0,50})?"
    )
    if fronted:
        aside = r"(?:\s*,\s*(?:conducted|released|taken|published|out)\b[^,]{0,60})?"
        return re.compile(rf"\s*(In)\s+{_record_phrase(records, 0)}{tail}{aside}\s*,\s*")
    # At the end, "in the polls" is an idiom ("leading in the polls"): a named record only.
    return re.compile(rf",?\s+(in)\s+{_record_phrase(records, 1)}{tail}\s*[.!?]?\s*$")


def _record_phrase(nouns: list[str], least: int) -> str:
    """A determiner or a possessive, at least ``least`` (and at most 7) more words, and a
    record noun: "the latest Harbour Gazette-Quay Radio poll", as group 2 of the pattern.
    The words between hold no verb of going or time word ("the islanders go to the polls",
    "the hours before the polls": polling places)."""
    word = r"(?!(?:to|go|goes|went|before|after|during|until|since)\b)[^\s,.;:]+"
    body = rf"(?:{word}\s+){{{least},7}}?(?:{alternation(nouns)})"
    return rf"((?:the|a|an|[A-Z][\w.’'-]*[’']s)\s+{body})\b"


def _as_source(text: str, start: int, end: int) -> _Found | None:
    """Who the words after "as" name as the source: "reported by X", "X noted"."""
    cues = find_cues(text, start, end)
    if not cues or _head_verb(cues[0].group()) not in speech_verbs():
        return None
    cue = cues[0]
    if not text[start : cue.start()].strip() or _AS_ADVERB.fullmatch(text, start, cue.start()):
        by = re.match(r"\s+by\s+", text[cue.end() : end])  # "as reported by X"
        source_end = stripped_end(text, end, ' .!?”"')
        phrase = _source_phrase(text, cue.end() + by.end(), source_end) if by else None
    else:
        phrase = subject_before(text, start, cue.start())  # "as X noted"
        if phrase is not None and text[start : phrase.start].strip():
            phrase = None
        if word_count(text[cue.end() : end]) > 4:
            phrase = None
    return _Found(phrase, cue.span(), "cue") if phrase is not None else None


def _opening_phrase(text: str, start: int, end: int) -> bool:
    """ "About 9:41 p.m.,", "For Ortiz,", "Over the long term,": a few words that open
    the sentence with when or for whom, no clause of their own; the clause follows."""
    return (
        _OPENING.match(text, start, end) is not None
        and word_count(text[start:end]) <= 6
        and not has_cue(text, start, end)
    )


_OPENING = re.compile(
    r"[“\"]?(?:(?:And|But|So),?\s+)?(?:In|At|On|During|After|Before|About|Around|For|Over|By"
    r"|Since|Until|Within|Under|Last|This|Earlier|Later|Early|Late|One|Still|Now|Then)\b"
)


def _describes(rest: str, loosely: bool = False) -> bool:
    """Whether the rest of a sentence after a source's name only describes it.

    ", R-Ore.", ", a former aide", ", who …", an age; and, loosely (after a
    speaker named last in the sentence), any short lower-case role (", executive
    director of the Pier Trust"), which after "according to X," may be a verb instead.
    """
    rest = rest.strip(' ,.!?)”"\n')
    if not rest:
        return True
    first = rest.split()[0]
    if first[:1].isupper() or first[:1].isdigit() or first.lower() in _ASIDE_OPENERS:
        return True
    return loosely and frames.looks_appositive(rest)


_ASIDE_OPENERS = frozenset("a an the who whose which its his her their".split())


@cache
def _record_words() -> frozenset[str]:
    """Records that may follow "according to" in lower case ("recent polls", "state law")."""
    return record_nouns() | {"returns", "law", "timeline"}


def _source_phrase(text: str, start: int, end: int) -> Phrase | None:
    """The source after "according to": the phrase, or its longest leading part that is one."""
    written = text[start:end].strip()
    if written.lower() in _OBJECT_PRONOUNS:  # "according to him"
        return Phrase(written, start, start + len(written), "pronoun")
    words = list(re.finditer(r"\S+", text[start:end]))
    for count in range(min(len(words), 9), 0, -1):
        phrase = classify(text, start, start + words[count - 1].end())
        if phrase is not None and phrase.kind != "pronoun":
            return phrase
    if words and (
        words[0].group()[:1].isupper()
        or words[0].group().lower() in DETERMINERS
        or words[-1].group().lower().strip(".,") in _record_words()
    ):
        # "HPA filings", "Tidewater lobbying records", "early but unofficial returns":
        # records can be sources.
        return Phrase(
            text[start : start + words[-1].end()], start, start + words[-1].end(), "group"
        )
    return None


# The cue words of a clause `_indirect` tries, and the joints of a sentence
# `_joined_clauses` tries, each from the first. No clause of PolNeAR's 924 articles
# holds more than 8 cue words, nor any sentence more than 6 joints; a run of text
# with hundreds ("Holt said: Holt said: …") is no prose, and trying each of them
# from each joint would cost the square of its length.
_CUES_READ = 16
_JOINTS_READ = 12


def _indirect(text: str, start: int, end: int) -> tuple[tuple[int, int], _Found] | None:
    """Find one reported-speech frame in a sentence and the content it introduces."""
    according = (
        _according(text, start, end)
        or _as_reported(text, start, end)
        or _in_record(text, start, end)
    )
    if according is not None:
        return according
    records = _records_report(text, start, end)
    cues = find_cues(text, start, end)
    for cue in cues[:_CUES_READ]:
        if records is not None and records[1].cue and records[1].cue[0] < cue.start():
            return records  # "Polls show that voters believe …": the outer frame first
        head = _head_verb(cue.group())
        if head is None or _attributive(text, start, cue) or _in_fronted_phrase(text, start, cue):
            continue
        if re.match(r"\s+(?:responsibility|credit)\b", text[cue.end() : cue.end() + 20]):
            continue
        trailing = _trailing_frame(text, start, end, cue)
        if trailing:
            return trailing
        subject = subject_before(text, start, cue.start())
        before = text[start : cue.start()].rstrip()
        if subject is not None and head in _PARTICIPLES and _issued(text, start, subject):
            # "Berg issued a statement saying …": Berg says it.
            subject = frames.sentence_subject(text, start, subject.start) or subject
        if subject is None and (
            (head in _PARTICIPLES and _opens_participle(before)) or _AND_BEFORE.search(before)
        ):
            # "Ruiz criticised the plan, saying that …", "Ruiz ended by saying that …",
            # "Ruiz arrived and said …": the sentence's subject speaks.
            subject = frames.sentence_subject(text, start, cue.start())
        elif (
            subject is None
            and head in speech_verbs()
            and _TO_BEFORE.search(text, start, cue.start())
        ):
            # "Ruiz was careful to add that …": the subject of the verb it hangs on.
            subject = _subject_of_infinitive(text, start, cue.start())
            if subject is not None and subject.text.lower() == "it":
                subject = None  # "it is safe to say …": nobody's report
        subject = _unless_setting(text, start, subject, head)
        if subject is None:
            continue
        main = _main_verb_after_restrictive(text, start, cue, cues, end)
        if main is not None:
            # "Skippers who have praised him warned that …": the clause's verb is not
            # the sentence's; its subject speaks with the verb after the clause.
            cue, head = main, _head_verb(main.group()) or head
        if subject.kind == "pronoun" and subject.text.lower() in ("they", "we"):
            # "Anti-toll campaigners said they fear …": they are the ones who said it.
            subject = _plural_antecedent(text, start, subject) or subject
        if subject.kind == "group" and not _group_speaks(subject.text, cue.group()):
            continue
        content_start = frames.content_after(text, cue.end(), end, cue.group())
        if content_start is None:
            continue
        return _closing_report(text, start, end, cue, cues[-1]) or (
            _reported(text, content_start, end),
            _Found(subject, cue.span(), "cue"),
        )
    return records


# Words that make the verb after them the clause's own: "to endorse", "speaks and tweets",
# "who said he plans"; not "to" with a verb of its own ("who want to ban it said").
_OPENS_CLAUSE = re.compile(
    r"[,;:“”\"]|\b(?:that|who|which|and|or|but|not|never|he|she|they|it|we|i)\b"
    r"|\bto(?:\s*$|\s+(?-i:[A-Z]))",
    re.I,
)
# "who", its auxiliary and an adverb, right before a verb, with no comma before "who".
_RESTRICTIVE_WHO = re.compile(r"(?<![,\s])\s+who\s+(?:(?:has|have|had|also|\w+ly)\s+){0,2}$")


def _main_verb_after_restrictive(
    text: str, start: int, cue: CueMatch, cues: list[CueMatch], end: int
) -> CueMatch | None:
    """The sentence's verb after a restrictive relative clause that holds ``cue``:
    "Even pilots who have praised the dredging warned on Tuesday that …"."""
    if not _RESTRICTIVE_WHO.search(text, max(start, cue.start() - 40), cue.start()):
        return None
    later = next((other for other in cues if other.start() > cue.end()), None)
    if later is None:
        return None
    between = text[cue.end() : later.start()]
    if (
        len(between.split()) > 8
        or _OPENS_CLAUSE.search(between)
        or _is_participle(later)
        or frames.content_after(text, later.end(), end, later.group()) is None
    ):
        return None
    return later


def _attributive(text: str, start: int, cue: CueMatch) -> bool:
    """ "The most telling vote", "the port's chief supporting role": a participle
    after a determiner or a degree word describes the noun after it; it reports nothing."""
    if not _is_participle(cue) or " " in cue.group():
        return False
    before = last_word(text, max(start, cue.start() - 20), cue.start())
    return before is not None and before.lower() in _ATTRIBUTIVE_LEADS


_ATTRIBUTIVE_LEADS = DETERMINERS | {"most", "more", "same", "chief", "own"}


def _in_fronted_phrase(text: str, start: int, cue: CueMatch) -> bool:
    """ "In a harbour blog post on Sunday, the port said …": a cue word right after a
    preposition and its determiner, at the sentence's start, is a noun."""
    if cue.group().endswith(("ed", "ing")):
        return False
    return _FRONTED_NOUN.fullmatch(text, start, cue.start()) is not None


# A preposition, a determiner and up to three words, opening the sentence.
_FRONTED_NOUN = re.compile(
    r"[\s“\"(]*(?:In|On|Through|Via)\s+"
    r"(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those|[A-Z][\w.]*['’]s)\s+"
    r"(?:(?!to\b)(?![\w'’\-]*ed\b)[\w'’\-]+\s+){0,3}"
)


def _closing_report(
    text: str, start: int, end: int, cue: CueMatch, last: CueMatch
) -> tuple[tuple[int, int], _Found] | None:
    """ "Two pilots have agreed to sit on the ferry board, the council announced Tuesday.":
    a frame that closes the sentence (on its ``last`` cue) reports all before it, the
    earlier verb included."""
    if last.start() < cue.end():
        return None
    trailing = _trailing_frame(text, start, end, last)
    if trailing is None or trailing[0][1] <= cue.end():
        return None
    phrase = trailing[1].phrase
    if phrase.kind == "group" and not _group_speaks(phrase.text, last.group()):
        return None
    frame_end = max(phrase.end, last.end())
    if _CLOSING_TAIL.fullmatch(text, frame_end, end):
        return trailing
    if phrase.start > last.start() and _only_describes(text, phrase.end, end):
        return trailing  # "…, said Lena Obi, director of Quayside Tours."
    return None


# After a closing frame, at most a word or two ("Tuesday", "last week") and the stop;
# a closing quotation mark would put the frame inside somebody's words.
_CLOSING_TAIL = re.compile(r"(?:\s+[\w’'.-]+){0,2}\s*[.!?]\s*")


def _group_speaks(phrase: str, cue: str) -> bool:
    """Whether a group subject can report: "The actress explained …" speaks; "the plan
    wants …" is no source."""
    head = _head_verb(cue)
    return (
        source_like(phrase)
        or frames.is_share(phrase)
        or ((head in speech_verbs() or " " in cue) and _definite(phrase))
        or (head in _SAYING and _plain_group(phrase))
    )


# Verbs that only people and their records do: any group that says or tells speaks
# ("those surveyed say", "the heads of both firms told the Gazette").
_SAYING = frozenset({"say", "says", "said", "tell", "tells", "told"})


def _plain_group(phrase: str) -> bool:
    """A group of at most eight words that is no count ("two suicide bombs")."""
    return len(phrase.split()) <= 8 and not phrase[:1].isdigit()


def _head_verb(cue: str) -> str | None:
    """The word of a cue that reports: "said", "called" of "called for", "say" of
    "went on to say", "pointed" of "pointed out" (a phrase is a verb of its own).

    None for a cue that is no verb: "according to", "in a statement", "as quoted by".
    """
    words = cue.lower().split()
    verbs = _head_verbs()
    head = next((word for word in words if word in verbs), None)
    if head is None and len(words) > 1 and words[0] not in _PREPOSITIONAL_CUES:
        return words[0]
    return head


_PREPOSITIONAL_CUES = frozenset({"in", "as", "according"})


@cache
def _head_verbs() -> frozenset[str]:
    """The reporting verbs, and the evidence verbs but their participle: "show" is a cue
    only after its record ("reports show"), and "showing" is no report."""
    return report_verbs() | {verb for verb in evidence_verbs() if not verb.endswith("ing")}


def _records_report(text: str, start: int, end: int) -> tuple[tuple[int, int], _Found] | None:
    """ "Polls show that …", "a poll that shows Ruiz ahead", "…, records show." report;
    "the video shows him leaving" and "he showed up" do not."""
    for verb in _evidence_verb().finditer(text, start, end):
        subject = _record_before(text, start, verb.start())
        if subject is None:
            continue
        if _SENTENCE_ENDS.match(text, verb.end(), end):
            # "The plane was insured for $35 million, records show.": the finding comes first.
            comma = text.rfind(",", start, subject.start)
            if comma == -1 or text[comma + 1 : subject.start].strip() or comma - start < 15:
                continue
            return strip_span(text, start, comma), _Found(subject, verb.span(), "cue")
        opener = _FINDING.match(text, verb.end(), end)
        if opener is None:
            continue
        return _reported(text, opener.start(1), end), _Found(subject, verb.span(), "cue")
    return None


def _record_before(text: str, start: int, verb: int) -> Phrase | None:
    """The record that is the subject of an evidence verb, also across "that"/"which"."""
    subject = subject_before(text, start, verb)
    relative = _RELATIVE.search(text, start, verb)
    if (subject is None or subject.kind == "pronoun") and relative is not None:
        subject = frames.phrase_before(text, start, relative.start())
    if subject is not None and subject.kind != "pronoun":
        if subject.text.split()[-1].lower() in record_nouns():
            return subject
    return _record_leading(text, start, verb)


def _record_leading(text: str, start: int, verb: int) -> Phrase | None:
    """A record heading the words before its verb, with what describes it after it:
    "Exit polling showed", "A Quayside poll out Monday showed", "Research conducted
    for the center showed", "An average of recent surveys by HarbourWatch shows"."""
    lead = _record_lead_pattern().fullmatch(text, start, verb)
    if lead is None or _AUXILIARY_WORD.search(lead.group("post")):
        return None  # "the poll was released and shows": the record is not the subject
    return Phrase(lead.group("np"), lead.start("np"), lead.end("np"), "group")


@cache
def _record_lead_pattern() -> re.Pattern[str]:
    records = alternation(record_nouns())
    return re.compile(
        rf"\s*(?P<np>(?:[\w.’'&/-]+\s+){{0,4}}?(?i:{records}))"
        r"(?P<post>(?:\s+[^\s,;:.!?“”\"]+){0,14})\s*"
    )


_AUXILIARY_WORD = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|and|but|that|which)\b", re.I
)


_RELATIVE = re.compile(r"\s+(?:that|which)\s+(?:(?:also|now|still)\s+)?$")
_SENTENCE_ENDS = re.compile(r"\s*(?:[.;!?]|$)")


@cache
def _evidence_verb() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(evidence_verbs(), grouped=True)})\b", re.IGNORECASE)


# What a record's finding opens with: "that …", "a 10-point lead", "her ahead"; not
# "showed up" or "showed off".
_FINDING = re.compile(r"\s+(?!(?:up|off)\b)([\w$“\"])")


def _issued(text: str, start: int, subject: Phrase) -> bool:
    """Whether the phrase read before a participle is a thing its sentence's subject issued
    ("Berg issued a statement Saturday saying …", "the trust released a video showing
    …"): the one who issued it is the speaker, as readers (and the annotators) take it."""
    words = _TIME_AFTER.sub("", subject.text).lower().split()
    return (
        len(words) >= 2
        and words[0] in ("a", "an")
        and frames.is_setting(" ".join(words))
        and _ISSUER_VERB.search(text, start, subject.start) is not None
    )


# A verb that makes a document its object, right before the document.
_ISSUER_VERB = re.compile(
    r"\b(?:issued|released|put\s+out|sent(?:\s+out)?|posted|published|delivered|gave)\s+$"
)
_TIME_AFTER = re.compile(r"\s+(?:late\s+|on\s+|early\s+)?[A-Z][a-z]+day$")


def _is_participle(cue: CueMatch) -> bool:
    return cue.group().split()[0].lower() in _PARTICIPLES


def _opens_participle(before: str) -> bool:
    """A participle after a comma (inside closing marks too: 'its “values,” saying')
    or after "by", "before" or "after" reports for the sentence's subject, also past
    an adverb of its own (", alternately shouting")."""
    before = _ADVERB_LAST.sub("", before)
    return before.rstrip("”\"'’»").endswith(",") or _PARTICIPLE_LEAD.search(before) is not None


# "Ruiz closed by saying", "Holt said before adding": the participle is the subject's;
# so is one after a verb of going on, "Holt kept asking her why …", "Ruiz began calling".
_PARTICIPLE_LEAD = re.compile(
    r"\b(?:by|before|after|kept|keeps?|began|begins?|started|starts?|continued|continues?)$"
)
_ADVERB_LAST = re.compile(rf"\s+(?:[a-z]+ly|{alternation(ADVERBS)})$")


# Participles that report for a subject named before them ("…, saying that …",
# "…, stating on Quay Radio that …", "…, criticizing the plan"): every -ing form of a
# reporting verb, the first word of a multi-word cue's ("pointing to", "talking
# about"; as a cue it needs the words after it), and "referring" of "referring to".
_PARTICIPLES = (
    frozenset(form for form in report_verbs() if form.endswith("ing"))
    | phrase_participles()
    | {"referring"}
)


def _after_closing_marks(text: str, start: int, comma: int) -> int:
    """Where a frame may start after a comma: past the marks closing a quoted phrase
    ('The rival will play the "harbour card," Ruiz said.'), unless a verb before the
    phrase makes it that verb's ("Marsh called it “a sham,” Ruiz said")."""
    after = _CLOSING_MARKS.match(text, comma + 1).end()
    if after == comma + 1:
        return after
    opening = max(text.rfind(mark, start, comma) for mark in _PHRASE_OPENERS)
    return after if opening > start and not has_cue(text, start, opening) else comma + 1


_PERFECT_BEFORE = re.compile(r"\s+(?:has|have|had)(?:\s+(?:also|\w+ly))?\s+$")
_CLOSING_MARKS = re.compile(r"(?:''|[”\"’'])*")
_PHRASE_OPENERS = ("“", '"', "''", "‘", "«")


# Words that may open a frame's subject before the phrase read back from its verb:
# the first of two people or groups ("union members and"), or a measure of a group
# ("a wide array of").
_SUBJECT_LEAD = re.compile(
    r"\s+(?:(?:[\w.’'-]+\s+){1,2}(?:and|or)|(?:a|an)\s+(?:[a-z]+\s+){0,2}of)\s+"
)


def _trailing_frame(
    text: str, start: int, end: int, cue: CueMatch
) -> tuple[tuple[int, int], _Found] | None:
    """ "…, Eastport Consul Ivo Lindqvist told Quay Radio." — content before the frame."""
    comma = text.rfind(",", start, cue.start())
    if comma == -1 or not text[start:comma].strip():
        return None
    if _only_sets_the_scene(text, start, comma) and not text.startswith(",", cue.end()):
        return None  # a frame set off by commas ("In 2019, Obi says, …") still frames
    after = _after_closing_marks(text, start, comma)
    # "…, Holt has said.": a perfect tense's auxiliary stands between the two (a modal
    # makes a clause of its own: "…, he would back the ferry.").
    perfect = _PERFECT_BEFORE.search(text, after, cue.start())
    verb = perfect.start() if perfect else cue.start()
    # "…, Sen. Ana Marsh (D-Quay) said.": the subject ends before the brackets.
    bracketed = _BRACKETS_BEFORE.search(text, after, verb)
    found = frames.home_subject(text, after, bracketed.start() if bracketed else verb)
    subject, subject_end = found if found else (None, after)
    # "…, harbour pilots and skippers say, …", "…, a wide array of traders say, …"
    led = subject is not None and _SUBJECT_LEAD.fullmatch(text, after, subject.start)
    if not led and (subject is None or text[after : subject.start].strip()):
        if (
            text[_CLOSING_MARKS.match(text, comma + 1).end() : cue.start()].strip()
            or cue.group().split()[0].lower().endswith("ing")
            or _stance_only(text, cue)
        ):
            # ", saying the city …" is a report, ", thanked Ruiz" names its object: neither
            # is a frame with its speaker after it.
            return None
        # ", said X." — verb first, unless the words before the comma hold its subject
        # ("Marsh, who won no seats, said the result speaks volumes"); but a
        # name right after the verb, with only its description after it, speaks
        # ("…, whom he has alienated, said Ana Marsh, director of …"). A listener
        # follows "told", never a speaker.
        subject = frames.phrase_after(text, cue.end(), frames.clause_end(text, cue.end(), end))
        if subject is None or "," in text[cue.end() : subject.start]:
            return None  # "cuts the toll to, say, two dollars": no fronted verb
        named_last = (
            subject.kind == "name"
            and cue.group().split()[0].lower() not in frames.object_verbs()
            and subject.start == frames.word_start(text, cue.end())
            and _only_describes(text, subject.end, end)
        )
        if not named_last and subject_before(text, start, cue.start()) is not None:
            return None
        subject_end = subject.end
    if not frames.gap_is_subject(text, subject_end, cue.start()) and subject.start < cue.start():
        return None
    frame_end = max(subject.end, cue.end())
    if _PARTICIPLE_AFTER.match(text, frame_end, end) and comma - start >= 15:
        # "…, Ruiz said, adding that …": the frame ends at the participle, which
        # reports anew (see ``_participle_report``).
        return strip_span(text, start, comma), _Found(subject, cue.span(), "cue")
    tail = text[cue.end() : end]
    participle = _PARTICIPLE_AFTER.search(tail)
    if participle is not None:
        # "…, Ruiz said Tuesday at the quay, noting that …": the participle reports anew.
        tail = tail[: participle.start()]
    speaks = subject.kind in ("name", "pronoun", "descriptor") or (
        subject.kind == "group" and source_like(subject.text)
    )
    if speaks and (
        (tail.startswith(",") and len(tail.split()) >= 4) or _resumes(text, frame_end, end)
    ):
        # A parenthetical frame: "In three years, Obi says, the pier has sunk a foot."
        return _reported(text, start, end), _Found(subject, cue.span(), "cue")
    if comma - start < 15:
        return None
    verb_first = subject.start > cue.start()
    if verb_first:
        if _only_describes(text, subject.end, end):
            # ", said Ben Holt, a former adviser to the council.": the aside
            # after the name describes the speaker; it is not more content.
            tail = text[cue.end() : subject.end]
    if re.search(r"\b(?:that|whether|if)\b", tail[:40]) or len(tail.split()) > 8:
        return None
    if not verb_first:
        forward = frames.content_after(text, cue.end(), end, cue.group())
        if forward is not None and word_count(text[forward:end]) >= _MIN_CONTENT_WORDS:
            # "Even after the levy was passed, Ortiz said he …": the content
            # follows the verb; what stands before the comma only sets the scene.
            return None
    return strip_span(text, start, comma), _Found(subject, cue.span(), "cue")


_BRACKETS_BEFORE = re.compile(r"\s*\([^()\n]{1,60}\)\s*$")


# The sentence's own verb after a frame set off by commas: "…, will open", "…, is that".
_PREDICATE = re.compile(
    r"\s*(?:(?:is|are|was|were|will|would|can|could|should|may|might|must|has|have|had|"
    r"does|do|did)(?:n['’]t)?|won['’]t|[a-z]{3,}ed)\b"
)


def _resumes(text: str, frame_end: int, end: int) -> bool:
    """Whether the sentence goes on past a frame that interrupts it: "The pier, said
    Ruiz, will open", "…, Ruiz said on Monday, will open", "…, said Ruiz, the harbour
    master, will open"."""
    position = frames.skip_right(text, frame_end, end)
    if not text[frame_end:position].rstrip().endswith(","):
        comma = _COMMA_NEXT.match(text, position, end)
        if comma is None:
            return False
        position = comma.end()
    if _PREDICATE.match(text, position, end):
        return True
    aside = _ASIDE.match(text, position, end)
    return (
        aside is not None
        and (frames.looks_appositive(aside.group(1)) or frames.is_long_description(aside.group(1)))
        and _PREDICATE.match(text, aside.end(), end) is not None
    )


_COMMA_NEXT = re.compile(r"\s*,")
# One aside describing the speaker named last, up to the comma that resumes the sentence.
_ASIDE = re.compile(r"(\s*[^\s,;:.!?“”\"]+(?:\s+[^\s,;:.!?“”\"]+){0,24}),")


def _only_sets_the_scene(text: str, start: int, comma: int) -> bool:
    """ "In a 1974 speech, he declared:", "As a pilot, she felt …": an opening
    phrase with no clause after it says when or how, not what was said; so do
    several short ones, linking words among them ("On Tuesday, even as the shares
    fell, Holt wrote …", "On Thursday, however, Holt spoke …")."""
    parts = text[start:comma].split(",")
    if len(parts) == 1:
        return _SCENE_OPENER.match(parts[0].strip()) is not None
    return all(
        part.strip().lower() in frames.CONNECTIVES
        or (_SCENE_OPENER.match(part.strip()) is not None and len(part.split()) <= 10)
        for part in parts
    )


_SCENE_OPENER = re.compile(
    r"[“\"]?(?:In|At|On|During|After|Before|As|With|Without|Despite|Since|Shortly|Though"
    r"|Although|While|When|Whenever|Because|If|Unless|Once|Until"
    r"|Even\s+(?:though|as|if|when|after|before|while))\b",
    re.IGNORECASE,
)


_PARTICIPLE_AFTER = re.compile(rf"\s*,\s*(?:{'|'.join(sorted(_PARTICIPLES))})\b", re.IGNORECASE)


def _only_describes(text: str, start: int, end: int) -> bool:
    """Whether what follows a speaker named last in its sentence only describes them:
    nothing, an aside (", director of the Harbour Studies Unit at the University of
    Tidewater"), or a relative clause ("an aide who was briefed on Holt's plans")."""
    rest = text[start:end].strip()
    if not rest.rstrip(".!?") or _RELATIVE_START.match(rest):
        return True
    if not rest.startswith(","):
        return False
    aside = rest[1:].rstrip(".!?")
    return _describes(rest, loosely=True) or (
        frames.is_long_description(aside) and not _CLAUSE_WORD.search(aside)
    )


# A pronoun or an auxiliary makes a clause of words that could otherwise describe.
_CLAUSE_WORD = re.compile(
    r"\b(?:i|you|he|she|it|we|they|is|are|was|were|has|have|had|will|would|could|can|"
    r"should|may|might|must|do|does|did)\b",
    re.IGNORECASE,
)


_RELATIVE_START = re.compile(r"(?:who|whose)\b")


def _reported(text: str, start: int, end: int) -> tuple[int, int]:
    """Reported content: ``text[start:end]`` without edge spaces and its final stop."""
    start, end = strip_span(text, start, end)
    return start, _drop_final_stop(text, start, end)


def _drop_final_stop(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".!?":
        end -= 1
    return end
