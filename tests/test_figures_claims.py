"""Figures and claims on articles written for them, and on seed 001."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provlint.corpus import decode
from provlint.extract import extract
from provlint.linter import Options, active_rules, lint_text
from tests.conftest import extracted


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "qualifier", "counts"),
    [
        ("The fire destroyed 35 homes.", "35 homes", 35, None, "exact", "homes"),
        ("More than 300 people were hurt.", "More than 300 people", 300, None, "over", "people"),
        (
            "At least 5,000 voters signed.",
            "At least 5,000 voters",
            5000,
            None,
            "at least",
            "voters",
        ),
        ("Turnout rose by 2.5% in May.", "2.5%", 2.5, "percent", "exact", None),
        ("The bridge cost $3bn to build.", "$3bn", 3e9, "USD", "exact", None),
        ("The strike lasted 10 years.", "10 years", 10, "years", "exact", None),
        ("About twenty-five boats sank.", "About twenty-five boats", 25, None, "about", "boats"),
    ],
)
def test_figure_forms(sentence, text, value, unit, qualifier, counts) -> None:  # type: ignore[no-untyped-def]
    figures = [f for f in extracted(sentence + "\n").figures if f.unit != "date"]
    assert [(f.text, f.value, f.unit, f.qualifier, f.counts) for f in figures] == [
        (text, value, unit, qualifier, counts)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The F-35 flew over in 2015.",
        "We met at 10:30 on the pier.",
        "It was one of the best days.",
        "Two suicide bombers were seen.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert [
        f for f in extracted(sentence + "\n").figures if f.unit != "date" and f.counts != "bombers"
    ] == []


def test_dates_resolve_against_the_publication_date() -> None:
    ex = extracted(
        '---\npublished = "2024-05-10"\n---\nThe vote on March 3 was close. It ended on Tuesday.\n'
    )
    dates = {f.text: f.date for f in ex.figures if f.unit == "date"}
    assert dates == {"March 3": "2024-03-03", "Tuesday": "2024-05-07"}


def test_abbreviated_months_make_dates_not_counts() -> None:
    ex = extracted(
        '---\npublished = "2024-05-10"\n---\n'
        "Ferry crews voted on Feb. 9 and again on 12 Sept. 2023 ahead of the Nov. 5 general "
        "election.\n"
    )
    dates = {f.text: f.date for f in ex.figures if f.unit == "date"}
    assert dates == {"Feb. 9": "2024-02-09", "12 Sept. 2023": "2023-09-12", "Nov. 5": "2024-11-05"}
    assert [f for f in ex.figures if f.unit != "date"] == []
    assert ex.claims == ()


def test_a_number_before_a_preposition_or_adverb_counts_nothing() -> None:
    ex = extracted(
        "The Harbour Cup 50 between the two clubs sold out.\n\n"
        "The quay rented 49 out of its 54 berths, and 12 already wait for spring.\n"
    )
    assert [f.text for f in ex.figures] == ["two clubs", "54 berths"]


def test_claims_are_attributed_only_with_a_source() -> None:
    ex = extracted(
        "Heavy rain forced 240 families from their homes.\n\n"
        "The storm cut power to 9,000 homes, the utility said.\n\n"
        "“We moved 300 people overnight,” fire chief Ana Ruiz said.\n"
    )
    verdicts = [(c.attributed, c.source) for c in ex.claims]
    assert verdicts == [(False, None), (True, "the utility"), (True, "Ana Ruiz")]


def test_seed_001_casualty_figures_are_unsourced(seed_extractions) -> None:  # type: ignore[no-untyped-def]
    claims = seed_extractions["001"].claims
    unsourced = [c.text for c in claims if not c.attributed]
    assert any("killing 35 people" in c for c in unsourced)
    assert any("130 people" in c for c in unsourced)
    assert all("5,000 Europeans" not in c for c in unsourced)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "35",
                " people",
                " more than",
                " 2.5%",
                " $3bn",
                " March 3",
                ",",
                ".",
                " the",
                " two",
                " homes",
                "\n",
                " 5,000",
                " at least",
                " said",
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_figure_and_claim_spans_slice_their_text(text: str) -> None:
    doc, _ = decode("x.txt", text.encode())
    if doc is None:
        return
    ex = extract(doc)
    previous_end = -1
    for figure in ex.figures:
        assert doc.text[figure.span.start : figure.span.end] == figure.text
        assert figure.span.start >= previous_end
        previous_end = figure.span.end
    for claim in ex.claims:
        assert doc.text[claim.span.start : claim.span.end] == claim.text


def test_a_figure_inside_quotation_marks_is_the_speakers_not_the_articles() -> None:
    ex = extracted("Intro line.\n\n“We lost 40 boats in one night.”\n")
    (claim,) = ex.claims
    assert claim.attributed


def test_a_named_poll_or_filing_sources_the_figures() -> None:
    ex = extracted(
        "In a Tidewater poll out on Friday, 52 percent backed the new ferry.\n\n"
        "County filings show the harbour spent $2 million on dredging.\n\n"
        "The harbour spent $3 million on lights.\n"
    )
    assert [(c.attributed, c.source) for c in ex.claims] == [
        (True, "a Tidewater poll"),
        (True, "County filings"),  # the records' report is read as reported speech
        (False, None),
    ]


def test_a_plural_title_does_not_end_the_sentence_of_a_sourced_figure() -> None:
    ex = extracted(
        "A harbour poll shows Morvan at 41 percent and Sens. Ortiz and Brandt "
        "at 12 and 9 percent.\n"
    )
    assert [c.attributed for c in ex.claims] == [True]


def test_a_count_of_the_articles_own_telling_is_no_claim() -> None:
    ex = extracted(
        "Harbour Chief Said The 4 Words Nobody Wanted To Hear.\n\n"
        "There are two things to weigh on the new levy.\n\n"
        "The harbour lost 300 jobs last year, for three reasons.\n"
    )
    # The words, things and reasons are the writer's; the 300 jobs are a fact to source.
    assert [c.text for c in ex.claims] == [
        "The harbour lost 300 jobs last year, for three reasons."
    ]
    assert [ex.figures[i].text for i in ex.claims[0].figures] == ["300 jobs"]


def test_a_span_of_time_is_no_claim_but_stays_a_figure() -> None:
    ex = extracted(
        "Ruiz has run the ferry office for 20 years.\n\n"
        "The pier closed two weeks ago and may reopen within 48 hours.\n\n"
        "In three decades the fleet shrank to 12 boats.\n"
    )
    # Like a date, a span of time says when; the 12 boats are what needs a source.
    assert [c.text for c in ex.claims] == ["In three decades the fleet shrank to 12 boats."]
    assert [ex.figures[i].text for i in ex.claims[0].figures] == ["12 boats"]
    # The figures themselves are still read, for the rules comparing articles.
    assert {"20 years", "two weeks", "48 hours", "three decades"} <= {f.text for f in ex.figures}


def test_a_small_number_after_a_definite_word_names_a_known_set() -> None:
    ex = extracted(
        "The two candidates met at the pier.\n\n"
        "Ruiz won those three wards easily.\n\n"
        "The ferry carried 2,400 people in June.\n\n"
        "The 1,200 workers at the yard went on strike.\n"
    )
    # "the two candidates" refers back; a larger definite number is still a count.
    assert [c.text for c in ex.claims] == [
        "The ferry carried 2,400 people in June.",
        "The 1,200 workers at the yard went on strike.",
    ]
    assert {"two candidates", "three wards"} <= {f.text for f in ex.figures}


def test_figures_after_a_named_poll_in_its_paragraph_are_the_polls() -> None:
    ex = extracted(
        "In a Harbour Herald poll released Monday, 41 percent backed the levy. "
        "Ortiz trails at 13 percent. Ruiz sits at 9 percent.\n\n"
        "The ferry carried 2,400 people in June.\n"
    )
    assert [(c.attributed, c.source) for c in ex.claims] == [
        (True, "a Harbour Herald poll"),
        (True, "a Harbour Herald poll"),
        (True, "a Harbour Herald poll"),
        (False, None),  # a new paragraph names no poll
    ]


def test_shares_after_a_poll_named_without_a_figure_are_the_polls() -> None:
    ex = extracted(
        "A new Harbour Herald survey shows Ortiz well ahead of the field. "
        "Ruiz is second at 12 percent, four points behind.\n\n"
        "The rest of the field sits at 2 percent or less. The count cost $40,000.\n\n"
        "Ortiz has climbed in the polls. He took 55 percent of the vote in 2019.\n\n"
        "Turnout was 48 percent.\n"
    )
    assert [(c.attributed, c.source) for c in ex.claims] == [
        (True, "A new Harbour Herald survey"),
        (True, "A new Harbour Herald survey"),  # the results run on into a new paragraph
        (False, None),  # a poll gives shares, not sums
        (False, None),  # "in the polls" is an idiom, no poll named
        (False, None),  # two paragraphs on
    ]


def test_figures_in_an_interviews_answers_are_the_interviewees() -> None:
    ex = extracted(
        "The harbour master sat down with us before the vote.\n\n"
        "Q: The ferry lost 2,400 passengers in June. Why?\n\n"
        "A: Fares rose by 12 percent, and people noticed.\n\n"
        "We sold 3 boats to cover it.\n\n"
        "Q: Will 40 jobs go?\n"
    )
    assert [(c.text, c.attributed) for c in ex.claims] == [
        ("Q: The ferry lost 2,400 passengers in June.", False),  # the question
        ("A: Fares rose by 12 percent, and people noticed.", True),
        ("We sold 3 boats to cover it.", True),  # the answer goes on
        ("Q: Will 40 jobs go?", False),
    ]
    lone = extracted("Ruiz won the vote.\n\nA: 300 new voters signed up.\n")
    assert [c.attributed for c in lone.claims] == [False]  # no questions: no transcript


def test_a_headline_anywhere_in_the_article_is_no_unsourced_figure() -> None:
    findings = lint_text(
        "Harbour Vote Tonight\n\n"
        "The council meets at the pier at noon to vote on the ferry levy.\n\n"
        "Ferry Chief Says 3 Boats Will Be Sold To Cover Costs.\n\n"
        "The ferry carried 2,400 people in June.\n\n"
        "Who leads the race:\n\n"
        "1 Ana Ruiz.\n\n"
        "2 Tomas Ortiz.\n",
        active_rules(Options(select=("PV201",))),
    )
    # The subhead sums up, and a ranked list's numbers count nobody; the body's
    # sentence is where the source belongs.
    assert [f.evidence["sentence"] for f in findings] == ["The ferry carried 2,400 people in June."]


def test_an_outcome_or_a_tally_that_shows_a_figure_sources_it() -> None:
    ex = extracted(
        "Ruiz led all night.\n\n"
        "The outcome showed Ruiz had received 49.8 percent while Ortiz received 49.6 "
        "percent.\n\n"
        "The final tally shows that Ortiz won the harbour ward by 12 votes.\n"
    )
    assert [(c.attributed, c.source) for c in ex.claims] == [
        (True, "The outcome"),
        (True, "The final tally"),
    ]


def test_a_record_or_a_word_for_it_that_shows_a_figure_sources_it() -> None:
    ex = extracted(
        "The county released its port budget. It showed $75,000 in fees to a dredger.\n\n"
        "Old ledgers showing the firm got $40,000 turned up in court.\n\n"
        "Then they showed up at 5 rallies in a week.\n"
    )
    assert [(c.attributed, c.source) for c in ex.claims] == [
        (True, "It"),
        (True, "Old ledgers"),
        (False, None),  # "showed up" is a deed, not a record's report
    ]


def test_a_digest_paragraph_credited_in_brackets_sources_its_figures() -> None:
    ex = extracted(
        "Harbour digest.\n\n"
        "The ferry carried 9,000 riders in May, and fares rose 12 percent. [Galway Herald]\n\n"
        "The north pier lost 300 berths over the winter. [HarbourPost.]\n\n"
        "The south pier lost 40 berths in the storm.\n"
    )
    assert [(c.attributed, c.source) for c in ex.claims] == [
        (True, "Galway Herald"),
        (True, "HarbourPost"),
        (False, None),  # no credit of its own
    ]
    # Brackets inside the paragraph are an editor's insertion, not a credit.
    ex = extracted("Harbour digest.\n\nThe pier lost 300 berths to the [Atlantic] storm.\n")
    assert [c.attributed for c in ex.claims] == [False]
