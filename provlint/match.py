"""Cross-article matching: which quotes, people and articles are the same.

Pairs are never enumerated: each item is indexed under a few keys (rare word
shingles for quotes, surname for people, the smallest shingle hashes for
whole articles) and only items sharing a key are compared, so cost grows with
the corpus, not its square. rapidfuzz verifies each candidate pair. Every
result is sorted, so clusters do not depend on the order files were given in.
"""

from __future__ import annotations

import difflib
import zlib
from array import array
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, combinations, repeat
from typing import NamedTuple

from rapidfuzz.distance import JaroWinkler, LCSseq

from provlint.collector import collector_paused
from provlint.events import counted_events
from provlint.normalise import editorial_brackets, normalise_name, quote_words, surname, words_of
from provlint.records import Extraction, Person, Quote

_ELLIPSIS_MARKS = ("…", "...", "(…)", "[…]", "[...]")


class QuoteRef(NamedTuple):
    """A quote of one article, with its comparison words.

    A named tuple rather than a dataclass: one is made for every quote of the
    corpus on each run, and a tuple is built several times faster.
    """

    doc: int
    index: int
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QuotePair:
    """Two quotes judged to be the same quote, and how they differ.

    ``relation`` is "same" (identical, or one an excerpt of the other),
    "bracketed" (differences only inside editorial brackets) or "altered".
    """

    first: QuoteRef
    second: QuoteRef
    score: float
    relation: str
    diff: str


def quote_refs(extractions: Sequence[Extraction], min_words: int) -> list[QuoteRef]:
    """The quotes worth comparing: quoted words of some length, outside boilerplate."""
    refs = []
    for doc, extraction in enumerate(extractions):
        for index, quote in enumerate(extraction.quotes):
            if not _compared(quote):
                continue
            words = quote_words(quote.text)
            if len(words) >= min_words:
                refs.append(QuoteRef(doc, index, words))
    return refs


def _compared(quote: Quote) -> bool:
    """Quoted words outside boilerplate: what the cross-article checks compare."""
    return quote.kind != "indirect" and not quote.in_zone


def _shingles(words: tuple[str, ...], size: int) -> list[str]:
    """The runs of ``size`` words of a quote, joined: a string key hashes once.

    A list, repeats and all: `candidate_pairs` counts a repeated key once anyway,
    and a set per quote took as long as the joining (2,902 quotes: 12.5 ms against 6.6).
    """
    if len(words) < size:
        return [" ".join(words)]
    # The shorter tails end each run. Size 3, which every caller asks for, is written
    # out: no slices made in a loop (2,902 quotes: 15.3-17.1 ms against 18.8-20.2).
    if size == 3:
        runs = zip(words, words[1:], words[2:], strict=False)
    else:
        runs = zip(*[words[i:] for i in range(size)], strict=False)
    return list(map(" ".join, runs))


def candidate_pairs(
    keys_by_item: Sequence[Iterable[object]],
    max_postings: int,
    weights: Sequence[int] | None = None,
    min_shared: int = 1,
) -> list[tuple[int, int]]:
    """Pairs of items (a < b) that share at least ``min_shared`` keys, in order.

    A key held by more than ``max_postings`` items (each counted ``weights``
    times) is too common to tell anything (a stock phrase) and is skipped;
    this bounds the work per key. A key listed twice by one item counts once.
    """
    held, postings = _postings(keys_by_item, max_postings, weights)
    listed = sum(len(items) * (len(items) - 1) for items in postings.values()) // 2
    if listed <= _FEW_PAIRS_PER_ITEM * len(held):
        return _pairs_by_key(postings.values(), min_shared)
    return _pairs_by_item(held, postings, min_shared)


def _postings(
    keys_by_item: Sequence[Iterable[object]], max_postings: int, weights: Sequence[int] | None
) -> tuple[list[set[object]], dict[object, list[int]]]:
    """Each item's keys that another item holds too, and the items of each key not too common."""
    # Most keys belong to one item; counting them first (in C) keeps them out of
    # the postings, which then hold only the keys that can pair anything.
    counts = Counter(chain.from_iterable(keys_by_item))
    repeated = {key for key, count in counts.items() if count > 1}
    held = [repeated.intersection(keys) for keys in keys_by_item]
    postings: dict[object, list[int]] = defaultdict(list)
    for item, keys in enumerate(held):
        for key in keys:
            postings[key].append(item)  # items in increasing order
    usable = {
        key: items
        for key, items in postings.items()
        if (sum(map(weights.__getitem__, items)) if weights else len(items)) <= max_postings
    }
    return held, usable


