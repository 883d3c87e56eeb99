"""Quote and speaker extraction, one mechanism per test, on articles written for them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provlint.corpus import decode
from provlint.extract import extract
from provlint.extract.cues import find_cues
from provlint.extract.speakers import classify
from provlint.records import Quote
from provlint.text import sentences
from tests.conftest import document, extracted


def quotes(text: str) -> list[Quote]:
    return list(extracted(text).quotes)


def readings(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Each record's kind, words, speaker mention and cue, in text order."""
    return [
        (q.kind, q.text, q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes(text)
    ]


def speaker_of(text: str, fragment: str) -> tuple[str | None, str | None]:
    """(resolved name, via) of the quote containing ``fragment``."""
    for quote in quotes(text):
        if fragment in quote.text:
            return (quote.speaker.name, quote.speaker.via) if quote.speaker else (None, None)
    raise AssertionError(f"no quote contains {fragment!r}")


def test_trailing_cue_after_comma() -> None:
    text = "Port Authority Chair Ines Morvan spoke on Friday.\n\n“We will rebuild the pier by spring,” Morvan said.\n"
    assert speaker_of(text, "rebuild the pier") == ("Ines Morvan", "cue")


def test_fronted_verb_with_long_descriptor() -> None:
    text = (
        "Senator Paul Anders visited the plant.\n\n"
        "“The jobs stay here,” said the Ohio-born Senator representing the valley for twenty years.\n"
    )
    (quote,) = [q for q in quotes(text) if q.kind == "direct"]
    assert quote.speaker is not None
    assert quote.speaker.mention == "the Ohio-born Senator"
    assert quote.speaker.name == "Paul Anders" and quote.speaker.via == "coreference"
    assert quote.cue is not None and quote.cue.text == "said"


def test_a_verb_with_an_object_gives_way_to_the_report_joined_after_it() -> None:
    text = (
        "Ruiz endorsed the levy, but told the Galway Times on Monday that she thought "
        "the fares would rise.\n\n"
        "Mayor Ana Ruiz blasted the council and said the city had set aside money for the "
        "pier repairs.\n\n"
        "CNN, Ortiz said, called the vote a turning point for the harbour.\n"
    )
    found = [
        (q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None, q.text)
        for q in quotes(text)
    ]
    # "the levy", "the council": objects, no reports; what the second verb says is.
    assert found[:2] == [
        ("Ruiz", "told", "that she thought the fares would rise"),
        ("Mayor Ana Ruiz", "said", "the city had set aside money for the pier repairs"),
    ]
    # A frame set off by commas is no joined verb: Ortiz said what CNN called the vote.
    assert found[2][:2] == ("Ortiz", "said")


def test_a_group_joined_by_and_or_but_reports_on_its_own() -> None:
    text = (
        "Lindqvist said she held several meetings with the port trust about the survey, but "
        "officials said those meetings began only once the dredging was under way.\n\n"
        "Ruiz called the ferry contract rigged in a post on Tuesday, and a few council "
        "members have called for an inquiry into it.\n\n"
        "Most voters backed the levy, and 42 percent said they want a second vote.\n"
    )
    found = [
        (q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None, q.text)
        for q in quotes(text)
    ]
    assert found[:4] == [
        ("Lindqvist", "said", "she held several meetings with the port trust about the survey"),
        ("officials", "said", "those meetings began only once the dredging was under way"),
        ("Ruiz", "called", "the ferry contract rigged in a post on Tuesday"),
        ("a few council members", "called for", "an inquiry into it"),
    ]
    # A share of those polled speaks as a group does ("42 percent said").
    assert found[4] == ("42 percent", "said", "they want a second vote")


def test_a_frame_after_a_quotation_missing_its_comma_still_speaks() -> None:
    text = (
        "Ortiz spoke first.\n\n"
        "“The toll ballot is a quarrel between small wharves” Frost said.\n\n"
        "“For weeks we have waited while rumours ran ahead of the facts” said Petra Holt, "
        "a ferry spokeswoman.\n\n"
        "She used the word “fair” for the plan and then left.\n"
    )
    found = {
        q.text: (q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes(text)
    }
    # The writer left the comma out; the frame still follows the quotation at once.
    assert found["“The toll ballot is a quarrel between small wharves”"] == ("Frost", "said")
    assert found["“For weeks we have waited while rumours ran ahead of the facts”"] == (
        "Petra Holt",
        "said",
    )
    assert found["“fair”"] == (None, None)  # a word in marks, no frame after it


def test_a_frame_that_closes_the_sentence_reports_the_verbs_before_it() -> None:
    text = (
        "Four ferry captains have agreed to lead the appeal for the dredging fund, the "
        "council announced Tuesday.\n\n"
        "Several invoices that Ortiz questioned sit in a drawer at the toll office, and no "
        "one intends to shred them, Ruiz wrote.\n\n"
        "Barkley agreed to chair the pier fund, a post he held once before.\n"
    )
    found = [
        (q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None, q.text)
        for q in quotes(text)
    ]
    # The verbs inside the content ("agreed", "questioned") are what is reported.
    assert found[:2] == [
        (
            "the council",
            "announced",
            "Four ferry captains have agreed to lead the appeal for the dredging fund",
        ),
        (
            "Ruiz",
            "wrote",
            "Several invoices that Ortiz questioned sit in a drawer at the toll office, and "
            "no one intends to shred them",
        ),
    ]
    # A comma and a noun phrase after the content is no frame.
    assert found[2][:2] == ("Barkley", "agreed")


def test_a_closing_frame_may_end_in_a_description_of_its_speaker() -> None:
    text = (
        "Even as the count shifts to the docks, a ward that she hoped to win comfortably, the "
        "result will be close, said Ivo Frost, head of a survey firm in the harbour town.\n"
    )
    found = [
        (q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes(text)
    ]
    # "hoped" is inside what Frost said; the description after his name is his.
    assert found == [("Ivo Frost", "said")]


def test_content_before_its_frame_is_one_report() -> None:
    text = (
        "The harbour office won't be running the ferry but plans to watch the contract "
        "closely, Ortiz says.\n"
    )
    (quote,) = quotes(text)
    # "but plans to …" joins two things Ortiz says; it is no second frame.
    assert (
        quote.speaker.mention if quote.speaker else None,
        quote.cue.text if quote.cue else None,
    ) == (
        "Ortiz",
        "says",
    )
    assert quote.text == (
        "The harbour office won't be running the ferry but plans to watch the contract closely"
    )


def test_surmised_deadpanned_snapped_and_bragged_report() -> None:
    text = (
        "Ortiz spoke first.\n\n"
        "“Skippers are tired of paying the same toll twice,” he surmised.\n\n"
        "“The pier is fine,” Ruiz deadpanned.\n\n"
        "“Not now,” Ruiz snapped.\n\n"
        "“We raised more than anyone,” Ortiz bragged.\n"
    )
    # Verbs whose past doubles the last consonant are listed with their forms.
    assert [
        (q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes(text)
    ] == [("he", "surmised"), ("Ruiz", "deadpanned"), ("Ruiz", "snapped"), ("Ortiz", "bragged")]


def test_sang_demurred_deflected_and_retaliated_report() -> None:
    text = (
        "Ortiz spoke first.\n\n"
        "As the Deckhands sang in their old harbour song, “They will sink us all.”\n\n"
        "“Not this year,” Ruiz demurred.\n\n"
        "“Ask the board,” Ruiz deflected.\n\n"
        "“The port will always be the port,” an angry Holt retaliated.\n"
    )
    assert [
        (q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes(text)
    ] == [
        ("the Deckhands", "sang"),
        ("Ruiz", "demurred"),
        ("Ruiz", "deflected"),
        ("an angry Holt", "retaliated"),
    ]


def test_posting_pointing_to_laying_out_and_seeing_report() -> None:
    text = (
        "Ortiz spoke first.\n\n"
        "“Come to the pier on Sunday,” Ruiz posted.\n\n"
        "Ortiz pointed to the ferry contract as proof of waste at the harbour.\n\n"
        "Ruiz laid out her case for dredging the channel by spring.\n\n"
        "Most harbour voters see the levy as a tax on the poor.\n\n"
        "Ortiz compared the ferry contract to a blank cheque.\n\n"
        "The council made it clear that ticket prices would hold steady.\n"
    )
    found = [
        (q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes(text)
    ]
    assert found == [
        ("Ruiz", "posted"),
        ("Ortiz", "pointed to"),
        ("Ruiz", "laid out"),
        ("Most harbour voters", "see"),
        ("Ortiz", "compared"),
        ("The council", "made it clear"),
    ]


def test_an_infinitive_or_a_participle_after_before_introduces_the_quotation() -> None:
    text = (
        "“We will win the vote,” Ortiz said.\n\n"
        "Mayor Ruiz was quick to say, “So far, nobody has shouted at all.”\n\n"
        "“If the board raises the tolls, we are finished,” Ortiz said before adding: "
        "“Unless the pilots object, of course.”\n"
    )
    found = [
        (q.text[:12], q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes(text)
    ]
    # "to say" is the sentence subject's, not a float from Ortiz; "before adding:" cues.
    assert found[1:4] == [
        ("“So far, nob", "Mayor Ruiz", "say"),
        ("“If the boar", "Ortiz", "said"),
        ("“Unless the ", "Ortiz", "adding"),
    ]


def test_a_participle_reports_for_a_subject_after_an_opening_connective() -> None:
    text = (
        "Ruiz spoke first.\n\n"
        "Then she closed the meeting, saying the pier would stay open all winter.\n"
    )
    found = [
        (q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None, q.text)
        for q in quotes(text)
    ]
    # "Then" opens the sentence without a comma; "she" is still its subject.
    assert found == [("she", "saying", "the pier would stay open all winter")]


def test_a_message_or_a_ruling_can_be_a_source() -> None:
    text = (
        "The message, sent to the mayor on Monday, called it “urgent” that the dredging "
        "begin.\n\n"
        "The ruling criticized the council for closing the pier without a hearing.\n"
    )
    found = [
        (q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes(text)
        if q.kind == "indirect"
    ]
    assert found == [("The message", "called"), ("The ruling", "criticized")]


def test_any_reporting_participle_reports_for_the_subject() -> None:
    text = (
        "On Sunday, Ortiz issued a new attack, stating on the radio that the levy was "
        "“clearly unfair.”\n\n"
        "Ruiz toured the pier, criticizing the council for closing it all winter.\n"
    )
    found = [
        (q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes(text)
        if q.kind == "indirect"
    ]
    assert found == [("Ortiz", "stating"), ("Ruiz", "criticizing")]


def test_a_question_asked_by_nobody_named_is_reported_apart_from_the_answer() -> None:
    text = (
        "Asked whether she would run again next year, Ruiz said she would decide in May.\n\n"
        "When asked about the levy on ferry tickets, Ortiz said: “It is fair to everyone.”\n"
    )
    found = [
        (q.text, q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes(text)
    ]
    assert found == [
        ("whether she would run again next year", None, "Asked"),
        ("she would decide in May", "Ruiz", "said"),
        ("the levy on ferry tickets", None, "asked about"),
        ("“It is fair to everyone.”", "Ortiz", "said"),
    ]


def test_an_adjective_or_an_action_before_a_verb_is_no_group_that_speaks() -> None:
    for text in (
        "Ruiz stirred the dockers into noisy chants of “Lift the toll gates!”\n",
        "Dockers gathered at the quay, carrying signs saying, “No tolls on our pier.”\n",
    ):
        (quote,) = quotes(text)
        assert quote.speaker is None, text
    text = "In 1975 the bureau planted radio stories alleging that the lighthouse was sold.\n"
    assert all(speaker != "planted radio stories" for _, speaker, _ in reports(text))
    text = "Cheering residents shouted, “No tolls on our pier.”\n"
    (quote,) = quotes(text)
    assert quote.speaker is not None and quote.speaker.mention == "Cheering residents"


def test_a_question_asked_by_someone_named_has_the_asker_as_its_source() -> None:
    text = (
        "Asked by Tom Vance whether she would run again next year, Ruiz said she would wait.\n\n"
        "Ortiz was asked by a reporter if the levy on ferry tickets was fair.\n"
    )
    assert reports(text) == [
        ("whether she would run again next year", "Tom Vance", "Asked"),
        ("she would wait", "Ruiz", "said"),
        ("if the levy on ferry tickets was fair", "a reporter", "asked"),
    ]
    # A pronoun asker, or a request rather than a question, is left alone.
    assert reports("Ortiz was asked by him whether the pier would open in May.\n") == []
    assert reports("The ferry was asked by the port authority to leave the quay.\n") == []


def test_an_opening_phrase_alone_is_no_content_of_the_frame_after_it() -> None:
    text = (
        "Ortiz spoke first.\n\n"
        "In a speech in 1963, he declared:\n\n"
        "“The pier stays open for every boat in the harbour.”\n\n"
        "As a ferry pilot, she felt for the crew.\n\n"
        "In the two winters since the storm, Ruiz says, the quay has flooded every month.\n"
    )
    # "In a speech in 1963" says when; a frame set off by commas still frames.
    assert [(q.text[:24], q.cue.text if q.cue else None) for q in quotes(text)] == [
        ("“The pier stays open for", "declared"),
        ("In the two winters since", "says"),
    ]


def test_a_stance_verb_after_a_quotation_takes_an_object_not_a_speaker() -> None:
    text = (
        "Ortiz spoke first.\n\n"
        "Lena Vogt, star of the radio drama “Harbour Lights,” thanked Ruiz for the "
        "new ferry.\n\n"
        "“We will rebuild the pier,” said Ruiz.\n"
    )
    found = {q.text: q.speaker.mention if q.speaker else None for q in quotes(text)}
    # "thanked Ruiz": Ruiz is thanked; only a verb of speech comes before its speaker.
    assert found["“Harbour Lights,”"] != "Ruiz"
    assert found["“We will rebuild the pier,”"] == "Ruiz"


def test_seed_and_saw_are_no_cues() -> None:
    text = (
        "The harbour fund will seed the ferry line.\n\nRuiz saw the ferry leave the pier at noon.\n"
    )
    assert quotes(text) == []
    assert [m.group() for m in find_cues(text, 0, len(text))] == []


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Morvan was at 41 percent support in the harbour poll.", []),
        ("Her 38% support among ferry riders gives her the lead.", []),
        ("About 60 percent support a toll on the bridge.", ["support"]),
        ("Some 55% support the new pier.", ["support"]),
    ],
)
def test_a_share_of_support_is_a_noun(text: str, cues: list[str]) -> None:
    assert [m.group() for m in find_cues(text, 0, len(text))] == cues


def test_a_fronted_clause_and_the_main_clause_report_apart() -> None:
    text = (
        "While Ruiz pledged to consult every ferry crew on the timetable, Ortiz insisted that "
        "the fares would rise.\n\n"
        "Although Ruiz said the levy was fair, Ortiz called it a tax on the poor.\n\n"
        "If she becomes mayor, Ruiz said, the pier will stay open all winter.\n"
    )
    found = [
        (q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None, q.text)
        for q in quotes(text)
    ]
    # The fronted clause's report ends at its comma; the main clause reports on its own.
    assert found == [
        ("Ruiz", "pledged", "to consult every ferry crew on the timetable"),
        ("Ortiz", "insisted", "that the fares would rise"),
        ("Ruiz", "said", "the levy was fair"),
        ("Ortiz", "called", "it a tax on the poor"),
        # No reporting verb in the fronted clause: the sentence is one report, as before.
        ("Ruiz", "said", "If she becomes mayor, Ruiz said, the pier will stay open all winter"),
    ]


def test_a_clause_fronted_by_where_reports_apart_from_the_main_clause() -> None:
    text = (
        "Where Ruiz once boasted that she had saved the night ferry, on Monday she said "
        "it was past saving.\n"
    )
    assert readings(text) == [
        ("indirect", "that she had saved the night ferry", "Ruiz", "boasted"),
        ("indirect", "it was past saving", "she", "said"),
    ]


def test_a_second_verb_of_speech_after_and_and_an_adverb_reports_apart() -> None:
    text = (
        "Holt recalled the mayor's old speech about the ferry and pointedly said the pier "
        "was not safe in winter.\n\n"
        "Ortiz backed the levy in spring and bitterly opposed the toll in the autumn.\n"
    )
    assert readings(text) == [
        ("indirect", "the mayor's old speech about the ferry", "Holt", "recalled"),
        ("indirect", "the pier was not safe in winter", "Holt", "said"),
        # A verb of stance after the adverb stays in the content, as without one.
        (
            "indirect",
            "the levy in spring and bitterly opposed the toll in the autumn",
            "Ortiz",
            "backed",
        ),
    ]


def test_a_verb_inside_a_relative_clause_is_not_the_frames_cue() -> None:
    text = (
        "“The board ought to decide,” Frost, who has not endorsed either slate, told reporters.\n\n"
        "“We will wait,” Ortiz, who has said little so far, said on Monday.\n\n"
        "Barkley, who said he votes for the levy, spoke last.\n"
    )
    found = {
        q.text: (q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes(text)
    }
    # After a quotation the clause's verb belongs to the clause; the frame's verb
    # follows its closing comma. With no quotation, the clause's verb is the report.
    assert found == {
        "“The board ought to decide,”": ("Frost", "told reporters"),
        "“We will wait,”": ("Ortiz", "said"),
        "he votes for the levy": ("Barkley", "said"),
    }


def test_leading_frame_with_colon() -> None:
    text = "Mayor Clara Voss opened the meeting.\n\nVoss told the council: “The budget is balanced for the first time in a decade.”\n"
    name, via = speaker_of(text, "budget is balanced")
    assert (name, via) == ("Clara Voss", "cue")


def test_interleaved_quote_shares_the_speaker() -> None:
    text = "“We tried,” coach Dana Ruiz said, “and we will try again next season.”\n"
    assert speaker_of(text, "We tried") == ("Dana Ruiz", "cue")
    assert speaker_of(text, "try again") == ("Dana Ruiz", "cue")


def test_according_to_frame() -> None:
    text = (
        "According to Professor Lena Ortiz, “the river has never been this low in living memory.”\n"
    )
    name, via = speaker_of(text, "river has never")
    assert (name, via) == ("Lena Ortiz", "according-to")


def test_quote_paragraph_continues_the_previous_speaker() -> None:
    text = (
        "“The ferry will run all winter,” harbour master Jonas Berg said.\n\n"
        "“Passengers should still check the weather before they travel.”\n"
    )
    name, via = speaker_of(text, "Passengers should")
    assert (name, via) == ("Jonas Berg", "continuation")


def test_multi_paragraph_quote_keeps_its_speaker() -> None:
    text = (
        "Inspector Maya Holt said: “The first report reached us at noon.\n\n"
        "“By two o'clock every crew in the district was on the road.”\n"
    )
    assert speaker_of(text, "every crew") == ("Maya Holt", "continuation")


def test_pronoun_resolves_by_gender_and_skips_names_inside_quotes() -> None:
    text = (
        "Governor Alice Brandt met Mayor Tom Keller on Monday.\n\n"
        "“I told Tom Keller we need the bridge,” she said.\n\n"
        "“The money is in the budget,” he said.\n"
    )
    assert speaker_of(text, "we need the bridge") == ("Alice Brandt", "coreference")
    assert speaker_of(text, "money is in the budget") == ("Tom Keller", "coreference")


def test_descriptor_resolves_through_role_synonyms() -> None:
    text = (
        "Canadian Ambassador to the United Kingdom Hugh Marlow met reporters.\n\n"
        "“Talks will continue next week,” the envoy said.\n"
    )
    assert speaker_of(text, "Talks will continue") == ("Hugh Marlow", "coreference")


def test_descriptor_picks_the_nearest_person_with_that_title() -> None:
    text = (
        "Vice President Omar Said arrived first. Later President Nina Kovac spoke.\n\n"
        "“Our borders are open,” the president said.\n"
    )
    assert speaker_of(text, "borders are open") == ("Nina Kovac", "coreference")


def test_pronoun_without_antecedent_stays_unresolved() -> None:
    text = "“The winter timetable starts early this year,” he said.\n"
    (quote,) = quotes(text)
    assert (
        quote.speaker is not None and quote.speaker.mention == "he" and quote.speaker.name is None
    )


def test_interview_labels_and_unlabelled_answer_paragraphs() -> None:
    text = (
        "Radio Nord spoke with coach Erik Sand.\n\n"
        "Radio Nord: How did the team prepare for the final?\n\n"
        "Sand: We trained twice a day for three weeks.\n\n"
        "Nobody complained, because everyone wanted the title.\n\n"
        "Radio Nord: And next season?\n\n"
        "Sand: Next season starts tomorrow.\n"
    )
    found = {q.text: q.speaker for q in quotes(text)}
    assert found["We trained twice a day for three weeks."].name == "Erik Sand"
    continued = found["Nobody complained, because everyone wanted the title."]
    assert continued.name == "Erik Sand" and continued.via == "continuation"
    assert found["How did the team prepare for the final?"].via == "label"
    # The continuing paragraph shares the answer's cue, the label's colon.
    cues = {q.text: q.cue for q in quotes(text)}
    answer_cue = cues["We trained twice a day for three weeks."]
    assert (
        answer_cue is not None and text[answer_cue.span.start - 4 : answer_cue.span.end] == "Sand:"
    )
    assert cues["Nobody complained, because everyone wanted the title."] == answer_cue


def test_partial_quote_takes_the_speaker_of_its_sentence() -> None:
    text = (
        "Finance Minister Rosa Lind urged banks to drop their “reckless lending” and save more.\n"
    )
    (quote,) = [q for q in quotes(text) if q.kind == "partial"]
    assert quote.text == "“reckless lending”"
    assert quote.speaker is not None and quote.speaker.name == "Rosa Lind"


def test_reported_speech_said_that() -> None:
    text = "Police Chief Aaron Doyle said that the road would reopen on Thursday morning.\n"
    (quote,) = quotes(text)
    assert quote.kind == "indirect"
    assert quote.text == "that the road would reopen on Thursday morning"
    assert quote.speaker is not None and quote.speaker.name == "Aaron Doyle"


def test_reported_speech_with_trailing_frame() -> None:
    text = "The new hospital wing will open in March, health official Priya Nair told reporters.\n"
    (quote,) = quotes(text)
    assert quote.kind == "indirect" and quote.text == "The new hospital wing will open in March"
    assert quote.speaker is not None and quote.speaker.name == "Priya Nair"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “hello there, friends” to us.\n", "“hello there, friends”"),
        ('She wrote "the end is near" twice.\n', '"the end is near"'),
        ("Le maire a dit « nous resterons » hier.\n", "« nous resterons »"),
        ("Er sagte „wir bleiben hier“ gestern.\n", "„wir bleiben hier“"),
        ("The ‘war on terror’ label stuck.\n", "‘war on terror’"),
    ],
)
def test_quotation_mark_styles(text: str, expected: str) -> None:
    assert expected in [q.text for q in quotes(text)]


def test_apostrophes_are_not_quotes() -> None:
    text = "The countries’ leaders met at Europe’s oldest port and didn’t agree.\n"
    assert quotes(text) == []


def test_capitalised_names_are_not_cue_verbs() -> None:
    text = (
        "According to the governor, the United States managed “to keep its promise to farmers.”\n"
    )
    partial = [q for q in quotes(text) if q.kind == "partial"]
    assert partial and (partial[0].cue is None or partial[0].cue.text.lower() == "according to")


_PIECES = [
    " ",
    " ",
    "\n",
    "\n\n",
    "“",
    "”",
    '"',
    "‘",
    "’",
    "«",
    "»",
    ",",
    ".",
    ":",
    "!",
    "said",
    "he",
    "she",
    "told",
    "according to",
    "Mr.",
    "Anna Berg",
    "Berg",
    "the mayor",
    "Mayor",
    "We",
    "will",
    "win",
    "the",
    "vote",
    "Interior Minister",
    "Lee",
    "that",
    "added",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join))
def test_every_extracted_span_slices_out_its_text(text: str) -> None:
    doc, _ = decode("x.txt", text.encode("utf-8"))
    if doc is None:
        return
    ex = extract(doc)
    for quote in ex.quotes:
        assert doc.text[quote.span.start : quote.span.end] == quote.text
        if quote.cue is not None:
            assert doc.text[quote.cue.span.start : quote.cue.span.end] == quote.cue.text
        if quote.speaker is not None:
            assert (
                doc.text[quote.speaker.span.start : quote.speaker.span.end] == quote.speaker.mention
            )
    for person in ex.people:
        for mention in person.mentions:
            assert doc.text[mention.span.start : mention.span.end] == mention.text


def test_seed_quotes_are_attributed_to_the_right_people(seed_extractions) -> None:  # type: ignore[no-untyped-def]
    expected = {
        "000": "Yves Pozzo di Borgo",
        "003": None,
        "004": "Sergey Lavrov",
    }
    for prefix, who in expected.items():
        for quote in seed_extractions[prefix].quotes:
            if quote.in_zone or quote.kind == "indirect":
                continue
            assert quote.speaker is not None, (prefix, quote.text)
            if who:
                assert quote.speaker.name == who, (prefix, quote.text, quote.speaker)
    seed3 = {
        q.text[:25]: q.speaker.name
        for q in seed_extractions["003"].quotes
        if q.speaker and not q.in_zone
    }
    assert seed3["“I hope that the diplomat"] == "Alexander Vershbow"
    assert seed3["“Russia has undermined th"] == "Alexander Vershbow"
    assert seed3["“geopolitical games”"] == "Sergey Lavrov"
    assert seed3["“joint threats cannot ove"] == "Dalia Grybauskaitė"
    assert seed3["“One threat cannot be rep"] == "Dalia Grybauskaitė"


def test_seed_002_interview_is_split_by_label(seed_extractions) -> None:  # type: ignore[no-untyped-def]
    answers = [
        q
        for q in seed_extractions["002"].quotes
        if q.speaker and q.speaker.name == "Jens Stoltenberg"
    ]
    assert len([q for q in answers if q.speaker.via == "label"]) == 4
    assert any(q.text.startswith("NATO is not going into a combat role") for q in answers)


def test_document_helper_rejects_nothing_valid() -> None:
    assert document("A line.\n").text == "A line.\n"


def test_floating_quote_takes_the_speaker_named_just_before() -> None:
    text = "Mayor Clara Voss praised the volunteers, the mayor said. “They cleared the beach in a day.”\n"
    assert speaker_of(text, "cleared the beach")[0] == "Clara Voss"


def test_a_quote_after_a_full_stop_floats_rather_than_taking_the_last_sentences_noun() -> None:
    text = (
        "“Who pays for the dredging?” said Mayor Ana Ruiz, using a phrase from her rival, "
        "on a conference call with reporters. “Not the fishermen.”\n"
    )
    quote = next(q for q in extracted(text).quotes if "fishermen" in q.text)
    # The stop before the quotation ends the sentence: "call" is no verb that frames it.
    assert quote.speaker.name == "Ana Ruiz" and quote.speaker.via == "continuation"
    assert quote.cue.text == "said"


def test_a_frame_interrupting_one_quotation_speaks_for_both_parts() -> None:
    text = (
        "“The levy is fair,” Ana Ruiz wrote to the council explaining why she is standing "
        "again, “and the harbour needs every cent of it.”\n\n"
        "“Close the pier,” Tom Hale wrote, arguing that if nothing changed, “the next storm "
        "will take the boats.”\n"
    )
    quotes = extracted(text).quotes
    rest = next(q for q in quotes if q.text.startswith("“and the harbour"))
    # "she is standing" is inside the frame, not a new speaker for the rest of the quotation.
    assert (rest.speaker.name, rest.cue.text) == ("Ana Ruiz", "wrote")
    argued = next(q for q in quotes if "next storm" in q.text)
    assert argued.cue.text == "arguing"  # a participle reports its own content


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("One dock worker wrote, “The cranes have not moved in a week.”\n", "One dock worker"),
        ("Another child answered, “That is the harbour master’s boat.”\n", "Another child"),
    ],
)
def test_one_or_another_person_speaks(text: str, mention: str) -> None:
    (quote,) = extracted(text).quotes
    assert quote.speaker is not None and quote.speaker.mention == mention


def test_a_description_owned_by_a_name_is_an_aside_before_the_verb() -> None:
    text = "Ana Ruiz, Tom Hale’s longtime deputy, rallied the crews, saying: “We stay open.”\n"
    (quote,) = extracted(text).quotes
    assert quote.speaker.name == "Ana Ruiz" and quote.cue.text == "saying"


def test_capital_labels_and_a_surname_label_make_a_transcript() -> None:
    text = (
        "The harbour debate went on late.\n\n"
        "DANA KLOSS: Why not vote on the levy tonight?\n\n"
        "RUIZ: Because the crews have not been heard.\n\n"
        "KLOSS: They had a year to speak up.\n"
    )
    turns = [(q.speaker.mention, q.text) for q in extracted(text).quotes]
    assert turns == [
        ("DANA KLOSS", "Why not vote on the levy tonight?"),
        ("RUIZ", "Because the crews have not been heard."),
        ("KLOSS", "They had a year to speak up."),
    ]


def test_a_tally_of_names_and_numbers_is_no_transcript() -> None:
    text = "Delegates so far.\n\nAna Ruiz: 1,769.\n\nTom Hale: 1,501.\n\nAna Ruiz: 40.\n"
    assert extracted(text).quotes == ()


def test_paragraph_ending_in_a_colon_introduces_the_next_quote() -> None:
    text = "Coach Dana Ruiz continued:\n\n“We will be back next season, and we will be stronger.”\n"
    assert speaker_of(text, "back next season") == ("Dana Ruiz", "continuation")


def test_transcript_label_inside_quotation_marks() -> None:
    text = '"HOLT: The vote is tomorrow. Are you ready for it?"\n'
    name, via = speaker_of(text, "vote is tomorrow")
    assert via == "label" and name == "HOLT"


def test_title_abbreviation_does_not_cut_the_trailing_frame() -> None:
    text = "“By locking in the deal,” Mr. Hale said, “we gained a year.”\n"
    assert speaker_of(text, "locking in the deal")[1] == "cue"


def test_stance_verbs_attribute_a_position() -> None:
    text = "Senator Rosa Lind supports raising the harbour fees for cruise ships next year.\n"
    (quote,) = quotes(text)
    assert (
        quote.kind == "indirect" and quote.speaker is not None and quote.speaker.name == "Rosa Lind"
    )
    assert quote.cue is not None and quote.cue.text == "supports"


def test_parenthetical_frame_attributes_the_whole_sentence() -> None:
    text = "After the flood of 2009, engineer Ruth Obi says, the dykes were raised twice.\n"
    (quote,) = quotes(text)
    assert quote.kind == "indirect" and quote.text.startswith("After the flood")
    assert quote.speaker is not None and quote.speaker.name == "Ruth Obi"


# --- reporting frames (provlint/extract/frames.py) and the mechanisms built on them ------


def indirect(text: str) -> list[Quote]:
    return [q for q in quotes(text) if q.kind == "indirect"]


def test_archive_style_doubled_apostrophes_are_quotation_marks() -> None:
    text = "Harbour news.\n\n''The ferry will run all winter,'' said Captain Odile Brandt.\n"
    (quote,) = quotes(text)
    assert quote.kind == "direct" and quote.text == "''The ferry will run all winter,''"
    assert quote.speaker is not None and quote.speaker.name == "Odile Brandt"


def test_a_nested_quotation_at_the_end_still_lets_the_frame_follow() -> None:
    text = "''I dislike the phrase 'quiet season,' '' she said of the harbour.\n"
    (quote,) = quotes(text)
    assert quote.cue is not None and quote.cue.text == "said"


def test_continuing_quotes_share_the_frames_cue() -> None:
    text = (
        "“The pier is safe,” harbour master Jonas Berg said. “We checked every pile.”\n\n"
        "“Boats can dock again on Monday.”\n"
    )
    first, second, third = quotes(text)
    assert first.cue is not None
    assert second.cue == first.cue and third.cue == first.cue
    assert third.speaker is not None and third.speaker.via == "continuation"


@pytest.mark.parametrize(
    "text",
    [
        "“The pier is safe,” Jonas Berg said after the vote. "
        "But “Ferries are another matter. They need new engines.”\n",
        "''The pier is safe,'' Jonas Berg said on the radio show ''Harbour Hour.'' "
        "''Ferries are another matter; they need new engines.''\n",
    ],
)
def test_a_quotation_after_a_connective_or_a_quoted_title_continues(text: str) -> None:
    second = [q for q in quotes(text) if "Ferries" in q.text]
    assert [q.kind for q in second] == ["direct"]
    assert second[0].speaker is not None and second[0].speaker.name == "Jonas Berg"


def test_a_title_abbreviation_does_not_end_the_frames_sentence() -> None:
    text = (
        "Ines Morvan was joined on stage by Sen. Al Ruiz and joked, "
        "“Nobody here has ever seen the pier dry.”\n"
    )
    (quote,) = quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Ines Morvan"
    assert quote.cue is not None and quote.cue.text == "joked"


def test_no_ends_a_sentence_unless_a_number_follows() -> None:
    # "said no." is an answer; "No. 4" is a number.
    text = (
        "Asked if the pier would close, the harbour master said no. But she said the "
        "tolls would rise on berth No. 4 by June.\n"
    )
    assert reports(text)[1:] == [("the tolls would rise on berth No. 4 by June", "she", "said")]


def test_a_time_abbreviation_before_a_pronoun_ends_the_sentence() -> None:
    text = (
        "Holt says she will wait on the quay until the ferry docks at 7 p.m. She says "
        "the pilots “have until Friday to decide.”\n\n"
        "The ferry left at 9 p.m. harbour time, said Marsh.\n"
    )
    first, second, third = indirect(text)
    assert first.text == "she will wait on the quay until the ferry docks at 7 p.m"
    assert second.text == "the pilots “have until Friday to decide.”"
    assert third.text == "The ferry left at 9 p.m. harbour time"
    assert [sentence for sentence in sentences(text, 0, text.index("\n"))][1][0] == text.index(
        "She"
    )


def test_a_frame_ending_in_a_colon_introduces_the_next_quotation_only() -> None:
    text = (
        "“Let me be clear,” Holt wrote. “If the fee offends you, that is your fault.” "
        "She added: “This fuss over the pier is beyond funny.”\n\n"
        "“Why now?” Ortiz asked. “Was that before the tide turned?” Marsh then wrote back: "
        "“You look tired.”\n"
    )
    assert speaker_of(text, "your fault") == ("Holt", "continuation")
    assert speaker_of(text, "beyond funny") == ("Holt", "coreference")
    assert speaker_of(text, "tide turned") == ("Ortiz", "continuation")
    assert speaker_of(text, "look tired") == ("Marsh", "cue")


def test_a_colon_frame_after_a_paragraphs_quotes_introduces_the_next_paragraph() -> None:
    text = (
        "“It will cost well over a million,” Holt said. “This is what I am up against.” "
        "Ortiz went on to say:\n\n“None of them will back the pier plan.”\n"
    )
    assert speaker_of(text, "up against") == ("Holt", "continuation")
    (quote,) = [q for q in quotes(text) if "pier plan" in q.text]
    assert quote.speaker is not None and quote.speaker.mention == "Ortiz"
    assert quote.cue is not None and quote.cue.text == "went on to say"


def test_a_joined_verb_after_a_fronted_clause_is_the_subjects() -> None:
    text = (
        "When asked which slate she favoured, Ms. Tilda Marsh smiled and said, "
        "“I am holding out for the harbour master.”\n"
    )
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert direct[0].speaker is not None and direct[0].speaker.name == "Tilda Marsh"


def test_the_subject_of_an_infinitive_frame_speaks() -> None:
    text = (
        "The meeting was so calm that Mayor Ines Morvan was prompted to say, "
        "“Nobody has thrown a single bread roll tonight.”\n"
    )
    (quote,) = quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Ines Morvan"


def test_a_setting_after_the_verb_is_not_the_cue() -> None:
    text = (
        "Secretary of Harbours Ines F. Morvan said in a statement that the vote was "
        "an “important step forward,” and little else.\n"
    )
    partial = [q for q in quotes(text) if q.kind == "partial"]
    assert partial[0].cue is not None and partial[0].cue.text == "said"
    assert partial[0].speaker is not None
    assert partial[0].speaker.mention.endswith("Ines F. Morvan")


def test_a_bare_verb_opening_a_sentence_is_no_inverted_frame() -> None:
    text = (
        "State Sen. Lee Ruiz, an early backer, suggested that the mayor was weak on "
        "the “ferry question” all along.\n"
    )
    partial = [q for q in quotes(text) if q.kind == "partial"]
    assert partial[0].cue is not None and partial[0].cue.text == "suggested"


def test_a_headline_before_a_dash_is_not_the_label() -> None:
    text = (
        "FERRY RIDERSHIP DOUBLES - Jonas P. Berg: “The harbour has never carried "
        "so many people in a single summer.”\n"
    )
    (quote,) = quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Jonas P. Berg"


def test_a_restrictive_clause_with_an_infinitive_precedes_the_main_verb() -> None:
    text = "Activists who want to close the pier said the council vote would come too late.\n"
    (quote,) = indirect(text)
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.text == "the council vote would come too late"


@pytest.mark.parametrize(
    "frame", ["was quick to add", "went on to add", "has tried to explain", "appeared to suggest"]
)
def test_the_subject_of_an_infinitive_report_speaks(frame: str) -> None:
    text = f"Mayor Ines Morvan {frame} that the ferry would keep its winter timetable.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.name == "Ines Morvan"
    assert quote.text == "that the ferry would keep its winter timetable"


@pytest.mark.parametrize(
    "text",
    [
        "It is safe to say that the ferry will keep its winter timetable.\n",
        "The vote was not enough to claim that the ferry had won the town over.\n",
    ],
)
def test_an_infinitive_after_no_speakers_verb_reports_nothing(text: str) -> None:
    assert indirect(text) == []


def test_a_participle_after_an_opening_and_then_is_the_subjects() -> None:
    text = (
        "Odile Brandt opened the new slipway. And then Brandt rounded hard on the council, "
        "saying, “Where is the dredger we were promised? If it is not here by May, resign!”\n"
    )
    (quote,) = [q for q in quotes(text) if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.mention == "Brandt"
    assert quote.cue is not None and quote.cue.text == "saying"


@pytest.mark.parametrize("group", ["Her allies", "His defenders", "Their backers", "Her rivals"])
def test_allies_and_backers_can_be_sources(group: str) -> None:
    text = f"{group} argue that the pier was never unsafe.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention == group
    assert quote.text == "that the pier was never unsafe"


@pytest.mark.parametrize(
    "group",
    ["Critics of the mayor", "Supporters of the ferry levy", "members of the harbour board"],
)
def test_a_group_of_someone_speaks_not_the_one_it_is_of(group: str) -> None:
    text = f"On Monday, {group} argued that the pier had been neglected for years.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention == group
    assert quote.text == "that the pier had been neglected for years"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Ferry riders today argue that the timetable is worse than ever.\n", "Ferry riders"),
        ("USA TODAY reported last week that the timetable is worse than ever.\n", "USA TODAY"),
    ],
)
def test_today_between_a_subject_and_its_verb(text: str, mention: str) -> None:
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention == mention


def test_subject_found_past_parenthetical_time_and_adverb() -> None:
    text = "Sen. Ana Ruiz (D-Ore.) on Tuesday also said the bridge tolls would stay low all year.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"
    assert quote.text == "the bridge tolls would stay low all year"


def test_subject_found_past_an_appositive() -> None:
    text = "Ana Ruiz, the chair of the transport panel, said the tolls would stay low this year.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention == "Ana Ruiz"


def test_subject_found_past_a_long_appositive() -> None:
    text = (
        "Ana Ruiz, a veteran harbour pilot who steered freighters through the strait for"
        " thirty years and now trains the port's new pilots at the college in the old town,"
        " said the channel needs dredging before the winter storms.\n"
    )
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention == "Ana Ruiz"
    assert quote.text == "the channel needs dredging before the winter storms"


def test_a_name_in_apposition_to_a_description_is_the_speaker() -> None:
    text = "''It was an accident,'' the driver, Piet Maas, told the court on Friday.\n"
    (quote,) = quotes(text)
    assert quote.speaker is not None and quote.speaker.mention == "Piet Maas"


def test_a_home_place_does_not_become_the_speaker() -> None:
    text = "Rep. Mara Lind of Vermont said the dairy subsidy would be renewed next spring.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention == "Rep. Mara Lind"


def test_content_found_past_listener_setting_and_that() -> None:
    text = "Ruiz told reporters in a statement on Monday that the tolls would stay low.\n"
    (quote,) = indirect(text)
    assert quote.text == "that the tolls would stay low"
    assert quote.cue is not None and quote.cue.text == "told reporters"


def test_asking_verbs_report_a_question() -> None:
    text = "Councillor Ida Sorensen asked whether the ferry would keep its winter timetable.\n"
    (quote,) = indirect(text)
    assert quote.text.startswith("whether the ferry")


def test_a_verb_followed_by_a_preposition_reports_nothing() -> None:
    assert indirect("Councillor Ida Sorensen spoke at the harbour festival on Sunday.\n") == []


def test_the_first_trailing_cue_with_a_subject_wins() -> None:
    text = "“We will not strike,” Tomas Reyes, head of the state nurses union, said.\n"
    (quote,) = quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Tomas Reyes"
    assert quote.cue is not None and quote.cue.text == "said"


def test_a_participle_frame_takes_the_earlier_speaker_and_its_own_cue() -> None:
    text = "“The vote was fair,” Reyes said, adding that the union “will accept the result.”\n"
    partial = [q for q in quotes(text) if q.kind == "partial"][0]
    assert partial.speaker is not None and partial.speaker.mention == "Reyes"
    assert partial.cue is not None and partial.cue.text == "adding"


def test_a_participle_after_a_framed_quotation_reports_for_its_speaker() -> None:
    text = (
        "Ana Ruiz said of the vote, “I do not accept it,” adding that the count "
        "“was rushed and sloppy from the start.”\n"
    )
    assert ("that the count “was rushed and sloppy from the start.”", "Ana Ruiz", "adding") in (
        reports(text)
    )
    partial = [q for q in quotes(text) if q.kind == "partial"][0]
    assert partial.speaker is not None and partial.speaker.mention == "Ana Ruiz"
    # Without the quotation's comma the participle is no new clause: nothing more.
    text = "Ana Ruiz kept “saying nothing new” adding to the noise at the hearing.\n"
    assert reports(text) == []


def test_a_participle_after_a_frame_reads_past_its_listener_and_setting() -> None:
    for frame in ("Ruiz told the harbour board", "Ruiz said in Galway on Monday"):
        text = f"“We need steady hands,” {frame}, referring to the new pilot at the port.\n"
        assert ("the new pilot at the port", "Ruiz", "referring to") in reports(text), frame
    # A verb among the words starts another clause, with a subject of its own.
    text = (
        "When Moy said the levy is “a tax on sailors,” Ruiz seized upon the remark,"
        " repeating her line that the levy would pass.\n"
    )
    assert all(speaker != "Moy" for _, speaker, cue in reports(text) if cue == "repeating")


def test_a_participle_after_a_main_clause_speaks_for_its_subject() -> None:
    text = (
        "Mayor Ines Morvan opened the pier on Monday, telling the crowd, “This is your harbour.”\n"
    )
    assert speaker_of(text, "your harbour") == ("Ines Morvan", "cue")


def test_a_quotation_a_relative_clause_says_a_thing_carries_is_the_things() -> None:
    text = (
        "“We will rebuild,” Ruiz said.\n\n"
        "By noon the listing page showed only a notice that read, “Sorry, this sale has closed.”\n"
    )
    assert readings(text)[1] == (
        "direct",
        "“Sorry, this sale has closed.”",
        "a notice",
        "read",
    )


def test_a_participle_after_a_verb_of_going_on_reports_for_the_subject() -> None:
    text = (
        "Holt kept asking the clerk why the board had tied the closure to routine repairs.\n\n"
        "Ruiz then began calling the toll a tax on islanders.\n"
    )
    assert readings(text) == [
        ("indirect", "why the board had tied the closure to routine repairs", "Holt", "asking"),
        ("indirect", "the toll a tax on islanders", "Ruiz", "calling"),
    ]


def test_a_participle_speaks_for_a_subject_of_two_phrases() -> None:
    text = (
        "Ruiz and other harbour board members shunned the launch, claiming that the new "
        'owner is "anti-island."\n\n'
        "The protesters on the north quay seized on the memo, arguing that the pier must close.\n\n"
        "Ruiz in Eastport seized on the memo, arguing that the pier must close.\n"
    )
    found = [(q.speaker.mention, q.cue.text) for q in quotes(text) if q.speaker and q.cue]
    assert found == [
        ("Ruiz and other harbour board members", "claiming"),
        ("Ruiz and other harbour board members", "claiming"),  # the quoted phrase
        ("The protesters on the north quay", "arguing"),
        ("Ruiz", "arguing"),  # a place after a name: the name speaks, as before
    ]


def test_a_participle_after_a_quoted_phrase_speaks_for_the_sentence_subject() -> None:
    # The sentence began before the quoted phrase; its comma stands inside the marks.
    text = "Marsh needled the harbour \u201cexpert,\u201d saying, \u201cAn expert who never sailed!\u201d\n"
    assert speaker_of(text, "never sailed") == ("Marsh", "cue")
    (quote,) = [q for q in quotes(text) if "never sailed" in q.text]
    assert quote.cue is not None and quote.cue.text == "saying"


def test_headline_label_attributes_the_quote() -> None:
    text = "Ines Morvan: ‘The Harbour Belongs To Everyone, Not Just Boat Owners’\n\nBody text.\n"
    (quote,) = quotes(text)
    assert quote.speaker is not None and quote.speaker.via == "label"
    assert quote.cue is not None and quote.cue.text == ":"


def test_a_lower_case_role_before_a_name() -> None:
    text = "“Nobody was hurt,” said county fire chief Rosa Delgado.\n"
    assert speaker_of(text, "Nobody was hurt") == ("Rosa Delgado", "cue")


def test_a_role_after_a_determiner_before_a_name() -> None:
    text = "“Prices will fall,” the economist Lars Holm wrote in a column.\n"
    assert speaker_of(text, "Prices will fall") == ("Lars Holm", "cue")


def test_an_organisation_can_speak() -> None:
    text = "The Port Authority said the ferry terminal would reopen after the storm repairs.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention == "The Port Authority"


def test_an_opening_mark_reused_as_the_closer() -> None:
    text = "“The tide tables are wrong this month,“ said harbour master Jonas Berg.\n"
    (quote,) = quotes(text)
    assert quote.text.endswith("month,“")
    assert quote.speaker is not None and quote.speaker.name == "Jonas Berg"


def test_a_title_in_quotation_marks_is_not_speech() -> None:
    text = "She starred in “The Long Harbour Winter” before moving to the stage.\n"
    (quote,) = quotes(text)
    assert quote.kind == "partial" and quote.speaker is None


def test_the_show_an_interview_was_given_to_is_not_speech() -> None:
    text = "In an interview with “Harbour Hour,” Ana Ruiz pointed to the silt as the cause.\n"
    title = next(q for q in quotes(text) if "Harbour Hour" in q.text)
    assert title.kind == "partial" and title.speaker is None
    assert reports(text) == [("the silt as the cause", "Ana Ruiz", "pointed to")]


def test_coordinated_frames_are_two_attributions() -> None:
    text = "Ruiz said the bridge would open in May and added that the tolls would stay low.\n"
    first, second = indirect(text)
    assert first.text == "the bridge would open in May"
    assert second.text == "that the tolls would stay low"
    assert second.cue is not None and second.cue.text == "added"
    assert first.speaker == second.speaker


def test_a_second_deed_after_an_object_ends_the_content() -> None:
    text = (
        "Holt called the ferry merger “a costly mistake” and ranked Marsh among the worst "
        "harbour chiefs.\n\nObi criticized the new toll plan and skipped the vote on it.\n"
    )
    first, second = indirect(text)
    assert first.text == "the ferry merger “a costly mistake”"
    assert second.text == "the new toll plan"


def test_a_joined_verb_stays_in_content_with_a_verb_or_inside_quoted_words() -> None:
    text = (
        "Holt said that Marsh lost the vote and resigned the next morning.\n\n"
        "Obi described the ferry as slow and outdated.\n\n"
        "Ruiz called the levy “costly and designed for the few” at the quay.\n\n"
        "Ortiz called the toll ''unfair and built for the rich'' on the pier.\n"
    )
    said, described, called, archived = indirect(text)
    assert said.text == "that Marsh lost the vote and resigned the next morning"
    assert described.text == "the ferry as slow and outdated"
    assert called.text == "the levy “costly and designed for the few” at the quay"
    assert archived.text == "the toll ''unfair and built for the rich'' on the pier"


def test_a_bare_verb_sharing_a_modal_stays_in_the_content() -> None:
    text = (
        "A harbour ally suggested Holt would drop the fee and support the dredging plan.\n\n"
        "Obi said the board would not meet and did not suggest a date for the vote.\n"
    )
    suggested, said, did_not = indirect(text)
    assert suggested.text == "Holt would drop the fee and support the dredging plan"
    assert suggested.cue is not None and suggested.cue.text == "suggested"
    assert said.text == "the board would not meet"
    assert did_not.cue is not None and did_not.cue.text == "suggest"


def test_a_fronted_verb_reads_its_subject_past_of() -> None:
    text = (
        "The ferry docked late.\n\n“The ramp gave way,” said one of three deckhands on the quay.\n\n"
        "“Thanks for coming,” said master of ceremonies Lena Obi.\n"
    )
    first, second = quotes(text)
    assert first.speaker is not None and first.speaker.mention == "three deckhands"
    assert first.cue is not None and first.cue.text == "said"
    assert second.speaker is not None and second.speaker.name == "Lena Obi"


def test_a_quotation_nobody_speaks_after_a_colon_has_the_colon_as_cue() -> None:
    text = (
        "Harbour notes.\n\nThen, on the hull in red letters: “No ferries "
        "after dark.”\n\nAnd there is more:\n\n“The toll will double in May.”\n\n"
        "Nobody asked why. “The toll is fair,” she thought aloud.\n"
    )
    sign, more, *_ = quotes(text)
    assert sign.speaker is None and sign.cue is not None and sign.cue.text == ":"
    assert text[sign.cue.span.start - 7 : sign.cue.span.end] == "letters:"
    assert more.speaker is None and more.cue is not None
    assert text[more.cue.span.start - 4 : more.cue.span.end] == "more:"
    assert all(q.cue is None or q.cue.text != ":" for q in quotes(text)[2:])


def test_a_cue_word_in_a_fronted_phrase_is_a_noun() -> None:
    text = (
        "Harbour notes.\n\nIn a harbour blog post on Sunday, the port said the ferry had long run "
        "late.\n\nOn his harbour radio show, Holt said the tolls would rise.\n\n"
        "After the board seemed to confirm the delay, Marsh resigned.\n"
    )
    port, holt, *_ = indirect(text)
    assert port.speaker is not None and port.speaker.mention == "the port"
    assert port.cue is not None and port.cue.text == "said"
    assert port.text == "the ferry had long run late"
    assert holt.speaker is not None and holt.speaker.mention == "Holt"


def test_a_participle_after_an_archive_closing_mark_reports_anew() -> None:
    text = (
        "Harbour news.\n\nHolt has called the port ''reckless and greedy,'' accusing it of "
        "''selling the quay twice'' to the dredgers.\n"
    )
    called, accusing = indirect(text)
    assert called.text == "the port ''reckless and greedy,''"
    assert accusing.cue is not None and accusing.cue.text == "accusing"
    assert accusing.text == "it of ''selling the quay twice'' to the dredgers"


def test_an_inverted_frame_before_the_quote() -> None:
    text = "Said Marta Quist, who has fished here for forty years, “The cod are back.”\n"
    assert speaker_of(text, "cod are back") == ("Marta Quist", "cue")


def test_a_quote_followed_by_its_own_frame_never_floats_to_an_earlier_speaker() -> None:
    text = (
        "Mayor Ines Morvan spoke first.\n\n"
        "“We were never told,” said an angry resident whose name was not given.\n"
    )
    (quote,) = quotes(text)
    assert quote.speaker is not None and quote.speaker.mention == "an angry resident"


def test_poll_shares_are_sources() -> None:
    text = "In Ohio, half of the county's voters said they would back the new ferry levy.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention == "half of the county's voters"


def test_a_relative_clause_speaks_for_its_antecedent_and_the_main_verb_too() -> None:
    text = "Marta Quist, who said the cod had returned, said the quota should rise next year.\n"
    first, second = indirect(text)
    assert first.text == "the cod had returned" and second.text.startswith("the quota")
    assert first.speaker is not None and first.speaker.name == "Marta Quist"
    assert second.speaker == first.speaker


def test_a_stop_inside_parentheses_does_not_end_the_frame() -> None:
    text = "“The pier is safe,” Rep. Ana Ruiz (D-Ore.) said.\n"
    assert speaker_of(text, "pier is safe") == ("Ana Ruiz", "cue")


def test_a_participle_after_an_opening_phrase_finds_the_main_subject() -> None:
    text = (
        "In a long speech at the docks, Mayor Ines Morvan praised the crews, saying "
        "the harbour “never slept” during the storm.\n"
    )
    partial = [q for q in quotes(text) if q.kind == "partial"][0]
    assert partial.speaker is not None and partial.speaker.name == "Ines Morvan"


def test_a_bare_plural_can_speak() -> None:
    text = "Dock workers said they fear the new cranes will cost jobs on the night shift.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention == "Dock workers"


def test_they_in_reported_speech_is_the_group_that_spoke() -> None:
    text = "Officials in the port said they expect the cranes to cost jobs on the night shift.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention != "they"


def test_a_quotation_opening_inside_reported_speech_shares_its_speaker() -> None:
    text = "Mayor Ines Morvan said that “the tide is high. And the pier is closed.”\n"
    partial = [q for q in quotes(text) if q.kind != "indirect"][0]
    assert partial.speaker is not None and partial.speaker.name == "Ines Morvan"


def test_a_sentence_after_a_closed_partial_quote_is_not_its_frame() -> None:
    text = (
        "Mayor Ines Morvan said the pier was unsafe, noting that it was “older than the town.” "
        "Harbour master Tom Vance approved the repairs on Friday.\n"
    )
    partial = [q for q in quotes(text) if q.kind == "partial"][0]
    assert partial.speaker is not None and partial.speaker.name == "Ines Morvan"
    assert partial.cue is not None and partial.cue.text == "noting"


def test_a_short_frame_after_a_full_stop_still_speaks() -> None:
    text = "Harbour master Tom Vance spoke on Friday.\n\n“The pier stays closed.” Vance said.\n"
    assert speaker_of(text, "pier stays closed") == ("Tom Vance", "cue")


def test_a_participle_after_a_quoted_word_ends_the_first_report() -> None:
    text = "Mayor Ines Morvan said the repair plan was “reckless,” noting that the crews had no cranes.\n"
    first, second = indirect(text)
    assert first.text == "the repair plan was “reckless,”"
    assert second.cue is not None and second.cue.text == "noting"


def test_a_place_after_from_is_not_a_speaker_to_resolve_to() -> None:
    text = (
        "Mayor Ines Morvan toured the docks.\n\n"
        "The visitor from Vermont said the cranes were old. She added that the pier was closed.\n"
    )
    added = [q for q in indirect(text) if "pier" in q.text][0]
    assert added.speaker is not None and added.speaker.name == "Ines Morvan"


def test_a_sentence_ending_in_a_colon_introduces_its_subjects_quote() -> None:
    text = (
        "Harbour master Tom Vance spoke on Friday.\n\n"
        "Vance released the following note: “The pier stays closed until spring.”\n"
    )
    assert speaker_of(text, "pier stays closed") == ("Tom Vance", "label")


def test_a_straight_opening_mark_may_close_with_a_curly_one() -> None:
    text = '"The pier stays closed,” Tom Vance said, noting the cranes were old.\n'
    (direct,) = [q for q in quotes(text) if q.kind == "direct"]
    assert direct.text == '"The pier stays closed,”'
    assert direct.speaker is not None and direct.speaker.name == "Tom Vance"


def test_a_reporting_verb_in_the_next_paragraph_is_not_the_quotes_own_frame() -> None:
    text = (
        "“The tide tables are wrong,” said Ada Brandt, a ferry pilot. “Who checks them?”\n\n"
        "Brandt noted that the tables were printed in March.\n"
    )
    assert speaker_of(text, "Who checks them") == ("Ada Brandt", "continuation")


def test_a_curly_opening_mark_may_close_with_a_straight_one() -> None:
    text = (
        "Harbour chief Tom Vance toured the docks.\n\n"
        '“The cranes are older than I am," he said. "We will replace two of them.”\n\n'
        '“He calls it "the iron zoo" and laughs,” Vance added.\n'
    )
    first, second, nested = [q for q in quotes(text) if q.kind == "direct"]
    assert first.text == '“The cranes are older than I am,"'
    assert second.text == '"We will replace two of them.”'
    assert {first.speaker.name, second.speaker.name} == {"Tom Vance"}  # type: ignore[union-attr]
    # A straight pair opened inside a curly quotation is nested in it, not its end.
    assert nested.text == '“He calls it "the iron zoo" and laughs,”'


def test_a_statement_put_out_by_someone_is_theirs() -> None:
    text = (
        "Mayor Ines Morvan put out a written statement saying the slipway would reopen in April.\n"
    )
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.name == "Ines Morvan"
    assert quote.cue is not None and quote.cue.text == "saying"


def test_a_second_clause_with_its_own_pronoun_and_verb_is_a_second_report() -> None:
    text = (
        "Although she conceded that the pier had been closed too long, she maintained "
        "that the repairs were worth the wait.\n"
    )
    first, second = indirect(text)
    assert first.cue is not None and first.cue.text == "conceded"
    assert second.cue is not None and second.cue.text == "maintained"
    assert second.text == "that the repairs were worth the wait"


def test_a_coordinated_verb_after_an_auxiliary_is_a_second_report() -> None:
    text = (
        "Mayor Ines Morvan often questions the cost of the cranes and has called for "
        "a new vote on the harbour.\n"
    )
    first, second = indirect(text)
    assert first.text == "the cost of the cranes"
    assert second.cue is not None and second.cue.text == "called for"


def test_thanking_someone_for_quoted_words_attributes_them() -> None:
    text = "Mayor Ines Morvan thanked the crews for “keeping the harbour open all winter.”\n"
    partial = [q for q in quotes(text) if q.kind == "partial"][0]
    assert partial.speaker is not None and partial.speaker.name == "Ines Morvan"
    assert partial.cue is not None and partial.cue.text == "thanked"


def test_a_leading_clause_before_the_subject_is_not_the_content() -> None:
    text = "Even after the storm had passed, Harbour master Vance said the pier was unsafe.\n"
    (quote,) = indirect(text)
    assert quote.text == "the pier was unsafe"
    assert quote.speaker is not None and quote.speaker.mention.endswith("Vance")


def test_continued_to_say_is_one_cue() -> None:
    text = "Mayor Ines Morvan continued to say she had never seen the invoices.\n"
    (quote,) = indirect(text)
    assert quote.cue is not None and quote.cue.text == "continued to say"
    assert quote.text == "she had never seen the invoices"


@pytest.mark.parametrize(
    "subject",
    ["Some of the mayor's closest allies", "Other ferry advocates also", "More than seven in 10"],
)
def test_quantified_groups_and_poll_shares_speak(subject: str) -> None:
    text = f"{subject} said the levy would pass easily in the spring.\n"
    (quote,) = indirect(text)
    assert quote.text == "the levy would pass easily in the spring"
    assert quote.speaker is not None and subject.startswith(quote.speaker.mention)


def test_an_age_and_a_description_between_name_and_verb() -> None:
    text = "Tilda Marsh, 34, a welder from the north quay, said she would vote for the levy.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.name == "Tilda Marsh"


def test_a_parenthetical_frame_after_a_short_opening() -> None:
    text = "The cranes, she said, would be paid for by the port and not the town.\n"
    (quote,) = indirect(text)
    assert quote.text.startswith("The cranes, she said, would")
    assert quote.speaker is not None and quote.speaker.mention == "she"


def test_a_verb_first_frame_with_a_description_of_the_speaker() -> None:
    text = (
        "The levy will pass without much trouble in the spring, said Tilda Marsh, "
        "a welder who has worked on the north quay for twenty years.\n"
    )
    (quote,) = indirect(text)
    assert quote.text == "The levy will pass without much trouble in the spring"
    assert quote.speaker is not None and quote.speaker.name == "Tilda Marsh"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "(The ferry carried 9,000 riders in May, according to port records.)\n",
            "The ferry carried 9,000 riders in May",
            "port records",
        ),
        (
            "The levy failed twice before, according to Tilda Marsh, a welder on the quay.\n",
            "The levy failed twice before",
            "Tilda Marsh",
        ),
        (
            "The cranes, according to an aide close to the harbour board, will cost more.\n",
            "The cranes, according to an aide close to the harbour board, will cost more",
            "an aide",
        ),
        (
            "But according to the harbour board, the cranes will arrive in June.\n",
            "the cranes will arrive in June",
            "the harbour board",
        ),
    ],
)
def test_according_to_wherever_it_stands(text: str, content: str, source: str) -> None:
    (quote,) = indirect(text)
    assert quote.text == content
    assert quote.speaker is not None and quote.speaker.mention.startswith(source)
    assert quote.cue is not None and quote.cue.text.lower() == "according to"


