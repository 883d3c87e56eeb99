"""The accuracy benchmark's scoring, on invented spans and articles, and its runner on a stub CLI."""

from __future__ import annotations

import json
import shlex
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bench.accuracy import (
    ArticleScore,
    Counts,
    Gold,
    Ratio,
    Speaker,
    agreement_scores,
    agreement_summary,
    annotator_predictions,
    cue_correct,
    dump_records,
    finding_is_false,
    fold_rows,
    greedy_match,
    has_marks,
    headline,
    intervals,
    load_gold,
    main,
    name_tokens,
    overlap,
    per_thousand_words,
    predictions,
    prf,
    score_article,
    speaker_correct,
    strip_marks,
    summarise,
    surname,
    union,
)

ORTIZ = (
    "“We will rebuild the bridge by spring,” Mayor Lena Ortiz said. "
    "Officials said 40 new buses would arrive. Ticket sales rose 12 percent."
)
RESIDENT = "Rain fell all week. “Nobody told us,” a resident said."


def at(text: str, fragment: str) -> list[int]:
    """The [start, end] of fragment in text, as the gold data writes spans."""
    start = text.index(fragment)
    return [start, start + len(fragment)]


def attribution(text: str, content: str, source: str | None, cue: str | None) -> dict[str, Any]:
    """A gold attribution in the data's shape."""
    return {
        "content": [at(text, content)],
        "source": [at(text, source)] if source else [],
        "cue": [at(text, cue)] if cue else [],
    }


def gold(
    content: tuple[tuple[int, int], ...],
    sources: tuple[tuple[int, int], ...] = (),
    cues: tuple[tuple[int, int], ...] = (),
    source_text: str = "",
) -> Gold:
    return Gold(content, sources, cues, source_text, direct=False)


# --- spans -------------------------------------------------------------------------------


def test_strip_marks_removes_quotation_marks_and_spaces_at_the_edges_only() -> None:
    text = "“ Go “home” now, ”"
    start, end = strip_marks(text, 0, len(text))
    assert text[start:end] == "Go “home” now,"


def test_strip_marks_of_nothing_but_marks_is_empty() -> None:
    start, end = strip_marks("«»", 0, 2)
    assert start == end


def test_union_merges_overlapping_and_touching_spans_and_drops_empty_ones() -> None:
    assert union([(10, 14), (0, 4), (3, 6), (6, 8), (20, 20)]) == ((0, 8), (10, 14))


def test_overlap_is_the_share_of_the_gold_covered() -> None:
    assert overlap([(0, 10)], 5, 20) == 0.5
    assert overlap([(0, 4), (10, 14)], 0, 12) == 6 / 8
    assert overlap([(0, 10)], 10, 20) == 0.0


def test_overlap_counts_overlapping_gold_spans_once() -> None:
    assert overlap([(0, 10), (5, 10)], 0, 5) == 0.5


def test_overlap_of_an_empty_gold_is_zero() -> None:
    assert overlap([], 0, 10) == 0.0


def test_greedy_match_pairs_each_side_once_best_overlap_first() -> None:
    golds = [[(0, 10)], [(20, 30)]]
    preds = [(0, 30), (22, 30)]
    # pred 0 covers both golds; gold 0 takes it, so gold 1 falls back on pred 1.
    assert greedy_match(golds, preds, 0.3) == [(0, 0, 1.0), (1, 1, 0.8)]


def test_greedy_match_prefers_the_tighter_of_equal_overlaps() -> None:
    golds = [[(0, 10)], [(0, 40)]]
    preds = [(0, 40), (0, 10)]
    # Both golds are fully covered by pred 0; text order alone would pair gold 0
    # with it and leave gold 1 unmatched.
    assert sorted(greedy_match(golds, preds, 0.3)) == [(0, 1, 1.0), (1, 0, 1.0)]


def test_greedy_match_respects_the_threshold() -> None:
    assert greedy_match([[(0, 10)]], [(0, 5)], 0.8) == []
    assert greedy_match([[(0, 10)]], [(0, 5)], 0.3) == [(0, 0, 0.5)]


