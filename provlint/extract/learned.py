"""Attributions the rules miss, tagged by a trained sequence model (optional).

The rules report speech framed by a verb they know. Annotated news also
attributes beliefs, findings and stances ("Many activists dislike …", "The poll
shows …"), in more shapes than rules can list. A conditional random field tags
each token of a paragraph as content, source or cue. It sees the words around
the token, the lexicon's word classes, the rules' own reading of the token and
whether it is in a person's name the rules found, so it learns where the rules
are right and where they stop short.

provlint adds only what the rules did not find: an attribution the model tags
with a cue, that cuts into no quote the rules found (it may hold a quoted
phrase whole: the clause that reports it). Its speaker is the subject
the rules read before the cue, else the source the model tagged, else none
("It is obvious that …"). The rules' quotes stay as they were, but for one
thing: where the model tags a report of its own inside a rules' reported
speech, after "and", "but" or a comma before a new subject ("Half see the toll
as fair, but Holt signalled …"), the rules' content ends before it. Needs
python-crfsuite (`pip install 'provlint[learned]'`) and a model file
(bench/train_attribution.py builds one from annotated articles).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any, NamedTuple

from provlint.checks.registry import in_zone
from provlint.extract import cues, frames
from provlint.extract.speakers import Resolver, classify, only_linking_words
from provlint.records import Cue, Document, Person, Quote, Speaker, Zone
from provlint.text import (
    SpanIndex,
    make_span,
    paragraphs,
    sentences,
    stripped_end,
    word_count,
)

TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*|''|``|[^\w\s]")
OPENING = frozenset({"“", "‘", "«", "``"})
CLOSING = frozenset({"”", "’", "»", "''"})
QUOTE_MARKS = OPENING | CLOSING | {'"'}
PRONOUNS = frozenset("he she they it we i you his her their its our".split())
SENTENCE_END = frozenset(".!?")
CONTEXT = (-3, -2, -1, 1, 2, 3)
# What a token is, to the rules and to the annotators: a label's priority
# decides a token that lies in two spans (a cue inside another quote's content).
PRIORITY = {"O": 0, "C": 1, "S": 2, "Q": 3}


class Token(NamedTuple):
    start: int
    end: int
    text: str


class Tagged(NamedTuple):
    """One attribution the model tagged: token ranges [first, last] of its parts."""

    content: tuple[int, int]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Words (with inner apostrophes, hyphens and dots) and single marks."""
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


@cache
def _word_classes() -> dict[str, tuple[str, ...]]:
    """Lower-case word → the lexicon lists it is in (speech, belief, …)."""
    found: dict[str, list[str]] = {}
    for name, words in (
        ("speech", cues.speech_verbs()),
        ("belief", cues.belief_verbs()),
        ("evidence", cues.evidence_verbs()),
        ("report", cues.report_verbs()),
        ("record", cues.record_nouns()),
        ("attitude", cues.attitude_verbs()),
    ):
        for word in words:
            found.setdefault(word.lower(), []).append(name)
    return {word: tuple(names) for word, names in found.items()}


_SHAPE = re.compile(r"(.)\1+")


def _shape(word: str) -> str:
    """Letter case and digits in brief: "McCain" → "XxXx", "2016" → "dd"."""
    shape = "".join(
        "X" if "A" <= c <= "Z" else "x" if "a" <= c <= "z" else "d" if c.isdecimal() else c
        for c in word
    )
    return _SHAPE.sub(r"\1\1", shape)


def rule_spans(
    quotes: Iterable[Quote], people: Iterable[Person] = ()
) -> list[tuple[int, int, str]]:
    """What the rules found, as labelled spans: content by kind, speaker, cue, and the
    people they named ("P")."""
    spans = [(m.span.start, m.span.end, "P") for person in people for m in person.mentions]
    for quote in quotes:
        if quote.in_zone:
            continue
        spans.append((quote.span.start, quote.span.end, "C" + quote.kind[0]))
        if quote.speaker:
            spans.append((quote.speaker.span.start, quote.speaker.span.end, "S"))
        if quote.cue:
            spans.append((quote.cue.span.start, quote.cue.span.end, "Q"))
    return spans


