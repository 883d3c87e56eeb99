"""Cross-article comparison on fixture article sets: planted problems and clean sets."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from unittest.mock import patch

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provlint import match
from provlint.checks.consistency import _speaker_as_written
from provlint.corpus import decode
from provlint.events import counted_events
from provlint.extract import extract
from provlint.linter import Options, lint
from provlint.match import (
    candidate_pairs,
    compare_both_ways,
    compare_quote_texts,
    match_duplicates,
    match_quotes,
    quote_score,
)
from provlint.normalise import (
    figure_interval,
    normalise_name,
    normalise_quote,
    normalise_title,
    quote_words,
    surname,
)

CORPUS = Path(__file__).parent / "corpus"
CONSISTENCY = Options(select=("PV3", "PV510"))

PLANTED = {
    "altered": ("PV301", "republished.txt", "original.txt"),
    "misattributed": ("PV303", "second.txt", "first.txt"),
    "retitled": ("PV305", "b.txt", "a.txt"),
    "respelled": ("PV306", "b.txt", "a.txt"),
    "figures": ("PV304", "b.txt", "a.txt"),
    "redated": ("PV307", "b.txt", "a.txt"),
}
CLEAN = ["clean_same_person", "clean_other_events", "clean_title_years"]


@pytest.mark.parametrize("folder", sorted(PLANTED))
def test_planted_inconsistency_is_found_with_its_related_location(folder: str) -> None:
    code, primary, related = PLANTED[folder]
    report = lint([str(CORPUS / folder)], CONSISTENCY)
    hits = [f for f in report.findings if f.code == code]
    assert len(hits) == 1, [(f.code, f.message) for f in report.findings]
    finding = hits[0]
    assert finding.location.file.endswith(primary)
    assert any(r.file.endswith(related) for r in finding.related)
    assert {"scorer", "value", "other_value"} <= set(finding.evidence)
    assert [f.code for f in report.findings] == [code]


@pytest.mark.parametrize("folder", CLEAN)
def test_nothing_is_reported_where_nothing_is_wrong(folder: str) -> None:
    report = lint([str(CORPUS / folder)], CONSISTENCY)
    assert report.findings == ()


def test_altered_quote_shows_the_word_diff() -> None:
    report = lint([str(CORPUS / "altered")], CONSISTENCY)
    (finding,) = report.findings
    assert "[-august-] {+summer+}" in finding.evidence["diff"]
    # The excerpted second quote, "(…)" and all, is the same quote: one finding only.


def test_both_diffs_of_a_pair_describe_one_change() -> None:
    a = "“The pier will reopen in August, after the inspection.”"
    b = "“The pier will reopen in the summer, after the inspection.”"
    relation, forward, back = compare_both_ways(a, b)
    assert relation == "altered"
    assert "[-august-] {+the summer+}" in forward and "[-the summer-] {+august+}" in back
    assert compare_quote_texts(b, a) == (relation, back)


def test_seed_people_shared_between_articles_raise_no_false_conflict() -> None:
    report = lint([str(Path(__file__).parents[1] / "seeds")], CONSISTENCY)
    assert [f for f in report.findings if f.code in ("PV305", "PV306", "PV303")] == []


def test_normalisation_equivalences() -> None:
    assert normalise_name("Dalia Grybauskaitė") == normalise_name("Dalia Grybauskaite")
    assert normalise_name("Sergey Lavrov") == normalise_name("Sergei Lavrov")
    assert normalise_name("Daesh") == normalise_name("ISIS") == normalise_name("Islamic State")
    assert normalise_title("NATO Secretary General") == normalise_title("NATO secretary-general")
    assert normalise_quote("“It’s a lie!” (…)") == normalise_quote('"it\'s a LIE"')
    assert normalise_quote("Wait... what […] (...) now…") == "wait what now"
    assert not figure_interval(300, "over").overlaps(figure_interval(250, "exact"))
    assert figure_interval(300, "over").overlaps(figure_interval(350, "exact"))
    assert not figure_interval(35, "exact").overlaps(figure_interval(32, "exact"))


texts = st.lists(
    st.sampled_from(
        list("abcdeé ÉÀ’'“”\"«».,;:!?-—…()[]\u00a0") + ["Sergey", "Lavrov", "ISIS", "kh"]
    ),
    max_size=40,
).map("".join) | st.text(max_size=40)


@given(texts)
@example("EEI")  # one pass of the transliteration rules made "ey", whose key is "y"
def test_normalising_twice_changes_nothing(text: str) -> None:
    for normalise in (normalise_quote, normalise_name, normalise_title):
        once = normalise(text)
        assert normalise(once) == once


WORDS = st.lists(
    st.sampled_from(
        "we will build the dam without raising a single local tax this year for all".split()
    ),
    min_size=5,
    max_size=25,
).map(tuple)


@given(WORDS, WORDS)
def test_quote_score_is_symmetric(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    assert quote_score(a, b) == quote_score(b, a)


# Pairs are counted key by key below this many per item, item by item above: test both.
@pytest.mark.parametrize("few_pairs_per_item", [-1, 10**9])
@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 12), max_size=8), max_size=30),
    st.integers(1, 12),
    st.integers(1, 4),
    st.booleans(),
)
def test_candidate_pairs_are_the_pairs_sharing_enough_keys_not_too_common(
    few_pairs_per_item: int,
    keys_by_item: list[list[int]],
    max_postings: int,
    min_shared: int,
    weighted: bool,
) -> None:
    weights = [item % 3 + 1 for item in range(len(keys_by_item))] if weighted else None
    holders: dict[int, list[int]] = {}
    for item, keys in enumerate(keys_by_item):
        for key in set(keys):
            holders.setdefault(key, []).append(item)
    usable = {
        key
        for key, items in holders.items()
        if (sum(weights[i] for i in items) if weights else len(items)) <= max_postings
    }
    expected = [
        (a, b)
        for a in range(len(keys_by_item))
        for b in range(a + 1, len(keys_by_item))
        if len(set(keys_by_item[a]) & set(keys_by_item[b]) & usable) >= min_shared
    ]
    with patch.object(match, "_FEW_PAIRS_PER_ITEM", few_pairs_per_item):
        assert candidate_pairs(keys_by_item, max_postings, weights, min_shared) == expected


def _extract(name: str, text: str):  # type: ignore[no-untyped-def]
    doc, _ = decode(name, text.encode("utf-8"))
    assert doc is not None
    return extract(doc)


SENTENCE = (
    "the new engines passed every test we could think of and the crews on both islands "
    "are ready to sail from the first of the month"
).split()


@settings(max_examples=60, deadline=None)
@given(
    st.integers(0, len(SENTENCE) - 13),
    st.sampled_from([str.upper, str.lower, str.capitalize]),
    st.sampled_from(["“{}”", '"{}"', "«{}»", "“{}!”"]),
)
def test_repunctuated_recased_or_excerpted_quote_still_matches(start, recase, marks) -> None:  # type: ignore[no-untyped-def]
    original = "“" + " ".join(SENTENCE).capitalize() + ",” harbour master Lena Moss said.\n"
    excerpt_words = SENTENCE[start : start + max(13, int(len(SENTENCE) * 0.6))]
    excerpt = marks.format(recase(" ".join(excerpt_words))) + " harbour master Lena Moss said.\n"
    pair = (_extract("a.txt", original), _extract("b.txt", excerpt))
    found = list(match_quotes(pair).quote_pairs())
    assert len(found) == 1 and found[0].relation == "same"
    swapped = list(match_quotes(tuple(reversed(pair))).quote_pairs())
    assert [(m.score, m.relation) for m in swapped] == [(m.score, m.relation) for m in found]


def test_findings_do_not_depend_on_file_order() -> None:
    folders = [str(CORPUS / name) for name in sorted(PLANTED)]
    forward = lint(folders, CONSISTENCY).findings
    backward = lint(list(reversed(folders)), CONSISTENCY).findings
    assert forward == backward
    assert quote_words("A (…) b") == ("a", "b")


def _corpus_codes(tmp_path: Path, articles: dict[str, str]) -> list[tuple[str, str, str]]:
    """(code, file name, related file name) of the consistency findings of a small corpus."""
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = lint([str(tmp_path)], CONSISTENCY)
    return [
        (f.code, Path(f.location.file).name, Path(f.related[0].file).name if f.related else "")
        for f in report.findings
    ]


@pytest.mark.parametrize(
    ("title_a", "title_b", "conflict"),
    [
        ("Deputy Harbour Minister", "Harbour Minister", True),
        ("Foreign Minister", "Defence Minister", True),
        ("Gov.", "President", False),  # two offices, held in turn
        ("Mr.", "Sen.", False),  # a form of address
        ("former Foreign Minister", "Defence Minister", False),  # a past office
        ("Sen.", "Republican nominee", False),  # a status beside an office
        ("House Democratic Leader", "Minority Leader", False),  # chamber, side: one office
        ("House Majority Leader", "Senate Majority Leader", True),  # two chambers
    ],
)
def test_title_conflicts_need_the_same_office(
    tmp_path: Path, title_a: str, title_b: str, conflict: bool
) -> None:
    codes = _corpus_codes(
        tmp_path,
        {
            "a.txt": f"{title_a} Ines Morvan said the harbour would reopen in the spring.\n",
            "b.txt": f"{title_b} Ines Morvan told reporters the harbour would reopen soon.\n",
        },
    )
    assert (("PV305", "b.txt", "a.txt") in codes) is conflict


def test_a_quote_repeated_in_many_articles_is_reported_once_per_later_article(
    tmp_path: Path,
) -> None:
    words = "the harbour will reopen before the {} season begins and the ferries run again"
    quote = "“" + words.format("summer").capitalize() + ",”"
    articles = {f"{n}.txt": f"{quote} Mayor Ines Morvan said.\n" for n in range(5)}
    altered = "“" + words.format("winter").capitalize() + ",”"
    articles["9.txt"] = f"{altered} Mayor Ines Morvan said.\n"
    codes = _corpus_codes(tmp_path, articles)
    assert [c for c in codes if c[0] == "PV301"] == [("PV301", "9.txt", "0.txt")]


def test_one_speaker_named_with_and_without_a_middle_initial_or_honorific(tmp_path: Path) -> None:
    quote = "“The harbour will reopen before the summer season begins,”"
    codes = _corpus_codes(
        tmp_path,
        {
            "a.txt": f"{quote} Ines K. Morvan said.\n",
            "b.txt": f"{quote} Ines Morvan said.\n",
            "c.txt": f"Ines Morvan spoke.\n\n{quote} Ms. Morvan said.\n",
        },
    )
    assert not [c for c in codes if c[0] == "PV303"]


def test_a_count_takes_the_outcome_it_names_before_a_nearer_one(tmp_path: Path) -> None:
    dated = '---\npublished = "2023-09-14"\n---\n'
    report = "On Monday the flood in Vellora left 14 people dead, with more than 20 wounded.\n"
    extraction = _extract("a.txt", dated + report)
    events = counted_events((extraction,))
    found = {(extraction.figures[e.figure].text, e.outcome, e.day) for e in events}
    assert found == {("14 people", "killed", "09-11"), ("more than 20 wounded", "injured", "09-11")}
    # Two articles with that sentence agree: a toll is never set against a count of wounded.
    codes = _corpus_codes(
        tmp_path, {"a.txt": dated + report, "b.txt": dated + "Update.\n\n" + report}
    )
    assert not [c for c in codes if c[0] == "PV304"]


def test_a_weekday_date_conflict_shows_the_days_it_was_read_as(tmp_path: Path) -> None:
    report = "A bridge collapsed in Vella on Thursday, killing 12 people, police said.\n"
    articles = {
        "a.txt": '---\npublished = "2023-05-05"\n---\n' + report,
        "b.txt": '---\npublished = "2023-05-13"\n---\n' + report,
    }
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (finding,) = [f for f in lint([str(tmp_path)], CONSISTENCY).findings if f.code == "PV307"]
    assert "dated Thursday (2023-05-11) here but Thursday (2023-05-04)" in finding.message


def test_a_date_a_long_clause_away_does_not_date_a_toll(tmp_path: Path) -> None:
    speech = (
        "The mayor's speech, delayed by the storm on May 12, will cover the budget, the "
        "harbour works, the rail strike that closed the line for a week and the deaths of "
        "12 people in Vella last winter.\n"
    )
    report = "A bridge collapsed in Vella on January 9, killing 12 people, police said.\n"
    codes = _corpus_codes(
        tmp_path,
        {
            "a.txt": '---\npublished = "2023-01-10"\n---\n' + report,
            "b.txt": '---\npublished = "2023-05-20"\n---\n' + speech,
        },
    )
    assert not [c for c in codes if c[0] in ("PV304", "PV307")]


def test_a_surname_named_in_full_only_later_is_the_surname_it_says(tmp_path: Path) -> None:
    quote = "“The harbour will reopen before the summer season begins,”"
    later = "Paul Morvan, who chairs the port board, spoke after her."
    codes = _corpus_codes(
        tmp_path,
        {"a.txt": f"{quote} Morvan said.\n\n{later}\n", "b.txt": f"{quote} Ines Morvan said.\n"},
    )
    assert not [c for c in codes if c[0] == "PV303"]


def test_a_surname_after_the_full_name_is_that_person(tmp_path: Path) -> None:
    quote = "“The harbour will reopen before the summer season begins,”"
    earlier = "Paul Morvan, who chairs the port board, spoke first."
    codes = _corpus_codes(
        tmp_path,
        {"a.txt": f"{earlier}\n\n{quote} Morvan said.\n", "b.txt": f"{quote} Ines Morvan said.\n"},
    )
    assert [c for c in codes if c[0] == "PV303"] == [("PV303", "b.txt", "a.txt")]


def test_a_name_suffix_is_no_surname(tmp_path: Path) -> None:
    assert surname("Ines K. Morvan Jr.") == surname("Ines Morvan") == "morvan"
    assert surname("Paul Morvan III") != surname("Anna Kessler Jr.")
    quote = "“The harbour will reopen before the summer season begins,”"
    codes = _corpus_codes(
        tmp_path,
        {"a.txt": f"{quote} Ines K. Morvan Jr. said.\n", "b.txt": f"{quote} Ines Morvan said.\n"},
    )
    assert not [c for c in codes if c[0] == "PV303"]


def test_a_surname_that_extends_another_is_another_name(tmp_path: Path) -> None:
    codes = _corpus_codes(
        tmp_path,
        {
            "a.txt": "Economist Ines Lindqvist said the levy would go.\n",
            "b.txt": "Economist Ines Lind said the port would close.\n",
            "c.txt": "Economist Ines Lindqvis said the port would close.\n",
        },
    )
    assert [c for c in codes if c[0] == "PV306"] == [("PV306", "c.txt", "a.txt")]


def test_a_short_phrase_two_people_say_is_no_speaker_conflict(tmp_path: Path) -> None:
    phrase = "“We will not sell the harbour,”"
    codes = _corpus_codes(
        tmp_path,
        {"a.txt": f"{phrase} Ines Morvan said.\n", "b.txt": f"{phrase} Paul Kessler said.\n"},
    )
    assert not [c for c in codes if c[0] == "PV303"]


def test_a_surname_two_people_share_is_not_guessed(tmp_path: Path) -> None:
    quote = "“The harbour will reopen before the summer season begins,”"
    codes = _corpus_codes(
        tmp_path,
        {
            "a.txt": f"Anna Morvan and Paul Morvan arrived.\n\n{quote} Morvan said.\n",
            "b.txt": f"{quote} Ines Morvan said.\n",
        },
    )
    assert not [c for c in codes if c[0] == "PV303"]


def test_two_speakers_each_carried_over_from_the_speech_before_are_no_conflict(
    tmp_path: Path,
) -> None:
    quote = "“The harbour will reopen before the summer season begins for the ferries.”"
    carried = "“We have waited long enough,” {name} said at the quay.\n\n{quote}\n"
    codes = _corpus_codes(
        tmp_path,
        {
            "a.txt": carried.format(name="Ines Morvan", quote=quote),
            "b.txt": carried.format(name="Paul Kessler", quote=quote),
            "c.txt": f"{quote[:-2]},” Anna Berg said.\n",
        },
    )
    # The carried-over readings are not set against each other; a named frame still is.
    assert sorted(c for c in codes if c[0] == "PV303") == [("PV303", "c.txt", "a.txt")]


def test_the_same_bare_surname_read_as_two_people_is_no_conflict(tmp_path: Path) -> None:
    quote = "“The harbour will reopen before the summer season begins for the ferries,”"
    codes = _corpus_codes(
        tmp_path,
        {
            "a.txt": f"Ines Morvan spoke first.\n\n{quote} Morvan said.\n",
            "b.txt": f"Paul Morvan spoke first.\n\n{quote} Morvan said.\n",
            "c.txt": f"{quote} Anna Berg said.\n",
        },
    )
    # Both articles write "Morvan said"; only the written Anna Berg differs from it.
    assert sorted(c for c in codes if c[0] == "PV303") == [
        ("PV303", "c.txt", "a.txt"),
    ]


def test_two_pronouns_resolved_to_two_people_are_no_conflict(tmp_path: Path) -> None:
    quote = "“The harbour will reopen before the summer season begins for the ferries,”"
    codes = _corpus_codes(
        tmp_path,
        {
            "a.txt": f"Mary Morvan arrived at the quay.\n\n{quote} she said.\n",
            "b.txt": f"Paul Kessler arrived at the quay.\n\n{quote} he said.\n",
            "c.txt": f"{quote} Anna Berg said.\n",
        },
    )
    # Only the written Anna Berg is set against a reading of the pronouns.
    assert [c[:2] for c in codes if c[0] == "PV303"] == [("PV303", "c.txt")]


def test_a_speaker_the_model_read_is_not_set_against_another_article() -> None:
    extraction = _extract("a.txt", "Harbour news.\n\n“The ferry is late,” Anna Berg said.\n")
    (quote,) = extraction.quotes
    assert quote.speaker is not None
    ref = SimpleNamespace(doc=0, index=0)
    corpus = SimpleNamespace(extractions=[extraction])
    assert _speaker_as_written(corpus, ref, {}) == "Anna Berg"  # type: ignore[arg-type]
    guessed = replace(quote, speaker=replace(quote.speaker, via="model"))
    corpus = SimpleNamespace(extractions=[replace(extraction, quotes=(guessed,))])
    assert _speaker_as_written(corpus, ref, {}) is None  # type: ignore[arg-type]


STORY = (
    "Harbour news.\n\nThe night ferry to Marsh Island ran two hours late on Tuesday after a "
    "winch on the quay failed during loading, and the harbour board said a new winch would "
    "arrive from the mainland within the fortnight. Crews loaded the cars by hand until "
    "midnight, and the last passengers reached the island a little after two in the morning. "
    "The board has asked the ferry company for a report on the failure by Friday.\n"
)


def test_copies_are_each_reported_once_against_the_first(tmp_path: Path) -> None:
    near = STORY.replace("Friday", "Monday")
    for name, text in (("a", STORY), ("b", STORY), ("c", STORY), ("d", near)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    report = lint([str(tmp_path)], Options(select=("PV510",)))
    reported = [
        (Path(f.location.file).name, Path(f.related[0].file).name, f.message.split(" of ")[0])
        for f in report.findings
    ]
    assert reported[:2] == [("b.txt", "a.txt", "100%"), ("c.txt", "a.txt", "100%")]
    assert reported[2][:2] == ("d.txt", "a.txt") and reported[2][2] != "100%"
    assert len(reported) == 3  # not b against c, nor d against b and c


def test_an_article_is_reported_against_the_earlier_one_it_repeats_most() -> None:
    near = STORY.replace("Friday", "Monday")
    extractions = [_extract(f"{name}.txt", text) for name, text in
                   (("a", STORY), ("b", near), ("c", near), ("d", STORY))]  # fmt: skip
    pairs = {p.second: (p.first, p.score) for p in match_duplicates(extractions)}
    assert list(pairs) == [1, 2, 3]
    assert pairs[1][0] == 0 and 0.5 <= pairs[1][1] < 1.0  # b: a near copy of a
    assert pairs[2] == (1, 1.0)  # c: b's copy, though it also repeats a
    assert pairs[3] == (0, 1.0)  # d: a's copy, not b's or c's near one


def test_more_copies_than_a_blocking_key_may_list_are_all_found() -> None:
    # 1,200 copies: more than a key's postings may hold (1,000), which once hid them all.
    extraction = _extract("a.txt", STORY)
    pairs = match_duplicates([extraction] * 1200)
    assert len(pairs) == 1199
    assert {(p.first, p.score) for p in pairs} == {(0, 1.0)}


def test_a_near_copy_is_reported_against_the_article_it_repeats_most() -> None:
    # c repeats a by more than half, but b, later than a, almost whole: b is its source.
    words = [f"quay{number}" for number in range(125)]
    shared, first_only, last_only = words[:85], words[85:105], words[105:]
    texts = {
        "a": shared + first_only,
        "b": shared + last_only,
        "c": shared + [w if w != "quay115" else "pier" for w in last_only],
    }
    extractions = [
        _extract(f"{name}.txt", f"Harbour news.\n\n{' '.join(t)}.\n") for name, t in texts.items()
    ]
    (pair,) = match_duplicates([extractions[0], extractions[2]])
    assert pair.score >= 0.5  # c repeats a enough to be reported against it alone
    pairs = {p.second: (p.first, p.score) for p in match_duplicates(extractions)}
    assert pairs[2][0] == 1 and pairs[2][1] > pair.score