def test_greedy_match_never_pairs_disjoint_spans_at_threshold_zero() -> None:
    assert greedy_match([[(0, 10)]], [(10, 20)], 0.0) == []


# --- rates -------------------------------------------------------------------------------


def test_prf_of_known_counts() -> None:
    precision, recall, f1 = prf(Counts(tp=3, fp=1, fn=3))
    assert (precision, recall) == (0.75, 0.5)
    assert f1 == pytest.approx(0.6)


def test_prf_with_nothing_predicted_or_expected_is_zero_not_an_error() -> None:
    assert prf(Counts()) == (0.0, 0.0, 0.0)


def test_counts_add_up() -> None:
    assert Counts(1, 2, 3) + Counts(10, 20, 30) == Counts(11, 22, 33)


def test_per_thousand_words() -> None:
    assert per_thousand_words(3, 1500) == 2.0
    assert per_thousand_words(3, 0) == 0.0


# --- speaker and cue ---------------------------------------------------------------------


def test_name_tokens_ignore_titles_function_words_and_possessives() -> None:
    assert name_tokens("The Sen. Elizabeth Warren’s aide") == ("elizabeth", "warren")
    assert name_tokens("President Mr. Dr.") == ()


def test_surname_is_the_last_name_word_before_any_suffix() -> None:
    assert surname("Sen. Al Reyes Jr.") == "reyes"
    assert surname("Yves Pozzo di Borgo") == "borgo"
    assert surname("he") is None


def test_speaker_correct_when_the_mention_overlaps_the_gold_source() -> None:
    g = gold(((0, 10),), sources=((20, 30),), source_text="a spokeswoman")
    assert speaker_correct(g, Speaker(25, 28, "she", ""))
    assert not speaker_correct(g, Speaker(30, 33, "she", ""))


def test_speaker_correct_when_a_resolved_pronoun_shares_the_surname() -> None:
    g = gold(((0, 10),), sources=((200, 210),), source_text="Gov. Ruth Kamara’s office")
    assert speaker_correct(g, Speaker(40, 42, "he", "Dr. Kamara"))
    assert speaker_correct(g, Speaker(40, 46, "KAMARA", ""))


def test_speaker_wrong_when_only_a_first_name_is_shared() -> None:
    g = gold(((0, 10),), sources=((200, 210),), source_text="Gov. Ruth Kamara")
    assert not speaker_correct(g, Speaker(40, 42, "she", "Ruth Okafor"))


def test_speaker_wrong_when_only_a_title_is_shared() -> None:
    g = gold(((0, 10),), sources=((200, 215),), source_text="Senator Alma Reyes")
    assert not speaker_correct(g, Speaker(40, 56, "Senator Tom Lutz", "Tom Lutz"))


def test_speaker_wrong_when_none_was_predicted() -> None:
    g = gold(((0, 10),), sources=((20, 30),), source_text="Alma Reyes")
    assert not speaker_correct(g, None)


def test_cue_correct_only_when_the_cue_spans_overlap() -> None:
    g = gold(((0, 10),), cues=((12, 16),))
    assert cue_correct(g, (14, 20))
    assert not cue_correct(g, (16, 20))
    assert not cue_correct(g, None)


# --- false findings ----------------------------------------------------------------------


def test_a_finding_inside_sourced_content_is_false() -> None:
    sourced = gold(((10, 50),), sources=((0, 5),))
    assert finding_is_false([sourced], 20, 22)
    assert finding_is_false([sourced], 45, 60)


def test_a_finding_outside_sourced_content_or_in_unsourced_content_stands() -> None:
    sourced = gold(((10, 50),), sources=((0, 5),))
    unsourced = gold(((60, 90),))
    assert not finding_is_false([sourced, unsourced], 70, 72)
    assert not finding_is_false([sourced], 50, 55)


def test_an_empty_finding_span_counts_when_it_lies_inside() -> None:
    sourced = gold(((10, 50),), sources=((0, 5),))
    assert finding_is_false([sourced], 30, 30)
    assert not finding_is_false([sourced], 50, 50)