def rule_reading(
    words: Sequence[Token], spans: Sequence[tuple[int, int, str]]
) -> tuple[list[str], list[bool]]:
    """What the rules made of each token: the label of the highest-priority span it
    lies in (the first of them; "O" for none), and whether it lies in a person's name
    they found. Both taggers read this."""
    # Each span labels the tokens it overlaps, found by bisection (the tokens are in
    # order): asking every span about every token cost the square of a paragraph.
    starts, ends = [token.start for token in words], [token.end for token in words]
    labels, named = ["O"] * len(words), [False] * len(words)
    for start, end, label in spans:
        covered = range(bisect_right(ends, start), bisect_left(starts, end))
        if label == "P":
            for index in covered:
                named[index] = True
            continue
        for index in covered:
            # The first span of the highest priority wins, as spans come in order.
            if PRIORITY[label[0]] > PRIORITY[labels[index][0]]:
                labels[index] = label
    return labels, named


def _sentence_ids(words: Sequence[Token]) -> list[int]:
    """A sentence number per token: a full stop before a capital or a mark ends one."""
    ids, current = [], 0
    for index, token in enumerate(words):
        ids.append(current)
        following = words[index + 1].text if index + 1 < len(words) else ""
        if token.text in SENTENCE_END and following[:1].isupper() | (following in QUOTE_MARKS):
            current += 1
    return ids


def _where(index: int, places: Sequence[int] | None, name: str) -> list[str]:
    """Whether the sentence has such a word before or after the token, and how far."""
    if not places:
        return [f"{name}=none"]
    side = ("b" if places[0] < index else "") + ("a" if places[-1] > index else "")
    after = bisect_left(places, index)  # places are in order: the nearest is beside it
    distance = min(abs(places[i] - index) for i in (after - 1, after) if 0 <= i < len(places))
    bucket = distance if distance < 6 else 10 if distance < 15 else 20
    return [f"{name}={side}", f"{name}d={bucket}"]


def token_features(
    words: Sequence[Token], spans: Sequence[tuple[int, int, str]]
) -> list[list[str]]:
    """The features of each token of one paragraph, the rules' spans among them."""
    classes = _word_classes()
    lower = [token.text.lower() for token in words]
    rule, named = rule_reading(words, spans)
    sentence = _sentence_ids(words)
    speech_words: dict[int, list[int]] = {}
    rule_cues: dict[int, list[int]] = {}
    for index, word in enumerate(lower):
        if word in classes:
            speech_words.setdefault(sentence[index], []).append(index)
        if rule[index] == "Q":
            rule_cues.setdefault(sentence[index], []).append(index)
    quoting = {sentence[i] for i, token in enumerate(words) if token.text in QUOTE_MARKS}
    features = []
    quoted = False
    for index, token in enumerate(words):
        found = list(_word_features(token.text))
        if token.text in QUOTE_MARKS:
            quoted = token.text in OPENING or (token.text not in CLOSING and not quoted)
            found += ["qm", f"qm_now_in={quoted:d}"]
        found += [f"inq={quoted:d}", f"sq={sentence[index] in quoting:d}"]
        if named[index]:
            found.append("pm")
        if index == 0:
            found.append("BOP")
        elif words[index - 1].text in SENTENCE_END:
            found.append("BOS")
        found += _where(index, speech_words.get(sentence[index]), "lx")
        found += _where(index, rule_cues.get(sentence[index]), "rq")
        label = rule[index]
        begins = label != "O" and (index == 0 or rule[index - 1] != label)
        found += ["r=" + label, f"rb={label}{begins:d}"]
        found += _context_features(lower, rule, index)
        features.append(found)
    return features