def test_according_to_plan_names_no_source() -> None:
    assert indirect("The repairs to the north pier went according to plan this week.\n") == []


@pytest.mark.parametrize(
    "subject",
    [
        "The veteran welder Tilda Anne Marsh",
        "Tilda Marsh, associate director of welding studies at the North Quay Technical College,",
        "On Monday, however, the principal of the North Quay Technical College, Tilda Marsh,",
        "A former harbour master -- Tilda Marsh, who ran the port for a decade --",
    ],
)
def test_a_named_speaker_behind_a_long_description(subject: str) -> None:
    text = f"{subject} said the cranes were “far too slow for the night shift.”\n"
    partial = [q for q in quotes(text) if q.kind == "partial"][0]
    assert partial.speaker is not None and partial.speaker.name is not None
    assert partial.speaker.name.endswith("Marsh")


def test_a_listener_with_a_capitalised_name_before_the_content() -> None:
    text = "Tilda Marsh told the Harbour Gazette she had already signed the petition.\n"
    (quote,) = indirect(text)
    assert quote.text == "she had already signed the petition"
    assert quote.speaker is not None and quote.speaker.name == "Tilda Marsh"


@pytest.mark.parametrize(
    "sentence",
    [
        "Tilda Marsh spoke first. She’s said the cranes will never pay for themselves.",
        "Tilda Marsh spoke first. She’s touring the docks today and says the cranes will never pay for themselves.",
    ],
)
def test_a_pronoun_with_a_contracted_auxiliary_speaks(sentence: str) -> None:
    (quote,) = indirect(sentence + "\n")
    assert quote.text == "the cranes will never pay for themselves"
    assert quote.speaker is not None and quote.speaker.name == "Tilda Marsh"


