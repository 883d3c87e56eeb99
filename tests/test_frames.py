"""Reporting frames: the speaker before a verb and the content after it, on sentences written for them."""

from __future__ import annotations

import re

import pytest

from provlint.extract.frames import content_after, looks_appositive, subject_before
from tests.conftest import extracted


def _verb(sentence: str) -> re.Match[str]:
    match = re.search(r"\b(?:said|says|told|asked|argued|wrote|spoke)\b", sentence)
    assert match is not None
    return match


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Ana Ruiz said the tolls stay.", "Ana Ruiz"),
        ("Ana Ruiz on Tuesday said the tolls stay.", "Ana Ruiz"),
        ("Ana Ruiz last week also said the tolls stay.", "Ana Ruiz"),
        ("Ana Ruiz has repeatedly said the tolls stay.", "Ana Ruiz"),
        ("Sen. Ana Ruiz (D-Ore.) said the tolls stay.", "Sen. Ana Ruiz"),
        ("Ana Ruiz, however, said the tolls stay.", "Ana Ruiz"),
        ("Ana Ruiz, a senator from the coast, said the tolls stay.", "Ana Ruiz"),
        ("Ana Ruiz, who chairs the panel, said the tolls stay.", "Ana Ruiz"),
        ("Rep. Ana Ruiz of Oregon said the tolls stay.", "Rep. Ana Ruiz"),
        ("the pilot, Ana Ruiz, said the tolls stay.", "Ana Ruiz"),
        ("She bluntly said the tolls stay.", "She"),
        ("A spokesman for the port said the tolls stay.", "A spokesman for the port"),
        ("Ana Ruiz has in the past said the tolls stay.", "Ana Ruiz"),
        ("That is what dock workers said the tolls stay.", "dock workers"),
        ("Ana Ruiz in recent weeks said the tolls stay.", "Ana Ruiz"),
        ("Ana Ruiz within the past few weeks said the tolls stay.", "Ana Ruiz"),
        ("Ana Ruiz over the past two days said the tolls stay.", "Ana Ruiz"),
        ("The head of the Harbour Board said the tolls stay.", "The head of the Harbour Board"),
        ("Ana Ruiz, Tom Hale’s deputy, said the tolls stay.", "Ana Ruiz"),
        ("Ana Ruiz, citing “the storms of last winter,” said the tolls stay.", "Ana Ruiz"),
        ("Ana Ruiz, Galway director for the dockers' union, said the tolls stay.", "Ana Ruiz"),
        ("Ana Ruiz, meanwhile, who chairs the port board, said the tolls stay.", "Ana Ruiz"),
        ("Port officials have, in fact, said the tolls stay.", "Port officials"),
        ("Ana Ruiz, host of NBC’s ''Harbour Talk,'' said the tolls stay.", "Ana Ruiz"),
        (
            "Ana Ruiz, director of the Centre for Harbour and Ferry Studies at the Institute"
            " of Maritime Affairs at Galway University, said the tolls stay.",
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz, the author of “Tides,” a history of the port, said the tolls stay.",
            "Ana Ruiz",
        ),
        ("Dockers who know the pier well said the tolls stay.", "Dockers"),
        ("A pilot who was on the bridge said the tolls stay.", "A pilot"),
        ("Skippers that backed Ana Ruiz said the tolls stay.", "Skippers"),
        ("Ferry unions that have endorsed him said the tolls stay.", "Ferry unions"),
        # A past-tense verb before a name is the clause's, no role: "cheered Ruiz".
        ("The crowd cheered Ruiz, who said the tolls stay.", "Ruiz"),
        ("Eastport-based Ferrylink said the tolls stay.", "Eastport-based Ferrylink"),
        # A subject of two phrases, and a group with its place, read whole.
        ("Ruiz and other board members said the tolls stay.", "Ruiz and other board members"),
        ("The protesters on the quay said the tolls stay.", "The protesters on the quay"),
        ("Ana Ruiz in Eastport said the tolls stay.", "Ana Ruiz"),
    ],
)
def test_subject_before(sentence: str, subject: str) -> None:
    phrase = subject_before(sentence, 0, _verb(sentence).start())
    assert phrase is not None and phrase.text == subject


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Ruiz said the tolls stay.", "the tolls stay."),
        ("Ruiz said Tuesday that the tolls stay.", "that the tolls stay."),
        ("Ruiz said in a radio interview that the tolls stay.", "that the tolls stay."),
        ("Ruiz said during Monday's council meeting that the tolls stay.", "that the tolls stay."),
        ("Ruiz told reporters the tolls stay.", "the tolls stay."),
        ("Ruiz told The Coast Herald on Monday that the tolls stay.", "that the tolls stay."),
        ("Ruiz asked whether the tolls stay.", "whether the tolls stay."),
        ("Ruiz asked former mayor Tom Berg whether the tolls stay.", "whether the tolls stay."),
        ("Ruiz asked the 2016 panel if the tolls stay.", "if the tolls stay."),
        ("Ruiz asked our readers which tolls stay.", "which tolls stay."),
        ("Ruiz asked him to explain why the tolls stay.", "him to explain why the tolls stay."),
        (
            "Ruiz said on NBC's ''Harbour Talk'' on Sunday that the tolls stay.",
            "that the tolls stay.",
        ),
        ("Ruiz said on CBS’ “Port Week With Ed Moy” that the tolls stay.", "that the tolls stay."),
        ("Ruiz said on Fox News' The Harbour Hour that the tolls stay.", "that the tolls stay."),
        ("Ruiz said, however, that the tolls stay.", "that the tolls stay."),
        ("Ruiz said, among other things, that the tolls stay.", "that the tolls stay."),
        ("Ruiz said at a church in Galway that the tolls stay.", "that the tolls stay."),
        ("Ruiz has said for years that the tolls stay.", "that the tolls stay."),
        (
            "Ruiz said in a long memoir of the port years that the tolls stay.",
            "that the tolls stay.",
        ),
        ("Ruiz wrote in her 1990 memoir that the tolls stay.", "that the tolls stay."),
        # "of" after a setting reaches only to a "that": here it is the topic.
        (
            "Ruiz spoke during her speech of a stone block on the old quay, built in 1830.",
            "a stone block on the old quay, built in 1830.",
        ),
        ("Ruiz now says, though, that the tolls stay.", "that the tolls stay."),
        (
            "Ruiz said in an interview on ABC’s Dock Talk with Ed Moy that the tolls stay.",
            "that the tolls stay.",
        ),
    ],
)
def test_content_after(sentence: str, content: str) -> None:
    verb = _verb(sentence)
    start = content_after(sentence, verb.end(), len(sentence), verb.group())
    assert start is not None and sentence[start:] == content


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz said so.",
        "Ruiz spoke on Tuesday.",
        "Ruiz told him.",
        "Ruiz said: nothing more.",
        # "that" after a phrase may open a relative clause, not what was said.
        "Ruiz spoke in a shed by the quay that faces the whole bay.",
    ],
)
def test_no_content_after(sentence: str) -> None:
    match = re.search(r"\b(?:said|spoke|told)\b", sentence)
    assert match is not None
    start = content_after(sentence, match.end(), len(sentence), match.group())
    assert start is None or len(sentence[start:].split()) < 4


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Ruiz defended and praised the new levy.", "defended"),
        ("Two harbour reports and a long letter reveal the pier leaks.", "reports"),
        ("Ruiz has never sought or won any office.", "sought"),
    ],
)
def test_a_verb_joined_by_a_conjunction_reports_nothing(sentence: str, verb: str) -> None:
    match = re.search(rf"\b{verb}\b", sentence)
    assert match is not None
    assert content_after(sentence, match.end(), len(sentence), verb) is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (" a senator from the coast", True),
        (" who chairs the panel", True),
        (" 52", True),
        (" the panel's chair", True),
        (" Tom Ode", False),
    ],
)
def test_looks_appositive(phrase: str, expected: bool) -> None:
    assert looks_appositive(phrase) is expected


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Ruiz said in April that the tolls stay.", "that the tolls stay."),
        (
            "Ruiz told The Coast Herald and Courier of Bayville on Monday that tolls stay.",
            "that tolls stay.",
        ),
    ],
)
def test_content_after_months_and_long_listeners(sentence: str, content: str) -> None:
    verb = _verb(sentence)
    start = content_after(sentence, verb.end(), len(sentence), verb.group())
    assert start is not None and sentence[start:] == content


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # The verb belongs to the relative clause, or the clause has a subject of its own.
        ("A pilot who has been told said the tolls stay.", None),
        ("Dockers who met when she said the tolls stay.", "she"),
        ("It was the board that officials said the tolls stay.", "officials"),
        ("Pilots who sailed and skippers said the tolls stay.", "skippers"),
    ],
)
def test_subject_before_is_not_read_across_a_clause_it_cannot_end(
    sentence: str, subject: str | None
) -> None:
    phrase = subject_before(sentence, 0, _verb(sentence).start())
    assert (phrase and phrase.text) == subject