@lru_cache(maxsize=1 << 16)
def _word_features(text: str) -> tuple[str, ...]:
    """What a token is by itself: the word, its shape and endings, its lexicon classes.

    Cached: news repeats its words, and this is most of the model's cost per token.
    """
    word = text.lower()
    found = ["b", "w=" + word, "sh=" + _shape(text), "suf=" + word[-3:], "suf2=" + word[-2:]]
    if text[0].isupper():
        found.append("cap")
    if any(character.isdigit() for character in word):
        found.append("digit")
    if word in PRONOUNS:
        found.append("pron")
    return (*found, *("lex=" + name for name in _word_classes().get(word, ())))


# Each context offset with its feature for "no token there" and its rule-label prefix.
_OFFSETS = tuple((offset, f"w{offset:+d}=<>", f"r{offset:+d}=") for offset in CONTEXT)


def _context_features(lower: Sequence[str], rule: Sequence[str], index: int) -> list[str]:
    """The words around a token, their rule labels and classes, and its two word pairs."""
    found = []
    for offset, outside, rule_prefix in _OFFSETS:
        other = index + offset
        if not 0 <= other < len(lower):
            found.append(outside)
            continue
        found += _neighbour(offset, lower[other])
        found.append(rule_prefix + rule[other])
    before = lower[index - 1] if index else "<>"
    after = lower[index + 1] if index + 1 < len(lower) else "<>"
    return found + [f"w-1w={before}|{lower[index]}", f"ww+1={lower[index]}|{after}"]


@lru_cache(maxsize=1 << 16)
def _neighbour(offset: int, word: str) -> tuple[str, ...]:
    """A word ``offset`` tokens away and its lexicon classes, as features."""
    classes = _word_classes().get(word, ())
    return (f"w{offset:+d}={word}", *(f"lex{offset:+d}={name}" for name in classes))


def token_labels(words: Sequence[Token], spans: Sequence[tuple[int, int, str, int]]) -> list[str]:
    """Gold labels (B-/I- content, source, cue, or O) from annotated (start, end, part, owner).

    A run of one attribution's part is one span; where two attributions'
    parts meet, the second begins anew.
    """
    labels: list[str] = []
    previous_owner = None
    for token in words:
        best, owner = "O", None
        for start, end, part, who in spans:
            if start < token.end and token.start < end and PRIORITY[part] > PRIORITY[best]:
                best, owner = part, who
        if best == "O":
            labels.append("O")
        else:
            goes_on = bool(labels) and labels[-1][2:] == best and previous_owner == owner
            labels.append(("I-" if goes_on else "B-") + best)
        previous_owner = owner
    return labels


def _runs(labels: Sequence[str], part: str) -> list[tuple[int, int]]:
    """The [first, last] token ranges labelled ``part``, a B- starting a new one."""
    found: list[list[int]] = []
    for index, label in enumerate(labels):
        if not label.endswith(part):
            continue
        if found and label.startswith("I-") and found[-1][1] == index - 1:
            found[-1][1] = index
        else:
            found.append([index, index])
    return [(first, last) for first, last in found]


def _nearest(runs: Sequence[tuple[int, int]], first: int, last: int) -> tuple[int, int] | None:
    """The run closest to tokens [first, last] (the earlier one on a tie)."""

    def gap(run: tuple[int, int]) -> int:
        return first - run[1] if run[1] < first else run[0] - last if run[0] > last else 0

    return min(runs, key=gap, default=None)


def decode(labels: Sequence[str]) -> list[Tagged]:
    """Attributions from one paragraph's labels: content runs sharing a cue are one.

    A quotation interrupted by its frame ("“…,” she said, “…”") is tagged as two
    content runs around one cue; the annotators count it once.
    """
    contents, sources, cue_runs = _runs(labels, "C"), _runs(labels, "S"), _runs(labels, "Q")
    groups: dict[Any, list[tuple[int, int]]] = {}
    for run in contents:
        cue = _nearest(cue_runs, *run)
        groups.setdefault(cue or run, []).append(run)
    found = []
    for key, members in groups.items():
        content = (members[0][0], members[-1][1])
        cue = key if key in cue_runs else None
        found.append(Tagged(content, _nearest(sources, *content), cue))
    return found