def test_a_capitalised_description_before_a_name() -> None:
    text = "The director of the Quay Trust, Tilda Marsh, said the cranes will never pay for themselves.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.name == "Tilda Marsh"


def test_a_participle_after_a_trailing_frame_is_a_second_report() -> None:
    text = (
        "“The cranes are far too slow,” Tilda Marsh said, adding that the night shift "
        "“cannot wait another winter.”\n"
    )
    reported = indirect(text)
    assert [q.text for q in reported] == ["that the night shift “cannot wait another winter.”"]
    assert reported[0].cue is not None and reported[0].cue.text == "adding"
    partial = [q for q in quotes(text) if q.kind == "partial"][0]
    assert partial.speaker is not None and partial.speaker.name == "Tilda Marsh"


def test_records_report_what_they_show() -> None:
    text = "Port records show that the night shift unloaded 40 ships in March.\n"
    (quote,) = indirect(text)
    assert quote.text == "that the night shift unloaded 40 ships in March"
    assert quote.cue is not None and quote.cue.text == "show"
    assert quote.speaker is not None and quote.speaker.mention == "Port records"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("A council report said the pier lost money in March.\n", "A council report", "said"),
        ("The pier lost $2 million last year, harbour reports show.\n", "harbour reports", "show"),
        ("Ana Ruiz said reports show the pier is losing money.\n", "Ana Ruiz", "said"),
    ],
)
def test_a_report_before_its_verb_is_the_noun_that_speaks(
    text: str, speaker: str, cue: str
) -> None:
    (quote,) = indirect(text)
    assert (quote.speaker.mention, quote.cue.text) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "content", "record"),
    [
        (
            "The harbour poll shows both Ruiz and Hale ahead of the mayor.\n",
            "both Ruiz and Hale ahead of the mayor",
            "The harbour poll",
        ),
        (
            "The pier was sold to a dredging firm in 2010, county records show.\n",
            "The pier was sold to a dredging firm in 2010",
            "county records",
        ),
        (
            "The levy passed days after a new survey that shows her leading the race.\n",
            "her leading the race",
            "a new survey",
        ),
        (
            "Findings show riders dread a second rise in the ferry toll.\n",
            "riders dread a second rise in the ferry toll",
            "Findings",
        ),
    ],
)
def test_a_record_reports_what_it_shows_in_any_order(text: str, content: str, record: str) -> None:
    shown = [q for q in indirect(text) if q.cue is not None and q.cue.text.startswith("show")]
    assert [(q.text, q.speaker.mention) for q in shown] == [(content, record)]


