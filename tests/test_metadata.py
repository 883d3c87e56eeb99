"""Article metadata: each form on small invented pages, the seeds, and span properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provlint.corpus import decode, load
from provlint.extract.metadata import find_date, read_metadata
from provlint.extract.zones import find_zones
from provlint.records import Document, Field, Metadata
from tests.conftest import document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

TITLE = "Harbour Pier to Close for Repairs"
LEDE = (
    "The harbour council voted on Tuesday to close the old ferry pier for repairs, "
    "the council's chair told reporters after the meeting."
)
SECOND = (
    "Repairs are expected to take about four months and will cost the town an estimated "
    "two million euros, according to the council's own figures."
)


doc_of = document


def meta(text: str) -> Metadata:
    doc = doc_of(text)
    return read_metadata(doc, find_zones(doc))


def page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def value(field: Field | None) -> str | None:
    return None if field is None else field.value


def spanned(text: str, field: Field | None) -> str:
    """The text a field's span points at."""
    assert field is not None and field.span is not None
    return doc_of(text).text[field.span.start : field.span.end]


# -- published ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "iso", "shown"),
    [
        ("09:06 GMT30 October 2020", "2020-10-30", "30 October 2020"),
        ("- 26.05.2017", "2017-05-26", "26.05.2017"),
        ("Published: Tuesday, March 9, 2021", "2021-03-09", "March 9, 2021"),
        ("Updated 2019-11-04 10:15 UTC", "2019-11-04", "2019-11-04"),
        ("14/03/2022", "2022-03-14", "14/03/2022"),
        ("Sept. 3, 2018", "2018-09-03", "Sept. 3, 2018"),
    ],
)
def test_publication_line_in_the_header(line: str, iso: str, shown: str) -> None:
    text = page(TITLE, line, LEDE)
    published = meta(text).published
    assert value(published) == iso
    assert spanned(text, published) == shown


def test_ambiguous_slashed_date_is_not_guessed() -> None:
    assert meta(page(TITLE, "05/06/2017", LEDE)).published is None


def test_impossible_date_is_not_a_date() -> None:
    assert meta(page(TITLE, "31 February 2020", LEDE)).published is None


def test_date_inside_the_story_is_not_the_publication_date() -> None:
    body = "On April 1, 2020, the council first discussed closing the old ferry pier for good."
    assert meta(page(TITLE, LEDE, body)).published is None


def test_date_in_a_header_line_with_other_words_is_not_taken() -> None:
    assert meta(page(TITLE, "Council meets again on 4 May 2021", LEDE)).published is None


def test_dateline_without_a_year_gives_a_truncated_iso_date() -> None:
    text = page(TITLE, "PORTSMOUTH, March 3. /TASS/. " + LEDE)
    metadata = meta(text)
    assert value(metadata.published) == "--03-03"
    assert spanned(text, metadata.published) == "March 3"
    assert value(metadata.dateline) == "PORTSMOUTH, March 3. /TASS/."
    assert value(metadata.outlet) == "TASS"


def test_full_header_date_wins_over_a_yearless_dateline() -> None:
    text = page(TITLE, "3 March 2021", "PORTSMOUTH, March 3. /TASS/. " + LEDE)
    assert value(meta(text).published) == "2021-03-03"


def test_dateline_with_a_year() -> None:
    text = page(TITLE, "LONDON, May 25, 2017 (Reuters) - " + LEDE)
    metadata = meta(text)
    assert value(metadata.published) == "2017-05-25"
    assert value(metadata.outlet) == "Reuters"
    assert value(metadata.dateline) == "LONDON, May 25, 2017 (Reuters) -"


def test_outlet_and_date_line_states_the_first_publication() -> None:
    text = page(TITLE, "- 26.05.2017", "Harbour Gazette (25 May 2017)", LEDE)
    metadata = meta(text)
    assert value(metadata.published) == "2017-05-25"
    assert value(metadata.outlet) == "Harbour Gazette"
    assert spanned(text, metadata.outlet) == "Harbour Gazette"


def test_date_word_in_brackets_is_no_outlet() -> None:
    metadata = meta(page(TITLE, "Updated (25 May 2017)", LEDE))
    assert metadata.outlet is None


# -- dateline, outlet and byline -----------------------------------------------------------


def test_dateline_with_outlet_and_byline() -> None:
    text = page(TITLE, "PORTSMOUTH (Sputnik), Mara Quill\u00a0— " + LEDE)
    metadata = meta(text)
    assert value(metadata.dateline) == "PORTSMOUTH (Sputnik), Mara Quill —"
    assert spanned(text, metadata.dateline) == "PORTSMOUTH (Sputnik), Mara Quill\u00a0—"
    assert value(metadata.outlet) == "Sputnik"
    assert value(metadata.byline) == value(metadata.author) == "Mara Quill"
    assert metadata.published is None


