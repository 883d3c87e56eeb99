"""Side-by-side comparison of two articles: shared quotes, people and figures."""

from __future__ import annotations

from dataclasses import dataclass

from provlint.match import match_people, match_quotes, person_titles, quote_score
from provlint.normalise import figure_interval
from provlint.records import Extraction, Figure


@dataclass(frozen=True, slots=True)
class SharedQuote:
    """A quote both articles carry, as each writes it, and how they differ."""

    text_a: str
    line_a: int
    text_b: str
    line_b: int
    speaker_a: str | None
    speaker_b: str | None
    relation: str
    score: float
    diff: str


@dataclass(frozen=True, slots=True)
class SharedPerson:
    """A person both articles name, with the titles each gives them."""

    name_a: str
    name_b: str
    titles_a: tuple[str, ...]
    titles_b: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FigurePair:
    """Two figures counting the same thing, and whether their values can agree."""

    counts: str
    text_a: str
    line_a: int
    text_b: str
    line_b: int
    agree: bool


@dataclass(frozen=True, slots=True)
class Comparison:
    """What two articles have in common and where they differ."""

    file_a: str
    file_b: str
    quotes: tuple[SharedQuote, ...]
    people: tuple[SharedPerson, ...]
    figures: tuple[FigurePair, ...]


def compare(a: Extraction, b: Extraction, threshold: float = 90.0) -> Comparison:
    """Compare two extracted articles."""
    pair = (a, b)
    quotes = []
    for match in sorted(
        match_quotes(pair, min_words=3, threshold=threshold).quote_pairs(),
        key=lambda m: (m.first.index, m.second.index),
    ):
        quote_a = pair[match.first.doc].quotes[match.first.index]
        quote_b = pair[match.second.doc].quotes[match.second.index]
        quotes.append(
            SharedQuote(
                quote_a.text,
                quote_a.span.line,
                quote_b.text,
                quote_b.span.line,
                quote_a.speaker.name if quote_a.speaker else None,
                quote_b.speaker.name if quote_b.speaker else None,
                match.relation,
                round(quote_score(match.first.words, match.second.words), 1),
                match.diff,
            )
        )
    people = []
    for cluster in match_people(pair):
        in_a = [r for r in cluster if r.doc == 0]
        in_b = [r for r in cluster if r.doc == 1]
        if in_a and in_b:
            person_a, person_b = a.people[in_a[0].index], b.people[in_b[0].index]
            people.append(
                SharedPerson(
                    person_a.name, person_b.name, person_titles(person_a), person_titles(person_b)
                )
            )
    return Comparison(
        a.document.id, b.document.id, tuple(quotes), tuple(people), tuple(_figure_pairs(a, b))
    )


def _figure_pairs(a: Extraction, b: Extraction) -> list[FigurePair]:
    """Counted figures with the same counted noun in both articles."""
    pairs = []
    for fig_a in _counted(a):
        for fig_b in _counted(b):
            if fig_a.counts != fig_b.counts or fig_a.unit != fig_b.unit:
                continue
            agree = figure_interval(fig_a.value, fig_a.qualifier).overlaps(  # type: ignore[arg-type]
                figure_interval(fig_b.value, fig_b.qualifier)  # type: ignore[arg-type]
            )
            pairs.append(
                FigurePair(
                    fig_a.counts or "",
                    fig_a.text,
                    fig_a.span.line,
                    fig_b.text,
                    fig_b.span.line,
                    agree,
                )
            )
    return pairs


def _counted(extraction: Extraction) -> list[Figure]:
    return [f for f in extraction.figures if f.counts and f.value is not None and f.unit != "date"]
