"""PV3xx consistency checks: do articles reporting the same thing agree?

Each finding is made once per pair of articles: its location is in the
article that sorts later, its related location in the other, and its evidence
gives the scorer, score, threshold and both normalised values.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from functools import cache
from itertools import combinations
from typing import Any

from provlint.checks.registry import Corpus, corpus_check
from provlint.events import CountedEvent, counted_events
from provlint.match import (
    QUOTE_SCORER,
    PersonRef,
    QuotePair,
    match_duplicates,
    match_people,
    match_quotes,
    match_spellings,
    person_titles,
)
from provlint.normalise import figure_interval, normalise_name, normalise_quote, normalise_title
from provlint.records import Extraction, Hit, Location, Mention, Quote, Span
from provlint.resources import lexicon
from provlint.text import locate


def location(extraction: Extraction, span: Span) -> Location:
    """A related location: where in another article the other version is."""
    return locate(extraction.document.id, extraction.document.text, span)


def _quote_pairs(corpus: Corpus, params: Mapping[str, Any]) -> list[QuotePair]:
    settings = {
        "min_words": int(params.get("min-words", 5)),
        "threshold": float(params.get("threshold", 90)),
    }
    return corpus.cached("quotes", settings, lambda: match_quotes(corpus.extractions, **settings))


def _quote_hit(corpus: Corpus, pair: QuotePair, params: Mapping[str, Any], **values: Any) -> Hit:
    first = corpus.extractions[pair.first.doc]
    second = corpus.extractions[pair.second.doc]
    quote_a: Quote = first.quotes[pair.first.index]
    quote_b: Quote = second.quotes[pair.second.index]
    evidence = {
        "scorer": QUOTE_SCORER,
        "score": round(pair.score, 1),
        "threshold": float(params.get("threshold", 90)),
        "value": normalise_quote(quote_b.text),
        "other_value": normalise_quote(quote_a.text),
    }
    if pair.diff:
        evidence["diff"] = pair.diff
    return Hit(
        quote_b.span,
        {"other": first.document.id, "diff": pair.diff, **values},
        key=f"{normalise_quote(quote_a.text)}|{normalise_quote(quote_b.text)}",
        related=(location(first, quote_a.span),),
        evidence=evidence,
        file=second.document.id,
    )


@corpus_check("altered-quote")
def altered_quote(corpus: Corpus, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The same quote with words changed, added or dropped inside the marks."""
    for pair in _quote_pairs(corpus, params):
        if pair.relation == "altered":
            yield _quote_hit(corpus, pair, params)


