"""Boilerplate zones: each kind on small invented pages, the seeds, and span properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provlint.corpus import decode, load
from provlint.extract.zones import find_zones
from provlint.records import Document, Zone
from provlint.suppress import read_directives
from tests.conftest import document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TITLE_LINE = "Harbour Pier to Close for Repairs"

LEDE = (
    "The harbour council voted on Tuesday to close the old ferry pier for repairs, "
    "the council's chair told reporters after the meeting."
)
SECOND = (
    "Repairs are expected to take about four months and will cost the town an estimated "
    "two million euros, according to the council's own figures."
)


doc_of = document


def zones_of(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every zone found in ``text``."""
    return [(zone.kind, zone.text) for zone in find_zones(doc_of(text))]


def kinds_of(text: str) -> list[str]:
    return [kind for kind, _ in zones_of(text)]


def page(*parts: str) -> str:
    """Paragraphs joined the way scraped articles keep them: one per line, blank between."""
    return "\n\n".join(parts) + "\n"


def test_navigation_lines_at_the_top_merge_into_one_zone() -> None:
    text = page("Listen Live\nGet short URL", "All news", "Harbour Pier to Close for Repairs", LEDE)
    assert zones_of(text) == [("navigation", "Listen Live\nGet short URL\n\nAll news")]


def test_site_slogan_is_navigation_though_it_reads_like_a_sentence() -> None:
    slogan = (
        "Get the latest news from around the world, live coverage, off-beat stories, "
        "features and analysis."
    )
    text = page("World\n" + slogan, "Harbour Pier to Close for Repairs", LEDE)
    assert zones_of(text) == [("navigation", "World\n" + slogan)]


def test_share_lines_are_share_zones() -> None:
    text = page("Harbour Pier to Close for Repairs", LEDE, "Share\nTweet\nFollow us on Twitter")
    assert zones_of(text) == [("share", "Share\nTweet\nFollow us on Twitter")]


def test_the_word_share_inside_prose_is_no_zone() -> None:
    prose = "Share prices of the ferry company fell sharply on Tuesday after the council vote."
    assert zones_of(page("Harbour Pier to Close for Repairs", prose, LEDE)) == []


def test_teaser_list_runs_from_its_heading_through_headlines_labels_and_times() -> None:
    teasers = "\n\n".join(
        [
            "Recent Posts",
            "  • Local",
            "Lighthouse keeper retires after forty years on the rock",
            "After four decades of lamps and logbooks, the keeper of the north light…",
            "3 days ago",
            "  • Sport",
            "Rowing club wins regional cup",
            "2 months ago",
        ]
    )
    text = page("Harbour Pier to Close for Repairs", LEDE, SECOND, teasers)
    assert zones_of(text) == [("teaser", teasers)]


def test_teaser_heading_in_the_middle_stops_at_the_next_paragraph() -> None:
    text = page("Harbour Pier to Close for Repairs", LEDE, "Related Post", SECOND)
    assert zones_of(text) == [("teaser", "Related Post")]


def test_read_more_line_is_a_teaser() -> None:
    text = page(TITLE_LINE, LEDE, "Read more: Ferry Fares Rise Again", SECOND)
    assert zones_of(text) == [("teaser", "Read more: Ferry Fares Rise Again")]


def test_repeated_headline_with_a_story_count_is_a_teaser() -> None:
    teaser = "Storm Season on the Coast (42)"
    text = page(teaser, "Harbour Pier to Close for Repairs", LEDE, SECOND, teaser)
    assert zones_of(text) == [("teaser", teaser), ("teaser", teaser)]


def test_title_case_headlines_after_the_story_are_teasers() -> None:
    stray = "Fishing Fleet Returns Early as Storm Warnings Spread Along the Coast"
    text = page("Harbour Pier to Close for Repairs", LEDE, SECOND, stray)
    assert zones_of(text) == [("teaser", stray)]


def test_headline_beside_a_photo_caption_is_a_teaser() -> None:
    caption = "In this March 3, 2021, file photo a ferry leaves the old pier at dawn"
    stray = "Coastal Towns Weigh New Ferry Routes - Minister"
    text = page("Harbour Pier to Close for Repairs", LEDE, caption + "\n" + stray, SECOND)
    assert zones_of(text) == [("photo", caption), ("teaser", stray)]


def test_headline_at_the_top_is_the_title_not_a_teaser() -> None:
    text = page("Harbour Pier to Close for Repairs After Council Vote", LEDE, SECOND)
    assert zones_of(text) == []