# Below this many pairs listed by the postings per item, `_pairs_by_key` is the faster
# (random keys, 5,000 items: a third of the time at 11 pairs per item, the same at
# about 28 to 56, twice as long at 180).
_FEW_PAIRS_PER_ITEM = 16


def _pairs_by_key(postings: Iterable[list[int]], min_shared: int) -> list[tuple[int, int]]:
    """Every pair of every posting, counted at once (in C): short postings list few pairs.

    Matching 20,000 quotes lists 10 pairs per wording: 3.6 ms against 11.5 for
    `_pairs_by_item`, which pays for each item whether it pairs or not.
    """
    shared = Counter(chain.from_iterable(map(combinations, postings, repeat(2))))
    return sorted(pair for pair, count in shared.items() if count >= min_shared)


def _pairs_by_item(
    held: Sequence[Iterable[object]], postings: dict[object, list[int]], min_shared: int
) -> list[tuple[int, int]]:
    """The pairs item by item: long postings list too many pairs to count each as a tuple."""
    pairs: list[tuple[int, int]] = []
    for item, keys in enumerate(held):
        pairs.extend(zip(repeat(item), _partners_after(item, keys, postings, min_shared)))
    return pairs


def _partners_after(
    item: int, keys: Iterable[object], postings: dict[object, list[int]], min_shared: int
) -> list[int]:
    """The items after ``item`` holding at least ``min_shared`` of its ``keys``, in order.

    One count over the later part of each of its keys' postings, in C, gives each
    other item's number of shared keys: counting pair tuples key by key took twice
    as long (the near-duplicate check's candidates on 20,000 articles: 1.1 s).
    """
    later = [postings[key][bisect_right(postings[key], item) :] for key in keys if key in postings]
    shared = Counter(chain.from_iterable(later))
    return sorted(other for other, count in shared.items() if count >= min_shared)


QUOTE_SCORER = "rapidfuzz LCSseq over words / shorter quote"