def learned_quotes(
    doc: Document,
    zones: tuple[Zone, ...],
    quotes: Sequence[Quote],
    people: tuple[Person, ...],
    tagger: Any,
) -> tuple[Quote, ...]:
    """The rules' quotes, and the attributions the model tags with a cue that cut
    into none of them; a rules' report ends where the model tags another inside it,
    and a quotation the rules gave no speaker takes the frame the model tags for it."""
    text = doc.text
    reports = _tagged_reports(doc, zones, rule_spans(quotes, people), tagger)
    inner = _inner_reports(text, quotes, reports)
    quotes = _ended(doc, quotes, inner.values())
    # The rules' clauses and quotations stand. A quoted phrase lies inside the
    # clause that reports it, which the model may find: around a phrase the rules
    # gave a speaker, and anywhere over a phrase nobody is said to have spoken.
    taken = [(q.span.start, q.span.end) for q in quotes if q.kind != "partial"]
    phrases = [(q.span.start, q.span.end) for q in quotes if q.kind == "partial" and q.speaker]
    taken_index, phrase_index = SpanIndex(taken), SpanIndex(phrases)
    named = _NamedSpeakers(quotes)
    resolver = Resolver(
        people, [(q.span.start, q.span.end) for q in quotes if q.kind != "indirect"]
    )
    speakerless = {
        (q.span.start, q.span.end)
        for q in quotes
        if q.kind == "direct" and q.speaker is None and not q.in_zone
    }
    framed: dict[tuple[int, int], tuple[Speaker, tuple[int, int]]] = {}
    found = []
    for words, tagged in reports:
        assert tagged.cue is not None
        start, end = _chars(words, tagged.content)
        cue = _chars(words, tagged.cue)
        if cue in inner:
            start = _content_start(text, cue, start, end)
        cut = [taken[i] for i in taken_index.overlapping(start, end)]
        if len(cut) == 1 and cut[0] in speakerless and not cut[0][0] <= cue[0] < cut[0][1]:
            # A quotation the rules found no frame for, which the model reads one for.
            subject, passive = _tagged_subject(text, words, cue)
            speaker = (
                None if passive else _tagged_speaker(doc, words, tagged, subject, named, resolver)
            )
            if speaker is not None:
                framed.setdefault(cut[0], (speaker, cue))
            continue
        if cut or any(
            not start <= phrases[i][0] <= phrases[i][1] <= end
            for i in phrase_index.overlapping(start, end)
        ):
            continue
        if cue in inner and inner[cue].subject is not None:
            speaker = inner[cue].subject  # "Ruiz backed the levy but opposed …"
        else:
            subject, passive = _tagged_subject(text, words, cue)
            if passive:
                speaker = None  # "Holt is expected to …": the subject is reported on
            else:
                speaker = _tagged_speaker(doc, words, tagged, subject, named, resolver)
                if speaker is None and tagged.source is not None:
                    continue  # a pronoun that stands for no one
            # Else "It was signalled that …" names no one: reported with no speaker.
        found.append(_quote(doc, start, end, speaker, cue))
    quotes = [_framed(doc, quote, framed) for quote in quotes]
    last_before = _LastBefore((*quotes, *found))
    added = set(found)
    quotes = [_floated(text, quote, last_before, added) for quote in quotes]
    return tuple(quotes) + tuple(found)


class _LastBefore:
    """The record that ends last at or before a point (the first such, in list order):
    looked up, not searched for among all of an article's records at every quotation."""

    def __init__(self, records: Sequence[Quote]) -> None:
        first_at: dict[int, Quote] = {}
        for record in records:
            first_at.setdefault(record.span.end, record)
        self._ends = sorted(first_at)
        self._first_at = first_at

    def __call__(self, point: int) -> Quote | None:
        index = bisect_right(self._ends, point) - 1
        return self._first_at[self._ends[index]] if index >= 0 else None


def _floated(text: str, quote: Quote, last_before: _LastBefore, found: set[Quote]) -> Quote:
    """A quotation left with no speaker goes on with the model's report right before it
    in its paragraph, as the rules float one after their own."""
    if quote.kind != "direct" or quote.speaker is not None or quote.in_zone:
        return quote
    start = quote.span.start
    last = last_before(start)
    if last is None:
        return quote
    if last not in found or last.speaker is None or "\n" in text[last.span.end : start]:
        return quote
    return replace(quote, speaker=last.speaker, cue=quote.cue or last.cue)