def test_repeated_title_is_kept_where_it_heads_the_article() -> None:
    title = "Harbour Pier to Close for Repairs"
    text = page(title, LEDE, SECOND, title)
    zones = find_zones(doc_of(text))
    assert [(z.kind, z.span.line) for z in zones] == [("teaser", 7)]


@pytest.mark.parametrize(
    "credit",
    [
        "© Coastal Press / Mara Quill",
        "(Photo: Mara Quill)",
        "A ferry at the old pier. (AP Photo/Mara Quill)",
        "Photo: Mara Quill for the Harbour Gazette",
        "In this June 2, 2019, file photo gulls circle the harbour at low tide",
    ],
)
def test_photo_credits_and_captions(credit: str) -> None:
    text = page("Harbour Pier to Close for Repairs", credit, LEDE)
    assert zones_of(text) == [("photo", credit)]


def test_caption_signed_by_the_outlet_is_a_photo_zone_but_the_title_is_not() -> None:
    title = "Harbour Pier to Close for Repairs - Sputnik International"
    caption = "Workers inspect the old ferry pier on Monday - Sputnik International"
    text = page(title, caption, LEDE)
    assert zones_of(text) == [("photo", caption)]


def test_keyword_line_after_the_story_is_tags() -> None:
    tags = "harbour, ferry pier, town council, repairs, Mara Quill"
    assert zones_of(page("Harbour Pier to Close for Repairs", LEDE, SECOND, tags)) == [
        ("tags", tags)
    ]


def test_list_sentence_inside_the_story_is_not_tags() -> None:
    listing = "Ferries, fishing boats, yachts, kayaks and tugs will all have to move."
    text = page("Harbour Pier to Close for Repairs", LEDE, listing, SECOND)
    assert zones_of(text) == []


def test_comment_widget_residue_after_the_story() -> None:
    text = page("Harbour Pier to Close for Repairs", LEDE, SECOND) + (
        "Newsfeed\n0\nCommunity standardsDiscussion\nЗагрузка комментариев\n"
    )
    assert zones_of(text) == [
        ("navigation", "Newsfeed"),
        ("widget", "0\nCommunity standardsDiscussion\nЗагрузка комментариев"),
    ]


def test_a_lone_number_inside_the_story_is_no_widget() -> None:
    assert zones_of(page("Harbour Pier to Close for Repairs", LEDE, "42", SECOND)) == []


def test_foreign_script_line_inside_the_story_is_no_widget() -> None:
    quote = "Пирс закрыт"
    assert zones_of(page("Harbour Pier to Close for Repairs", LEDE, quote, SECOND)) == []


def test_masthead_split_over_capital_lines_at_the_top() -> None:
    masthead = "HARBOUR\nGAZETTE\nCOASTAL NEWS"
    text = page(masthead, "PIER TO CLOSE FOR REPAIRS, SAYS COUNCIL CHAIR", LEDE)
    assert zones_of(text) == [("masthead", masthead)]


def test_known_outlet_alone_on_the_first_line_is_a_masthead() -> None:
    text = page("- Sputnik International", "Harbour Pier to Close for Repairs", LEDE)
    assert zones_of(text) == [("masthead", "- Sputnik International")]


def test_capital_subheadings_in_the_middle_are_no_masthead() -> None:
    text = page("Harbour Pier to Close for Repairs", LEDE, "WHAT NEXT\nTHE COSTS", SECOND)
    assert zones_of(text) == []


def test_front_matter_is_never_a_zone() -> None:
    text = "---\ntitle: Share\noutlet: Harbour Gazette\n---\n" + page("Share", LEDE)
    zones = find_zones(doc_of(text))
    assert [(z.kind, z.text, z.span.line) for z in zones] == [("share", "Share", 5)]


def test_short_subheading_beside_boilerplate_stays_article_text() -> None:
    text = page(TITLE_LINE, LEDE, "Share", "What the Council Decided", SECOND)
    assert zones_of(text) == [("share", "Share")]


def test_lines_inside_a_comment_are_never_zones() -> None:
    directive = '<!-- provlint: ignore PV101\nShare\nreason="checked" -->'
    text = page(TITLE_LINE, LEDE, directive, "Tweet", SECOND)
    assert zones_of(text) == [("share", "Tweet")]


def seed_zones(prefix: str) -> list[tuple[str, str]]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    doc = load([str(path)]).documents[0]
    return [(zone.kind, zone.text.split("\n")[0].strip()) for zone in find_zones(doc)]