# --- gold and predictions ----------------------------------------------------------------


def test_load_gold_takes_the_first_annotator_and_skips_attributions_without_content() -> None:
    row = {
        "text": ORTIZ,
        "annotations": {
            "b": [attribution(ORTIZ, "Ticket sales rose 12 percent", "Officials", "said")],
            "a": [
                attribution(
                    ORTIZ, "“We will rebuild the bridge by spring,”", "Mayor Lena Ortiz", "said"
                ),
                {"content": [], "source": [at(ORTIZ, "Officials")], "cue": None},
                attribution(ORTIZ, "40 new buses would arrive", "Officials", None),
            ],
        },
    }
    first, second = load_gold(row)
    assert first.direct and not second.direct
    (span,) = first.content
    assert ORTIZ[span[0] : span[1]] == "We will rebuild the bridge by spring,"
    assert first.source_text == "Mayor Lena Ortiz"
    assert second.cues == ()


def test_a_relative_who_as_gold_source_stands_for_the_name_before_it() -> None:
    text = "Mayor Lena Ortiz, who announced 40 new buses, spoke on Friday."
    row = {
        "text": text,
        "annotations": {"a": [attribution(text, "40 new buses", "who", "announced")]},
    }
    (first,) = load_gold(row)
    assert first.source_text == "Mayor Lena Ortiz who"
    speaker = Speaker(*at(text, "Ortiz"), "Ortiz", "Lena Ortiz")
    assert speaker_correct(first, speaker)
    elsewhere = Speaker(0, 5, "Mayor", "Ana Ruiz")
    assert not speaker_correct(first, elsewhere)


def quote(
    text: str, fragment: str, kind: str = "direct", cue: str | None = None, **extra: Any
) -> dict[str, Any]:
    """A quote as `provlint extract --format json` prints it."""
    start, end = at(text, fragment)
    record: dict[str, Any] = {"kind": kind, "start": start, "end": end, "text": fragment}
    if cue:
        cue_start, cue_end = at(text, cue)
        record["cue"] = {"text": cue, "start": cue_start, "end": cue_end}
    else:
        record["cue"] = None
    record["speaker"] = None
    record.update(extra)
    return record


def test_predictions_merge_quotes_sharing_a_cue_and_drop_zoned_and_nested_ones() -> None:
    text = "“First part,” Ana Diaz said, “second part.” Share this story. “Inner” note, he said."
    speaker = {"mention": "he", "start": 0, "end": 0, "name": "Ana Diaz", "via": "cue"}
    document = {
        "quotes": [
            quote(text, "“First part,”", cue="said"),
            quote(text, "“second part.”", cue="said"),
            quote(text, "Share this story", kind="indirect", in_zone=True),
            quote(text, "“Inner” note", kind="indirect", speaker=speaker),
            quote(text, "“Inner”"),
        ]
    }
    merged, last = predictions(document, text)
    assert text[merged.start : merged.end] == "First part,” Ana Diaz said, “second part."
    assert merged.direct and merged.cue == tuple(at(text, "said"))
    assert text[last.start : last.end] == "Inner” note"
    assert last.direct  # reported speech holding a quotation mark is direct, as in the gold


def test_predictions_merge_a_reported_lead_in_with_the_quotation_sharing_its_cue() -> None:
    text = "Down at the quay, “the crane is rusting,” Ana Diaz said. “It needs paint.”"
    document = {
        "quotes": [
            quote(text, "Down at the quay, “the crane is rusting,”", kind="indirect", cue="said"),
            quote(text, "“the crane is rusting,”", cue="said"),
            quote(text, "“It needs paint.”", cue="said"),
        ]
    }
    (only,) = predictions(document, text)
    assert text[only.start : only.end] == (
        "Down at the quay, “the crane is rusting,” Ana Diaz said. “It needs paint."
    )
    assert only.direct and only.cue == tuple(at(text, "said"))