def _chars(words: Sequence[Token], run: tuple[int, int]) -> tuple[int, int]:
    """The characters a tagged run of tokens [first, last] covers."""
    return words[run[0]].start, words[run[1]].end


def _tagged_subject(
    text: str, words: Sequence[Token], cue: tuple[int, int]
) -> tuple[tuple[int, int] | None, bool]:
    """The subject the rules read before a tagged cue, and whether the cue is a passive
    verb after it ("Holt is expected to …": then the report names no speaker)."""
    subject = _subject_before(text, words[0].start, words[-1].end, cue[0])
    return subject, subject is not None and frames.passive_verb(text, subject[1], *cue)


def _tagged_speaker(
    doc: Document,
    words: Sequence[Token],
    tagged: Tagged,
    subject: tuple[int, int] | None,
    named: _NamedSpeakers,
    resolver: Resolver,
) -> Speaker | None:
    """Who speaks in a tagged report: the ``subject`` the rules read before its cue,
    where they read one (a tagger's source is a guess among the paragraph's names),
    else the source the model tagged; None for neither, or a pronoun that stands for
    no one."""
    speaker = _speaker(doc, *subject, named, resolver) if subject else None
    if speaker is None and tagged.source is not None:
        speaker = _speaker(doc, *_chars(words, tagged.source), named, resolver)
    return speaker


def _framed(
    doc: Document, quote: Quote, framed: dict[tuple[int, int], tuple[Speaker, tuple[int, int]]]
) -> Quote:
    """A rules' quotation with the speaker and cue of the frame the model read for it."""
    found = framed.get((quote.span.start, quote.span.end))
    if found is None:
        return quote
    speaker, (start, end) = found
    return replace(quote, speaker=speaker, cue=Cue(doc.text[start:end], make_span(doc, start, end)))


def _tagged_reports(
    doc: Document, zones: tuple[Zone, ...], spans: Sequence[tuple[int, int, str]], tagger: Any
) -> list[tuple[list[Token], Tagged]]:
    """The attributions the model tags with a cue, paragraph by paragraph, outside
    zones (precision before recall: content with no cue is not reported)."""
    text = doc.text
    reports = []
    index = SpanIndex([(start, end) for start, end, _ in spans])
    for para_start, para_end in paragraphs(text, doc.body_start):
        if in_zone(para_start, para_end, zones):
            continue
        words = tokens(text, para_start, para_end)
        if not words:
            continue
        near = [spans[i] for i in index.overlapping(para_start, para_end)]
        for tagged in decode(_labels(tagger, words, near)):
            if tagged.cue is not None:
                reports.append((words, tagged))
    return reports


class _Inner(NamedTuple):
    """A report the model tagged inside the content of a rules' one."""

    outer: int  # the rules' quote, by index
    end: int  # where the rules' content ends now
    subject: Speaker | None  # the rules' speaker, when the two verbs share it


# Between a rules' content and a second verb of its speaker: "…, and (then) told",
# "… but would not say". A comma alone is no joint: ", first reported by", ", also known as".
_SHARED_SUBJECT_JOINT = re.compile(
    r"(?:,|;|\s[-—–]+)?\s(?:and|but|yet)"
    r"(?:\s+(?:also|then|later|still|even|would|will|could|did|does|do|has|have|had|"
    r"is|was|not|never))*\s*$"
)
# Between a rules' content and a clause with a subject of its own: ", and 40% say",
# "; others argue", " — but he wants", ", Holt said".
_NEW_SUBJECT_JOINT = re.compile(r"(?:,|;|\s[-—–]+)(?:\s+(?:and|but|while|yet))?\s*$")
# Words that open a relative clause or an aside, not a report of its own.
_NO_CLAUSE_OF_ITS_OWN = frozenset("which who whom whose that where when as".split())
_LONGEST_SUBJECT = 6  # words between a tagged source and its cue