def test_ap_dateline_names_the_associated_press() -> None:
    assert value(meta(page(TITLE, "PORTSMOUTH, England (AP) — " + LEDE)).outlet) == (
        "Associated Press"
    )


def test_a_gloss_in_brackets_is_no_dateline() -> None:
    text = page(TITLE, "NATO (North Atlantic Treaty Organization) — " + LEDE)
    metadata = meta(text)
    assert metadata.dateline is None and metadata.outlet is None


def test_outlet_mentioned_in_the_story_is_not_the_outlet() -> None:
    body = "The chair told Radio Sputnik and Reuters that the pier would reopen in the summer."
    assert meta(page(TITLE, LEDE, body)).outlet is None


def test_by_line_gives_byline_and_author() -> None:
    text = page(TITLE, "By Mara Quill and Tom de Vries", LEDE)
    metadata = meta(text)
    assert value(metadata.byline) == "By Mara Quill and Tom de Vries"
    assert value(metadata.author) == "Mara Quill and Tom de Vries"
    assert metadata.outlet is None


def test_by_line_with_an_agency_names_the_outlet() -> None:
    metadata = meta(page(TITLE, "By Mara Quill, Reuters", LEDE))
    assert value(metadata.author) == "Mara Quill"
    assert value(metadata.outlet) == "Reuters"


def test_title_suffix_names_the_outlet_and_is_cut_from_the_title() -> None:
    text = page(TITLE + " - Sputnik International", LEDE)
    metadata = meta(text)
    assert value(metadata.title) == TITLE
    assert spanned(text, metadata.title) == TITLE
    assert value(metadata.outlet) == "Sputnik"


def test_masthead_with_a_known_name() -> None:
    text = page("CENTER FOR\nEURASIAN STUDIES", TITLE.upper(), LEDE)
    metadata = meta(text)
    assert value(metadata.outlet) == "Center for Eurasian Studies"
    assert spanned(text, metadata.outlet) == "CENTER FOR\nEURASIAN STUDIES"
    assert value(metadata.title) == TITLE.upper()


def test_masthead_with_an_unknown_name_is_taken_as_written() -> None:
    metadata = meta(page("HARBOUR\nGAZETTE", TITLE, LEDE))
    assert value(metadata.outlet) == "HARBOUR GAZETTE"


# -- title, credit, url ----------------------------------------------------------------


def test_title_skips_boilerplate_and_date_lines() -> None:
    text = page("Listen Live", "12 March 2021", TITLE, LEDE)
    assert value(meta(text).title) == TITLE


def test_no_title_when_the_page_opens_with_a_sentence() -> None:
    assert meta(page(LEDE, SECOND)).title is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Source: Reuters", "Reuters"),
        ("Kaynak/Source:", ""),
        ("Credit: Harbour Gazette archive", "Harbour Gazette archive"),
        (
            "(Reporting by Mara Quill; Editing by Tom de Vries)",
            "Reporting by Mara Quill; Editing by Tom de Vries",
        ),
    ],
)
def test_credit_lines(line: str, credit: str) -> None:
    text = page(TITLE, LEDE, SECOND, line)
    field = meta(text).credit
    assert value(field) == credit
    assert spanned(text, field) == line


def test_no_credit_line_means_no_credit() -> None:
    assert meta(page(TITLE, LEDE, SECOND)).credit is None


def test_lone_url_line() -> None:
    text = page(TITLE, LEDE, "https://example.org/harbour/pier-to-close")
    assert value(meta(text).url) == "https://example.org/harbour/pier-to-close"


def test_front_matter_wins_and_has_no_span() -> None:
    text = (
        "---\ntitle: Pier Closes\noutlet: Harbour Gazette\npublished: May 25, 2017\n"
        "credit: Council press office\nurl: https://example.org/a\n---\n"
        + page("Other Headline Written Here", "Source: Reuters", LEDE)
    )
    metadata = meta(text)
    assert metadata.title == Field("Pier Closes", None, "front-matter")
    assert metadata.outlet == Field("Harbour Gazette", None, "front-matter")
    assert metadata.published == Field("2017-05-25", None, "front-matter")
    assert metadata.credit == Field("Council press office", None, "front-matter")
    assert metadata.url == Field("https://example.org/a", None, "front-matter")