def test_predictions_leave_out_quoted_fragments_nobody_is_said_to_speak() -> None:
    text = "The show “Night Desk” returns. “Too little,” a voter said of the “plan.”"
    speaker = {"mention": "a voter", "start": 0, "end": 0, "name": "", "via": "cue"}
    document = {
        "quotes": [
            quote(text, "“Night Desk”", kind="partial"),
            quote(text, "“Too little,”", cue="said", speaker=speaker),
            quote(text, "“plan.”", kind="partial"),
        ]
    }
    (only,) = predictions(document, text)
    assert text[only.start : only.end] == "Too little,"


def test_predictions_take_a_quotation_left_open_over_paragraphs_as_one() -> None:
    text = (
        "He read the list aloud:\n\n“First, the quay needs a crane.\n\n"
        "“Second, the ferry needs a berth.”\n\n“Third.” A new quotation.\n"
    )
    document = {
        "quotes": [
            quote(text, "“First, the quay needs a crane."),
            quote(text, "“Second, the ferry needs a berth.”"),
            quote(text, "“Third.”"),
        ]
    }
    first, second = predictions(document, text)
    assert text[first.start : first.end].endswith("needs a berth.")
    assert text[first.start : first.end].startswith("First, the quay")
    assert text[second.start : second.end] == "Third."


def test_a_dumped_spurious_prediction_keeps_its_cue() -> None:
    text = "Holt said the pier would close. Ruiz said the fee was fair."
    row = {
        "id": "pier",
        "text": text,
        "annotations": {"a": [{"content": [list(at(text, "the pier would close"))]}]},
    }
    document = {
        "quotes": [
            quote(text, "the pier would close", kind="indirect", cue="Holt said"),
            quote(text, "the fee was fair", kind="indirect", cue="Ruiz said"),
        ]
    }
    matched, spurious = dump_records("0000.txt", row, document)
    assert (matched["status"], spurious["status"]) == ("matched", "spurious")
    assert text[slice(*spurious["pred_cue"])] == "Ruiz said"


def test_doubled_apostrophes_are_quotation_marks() -> None:
    text = "''We won,'' she said."
    start, end = strip_marks(text, 0, 11)
    assert text[start:end] == "We won,"
    assert has_marks(text) and not has_marks("the Smiths' car")


def test_score_article_counts_matches_speakers_cues_and_false_findings() -> None:
    row = {
        "id": "invented-1",
        "text": ORTIZ,
        "annotations": {
            "a": [
                attribution(
                    ORTIZ, "“We will rebuild the bridge by spring,”", "Mayor Lena Ortiz", "said"
                ),
                attribution(ORTIZ, "40 new buses would arrive", "Officials", "said"),
            ]
        },
    }
    speaker_start, speaker_end = at(ORTIZ, "Ortiz")
    document = {
        "quotes": [
            quote(
                ORTIZ,
                "“We will rebuild the bridge by spring,”",
                cue="said",
                speaker={"mention": "Ortiz", "start": speaker_start, "end": speaker_end,
                         "name": "Lena Ortiz", "via": "cue"},
            )
        ]
    }  # fmt: skip
    findings = [
        {"code": "PV201", "start": at(ORTIZ, "40")[0], "end": at(ORTIZ, "40")[1]},
        {"code": "PV201", "start": at(ORTIZ, "12")[0], "end": at(ORTIZ, "12")[1]},
        {"code": "PV999", "start": 0, "end": 1},
    ]
    score = score_article("0000.txt", row, document, findings)
    assert score.detection["all@0.3"] == Counts(tp=1, fp=0, fn=1)
    assert score.detection["direct@0.8"] == Counts(tp=1, fp=0, fn=0)
    assert (score.speaker.hits, score.speaker.total) == (1, 1)
    assert (score.cue.hits, score.cue.total) == (1, 1)
    assert (score.false_findings["PV201"].hits, score.false_findings["PV201"].total) == (1, 2)
    assert score.false_findings["PV101"].total == 0
    assert score.words == len(ORTIZ.split())