@pytest.mark.parametrize(
    ("text", "content", "record"),
    [
        (
            "In the latest Harbour Herald poll, conducted in May, Ruiz led Hale 47 to 39 percent.\n",
            "Ruiz led Hale 47 to 39 percent",
            "the latest Harbour Herald poll",
        ),
        (
            "Ruiz led Hale among dock workers in a new survey released Monday.\n",
            "Ruiz led Hale among dock workers",
            "a new survey",
        ),
    ],
)
def test_a_poll_named_in_the_sentence_is_its_source(text: str, content: str, record: str) -> None:
    (quote,) = indirect(text)
    assert (quote.text, quote.speaker.mention, quote.speaker.via) == (
        content,
        record,
        "according-to",
    )


def test_a_poll_yields_to_a_report_that_opens_the_main_clause() -> None:
    text = (
        "In a dockside poll of 800 islanders, taken in May, Harbour Research found that "
        "ferry fares are the main worry on the island.\n"
    )
    (quote,) = indirect(text)
    assert quote.text == "that ferry fares are the main worry on the island"
    assert quote.speaker is not None and quote.speaker.mention == "Harbour Research"
    assert quote.cue is not None and quote.cue.text == "found"
    # The answers of a share of those asked are still the poll's.
    (share,) = indirect(
        "In a Gazette poll taken in May, 73 percent of islanders said the pier was safe.\n"
    )
    assert share.speaker is not None and share.speaker.mention == "a Gazette poll"


def test_leading_in_the_polls_is_an_idiom_not_a_source() -> None:
    assert indirect("Ruiz has been leading the race for months in the polls.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "HARBOUR CITY - The call center of the Ruiz campaign sits above a bakery on the quay.\n",
        "Many of these questions remain open: will the harbour board listen?\n",
        "The port trust lowered its proposed toll of $12 after the protests.\n",
    ],
)
def test_a_cue_word_after_an_article_or_possessive_is_no_verb(text: str) -> None:
    assert indirect(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The harbour video shows him leaving the quay at night with two bags.\n",
        "Tilda Marsh showed up late to the meeting on the north quay.\n",
        "Her TV show “Quay Life” ran for three seasons on the local channel.\n",
    ],
)
def test_show_is_no_cue_without_a_record_reporting(text: str) -> None:
    assert indirect(text) == []
    assert all(q.cue is None or q.cue.text.lower() != "show" for q in quotes(text))


def test_a_participle_after_a_short_object_takes_the_report() -> None:
    text = (
        "Mayor Ines Morvan praised the crews, saying they had kept the harbour open all winter.\n"
    )
    (quote,) = indirect(text)
    assert quote.text == "they had kept the harbour open all winter"
    assert quote.cue is not None and quote.cue.text == "saying"


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("The call for a new levy came from the dock workers.", []),
        ("Ruiz read the report. Said Hale: no.", ["read", "Said"]),
        ("The harbour report said the pier was safe.", ["said"]),
    ],
)
def test_a_cue_word_as_a_noun(text: str, cues: list[str]) -> None:
    assert [cue.group() for cue in find_cues(text, 0, len(text))] == cues


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "Mayor Ines Morvan promised to rebuild the north pier by spring.\n",
            "to rebuild the north pier by spring",
            "promised",
        ),
        (
            "Ines Morvan vowed to fight the toll in every court.\n",
            "to fight the toll in every court",
            "vowed",
        ),
    ],
)
def test_what_someone_promises_or_vows_to_do_is_reported(text: str, content: str, cue: str) -> None:
    (quote,) = indirect(text)
    assert (quote.text, quote.cue.text) == (content, cue)


def test_a_promise_to_someone_is_no_content() -> None:
    assert indirect("Ines Morvan promised to the crowd on the quay.\n") == []


def test_a_request_to_a_listener_is_reported() -> None:
    text = "Mayor Ines Morvan urged the harbour board to delay the vote on the cranes.\n"
    (quote,) = indirect(text)
    assert quote.text == "the harbour board to delay the vote on the cranes"
    assert quote.cue is not None and quote.cue.text == "urged"


def test_state_is_a_cue_only_before_that() -> None:
    text = (
        "Marsh has been visiting every quay in hopes of winning the northern "
        "state and carrying her plan to the harbour board.\n"
    )
    assert indirect(text) == []
    text = "A letter from the harbour board states that the cranes will arrive in June.\n"
    (quote,) = indirect(text)
    assert quote.cue is not None and quote.cue.text == "states"


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Tilda Marsh maintained a narrow lead over the mayor all night.\n", []),
        ("The fighting on the quay continued well into the night on Friday.\n", []),
        (
            "Tilda Marsh maintained that the cranes were never needed.\n",
            ["that the cranes were never needed"],
        ),
    ],
)
def test_weak_verbs_report_only_with_that(text: str, reported: list[str]) -> None:
    assert [q.text for q in indirect(text)] == reported


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("The harbour board ruled that the cranes must be inspected.\n", 1),
        ("The harbour board changed the rules on cranes last spring.\n", 0),
        ("The port calculates that the cranes will pay for themselves by 2030.\n", 1),
        ("The crane project ran two years late and cost twice its budget.\n", 0),
        ("The last nine states that ban ferry tolls hold few harbour seats.\n", 0),
        ("Ferries in the 50 states that border the sea run at a loss.\n", 0),
        ("Early estimates put the ramp's price near two million pounds.\n", 0),
        ("Her comments came after the harbour board met for the last time.\n", 0),
        ("The yacht club's price lists can change twice in one summer season.\n", 0),
        ("How a skipper responds can be as telling as the storm that broke the pier.\n", 0),
        # Before an auxiliary a verb in -s still reports, its subject right before it.
        ("It is a trend that the harbour board predicts will last for years.\n", 1),
        ("The toll is the cause that Ruiz believes will define her years in office.\n", 1),
    ],
)
def test_verbs_that_report_only_before_that(text: str, reported: int) -> None:
    assert len(indirect(text)) == reported


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The crews walked out at dawn. They state their aim is a shorter winter rota.\n", "state"),
        ("The old charter is plain. It states the harbour must stay open at night.\n", "states"),
        ("Berg went to the quay. He also ruled the night ferry must keep its crew.\n", "ruled"),
    ],
)
def test_a_that_only_verb_after_a_subject_pronoun_reports(text: str, cue: str) -> None:
    (quote,) = indirect(text)
    assert quote.cue is not None and quote.cue.text == cue


def test_a_party_and_state_after_a_name_is_an_aside() -> None:
    text = "Rep. Dana Kloss, D-Ore., said the harbour levy would pass in the spring.\n"
    (quote,) = indirect(text)
    assert quote.text == "the harbour levy would pass in the spring"
    assert quote.speaker is not None and quote.speaker.name == "Dana Kloss"


@pytest.mark.parametrize(
    "frame",
    [
        "Rep. Dana Kloss, Democrat of Oregon, said",
        "Dana Kloss, of Bend, Ore., said",
        "Dana Kloss, 54, a welder from Salem, Oregon, said",
        "Dana Kloss, now retired in Portland, Ore., said by telephone",
        "Ms. Marsh's lawyer, Dana Kloss, said",
    ],
)
def test_asides_with_a_party_a_city_and_state_or_a_title(frame: str) -> None:
    # A state after a city continues the place (its stop ends no clause), a party
    # with its state is an aside, and a title's stop lets the frame follow the quote.
    text = f"Tilda Marsh sued the port.\n\n“The levy will pass,” {frame}.\n"
    assert speaker_of(text, "levy will pass") == ("Dana Kloss", "cue")


def test_a_state_alone_after_a_name_is_not_a_place_aside() -> None:
    text = "Tilda Marsh sued the port.\n\n“The levy will pass,” Kloss, Oregon, said.\n"
    assert speaker_of(text, "levy will pass") == (None, None)


@pytest.mark.parametrize("verb", ["became", "took", "won", "kept"])
def test_an_irregular_past_verb_before_and_said(verb: str) -> None:
    text = f"Tilda Marsh {verb} a place on the ferry committee and said the levy was too high.\n"
    (quote,) = indirect(text)
    assert quote.text == "the levy was too high"
    assert quote.speaker is not None and quote.speaker.name == "Tilda Marsh"


def test_a_day_with_a_possessive_after_the_verb_is_content() -> None:
    text = "The harbour master said Monday's storm had torn the pier in two.\n"
    (quote,) = indirect(text)
    assert quote.text == "Monday's storm had torn the pier in two"


def test_a_report_joined_to_a_quotation_by_a_second_verb() -> None:
    text = (
        "Mayor Ines Morvan said the cranes would arrive in May but added, "
        "“We will not open the pier before the inspection.”\n"
    )
    (quote,) = indirect(text)
    assert quote.text == "the cranes would arrive in May"
    assert quote.speaker is not None and quote.speaker.name == "Ines Morvan"
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.text for q in direct] == ["“We will not open the pier before the inspection.”"]


def test_a_report_before_a_clause_with_a_quotation_of_its_own() -> None:
    text = (
        "Mayor Ines Morvan said the cranes had arrived late, and when asked about "
        "the ferry, she said, “It runs again in June.”\n"
    )
    (quote,) = indirect(text)
    assert quote.text == "the cranes had arrived late"
    assert quote.speaker is not None and quote.speaker.name == "Ines Morvan"
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [q.text for q in direct] == ["“It runs again in June.”"]


def test_a_report_before_a_reply_with_its_own_quotation() -> None:
    text = (
        "Ines Morvan said that engineers had checked every pile, to which Jonas Berg "
        "replied: “They checked half of them at most.”\n"
    )
    (quote,) = indirect(text)
    assert quote.text == "that engineers had checked every pile"
    assert quote.speaker is not None and quote.speaker.name == "Ines Morvan"


def test_a_report_after_a_quotation_and_its_frame() -> None:
    text = (
        "“Questions are fair,” Ines Morvan said on the radio, but she said the ones "
        "about the pier went back twenty years.\n"
    )
    (quote,) = indirect(text)
    assert quote.text == "the ones about the pier went back twenty years"
    assert quote.speaker is not None and quote.speaker.name == "Ines Morvan"


def test_a_that_clause_before_a_colon_and_a_quotation_reports() -> None:
    text = (
        "Ines Morvan insisted that the piles were sound: “Nothing on this pier "
        "will fall,” she said.\n"
    )
    (quote,) = indirect(text)
    assert quote.text == "that the piles were sound"
    assert quote.speaker is not None and quote.speaker.name == "Ines Morvan"


def test_words_before_a_colon_that_only_frame_the_quotation_report_nothing() -> None:
    text = "Ines Morvan said back in May: “Nothing on this pier will fall before June.”\n"
    assert indirect(text) == []


def test_a_report_after_a_quotation_whose_comma_is_inside_its_mark() -> None:
    text = (
        "Ines Morvan spoke of the pier, saying, ''We never said the piles were new, "
        "or even sound,'' but she denied that the pier was unsafe for the ferry.\n"
    )
    reports = [q.text for q in indirect(text)]
    assert "that the pier was unsafe for the ferry" in reports


def test_a_clause_joined_after_a_quotation_is_not_its_frame() -> None:
    text = (
        "Contrast that with Ruiz, who has called the ferry levy “a tax on the poor,” "
        "and Ortiz says the fares will rise.\n"
    )
    partial = [q for q in quotes(text) if q.kind == "partial"]
    assert partial[0].cue is not None and partial[0].cue.text == "called"
    assert partial[0].speaker is not None and partial[0].speaker.name == "Ruiz"


def test_a_clause_before_a_quotation_with_no_report_is_no_report() -> None:
    text = (
        "The cranes arrived late, and when asked, Mayor Ines Morvan said, "
        "“It runs again in June.”\n"
    )
    assert indirect(text) == []


def test_the_frame_of_a_quotation_is_no_report() -> None:
    text = "In a statement on Friday, Mayor Ines Morvan said, “The pier stays closed.”\n"
    assert indirect(text) == []


def test_a_cue_phrase_reports_through_its_speech_verb() -> None:
    text = "Mayor Ines Morvan went on to say that the cranes had cost too much.\n"
    (quote,) = indirect(text)
    assert quote.cue is not None and quote.cue.text == "went on to say"
    assert quote.text == "that the cranes had cost too much"


@pytest.mark.parametrize(
    "aside",
    [
        "— who has run the ferry line since it opened in the spring of 1998 —",
        "- the ferry line's founder and its captain for twenty years -",
    ],
)
def test_a_long_aside_between_dashes_after_the_speaker(aside: str) -> None:
    text = f"Odile Brandt {aside} told the council the crossing would close in May.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.name == "Odile Brandt"
    assert quote.text == "the crossing would close in May"


def test_a_plural_role_speaks_in_a_parenthetical_frame() -> None:
    text = "In most ports, shipping executives say, the cranes are paid for by the tenants.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention == "shipping executives"


@pytest.mark.parametrize(
    ("subject", "share"),
    [
        ("Twenty-seven percent of those surveyed", "Twenty-seven percent of those surveyed"),
        ("A third of ferry users, 34%,", "A third of ferry users"),
    ],
)
def test_spelled_out_and_fractional_poll_shares_speak(subject: str, share: str) -> None:
    text = f"{subject} say the levy should be spent on the pier.\n"
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention == share
    assert quote.text == "the levy should be spent on the pier"


def test_a_listener_followed_by_a_clause_without_that() -> None:
    text = "Odile Brandt told the council the crossing would close in May.\n"
    (quote,) = indirect(text)
    assert quote.text == "the crossing would close in May"


@pytest.mark.parametrize(
    ("title", "speaker", "content"),
    [
        ("Ines Morvan: The Pier Will Reopen Before Summer.", "Ines Morvan", "The Pier"),
        ("Morvan Says Harbour Levy Will Pay for the Cranes.", "Ines Morvan", "Harbour Levy"),
        ("Poll: Ferry users back the harbour levy.", "Poll", "Ferry users"),
    ],
)
def test_the_title_of_an_article_attributes(title: str, speaker: str, content: str) -> None:
    text = f"{title}\n\nMayor Ines Morvan spoke to reporters on the quay on Friday.\n"
    (quote,) = indirect(text)
    assert quote.text.startswith(content) and not quote.text.endswith(".")
    assert quote.speaker is not None and speaker in (quote.speaker.name, quote.speaker.mention)


@pytest.mark.parametrize(
    "title",
    [
        "Analysis: The Pier Will Reopen Before Summer.",
        "Harbour Board Says Levy Will Pay for the Cranes.",  # nobody the article names
    ],
)
def test_a_title_without_a_named_source_attributes_nothing(title: str) -> None:
    text = f"{title}\n\nMayor Ines Morvan spoke to reporters on the quay on Friday.\n"
    assert indirect(text) == []


def test_a_title_line_is_read_only_as_the_first_paragraph() -> None:
    text = "Harbour news.\n\nInes Morvan: The Pier Will Reopen Before Summer.\n\nMayor Ines Morvan spoke.\n"
    assert indirect(text) == []


def test_a_second_named_speaker_ends_the_first_report() -> None:
    text = (
        "Morvan said the levy would pay for the cranes, for a start, and Ortiz "
        "vowed to fight it in court.\n"
    )
    first, second = indirect(text)
    assert first.text == "the levy would pay for the cranes, for a start"
    assert (second.text, second.speaker.mention) == ("to fight it in court", "Ortiz")


def test_a_named_speaker_after_and_reports_separately() -> None:
    text = "Morvan said the levy would pass, and Ortiz said the port would appeal.\n"
    first, second = indirect(text)
    assert first.text == "the levy would pass"
    assert second.speaker is not None and second.speaker.mention == "Ortiz"
    assert second.text == "the port would appeal"


def test_a_participle_after_before_is_a_second_report() -> None:
    text = "Morvan said the pier was safe on Friday before claiming that the cranes were too old.\n"
    first, second = indirect(text)
    assert first.text == "the pier was safe on Friday"
    assert second.cue is not None and second.cue.text == "claiming"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The harbour master pointed out that the cranes had never been inspected.\n",
            "pointed out",
        ),
        ("Mayor Ines Morvan made clear that the levy would not rise again.\n", "made clear"),
    ],
)
def test_a_cue_phrase_without_a_speech_verb_reports(text: str, cue: str) -> None:
    (quote,) = indirect(text)
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.text.startswith("that ")


@pytest.mark.parametrize(
    "subject", ["Ines Morvan, who chairs the harbour board,", "Ines Morvan, meanwhile,"]
)
def test_a_comma_before_the_verb_after_an_aside_is_no_verb_first_frame(subject: str) -> None:
    text = f"{subject} said the cranes cost the town too much.\n"
    (quote,) = indirect(text)
    assert quote.text == "the cranes cost the town too much"
    assert quote.speaker is not None and quote.speaker.name == "Ines Morvan"


def test_a_setting_phrase_is_no_verb_of_its_own() -> None:
    text = "The harbour master in a statement said the pier would reopen in May.\n"
    (quote,) = indirect(text)
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.text == "the pier would reopen in May"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ines Morvan told Harbour TV’s “Morning Quay” that the pier would reopen.\n",
        "Morvan spoke on his radio program, “The Harbour Hour,” said the station.\n",
    ],
)
def test_a_title_after_its_owner_or_its_kind_is_nobodys_words(text: str) -> None:
    (title,) = [q for q in quotes(text) if q.kind != "indirect"]
    assert (title.kind, title.speaker, title.cue) == ("partial", None, None)


