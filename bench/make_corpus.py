"""Build a synthetic news corpus with planted cross-article relations, for speed and scale runs.

Usage (from the repository root)::

    python bench/make_corpus.py 1000 /tmp/corpus-1000
    python bench/make_corpus.py 300 /tmp/c300 --seed 2 --republished 0.05 --swapped-speaker 0.02

Writes ``OUTDIR/NNNNNN.txt`` (one article each), ``OUTDIR/truth.json`` (the planted
relations: a list of ``{"relation", "files", "detail"}``) and ``OUTDIR/manifest.json``
(what was built: size, seed, rates, source; written last, so a complete corpus has one).
OUTDIR must be outside the repository: the source articles are real news, read at run
time from ``../shared/eval/polnear/train.jsonl`` (``--source``) and never copied here.

Each article is a title line, a byline and an "Outlet (date)" line (so the provenance
rules stay quiet), then 250-450 words of paragraphs: short runs of consecutive
paragraphs from randomly chosen source articles. Everything about article ``i`` comes
from a random generator seeded with (seed, i) and from the plan of its block of
``BLOCK`` articles, seeded with (seed, block), so article ``i`` is the same whatever
N: the 10,000-article corpus is a superset of the 1,000-article one.

Each block plans its relations: for every kind, about ``rate * BLOCK`` pairs of
articles of the block, the later one (the copy) referring to the earlier (the origin),
every article in at most one relation. The planted forms are the ones provlint's rules
report:

- ``republished`` (PV510): the copy is the origin with a new title and outlet line
  and one or two sentences dropped (never from a paragraph that quotes anyone);
- ``altered-quote`` (PV301): both carry ``“<quote>,” <Title> <Name> said.``, the copy
  with one word of the quote changed;
- ``swapped-speaker`` (PV303): both carry the same quote, given to two different people;
- ``changed-figure`` (PV304): both report the same outcome (killed, injured,
  evacuated) at the same place on the same day, with different counts.

Quotes, people and places are invented from word lists and numbered per relation, so
they are unique per relation and never match another relation's by accident.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "eval" / "polnear" / "train.jsonl"

RELATIONS = ("republished", "altered-quote", "changed-figure", "swapped-speaker")
DEFAULT_RATES: dict[str, float] = {
    "republished": 0.02,
    "altered-quote": 0.02,
    "changed-figure": 0.01,
    "swapped-speaker": 0.01,
}
CODES: dict[str, str] = {
    "republished": "PV510",
    "altered-quote": "PV301",
    "changed-figure": "PV304",
    "swapped-speaker": "PV303",
}
BLOCK = 50  # articles per planning block; a relation joins two articles of one block
MIN_WORDS, MAX_WORDS = 250, 450
RUN_WORDS = 110  # the most words borrowed from one source in one run
HEADER_WORDS = 20  # about what a title, byline and outlet line take
NAME_PATTERN = re.compile(r"^\d{6}\.txt$")
TRUTH_FILE = "truth.json"
MANIFEST_FILE = "manifest.json"

# --------------------------------------------------------------------------- word lists

OUTLETS = (
    "The Daily Example", "Harbour Ledger", "Valley Courier", "Northfield Observer",
    "Capital Wire", "Lakeside Chronicle", "Morning Dispatch", "Riverside Sentinel",
    "Granite State Monitor", "Prairie Bulletin", "Coastal Record", "Midland Gazette",
    "Summit Herald", "Eastport Register", "Westbrook Examiner", "Metro Standard",
)  # fmt: skip
REPORTERS = (
    "Jane Doe", "Martin Okafor", "Laura Brennan", "Tomas Lindqvist", "Priya Raman",
    "Daniel Ashworth", "Helen Mbeki", "Carlos Ibarra", "Nina Sorensen", "Kevin Doyle",
    "Rachel Whitcombe", "Omar Haddad", "Emily Fairbanks", "Victor Nakamura", "Grace Ellwood",
    "Samuel Quist", "Diana Petrakis", "Hugo Vandermeer", "Alice Montague", "Peter Kowalczyk",
    "Julia Castellano", "Brian Threlkeld", "Sofia Andrade", "Gregory Pennock",
)  # fmt: skip
GIVEN_NAMES = (
    "Dana", "Carl", "Lena", "Ines", "Paul", "Helena", "Anton", "Mira", "Oscar", "Vera",
    "Felix", "Nora", "Hugo", "Clara", "Simon", "Greta", "Tobias", "Irene", "Victor", "Alma",
    "Martin", "Rosa", "Stefan", "Edith", "Walter", "Agnes", "Leon", "Marta", "Rupert", "Olga",
    "Henry", "Lydia", "Arthur", "Judith", "Gordon", "Sylvia", "Raymond", "Flora", "Dennis",
    "Esther",
)  # fmt: skip
# Invented surname parts: first three letters of every prefix differ, and so do the
# last three of every suffix, so two planted names never share a spelling key.
SURNAME_PREFIXES = (
    "Orval", "Kelbr", "Dremm", "Tarv", "Quill", "Brask", "Fenw", "Holst", "Ivr", "Jasp",
    "Lomb", "Marg", "Nesb", "Pellv", "Rudg", "Strav", "Ulv", "Varg", "Wexf", "Yarb",
    "Zint", "Ashc", "Corb", "Elsk", "Grimm", "Hadl", "Kirsv", "Mottr", "Pryd", "Thorv",
)  # fmt: skip
SURNAME_SUFFIXES = (
    "sworth", "ington", "amere", "enholt", "overy", "andale", "ickson", "ermont", "abeck",
    "onstad", "ifield", "udgard", "elwick", "ampwell", "erhaze", "inglas", "oberg", "arrow",
    "endish", "allory", "etzky", "ornaby", "ussack", "ilbury", "aventh", "eldrup", "omsk",
    "arkney", "uvelle", "ardoux",
)  # fmt: skip
SPEAKER_TITLES = (
    "Senator", "Governor", "Mayor", "Commissioner", "Ambassador", "Treasurer", "Councillor",
    "Sheriff",
)  # fmt: skip
PLACE_HEADS = (
    "Tarven", "Orsk", "Bellam", "Quorr", "Vessel", "Drumm", "Kalv", "Marrow", "Sennet",
    "Holm", "Ebbing", "Fallow", "Grist", "Lunden", "Pyke", "Ruth", "Stoke", "Wend", "Yeld",
    "Zorn",
)  # fmt: skip
PLACE_MIDDLES = (
    "a", "e", "i", "o", "u", "ar", "en", "il", "or", "um", "as", "et", "in", "ol", "ur", "y",
)  # fmt: skip
PLACE_TAILS = (
    "moor", "stead", "vale", "wick", "holme", "by", "thorpe", "ford", "haven", "ley",
    "mouth", "brook", "ridge", "field", "minster", "dale",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
DISASTERS = (
    "avalanche", "flood", "landslide", "fire", "explosion", "storm", "mudslide", "bus crash",
    "train derailment", "building collapse", "gas explosion", "wildfire", "ferry accident",
)  # fmt: skip
QUOTE_SUBJECTS = (
    "this council", "our department", "the board", "my office", "the committee",
    "our government", "the agency", "this administration", "our coalition", "the commission",
    "the city", "our party", "this office", "the ministry", "our team", "the authority",
    "my staff", "the county", "our union", "the alliance",
)  # fmt: skip
QUOTE_MODALS = (
    "will", "must", "cannot", "should", "will never", "is ready to", "has promised to",
    "intends to", "refuses to", "plans to", "will not", "has decided to",
)  # fmt: skip
QUOTE_VERBS = (
    "build", "fund", "repair", "expand", "protect", "review", "cancel", "delay", "replace",
    "reform", "audit", "restore", "close", "reopen", "defend", "finance", "rebuild", "approve",
    "reject", "challenge", "investigate", "modernise", "simplify", "complete", "support",
    "oppose", "license", "inspect", "upgrade", "extend", "redesign", "privatise", "merge",
    "relocate", "insure", "subsidise", "freeze", "double", "halve", "renovate",
)  # fmt: skip
QUOTE_ADJECTIVES = (
    "quiet", "costly", "ageing", "rural", "coastal", "northern", "crowded", "empty", "public",
    "private", "temporary", "permanent", "regional", "historic", "modern", "neglected",
    "popular", "unpopular", "expensive", "cheap", "vital", "obsolete", "busy", "remote",
    "flooded", "unsafe", "cramped", "heated", "wooden", "concrete", "disputed", "promised",
    "delayed", "overdue", "shared", "municipal", "industrial", "residential", "southern",
    "eastern", "western", "narrow", "wide", "local", "seasonal", "digital", "fragile",
    "sturdy", "unfinished", "original", "smaller", "larger", "newer", "older", "entire",
    "damaged", "planned", "proposed", "underused", "overcrowded",
)  # fmt: skip
QUOTE_NOUNS = (
    "bridge", "reservoir", "hospital", "railway", "library", "harbour", "school", "clinic",
    "airport", "tunnel", "stadium", "market", "pier", "canal", "highway", "depot", "shelter",
    "orchard", "quarry", "factory", "museum", "theatre", "courthouse", "prison", "barracks",
    "lighthouse", "ferry", "pipeline", "dam", "levee", "station", "warehouse", "campus",
    "playground", "cemetery", "archive", "observatory", "greenhouse", "boardwalk", "garage",
    "kitchen", "laboratory", "nursery", "pavilion", "reserve", "terminal", "viaduct",
    "watchtower", "wharf", "workshop", "arena", "aqueduct", "bakery", "brewery", "chapel",
    "dockyard", "embankment", "fairground", "granary", "hangar",
)  # fmt: skip
QUOTE_CONNECTORS = (
    "without", "despite", "along with", "instead of", "before", "after", "alongside",
    "as well as", "ahead of", "next to", "rather than", "together with",
)  # fmt: skip
QUOTE_TAILS = (
    "this year", "by next spring", "for every family in the district", "before the winter",
    "within two years", "whatever the cost", "as soon as the money arrives",
    "with or without federal help", "before the next election", "for the people who live here",
    "once the audit is finished", "in the coming months", "by the end of the decade",
    "without raising local taxes", "for the first time since the war", "before anyone else does",
    "no matter who objects", "on behalf of every taxpayer", "as the law requires",
    "while the courts decide", "for our children and grandchildren", "starting next week",
    "if the voters agree", "long before the deadline",
)  # fmt: skip
# The single-word slots of a quote; an altered quote changes one of them.
CHANGEABLE_SLOTS: dict[str, tuple[str, ...]] = {
    "verb": QUOTE_VERBS,
    "adj": QUOTE_ADJECTIVES,
    "noun": QUOTE_NOUNS,
    "adj2": QUOTE_ADJECTIVES,
    "noun2": QUOTE_NOUNS,
}
# What each counted outcome looks like in the origin and in the copy.
EVENT_SHAPES: dict[str, tuple[str, str]] = {
    "killed": (
        "{A} {disaster} struck {place} on {day}, killing {n} people, police said.",
        "The {disaster} in {place} on {day} killed {n} people, police said.",
    ),
    "injured": (
        "{A} {disaster} hit {place} on {day}, injuring {n} people, the fire service said.",
        "The {disaster} in {place} on {day} injured {n} people, the fire service said.",
    ),
    "evacuated": (
        "After {a} {disaster} in {place} on {day}, {n} residents were evacuated, police said.",
        "Police said {n} residents were evacuated after the {disaster} in {place} on {day}.",
    ),
}

# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class SourceArticle:
    """One real article to borrow paragraphs from."""

    title: str
    date: str
    paragraphs: tuple[str, ...]
    openers: tuple[int, ...]  # where a borrowed run may start: see _names_its_speaker


@dataclass(frozen=True, slots=True)
class Relation:
    """A planned relation between an earlier article (origin) and a later one (copy)."""

    kind: str
    origin: int
    copy: int
    ident: int  # numbers relations in order of their blocks: names and places come from it


@dataclass(frozen=True, slots=True)
class Article:
    """A generated article: its text and what was planted in it."""

    index: int
    text: str
    relation: Relation | None
    detail: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Planted:
    """One ground-truth relation, as written to truth.json."""

    relation: str
    files: tuple[str, str]
    detail: Mapping[str, Any]

    def as_json(self) -> dict[str, Any]:
        """The truth.json form of the relation."""
        return {"relation": self.relation, "files": list(self.files), "detail": dict(self.detail)}


@dataclass(frozen=True, slots=True)
class Quote:
    """An invented quote, slot by slot, so one word can be changed."""

    slots: tuple[tuple[str, str], ...]

    @property
    def text(self) -> str:
        """The quote as written, first letter capitalised."""
        words = " ".join(value for _, value in self.slots)
        return words[0].upper() + words[1:]

    def altered(self, rng: random.Random) -> tuple[Quote, str, str]:
        """The same quote with one single-word slot changed: (quote, old word, new word)."""
        name = rng.choice(sorted(CHANGEABLE_SLOTS))
        slots = list(self.slots)
        position = next(i for i, (slot, _) in enumerate(slots) if slot == name)
        old = slots[position][1]
        new = rng.choice([w for w in CHANGEABLE_SLOTS[name] if w != old])
        slots[position] = (name, new)
        return Quote(tuple(slots)), old, new


# --------------------------------------------------------------------------- sources

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_QUOTE_MARKS = frozenset('“”"«»„‘')


def load_sources(path: Path) -> tuple[SourceArticle, ...]:
    """The source articles of a JSON Lines file (fields text, title, date), in file order."""
    sources = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            title = " ".join(str(row.get("title") or "").split())
            paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", row["text"])]
            paragraphs = [p for p in paragraphs if p]
            if paragraphs and title and paragraphs[0].rstrip(".") == title.rstrip("."):
                paragraphs = paragraphs[1:]  # the text repeats the title as its first line
            kept = tuple(p for p in paragraphs if 8 <= _words(p) <= RUN_WORDS and "<!--" not in p)
            if kept:
                named = tuple(i for i, p in enumerate(kept) if _names_its_speaker(p))
                openers = named or tuple(range(len(kept)))
                sources.append(SourceArticle(title, str(row.get("date") or ""), kept, openers))
    if not sources:
        raise ValueError(f"{path}: no usable articles (need JSON lines with a 'text' field)")
    return tuple(sources)


def sentences(paragraph: str) -> list[str]:
    """A paragraph split into sentences at a full stop, question or exclamation mark."""
    return _SENTENCE_END.split(paragraph)


def _words(text: str) -> int:
    return len(text.split())


def _quotes_anyone(paragraph: str) -> bool:
    return any(mark in paragraph for mark in _QUOTE_MARKS) or "''" in paragraph


_CUES = r"(?:said|says|added|adds|told|tells|wrote|writes|asked|explained|continued|noted|argued)"
# "he said", "she explains", "said he": a speaker only the paragraphs before can name.
_PRONOUN_CUE = re.compile(
    rf"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:{_CUES}|\w+(?:ed|s))\b|\b{_CUES}\s+(?:he|she|they)\b"
)
_NAMED_CUE = re.compile(rf"\b[A-Z][\w’'.-]+,?\s+{_CUES}\b|\b{_CUES}\s+[A-Z][\w’'.-]+")


def _names_its_speaker(paragraph: str) -> bool:
    """Whether a paragraph quotes no one, or names the speaker of its quote beside a cue."""
    if not _quotes_anyone(paragraph):
        return True
    return bool(_NAMED_CUE.search(paragraph)) and not _PRONOUN_CUE.search(paragraph)


# --------------------------------------------------------------------------- invention


def person_name(number: int) -> str:
    """The ``number``-th invented person: unique, and no two share a spelling key.

    For each given name, successive people get a new surname prefix and a new
    suffix, so (given name, first or last three letters of the surname) repeat
    only after len(GIVEN_NAMES) * len(SURNAME_PREFIXES) people.
    """
    given = GIVEN_NAMES[number % len(GIVEN_NAMES)]
    rank = number // len(GIVEN_NAMES)
    prefix = SURNAME_PREFIXES[rank % len(SURNAME_PREFIXES)]
    turn = rank // len(SURNAME_PREFIXES)
    suffix = SURNAME_SUFFIXES[(rank + turn) % len(SURNAME_SUFFIXES)]
    # Once every prefix has met every suffix, a generation numeral keeps names unique.
    extra = turn // len(SURNAME_SUFFIXES)
    return f"{given} {prefix}{suffix}" + (f" {_roman(extra + 1)}" if extra else "")


def _roman(value: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for amount, letters in numerals:
        while value >= amount:
            out += letters
            value -= amount
    return out


def speaker_title(number: int) -> str:
    """The title an invented person always carries."""
    return SPEAKER_TITLES[(number // len(GIVEN_NAMES)) % len(SPEAKER_TITLES)]


def place_name(number: int) -> str:
    """The ``number``-th invented place name: unique for every number."""
    head = PLACE_HEADS[number % len(PLACE_HEADS)]
    rest = number // len(PLACE_HEADS)
    middle = PLACE_MIDDLES[rest % len(PLACE_MIDDLES)]
    rest //= len(PLACE_MIDDLES)
    tail = PLACE_TAILS[rest % len(PLACE_TAILS)]
    rest //= len(PLACE_TAILS)
    return head + middle + tail + ("" if not rest else f" {_roman(rest + 1)}")


def invent_quote(rng: random.Random) -> Quote:
    """A quote of 13 or more words from the word lists."""
    return Quote(
        (
            ("subject", rng.choice(QUOTE_SUBJECTS)),
            ("modal", rng.choice(QUOTE_MODALS)),
            ("verb", rng.choice(QUOTE_VERBS)),
            ("the", "the"),
            ("adj", rng.choice(QUOTE_ADJECTIVES)),
            ("noun", rng.choice(QUOTE_NOUNS)),
            ("connector", rng.choice(QUOTE_CONNECTORS)),
            ("the2", "the"),
            ("adj2", rng.choice(QUOTE_ADJECTIVES)),
            ("noun2", rng.choice(QUOTE_NOUNS)),
            ("tail", rng.choice(QUOTE_TAILS)),
        )
    )


def quote_paragraph(quote: Quote, title: str, name: str) -> str:
    """A quote paragraph with a cue and a full-named, titled speaker."""
    return f"“{quote.text},” {title} {name} said."


def _article(word: str) -> str:
    return "An" if word[0] in "aeiou" else "A"


# --------------------------------------------------------------------------- the maker


class CorpusMaker:
    """Generates articles and ground truth for one source, seed and set of rates."""

    def __init__(
        self,
        sources: Sequence[SourceArticle],
        seed: int = 1,
        rates: Mapping[str, float] | None = None,
    ) -> None:
        self.sources = tuple(sources)
        self.seed = seed
        self.rates = {**DEFAULT_RATES, **(rates or {})}
        unknown = set(self.rates) - set(RELATIONS)
        if unknown:
            raise ValueError(f"unknown relation kinds: {sorted(unknown)}")
        if any(not 0 <= r <= 0.5 for r in self.rates.values()):
            raise ValueError("every rate must be between 0 and 0.5")
        self._plans: list[tuple[Relation, ...]] = []
        self._next_ident = 0
        self._articles: dict[int, Article] = {}

    # ---- planning

    def _rng(self, *key: object) -> random.Random:
        return random.Random(":".join(str(k) for k in ("provlint-bench", self.seed, *key)))

    def _counts(self, block: int) -> list[tuple[str, int]]:
        rng = self._rng("block", block)
        counts = []
        room = BLOCK // 2
        for kind in RELATIONS:
            expected = self.rates[kind] * BLOCK
            count = int(expected) + (rng.random() < expected - int(expected))
            count = min(count, room)
            room -= count
            counts.append((kind, count))
        return counts

    def plan(self, block: int) -> tuple[Relation, ...]:
        """The relations of one block of articles (both ends inside the block)."""
        while len(self._plans) <= block:
            number = len(self._plans)
            ident = self._next_ident
            counts = self._counts(number)
            rng = self._rng("pairs", number)
            total = sum(count for _, count in counts)
            members = rng.sample(range(BLOCK), 2 * total)
            relations = []
            position = 0
            for kind, count in counts:
                for _ in range(count):
                    a, b = members[position], members[position + 1]
                    position += 2
                    start = number * BLOCK
                    relations.append(Relation(kind, start + min(a, b), start + max(a, b), ident))
                    ident += 1
            self._next_ident = ident
            self._plans.append(tuple(relations))
        return self._plans[block]

    def relation_of(self, index: int) -> Relation | None:
        """The relation article ``index`` takes part in, if any."""
        for relation in self.plan(index // BLOCK):
            if index in (relation.origin, relation.copy):
                return relation
        return None

    def relations(self, n: int) -> list[Relation]:
        """Every relation whose two articles are both among the first ``n``."""
        found = []
        for block in range((n + BLOCK - 1) // BLOCK):
            found += [r for r in self.plan(block) if r.copy < n]
        return found

    # ---- articles

    def _background(
        self, rng: random.Random, budget: int, limit: int
    ) -> tuple[str, str, list[str]]:
        """(title, ISO date, paragraphs) of ``budget`` to ``limit`` words from a few sources.

        Each source gives a run of at most ``RUN_WORDS`` words that starts at, and
        stops before, a quote whose speaker the paragraph does not name ("he
        said", no cue at all): out of its own article
        such a quote would be given to whoever the new neighbours name, and the
        same borrowed quote would have different speakers in different articles.
        Two articles that borrow the same run share too little to look republished.
        """
        paragraphs: list[str] = []
        words = 0
        title = date_text = ""
        attempts = 0
        while words < budget and attempts < 60:
            attempts += 1
            source = rng.choice(self.sources)
            if not title:
                title, date_text = source.title, source.date
            start = rng.choice(source.openers)
            run_words = 0
            for paragraph in source.paragraphs[start : start + rng.randint(1, 3)]:
                size = _words(paragraph)
                if words + size > limit or run_words + size > RUN_WORDS:
                    break
                if not _names_its_speaker(paragraph):
                    break
                paragraphs.append(paragraph)
                words += size
                run_words += size
        return title or "Untitled", date_text, paragraphs

    def _header(self, rng: random.Random, title: str, iso: str) -> list[str]:
        published = _parse_date(iso) or date(2016, 1, 1) + timedelta(days=rng.randrange(700))
        reporter = rng.choice(REPORTERS)
        outlet = rng.choice(OUTLETS)
        shown = f"{published.day} {MONTHS[published.month - 1]} {published.year}"
        return [_shorten(title), f"By {reporter}\n{outlet} ({shown})"]

    def _base(self, index: int, planted_words: int = 0) -> tuple[list[str], list[str]]:
        """The header and body paragraphs of article ``index`` before anything is planted."""
        rng = self._rng("article", index)
        budget = rng.randint(MIN_WORDS, MAX_WORDS - 40) - planted_words - HEADER_WORDS
        limit = MAX_WORDS - planted_words - HEADER_WORDS
        title, iso, body = self._background(rng, max(budget, 60), max(limit, 100))
        return self._header(rng, title, iso), body

    def article(self, index: int) -> Article:
        """Article ``index``: background paragraphs plus its part of any relation."""
        cached = self._articles.get(index)
        if cached is not None:
            return cached
        relation = self.relation_of(index)
        detail: dict[str, Any] = {}
        if relation is None or relation.kind == "republished" and index == relation.origin:
            header, body = self._base(index)
        elif relation.kind == "republished":
            header, body, detail = self._republished(relation)
        else:
            planted, detail = self._planted(relation, index == relation.copy)
            header, body = self._base(index, _words(planted))
            rng = self._rng("place", index)
            body.insert(rng.randint(1, max(1, len(body))), planted)
        text = "\n\n".join([*header, *body]) + "\n"
        made = Article(index, text, relation, detail)
        if len(self._articles) > 256:
            self._articles.clear()
        self._articles[index] = made
        return made

    def _republished(self, relation: Relation) -> tuple[list[str], list[str], dict[str, Any]]:
        header, body = self._base(relation.origin)
        rng = self._rng("republished", relation.ident)
        other = rng.choice(self.sources)
        title = _shorten(other.title) if other.title != header[0] else header[0] + " (update)"
        byline, outlet_line = header[1].split("\n")
        new_outlet = rng.choice([o for o in OUTLETS if not outlet_line.startswith(o + " (")])
        outlet_line = new_outlet + outlet_line[outlet_line.index(" (") :]
        candidates = [
            (p, s)
            for p, paragraph in enumerate(body)
            if not _quotes_anyone(paragraph)
            for s, sentence in enumerate(sentences(paragraph))
            if 5 <= _words(sentence) <= 30
        ]
        dropped_at = sorted(rng.sample(candidates, min(len(candidates), rng.randint(1, 2))))
        dropped = []
        new_body = []
        for p, paragraph in enumerate(body):
            parts = sentences(paragraph)
            kept = [s for i, s in enumerate(parts) if (p, i) not in dropped_at]
            dropped += [s for i, s in enumerate(parts) if (p, i) in dropped_at]
            if kept:
                new_body.append(" ".join(kept))
        detail = {"title": title, "outlet": new_outlet, "dropped": dropped}
        return [title, f"{byline}\n{outlet_line}"], new_body, detail

    def _planted(self, relation: Relation, is_copy: bool) -> tuple[str, dict[str, Any]]:
        """The paragraph a relation plants in its origin or its copy, and the truth detail."""
        rng = self._rng("relation", relation.ident)
        if relation.kind == "changed-figure":
            return self._event(rng, relation, is_copy)
        quote = invent_quote(rng)
        first = 2 * relation.ident
        speaker = person_name(first)
        title = speaker_title(first)
        if relation.kind == "altered-quote":
            changed, old, new = quote.altered(rng)
            shown = changed if is_copy else quote
            detail = {
                "quote": quote.text,
                "altered": changed.text,
                "changed": [old, new],
                "speaker": f"{title} {speaker}",
            }
            return quote_paragraph(shown, title, speaker), detail
        other = person_name(first + 1)
        other_title = speaker_title(first + 1)
        detail = {
            "quote": quote.text,
            "speakers": [f"{title} {speaker}", f"{other_title} {other}"],
        }
        if is_copy:
            return quote_paragraph(quote, other_title, other), detail
        return quote_paragraph(quote, title, speaker), detail

    def _event(
        self, rng: random.Random, relation: Relation, is_copy: bool
    ) -> tuple[str, dict[str, Any]]:
        outcome = rng.choice(sorted(EVENT_SHAPES))
        disaster = rng.choice(DISASTERS)
        place = place_name(relation.ident)
        month = rng.randrange(12)
        day = f"{MONTHS[month]} {rng.randint(1, 28)}"
        first = rng.randint(4, 250)
        step = rng.randint(max(1, first // 10), max(2, first // 3))
        second = first + step if rng.random() < 0.5 or first - step < 1 else first - step
        origin_shape, copy_shape = EVENT_SHAPES[outcome]
        shape, count = (copy_shape, second) if is_copy else (origin_shape, first)
        text = shape.format(
            A=_article(disaster), a=_article(disaster).lower(), disaster=disaster,
            place=place, day=day, n=count,
        )  # fmt: skip
        detail = {
            "outcome": outcome,
            "place": place,
            "date": day,
            "figures": [first, second],
        }
        return text, detail

    # ---- truth

    def truth(self, n: int) -> list[Planted]:
        """The ground truth of the first ``n`` articles, in order of the copies."""
        planted = []
        for relation in sorted(self.relations(n), key=lambda r: (r.copy, r.origin)):
            detail = self.article(relation.copy).detail
            if relation.kind != "republished":
                detail = self._planted(relation, True)[1]
            planted.append(
                Planted(
                    relation.kind,
                    (file_name(relation.origin), file_name(relation.copy)),
                    detail,
                )
            )
        return planted


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _shorten(title: str, limit: int = 14) -> str:
    """A headline of at most ``limit`` words that does not end like a sentence."""
    short = " ".join(title.split()[:limit]).rstrip(" .!?…:;,'\"’”‘“")
    return short or "Untitled"


def file_name(index: int) -> str:
    """The file name of article ``index``: six digits and .txt."""
    return f"{index:06d}.txt"


# --------------------------------------------------------------------------- writing


class CorpusError(Exception):
    """A corpus that cannot be built where or how it was asked for."""


def inside_repository(path: Path) -> bool:
    """Whether ``path`` is the repository folder or inside it."""
    resolved = path.resolve()
    return resolved == ROOT or ROOT in resolved.parents


def manifest(n: int, seed: int, rates: Mapping[str, float], source: Path) -> dict[str, Any]:
    """What a corpus was built from: compared to decide whether one can be reused."""
    stat = source.stat()
    return {
        "n": n,
        "seed": seed,
        "rates": {k: float(v) for k, v in sorted({**DEFAULT_RATES, **rates}.items())},
        "source": str(source.resolve()),
        "source_bytes": stat.st_size,
        "block": BLOCK,
        "generator": generator_version(),
    }


@cache
def generator_version() -> str:
    """A hash of this script: a corpus built by other code is never reused."""
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def is_complete(outdir: Path, expected: Mapping[str, Any]) -> bool:
    """Whether ``outdir`` holds a finished corpus built with exactly these settings."""
    try:
        found = json.loads((outdir / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if {k: v for k, v in found.items() if k != "relations"} != dict(expected):
        return False
    names = {p.name for p in outdir.iterdir() if NAME_PATTERN.match(p.name)}
    return names == {file_name(i) for i in range(int(expected["n"]))}


def _write_atomic(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(temporary, path)


def build(
    n: int,
    outdir: Path,
    seed: int = 1,
    source: Path = DEFAULT_SOURCE,
    rates: Mapping[str, float] | None = None,
    reuse: bool = True,
) -> list[Planted]:
    """Write the corpus of ``n`` articles and its truth into ``outdir``; return the truth.

    A folder that already holds this exact corpus (same manifest, all files) is
    reused as it is when ``reuse`` is true.
    """
    if n < 1:
        raise CorpusError("N must be at least 1")
    if inside_repository(outdir):
        raise CorpusError(f"{outdir}: the corpus must be written outside the repository {ROOT}")
    if not source.is_file():
        raise CorpusError(f"{source}: no such source file")
    rates = dict(rates or {})
    expected = manifest(n, seed, rates, source)
    outdir.mkdir(parents=True, exist_ok=True)
    if reuse and is_complete(outdir, expected):
        return read_truth(outdir)
    strangers = [
        p.name
        for p in outdir.iterdir()
        if not NAME_PATTERN.match(p.name)
        and p.name not in (TRUTH_FILE, MANIFEST_FILE, ".provlint_cache")
    ]
    if strangers:
        raise CorpusError(f"{outdir}: holds files that are not a generated corpus: {strangers[:3]}")
    (outdir / MANIFEST_FILE).unlink(missing_ok=True)
    for stale in outdir.iterdir():
        if NAME_PATTERN.match(stale.name) and int(stale.name[:6]) >= n:
            stale.unlink()
    maker = CorpusMaker(load_sources(source), seed, rates)
    for index in range(n):
        path = outdir / file_name(index)
        text = maker.article(index).text
        try:
            if path.read_text(encoding="utf-8") == text:
                continue
        except OSError:
            pass
        path.write_text(text, encoding="utf-8")
    truth = maker.truth(n)
    _write_atomic(
        outdir / TRUTH_FILE, json.dumps([t.as_json() for t in truth], indent=1, ensure_ascii=False)
    )
    counts = {kind: sum(t.relation == kind for t in truth) for kind in RELATIONS}
    _write_atomic(outdir / MANIFEST_FILE, json.dumps({**expected, "relations": counts}, indent=1))
    return truth


def read_truth(outdir: Path) -> list[Planted]:
    """The planted relations recorded in ``outdir/truth.json``."""
    rows = json.loads((outdir / TRUTH_FILE).read_text(encoding="utf-8"))
    return [Planted(r["relation"], (r["files"][0], r["files"][1]), r["detail"]) for r in rows]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line of make_corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles (up to 100,000)")
    parser.add_argument("outdir", type=Path, help="where to write (outside the repository)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="JSON Lines source")
    for kind in RELATIONS:
        parser.add_argument(
            f"--{kind}",
            type=float,
            default=DEFAULT_RATES[kind],
            help=f"share of articles that are a {kind} copy (default {DEFAULT_RATES[kind]})",
        )
    parser.add_argument("--force", action="store_true", help="rebuild even if complete")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Build a corpus from the command line; 0 on success, 2 on a usage problem."""
    args = parse_args(argv)
    if not 1 <= args.n <= 999_999:  # six-digit file names
        print("make_corpus: error: N must be between 1 and 999,999", file=sys.stderr)
        return 2
    rates = {kind: getattr(args, kind.replace("-", "_")) for kind in RELATIONS}
    try:
        truth = build(args.n, args.outdir, args.seed, args.source, rates, reuse=not args.force)
    except (CorpusError, ValueError) as error:
        print(f"make_corpus: error: {error}", file=sys.stderr)
        return 2
    counts = ", ".join(f"{k} {sum(t.relation == k for t in truth)}" for k in RELATIONS)
    print(f"{args.n} articles in {args.outdir}; planted: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
