"""PV3xx consistency checks: do articles reporting the same thing agree?

Each finding is made once per pair of articles: its location is in the
article that sorts later, its related location in the other, and its evidence
gives the scorer, score, threshold and both normalised values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from functools import cache, lru_cache
from typing import Any

from provlint.checks.registry import Corpus, corpus_check
from provlint.events import CountedEvent, counted_events
from provlint.match import (
    QUOTE_SCORER,
    PersonRef,
    QuoteMatches,
    QuotePair,
    QuoteRef,
    VariantPair,
    compare_quote_texts,
    match_duplicates,
    match_people,
    match_quotes,
    match_spellings,
    person_refs,
    person_titles,
    quote_score,
    same_given_name,
)
from provlint.normalise import (
    figure_interval,
    normalise_name,
    normalise_quote,
    normalise_title,
    without_suffix,
)
from provlint.records import Extraction, Figure, Hit, Location, Mention, Person, Quote, Span
from provlint.resources import lexicon
from provlint.text import locate


def location(extraction: Extraction, span: Span) -> Location:
    """A related location: where in another article the other version is."""
    return locate(extraction.document.id, extraction.document.text, span)


def _quote_matches(corpus: Corpus, params: Mapping[str, Any]) -> QuoteMatches:
    settings = {
        "min_words": int(params.get("min-words", 5)),
        "threshold": float(params.get("threshold", 90)),
    }
    return corpus.cached("quotes", settings, lambda: match_quotes(corpus.extractions, **settings))


def _earliest_other(matches: QuoteMatches, pair: VariantPair) -> Iterator[QuotePair]:
    """Each quote of either wording against the earliest quote of the other wording before it.

    A quote repeated in a hundred articles gives one finding per later article,
    not one per pair of articles.
    """
    tagged = sorted(
        [(ref.doc, ref.index, 0, ref) for ref in matches.variants[pair.first].refs]
        + [(ref.doc, ref.index, 1, ref) for ref in matches.variants[pair.second].refs]
    )
    earliest: list[QuoteRef | None] = [None, None]
    for _, _, side, ref in tagged:
        other = earliest[1 - side]
        if other is not None and other.doc != ref.doc:
            a, b = (ref, other) if side == 0 else (other, ref)
            yield matches.oriented(pair, a, b)
        if earliest[side] is None:
            earliest[side] = ref


def _relation_hits(corpus: Corpus, params: Mapping[str, Any], relation: str) -> Iterator[Hit]:
    matches = _quote_matches(corpus, params)
    for pair in matches.pairs:
        if pair.relation == relation:
            for quote_pair in _earliest_other(matches, pair):
                yield _quote_hit(corpus, quote_pair, params)


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
    yield from _relation_hits(corpus, params, "altered")


@corpus_check("bracketed-quote-edit")
def bracketed_quote_edit(corpus: Corpus, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The same quote differing only by editorial brackets: shown, not silent."""
    yield from _relation_hits(corpus, params, "bracketed")