def test_seed_000_zones() -> None:
    assert seed_zones("000") == [
        ("navigation", "Listen Live"),
        ("teaser", "Deadly Truck Attack in Nice (186)"),
        ("teaser", "Deadly Truck Attack in Nice (186)"),
        (
            "tags",
            '"Holy Alliance", major partner, common front, War on Terror, European '
            "Commission, Europol, Yves Pozzo di Borgo, Jean-Claude Juncker, France",
        ),
        ("widget", "Community standardsDiscussion"),
    ]


def test_seed_000_closing_headlines_join_the_repeated_teaser() -> None:
    path = next(SEEDS.glob("000_*.txt"))
    zone = find_zones(load([str(path)]).documents[0])[2]
    assert zone.text.endswith("Warns of New Attacks")


def test_seed_001_zones() -> None:
    assert seed_zones("001") == [
        ("masthead", "- Sputnik International"),
        ("navigation", "World"),
        (
            "photo",
            "© Sputnik / Igor Zarembo\xa0/\xa0Go to the mediabankFSB officers carry out "
            "a plan of action to secure captured terrorists in a building in anti-terrorism "
            "exercises",
        ),
        ("share", "Subscribe"),
        (
            "photo",
            "In this June 18, 2015,file photo flags wave in front of soldiers who take "
            "positions with their army vehicles during the NATO Noble Jump exercise on a "
            "training range near Swietoszow Zagan, Poland - Sputnik International",
        ),
        ("teaser", "US Military Buildup in Europe Damaging EU-Russia Relations - Envoy"),
        ("navigation", "Newsfeed"),
        ("widget", "0"),
        ("navigation", "To participate in the discussion"),
        ("widget", "Заголовок открываемого материала"),
    ]


def test_seed_002_zones() -> None:
    assert seed_zones("002") == [("masthead", "AVRASYA")]


def test_seed_003_zones() -> None:
    assert seed_zones("003") == [
        ("teaser", "Related Post"),
        ("share", "Share"),
        ("teaser", "Recent Posts"),
    ]


def test_seed_003_teaser_list_runs_to_the_end() -> None:
    path = next(SEEDS.glob("003_*.txt"))
    doc = load([str(path)]).documents[0]
    assert find_zones(doc)[-1].span.end == len(doc.text.rstrip())


def test_seed_004_zones() -> None:
    assert seed_zones("004") == [("navigation", "All news")]


def test_no_seed_paragraph_of_prose_is_a_zone() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        doc = load([str(path)]).documents[0]
        for zone in find_zones(doc):
            if zone.kind == "photo":
                continue
            for line in zone.text.splitlines():
                assert len(line.split()) < 20 or line.rstrip().endswith("…"), (path, line)


MARKER_LINES = [
    "Share",
    "Subscribe",
    "Listen Live",
    "Recent Posts",
    "3 days ago",
    "  • Local",
    "0",
    "© Agency",
    "Community standards",
    "Related",
    "HARBOUR",
    "GAZETTE",
    "a, b, c, d, e",
    "Storm Season (4)",
    "Пирс",
    '<!-- provlint: ignore PV101 reason="x" -->',
    "---",
    "title: x",
    LEDE,
    SECOND,
    "Harbour Pier to Close for Repairs",
    "",
]


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Pages mixing marker lines, article lines and arbitrary text."""
    line = st.one_of(st.sampled_from(MARKER_LINES), st.text(max_size=40))
    separator = st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"])
    lines = draw(st.lists(st.tuples(line, separator), max_size=25))
    return "".join(text + sep for text, sep in lines)


def built(text: str) -> Document | None:
    doc, _ = decode("x.txt", text.encode("utf-8"))
    return doc


@settings(max_examples=300, deadline=None)
@given(articles())
def test_zone_spans_slice_out_their_text_in_order_without_overlap(text: str) -> None:
    doc = built(text)
    if doc is None:
        return
    zones = find_zones(doc)
    previous_end = 0
    for zone in zones:
        assert isinstance(zone, Zone)
        assert doc.text[zone.span.start : zone.span.end] == zone.text
        assert zone.text and zone.text == zone.text.strip()
        assert zone.span.start >= max(previous_end, doc.body_start)
        previous_end = zone.span.end
    for directive in read_directives(doc).zones:
        assert all(
            z.span.end <= directive.span.start or directive.span.end <= z.span.start for z in zones
        )
    assert find_zones(doc) == zones  # deterministic


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_find_zones_never_raises_on_arbitrary_text(text: str) -> None:
    doc = built(text)
    if doc is not None:
        for zone in find_zones(doc):
            assert doc.text[zone.span.start : zone.span.end] == zone.text