def test_a_speaker_given_where_the_gold_names_none_is_counted_apart() -> None:
    row = {
        "text": RESIDENT,
        "annotations": {"a": [attribution(RESIDENT, "Nobody told us,", None, None)]},
    }
    given = {"mention": "a resident", "start": 0, "end": 0, "name": None, "via": "cue"}
    for speaker, hits in ((given, 1), (None, 0)):
        document = {"quotes": [quote(RESIDENT, "“Nobody told us,”", speaker=speaker)]}
        score = score_article("0001.txt", row, document, [])
        assert (score.unsourced.hits, score.unsourced.total) == (hits, 1)
        assert score.speaker.total == 0  # speaker accuracy counts sourced gold only
    summary = summarise([score, score], {})
    assert (summary["speaker_where_gold_has_none"], summary["speaker_where_gold_has_none_n"]) == (
        0.0,
        2,
    )


def test_score_article_without_an_extraction_misses_every_gold() -> None:
    row = {
        "text": RESIDENT,
        "annotations": {"a": [attribution(RESIDENT, "Nobody told us,", None, None)]},
    }
    score = score_article("0001.txt", row, None, [])
    assert score.detection["all@0.3"] == Counts(tp=0, fp=0, fn=1)


def article(tp: int, fp: int, fn: int, right_speakers: int = 1, false: int = 0) -> ArticleScore:
    """The scores of one made-up article: detection counts the same at every key."""
    counts = Counts(tp, fp, fn)
    detection = {key: counts for key in ("direct@0.3", "direct@0.8", "all@0.3", "all@0.8")}
    return ArticleScore(
        f"{tp}-{fp}-{fn}.txt",
        "made-up",
        100,
        detection,
        Ratio(right_speakers, 2),
        Ratio(1, 1),
        {"PV101": Ratio(), "PV201": Ratio(false, 2)},
    )


def test_headline_gives_the_figures_the_targets_are_set_on() -> None:
    figures = headline([article(8, 1, 1, right_speakers=2), article(2, 1, 3, right_speakers=0)])
    assert figures["direct@0.3"] == prf(Counts(10, 2, 4))[2]
    assert figures["speaker_accuracy"] == 0.5
    assert figures["cue_accuracy"] == 1.0
    assert figures["false_share_attribution_and_claims"] == 0.0


def test_intervals_hold_the_figure_and_widen_with_unlike_articles() -> None:
    scores = [article(9, 0, 1, false=1), article(3, 2, 5), article(7, 1, 1), article(1, 3, 4)]
    bounds = intervals(scores, 200)
    for figure in bounds.values():
        assert figure["low"] <= figure["value"] <= figure["high"]
    assert bounds["direct@0.3"]["low"] < bounds["direct@0.3"]["high"]
    assert bounds["false_share_attribution_and_claims"]["low"] == 0.0


def test_intervals_of_alike_articles_are_a_point() -> None:
    bounds = intervals([article(4, 1, 1)] * 5, 100)
    assert bounds["direct@0.3"] == {"value": 0.8, "low": 0.8, "high": 0.8}


def test_intervals_are_the_same_for_the_same_scores_and_none_without_resamples() -> None:
    scores = [article(9, 0, 1), article(3, 2, 5), article(7, 1, 1)]
    assert intervals(scores, 300) == intervals(list(scores), 300)
    assert intervals(scores, 0) == {}
    assert intervals([], 100) == {}


# --- properties --------------------------------------------------------------------------

spans = st.tuples(st.integers(0, 200), st.integers(0, 200)).map(lambda s: (min(s), max(s)))


@given(st.lists(spans, min_size=1, max_size=4), spans)
def test_overlap_is_a_share(gold_spans: list[tuple[int, int]], pred: tuple[int, int]) -> None:
    assert 0.0 <= overlap(gold_spans, *pred) <= 1.0


@given(st.lists(spans.filter(lambda s: s[0] < s[1]), min_size=1, max_size=6), st.data())
def test_predicting_the_gold_spans_in_any_order_matches_every_gold(
    gold_spans: list[tuple[int, int]], data: st.DataObject
) -> None:
    preds = data.draw(st.permutations(gold_spans))
    pairs = greedy_match([[s] for s in gold_spans], preds, 0.8)
    assert len(pairs) == len(gold_spans)
    assert all(gold_spans[g] == preds[p] for g, p, _ in pairs)


