"""Claims: sentences that state a count or amount, and whether a source is given.

Attribution is read generously, because PV201 must not cry wolf: a sentence
is attributed when it lies in an attributed quote or an interviewee's answer,
overlaps reported speech with a speaker, opens with "According to", carries a
reporting verb, or names a poll or record, or follows one named earlier in its
paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from provlint.checks.registry import in_zone
from provlint.extract.cues import evidence_verbs, find_cues, record_nouns
from provlint.extract.speakers import DETERMINERS
from provlint.records import Claim, Document, Figure, Quote, Zone
from provlint.resources import lexicon
from provlint.text import SpanIndex, alternation, last_word, make_span, paragraphs, sentences


def find_claims(
    doc: Document, figures: tuple[Figure, ...], quotes: tuple[Quote, ...], zones: tuple[Zone, ...]
) -> tuple[Claim, ...]:
    """One claim per sentence holding a non-date figure, in document order."""
    text = doc.text
    claims = []
    previous_start = doc.body_start
    paras = list(paragraphs(text, doc.body_start))
    answers = _answers(text, paras)
    figure_starts = [figure.span.start for figure in figures]  # sorted, as the figures are
    quote_index = SpanIndex([(quote.span.start, quote.span.end) for quote in quotes])
    for para_start, para_end in paras:
        # A poll's shares may run on into the next paragraph: it is searched too.
        poll_search_start, previous_start = previous_start, para_start
        if in_zone(para_start, para_end, zones):
            continue
        record: str | None = None  # a poll or record named earlier in the paragraph
        credit = _bracketed_credit(text, para_start, para_end)
        for start, end in sentences(text, para_start, para_end):
            inside = tuple(
                i
                for i in range(bisect_left(figure_starts, start), bisect_right(figure_starts, end))
                if figures[i].span.end <= end
                and not (_tells(figures[i]) or _names_a_known_set(text, figures[i]))
            )
            if not any(figures[i].unit != "date" for i in inside):
                continue
            attributed, source = _source(text, start, end, quotes, quote_index)
            # An interviewee's answer: their figures, as in a quotation whose
            # speaker the transcript does not name.
            attributed = attributed or para_start in answers
            if not attributed and credit is not None:
                attributed, source = True, credit
            named = _record_source(text, start, end)
            if named is not None:
                if not attributed:
                    attributed, source = True, named
                record = source or named
            elif not attributed:
                # "In a Tidewater poll, 44 percent … . Frost trails at 13 percent.": the
                # figures after a named poll or record are its figures too; and shares
                # after a poll named in a sentence with no figure of its own.
                source = record or _poll_before(text, poll_search_start, start, figures, inside)
                attributed = source is not None
            claims.append(
                Claim(make_span(doc, start, end), text[start:end], attributed, source, inside)
            )
    return tuple(claims)


def _source(
    text: str, start: int, end: int, quotes: tuple[Quote, ...], quote_index: SpanIndex
) -> tuple[bool, str | None]:
    """Whether the sentence gives a source by a quote, "According to" or a reporting
    verb, and its name when one is known (a record it names is `_record_source`'s)."""
    for index in quote_index.overlapping(start, end):  # the quotes over the sentence, in order
        quote = quotes[index]
        if quote.in_zone:
            continue
        if quote.speaker is not None:
            return True, quote.speaker.name or quote.speaker.mention
        if quote.kind == "direct" and quote.span.start <= start and end <= quote.span.end:
            # Someone's words in quotation marks: whether their speaker is known is
            # PV101's question, not a figure stated by the article itself.
            return True, None
    if text[start:end].lower().startswith("according to"):
        return True, None
    for cue in find_cues(text, start, end):
        before = text[max(start, cue.start() - 12) : cue.start()].split()
        if not before or before[-1].lower() not in DETERMINERS:  # "the report" is a noun
            return True, None
    return False, None


def _record_source(text: str, start: int, end: int) -> str | None:
    """The poll, filing or other record a sentence names as its figures' source."""
    evidence = _evidence_pattern().search(text, start, end)
    if evidence:
        # "In a harbour board poll out on Friday, 44 percent …", "tax filings show …".
        return evidence.group().strip()
    shown = _shown_pattern().search(text, start, end)
    if shown:
        # "It showed $75,000 in fees", "council minutes that showed …".
        return shown.group(1)
    return None


def _bracketed_credit(text: str, start: int, end: int) -> str | None:
    """The outlet a digest paragraph credits at its end ("… in May. [Herald]",
    "[NYT.]"): the source of every figure in it."""
    credit = _CREDIT.search(text, max(start, end - 40), end)
    if credit is None:
        return None
    # The words are checked apart: one pattern for "one to four capitalised words"
    # would try every way of cutting a long run of capitals into four.
    words = credit.group(1).split()
    if len(words) > 4 or not all(_CREDIT_WORD.fullmatch(word) for word in words):
        return None
    return " ".join(words).rstrip(".")


_CREDIT = re.compile(r"\[([A-Z][^\[\]\n]*)\]\s*$")
_CREDIT_WORD = re.compile(r"[A-Z][\w’'&.-]*")


def _answers(text: str, paras: list[tuple[int, int]]) -> frozenset[int]:
    """The starts of the paragraphs that answer in a question-and-answer interview:
    each "A:" paragraph and those after it up to the next "Q:". Only where the
    article has both labels, so a lone "A:" line is not read as a transcript."""
    labels = [_QA_LABEL.match(text, start, end) for start, end in paras]
    if {"Q", "A"} - {label.group(1) for label in labels if label}:
        return frozenset()
    answers, answering = set(), False
    for (start, _), label in zip(paras, labels, strict=True):
        if label:
            answering = label.group(1) == "A"
        if answering:
            answers.add(start)
    return frozenset(answers)


_QA_LABEL = re.compile(r"([QA]):\s")


def _poll_before(
    text: str, search_start: int, start: int, figures: tuple[Figure, ...], inside: tuple[int, ...]
) -> str | None:
    """The last poll named between ``search_start`` and a sentence whose figures are
    all shares (the start of the paragraph before, so a list of results may run on).

    "The latest poll puts Ruiz well ahead. Ortiz was next at 14 percent.": a poll
    gives percentages and margins, so only those are read as its figures; "in the
    polls" is an idiom, so a plural needs a word of its own ("recent state polls").
    """
    stated = [figures[i] for i in inside if figures[i].unit != "date"]
    if not all(f.unit == "percent" or f.counts in _SHARE_NOUNS for f in stated):
        return None
    last = None
    for last in _POLL_NAMED.finditer(text, search_start, start):  # noqa: B007 (the last one)
        pass
    return " ".join(last.group().split()) if last else None


_SHARE_NOUNS = frozenset({"point", "points", "percentage"})
_POLL_NAMED = re.compile(
    r"\b(?:the|a|an|[A-Z][\w.’'-]*[’']s)\s+"
    r"(?:(?:[^\s,.;:]+\s+){0,6}?(?:poll|survey)|(?:[^\s,.;:]+\s+){1,6}?(?:polls|surveys))\b",
    re.IGNORECASE,
)


def _tells(figure: Figure) -> bool:
    """No fact that needs a source: a count of the article's own telling ("two things
    to know", "These 3 Words") or a span of time ("for 20 years", "two weeks ago")."""
    return figure.counts in _discourse_nouns() or (figure.unit or figure.counts) in _time_nouns()


def _names_a_known_set(text: str, figure: Figure) -> bool:
    """ "The two men", "those three states": a small number after a definite word
    names a set the reader already knows; it states no count."""
    largest, words = _definite()
    if figure.value is None or figure.value > largest:
        return False
    before = last_word(text, max(0, figure.span.start - 12), figure.span.start)
    return before is not None and before.lower() in words


@cache
def _definite() -> tuple[float, frozenset[str]]:
    definite = lexicon("figures")["definite"]
    return definite["largest"], frozenset(definite["words"])


@cache
def _discourse_nouns() -> frozenset[str]:
    return frozenset(lexicon("figures")["discourse"]["nouns"])


@cache
def _time_nouns() -> frozenset[str]:
    return frozenset(lexicon("figures")["time"]["nouns"])


# What may stand for a record before "showed": the record itself, or a word for it.
_RECORD_STAND_INS = ("it", "they", "that", "which")


@cache
def _shown_pattern() -> re.Pattern[str]:
    """A record, or a pronoun or relative for one, followed by a verb by which records
    report ("the numbers … showed that", "ledgers showing he was paid")."""
    subjects = alternation({*record_nouns(), *_RECORD_STAND_INS}, grouped=True)
    # The bare form is the noun after "that" or "it" ("that show drew …"); "showed up"
    # and "showed off" are deeds.
    verbs = alternation(evidence_verbs() - {"show"}, grouped=True)
    return re.compile(
        rf"\b({subjects})\s+(?:(?:also|now|clearly)\s+)?(?:{verbs})\b(?!\s+(?:up|off)\b)",
        re.IGNORECASE,
    )


@cache
def _evidence_pattern() -> re.Pattern[str]:
    """A poll, survey, study, filing or other record named as the figures' origin."""
    nouns = alternation(lexicon("speech")["nouns"]["evidence"], grouped=True)
    return re.compile(rf"\b(?:{nouns})\b", re.IGNORECASE)