def test_find_date_forms() -> None:
    assert find_date("on 25th May, 2017 at noon") is not None
    assert find_date("25th May, 2017").iso == "2017-05-25"  # type: ignore[union-attr]
    assert find_date("January 14") is None
    assert find_date("January 14", yearless=True).iso == "--01-14"  # type: ignore[union-attr]
    assert find_date("February 30", yearless=True) is None


# -- the seeds ---------------------------------------------------------------------------


def seed_meta(prefix: str) -> Metadata:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    doc = load([str(path)]).documents[0]
    return read_metadata(doc, find_zones(doc))


def test_seed_000() -> None:
    metadata = seed_meta("000")
    assert value(metadata.published) == "2020-10-30"
    # Radio Sputnik is only mentioned in the story: no outlet is guessed.
    assert metadata.outlet is None
    assert metadata.title is None and metadata.credit is None


def test_seed_001() -> None:
    metadata = seed_meta("001")
    assert value(metadata.outlet) == "Sputnik"
    assert value(metadata.dateline) == "MOSCOW (Sputnik), Anastasia Levchenko —"
    assert value(metadata.byline) == value(metadata.author) == "Anastasia Levchenko"
    assert metadata.published is None  # "On April 1" is in the story
    assert value(metadata.title) == (
        "Russia, EU Working Fruitfully on Anti-Terrorism, Agree on Next Meeting"
    )


def test_seed_002() -> None:
    metadata = seed_meta("002")
    assert value(metadata.published) == "2017-05-25"
    assert value(metadata.outlet) == "EuroNews"
    assert metadata.credit is not None and metadata.credit.value == ""
    assert metadata.credit.span is not None and metadata.credit.span.line == 37
    assert value(metadata.title) == (
        "NATO TO JOIN ANTI-ISIS COALITION, SAYS ALLIANCE CHIEF STOLTENBERG"
    )


def test_seed_003() -> None:
    metadata = seed_meta("003")
    assert metadata.outlet is None and metadata.published is None
    assert value(metadata.title) == (
        "NATO won’t trade Eastern European security for Russia’s help in fighting terrorism"
    )


def test_seed_004() -> None:
    metadata = seed_meta("004")
    assert value(metadata.outlet) == "TASS"
    assert value(metadata.published) == "--01-14"
    assert value(metadata.dateline) == "MOSCOW, January 14. /TASS/."
    assert value(metadata.title) == (
        "US, NATO opposing EU’s efforts to ensure independence with regard to security — Lavrov"
    )


# -- properties --------------------------------------------------------------------------

HEADER_LINES = [
    TITLE,
    LEDE,
    SECOND,
    "09:06 GMT30 October 2020",
    "- 26.05.2017",
    "EuroNews (25 May 2017)",
    "MOSCOW, January 14. /TASS/. ",
    "PORTSMOUTH (Sputnik), Mara Quill — ",
    "By Mara Quill",
    "Kaynak/Source:",
    "Source: Reuters",
    "https://example.org/x",
    "HARBOUR",
    "GAZETTE",
    "Listen Live",
    "Share",
    "---",
    "title: x",
    "",
]


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Pages mixing provenance lines, article lines and arbitrary text."""
    line = st.one_of(
        st.sampled_from(HEADER_LINES),
        st.text(max_size=40),
        st.builds(str.__add__, st.sampled_from(HEADER_LINES), st.text(max_size=20)),
    )
    lines = draw(st.lists(st.tuples(line, st.sampled_from(["\n", "\n\n", "\r\n"])), max_size=20))
    return "".join(text + sep for text, sep in lines)


FIELDS = ("title", "outlet", "published", "dateline", "byline", "credit", "url", "author")


def check_fields(doc: Document, metadata: Metadata) -> None:
    for name in FIELDS:
        field = getattr(metadata, name)
        if field is None:
            continue
        if field.origin == "front-matter":
            assert field.span is None
            continue
        assert field.span is not None
        shown = doc.text[field.span.start : field.span.end]
        assert doc.body_start <= field.span.start <= field.span.end <= len(doc.text)
        if name in ("title", "dateline", "byline", "author", "url"):
            assert " ".join(shown.split()) == field.value


@settings(max_examples=300, deadline=None)
@given(articles())
def test_field_spans_slice_out_their_text(text: str) -> None:
    doc, _ = decode("x.txt", text.encode("utf-8"))
    if doc is None:
        return
    metadata = read_metadata(doc, find_zones(doc))
    check_fields(doc, metadata)
    assert read_metadata(doc, find_zones(doc)) == metadata  # deterministic


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_read_metadata_never_raises_on_arbitrary_text(text: str) -> None:
    doc, _ = decode("x.txt", text.encode("utf-8"))
    if doc is not None:
        check_fields(doc, read_metadata(doc, find_zones(doc)))