def _inner_reports(
    text: str, quotes: Sequence[Quote], reports: Sequence[tuple[list[Token], Tagged]]
) -> dict[tuple[int, int], _Inner]:
    """Reports the model tagged inside a rules' indirect content, by their cue.

    The rules end reported speech at the sentence's end; annotators end it where
    the next report starts: "Half of the members see the toll as fair, but Holt
    signalled …" and "She asked him to run, but he declined …" hold two reports each.
    """
    quoted = SpanIndex([(q.span.start, q.span.end) for q in quotes if q.kind != "indirect"])
    spans = SpanIndex([(q.span.start, q.span.end) for q in quotes])
    inner = {}
    for words, tagged in reports:
        assert tagged.cue is not None
        cue = _chars(words, tagged.cue)
        if words[tagged.content[1]].end <= cue[1] or quoted.strictly_around(cue[0]):
            continue  # "…, X said", or a verb inside quoted words: no report inside
        source = None
        if tagged.source is not None:
            source = _space_before(text, words[tagged.source[0]].start)
        # Only a quote around the cue can end before it (`_end_before`).
        for index in spans.overlapping(cue[0], cue[0] + 1):
            cut = _end_before(text, quotes[index], cue, source)
            if cut is not None and not quoted.strictly_around(cut[0]):
                end, shared = cut
                speaker = quotes[index].speaker
                subject = replace(speaker, via="model") if shared and speaker else None
                inner[cue] = _Inner(index, end, subject)
                break
    return inner


def _end_before(
    text: str, quote: Quote, cue: tuple[int, int], source: int | None
) -> tuple[int, bool] | None:
    """Where ``quote``'s content ends for a report at ``cue`` inside it, and whether the
    two share their subject (no source of its own lies between them); None when the
    report is none of its own (no joint before it, a relative clause, a phrase)."""
    if quote.kind != "indirect" or quote.cue is None or quote.speaker is None:
        return None
    start, end = quote.span.start, quote.span.end
    if not quote.cue.span.end <= start < cue[0] < end:
        return None
    point, joint = cue[0], _SHARED_SUBJECT_JOINT
    if source is not None and start < source < cue[0]:
        if word_count(text[source : cue[0]]) > _LONGEST_SUBJECT:
            return None
        point, joint = source, _NEW_SUBJECT_JOINT
    head = text[point : point + 10].split(None, 1)
    if head and head[0].lower() in _NO_CLAUSE_OF_ITS_OWN:
        return None
    found = joint.search(text, start, point)
    if found is None:
        return None
    cut = stripped_end(text, found.start(), " ,;")
    if word_count(text[start:cut]) < 2:
        return None
    return cut, joint is _SHARED_SUBJECT_JOINT


def _ended(doc: Document, quotes: Sequence[Quote], inner: Iterable[_Inner]) -> list[Quote]:
    """The rules' quotes, each ending before the first report the model found inside it."""
    ends: dict[int, int] = {}
    for report in inner:
        ends[report.outer] = min(report.end, ends.get(report.outer, report.end))
    ended = list(quotes)
    for index, end in ends.items():
        start = quotes[index].span.start
        span = make_span(doc, start, end)
        ended[index] = replace(quotes[index], span=span, text=doc.text[start:end])
    return ended


def _space_before(text: str, position: int) -> int:
    """The start of the spaced word holding ``position``: "2,000", not "000"."""
    while position > 0 and not text[position - 1].isspace():
        position -= 1
    return position


def _content_start(text: str, cue: tuple[int, int], start: int, end: int) -> int:
    """Where a report found inside a rules' one starts: after its verb, as the rules
    read what follows a verb ("and it says the pier …"), not before it."""
    after = frames.content_after(text, cue[1], end, text[cue[0] : cue[1]])
    if start < cue[1]:
        return after if after is not None else cue[1]
    return after if after is not None and after < start else start