def quote_score(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """How much of the shorter quote appears, in order, in the longer one (0-100).

    Counting whole words in order makes an excerpt score 100, a changed word
    cost one word, and the score symmetric.
    """
    shorter = min(len(a), len(b))
    if not shorter:
        return 0.0
    return 100.0 * LCSseq.similarity(a, b) / shorter  # tuples as they are: no list copies


@dataclass(frozen=True, slots=True)
class QuoteVariant:
    """One wording of a quote, as written, and every place it occurs in document order."""

    text: str
    words: tuple[str, ...]
    refs: tuple[QuoteRef, ...]


@dataclass(frozen=True, slots=True)
class VariantPair:
    """Two wordings judged to be the same quote: indexes into the variants, and how they differ.

    ``diff`` and ``back`` are the word differences from the first to the second
    wording and from the second to the first.
    """

    first: int
    second: int
    score: float
    relation: str
    diff: str
    back: str


@dataclass(frozen=True, slots=True)
class QuoteMatches:
    """The quotes of a corpus grouped by wording, and which wordings are one quote."""

    variants: tuple[QuoteVariant, ...]
    pairs: tuple[VariantPair, ...]

    def quote_pairs(self) -> Iterator[QuotePair]:
        """Every matching pair of quotes in different articles, as pairs of single quotes.

        Identical wordings pair up with score 100; the number of pairs grows with
        the square of a quote's repetitions, so the checks use the wordings instead.
        """
        for variant in self.variants:
            for a, b in combinations(variant.refs, 2):
                if a.doc != b.doc:
                    yield QuotePair(a, b, 100.0, "same", "")
        for pair in self.pairs:
            for a in self.variants[pair.first].refs:
                for b in self.variants[pair.second].refs:
                    if a.doc != b.doc:
                        yield self.oriented(pair, a, b)

    def oriented(self, pair: VariantPair, a: QuoteRef, b: QuoteRef) -> QuotePair:
        """The pair of quotes a (of the first wording) and b, earlier article first."""
        if (a.doc, a.index) <= (b.doc, b.index):
            return QuotePair(a, b, pair.score, pair.relation, pair.diff)
        return QuotePair(b, a, pair.score, pair.relation, pair.back)


def _wordings(extractions: Sequence[Extraction], min_words: int) -> tuple[QuoteVariant, ...]:
    """The quotes of `quote_refs`, grouped by their text as written (normalised once each).

    The loop visits every quote of the corpus, so it does as little as it can
    per quote: `_compared` is written out (most quotes are indirect, so the kind
    is asked first), and words are read once per distinct text, afterwards.
    """
    # Each text's places as one flat list (doc, index, doc, index, ...), read back
    # in pairs by `_refs`.
    places: dict[str, list[int]] = {}
    for doc, extraction in enumerate(extractions):
        for index, quote in enumerate(extraction.quotes):
            if quote.kind != "indirect" and not quote.in_zone:
                places.setdefault(quote.text, []).extend((doc, index))
    variants = []
    for text in sorted(places):
        words = quote_words(text)
        if len(words) >= min_words:
            variants.append(QuoteVariant(text, words, _refs(places[text], words)))
    return tuple(variants)


def _refs(places: list[int], words: tuple[str, ...]) -> tuple[QuoteRef, ...]:
    """One reference per (doc, index) pair of the flat ``places``, all with ``words``.

    Built in C (zip over one iterator twice, then tuple.__new__ for the named tuple)
    rather than by a QuoteRef call per quote: 20,000 references in 4.7-5.2 ms
    against 7.0-8.2.
    """
    pairs = iter(places)
    return tuple(map(tuple.__new__, repeat(QuoteRef), zip(pairs, pairs, repeat(words))))


def match_quotes(
    extractions: Sequence[Extraction],
    min_words: int = 5,
    threshold: float = 90.0,
    shingle: int = 3,
    max_postings: int = 200,
) -> QuoteMatches:
    """The quotes of different articles that are the same quote, grouped by wording.

    News repeats quotes word for word, so identical wordings are merged first and
    only distinct wordings are compared: the work follows the number of different
    wordings, not the square of how often each is repeated.
    """
    # Matching builds tens of thousands of small records (shingles, postings, references):
    # collections would walk them for nothing, a quarter of the time on 20,000 quotes.
    with collector_paused():
        return _match_quotes(extractions, min_words, threshold, shingle, max_postings)


def _match_quotes(
    extractions: Sequence[Extraction],
    min_words: int,
    threshold: float,
    shingle: int,
    max_postings: int,
) -> QuoteMatches:
    variants = _wordings(extractions, min_words)
    keys = [_shingles(variant.words, shingle) for variant in variants]
    # Postings are counted in quotes, not wordings, so a stock phrase stays too common.
    weights = [len(variant.refs) for variant in variants]
    pairs = []
    # Two wordings of one quote of five or more words share at least two of their
    # three-word runs (an excerpt shares all of the shorter's, one changed word in
    # ten leaves most); sharing one is a stock phrase.
    candidates = candidate_pairs(keys, max_postings, weights, min_shared=2)
    for a, b in candidates:
        score = quote_score(variants[a].words, variants[b].words)
        if score < threshold:
            continue
        relation, diff, back = compare_both_ways(variants[a].text, variants[b].text)
        pairs.append(VariantPair(a, b, score, relation, diff, back))
    return QuoteMatches(variants, tuple(pairs))


def compare_quotes(a: Quote, b: Quote) -> tuple[str, str]:
    """Whether two versions of a quote say the same words, and a word diff if not."""
    return compare_quote_texts(a.text, b.text)


def compare_quote_texts(text_a: str, text_b: str) -> tuple[str, str]:
    """Whether two wordings of a quote say the same words, and a word diff if not.

    An excerpt (with or without an ellipsis) and differences of punctuation,
    case or mark style are the same quote. Words changed, added or dropped
    inside the marks are an alteration; when every changed word sits inside
    editorial brackets, the change is "bracketed".
    """
    relation, diff, _ = compare_both_ways(text_a, text_b)
    return relation, diff


def compare_both_ways(text_a: str, text_b: str) -> tuple[str, str, str]:
    """``compare_quote_texts`` with the diff from b to a too, read off the same alignment.

    One alignment serves both directions, so the two diffs always describe the
    same change (and matching pays for one diff per pair, not two).
    """
    words_a, words_b = quote_words(text_a), quote_words(text_b)
    if _is_excerpt(text_a, words_b) or _is_excerpt(text_b, words_a):
        return "same", "", ""
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    opcodes = _trim_edges(matcher.get_opcodes())
    changed_a = [w for tag, i1, i2, _, _ in opcodes if tag != "equal" for w in words_a[i1:i2]]
    changed_b = [w for tag, _, _, j1, j2 in opcodes if tag != "equal" for w in words_b[j1:j2]]
    bracketed = set()
    for text in (text_a, text_b):
        for insertion in editorial_brackets(text):
            bracketed |= set(quote_words(insertion))
    relation = "bracketed" if set(changed_a + changed_b) <= bracketed else "altered"
    reversed_opcodes = [(_REVERSED[tag], j1, j2, i1, i2) for tag, i1, i2, j1, j2 in opcodes]
    return (
        relation,
        _render_diff(words_a, words_b, opcodes),
        _render_diff(words_b, words_a, reversed_opcodes),
    )


# An opcode read from the other side: what a deleted is b inserted.
_REVERSED = {"equal": "equal", "replace": "replace", "delete": "insert", "insert": "delete"}


def _is_excerpt(text: str, other: tuple[str, ...]) -> bool:
    """Whether every ellipsis-separated piece of ``text`` occurs, in order, in ``other``."""
    pieces = [text]
    for mark in _ELLIPSIS_MARKS:
        pieces = [part for piece in pieces for part in piece.split(mark)]
    position = 0
    joined_other = " " + " ".join(other) + " "
    for piece in pieces:
        words = quote_words(piece)
        if not words:
            continue
        needle = " " + " ".join(words) + " "
        found = joined_other.find(needle, position)
        if found == -1:
            return False
        position = found + len(needle) - 1
    return True


def _trim_edges(
    opcodes: list[tuple[str, int, int, int, int]],
) -> list[tuple[str, int, int, int, int]]:
    """Drop leading and trailing one-sided runs: one version quoting less is not a change."""
    trimmed = list(opcodes)
    while trimmed and trimmed[0][0] in ("delete", "insert"):
        trimmed.pop(0)
    while trimmed and trimmed[-1][0] in ("delete", "insert"):
        trimmed.pop()
    return trimmed


def _render_diff(
    words_a: tuple[str, ...],
    words_b: tuple[str, ...],
    opcodes: list[tuple[str, int, int, int, int]],
) -> str:
    """A word-level diff: unchanged words plain, [-removed-] and {+added+}."""
    parts = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            segment = words_a[i1:i2]
            parts.append(
                " ".join(segment) if len(segment) <= 6 else f"{segment[0]} … {segment[-1]}"
            )
            continue
        if i2 > i1:
            parts.append("[-" + " ".join(words_a[i1:i2]) + "-]")
        if j2 > j1:
            parts.append("{+" + " ".join(words_b[j1:j2]) + "+}")
    return " ".join(parts)


class PersonRef(NamedTuple):
    """A person of one article, with the comparison forms of their name.

    A named tuple, like `QuoteRef`: one is made for every person of every article.
    """

    doc: int
    index: int
    key: str
    surname: str
    first: str


def person_refs(extractions: Sequence[Extraction]) -> list[PersonRef]:
    """Every person of every article, by normalised name."""
    refs = []
    for doc, extraction in enumerate(extractions):
        for index, person in enumerate(extraction.people):
            key = normalise_name(person.name)
            family = surname(person.name)
            given = key[: -len(family)].strip() if family and key.endswith(family) else ""
            refs.append(PersonRef(doc, index, key, family, given))
    return refs


def same_given_name(a: str, b: str) -> bool:
    """Given names agree: equal, one missing (a surname-only mention), or an initial."""
    if not a or not b or a == b:
        return True
    first_a, first_b = a.split()[0], b.split()[0]
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    return first_a == first_b


def match_people(
    extractions: Sequence[Extraction], refs: Sequence[PersonRef] | None = None
) -> list[list[PersonRef]]:
    """Clusters of the same person across articles, blocked by surname."""
    refs = person_refs(extractions) if refs is None else refs
    by_surname: dict[str, list[PersonRef]] = defaultdict(list)
    for ref in refs:
        by_surname[ref.surname].append(ref)
    clusters = []
    for family in sorted(by_surname):
        members = by_surname[family]
        full_names = sorted({r.first for r in members if r.first})
        if len(full_names) > 1 and not all(same_given_name(full_names[0], n) for n in full_names):
            # Two different people share the surname (Anna and Tom Frost):
            # cluster by given name; surname-only mentions stay unassigned.
            for given in full_names:
                group = [r for r in members if r.first == given]
                if len({r.doc for r in group}) > 1:
                    clusters.append(group)
            continue
        if len({r.doc for r in members}) > 1:
            clusters.append(members)
    return clusters


@dataclass(frozen=True, slots=True)
class SpellingPair:
    """Two spellings of what is very likely one person's name, in two articles.

    ``second`` has the rarer spelling; ``first`` is the first mention of the usual one.
    """

    first: PersonRef
    second: PersonRef
    score: float


def match_spellings(
    extractions: Sequence[Extraction],
    threshold: float = 0.9,
    refs: Sequence[PersonRef] | None = None,
) -> list[SpellingPair]:
    """Same given name, surnames alike but not equal: "Stoltenberg" / "Stoltenburg".

    Distinct spellings are compared, not mentions; each article with the rarer
    spelling is paired with the first article of the other spelling.
    """
    everyone = person_refs(extractions) if refs is None else refs
    spellings: dict[tuple[str, str], list[PersonRef]] = {}
    for ref in sorted(everyone, key=lambda r: (r.doc, r.index)):
        if ref.first:
            spellings.setdefault((ref.first, ref.surname), []).append(ref)
    names = sorted(spellings)
    keys = [{(first, family[:3]), (first, family[-3:])} for first, family in names]
    pairs = []
    for a, b in candidate_pairs(keys, max_postings=500):
        score = JaroWinkler.similarity(names[a][1], names[b][1])
        if score < threshold or _extended(names[a][1], names[b][1]):
            continue
        rare, usual = sorted(
            (spellings[names[a]], spellings[names[b]]),
            key=lambda refs: (len({r.doc for r in refs}), -refs[0].doc),
        )
        # The rarer spelling is the likely slip: each of its mentions is paired with
        # the first mention of the usual one, in another article.
        for ref in rare:
            other = next((u for u in usual if u.doc != ref.doc), None)
            if other is not None:
                pairs.append(SpellingPair(other, ref, score))
    return sorted(pairs, key=lambda p: (p.second.doc, p.second.index, p.first.doc, p.first.index))


# Letters one surname may add to another and still be a slip of spelling ("Frostt").
_SLIP_LETTERS = 2


def _extended(a: str, b: str) -> bool:
    """Whether one surname is the other with a longer ending: "Lind" and "Lindqvist"
    are two names, which Jaro-Winkler, weighing the shared start, scores as alike."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and len(long) - len(short) > _SLIP_LETTERS


def person_titles(person: Person) -> tuple[str, ...]:
    """Every title written beside any mention of a person, in order, without repeats."""
    seen: dict[str, None] = {}
    for mention in person.mentions:
        for title in mention.titles:
            seen.setdefault(title, None)
    return tuple(seen)


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two articles that are largely the same text."""

    first: int
    second: int
    score: float


def _article_shingles(extraction: Extraction, size: int = 5) -> set[int]:
    """The hashes of the article's runs of ``size`` words (all its words when fewer).

    Built by chained maps, in C, not by slicing the words at every position in a
    comprehension: a sixth of the time of a sketch.
    """
    words = words_of(extraction.document.text[extraction.document.body_start :])
    runs = zip(*[words[i:] for i in range(size)], strict=False) if len(words) >= size else [words]
    return set(map(zlib.crc32, map(str.encode, map(" ".join, runs))))


# Shingle hashes kept per article: the smallest few index it, all of them estimate overlap.
SKETCH_SIZE = 64
_SKETCH = 12
# Near-copies (Jaccard 0.5 and up) share about half of their 12 smallest hashes or more.
_MIN_SHARED = 3


def article_sketch(extraction: Extraction) -> array[int]:
    """The article's smallest shingle hashes (a bottom-k sketch), in ascending order."""
    return array("I", sorted(_article_shingles(extraction))[:SKETCH_SIZE])


def _estimated_overlap(
    a: Sequence[int], b: Sequence[int], set_a: frozenset[int], set_b: frozenset[int]
) -> float:
    """Jaccard similarity estimated from bottom-k sketches: the share of the union's k
    smallest hashes that both articles hold."""
    size = min(len(a), len(b))
    if not size:
        return 0.0
    both = set_a & set_b
    return sum(1 for value in sorted(set_a | set_b)[:size] if value in both) / size


def match_duplicates(
    extractions: Sequence[Extraction],
    threshold: float = 0.5,
    sketch: int = _SKETCH,
    sketches: Sequence[Sequence[int]] | None = None,
) -> list[DuplicatePair]:
    """Each article whose 5-word shingles overlap an earlier article's by at least
    ``threshold`` (Jaccard), paired with the earlier article it overlaps most (the
    first of equals): the one it was most likely republished from.

    Each article is indexed under its ``sketch`` smallest shingle hashes
    (bottom-k); two near-copies share most of them, two articles that merely
    share a paragraph share one or two, so candidates must share `_MIN_SHARED`.
    Exact copies (the same shingles) are compared as one: a wire story held a
    thousand times costs a thousand pairs, not half a million.
    """
    if sketches is None:
        sketches = [article_sketch(e) for e in extractions]
    shingles: dict[int, set[int]] = {}
    copy_of = _copies(extractions, sketches, shingles)
    candidates = candidate_pairs(
        [s[:sketch] if i not in copy_of else () for i, s in enumerate(sketches)],
        max_postings=1000,
        min_shared=_MIN_SHARED,
    )
    sets = [frozenset(s) for s in sketches]
    cutoff = threshold - 0.2  # far below the threshold: do not build both shingle sets
    best: dict[int, tuple[float, DuplicatePair]] = {}
    for a, b in candidates:
        # The estimate counts shared values among the union's smallest, so it is at
        # most the shared share of the whole sketches: most candidates fail that
        # cheaper test (on 20,000 synthetic articles, 262,000 of 275,000).
        if len(sets[a] & sets[b]) < cutoff * min(len(sketches[a]), len(sketches[b])):
            continue
        if _estimated_overlap(sketches[a], sketches[b], sets[a], sets[b]) < cutoff:
            continue
        for doc in (a, b):
            if doc not in shingles:
                shingles[doc] = _article_shingles(extractions[doc])
        shared = len(shingles[a] & shingles[b])
        union = len(shingles[a]) + len(shingles[b]) - shared
        score = shared / union if union else 0.0
        # Candidates come in order, so of equal overlaps the earlier article stays.
        if score >= threshold and (b not in best or score > best[b][0]):
            best[b] = (score, DuplicatePair(a, b, round(score, 3)))
    pairs = {b: pair for b, (_, pair) in best.items()}
    for copy, original in copy_of.items():
        pairs[copy] = DuplicatePair(original, copy, 1.0)  # nothing overlaps it more
    return [pairs[b] for b in sorted(pairs)]


def _copies(
    extractions: Sequence[Extraction],
    sketches: Sequence[Sequence[int]],
    shingles: dict[int, set[int]],
) -> dict[int, int]:
    """Each article whose shingles are exactly an earlier one's, to the first of them.

    Only articles with the same sketch can be copies, so only they are shingled.
    """
    by_sketch: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for index, values in enumerate(sketches):
        if values:
            by_sketch[tuple(values)].append(index)
    copy_of: dict[int, int] = {}
    for group in (group for group in by_sketch.values() if len(group) > 1):
        originals: list[int] = []
        for index in group:
            shingles[index] = _article_shingles(extractions[index])
            original = next((o for o in originals if shingles[o] == shingles[index]), None)
            if original is None:
                originals.append(index)
            else:
                copy_of[index] = original
    return copy_of


# --- blocking keys: what `check --changed` looks an article's neighbours up by ------------

# Quotes this short are compared by no rule; a lower bound than any rule's min-words.
_KEY_MIN_WORDS = 3


def blocking_keys(extraction: Extraction, sketch: Sequence[int] | None = None) -> array[int]:
    """Every key under which the matchers above could pair this article with another.

    The union of the quote shingles, the people's surnames and spelling keys,
    the article's shingle sketch and its counted events. Each key is hashed to
    28 bits under its kind (the top 4 bits, see `KEY_KINDS`): a collision only
    adds a candidate, which the matchers then verify, never loses one.
    """
    keys: set[tuple[int, str]] = set()
    for ref in quote_refs((extraction,), _KEY_MIN_WORDS):
        keys.update((0, shingle) for shingle in _shingles(ref.words, 3))
    for ref in person_refs((extraction,)):
        keys.add((1, ref.surname))
        if ref.first:
            keys.add((2, f"{ref.first}|{ref.surname[:3]}"))
            keys.add((2, f"{ref.first}|{ref.surname[-3:]}"))
    sketch = article_sketch(extraction) if sketch is None else sketch
    keys.update((3, str(value)) for value in sketch[:_SKETCH])
    for event in counted_events((extraction,)):
        for place in event.places:
            keys.add((4, f"{event.outcome}|{place}"))
    hashed = {(kind << 28) | (zlib.crc32(key.encode("utf-8")) & 0x0FFFFFFF) for kind, key in keys}
    return array("I", sorted(hashed))


# The kinds of blocking key, by their top 4 bits.
KEY_KINDS = ("quote", "surname", "spelling", "sketch", "event")