def test_a_description_introducing_a_quotation_speaks() -> None:
    text = "The ferry was late again, and a deckhand shouted, “Everyone off the pier, now!”\n"
    (quote,) = [q for q in quotes(text) if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.mention == "a deckhand"
    assert quote.cue is not None and quote.cue.text == "shouted"


def test_a_long_description_after_a_fronted_verb_ends_in_the_speakers_name() -> None:
    text = (
        "Tilda Marsh sued the port.\n\n"
        "“The levy will pass,” said Salem State University harbour historian Dana Kloss.\n"
    )
    assert speaker_of(text, "levy will pass") == ("Dana Kloss", "cue")


@pytest.mark.parametrize(
    ("frame", "mention"),
    [
        ("Kloss’s office said in an email", "Kloss’s office"),
        ("wrote Harbour Weekly magazine", "Harbour Weekly magazine"),
        ("City Hall and harbour spokesmen said", "City Hall and harbour spokesmen"),  # both
    ],
)
def test_an_office_or_a_magazine_speaks(frame: str, mention: str) -> None:
    text = f"Tilda Marsh sued the port.\n\n“The levy will pass,” {frame}.\n"
    (quote,) = quotes(text)
    assert quote.speaker is not None and quote.speaker.mention == mention


def test_a_source_word_speaks_across_its_relative_clause() -> None:
    text = (
        "Tilda Marsh sued the port.\n\n"
        "“The levy will pass,” a union source, who could not be named under union rules, told the paper.\n\n"
        "“The levy is a scandal,” the dockers, who had waited all day, chanted.\n"
    )
    official, dockers = quotes(text)
    assert official.speaker is not None and official.speaker.mention == "a union source"
    assert dockers.speaker is None  # a group that is no source word stays unattributed


def test_a_joined_verb_introduces_the_quotation_with_the_earlier_subject() -> None:
    text = (
        "Port Authority Chair Ines Morvan sued the port.\n\n"
        "Morvan said she welcomed the ruling and added, “I will appeal anyway.”\n"
    )
    (direct,) = [q for q in quotes(text) if q.kind == "direct"]
    assert direct.cue is not None and direct.cue.text == "added"
    assert direct.speaker is not None and direct.speaker.name == "Ines Morvan"


def test_a_stray_comma_after_a_parenthesis_and_a_participle_before_a_place() -> None:
    # "(D-Ore.)," before the verb is peeled like "(D-Ore.)"; "after winning Salem" is an
    # action, so "winning Salem" is no name to fall back on.
    text = (
        "Tilda Marsh sued the port.\n\n"
        "On Tuesday, after winning Salem, Rep. Dana Kloss (D-Ore.), said, “We start now.”\n"
    )
    assert speaker_of(text, "We start now") == ("Dana Kloss", "cue")


def test_a_participle_before_a_capitalised_word_is_no_name() -> None:
    from provlint.extract.speakers import classify

    for phrase in ("winning Ohio", "visiting Salem"):
        assert classify(phrase, 0, len(phrase)) is None
    assert classify("acting director Tom Vance", 0, 25) is not None


def test_a_verb_before_a_capitalised_word_is_no_name() -> None:
    from provlint.extract.speakers import classify

    # "… the ones the Harbour Board now says are …", "a port that supports Ruiz".
    for phrase in ("supports Ana Ruiz", "says Harbour Board", "endorses Tom Vance"):
        assert classify(phrase, 0, len(phrase)) is None, phrase
    assert classify("harbour boss Tom Vance", 0, 22) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz ended her speech by saying that the port would never close again.",
        "Ruiz ended her speech by saying, “The port will never close.”",
    ],
)
def test_a_participle_after_by_reports_for_the_sentences_subject(sentence: str) -> None:
    text = f"Port Authority Chair Ana Ruiz spoke on Friday.\n\n{sentence}\n"
    (quote,) = [q for q in quotes(text) if q.kind != "partial"]
    assert quote.cue is not None and quote.cue.text == "saying"
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    "verb",
    [
        "elaborated",
        "confessed",
        "wondered",
        "clarified",
        "concurred",
        "repeated",
        "implied",
        "reaffirmed",
    ],
)
def test_more_reporting_verbs(verb: str) -> None:
    text = f"Port Authority Chair Ana Ruiz spoke on Friday.\n\nRuiz {verb} that the levy was too high.\n"
    (quote,) = indirect(text)
    assert quote.cue is not None and quote.cue.text == verb
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize("word", ["However", "Meanwhile", "January", "Tuesday"])
def test_a_connective_or_a_date_alone_is_no_name(word: str) -> None:
    from provlint.extract.speakers import classify

    assert classify(word, 0, len(word)) is None
    assert classify("Morvan", 0, 6) is not None


def test_what_follows_a_participle_after_a_quote_is_content_not_its_speaker() -> None:
    text = (
        "Port Authority Chair Ana Ruiz spoke on Friday.\n\n"
        "Ruiz talked up her “harbour plan,” saying the city needed the levy.\n"
    )
    partial, reported = quotes(text)
    assert partial.speaker is None  # not "the city needed the levy"
    assert reported.text == "the city needed the levy"
    assert reported.speaker is not None and reported.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize("participle", ["conceding", "remarking", "lamenting", "admitting"])
def test_more_participles_report_for_the_sentences_subject(participle: str) -> None:
    text = (
        "Port Authority Chair Ana Ruiz spoke on Friday.\n\n"
        f"Ruiz toured the docks for an hour, {participle} that the levy was too high.\n"
    )
    (quote,) = indirect(text)
    assert quote.cue is not None and quote.cue.text == participle
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


def test_a_credit_line_after_a_dash_names_the_source() -> None:
    text = (
        "Quotes of the week.\n\n"
        '"The levy is a scandal and it will not pass."\n\n'
        "- Ana Ruiz.\n\n"
        "“We will fight it in court,” — Dana Kloss, harbour lawyer\n\n"
        "Voters who heard “the wall” — Ruiz, mostly — said no.\n"
    )
    assert speaker_of(text, "levy is a scandal") == ("Ana Ruiz", "label")
    assert speaker_of(text, "fight it in court") == ("Dana Kloss", "label")
    # A dash inside a sentence is an aside, not a credit.
    assert speaker_of(text, "the wall") == (None, None)


def test_a_credit_line_that_closes_the_quotation_names_the_source() -> None:
    text = (
        "The fees rose again.\n\n"
        '"I worry the ferry will not survive another winter of tolls.\n'
        'Dana Ruiz, Island Ferry Trust."\n\n'
        '"We will keep going until the pier is safe.\n'
        'God bless the harbour."\n'
    )
    assert speaker_of(text, "another winter") == ("Dana Ruiz", "label")
    (credited,) = [q for q in quotes(text) if "another winter" in q.text]
    assert credited.cue is not None and credited.cue.text == '"'
    # A last line that is no name credits nobody.
    assert speaker_of(text, "keep going") == (None, None)


@pytest.mark.parametrize(
    ("sentence", "source", "cue"),
    [
        (
            "As reported by the Harbour Herald, the levy will rise by a third.",
            "the Harbour Herald",
            "reported",
        ),
        (
            "And, as the Harbour Herald first reported, the levy will rise by a third.",
            "the Harbour Herald",
            "reported",
        ),
        ("As Ruiz noted, the levy will rise by a third.", "Ruiz", "noted"),
        (
            "The levy will rise by a third, as the Harbour Herald reported.",
            "the Harbour Herald",
            "reported",
        ),
        (
            "The levy will rise by a third, as reported by the Harbour Herald.",
            "the Harbour Herald",
            "reported",
        ),
    ],
)
def test_an_as_frame_gives_the_rest_of_the_sentence(sentence: str, source: str, cue: str) -> None:
    text = f"Port Authority Chair Ana Ruiz spoke on Friday.\n\n{sentence}\n"
    (quote,) = indirect(text)
    assert quote.text.lower() == "the levy will rise by a third"
    assert quote.speaker is not None and quote.speaker.mention == source
    assert quote.cue is not None and quote.cue.text == cue


def test_an_as_clause_of_time_is_no_frame() -> None:
    text = (
        "Port Authority Chair Ana Ruiz spoke on Friday.\n\nAs the levy rose, the port lost trade.\n"
    )
    assert indirect(text) == []


def test_two_quotations_joined_before_one_frame_share_it() -> None:
    text = (
        "Port Authority Chair Ana Ruiz spoke on Friday.\n\n"
        "“The levy will pass” and “we will rebuild the pier,” Ruiz said.\n\n"
        "Vance called it “a disgrace,” “a sham” and “a farce,” Ruiz said.\n"
    )
    assert speaker_of(text, "levy will pass") == ("Ana Ruiz", "cue")
    # Inside a sentence with its own frame, the earlier fragments stay that frame's.
    assert speaker_of(text, "a sham") != ("Ana Ruiz", "cue")


def test_a_participle_report_after_a_frame_with_a_setting() -> None:
    text = (
        "Port Authority Chair Ana Ruiz spoke on Friday.\n\n"
        "“The levy will pass,” Ruiz said in a statement Monday, adding that the pier would reopen.\n"
    )
    (quote,) = indirect(text)
    assert quote.text == "that the pier would reopen"
    assert quote.cue is not None and quote.cue.text == "adding"
    assert quote.speaker is not None and quote.speaker.name == "Ana Ruiz"


def test_a_source_word_subject_speaks_through_a_participle() -> None:
    text = (
        "Port Authority Chair Ana Ruiz spoke on Friday.\n\n"
        "Harbour officials toured the docks, saying the levy was too high.\n\n"
        "The new plan stalled in March, leaving the levy in place.\n"
    )
    (quote,) = indirect(text)
    assert quote.text == "the levy was too high"
    assert quote.speaker is not None and quote.speaker.mention == "Harbour officials"


def test_a_commenter_or_a_narrator_introduces_a_quotation() -> None:
    text = (
        "Tilda Marsh sued the port.\n\n"
        "Another commenter said, “Everyone on the quay knows where she stands on tolls.”\n\n"
        "A narrator says, “The pier will outlast us all.”\n"
    )
    commenter, narrator = [q for q in quotes(text) if q.kind == "direct"]
    assert commenter.speaker is not None and commenter.speaker.mention == "Another commenter"
    assert narrator.speaker is not None and narrator.speaker.mention == "A narrator"


def test_a_quotation_that_is_the_whole_report_is_one_record() -> None:
    text = (
        "Harbour Master Ines Pell spoke at the dock.\n\nPell said “the levy is a tax on fishing.”\n"
    )
    (quote,) = quotes(text)
    assert quote.kind == "partial"
    assert quote.speaker is not None and quote.speaker.name == "Ines Pell"


def test_referring_to_someone_as_something_is_a_report() -> None:
    text = (
        "Senator Ada Brook toured the harbour.\n\n"
        "Brook referred to the pier as “the town’s front door” on Monday.\n"
    )
    (report,) = indirect(text)
    assert report.text.startswith("the pier as “the town’s front door”")
    assert report.cue is not None and report.cue.text == "referred to"
    assert report.speaker is not None and report.speaker.name == "Ada Brook"


def test_name_particles_join_a_name() -> None:
    text = (
        "Harbour Master Ana de la Cruz opened the dock on Monday.\n\n"
        "Karim al-Masri said the fee would stay.\n"
    )
    names = {person.name for person in extracted(text).people}
    assert {"Ana de la Cruz", "Karim al-Masri"} <= names


def test_declining_to_do_something_is_a_report_and_a_decline_in_sales_is_none() -> None:
    text = (
        "Port spokesman Omar Reyes met reporters.\n\n"
        "Reyes declined to comment. Harbour fees declined sharply in May.\n"
    )
    (report,) = indirect(text)
    assert report.text == "to comment"
    assert report.cue is not None and report.cue.text == "declined"
    assert report.speaker is not None and report.speaker.name == "Omar Reyes"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Reyes slammed the levy as a giveaway to the developers.", "slammed"),
        ("Reyes sought to distance himself from the harbour board.", "sought"),
        ("Reyes dubbed the levy a tax on every fisherman in town.", "dubbed"),
        ("Reyes attacked the levy as a giveaway to the developers.", "attacked"),
        ("Reyes backed the plan to dredge the north channel in June.", "backed"),
        ("Reyes thanked the crews, crediting them with saving the old pier.", "crediting"),
        ("Reyes ordered the harbour board to publish the dredging accounts.", "ordered"),
        ("Reyes challenged the board to explain the rise in mooring fees.", "challenged"),
        ("Reyes deemed the new crane a danger to the night shift.", "deemed"),
        ("Reyes signaled that the board would drop the mooring fee in spring.", "signaled"),
        ("Reyes swore that the pier would reopen before the first storm.", "swore"),
    ],
)
def test_attitude_verbs_with_irregular_forms_are_cues(sentence: str, cue: str) -> None:
    text = f"Port spokesman Omar Reyes met reporters.\n\n{sentence}\n"
    (report,) = indirect(text)
    assert report.cue is not None and report.cue.text == cue
    assert report.speaker is not None and report.speaker.name == "Omar Reyes"


def test_forms_listed_without_their_verb_leave_the_nouns_alone() -> None:
    # "attacked" and "backed" are cues; "the attack", "back in May", "credits" are not.
    text = (
        "The attack on the pier came back in May, after the tax credits ran out, "
        "in order to meet a challenge on request.\n"
    )
    assert [c.group() for c in find_cues(text, 0, len(text))] == []


def test_a_cue_word_after_an_article_and_a_compound_is_a_noun() -> None:
    text = (
        "Holt took a ship-to-shore call from the board and urged the pilots "
        "to strike before the 95-page report came out.\n"
    )
    assert [c.group() for c in find_cues(text, 0, len(text))] == ["urged"]


def test_half_of_a_compound_adjective_is_no_cue() -> None:
    text = "The sought-after seat on the harbour board went to a newcomer last spring.\n"
    assert [c.group() for c in find_cues(text, 0, len(text))] == []


def test_a_frame_ending_the_sentence_a_quotation_opens_speaks_for_it() -> None:
    text = (
        "Economist Lena Vogt studies the port.\n\n"
        "“The fee doubles every decade,” unlike anywhere else on the coast, "
        "says Lena Vogt, who teaches at the harbour college.\n\n"
        "“We are happy” about the vote, said Omar Reyes, a dock worker.\n"
    )
    assert speaker_of(text, "fee doubles") == ("Lena Vogt", "cue")
    assert speaker_of(text, "We are happy") == ("Omar Reyes", "cue")


def test_a_quotation_ending_its_sentence_takes_no_later_frame() -> None:
    text = "“The pier is closed.” Harbour fees rose in May, said Omar Reyes.\n"
    (direct,) = [q for q in quotes(text) if q.kind == "direct"]
    assert direct.speaker is None


def test_issuing_a_statement_introduces_a_quotation() -> None:
    text = (
        "Harbour Master Ines Pell spoke at the pier.\n\n"
        "Pell issued a statement, “The pier stays shut until the storm has passed.”\n"
    )
    (quote,) = quotes(text)
    assert quote.cue is not None and quote.cue.text == "issued a statement"
    assert quote.speaker is not None and quote.speaker.name == "Ines Pell"


def test_another_alone_is_a_speaker() -> None:
    text = (
        "Two dock workers spoke at the meeting.\n\n"
        "“The levy is fair,” one of them said. Another said the levy would close the quay.\n"
    )
    (report,) = indirect(text)
    assert report.text == "the levy would close the quay"
    assert report.speaker is not None and report.speaker.mention == "Another"


def test_a_fixed_compound_is_no_cue() -> None:
    text = "Conservatism as Washington think tanks define it was never popular on the quay.\n"
    assert [c.group() for c in find_cues(text, 0, len(text))] == []
    assert quotes(text) == []
    # A speaking slot is given, not spoken: no report of what follows it.
    text = "Ruiz won a keynote speaking slot at the harbour fair, raising $2 million.\n"
    assert [c.group() for c in find_cues(text, 0, len(text))] == []
    assert quotes(text) == []


def test_a_cue_word_after_a_hyphen_is_half_of_a_compound() -> None:
    text = "Ana Ruiz, a self-described pragmatist, said the pier would reopen in May.\n"
    assert [c.group() for c in find_cues(text, 0, len(text))] == ["said"]
    (report,) = indirect(text)
    assert report.speaker is not None and report.speaker.mention == "Ana Ruiz"


def test_a_cue_word_after_an_article_and_adjectives_is_a_noun() -> None:
    text = (
        "Harbour chief Ana Ruiz met the press.\n\n"
        "The auditor published a blistering report on Monday. "
        "Ruiz made a surprising call for a pause in the dredging, calling it “a waste of silt money.”\n"
    )
    cues = [c.group() for c in find_cues(text, 0, len(text))]
    assert "report" not in cues and "call" not in cues
    (partial,) = [q for q in quotes(text) if q.kind == "partial"]
    assert partial.speaker is not None and partial.speaker.mention == "Ruiz"


def test_a_report_runs_to_the_end_of_its_quotation() -> None:
    text = (
        "Harbour chief Ana Ruiz said the levy “is a tax on fishing. Nobody on the quay wants it.”\n"
    )
    (report,) = indirect(text)
    assert report.text == "the levy “is a tax on fishing. Nobody on the quay wants it.”"
    assert report.speaker is not None and report.speaker.mention == "Harbour chief Ana Ruiz"


def test_a_surname_with_particles_opening_a_sentence_links_to_the_full_name() -> None:
    text = "Harbour Master Ana de la Cruz opened the dock.\n\nDe la Cruz said the fee would stay.\n"
    (person,) = extracted(text).people
    assert [m.text for m in person.mentions] == ["Ana de la Cruz", "De la Cruz"]
    (report,) = indirect(text)
    assert report.speaker is not None and report.speaker.name == "Ana de la Cruz"