def _labels(tagger: Any, words: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> Any:
    """One paragraph's labels: a neural tagger reads words and spans itself, a CRF features."""
    if hasattr(tagger, "tag_words"):
        return tagger.tag_words(words, spans)
    return tagger.tag(token_features(words, spans))


def _subject_before(text: str, para_start: int, para_end: int, cue: int) -> tuple[int, int] | None:
    """The span of the subject the rules read before a cue the model tagged: its speaker
    ahead of any source the model tagged."""
    for start, end in sentences(text, para_start, para_end):
        if start <= cue < end:
            phrase = frames.subject_before(text, start, cue)
            return (phrase.start, phrase.end) if phrase else None
    return None


class _NamedSpeakers:
    """The names the rules resolved their speakers' mentions to, found by where the
    mention lies (the first quote's, in order), not by reading every quote again."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        speakers = [q.speaker for q in quotes if q.speaker and q.speaker.name]
        self._names = [speaker.name or "" for speaker in speakers]
        self._index = SpanIndex([(s.span.start, s.span.end) for s in speakers])

    def name_at(self, start: int, end: int) -> str | None:
        """The name of the first resolved mention overlapping [start, end), if any."""
        found = self._index.overlapping(start, end)
        return self._names[found[0]] if found else None


def _speaker(
    doc: Document, start: int, end: int, named: _NamedSpeakers, resolver: Resolver
) -> Speaker | None:
    """The source as a Speaker, named as the rules name theirs.

    None for a pronoun that stands for no one named before it: PV103 would
    report the pronoun, and a model's guess is not worth a finding.
    """
    text = doc.text
    span = make_span(doc, start, end)
    known = named.name_at(start, end)
    if known is not None:
        return Speaker(text[start:end], span, known, "model")
    if only_linking_words(text[start:end]):
        return None  # "on" of a headline's "… Agree on Next Meeting": no one at all
    phrase = classify(text, start, end)
    person = None
    if phrase is not None and phrase.kind == "name":
        person = resolver.by_name(phrase.text)
    elif phrase is not None and phrase.kind in ("pronoun", "descriptor"):
        person = resolver.antecedent(start, phrase)
        if person is None and phrase.kind == "pronoun":
            return None
    return Speaker(text[start:end], span, person.name if person else None, "model")


def _quote(
    doc: Document, start: int, end: int, speaker: Speaker | None, cue: tuple[int, int]
) -> Quote:
    """The Quote record of one tagged attribution: always indirect.

    Only quoted words found by the rules are compared across articles or
    asked for a speaker (PV101, PV3xx); what the model adds can source a
    figure (PV201) but raises no finding of its own.
    """
    text = doc.text
    return Quote(
        kind="indirect",
        span=make_span(doc, start, end),
        text=text[start:end],
        cue=Cue(text[cue[0] : cue[1]], make_span(doc, *cue)),
        speaker=speaker,
    )


@cache
def load_tagger(path: str) -> Any:
    """A model opened once per process: a CRFsuite file, or a neural tagger's folder
    (extract.neural). Their libraries are imported only here."""
    if os.path.isdir(path):
        return _load_neural(path)
    try:
        import pycrfsuite
    except ImportError as error:
        message = f"{path}: an attribution model needs python-crfsuite"
        raise RuntimeError(f"{message} (pip install 'provlint[learned]')") from error
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(path)
    except (OSError, ValueError) as error:
        # python-crfsuite's own message repeats the path and says no more.
        raise RuntimeError(f"{path}: not an attribution model python-crfsuite can open") from error
    return tagger


def _load_neural(path: str) -> Any:
    from provlint.extract import neural

    if not neural.is_model_folder(path):
        raise RuntimeError(f"{path}: not an attribution model folder (no {neural.SETTINGS})")
    try:
        return neural.NeuralTagger(path)
    except ImportError as error:
        message = f"{path}: a neural attribution model needs PyTorch and transformers"
        raise RuntimeError(f"{message} (pip install 'provlint[neural]')") from error
    except (OSError, ValueError, RuntimeError, KeyError) as error:
        raise RuntimeError(f"{path}: not a neural attribution model provlint can open") from error