def test_a_relative_clause_does_not_name_a_participle_s_speaker() -> None:
    # "vowing" is the port's, not the speech's: the restrictive clause's head is too far.
    sentence = "It was a speech that included the port vowing to keep the tolls."
    phrase = subject_before(sentence, 0, sentence.index("vowing"))
    assert phrase is None or phrase.text != "a speech"


def test_a_dash_ends_a_speaker_phrase() -> None:
    text = "PORTLAND — Harbour chief Ana Ruiz said on Monday that the pier would reopen.\n"
    (report,) = [q for q in extracted(text).quotes if q.kind == "indirect"]
    assert report.speaker is not None and report.speaker.mention == "Harbour chief Ana Ruiz"


def test_a_question_after_a_listener_is_no_relative_clause_and_no_passive() -> None:
    # "by" names the asker, "for which" opens a relative clause: neither is a listener.
    for sentence in (
        "Berg was asked by the host Ana Ruiz whether the tolls stay.",
        "Ruiz asked the questions for which the board had no answers.",
    ):
        verb = _verb(sentence)
        start = content_after(sentence, verb.end(), len(sentence), verb.group())
        assert start is None or not sentence[start:].startswith(("whether", "which")), sentence


def test_no_subject_before_a_verb_after_the_end_of_a_quotation() -> None:
    # The comma ends a quotation whose opening mark came long before, not an aside.
    sentence = "” … in the case of Galway, the ferry has already left the pier,” wrote Ana Ruiz."
    assert subject_before(sentence, 0, sentence.index("wrote")) is None