def reports(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker mention, cue) of each indirect quote."""
    return [
        (q.text, q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in indirect(text)
    ]


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        ("Ruiz said", "Ruiz"),
        ("said Ruiz", "Ruiz"),
        ("Ruiz said on Monday", "Ruiz"),
        ("said Ana Ruiz, the harbour master", "Ana Ruiz"),
        ("said Ana Ruiz, who chairs the port board", "Ana Ruiz"),
    ],
)
def test_a_frame_inside_its_sentence_reports_the_whole_sentence(frame: str, speaker: str) -> None:
    text = f"The new pier, {frame}, will open in April once the storms have passed.\n"
    assert reports(text) == [(text.strip().rstrip("."), speaker, "said")]


def test_a_frame_inside_its_sentence_allows_commas_later_in_it() -> None:
    for frame in ("said Ruiz", "said Ana Ruiz, the harbour master"):
        text = f"The new pier, {frame}, will open in April, once the storms have passed.\n"
        assert reports(text) == [(text.strip().rstrip("."), frame.split(", ")[0][5:], "said")]


def test_a_clause_after_an_inner_frame_is_no_report_of_its_own() -> None:
    text = "Back then, Ana Ruiz said, she found the old pier far too short for ferries.\n"
    assert reports(text) == [(text.strip().rstrip("."), "Ana Ruiz", "said")]
    # A speaker named last, with only a description after them, ends the content.
    text = "The pier will open in the spring, said Ruiz, who chairs the port board.\n"
    assert reports(text) == [("The pier will open in the spring", "Ruiz", "said")]


def test_a_trailing_frame_may_end_in_a_long_description_of_its_speaker() -> None:
    text = (
        "The ferry will stop at the outer pier from May, said Ana Ruiz, director of "
        "the harbour trust at the county council in Galway.\n"
    )
    assert reports(text) == [("The ferry will stop at the outer pier from May", "Ana Ruiz", "said")]


def test_a_trailing_frame_may_end_in_a_relative_clause_on_its_speaker() -> None:
    text = (
        "The ferry will stop at the outer pier from May, said an official who saw the "
        "plan for the new berth last week.\n"
    )
    assert reports(text) == [
        ("The ferry will stop at the outer pier from May", "an official", "said")
    ]


def test_a_participle_is_no_fronted_verb() -> None:
    text = (
        "Mayor Lena Vogt is among those raising the alarm, echoing engineers who say "
        "the outer pier has been sinking for years.\n"
    )
    # "echoing engineers" is Vogt's report, not a frame whose speaker follows it.
    assert [r[1:] for r in reports(text) if r[2] == "echoing"] == [("Mayor Lena Vogt", "echoing")]


def test_a_comma_word_between_commas_is_no_fronted_verb() -> None:
    text = (
        "Even if the levy only narrows the gap to, say, single digits, the quay could "
        "still lose its winter trade.\n"
    )
    assert reports(text) == []


def test_a_trailing_frame_with_a_participle_makes_two_reports() -> None:
    for frame in ("Ana Ruiz said", "said Ana Ruiz"):
        text = f"The ferry will stop at the outer pier from May, {frame}, adding that fares would rise.\n"
        assert reports(text) == [
            ("The ferry will stop at the outer pier from May", "Ana Ruiz", "said"),
            ("that fares would rise", "Ana Ruiz", "adding"),
        ]


def test_asked_with_a_listener_and_a_question() -> None:
    text = "Harbour chief Ana Ruiz asked the minister how long the pier would stay shut.\n"
    assert reports(text) == [
        ("how long the pier would stay shut", "Harbour chief Ana Ruiz", "asked")
    ]


def test_referring_to_after_a_quotation_is_a_report_of_its_speaker() -> None:
    text = "“It is a fair deal,” said Ana Ruiz, referring to the new berth contract.\n"
    assert reports(text) == [("the new berth contract", "Ana Ruiz", "referring to")]


def test_any_group_that_says_or_tells_speaks() -> None:
    text = (
        "By large majorities, those surveyed say the pier should reopen before the summer.\n\n"
        "The heads of both ferry firms told reporters they would cut fares in May.\n"
    )
    assert [speaker for _, speaker, _ in reports(text)] == [
        "those surveyed",
        "The heads of both ferry firms",
    ]


def test_a_source_familiar_with_something_is_the_source() -> None:
    text = (
        "A source familiar with Galway’s toll accounts said the pier would close.\n\n"
        "People briefed on the plan said the ferry would stop at the outer pier.\n"
    )
    assert [speaker for _, speaker, _ in reports(text)] == ["A source", "People"]


def test_a_fronted_verb_and_a_name_end_a_sentence_after_a_relative_clause() -> None:
    text = (
        "The ferry also lacks support from its old partners in Galway, whom the owner has "
        "alienated with his rhetoric, said Ana Ruiz, director of the harbour trust.\n"
    )
    (report,) = reports(text)
    assert report[0].startswith("The ferry also lacks support") and report[0].endswith("rhetoric")
    assert report[1:] == ("Ana Ruiz", "said")


def test_a_listener_after_told_is_no_fronted_speaker() -> None:
    text = "The pier “is sinking into the harbour,” Simon Berg, a ferry pilot, told the Harbour Times.\n"
    assert reports(text) == []
    (partial,) = quotes(text)
    assert partial.speaker is not None and partial.speaker.mention == "Simon Berg"


def test_a_pronoun_before_a_name_makes_a_clause_not_a_speaker() -> None:
    assert classify("he expects Ortiz", 0, 16) is None
    text = (
        "Ana Ruiz, director of the harbour trust, said she expects Cole and Berg to "
        "“keep the pier open.”\n"
    )
    assert [speaker for _, speaker, _ in reports(text)] == ["Ana Ruiz"]


def test_a_group_of_something_speaks_when_the_something_reads_as_no_speaker() -> None:
    text = (
        "Several supporters of dredging said it was the one hope of keeping the channel open.\n\n"
        "Ana Ruiz met the spokesman for dredging and said the pier would reopen in May.\n"
    )
    assert [speaker for _, speaker, _ in reports(text)] == ["Several supporters", "Ana Ruiz"]


def test_a_time_ago_and_for_the_first_time_stand_around_the_verb() -> None:
    text = (
        "The harbour board barely ten days ago said for the first time that the "
        "pier had been sinking.\n"
    )
    assert reports(text) == [("that the pier had been sinking", "The harbour board", "said")]


def test_a_verb_joined_with_an_auxiliary_takes_the_sentence_subject() -> None:
    text = (
        "Ana Ruiz takes credit for the berth and has promised that she would build a second one.\n"
    )
    assert reports(text) == [("that she would build a second one", "Ana Ruiz", "promised")]


def test_a_listener_verb_may_take_that_at_once() -> None:
    text = "The harbour board warned that the pier could close before the winter storms.\n"
    assert reports(text) == [
        ("that the pier could close before the winter storms", "The harbour board", "warned")
    ]


def test_a_denial_names_its_speaker_too() -> None:
    text = (
        "The Harbour Times didn’t report that the pier would close in May.\n\n"
        "Ana Ruiz does not want to close the outer pier before the spring.\n\n"
        "The mayor urged voters not to approve the new fare rise.\n"
    )
    assert reports(text) == [
        ("that the pier would close in May", "The Harbour Times", "report"),
        ("to close the outer pier before the spring", "Ana Ruiz", "want"),
        ("voters not to approve the new fare rise", "The mayor", "urged"),
    ]


def test_talking_about_pushing_for_and_discussing_attribute_a_position() -> None:
    text = (
        "Ana Ruiz talked about the new berth contract at length.\n\n"
        "The dockers’ union pushed for a higher levy on cargo ships.\n\n"
        "The mayor discussed the fare rise with the ferry pilots.\n"
    )
    assert [(content, cue) for content, _, cue in reports(text)] == [
        ("the new berth contract at length", "talked about"),
        ("a higher levy on cargo ships", "pushed for"),
        ("the fare rise with the ferry pilots", "discussed"),
    ]


def test_blasted_is_a_cue_and_bomb_blasts_are_not() -> None:
    text = (
        "Ana Ruiz blasted the harbour board for the new fare rise.\n\n"
        "Two blasts shook the outer pier on Monday night.\n\n"
        "The mayor portrayed the levy as a tax on fishing.\n"
    )
    assert [(content, cue) for content, _, cue in reports(text)] == [
        ("the harbour board for the new fare rise", "blasted"),
        ("the levy as a tax on fishing", "portrayed"),
    ]


def test_a_record_heading_its_clause_speaks_through_show() -> None:
    text = (
        "Exit polling showed that older voters turned out in force for the levy.\n\n"
        "A harbour board survey out Monday showed the levy with a healthy lead.\n\n"
        "The poll was released on Monday and shows the levy ahead.\n"
    )
    assert [(content, speaker) for content, speaker, _ in reports(text)] == [
        ("that older voters turned out in force for the levy", "Exit polling"),
        ("the levy with a healthy lead", "A harbour board survey"),
    ]


def test_a_title_after_a_show_verb_or_a_long_subtitle_names_a_work() -> None:
    text = (
        "Later on ''Harbour Week,'' Ana Ruiz said the levy was fair.\n\n"
        "“The pier is safe,” Ruiz told “Coast and Country,” the morning show.\n\n"
        "In his autobiography, “Salt Roads: A Life on the Quays of the West Coast,” Berg "
        "wrote about the storms.\n"
    )
    titles = {q.text: q.speaker for q in quotes(text) if q.kind != "indirect"}
    del titles["“The pier is safe,”"]
    assert titles == {
        "''Harbour Week,''": None,
        "“Coast and Country,”": None,
        "“Salt Roads: A Life on the Quays of the West Coast,”": None,
    }


def test_reports_around_a_quoted_fragment() -> None:
    text = (
        "Ana Ruiz vowed to “take the fight” to every quay on the coast.\n\n"
        "The mayor said of the levy that it “was a tax on fishing.”\n\n"
        "Berg told the radio that the berth “was rotten,” adding, “It must go.”\n\n"
        "“The pier is safe,” Berg told reporters, before insisting the berth would hold.\n"
    )
    assert [(content, cue) for content, _, cue in reports(text)] == [
        ("to “take the fight” to every quay on the coast", "vowed"),
        ("that it “was a tax on fishing.”", "said"),
        ("that the berth “was rotten,”", "told"),
        ("the berth would hold", "insisting"),
    ]


def test_a_verb_of_speaking_may_report_its_topic() -> None:
    text = (
        "The harbour master warned of a “ferocious” winter ahead for the quay.\n\n"
        "Ana Ruiz spoke about the new berth for an hour.\n\n"
        "Ana Ruiz warned reporters that the pier would close.\n"
    )
    assert [(content, cue) for content, _, cue in reports(text)] == [
        ("a “ferocious” winter ahead for the quay", "warned"),
        ("the new berth for an hour", "spoke"),
        ("that the pier would close", "warned"),
    ]


def test_an_ad_or_a_letter_speaks() -> None:
    text = (
        "A harbour trust ad, which is airing this week, argues that only Ruiz can save the pier.\n"
    )
    assert [speaker for _, speaker, _ in reports(text)] == ["A harbour trust ad"]


def test_a_denial_joined_by_but_is_a_report_of_its_own() -> None:
    text = (
        "The harbour board concluded that the pier was unsafe, but did not recommend "
        "closing it before May.\n"
    )
    assert reports(text) == [
        ("that the pier was unsafe", "The harbour board", "concluded"),
        ("closing it before May", "The harbour board", "recommend"),
    ]


def test_a_title_label_may_name_its_audience_or_a_news_agency() -> None:
    text = (
        "Ruiz to Harbour Workers: The Pier Will Reopen in May.\n\n"
        "GALWAY — Ana Ruiz spoke on Friday.\n"
    )
    assert reports(text) == [("The Pier Will Reopen in May", "Ruiz", ":")]
    text = "AP: Harbour Chief Routed Levy Money to Lobbyists.\n\nGALWAY — The chief spoke.\n"
    assert reports(text) == [("Harbour Chief Routed Levy Money to Lobbyists", "AP", ":")]


def test_citing_after_a_frame_reports_for_its_speaker() -> None:
    text = "“The pier will close,” said Ana Ruiz, citing the cost of the winter repairs.\n"
    assert reports(text) == [("the cost of the winter repairs", "Ana Ruiz", "citing")]


def test_according_to_a_record_written_in_lower_case() -> None:
    text = "The levy passed in Galway, according to early but unofficial harbour returns.\n"
    assert reports(text) == [
        ("The levy passed in Galway", "early but unofficial harbour returns", "according to")
    ]


def test_from_a_record_and_a_colon_before_a_quotation_names_the_record() -> None:
    text = "From the harbour report: “The outer pier has sunk by ten centimetres since May.”\n"
    (quote,) = quotes(text)
    assert quote.speaker is not None and quote.speaker.mention == "the harbour report"


def test_a_relative_clause_with_a_report_of_its_own_is_no_part_of_the_first() -> None:
    text = "Ruiz criticised the toll plan, which she said would cost the port its ferries.\n"
    assert reports(text) == [
        ("the toll plan", "Ruiz", "criticised"),
        ("would cost the port its ferries", "she", "said"),
    ]
    # A relative clause that reports nothing, or whose verb has "which" for object,
    # or that the sentence resumes after, stays in the content.
    for kept in (
        "Ruiz criticised the toll plan, which the council adopted in May.\n",
        "Ruiz criticised the toll plan, which Ortiz supports despite its cost.\n",
        "Ruiz said the toll plan, which Ortiz has said was a ploy, was an insult.\n",
        "Ruiz said the levy would pass in Galway, which she is expected to win.\n",
    ):
        assert len(reports(kept)) == 1, kept
    # A participle in the relative clause is no verb of "which".
    text = "Ruiz criticised the memos, which showed aides suggesting the levy should pass.\n"
    assert reports(text) == [
        ("the memos, which showed aides suggesting the levy should pass", "Ruiz", "criticised")
    ]


def test_the_verb_after_a_restrictive_relative_clause_is_the_frame() -> None:
    text = "Dock workers who have praised the plan warned on Saturday that the tolls will rise.\n"
    assert reports(text) == [("that the tolls will rise", "Dock workers", "warned")]
    # An infinitive or a second verb joined by "and" stays in the clause.
    text = "Ana Ruiz, a pilot who has declined to endorse the plan, said the tolls will rise.\n"
    assert ("the tolls will rise", "Ana Ruiz", "said") in reports(text)
    assert all(cue != "endorse" for _, _, cue in reports(text))


def test_two_participles_joined_inside_a_phrase_are_no_second_report() -> None:
    text = "Ruiz said she accepts the union's habit of praising but not funding the dredging.\n"
    assert reports(text) == [
        ("she accepts the union's habit of praising but not funding the dredging", "Ruiz", "said")
    ]
    # After a comma the participle reports anew.
    text = "Ruiz criticised the plan, saying it was late, adding that the tolls will rise.\n"
    assert ("that the tolls will rise", "Ruiz", "adding") in reports(text)


def test_a_verb_joined_to_the_sentence_s_first_speaks_for_its_subject() -> None:
    text = "Ruiz folded her arms and said, “No buyer will ever get this pier from us.”\n"
    (quote,) = quotes(text)
    assert quote.speaker is not None and quote.speaker.mention == "Ruiz"
    assert quote.cue is not None and quote.cue.text == "said"
    # Joined to an infinitive, the verb's doer is the infinitive's, not the subject.
    text = "Tom Vance got the dockers to clap and chant for “Ana Ruiz for mayor.”\n"
    (quote,) = quotes(text)
    assert quote.speaker is None


def test_a_pronoun_with_are_or_am_written_into_it_is_a_pronoun() -> None:
    assert reports("They’re now saying the levy will pass in the spring.\n") == [
        ("the levy will pass in the spring", "They", "saying")
    ]


def test_poll_respondents_and_protest_organizers_speak_as_groups() -> None:
    text = "The top issue for the port, respondents said, is the price of the tolls.\n"
    assert reports(text) == [(text.strip().rstrip("."), "respondents", "said")]
    text = "Ruiz’ team said the new rules will raise the tolls in the spring.\n"
    assert reports(text) == [
        ("the new rules will raise the tolls in the spring", "Ruiz’ team", "said")
    ]
    text = "Protest organizers in Galway say the rules will only raise the risk of trouble.\n"
    assert reports(text) == [
        ("the rules will only raise the risk of trouble", "Protest organizers in Galway", "say")
    ]


def test_though_opening_a_clause_is_no_aside_after_the_verb() -> None:
    text = "The sum paid for the dredger was not disclosed, though pilots widely reported it as high.\n"
    assert all(cue != "disclosed" for _, _, cue in reports(text))


def test_a_wire_dateline_stands_before_the_sentence_subject() -> None:
    for dateline in (
        "GALWAY (Reuters) - ",
        "(AP) — ",
        "EASTPORT, Maine (Reuters) - ",
        "Galway (AFP) – ",
        "New Ross, Wexford (AFP) – ",
    ):
        text = f"{dateline}Ana Ruiz toured the harbour on Friday and said the pier must close.\n"
        assert reports(text) == [("the pier must close", "Ana Ruiz", "said")], dateline


def test_a_relative_clause_on_the_subject_ends_at_its_comma() -> None:
    # The verb after the clause is the sentence's own, however short the clause.
    for text in (
        "Ana Ruiz, who opposed the levy, said the vote was rigged.\n",
        "Ana Ruiz, who opposed the levy, last week said the vote was rigged.\n",
    ):
        assert ("the vote was rigged", "Ana Ruiz", "said") in reports(text), text
        assert all(cue != "opposed" or "said" not in content for content, _, cue in reports(text))


def test_a_share_written_in_figures_speaks() -> None:
    text = "About 3 in 10 say the harbour board should resign.\n"
    assert reports(text)[0] == (
        "the harbour board should resign",
        "About 3 in 10",
        "say",
    )


def test_a_frame_inside_the_sentence_may_have_two_people_or_a_measure_for_subject() -> None:
    for frame, speaker in (
        ("dock workers and their union say", "their union"),
        ("a broad range of economists say", "economists"),
    ):
        text = f"The bill for the new pier, {frame}, will fall on the ferry passengers.\n"
        ((content, who, cue),) = reports(text)
        assert (who, cue) == (speaker, "say") and content.startswith("The bill"), text
    # A verb phrase is no first subject: "traveled to Cork and" leaves the frame alone.
    text = "The feud grew when Ruiz, the mayor, traveled to Cork and Ortiz embraced him.\n"
    assert all(cue != "embraced" for _, _, cue in reports(text))


def test_a_question_asked_after_the_answer_is_a_report_with_no_asker() -> None:
    text = "“We will see,” Ruiz said on Friday when asked whether the pier would reopen in May.\n"
    asked = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.text, q.cue and q.cue.text, q.speaker) for q in asked] == [
        ("whether the pier would reopen in May", "asked", None)
    ]
    # A request is no question, and an answer after the question is its own report.
    for text in (
        "The board drew criticism when asked to close the pier before the winter storms.\n",
        "When she spoke, and when asked whether the pier would reopen, she said, “No.”\n",
    ):
        assert not [q for q in quotes(text) if q.cue and q.cue.text == "asked"], text


def test_a_title_label_the_article_names_again_is_its_source() -> None:
    text = (
        "Galway Post: Harbour Board Will Sell Three Ferries.\n\n"
        "The Galway Post reported on Friday that the board had found a buyer.\n"
    )
    title = reports(text)[0]
    assert title == ("Harbour Board Will Sell Three Ferries", "Galway Post", ":")
    # A label named nowhere else, or a kind of article, is no source.
    for text in (
        "Harbour Notes: Board Will Sell Three Ferries.\n\nThe board found a buyer.\n",
        "The Latest: Board Will Sell Three Ferries.\n\nThe Latest on the harbour sale.\n",
    ):
        assert all(cue != ":" for _, _, cue in reports(text)), text


def test_figures_read_in_named_polls_at_the_end_of_a_sentence_are_theirs() -> None:
    text = "Ruiz leads Ortiz by nine points in the Galway Post average of harbour polls.\n"
    assert reports(text) == [
        ("Ruiz leads Ortiz by nine points", "the Galway Post average of harbour polls", "in")
    ]
    # The idiom, and polls as polling places, name no record.
    for text in (
        "Ruiz has risen steadily in the polls since the ferry sale last spring.\n",
        "Turnout will be high in the town when dock workers go to the polls.\n",
    ):
        assert all(cue != "in" for _, _, cue in reports(text)), text


def test_a_party_and_state_label_is_an_aside_not_the_speaker() -> None:
    for text in (
        "Sen. Ana Ruiz, D-Calif., said the pier would close in the spring.\n",
        "Sen. Ana Ruiz, D-Calif., a member of the harbour panel, said the pier would close.\n",
        "Sen. Ana Ruiz, R-S.C., who chairs the panel, said the pier would close.\n",
    ):
        ((_, speaker, cue),) = reports(text)
        assert (speaker, cue) == ("Sen. Ana Ruiz", "said"), text


def test_a_clause_ending_in_a_quoted_phrase_is_reported_by_the_frame_after_it() -> None:
    # The comma sits inside the closing mark; the frame after it still reports the clause.
    text = "The harbour board will play the “outsider card,” Ana Ruiz said on Tuesday.\n"
    assert reports(text) == [
        ("The harbour board will play the “outsider card,”", "Ana Ruiz", "said")
    ]
    text = "The harbour board will play the ''outsider card,'' Ana Ruiz said on Tuesday.\n"
    assert reports(text) == [
        ("The harbour board will play the ''outsider card,''", "Ana Ruiz", "said")
    ]


def test_a_participle_after_a_frame_is_one_report() -> None:
    text = (
        "The board will play the “harbour card,” Ana Ruiz said, adding that the ploy will fail.\n"
    )
    assert reports(text) == [
        ("The board will play the “harbour card,”", "Ana Ruiz", "said"),
        ("that the ploy will fail", "Ana Ruiz", "adding"),
    ]


def test_a_trailing_frame_in_the_perfect_tense_reports() -> None:
    for frame, speaker in (
        ("Ana Ruiz has said", "Ana Ruiz"),
        ("Ruiz has repeatedly said", "Ruiz"),
        ("she had said", "she"),
    ):
        text = f"The port lost money on every ferry last winter, {frame}.\n"
        assert reports(text) == [
            ("The port lost money on every ferry last winter", speaker, "said")
        ]
    # A modal makes a clause of its own, with its own object.
    text = "Tom Berg said that in a contest between the two pilots, he would support the younger.\n"
    assert reports(text) == [("that in a contest between the two pilots", "Tom Berg", "said")]


def test_a_floating_quote_goes_on_with_the_speech_not_a_reference_after_it() -> None:
    def cue_of_second(text: str) -> str | None:
        second = [q for q in quotes(text) if q.text.startswith("“Give")]
        assert len(second) == 1 and second[0].speaker is not None
        return second[0].cue.text if second[0].cue else None

    text = (
        "“We need a new pier,” said Ana Ruiz, referring to the harbour plan. “Give us the tools.”\n"
    )
    assert cue_of_second(text) == "said"
    # A participle of speech goes on speaking: the quotation after it is its own.
    text = (
        "“We need a new pier,” said Ana Ruiz, adding that the plan was late. “Give us the tools.”\n"
    )
    assert cue_of_second(text) == "adding"


def test_a_trailing_frame_may_name_its_source_by_what_it_is_close_to() -> None:
    for frame, speaker in (
        ("an aide close to him said", "an aide"),
        ("people familiar with the talks said", "people"),
        ("officials in both ports insist", "officials"),
    ):
        text = f"The ferry will stop at the outer pier from May, {frame}.\n"
        assert reports(text) == [
            ("The ferry will stop at the outer pier from May", speaker, frame.split()[-1])
        ], frame


def test_a_frame_set_off_inside_the_sentence_may_name_its_speaker_by_role() -> None:
    text = "The pier, the mayor said, will close within a year.\n"
    assert reports(text) == [
        ("The pier, the mayor said, will close within a year", "the mayor", "said")
    ]


def test_a_fronted_verb_s_subject_ends_before_what_it_is_close_to() -> None:
    text = "“The pier will close,” said an aide close to the mayor.\n"
    (quote,) = quotes(text)
    assert quote.speaker is not None and quote.speaker.mention == "an aide"
    text = "The ferry will stop at the outer pier, said people familiar with the talks.\n"
    assert reports(text) == [("The ferry will stop at the outer pier", "people", "said")]


def test_an_anonymous_source_may_know_of_a_long_matter() -> None:
    text = (
        "A person familiar with plans for Friday’s harbour hearing says the debate will turn "
        "to the ferry.\n\n"
        "People with intimate knowledge of Ivo Frost’s business said the pier would close in May.\n"
    )
    assert [(speaker, cue) for _, speaker, cue in reports(text)] == [
        ("A person", "says"),
        ("People", "said"),
    ]
    # "his thinking" is the matter known, not a verb of the people.
    text = "People familiar with his thinking say the mayor has given up on the old pier.\n"
    assert "thinking" not in [cue for _, _, cue in reports(text)]


def test_according_to_after_an_opening_phrase_reports_the_clause_after_it() -> None:
    text = "About ten at night, according to a harbour log, the ferry left the outer pier.\n"
    assert reports(text) == [
        (
            "About ten at night, according to a harbour log, the ferry left the outer pier",
            "a harbour log",
            "according to",
        )
    ]
    # After a clause, what follows the source describes it.
    text = "The pier lost money, according to the board, a panel of five.\n"
    assert reports(text) == [("The pier lost money", "the board", "according to")]


def test_extraction_keeps_no_splits_or_readings_of_the_article_before() -> None:
    from provlint import text as text_module

    long_article = "".join(f"Ana Ruiz said the pier {n} would close.\n\n" for n in range(40))
    extracted(long_article)
    extracted("Tom Berg said the ferry would stop.\n")
    # Memory stays one article's worth: an article may be two megabytes.
    assert text_module._sentences.cache_info().currsize < 10
    assert classify.cache_info().currsize < 10


def test_a_surname_that_is_also_a_month_or_a_modal_names_its_bearer() -> None:
    text = (
        "Prime Minister Theresa May spoke in London on Tuesday.\n\n"
        "“The talks will continue,” May said.\n\n"
        "In May, a district judge sided with the port, saying the levy was unlawful.\n"
    )
    assert speaker_of(text, "talks will continue") == ("Theresa May", "cue")
    # After a preposition it is the month; the judge speaks.
    assert [speaker for _, speaker, _ in reports(text)] == ["a district judge"]
    assert "Theresa May" in [person.name for person in extracted(text).people]


def test_a_title_running_through_of_ends_in_the_speaker_s_name() -> None:
    text = (
        "Secretary of State Ana Ruiz said the ferry would stop at the outer pier.\n\n"
        "The pier will close, Harbour Chief of Staff Tom Berg said.\n"
    )
    assert [(q.speaker.name if q.speaker else None) for q in indirect(text)] == [
        "Ana Ruiz",
        "Tom Berg",
    ]
    # A description in lower case names an organisation after its "of", not a person.
    text = (
        "Lena Holm, executive director of the Coastal Ferry Trust, a harbour charity, said "
        "the pier would close.\n"
    )
    assert "Coastal Ferry Trust" not in [q.speaker.name for q in indirect(text) if q.speaker]


def test_according_to_after_a_quotation_and_its_frame_reports_both() -> None:
    text = "“The pier will close in May,” Ana Ruiz said, according to a harbour board transcript.\n"
    direct = [q for q in quotes(text) if q.kind == "direct"]
    assert [
        (q.speaker.name if q.speaker else None, q.cue.text if q.cue else None) for q in direct
    ] == [("Ana Ruiz", "said")]
    assert reports(text) == [
        (
            "“The pier will close in May,” Ana Ruiz said",
            "a harbour board transcript",
            "according to",
        )
    ]
    # A quotation of several sentences is reported from its opening mark.
    text = "“The pier will close. The ferry will stop,” Ruiz told the council, according to the Herald.\n"
    assert reports(text) == [
        (
            "“The pier will close. The ferry will stop,” Ruiz told the council",
            "the Herald",
            "according to",
        )
    ]
    # With "according to" inside the quotation too, the source is left unread rather
    # than taken from the quoted words.
    text = "“It went according to the board,” Ruiz said, according to the Herald.\n"
    assert reports(text) == []


def test_a_participle_after_a_determiner_describes_a_noun_and_reports_nothing() -> None:
    text = "The most telling vow she has given is that the old pier stays open.\n"
    assert "telling" not in [cue for _, _, cue in reports(text)]
    for text in (
        "The harbour's own supporting role in the plan is that of the ferry company.\n",
        "The same clarifying memo reached the south quay, where the ferry lost money.\n",
    ):
        assert reports(text) == [], text
    # After a comma it is the subject's report.
    text = "Ruiz criticised the sale, warning that the pier would close within the year.\n"
    assert [cue for _, _, cue in reports(text)] == ["warning"]


@pytest.mark.parametrize(
    "verb", ["groused", "taunted", "murmured", "riffed", "teased", "admonished"]
)
def test_verbs_of_speech_in_a_trailing_frame(verb: str) -> None:
    (quote,) = quotes(f"“The pier is a mess,” Ruiz {verb}.\n")
    assert quote.cue is not None and quote.cue.text == verb
    assert quote.speaker is not None and quote.speaker.mention == "Ruiz"


def test_a_sentence_ends_before_an_archive_style_quotation() -> None:
    text = (
        "''The pier will close,'' said Ana Ruiz, a harbour pilot who said she would march "
        "against it. ''I will be there.''\n"
    )
    second = [q for q in quotes(text) if q.kind == "direct"][1]
    # The frame of the sentence before ("who said") is not this quotation's own.
    assert second.speaker is not None and second.speaker.name == "Ana Ruiz"
    assert second.speaker.via == "continuation"


def test_at_one_point_is_a_time_of_saying_not_its_speaker() -> None:
    text = "The pilot at one point told the board that the pier would close.\n"
    assert reports(text) == [("that the pier would close", "The pilot", "told")]
    text = 'She recalls the pilot at one point even telling the board: "Listen to her."\n'
    assert all(q.speaker is None or q.speaker.mention != "one point" for q in quotes(text))


def test_a_participle_right_before_the_second_part_of_a_quotation_is_its_cue() -> None:
    text = "Ruiz told the Herald that the pier “was lost,” adding, “The ferry will go too.”\n"
    second = [q for q in quotes(text) if q.kind == "direct"][-1]
    assert second.speaker is not None and second.speaker.mention == "Ruiz"
    assert second.cue is not None and second.cue.text == "adding"
    # A participle with words of its own reports them; the quotation goes on.
    text = "“The pier is lost,” Ruiz wrote, explaining why she resigned, “and the ferry too.”\n"
    last = [q for q in quotes(text) if q.kind != "indirect"][-1]
    assert last.cue is not None and last.cue.text == "wrote"


def test_a_reporting_verb_in_a_title_case_headline_is_no_given_name() -> None:
    text = (
        "Hours After A Veteran Senator Endorsed Morvan, The Port Did Something Odd\n\n"
        "“The levy will go,” Morvan said.\n"
    )
    people = [person.name for person in extracted(text).people]
    assert "Endorsed Morvan" not in people
    assert speaker_of(text, "levy will go") == ("Morvan", "cue")


@pytest.mark.parametrize("joint", ["; ", ", while ", ", whereas ", ", though ", ", although "])
def test_two_reports_joined_by_a_semicolon_or_while_are_two(joint: str) -> None:
    text = f"Most pilots said the pier is safe{joint}30 percent of skippers said they fear it.\n"
    reports = [(q.speaker and q.speaker.mention, q.text) for q in quotes(text)]
    assert reports == [
        ("Most pilots", "the pier is safe"),
        ("30 percent of skippers", "they fear it"),
    ]


def test_two_reports_joined_by_a_colon_before_a_capital_are_two() -> None:
    text = (
        "Early polls show riders shunning the toll: A harbour survey found Holt level with Marsh.\n"
    )
    reports = [(q.speaker and q.speaker.mention, q.text) for q in quotes(text)]
    assert reports == [
        ("Early polls", "riders shunning the toll"),
        ("A harbour survey", "Holt level with Marsh"),
    ]
    # The part after the colon has no report of its own: it goes on with the first.
    (said,) = quotes("Harbour news.\n\nHolt said the plan has one flaw: The toll will rise.\n")
    assert said.text == "the plan has one flaw: The toll will rise"


@pytest.mark.parametrize(
    "text",
    [
        # The part after the semicolon has no report of its own: it goes on with the first.
        "Ana Ruiz said the pier is safe; the ferry will run on Monday as planned.\n",
        # Its speaker comes late in the part: a clause of its own, not a second report.
        "Ana Ruiz said the pier is safe; the ferry left before pilots could ask whether it"
        " would stay open.\n",
        # The semicolon is inside a quotation.
        "Ana Ruiz said the levy was “a tax on the pier; the pilots said that it would"
        " stay,” and walked out.\n",
        # A closing frame covers every part before it.
        "Ana Ruiz said the port paid $9,000; the board paid $4,000, according to the"
        " harbour records.\n",
    ],
)
def test_a_part_after_a_semicolon_without_its_own_opening_report_stays_joined(
    text: str,
) -> None:
    (report,) = [q for q in quotes(text) if q.kind == "indirect"]
    assert ";" in report.text


def test_according_to_inside_a_reported_that_clause_leaves_the_report_to_its_verb() -> None:
    text = "Ruiz said that, according to the board, the pier will close in May.\n"
    (report,) = quotes(text)
    assert report.speaker is not None and report.speaker.mention == "Ruiz"
    assert report.cue is not None and report.cue.text == "said"
    assert "the pier will close in May" in report.text


def test_a_plural_noun_before_and_is_no_cue_and_the_verb_after_speaks() -> None:
    text = "Harbour news.\n\nSeveral news reports and a long piece in the Gazette reveal the dredger changed hands twice.\n"
    (quote,) = indirect(text)
    assert quote.text == "the dredger changed hands twice"
    assert quote.cue is not None and quote.cue.text == "reveal"


def test_a_quotation_that_runs_past_full_stops_keeps_its_sentence_whole() -> None:
    text = (
        "The two skippers “looked tired. Nobody laughed. The deck was silent” on the "
        "last crossing, Ruiz said.\n"
    )
    (report,) = indirect(text)
    assert report.text.startswith("The two skippers “looked tired.")
    assert report.text.endswith("on the last crossing")
    assert report.speaker is not None and report.speaker.mention == "Ruiz"


def test_a_count_of_the_subject_opens_the_sentence_a_participle_speaks_for() -> None:
    text = "Hundreds of demonstrators marched through the quay, chanting “Ferries for all.”\n"
    (chant,) = quotes(text)
    assert chant.speaker is not None and chant.speaker.mention == "demonstrators"
    assert chant.cue is not None and chant.cue.text == "chanting"


def test_a_participle_opening_the_words_after_a_quotation_is_no_frame_for_it() -> None:
    text = (
        "Holt hailed the council's vote on the ferry as “fantastic,” telling reporters "
        "at the quay that he thinks the fee is “a fair price.”\n"
    )
    fantastic = next(q for q in quotes(text) if q.text == "“fantastic,”")
    assert fantastic.speaker is not None and fantastic.speaker.mention == "Holt"
    assert fantastic.cue is not None and fantastic.cue.text == "hailed"


def test_a_chant_closed_by_a_comma_ends_before_the_participle_after_it() -> None:
    text = (
        "Demonstrators marched through the quay, chanting “Ferries for all,” raising "
        "fresh doubts about whether the fee will stand.\n"
    )
    assert not indirect(text)
    (chant,) = quotes(text)
    assert chant.text == "“Ferries for all,”"
    assert chant.cue is not None and chant.cue.text == "chanting"


def test_according_to_after_a_subordinating_conjunction_reports_the_clause_after_it() -> None:
    text = (
        "Holt will go to the next hearing because, according to Holt, the board would "
        "call him a “coward” if he stayed away.\n\n"
        "The ferry line dropped its winter fares and, according to harbour clerks, printed "
        "a fresh timetable.\n"
    )
    first, second = indirect(text)
    assert first.text == "the board would call him a “coward” if he stayed away"
    assert first.cue is not None and first.cue.text == "according to"
    # "and" joins a second verb to the sentence's subject: the whole sentence is reported.
    assert second.text.startswith("The ferry line dropped its winter fares")


def test_a_participle_after_its_own_adverb_speaks_for_the_sentences_subject() -> None:
    text = (
        "Holt turns the heckling to his advantage, alternately shouting “Get them off "
        "the pier” and “Be nice.”\n\n"
        "Marsh fielded the question, quickly reminding the crews that the fee had been "
        "Holt's idea.\n"
    )
    assert speaker_of(text, "Get them off") == ("Holt", "cue")
    reminder = indirect(text)[-1]
    assert reminder.text == "the crews that the fee had been Holt's idea"
    assert reminder.speaker is not None and reminder.speaker.name == "Marsh"
    assert reminder.cue is not None and reminder.cue.text == "reminding"


def test_a_trailing_frame_reads_its_speaker_past_a_party_label() -> None:
    text = "The fee hurt the night crews most, Sen. Ana Marsh (D-Quay) told the Gazette.\n"
    (report,) = indirect(text)
    assert report.text == "The fee hurt the night crews most"
    assert report.speaker is not None and report.speaker.mention == "Sen. Ana Marsh"
    assert report.cue is not None and report.cue.text == "told"


def test_a_trailing_frame_ends_where_a_participle_reports_anew() -> None:
    text = (
        "Holt’s “excesses” are tiring, Ruiz said Tuesday at the quay, noting the plan "
        "“makes you want to leave.”\n"
    )
    report = indirect(text)[0]
    assert report.text == "Holt’s “excesses” are tiring"
    assert report.speaker is not None and report.speaker.mention == "Ruiz"
    assert report.cue is not None and report.cue.text == "said"


def test_several_openings_that_set_the_scene_are_no_report() -> None:
    text = (
        "On Tuesday, even as the ferry shares were falling, Holt wrote to the crews, "
        "telling them the line was “worth far more than the market says.”\n\n"
        "On Thursday, however, Holt spoke to the crews at the quay, saying the fee "
        "would stay.\n\n"
        "So, if the quarrel is only about the skipper's pride, let us praise and thank him.\n"
    )
    assert [q.cue.text for q in indirect(text) if q.cue] == ["telling", "saying"]


def test_a_quoted_phrase_takes_the_cue_of_the_report_it_lies_in() -> None:
    # "called" reports "the pier “a relic”", not "hinted", the sentence's first verb.
    text = (
        "Holt later hinted that the budget was padded, called the pier “a relic” "
        "and skipped the next hearing.\n"
    )
    partial = [q for q in quotes(text) if q.kind == "partial"][0]
    assert partial.cue is not None and partial.cue.text == "called"
    assert partial.speaker is not None and partial.speaker.mention == "Holt"


def test_a_quoted_phrase_set_off_by_a_comma_keeps_its_quotation_s_cue() -> None:
    # The second part goes on with the first; "speaking of" is an aside of the frame.
    text = (
        "“Councillors know how to hedge,” said Ruiz, speaking of the vote, “and how to "
        "wait for the tide to turn.”\n"
    )
    second = [q for q in quotes(text) if q.kind != "indirect"][-1]
    assert second.cue is not None and second.cue.text == "said"


def test_a_quotation_left_open_after_a_stop_runs_to_the_paragraph_end() -> None:
    text = (
        "“The ferry is a public good,” said Baron. “The pier has decayed for years. "
        "The council must act now.\n\nHe went on, “We will fund it.”\n"
    )
    second = [q for q in quotes(text) if q.kind == "direct"][1]
    assert second.text.startswith("“The pier has decayed")
    assert second.text.endswith("act now.")
    assert second.speaker is not None and second.speaker.mention == "Baron"
    # After a frame's comma too ("Holt said, “…" with no closing mark).
    text = "Holt said, “The levy is fair and it stays.\n\nThe council met later.\n"
    (quote,) = [q for q in quotes(text) if q.kind == "direct"]
    assert quote.text.endswith("it stays.")


def test_a_mark_left_open_inside_a_sentence_is_no_quotation() -> None:
    text = "The plan was “bold and the council backed it.\n\nThe vote was close.\n"
    assert [q for q in quotes(text) if q.kind != "indirect"] == []


def test_a_participle_speaks_for_a_subject_whose_verb_is_negated() -> None:
    for verb in ("didn’t seem pleased", "isn't happy", "wasn’t convinced", "doesn't look sure"):
        text = f"Holt {verb}, telling reporters, “The pier should close.”\n"
        (quote,) = quotes(text)
        assert quote.speaker is not None and quote.speaker.mention == "Holt", verb
        assert quote.cue is not None and quote.cue.text == "telling", verb


def test_a_year_cut_short_opens_no_quotation() -> None:
    text = (
        "Councillor Ana Holt argued in ‘09 that the ferry plan had failed. “Nobody "
        "plays the ‘harbour game’ here any more,” she said.\n"
    )
    found = [(q.kind, q.text) for q in quotes(text)]
    assert ("indirect", "that the ferry plan had failed") in found
    assert ("direct", "“Nobody plays the ‘harbour game’ here any more,”") in found


def test_a_markup_attribute_value_is_no_quotation() -> None:
    # A scraped embed whose attribute value breaks over a line: the mark that closes
    # it starts the next paragraph, and read as an opening it swallowed the post.
    text = (
        '<post post-author="@QuayWatch" post-date="May 2, 2016\n'
        '">Ferry rally at the quay tonight. Half the seats empty.<post/>.\n\n'
        "“The pier must stay open,” Ana Holt said.\n"
    )
    found = [(q.kind, q.text) for q in quotes(text)]
    assert found == [("direct", "“The pier must stay open,”")]


def test_a_verb_first_frame_after_archive_marks_reports_the_clause_before() -> None:
    # The archive form '' is two characters: the frame after ",''" is as near as after ",”".
    # Scraped copy may double the space before the verb.
    for opening, closing in (("“", "”"), ("''", "''"), ("“", "”  ")):
        text = (
            f"The board failed to inspect the pier in time and {opening}should have dredged "
            f"sooner,{closing} said Ana Ruiz, the harbour minister.\n"
        )
        content = (
            "The board failed to inspect the pier in time and "
            f"{opening}should have dredged sooner,{closing.strip()}"
        )
        assert (content, "Ana Ruiz", "said") in reports(text), opening


def test_a_participle_reports_past_the_speakers_description() -> None:
    text = (
        "“The pier will close,” said Ana Ruiz, chairwoman of the harbour board, adding "
        "that the ferry would stop in May.\n"
    )
    assert ("that the ferry would stop in May", "Ana Ruiz", "adding") in reports(text)
    # The participle itself is no description to skip.
    text = "“The pier will close,” Ruiz said, citing low tides, silt and the winter storms.\n"
    assert ("low tides, silt and the winter storms", "Ruiz", "citing") in reports(text)


def test_a_relative_clause_after_a_trailing_frame_reports_for_its_speaker() -> None:
    for closing, opening in (("”", "“"), ("''", "''")):
        text = (
            f"{opening}We should have dredged sooner,{closing} said Ana Ruiz, a diver from "
            "Leith, Scotland, who stressed that the pier was safe.\n"
        )
        assert ("that the pier was safe", "Ana Ruiz", "stressed") in reports(text), closing
    # A relative clause that only describes the speaker reports nothing.
    text = "“We should have dredged sooner,” said Ana Ruiz, who served as mayor for six years.\n"
    assert [q.kind for q in quotes(text)] == ["direct"]


def test_a_person_named_by_trade_speaks_through_a_participle() -> None:
    for subject in ("The businessman", "The actress", "The front-runner"):
        text = f"{subject} opened with the ferry fares, saying that they were far too high.\n"
        assert ("that they were far too high", subject, "saying") in reports(text), subject


def test_a_clause_joined_after_a_quotation_is_a_report_of_its_own() -> None:
    for opening, closing in (("“", "”"), ("''", "''")):
        text = (
            f"Ruiz calls the candidate {opening}Mr. Holt,{closing} while Holt calls the "
            f"mayor {opening}Ana.{closing}\n"
        )
        assert reports(text) == [
            (f"the candidate {opening}Mr. Holt,{closing}", "Ruiz", "calls"),
            (f"the mayor {opening}Ana.{closing}", "Holt", "calls"),
        ], opening
        assert speaker_of(text, "Mr. Holt")[0] == "Ruiz"


def test_the_main_clause_after_a_fronted_clause_frames_no_quotation_in_it() -> None:
    text = (
        "After Holt likened the ferry crews to “pirates” and “thieves”, the actress Ana "
        "Ruiz wrote a long blog post against the harbour board.\n"
    )
    assert [q.speaker for q in quotes(text) if q.kind == "partial"] == [None, None]
    # The quotation's own clause may open with "If": its frame stands.
    text = "“If you want a ferry, vote for me,” Ruiz said on the radio show.\n"
    assert speaker_of(text, "vote for me") == ("Ruiz", "cue")


def test_a_fronted_clauses_verb_frames_no_quotation_in_the_main_clause() -> None:
    text = (
        "Even though critics first hailed the vote as a bold move, the “Harbour Spring” "
        "was, in the end, a way for the board to keep the pier.\n"
    )
    title = next(q for q in quotes(text) if "Harbour Spring" in q.text)
    assert title.kind == "partial" and title.speaker is None
    # A frame after the fronted clause's comma is the main clause's own.
    text = "When asked about the pier, Ruiz said, “It is safe.”\n"
    assert speaker_of(text, "It is safe") == ("Ruiz", "cue")


def test_a_quotation_after_an_article_is_a_phrase_not_a_sentence() -> None:
    text = "Ruiz praised the “Harbour Spring” as a bold move by the board.\n"
    phrase = next(q for q in quotes(text) if q.text == "“Harbour Spring”")
    assert phrase.kind == "partial"


def test_a_verb_of_talk_reports_only_through_a_particle() -> None:
    assert reports("Ruiz spoke fluent Gaelic at the harbour dinner on Friday.\n") == []
    assert reports("Holt speaks there as well, on the pier, every summer.\n") == []
    text = "Ruiz spoke about her father's long years on the ferry.\n"
    assert reports(text) == [("her father's long years on the ferry", "Ruiz", "spoke")]
    text = "Ruiz spoke warmly about her father's long years on the ferry.\n"
    assert len(reports(text)) == 1


def test_finding_oneself_or_a_way_is_no_finding() -> None:
    assert reports("Ruiz found herself at the centre of the harbour row for a week.\n") == []
    assert reports("The board found a way to keep the old ferry running in winter.\n") == []
    text = "The harbour survey found that most islanders back the ferry levy.\n"
    assert len(reports(text)) == 1


def test_an_inch_mark_closes_no_quotation() -> None:
    text = "“I admit she is taller than me; she is like 6’1”, maybe more,” Ruiz said.\n"
    (quote,) = quotes(text)
    assert quote.text == "“I admit she is taller than me; she is like 6’1”, maybe more,”"
    assert quote.speaker is not None and quote.speaker.mention == "Ruiz"


def test_a_long_title_after_its_kind_is_no_direct_quote() -> None:
    # Nine words in Title Case after "biography,": a work's name, nobody's sentence.
    text = (
        "The editor had hoped to reissue his out-of-print biography, “Low Tide: The "
        "Harbour Years of Ana Holt,” with a new publisher.\n"
    )
    (title,) = [q for q in quotes(text) if "Low Tide" in q.text and q.kind != "indirect"]
    assert title.kind == "partial" and title.speaker is None


def test_a_quoted_phrase_its_verb_frames_reports_the_clause_around_it() -> None:
    text = "Holt told a press briefing they are “laying the keel” for the new ferry.\n"
    assert (
        "a press briefing they are “laying the keel” for the new ferry",
        "Holt",
        "told",
    ) in reports(text)
    # A phrase that ends its sentence ends the report.
    text = "Holt told host Ana Ruiz a council defeat is “increasingly likely.”\n"
    assert ("host Ana Ruiz a council defeat is “increasingly likely.”", "Holt", "told") in (
        reports(text)
    )
    # The next report, and its speaker, are not part of it.
    text = (
        "Holt told a press briefing they are “laying the keel” for the new ferry while "
        "Ruiz called it a fantasy.\n"
    )
    found = reports(text)
    assert ("a press briefing they are “laying the keel” for the new ferry", "Holt", "told") in (
        found
    )
    assert ("it a fantasy", "Ruiz", "called") in found


def test_a_quotation_set_off_after_its_verb_is_no_phrase_of_a_report() -> None:
    text = "Holt told reporters, “The levy is a tax on the poor.”\n"
    assert reports(text) == []
    text = "“The pier is sound,” Holt said, “and it will stay open.”\n"
    assert reports(text) == []


def test_an_abbreviation_ends_no_sentence_around_a_quoted_phrase() -> None:
    # Between the verb and the phrase, and after the phrase: "Mr." and "Sen." go on.
    text = "Holt scoffed at Mr. Ruiz's claim that the levy made the pier “a going concern.”\n"
    assert (
        "at Mr. Ruiz's claim that the levy made the pier “a going concern.”",
        "Holt",
        "scoffed",
    ) in reports(text)
    text = "Holt told a briefing they are “laying the keel” for Sen. Ruiz's new ferry.\n"
    assert (
        "a briefing they are “laying the keel” for Sen. Ruiz's new ferry",
        "Holt",
        "told",
    ) in reports(text)


def test_a_relative_clause_naming_a_quotation_is_no_part_of_the_report_before_it() -> None:
    # "which she called “…”" is Ruiz's naming of the board, not more of what she said.
    text = (
        "Marta Ruiz said she had backed a bill to curb the harbour board, which she "
        "called “a closed shop for insiders.”\n\n"
        "Tomas Ortiz said the crews went out with the divers, whom he described as "
        "“calm and careful,” for the whole of the dive.\n"
    )
    found = [
        (q.text, q.kind, q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes(text)
    ]
    assert (
        "she had backed a bill to curb the harbour board",
        "indirect",
        "Marta Ruiz",
        "said",
    ) in (found)
    assert ("“a closed shop for insiders.”", "partial", "she", "called") in found
    assert ("the crews went out with the divers", "indirect", "Tomas Ortiz", "said") in found
    assert ("“calm and careful,”", "partial", "he", "described") in found
    # A naming inside a list the report goes on with stays in it.
    text = (
        "Ruiz said voters had two choices: Holt, whom she called “the safest pair of hands,” "
        "or a newcomer with no record on the council and no plan for the ferry.\n"
    )
    (report,) = [q for q in quotes(text) if q.kind == "indirect" and q.cue and q.cue.text == "said"]
    assert report.text.endswith("no plan for the ferry")


def test_a_participle_after_a_quoted_phrase_closed_by_a_comma_ends_the_report() -> None:
    text = (
        "In a late post, Ruiz called Holt the “last captain of the harbour,” linking to an "
        "old story about the pier and its tolls.\n"
    )
    assert ("Holt the “last captain of the harbour,”", "Ruiz", "called") in reports(text)


def test_a_dash_before_and_or_but_joins_a_second_report_of_the_speaker() -> None:
    text = (
        "Holt is conceding that the pier belongs to the port — but she wants to hold the "
        "port to its promise of a survey before the winter storms.\n"
    )
    found = reports(text)
    assert ("that the pier belongs to the port", "Holt", "conceding") in found
    assert (
        "to hold the port to its promise of a survey before the winter storms",
        "she",
        "wants",
    ) in found
    # A hyphen set off by spaces stands for the dash.
    text = (
        "Holt explained that the pier belongs to the port - but she then insisted that "
        "the port owes the town a survey.\n"
    )
    found = reports(text)
    assert ("that the pier belongs to the port", "Holt", "explained") in found
    assert ("that the port owes the town a survey", "she", "insisted") in found


def test_a_listener_named_in_capitals_or_placed_somewhere_comes_before_the_report() -> None:
    # "a Harbour Trust dinner", "a crowd in Eastport": who heard it, then what was said.
    assert reports("Ruiz told a crowd in Eastport she would fund the new pier.\n") == [
        ("she would fund the new pier", "Ruiz", "told")
    ]
    assert reports("Ruiz told a Harbour Trust dinner she would fund the new pier.\n") == [
        ("she would fund the new pier", "Ruiz", "told")
    ]
    assert reports("Ruiz urged the Harbour board to fund the new pier.\n") == [
        ("the Harbour board to fund the new pier", "Ruiz", "urged")
    ]
    # A pronoun after a capitalised listener opens the report.
    assert reports("Ruiz told the Herald her crew had never met with Holt.\n") == [
        ("her crew had never met with Holt", "Ruiz", "told")
    ]


def test_people_who_write_for_a_living_can_be_a_source() -> None:
    assert reports("His biographers wrote that Holt had a tin ear for the harbour.\n") == [
        ("that Holt had a tin ear for the harbour", "His biographers", "wrote")
    ]
    assert reports("Her favourite columnist argued that the pier tolls were too high.\n") == [
        ("that the pier tolls were too high", "Her favourite columnist", "argued")
    ]


def test_a_lone_quantifier_can_speak_for_a_group_just_named() -> None:
    text = (
        "Five harbour pilots spoke at the hearing. Several said they preferred that the "
        "council fund the dredging. The new fees, many argue, will drive the ferries away.\n"
    )
    found = reports(text)
    assert ("they preferred that the council fund the dredging", "Several", "said") in found
    assert ("The new fees, many argue, will drive the ferries away", "many", "argue") in found


def test_a_participle_reports_for_the_subject_of_an_irregular_past_verb() -> None:
    # "cut", "broke", "fled": past forms not in -ed still make the sentence's main verb.
    for verb in ("cut into", "broke with", "shot back at"):
        text = f"Then Holt {verb} Ruiz, calling her “a dreamer with no plan for the pier.”\n"
        assert ("her “a dreamer with no plan for the pier.”", "Holt", "calling") in reports(text)


def test_before_and_a_participle_after_a_quotation_closed_by_a_comma_reports_anew() -> None:
    text = (
        "Ruiz cautioned “we should not rush this,” before predicting that a new "
        "vote could heal the council.\n"
    )
    assert reports(text) == [("that a new vote could heal the council", "Ruiz", "predicting")]


def test_a_relative_clause_set_off_by_dashes_ends_before_the_main_verb() -> None:
    for dash in ("—", "-", "--"):
        text = (
            f"Ruiz {dash} who had said she would close the pier {dash} told a rally that "
            "the tolls would rise in May.\n"
        )
        assert reports(text) == [
            ("she would close the pier", "Ruiz", "said"),
            ("that the tolls would rise in May", "Ruiz", "told"),
        ]
    # An aside set off by dashes inside the report is no joint.
    text = "Holt said the pilots — a union of forty — backed the new tolls in May.\n"
    assert reports(text) == [
        ("the pilots — a union of forty — backed the new tolls in May", "Holt", "said")
    ]


def test_two_shares_of_a_poll_joined_by_and_answer_apart() -> None:
    text = "Some 31 percent said the pier was sound and 12 percent said the berth needed work.\n"
    assert reports(text) == [
        ("the pier was sound", "31 percent", "said"),
        ("the berth needed work", "12 percent", "said"),
    ]
    # Not any group: what the crews say is what Ruiz said.
    text = "Ruiz said the pilots and the crews say the tolls are far too high.\n"
    assert reports(text) == [
        ("the pilots and the crews say the tolls are far too high", "Ruiz", "said")
    ]


def test_a_verb_of_speech_that_reports_nothing_frames_the_quotation_after_it() -> None:
    text = (
        "Ruiz and Ortiz tweeted their support for the new pier. On the other side, Senator "
        "Ana Holt tweeted a warning. “Eastport: remember the pier in November.”\n\n"
        "“The pier is lost,” said Tom Berg, a pilot. Harbour historian Nora Vale agreed. "
        "“The pilots have a month left to save it.”\n"
    )
    assert speaker_of(text, "remember the pier") == ("Ana Holt", "continuation")
    assert speaker_of(text, "a month left") == ("Nora Vale", "continuation")
    # Not a verb inside a frame's sentence, nor one denied, nor a verb of talk.
    text = (
        "“I am satisfied,” Berg said after Holt replied. “My worry is the tolls.”\n\n"
        "“I was shocked,” said Ruiz. Later Holt wrote to her, but she did not reply. "
        "“The first week, I slept on the pier.”\n\n"
        "“I was lost,” said Vale. Then she moved to Leith, where Ortiz rarely spoke. "
        "“The first month, I slept on the quay.”\n"
    )
    assert speaker_of(text, "My worry") == ("Berg", "continuation")
    assert speaker_of(text, "The first week") == ("Ruiz", "continuation")
    assert speaker_of(text, "The first month") == ("Vale", "continuation")


def test_there_or_here_opening_a_sentence_is_nobody() -> None:
    assert classify("There", 0, 5) is None
    assert classify("Here", 0, 4) is None
    text = "There were reports that the dredger had been sold twice in one year.\n"
    assert [speaker for _, speaker, _ in reports(text)] in ([], [None])


def test_a_verb_joined_in_a_clause_after_when_shares_that_clause_subject() -> None:
    text = (
        "The debate grew sharper, as when Ruiz met Holt at the pier and called him "
        "a relic of the old harbour board.\n"
    )
    assert reports(text) == [("him a relic of the old harbour board", "Ruiz", "called")]
    # A comma after the clause hands the verb to the main clause's subject.
    text = "When Ruiz arrived, Holt stood up and said the tolls would rise in May.\n"
    assert reports(text) == [("the tolls would rise in May", "Holt", "said")]


def test_a_passive_verb_of_speech_reports_for_nobody_named() -> None:
    text = (
        "Ruiz was asked whether the pier would reopen before the summer.\n\n"
        "It was briefly reported that the dredger had been sold twice in one year.\n\n"
        "Holt was declared harbour board chair again on Friday.\n"
    )
    assert [(speaker, cue) for _, speaker, cue in reports(text)] == [
        (None, "asked"),
        (None, "reported"),
        (None, "declared"),
    ]
    # Active verbs, a state of mind in the passive, and a passive that quotes, keep
    # their subject.
    text = (
        "Holt has said the tolls will rise in May.\n\n"
        "Ruiz is worried that the tolls will drive the ferries away.\n\n"
        "Berg was quoted as saying that the ferries would stop in June.\n"
    )
    assert [speaker for _, speaker, _ in reports(text)] == ["Holt", "Ruiz", "Berg"]


def test_a_passive_verb_of_belief_reports_for_nobody_named() -> None:
    text = (
        "Holt is widely expected to announce a second run for the harbour board.\n\n"
        "Ruiz expected the new tolls to drive the smaller ferries away.\n"
    )
    assert [(speaker, cue) for _, speaker, cue in reports(text)] == [
        (None, "expected"),
        ("Ruiz", "expected"),
    ]


def test_a_relative_can_speak() -> None:
    text = (
        "Ruiz's daughter, Marta, said that the ferries would run all winter.\n\n"
        "Holt's widow wrote that the pier had been his whole life.\n\n"
        "''The tolls are fair,'' Ruiz wrote.\n\n"
        "Ruiz's son, Tomas, defended him on Tuesday, saying: ''He never missed a vote.''\n"
    )
    assert reports(text)[:2] == [
        ("that the ferries would run all winter", "Marta", "said"),
        ("that the pier had been his whole life", "Holt's widow", "wrote"),
    ]
    # The son's words are his, not his father's by continuation.
    assert speaker_of(text, "never missed") == ("Tomas", "cue")


def test_a_subject_before_a_quoted_title_introduces_the_quotation() -> None:
    text = (
        "Ana Ortiz, the author of “Tides of the Law,” said, “A deal now is better.”\n\n"
        "As Ben Holt, who wrote ''Salt and Sail,'' put it, ''The pier will outlive us.''\n"
    )
    assert speaker_of(text, "A deal now") == ("Ana Ortiz", "cue")
    assert speaker_of(text, "outlive us") == ("Ben Holt", "cue")


def test_a_party_tag_after_an_inverted_frame_is_no_part_of_the_speaker() -> None:
    text = (
        "“It is not new here,” said Rep. Lena Holt (D-Ore.) on Friday, adding that "
        "islanders have elected pilots for years.\n"
    )
    found = [
        (q.kind, q.speaker.mention if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes(text)
    ]
    assert found == [
        ("direct", "Rep. Lena Holt", "said"),
        ("indirect", "Rep. Lena Holt", "adding"),
    ]
    # A nickname in brackets is part of the name.
    text = "“It is late,” said William (Bill) Ortiz, the harbour master.\n"
    assert [q.speaker.mention for q in quotes(text) if q.speaker] == ["William (Bill) Ortiz"]


def test_a_quotation_broken_off_mid_clause_reports_the_clause_up_to_its_frame() -> None:
    text = (
        "“We were stunned” by the closure of the night ferry, Marta Ruiz said on Friday.\n\n"
        "“Nobody warned the crews” before the timetable changed, said Tomas Berg.\n"
    )
    assert readings(text) == [
        ("direct", "“We were stunned”", "Marta Ruiz", "said"),
        ("indirect", "by the closure of the night ferry", "Marta Ruiz", "said"),
        ("direct", "“Nobody warned the crews”", "Tomas Berg", "said"),
        ("indirect", "before the timetable changed", "Tomas Berg", "said"),
    ]
    # A quotation closed by a comma ends its own clause; a frame with no comma before
    # it, or one word before the frame, carries nothing on.
    for closed in (
        "“We were stunned,” on the night the ferry closed, Marta Ruiz said.\n",
        "“We were stunned” said Marta Ruiz.\n",
        "“We were stunned” indeed, Marta Ruiz said.\n",
    ):
        assert [q.kind for q in quotes(closed)] == ["direct"], closed


def test_a_floating_quotation_broken_off_mid_clause_reports_the_rest_of_its_sentence() -> None:
    text = (
        "“We will not give up,” Marta Ruiz said at the quay. “That is the fight we are "
        "taking” to the islands this summer.\n"
    )
    assert readings(text)[-2:] == [
        ("direct", "“That is the fight we are taking”", "Marta Ruiz", "said"),
        ("indirect", "to the islands this summer", "Marta Ruiz", "said"),
    ]
    # A word named is not a sentence spoken: '"Non-paper" is …' carries nothing on.
    text = (
        "“We will not give up,” Marta Ruiz said. "
        '"Non-paper" is a ferry term for a draft that binds nobody.\n'
    )
    assert [q.kind for q in quotes(text) if q.kind == "indirect"] == []


def test_a_that_clause_the_quotation_completes_is_part_of_the_report() -> None:
    text = "Marta Ruiz added that after the storm of 2019, “The pier held, and so did we.”\n"
    assert readings(text) == [
        ("indirect", "that after the storm of 2019", "Marta Ruiz", "added"),
        ("direct", "“The pier held, and so did we.”", "Marta Ruiz", "added"),
    ]
    # With no "that", or with a stop before the quotation, the frame only introduces it.
    for plain in (
        "Marta Ruiz added after the storm, “The pier held, and so did we.”\n",
        "Marta Ruiz said that. “The pier held, and so did we.”\n",
    ):
        assert all(q.text.startswith("“") for q in quotes(plain)), plain


def test_a_that_clause_after_the_listener_is_part_of_the_report() -> None:
    text = "Ruiz often tells crowds that after forty years and six mayors, “It is our turn.”\n"
    assert readings(text) == [
        ("indirect", "that after forty years and six mayors", "Ruiz", "tells"),
        ("direct", "“It is our turn.”", "Ruiz", "tells"),
    ]


def test_the_participle_of_a_multi_word_cue_reports_for_the_subject() -> None:
    text = (
        "Marta Ruiz ducked the question, pointing to her record on the harbour board.\n\n"
        "Tomas Berg opened the meeting by talking about the winter timetable of the ferry.\n"
    )
    assert readings(text) == [
        ("indirect", "her record on the harbour board", "Marta Ruiz", "pointing to"),
        ("indirect", "the winter timetable of the ferry", "Tomas Berg", "talking about"),
    ]


def test_a_second_speaker_after_a_closed_quotation_reports_apart() -> None:
    text = (
        "Ortiz accuses Holt of “steering from the stern” and Ruiz says he is “losing the "
        "ferry war,” part of a week of sharp words.\n"
    )
    assert [r for r in readings(text) if r[0] == "indirect"] == [
        ("indirect", "Holt of “steering from the stern”", "Ortiz", "accuses"),
        ("indirect", "he is “losing the ferry war,” part of a week of sharp words", "Ruiz", "says"),
    ]
    # Without a quotation closed before "and", a name there may share the subject.
    text = "Ruiz says the board and Vogt agreed last year to extend the levy for the islands.\n"
    assert [r[2] for r in readings(text)] == ["Ruiz"]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        (
            "But while denouncing the “theft” of the pier fund to the crowd, Ruiz has not "
            "said how she would pay for the repairs.\n",
            "denouncing",
            "the “theft” of the pier fund to the crowd",
            "Ruiz",
        ),
        (
            "In declaring the toll plan “unfair to islanders,” the mayor again showed his "
            "knack for a headline.\n",
            "declaring",
            "the toll plan “unfair to islanders,”",
            "the mayor",
        ),
        (
            "After calling the old crane “a danger to all of us,” Holt walked out of the "
            "meeting.\n",
            "calling",
            "the old crane “a danger to all of us,”",
            "Holt",
        ),
    ],
)
def test_a_participle_opening_the_sentence_reports_for_the_main_subject(
    text: str, cue: str, content: str, speaker: str
) -> None:
    (quote,) = [q for q in indirect(text) if q.cue is not None and q.cue.text == cue]
    assert quote.text == content
    assert quote.speaker is not None and quote.speaker.mention == speaker


@pytest.mark.parametrize(
    "text",
    [
        "In Eastport, Ruiz left the meeting before the vote on the tolls.\n",
        # Inside a quotation the clause is the quotation's, and the statement reads it.
        "“In writing the new timetable, the crews took notes on every late sailing,” "
        "read the statement.\n",
    ],
)
def test_no_participle_report_without_an_opening_participle(text: str) -> None:
    assert not [q for q in indirect(text) if q.cue and q.cue.text == "writing"]
    assert not [q for q in quotes(text) if q.cue and q.cue.text in ("left", "Eastport")]


@pytest.mark.parametrize(
    "text",
    [
        "But their chants of “Ruiz! Ruiz!” were cut short when the vote was called.\n",
        "“Night Ferry” is a remake of a film called “Harbour Lights,” shot in Leith.\n",
    ],
)
def test_a_quotation_before_its_clause_verb_has_no_trailing_frame(text: str) -> None:
    assert all(q.speaker is None for q in quotes(text) if q.kind != "indirect")


def test_a_closing_frame_after_a_comma_inside_the_closing_mark() -> None:
    # The nested quotation's closing mark ends the outer one too early; the frame at
    # the sentence's end, after ",”", still speaks for it.
    text = (
        "The board met on Friday. “The board’s claim that the pier “is safe for now” shows "
        "it has no clue about the harbour, the tides or the crews,” wrote Dana Ruiz, head "
        "of the trust.\n"
    )
    (quote,) = [q for q in quotes(text) if q.kind == "direct"]
    assert quote.speaker is not None and quote.speaker.name == "Dana Ruiz"
    assert quote.cue is not None and quote.cue.text == "wrote"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The harbour board has always claimed that the pier is safe for the winter.\n",
            "The harbour board",
        ),
        (
            "Ruiz, with her trust behind her, has always insisted the pier was sound.\n",
            "Ruiz",
        ),
        ("Holt sometimes says the night ferry should never have been cut.\n", "Holt"),
    ],
)
def test_a_frequency_adverb_is_no_subject(text: str, speaker: str) -> None:
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention == speaker


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Mr. Berg, who sued the board over the pier, issued a statement Saturday "
            "saying, “I do not think the pier is safe.”\n",
            "direct",
        ),
        (
            "The Ruiz team sent a message Friday saying that the vote "
            "in Eastport shows the race is now between two candidates.\n",
            "indirect",
        ),
    ],
)
def test_the_issuer_of_a_document_speaks_through_its_participle(text: str, kind: str) -> None:
    (quote,) = [q for q in quotes(text) if q.kind == kind]
    assert quote.speaker is not None
    assert quote.speaker.mention in ("Mr. Berg", "The Ruiz team")
    assert quote.cue is not None and quote.cue.text == "saying"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The old guard in Leith said they welcomed the vote on the night ferry.\n",
            "The old guard in Leith",
        ),
        (
            "The fight in Eastport underscored how far the island towns have drifted.\n",
            "The fight in Eastport",
        ),
        (
            "The remaining yards at Eastport reported a loss for the third year running.\n",
            "The remaining yards at Eastport",
        ),
        # After "from" the tail is the speaker; a person is never a group's place.
        ("A reply from the mayor said the pier would stay shut all winter.\n", "the mayor"),
        ("Ruiz in Eastport said the pier would stay shut all winter.\n", "Ruiz"),
    ],
)
def test_a_group_placed_somewhere_is_the_subject_not_the_place(text: str, speaker: str) -> None:
    (quote,) = indirect(text)
    assert quote.speaker is not None and quote.speaker.mention == speaker


def test_a_comma_before_a_relative_clause_sets_off_no_listener() -> None:
    # "told the story, which …": the relative clause goes on from what was told.
    (quote,) = indirect("Ruiz told the story, which “still haunts the quay.”\n")
    assert quote.text == "the story, which “still haunts the quay.”"
