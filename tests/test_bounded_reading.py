"""Reading text no newsroom writes in time that grows with its length, not its square.

A scraped page can be one 2 MB line with no full stop, or a transcript with ten
thousand "he said". The readers cut such runs into bounded pieces, look only as
far as a decision needs, and stop after a bounded number of tries; on news they
read exactly as before (PolNeAR's longest sentence is 1,094 characters, its
longest paragraph 2,573). These tests pin each bound down; `bench/worst_case.py`
measures the time.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provlint.checks.registry import in_zone
from provlint.extract import cues, learned, quotes
from provlint.extract.figures import find_figures
from provlint.extract.speakers import ANTECEDENT_REACH, Phrase, Resolver
from provlint.records import Mention, Person, Span, Zone
from provlint.text import (
    MAX_PARAGRAPH,
    MAX_SENTENCE,
    SpanIndex,
    forget_splits,
    has_words,
    paragraphs,
    sentences,
)
from tests.conftest import document

LONG_CLAUSE = "the harbour board, which Holt said had sold the ferry, was late "


def test_a_sentence_longer_than_the_bound_is_read_in_pieces_cut_at_spaces() -> None:
    text = LONG_CLAUSE * 100  # 6,500 characters and no full stop
    pieces = list(sentences(text, 0, len(text)))
    assert len(pieces) == 4
    assert all(end - start <= MAX_SENTENCE for start, end in pieces)
    assert all(text[start - 1] == " " for start, _ in pieces[1:])  # no word cut in two
    assert "".join(text[a:b] for a, b in pieces).replace(" ", "") == text.replace(" ", "")


def test_a_word_longer_than_the_bound_is_cut_where_the_bound_falls() -> None:
    text = "x" * (MAX_SENTENCE * 2 + 5)
    assert list(sentences(text, 0, len(text))) == [
        (0, MAX_SENTENCE),
        (MAX_SENTENCE, 2 * MAX_SENTENCE),
        (2 * MAX_SENTENCE, len(text)),
    ]


def test_sentences_of_news_length_are_not_cut() -> None:
    first = (LONG_CLAUSE * 20).rstrip() + "."  # 1,299 characters
    text = f"{first} Ruiz agreed."
    assert [text[a:b] for a, b in sentences(text, 0, len(text))] == [first, "Ruiz agreed."]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.sampled_from(["Holt", "said", "the", "ferry", "was", "late.", "“Yes,”", "x" * 90]),
             min_size=400, max_size=900),
)  # fmt: skip
def test_pieces_are_bounded_ordered_and_miss_no_word(words: list[str]) -> None:
    text = " ".join(words)
    forget_splits()
    pieces = list(sentences(text, 0, len(text)))
    assert all(0 < end - start <= MAX_SENTENCE for start, end in pieces)
    assert all(
        a_end <= b_start for (_, a_end), (b_start, _) in zip(pieces, pieces[1:], strict=False)
    )
    assert " ".join(text[a:b] for a, b in pieces).split() == words


def test_a_line_longer_than_the_bound_is_read_as_paragraphs_of_whole_sentences() -> None:
    sentence = "Ruiz said the ferry was late again on Tuesday. "
    text = "Harbour notes\n\n" + sentence * 600 + "\nA short line.\n"
    forget_splits()
    found = list(paragraphs(text))
    assert found[0] == (0, len("Harbour notes"))
    assert found[-1] == (text.index("A short line."), len(text) - 1)
    long_parts = found[1:-1]
    assert len(long_parts) == 3
    assert all(end - start <= MAX_PARAGRAPH for start, end in long_parts)
    assert all(text[end - 1] == "." for _, end in long_parts)  # cut after a full stop
    assert sum(text[a:b].count("Ruiz") for a, b in long_parts) == 600


def test_has_words_reads_only_as_far_as_it_counts() -> None:
    assert has_words("Ruiz agreed", 2)
    assert not has_words("Ruiz", 2)
    assert not has_words(" — ", 1)
    assert has_words("Holt " * 100_000, 2)


# A cue word's reach: the cue at a position is decided by a few words after it.
_VOCABULARY = ["said", "says", "according", "to", "think", "tank", "the", "report", "reports",
               "show", "states", "that", "declined", "Ruiz", "percent", "support", ",", "-"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=40), st.data())
def test_cue_at_answers_as_a_scan_to_the_end_would(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    starts = [i for i in range(len(text)) if text[i].isalpha() and (i == 0 or text[i - 1] == " ")]
    position = data.draw(st.sampled_from(starts or [0]))
    whole = next(cues._scan(text, position, len(text)), None)
    expected = whole if whole is not None and whole.start() == position else None
    found = cues.cue_at(text, position, len(text))
    assert (found and found.span()) == (expected and expected.span())


def test_a_clause_tries_a_bounded_number_of_cue_words() -> None:
    def clause(failing: int) -> str:
        return "said, " * failing + "and then Ruiz said the pier would close for the winter"

    near = clause(quotes._CUES_READ - 1)
    far = clause(quotes._CUES_READ)
    found = quotes._indirect(near, 0, len(near))
    assert found is not None and near[slice(*found[1].cue)] == "said"
    assert found[1].phrase.text == "Ruiz"
    assert quotes._indirect(far, 0, len(far)) is None


def test_a_quotation_reads_its_sentence_back_a_bounded_way(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whether a quotation's frame is the main clause after a fronted one is decided
    # by where its sentence starts: on one long line, read back no further than the
    # longest sentence, not to the line's start for every quotation.
    reads: list[int] = []
    real = quotes._sentence_start

    def counted(text: str, left: int, start: int) -> int:
        reads.append(start - left)
        return real(text, left, start)

    monkeypatch.setattr(quotes, "_sentence_start", counted)
    unit = "After the storm, “the pier is shut”, Ruiz wrote a long note to the board. "
    forget_splits()
    quotes.find_quotes(document(unit * 200 + "\n"), (), ())
    assert reads and max(reads) <= MAX_SENTENCE


def test_figures_in_a_long_run_are_each_found_once_and_none_inside_a_date() -> None:
    doc = document("Harbour notes\n\n" + "On March 3, 2016, 41 percent paid. " * 300 + "\n")
    texts = [figure.text for figure in find_figures(doc, (), None)]
    assert len(texts) == 600
    assert texts[:2] == ["March 3, 2016", "41 percent"]
    assert texts.count("March 3, 2016") == 300


def _person(name: str, starts: list[int], gender: str | None) -> Person:
    mentions = tuple(
        Mention(name, Span(s, s + len(name), 1, s + 1, 1, s + len(name) + 1)) for s in starts
    )
    return Person(name.lower(), name, mentions, gender)  # type: ignore[arg-type]


def test_a_pronoun_looks_back_a_bounded_number_of_mentions() -> None:
    # Ana Ruiz, then mentions of a man, then "she": found within reach, not beyond it.
    within = ANTECEDENT_REACH - 1
    ruiz = _person("Ruiz", [0], "female")
    holt = _person("Holt", [10 + 10 * i for i in range(within)], "male")
    she = Phrase("she", 10 * within + 100, 10 * within + 103, "pronoun")
    assert Resolver((ruiz, holt), []).antecedent(she.start, she) is ruiz
    holt = _person("Holt", [10 + 10 * i for i in range(within + 1)], "male")
    she = Phrase("she", 10 * within + 110, 10 * within + 113, "pronoun")
    assert Resolver((ruiz, holt), []).antecedent(she.start, she) is None


# The model's readers: the same answers as asking every span about every token.
_spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 15), st.sampled_from(["Cd", "Ci", "S", "Q", "P"])),
    max_size=12,
).map(lambda found: [(start, start + length, label) for start, length, label in found])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 4), min_size=1, max_size=20), _spans)
def test_rule_reading_labels_each_token_as_every_span_asked_would(
    gaps: list[int], spans: list[tuple[int, int, str]]
) -> None:
    words, position = [], 0
    for gap in gaps:  # tokens of three letters, with gaps between them
        words.append(learned.Token(position, position + 3, "abc"))
        position += 3 + gap
    labels, named = learned.rule_reading(words, spans)
    for index, token in enumerate(words):
        best = "O"
        for start, end, label in spans:
            overlaps = start < token.end and token.start < end
            if overlaps and label != "P" and learned.PRIORITY[label[0]] > learned.PRIORITY[best[0]]:
                best = label
        assert labels[index] == best
        assert named[index] == any(
            start < token.end and token.start < end for start, end, label in spans if label == "P"
        )


@settings(max_examples=200, deadline=None)
@given(_spans, st.integers(0, 80), st.integers(0, 20))
def test_a_span_index_finds_what_overlaps_in_list_order(
    spans: list[tuple[int, int, str]], start: int, length: int
) -> None:
    plain = [(a, b) for a, b, _ in spans]
    index = SpanIndex(plain)
    end = start + length
    assert index.overlapping(start, end) == [
        i for i, (a, b) in enumerate(plain) if a < end and start < b
    ]
    assert index.strictly_around(start) == any(a < start < b for a, b in plain)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)), min_size=0, max_size=40),
    st.integers(0, 240),
    st.integers(0, 30),
)
def test_in_zone_answers_as_asking_every_zone_would(
    found: list[tuple[int, int]], start: int, length: int
) -> None:
    zones = tuple(Zone("boilerplate", Span(a, a + n, 1, 1, 1, 1), "") for a, n in found)
    end = start + length
    expected = any(z.span.start <= start and end <= z.span.end for z in zones)
    assert in_zone(start, end, zones) == expected