@given(
    st.lists(st.lists(spans, min_size=1, max_size=3), max_size=5),
    st.lists(spans, max_size=5),
    st.sampled_from([0.0, 0.3, 0.8]),
)
def test_greedy_match_is_one_to_one_and_above_threshold(
    golds: list[list[tuple[int, int]]], preds: list[tuple[int, int]], threshold: float
) -> None:
    pairs = greedy_match(golds, preds, threshold)
    assert len({g for g, _, _ in pairs}) == len(pairs) == len({p for _, p, _ in pairs})
    assert all(score >= threshold and score > 0 for _, _, score in pairs)
    assert all(score == overlap(golds[g], *preds[p]) for g, p, score in pairs)


@given(st.text(alphabet='ab “”"«» ', max_size=12), st.data())
def test_strip_marks_stays_inside_and_is_idempotent(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    stripped = strip_marks(text, start, end)
    assert start <= stripped[0] <= stripped[1] <= end
    assert strip_marks(text, *stripped) == stripped


def test_an_annotator_scored_as_a_prediction_keeps_its_spans() -> None:
    row = {
        "text": ORTIZ,
        "annotations": {
            "b": [
                attribution(
                    ORTIZ, "“We will rebuild the bridge by spring,”", "Mayor Lena Ortiz", "said"
                ),
                {"content": [], "source": [], "cue": []},
            ]
        },
    }
    (pred,) = annotator_predictions(row, "b")
    assert ORTIZ[pred.start : pred.end] == "We will rebuild the bridge by spring,"
    assert pred.direct and pred.cue is not None and ORTIZ[slice(*pred.cue)] == "said"
    assert pred.speaker is not None and pred.speaker.mention == "Mayor Lena Ortiz"


def test_agreement_scores_each_further_annotator_against_the_first() -> None:
    quote = attribution(
        ORTIZ, "“We will rebuild the bridge by spring,”", "Mayor Lena Ortiz", "said"
    )
    buses = attribution(ORTIZ, "40 new buses would arrive", "Officials", "said")
    rows = [
        {"id": "ortiz", "text": ORTIZ, "annotations": {"a": [quote, buses], "b": [quote], "c": []}},
        {"id": "alone", "text": RESIDENT, "annotations": {"a": []}},
    ]
    scores = agreement_scores(rows)
    assert [s.name for s in scores] == ["ortiz:b", "ortiz:c"]
    summary = agreement_summary(scores)
    assert (summary["articles"], summary["pairs"]) == (1, 2)
    assert (summary["all@0.3"]["tp"], summary["all@0.3"]["fn"]) == (1, 3)
    assert summary["direct@0.3"]["precision"] == 1.0
    assert (summary["speaker_accuracy"], summary["cue_accuracy"]) == (1.0, 1.0)
    assert "findings" not in summary


# --- the runner, end to end on a stub CLI ------------------------------------------------

STUB = textwrap.dedent(
    '''
    """A stand-in for provlint: direct quotes with a capitalised speaker, PV201 on numbers."""
    import json, re, sys
    from pathlib import Path

    QUOTE = re.compile(r"“[^”]*”")
    FRAME = re.compile(r"\\s*((?:[A-Z]\\w+ )+)(said)")
    files = sorted(Path.cwd().glob("*.txt"))
    if sys.argv[1] == "extract":
        documents = []
        for path in files:
            text = path.read_text(encoding="utf-8")
            quotes = []
            for match in QUOTE.finditer(text):
                frame = FRAME.match(text, match.end())
                speaker = cue = None
                if frame:
                    name = frame.group(1).strip()
                    speaker = {"mention": name, "start": frame.start(1),
                               "end": frame.start(1) + len(name), "name": name, "via": "cue"}
                    cue = {"text": "said", "start": frame.start(2), "end": frame.end(2)}
                quotes.append({"kind": "direct", "start": match.start(), "end": match.end(),
                               "text": match.group(), "cue": cue, "speaker": speaker,
                               "in_zone": False})
            model = re.search(r"(Officials) (said) (40 new buses would arrive)", text)
            if "--attribution-model" in sys.argv and model:
                # What a model adds: an indirect report the stub's rule misses.
                quotes.append({"kind": "indirect", "start": model.start(3), "end": model.end(3),
                               "text": model.group(3), "in_zone": False,
                               "cue": {"text": "said", "start": model.start(2), "end": model.end(2)},
                               "speaker": {"mention": "Officials", "start": model.start(1),
                                           "end": model.end(1), "name": None, "via": "model"}})
            documents.append({"id": path.name, "path": path.name, "quotes": quotes})
        print(json.dumps({"documents": documents}))
    else:
        findings = []
        for path in files:
            text = path.read_text(encoding="utf-8")
            for match in re.finditer(r"\\d+", text):
                findings.append({"code": "PV201", "file": path.name,
                                 "start": match.start(), "end": match.end()})
            for match in QUOTE.finditer(text):
                if not FRAME.match(text, match.end()):
                    findings.append({"code": "PV101", "file": path.name,
                                     "start": match.start(), "end": match.end()})
        print(json.dumps({"findings": findings}))
    '''
)


@pytest.fixture()
def stub_data(tmp_path: Path) -> tuple[Path, str]:
    """A two-article dev split and a stub provlint command that reads it."""
    rows = [
        {
            "id": "ortiz",
            "text": ORTIZ,
            "annotations": {
                "b": [],
                "a": [
                    attribution(
                        ORTIZ, "“We will rebuild the bridge by spring,”", "Mayor Lena Ortiz", "said"
                    ),
                    attribution(ORTIZ, "40 new buses would arrive", "Officials", "said"),
                ],
            },
        },
        {
            "id": "resident",
            "text": RESIDENT,
            "annotations": {
                "a": [attribution(RESIDENT, "“Nobody told us,”", "a resident", "said")]
            },
        },
    ]
    data = tmp_path / "polnear"
    data.mkdir()
    (data / "dev.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
    )
    stub = tmp_path / "stub_provlint.py"
    stub.write_text(STUB, encoding="utf-8")
    return data, shlex.join([sys.executable, str(stub)])


def test_main_scores_the_stub_end_to_end(
    stub_data: tuple[Path, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data, command = stub_data
    dump = tmp_path / "pairs.jsonl"
    status = main(["--data", str(data), "--provlint-cmd", command, "--json", "--dump", str(dump)])
    result = json.loads(capsys.readouterr().out)
    assert status == 0
    assert result["articles"] == 2 and result["documents_missing"] == 0
    assert result["words"] == len(ORTIZ.split()) + len(RESIDENT.split())
    assert (result["all@0.3"]["tp"], result["all@0.3"]["fp"], result["all@0.3"]["fn"]) == (2, 0, 1)
    assert result["direct@0.8"]["f1"] == 1.0
    assert (result["speaker_accuracy"], result["speaker_n"]) == (0.5, 2)
    assert (result["cue_accuracy"], result["cue_n"]) == (0.5, 2)
    assert result["findings"]["PV101"] | {} == {
        "findings": 1, "per_1000_words": result["findings"]["PV101"]["per_1000_words"],
        "false": 1, "false_share": 1.0,
    }  # fmt: skip
    assert (result["findings"]["PV201"]["findings"], result["findings"]["PV201"]["false"]) == (2, 1)
    assert result["false_share_attribution_and_claims"] == 0.667
    assert result["articles_per_second_extract"] > 0
    cue = result["intervals"]["figures"]["cue_accuracy"]
    assert (result["intervals"]["resamples"], cue["value"]) == (1000, 0.5)
    assert cue["low"] <= 0.5 <= cue["high"]
    # "ortiz" has a second annotator who marked nothing: agreement counts it.
    assert (result["annotators"]["pairs"], result["annotators"]["all@0.3"]["fn"]) == (1, 2)
    records = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["status"] for r in records) == ["matched", "matched", "missed"]


def test_main_prints_tables_and_the_worst_articles(
    stub_data: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    data, command = stub_data
    main(["--data", str(data), "--provlint-cmd", command, "--verbose", "--limit", "1"])
    out = capsys.readouterr().out
    assert "direct@0.3" in out and "PV201" in out
    assert "1 articles" in out
    assert "0000.txt  ortiz" in out
    assert "annotators against the first" in out
    assert "resident" not in out
    assert "95% interval" in out


def test_main_leaves_out_the_intervals_with_no_resamples(
    stub_data: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    data, command = stub_data
    main(["--data", str(data), "--provlint-cmd", command, "--json", "--bootstrap", "0"])
    assert "intervals" not in json.loads(capsys.readouterr().out)


def test_main_scores_the_rules_and_the_model_side_by_side(
    stub_data: tuple[Path, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data, command = stub_data
    model, dump = tmp_path / "model.crfsuite", tmp_path / "pairs.jsonl"
    main(
        [
            "--data",
            str(data),
            "--provlint-cmd",
            command,
            "--json",
            "--attribution-model",
            str(model),
            "--dump",
            str(dump),
        ]
    )
    result = json.loads(capsys.readouterr().out)
    assert result["all@0.3"]["tp"] == 2  # the rules alone, as without the option
    assert (result["with_model"]["all@0.3"]["tp"], result["with_model"]["all@0.3"]["fn"]) == (3, 0)
    assert result["with_model"]["model"] == str(model)
    # The dump is of the run with the model: the indirect report it adds is matched.
    records = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["status"] for r in records) == ["matched", "matched", "matched"]
    added = next(r for r in records if not r["direct"])
    start, end = added["pred_cue"]
    assert ORTIZ[start - len("Officials ") : end] == "Officials said"
    assert [ORTIZ[a:b] for a, b in added["gold_cue"]] == ["said"]
    main(["--data", str(data), "--provlint-cmd", command, "--attribution-model", str(model)])
    assert f"with the attribution model {model}" in capsys.readouterr().out


def test_main_scores_only_the_held_out_articles(
    stub_data: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    data, command = stub_data
    main(["--data", str(data), "--provlint-cmd", command, "--json", "--held-out", "2"])
    result = json.loads(capsys.readouterr().out)
    # Every second article, the first of each two: "ortiz" alone.
    assert result["articles"] == 1 and result["words"] == len(ORTIZ.split())


def test_main_scores_one_fold_of_a_cross_validation(
    stub_data: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    data, command = stub_data
    main(["--data", str(data), "--provlint-cmd", command, "--json", "--held-out", "2"])
    first = json.loads(capsys.readouterr().out)
    args = ["--data", str(data), "--provlint-cmd", command, "--json", "--held-out", "2"]
    main([*args, "--fold", "1"])
    second = json.loads(capsys.readouterr().out)
    # The second article of each two: not the "ortiz" article the first fold holds.
    assert second["articles"] == 1 and second["words"] != first["words"]
    with pytest.raises(SystemExit):
        main([*args, "--fold", "2"])  # no third article in each two


def test_fold_rows_part_the_articles_between_scoring_and_training() -> None:
    rows = [{"id": str(index)} for index in range(7)]
    scored = fold_rows(rows, 3, 1, held_out=True)
    trained = fold_rows(rows, 3, 1, held_out=False)
    assert [row["id"] for row in scored] == ["1", "4"]
    assert sorted(scored + trained, key=lambda row: int(row["id"])) == rows
    assert fold_rows(rows, 3, 0, held_out=True) == rows[::3]  # the default fold


def test_main_fails_clearly_when_the_cli_prints_no_json(
    stub_data: tuple[Path, str], tmp_path: Path
) -> None:
    data, _ = stub_data
    broken = tmp_path / "broken.py"
    broken.write_text("import sys; sys.stderr.write('boom'); sys.exit(2)\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="boom"):
        main(["--data", str(data), "--provlint-cmd", shlex.join([sys.executable, str(broken)])])