def _speaker_conflicts(
    corpus: Corpus, matches: QuoteMatches
) -> Iterator[tuple[QuotePair, dict[QuoteRef, str]]]:
    """Quotes whose speaker differs from the first differently named speaker of the same
    quote, each pair with the two speakers as written.

    Wordings joined by a match form one quote; within it each article is compared
    with the first article of each distinct speaker before it, not with every article.
    """
    parent = list(range(len(matches.variants)))

    def root(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    direct = {}
    for pair in matches.pairs:
        parent[root(pair.second)] = root(pair.first)
        direct[(pair.first, pair.second)] = pair
    groups: dict[int, list[tuple[int, int, int, QuoteRef]]] = {}
    for number, variant in enumerate(matches.variants):
        for ref in variant.refs:
            groups.setdefault(root(number), []).append((ref.doc, ref.index, number, ref))
    named_in_full: dict[tuple[int, str], int | None] = {}
    for key in sorted(groups):
        speakers: dict[str, tuple[str, int, QuoteRef]] = {}
        for _, _, number, ref in sorted(groups[key]):
            name = _speaker_as_written(corpus, ref, named_in_full)
            if name is None:
                continue
            for other_name, other_number, other in speakers.values():
                if (
                    other.doc != ref.doc
                    and not _same_person(other_name, name)
                    and not _unstated(corpus, ref, other)
                ):
                    pair = _between(matches, direct, other_number, other, number, ref)
                    yield pair, {other: other_name, ref: name}
                    break
            speakers.setdefault(normalise_name(name), (name, number, ref))


def _unstated(corpus: Corpus, a: QuoteRef, b: QuoteRef) -> bool:
    """Whether two articles' speakers of one quote differ only in how each was read, not
    in what is written: both carried over from the speech before or resolved from a
    pronoun, or both the same bare surname ("Frost said" and "Frost said", one read
    as Anna and one as Tom Frost)."""
    speaker_a = corpus.extractions[a.doc].quotes[a.index].speaker
    speaker_b = corpus.extractions[b.doc].quotes[b.index].speaker
    if speaker_a is None or speaker_b is None:
        return False
    if speaker_a.via in _INFERRED and speaker_b.via in _INFERRED:
        return True
    written = _bare_name(speaker_a.mention)
    return len(written.split()) == 1 and written == _bare_name(speaker_b.mention)


# A speaker the article does not name at the quote: carried over, or a pronoun resolved.
_INFERRED = frozenset({"continuation", "coreference"})


def _speaker_as_written(
    corpus: Corpus, ref: QuoteRef, named_in_full: dict[tuple[int, str], int | None]
) -> str | None:
    """The quote's speaker as far as its article says: the resolved name, or the
    mention itself when the article gives that name only later.

    "Marsh said …" above "Carl Marsh said …" is resolved to Carl Marsh, a guess the
    text does not make: compared with another article's "Ida Marsh" it is the
    surname "Marsh", which fits her too.
    """
    extraction = corpus.extractions[ref.doc]
    speaker = extraction.quotes[ref.index].speaker
    if speaker is None or not speaker.name or speaker.via == "model":
        return None  # a model's reading is a guess, not what the article says
    if len(_bare_name(speaker.mention).split()) != 1 or not _same_person(
        speaker.mention, speaker.name
    ):
        return speaker.name  # a pronoun, a description or the full name: as resolved
    key = (ref.doc, speaker.name)
    if key not in named_in_full:
        named_in_full[key] = _first_named_in_full(extraction.people, speaker.name)
    first = named_in_full[key]
    return speaker.mention if first is not None and first > speaker.span.start else speaker.name


def _first_named_in_full(people: Sequence[Person], name: str) -> int | None:
    """Where an article first writes ``name`` in full, if it does: asked once per
    article and name, not once per quote, as a long transcript has thousands."""
    for person in people:
        if person.name == name:
            return min(
                (
                    m.span.start
                    for m in person.mentions
                    if len(_bare_name(m.text).split()) > 1 and _same_person(m.text, person.name)
                ),
                default=None,
            )
    return None


def _between(
    matches: QuoteMatches,
    direct: dict[tuple[int, int], VariantPair],
    number_a: int,
    a: QuoteRef,
    number_b: int,
    b: QuoteRef,
) -> QuotePair:
    """The pair of quotes a (earlier) and b, with the score and difference of their wordings."""
    if number_a == number_b:
        return QuotePair(a, b, 100.0, "same", "")
    pair = direct.get((min(number_a, number_b), max(number_a, number_b)))
    if pair is not None:
        first, second = (a, b) if number_a == pair.first else (b, a)
        return matches.oriented(pair, first, second)
    # Joined only through other wordings: compare these two directly.
    text_a, text_b = matches.variants[number_a].text, matches.variants[number_b].text
    relation, diff = compare_quote_texts(text_a, text_b)
    return QuotePair(a, b, quote_score(a.words, b.words), relation, diff)


@corpus_check("quote-speaker-mismatch")
def quote_speaker_mismatch(corpus: Corpus, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The same quote attributed to two different, resolved speakers."""
    for pair, names in _speaker_conflicts(corpus, _quote_matches(corpus, params)):
        quote_a = corpus.extractions[pair.first.doc].quotes[pair.first.index]
        quote_b = corpus.extractions[pair.second.doc].quotes[pair.second.index]
        name_a, name_b = names[pair.first], names[pair.second]
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
    key_a, key_b = _bare_name(a), _bare_name(b)
    if key_a == key_b:
        return True
    # "Lavrov" and "Sergey Lavrov": a surname-only speaker matches the full name.
    short, long = sorted((key_a.split(), key_b.split()), key=len)
    if short and long[-len(short) :] == short:
        return True
    # "Ida K. Marsh" and "Ida Marsh": same surname, same first name or initial.
    return bool(short) and short[-1] == long[-1] and same_given_name(short[0], long[0])


def _bare_name(name: str) -> str:
    """A name's comparison key without the titles and honorifics before it ("Mr. Marsh")
    or a suffix after it ("Lindqvist Jr.")."""
    words = without_suffix(normalise_name(name).split())
    while len(words) > 1 and words[0] in _title_words():
        words.pop(0)
    return " ".join(words)


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


# Title words that each say one facet of an office, its chamber or its side: two titles
# naming different facets ("House Democratic Leader", "Minority Leader") can be one office.
_FACETS = (frozenset({"house", "senate"}), frozenset({"majority", "minority"}))

# Forms of address: "Mr." or "Dr." names no office, so it conflicts with none.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "madam", "madame", "dame"})


def role_words(title: str) -> frozenset[str]:
    """The words of a title that say what the office is ("deputy", "secretary", "general")."""
    words = normalise_title(title).split()
    return frozenset(
        w for w in words if w in _title_words() and w not in _TIMING and w not in _HONORIFICS
    )


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
    shared = words_a & words_b
    only_a, only_b = words_a - shared, words_b - shared
    if shared and only_a and only_b:
        # One office, two portfolios ("Foreign Minister", "Defence Minister"), unless
        # each title only adds a facet the other leaves open.
        return _other_facets(only_a, only_b)
    joined_a, joined_b = normalise_title(a), normalise_title(b)
    for head, synonyms in _role_synonyms().items():
        if head in words_a and any(s in joined_b for s in synonyms):
            return True
        if head in words_b and any(s in joined_a for s in synonyms):
            return True
    return False


def _other_facets(only_a: frozenset[str], only_b: frozenset[str]) -> bool:
    """Whether the words only each title has are facets the other title does not name."""
    for words in (only_a, only_b):
        if not all(any(word in facet for facet in _FACETS) for word in words):
            return False
    return not any(facet & only_a and facet & only_b for facet in _FACETS)


def _person_refs(corpus: Corpus) -> list[PersonRef]:
    """Every article's people by normalised name, computed once for the checks that need them."""
    return corpus.cached("person-refs", {}, lambda: person_refs(corpus.extractions))


def _published(extraction: Extraction) -> date | None:
    published = extraction.metadata.published
    if published is None:
        return None
    try:
        return date.fromisoformat(published.value[:10])
    except ValueError:
        return None


def _titled_mentions(extraction: Extraction, ref: PersonRef) -> list[tuple[Mention, str]]:
    """The mentions of a person with a title that names a present office."""
    person = extraction.people[ref.index]
    return [(m, t) for m in person.mentions for t in m.titles if office_title(t)]


@lru_cache(maxsize=1 << 16)
def office_title(title: str) -> bool:
    """Whether a title names an office held now, so that two of them can conflict.

    "Gov." and "Secretary of State" do; "former governor" and "then-Gov." speak of
    the past, "nominee" and "attorney" of a status or a trade that goes with any
    office, and a long description ("the harbour master's longtime deputy") is
    not a title at all.
    """
    words = normalise_title(title).split()
    if not words or len(words) > 5 or any(w in _TIMING or w in ("and", "s") for w in words):
        return False
    return any(w in _offices() for w in words)


@cache
def _offices() -> frozenset[str]:
    return frozenset(normalise_title(w) for w in lexicon("people")["offices"])


@corpus_check("person-title-conflict")
def person_title_conflict(corpus: Corpus, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The same person given titles that cannot both be right at the same time.

    Each article is reported once, against the earliest article whose titles for the
    person conflict with its own. Articles are compared through the distinct title
    sets seen so far, not pair by pair, so a person named in thousands of articles
    costs thousands of steps, not millions.
    """
    min_days = int(params.get("min-days-apart", 180))
    clusters = corpus.cached(
        "people", {}, lambda: match_people(corpus.extractions, _person_refs(corpus))
    )
    for cluster in clusters:
        seen: dict[frozenset[str], list[PersonRef]] = {}
        for ref in sorted(cluster, key=lambda r: (r.doc, r.index)):
            extraction = corpus.extractions[ref.doc]
            titled = _titled_mentions(extraction, ref)
            if not titled:
                continue
            signature = frozenset(normalise_title(title) for _, title in titled)
            other = _conflicting(corpus, seen, signature, ref, min_days)
            holders = seen.setdefault(signature, [])
            if len(holders) < _HOLDERS_KEPT:
                holders.append(ref)
            if other is not None:
                yield _title_hit(corpus, other, ref)


# Articles remembered per distinct title set: enough to find one within the date window.
_HOLDERS_KEPT = 16


def _conflicting(
    corpus: Corpus,
    seen: dict[frozenset[str], list[PersonRef]],
    signature: frozenset[str],
    ref: PersonRef,
    min_days: int,
) -> PersonRef | None:
    """The earliest earlier mention, in another article, whose titles conflict with these."""
    day = _published(corpus.extractions[ref.doc])
    found: PersonRef | None = None
    for other_signature, holders in seen.items():
        if not _signatures_conflict(signature, other_signature):
            continue
        for holder in holders:
            if holder.doc == ref.doc:
                continue
            other_day = _published(corpus.extractions[holder.doc])
            if day and other_day and abs((day - other_day).days) >= min_days:
                continue  # an office can change between articles published far apart
            if found is None or (holder.doc, holder.index) < (found.doc, found.index):
                found = holder
            break
    return found


@cache
def _signatures_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """The same office named differently and no title of one set agrees with the other.

    "Deputy Foreign Minister" and "Foreign Minister" conflict; "President" and
    "Gov." name two offices one person may hold in turn, so they are not compared.
    """
    offices_a = {w for x in a for w in x.split() if w in _offices()}
    offices_b = {w for y in b for w in y.split() if w in _offices()}
    if not offices_a & offices_b:
        return False
    return not any(titles_compatible(x, y) for x in a for y in b)


def _title_hit(corpus: Corpus, ref_a: PersonRef, ref_b: PersonRef) -> Hit:
    first, second = corpus.extractions[ref_a.doc], corpus.extractions[ref_b.doc]
    mention_a, title_a = _titled_mentions(first, ref_a)[0]
    mention_b, title_b = _titled_mentions(second, ref_b)[0]
    name = second.people[ref_b.index].name
    return Hit(
        mention_b.span,
        {"name": name, "title": title_b, "other_title": title_a, "other": first.document.id},
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
        lambda: match_spellings(corpus.extractions, threshold, _person_refs(corpus)),
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
        lambda: match_duplicates(corpus.extractions, threshold, sketches=corpus.sketches),
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


def _event_groups(
    corpus: Corpus, key: Callable[[CountedEvent], tuple[Any, ...] | None]
) -> list[list[CountedEvent]]:
    """Counted events blocked by outcome, one shared place and ``key``, in document order.

    An event with several places joins one group per place; the checks below
    report each pair of articles once.
    """
    events = corpus.cached("events", {}, lambda: counted_events(corpus.extractions))
    groups: dict[tuple[Any, ...], list[CountedEvent]] = {}
    for event in events:
        extra = key(event)
        if extra is None:
            continue
        for place in sorted(event.places):
            groups.setdefault((event.outcome, place, *extra), []).append(event)
    return [sorted(groups[k], key=lambda e: (e.doc, e.figure)) for k in sorted(groups)]


@corpus_check("conflicting-figures")
def conflicting_figures(corpus: Corpus, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The same counted outcome of the same event given values that cannot both be true.

    The same event means the same outcome at a shared place on the same date: an
    undated toll cannot be tied to one event, and two attacks in one city are not
    one attack. Each event is compared with the first event of each distinct figure
    before it, so a much-reported event costs a step per article.
    """
    tolerance = float(params.get("about-tolerance", 0.1))
    reported: set[tuple[int, int]] = set()
    for group in _event_groups(corpus, lambda e: (e.day,) if e.day else None):
        firsts: dict[tuple[float, str | None], CountedEvent] = {}
        for event in group:
            figure = corpus.extractions[event.doc].figures[event.figure]
            for first in firsts.values():
                if first.doc == event.doc or (first.doc, event.doc) in reported:
                    continue
                other = corpus.extractions[first.doc].figures[first.figure]
                interval = figure_interval(figure.value, figure.qualifier, tolerance)  # type: ignore[arg-type]
                other_interval = figure_interval(other.value, other.qualifier, tolerance)  # type: ignore[arg-type]
                if interval.overlaps(other_interval):
                    continue
                reported.add((first.doc, event.doc))
                yield _figure_hit(corpus, first, event, tolerance)
                break
            firsts.setdefault((figure.value, figure.qualifier), event)  # type: ignore[arg-type]


def _figure_hit(corpus: Corpus, first: CountedEvent, second: CountedEvent, tolerance: float) -> Hit:
    other = corpus.extractions[first.doc]
    fig_a = other.figures[first.figure]
    fig_b = corpus.extractions[second.doc].figures[second.figure]
    places = sorted(first.places & second.places)
    return Hit(
        fig_b.span,
        {
            "outcome": second.outcome,
            "figure": fig_b.text,
            "other_figure": fig_a.text,
            "other": other.document.id,
        },
        key=f"{second.outcome}|{places}|{fig_a.text}|{fig_b.text}",
        related=(location(other, fig_a.span),),
        evidence={
            "scorer": "qualified-interval overlap",
            "threshold": tolerance,
            "value": f"{fig_b.qualifier} {fig_b.value:g}",
            "other_value": f"{fig_a.qualifier} {fig_a.value:g}",
            "places": places,
            "date": second.day or first.day,
        },
        file=corpus.extractions[second.doc].document.id,
    )


def _exact_figure(corpus: Corpus, event: CountedEvent) -> tuple[Any, ...] | None:
    """An event's figure as a blocking key; undated events have no date to disagree on."""
    if not event.day:
        return None
    figure = corpus.extractions[event.doc].figures[event.figure]
    return (figure.value, figure.qualifier or "")


@corpus_check("conflicting-event-date")
def conflicting_event_date(corpus: Corpus, params: Mapping[str, Any]) -> Iterator[Hit]:
    """The same event (outcome, place and an agreeing figure) dated differently."""
    reported: set[tuple[int, int]] = set()
    for group in _event_groups(corpus, lambda e: _exact_figure(corpus, e)):
        firsts: dict[str, CountedEvent] = {}
        for event in group:
            for day, first in firsts.items():
                if day == event.day or first.doc == event.doc:
                    continue
                if (first.doc, event.doc) in reported:
                    break
                reported.add((first.doc, event.doc))
                yield _date_hit(corpus, first, event)
                break
            firsts.setdefault(event.day, event)  # type: ignore[arg-type]


def _shown_date(figure: Figure) -> str:
    """A date as written, with the day it was read as when the words alone do not say
    it: "Thursday (2016-03-03)" against another article's "Thursday (2016-02-11)"."""
    if figure.date and not any(character.isdigit() for character in figure.text):
        return f"{figure.text} ({figure.date})"
    return figure.text


def _date_hit(corpus: Corpus, first: CountedEvent, second: CountedEvent) -> Hit:
    extract_a, extract_b = corpus.extractions[first.doc], corpus.extractions[second.doc]
    fig_b = extract_b.figures[second.figure]
    date_a = extract_a.figures[first.day_figure]  # type: ignore[index]
    date_b = extract_b.figures[second.day_figure]  # type: ignore[index]
    places = sorted(first.places & second.places)
    return Hit(
        date_b.span,
        {
            "outcome": first.outcome,
            "date": _shown_date(date_b),
            "other_date": _shown_date(date_a),
            "other": extract_a.document.id,
        },
        key=f"{first.outcome}|{places}|{first.day}|{second.day}",
        related=(location(extract_a, date_a.span),),
        evidence={
            "scorer": "same outcome, place and figure",
            "value": second.day,
            "other_value": first.day,
            "places": places,
            "figure": fig_b.text,
        },
        file=extract_b.document.id,
    )