@corpus_check("bracketed-quote-edit")
def bracketed_quote_edit(corpus: Corpus, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The same quote differing only by editorial brackets: shown, not silent."""
    for pair in _quote_pairs(corpus, params):
        if pair.relation == "bracketed":
            yield _quote_hit(corpus, pair, params)


@corpus_check("quote-speaker-mismatch")
def quote_speaker_mismatch(corpus: Corpus, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The same quote attributed to two different, resolved speakers."""
    for pair in _quote_pairs(corpus, params):
        quote_a = corpus.extractions[pair.first.doc].quotes[pair.first.index]
        quote_b = corpus.extractions[pair.second.doc].quotes[pair.second.index]
        name_a = quote_a.speaker.name if quote_a.speaker else None
        name_b = quote_b.speaker.name if quote_b.speaker else None
        if not name_a or not name_b or _same_person(name_a, name_b):
            continue
        hit = _quote_hit(corpus, pair, params, speaker=name_b, other_speaker=name_a)
        speaker_b = quote_b.speaker
        assert speaker_b is not None
        yield Hit(
            speaker_b.span,
            hit.values,
            key=f"{hit.key}|{normalise_name(name_a)}|{normalise_name(name_b)}",
            related=(location(corpus.extractions[pair.first.doc], quote_a.speaker.span),)  # type: ignore[union-attr]
            + hit.related,
            evidence={**hit.evidence, "speaker": name_b, "other_speaker": name_a},
            file=hit.file,
        )


def _same_person(a: str, b: str) -> bool:
    key_a, key_b = normalise_name(a), normalise_name(b)
    if key_a == key_b:
        return True
    # "Lavrov" and "Sergey Lavrov": a surname-only speaker matches the full name.
    short, long = sorted((key_a.split(), key_b.split()), key=len)
    return bool(short) and long[-len(short) :] == short


@cache
def _role_synonyms() -> dict[str, frozenset[str]]:
    roles = lexicon("people")["roles"]
    return {
        head: frozenset(normalise_title(v) for v in values) | {head}
        for head, values in roles.items()
    }


@cache
def _title_words() -> frozenset[str]:
    return frozenset(normalise_title(w) for w in lexicon("people")["titles"])


# Words that make a title a different office from the same title without them.
_RANKS = frozenset({"deputy", "vice", "assistant", "under", "associate"})
# Words that say when, not what: "former", "acting" do not change the office.
_TIMING = frozenset({"former", "acting", "then", "ex", "incumbent", "designate", "elect"})


def role_words(title: str) -> frozenset[str]:
    """The words of a title that say what the office is ("deputy", "secretary", "general")."""
    words = normalise_title(title).split()
    return frozenset(w for w in words if w in _title_words() and w not in _TIMING)


def titles_compatible(a: str, b: str) -> bool:
    """Whether two titles can describe the same office.

    "NATO Secretary General" and "secretary-general" agree (one says more),
    "alliance chief" agrees through the role lexicon; "Deputy Secretary
    General" and "Secretary General" do not.
    """
    words_a, words_b = role_words(a), role_words(b)
    if (words_a & _RANKS) != (words_b & _RANKS):
        return False  # a deputy is not the office holder
    if not words_a or not words_b or words_a <= words_b or words_b <= words_a:
        return True
    joined_a, joined_b = normalise_title(a), normalise_title(b)
    for head, synonyms in _role_synonyms().items():
        if head in words_a and any(s in joined_b for s in synonyms):
            return True
        if head in words_b and any(s in joined_a for s in synonyms):
            return True
    return False


def _published(extraction: Extraction) -> date | None:
    published = extraction.metadata.published
    if published is None:
        return None
    try:
        return date.fromisoformat(published.value[:10])
    except ValueError:
        return None


def _titled_mentions(extraction: Extraction, ref: PersonRef) -> list[tuple[Mention, str]]:
    person = extraction.people[ref.index]
    return [(m, t) for m in person.mentions for t in m.titles]


@corpus_check("person-title-conflict")
def person_title_conflict(corpus: Corpus, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The same person given titles that cannot both be right at the same time."""
    min_days = int(params.get("min-days-apart", 180))
    clusters = corpus.cached("people", {}, lambda: match_people(corpus.extractions))
    for cluster in clusters:
        for ref_a, ref_b in combinations(sorted(cluster, key=lambda r: (r.doc, r.index)), 2):
            if ref_a.doc == ref_b.doc:
                continue
            first, second = corpus.extractions[ref_a.doc], corpus.extractions[ref_b.doc]
            titled_a, titled_b = _titled_mentions(first, ref_a), _titled_mentions(second, ref_b)
            if not titled_a or not titled_b:
                continue
            if any(titles_compatible(ta, tb) for _, ta in titled_a for _, tb in titled_b):
                continue
            day_a, day_b = _published(first), _published(second)
            if day_a and day_b and abs((day_a - day_b).days) >= min_days:
                continue  # an office can change between articles published far apart
            mention_a, title_a = titled_a[0]
            mention_b, title_b = titled_b[0]
            name = second.people[ref_b.index].name
            yield Hit(
                mention_b.span,
                {
                    "name": name,
                    "title": title_b,
                    "other_title": title_a,
                    "other": first.document.id,
                },
                key=f"{ref_b.key}|{normalise_title(title_a)}|{normalise_title(title_b)}",
                related=(location(first, mention_a.span),),
                evidence={
                    "scorer": "title-role-words",
                    "value": normalise_title(title_b),
                    "other_value": normalise_title(title_a),
                    "titles": list(person_titles(second.people[ref_b.index])),
                    "other_titles": list(person_titles(first.people[ref_a.index])),
                },
                file=second.document.id,
            )


@corpus_check("name-spelling-variant")
def name_spelling_variant(corpus: Corpus, params: Mapping[str, Any]) -> Iterator[Hit]:
    """One person's surname spelled two ways in two articles."""
    threshold = float(params.get("threshold", 0.9))
    pairs = corpus.cached(
        "spellings",
        {"threshold": threshold},
        lambda: match_spellings(corpus.extractions, threshold),
    )
    for pair in pairs:
        first, second = corpus.extractions[pair.first.doc], corpus.extractions[pair.second.doc]
        person_a, person_b = first.people[pair.first.index], second.people[pair.second.index]
        yield Hit(
            person_b.mentions[0].span,
            {"name": person_b.name, "other_name": person_a.name, "other": first.document.id},
            key=f"{pair.first.key}|{pair.second.key}",
            related=(location(first, person_a.mentions[0].span),),
            evidence={
                "scorer": "rapidfuzz.distance.JaroWinkler",
                "score": round(pair.score, 3),
                "threshold": threshold,
                "value": pair.second.key,
                "other_value": pair.first.key,
            },
            file=second.document.id,
        )


@corpus_check("near-duplicate-article")
def near_duplicate_article(corpus: Corpus, params: Mapping[str, Any]) -> Iterator[Hit]:
    """One article republished with changes: reported once, on the later of the pair."""
    threshold = float(params.get("threshold", 0.5))
    pairs = corpus.cached(
        "duplicates",
        {"threshold": threshold},
        lambda: match_duplicates(corpus.extractions, threshold),
    )
    for pair in pairs:
        first, second = corpus.extractions[pair.first], corpus.extractions[pair.second]
        yield Hit(
            None,
            {"other": first.document.id, "share": f"{pair.score:.0%}"},
            key=f"duplicate|{first.document.id}",
            related=(Location(first.document.id, 0, 0, 1, 1, 1, 1, ""),),
            evidence={
                "scorer": "jaccard(5-word shingles)",
                "score": pair.score,
                "threshold": threshold,
            },
            file=second.document.id,
        )


@corpus_check("conflicting-figures")
def conflicting_figures(corpus: Corpus, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The same counted outcome of the same event given values that cannot both be true."""
    tolerance = float(params.get("about-tolerance", 0.1))
    events = corpus.cached("events", {}, lambda: counted_events(corpus.extractions))
    by_outcome: dict[str, list[CountedEvent]] = {}
    for event in events:
        by_outcome.setdefault(event.outcome, []).append(event)
    for outcome, group in sorted(by_outcome.items()):
        for a, b in combinations(group, 2):
            if a.doc == b.doc or not (a.places & b.places):
                continue
            if a.day and b.day and a.day != b.day:
                continue
            first, second = (a, b) if a.doc < b.doc else (b, a)
            fig_a = corpus.extractions[first.doc].figures[first.figure]
            fig_b = corpus.extractions[second.doc].figures[second.figure]
            interval_a = figure_interval(fig_a.value, fig_a.qualifier, tolerance)  # type: ignore[arg-type]
            interval_b = figure_interval(fig_b.value, fig_b.qualifier, tolerance)  # type: ignore[arg-type]
            if interval_a.overlaps(interval_b):
                continue
            other = corpus.extractions[first.doc]
            yield Hit(
                fig_b.span,
                {
                    "outcome": outcome,
                    "figure": fig_b.text,
                    "other_figure": fig_a.text,
                    "other": other.document.id,
                },
                key=f"{outcome}|{sorted(first.places & second.places)}|{fig_a.text}|{fig_b.text}",
                related=(location(other, fig_a.span),),
                evidence={
                    "scorer": "qualified-interval overlap",
                    "threshold": tolerance,
                    "value": f"{fig_b.qualifier} {fig_b.value:g}",
                    "other_value": f"{fig_a.qualifier} {fig_a.value:g}",
                    "places": sorted(first.places & second.places),
                    "date": second.day or first.day,
                },
                file=corpus.extractions[second.doc].document.id,
            )


def _event_pairs(corpus: Corpus) -> Iterator[tuple[CountedEvent, CountedEvent]]:
    """Pairs of counted events in different articles: same outcome, a shared place."""
    events = corpus.cached("events", {}, lambda: counted_events(corpus.extractions))
    by_outcome: dict[str, list[CountedEvent]] = {}
    for event in events:
        by_outcome.setdefault(event.outcome, []).append(event)
    for _, group in sorted(by_outcome.items()):
        for a, b in combinations(group, 2):
            if a.doc != b.doc and a.places & b.places:
                yield (a, b) if a.doc < b.doc else (b, a)


@corpus_check("conflicting-event-date")
def conflicting_event_date(corpus: Corpus, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The same event (outcome, place and an agreeing figure) dated differently."""
    reported: set[tuple[int, int]] = set()
    for first, second in _event_pairs(corpus):
        if not (first.day and second.day) or first.day == second.day:
            continue
        if (first.doc, second.doc) in reported:
            continue
        extract_a, extract_b = corpus.extractions[first.doc], corpus.extractions[second.doc]
        fig_a, fig_b = extract_a.figures[first.figure], extract_b.figures[second.figure]
        if fig_a.value != fig_b.value or fig_a.qualifier != fig_b.qualifier:
            continue  # only a figure that agrees exactly makes it the same event
        date_a = extract_a.figures[first.day_figure]  # type: ignore[index]
        date_b = extract_b.figures[second.day_figure]  # type: ignore[index]
        reported.add((first.doc, second.doc))
        yield Hit(
            date_b.span,
            {
                "outcome": first.outcome,
                "date": date_b.text,
                "other_date": date_a.text,
                "other": extract_a.document.id,
            },
            key=f"{first.outcome}|{sorted(first.places & second.places)}|{first.day}|{second.day}",
            related=(location(extract_a, date_a.span),),
            evidence={
                "scorer": "same outcome, place and figure",
                "value": second.day,
                "other_value": first.day,
                "places": sorted(first.places & second.places),
                "figure": fig_b.text,
            },
            file=extract_b.document.id,
        )
