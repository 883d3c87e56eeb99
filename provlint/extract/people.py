"""People: name mentions, the titles written beside them, and who they refer to.

Without a trained tagger, a capitalised run is taken as a person only with
evidence: a title before it ("Foreign Minister Sergey Lavrov"), a known given
name, an honorific, a reporting verb beside it ("Chizhov said"), or a surname
already introduced in full. Words the lexicon marks as places, organisations
or sentence openers are never names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from provlint.checks.registry import in_zone
from provlint.extract.cues import evidence_verbs, has_cue, report_verbs, speech_verbs
from provlint.records import Document, Mention, Person, Zone
from provlint.resources import lexicon
from provlint.text import last_word, make_span, paragraphs

# A word that may belong to a name: letters, inner hyphens and apostrophes, an
# optional abbreviation dot ("Sen.", "W."). Runs of [\w\-] are one repeat, not a
# repeated alternation: the same tokens, found faster.
_TOKEN = re.compile(r"[^\W\d_][\w\-]*(?:['’][^\W\d_][\w\-]*)*\.?")
_POSSESSIVE = re.compile(r"['’]s$")
# Arabic and similar surnames joined to a particle: "al-Assad", "bin-Salman".
_PARTICLE_PREFIX = re.compile(r"(?:al|el|bin|ibn|abu|ben|da|di|de)-[^\W\d_]", re.I)


class Token(NamedTuple):
    """A word and its offsets in the document text.

    A named tuple: made for most words of most sentences, and a frozen dataclass
    takes three times as long to make.
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class NameRun:
    """A capitalised run split into its title part and its name part."""

    title: tuple[Token, ...]
    name: tuple[Token, ...]


@cache
def _words() -> dict[str, frozenset[str]]:
    people = lexicon("people")
    names = lexicon("names")
    return {
        "titles": frozenset(people["titles"]),
        "title_heads": frozenset(people["title_heads"]),
        "particles": frozenset(people["particles"]),
        "suffixes": frozenset(people["suffixes"]),
        "not_names": frozenset(people["not_names"]),
        "homographs": frozenset(people["name_homographs"]),
        "male": frozenset(names["male"]) | frozenset(people["male_honorifics"]),
        "female": frozenset(names["female"]) | frozenset(people["female_honorifics"]),
        "honorifics": frozenset(people["male_honorifics"] + people["female_honorifics"]),
    }


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case- and accent-free form of a name, for comparing mentions."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if not decomposed.isascii():
        decomposed = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _APOSTROPHES.sub("'", _SPACES.sub(" ", decomposed)).strip(" .")


_APOSTROPHES = re.compile(r"[’'`]")
_SPACES = re.compile(r"\s+")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")


def _is_capitalised(word: str) -> bool:
    return word[0].isupper()


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Word tokens of ``text[start:end]``, possessive endings cut off."""
    found = []
    for match in _TOKEN.finditer(text, start, end):
        word, stop = _word(match)
        found.append(Token(word, match.start(), stop))
    return found


def _word(match: re.Match[str]) -> tuple[str, int]:
    """A token's word and end: a possessive ending or a sentence's stop cut off.

    A token starts with a letter, so the word is never empty.
    """
    word = match.group()
    stop = match.end()
    if word.endswith("s") and _POSSESSIVE.search(word):
        return word[:-2], stop - 2
    if word.endswith(".") and not _is_abbreviation(word):
        return word[:-1], stop - 1
    return word, stop


def _is_abbreviation(word: str) -> bool:
    lowered = word.lower()
    words = _words()
    return (
        lowered in words["titles"]
        or lowered in words["suffixes"]
        or bool(_INITIALS.fullmatch(word))
    )


def capitalised_runs(text: str, start: int, end: int) -> Iterator[list[Token]]:
    """Maximal runs of capitalised words joined by single spaces or name particles."""
    words = _words()
    plain_ends = _particle_forms()
    run: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        raw = match.group()
        if not raw[0].isupper() and raw.lower() not in plain_ends and "-" not in raw:
            # Most words: lower case and no particle in any form, so they only end a
            # run. Checked on the raw token: cutting "’s" or a stop changes nothing here.
            if run:
                yield _trim_particles(run)
                run = []
            continue
        word, stop = _word(match)
        capitalised = _is_capitalised(word)
        if not capitalised and (
            word.lower() not in words["particles"] and not _PARTICLE_PREFIX.match(word)
        ):
            # Most words: lower case, no particle, so they only end a run (no Token made).
            if run:
                yield _trim_particles(run)
                run = []
            continue
        token = Token(word, match.start(), stop)  # capitalised, or a name particle
        if run:
            gap = text[run[-1].end : token.start]
            if gap in (" ", "\u00a0") and not _ends_run(text, run[-1]):
                run.append(token)
                continue
            yield _trim_particles(run)
            run = []
        if capitalised:
            run.append(token)
    if run:
        yield _trim_particles(run)


@cache
def _particle_forms() -> frozenset[str]:
    """Name particles as a token may show them: "de", "de.", "de’s"."""
    particles = _words()["particles"]
    return frozenset(form for p in particles for form in (p, p + ".", p + "'s", p + "’s"))


def _ends_run(text: str, token: Token) -> bool:
    """A possessive or a sentence-final full stop ends a name run."""
    if text[token.end : token.end + 1] in ("'", "’"):
        return True
    following = text[token.end : token.end + 1]
    return following in (".", ",", ";", ":", "!", "?") and not token.text.endswith(".")


def _trim_particles(run: list[Token]) -> list[Token]:
    particles = _words()["particles"]
    while run and run[-1].text.lower() in particles:
        run = run[:-1]
    return run


def split_title(run: list[Token]) -> NameRun:
    """Split "NATO Deputy Secretary General Jens Stoltenberg" at the last title word."""
    words = _words()
    last_head = -1
    for index, token in enumerate(run):
        if token.text.lower() in words["title_heads"]:
            last_head = index
    return NameRun(tuple(run[: last_head + 1]), tuple(run[last_head + 1 :]))


def name_homographs() -> frozenset[str]:
    """Surnames that are also words of no name ("May", "Will"): see the people lexicon."""
    return _words()["homographs"]


def _clean_name(name: tuple[Token, ...]) -> tuple[Token, ...]:
    """Drop words that cannot be part of a name from the front of a name part: non-names,
    and a reporting verb's past tense capitalised as title-case headlines write it
    ("… Senator Endorsed Morvan, …")."""
    words = _words()
    name = tuple(name)
    while name and (
        fold(name[0].text) in words["not_names"] or fold(name[0].text) in _past_tense_cues()
    ):
        name = name[1:]
    for index, token in enumerate(name):
        folded = fold(token.text)
        if folded in words["not_names"] and not (index and folded in words["homographs"]):
            return ()  # "Theresa May" is a name; "May" alone is the month
    return name


@cache
def _past_tense_cues() -> frozenset[str]:
    """The lexicon's reporting verbs in -ed ("endorsed", "warned"): none is a given name."""
    return frozenset(form for form in report_verbs() | evidence_verbs() if form.endswith("ed"))


def gender_of(first: str, honorific: str = "") -> str | None:
    """The gender a given name or honorific implies, when the lexicon knows it."""
    words = _words()
    for word in (honorific, first):
        folded = fold(word)
        if folded in words["male"]:
            return "male"
        if folded in words["female"]:
            return "female"
    return None


def surname_keys(name: str) -> set[str]:
    """The forms a later surname-only mention may take: "Borgo", "Pozzo di Borgo"."""
    parts = fold(name).split()
    if len(parts) < 2:
        return {fold(name)}
    particles = _words()["particles"]
    suffixes = _words()["suffixes"]
    while len(parts) > 1 and parts[-1] in suffixes:
        parts = parts[:-1]
    keys = {parts[-1]}
    for index in range(1, len(parts)):
        if parts[index] in particles:
            keys.add(" ".join(parts[max(index - 1, 1) :]))
            keys.add(" ".join(parts[index:]))
            break
    return keys


@dataclass
class _Draft:
    name: str
    mentions: list[Mention]
    gender: str | None


def find_people(doc: Document, zones: tuple[Zone, ...]) -> tuple[Person, ...]:
    """Find the people named in an article, with each mention and its titles."""
    text = doc.text
    full: dict[str, _Draft] = {}
    singles: list[tuple[Token, tuple[str, ...], str]] = []
    for para_start, para_end in paragraphs(text, doc.body_start):
        if in_zone(para_start, para_end, zones):
            continue
        for run in capitalised_runs(text, para_start, para_end):
            _read_run(doc, run, para_start, para_end, full, singles)
    surnames: dict[str, list[_Draft]] = {}
    for draft in full.values():
        for key in surname_keys(draft.name):
            surnames.setdefault(key, []).append(draft)
    for token, titles, honorific in singles:
        drafts = _fitting(surnames.get(fold(token.text), []), honorific)
        if len(drafts) == 1:
            drafts[0].mentions.append(
                Mention(token.text, make_span(doc, token.start, token.end), titles)
            )
        elif titles or honorific or drafts or _beside_cue(text, token.start, token.end):
            # Unknown, or shared by two people named in full (Tom and Anna Frost):
            # the surname stays a person of its own rather than a guess.
            key = fold(token.text)
            draft = full.setdefault(key, _Draft(token.text, [], gender_of("", honorific)))
            draft.mentions.append(
                Mention(token.text, make_span(doc, token.start, token.end), titles)
            )
    people = []
    for draft in full.values():
        mentions = tuple(sorted(draft.mentions, key=lambda m: m.span.start))
        people.append(Person(person_id(draft.name), draft.name, mentions, draft.gender))  # type: ignore[arg-type]
    return tuple(sorted(people, key=lambda p: p.mentions[0].span.start))


def _fitting(drafts: list[_Draft], honorific: str) -> list[_Draft]:
    """The people a surname-only mention can be: those of the honorific's gender, if known."""
    gender = gender_of("", honorific)
    if gender is None or len(drafts) < 2:
        return drafts
    return [d for d in drafts if d.gender == gender] or drafts


def person_id(name: str) -> str:
    """A stable id for a name: its folded words joined by hyphens."""
    return "-".join(re.findall(r"\w+", fold(name))) or "unknown"


_CONNECTED_TITLE = re.compile(
    r"([A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*)*)\s+(?:to|of|for|at|on)\s+(?:the\s+)?$"
)


def _connected_title(text: str, para_start: int, run: list[Token], name: tuple[Token, ...]) -> str:
    """ "Ambassador to the European Union Vladimir Chizhov": the title spans the connector."""
    if name[0] is run[0]:
        return ""
    lead = _CONNECTED_TITLE.search(text, max(para_start, run[0].start - 80), run[0].start)
    if not lead or lead.group(1).split()[-1].lower() not in _words()["title_heads"]:
        return ""
    return text[lead.start(1) : name[0].start].rstrip()


_PAST = re.compile(r"\b(former|then|ex|onetime|erstwhile|outgoing|retired)[\s-]+$", re.IGNORECASE)


def _read_run(
    doc: Document,
    run: list[Token],
    para_start: int,
    para_end: int,
    full: dict[str, _Draft],
    singles: list[tuple[Token, tuple[str, ...], str]],
) -> None:
    """Classify one capitalised run: a full name, a surname to link later, or nothing."""
    text = doc.text
    words = _words()
    parts = split_title(run)
    name = _clean_name(parts.name)
    title_text = _title_text(text, parts.title) if parts.title else ""
    honorific = ""
    if parts.title and parts.title[-1].text.lower() in words["honorifics"]:
        honorific = parts.title[-1].text
    if not name:
        return
    if len(name) > 4:
        # A long run is a heading or an organisation, not a name; keep its tail
        # only when it starts with a given name ("... Union Vladimir Chizhov").
        name = _tail_from_given_name(name)
        if not name:
            return
    if not title_text:
        title_text = _connected_title(text, para_start, run, name)
    if title_text:
        past = _PAST.search(text, max(para_start, run[0].start - 20), run[0].start)
        if past:  # "former Foreign Minister": the title is not held now
            title_text = f"{past.group(1)} {title_text}"
    appositive = _appositive_title(text, name[-1].end, para_end)
    titles = tuple(t for t in (title_text, appositive) if t)
    if len(name) == 1:
        singles.append((name[0], titles, honorific))
        return
    if len(name) >= 3 and all(token.text.lower() in words["particles"] for token in name[:2]):
        # "De la Cruz said": a surname and its particles, the first capitalised to
        # open a sentence; linked later like any surname.
        start, end = name[0].start, name[-1].end
        singles.append((Token(text[start:end], start, end), titles, honorific))
        return
    initials = any(len(token.text.rstrip(".")) == 1 for token in name[1:-1])
    if len(name) >= 3 and gender_of(name[0].text) is None and not initials:
        # "Nations Hugh Marlow": an organisation's last word glued to the name.
        name = _tail_from_given_name(name) or (name if titles else name[-2:])
    first = name[0].text
    evidence = (
        titles or honorific or gender_of(first) or _beside_cue(text, name[0].start, name[-1].end)
    )
    if not evidence:
        return
    start, end = name[0].start, name[-1].end
    shown = text[start:end]
    key = fold(shown)
    draft = full.setdefault(key, _Draft(shown, [], gender_of(first, honorific)))
    draft.mentions.append(Mention(shown, make_span(doc, start, end), titles))


def _tail_from_given_name(name: tuple[Token, ...]) -> tuple[Token, ...]:
    for index, token in enumerate(name):
        if gender_of(token.text) is not None and index < len(name) - 1:
            return name[index:]
    return ()


def _title_text(text: str, title: tuple[Token, ...]) -> str:
    """The title as written, extended back over "to the European Union"-style tails."""
    return text[title[0].start : title[-1].end]


_APPOSITIVE = re.compile(
    r",\s+((?:the\s+|a\s+|an\s+)?(?:[\w\-’'.]+\s+){0,5}?[\w\-’'.]+"
    r"(?:\s+(?:of|to|for|at|on)\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,4})?)\s*(?=[,.;]|$)"
)


def _appositive_title(text: str, name_end: int, para_end: int) -> str:
    """A title set off after the name: "Jens Stoltenberg, NATO secretary-general,"."""
    match = _APPOSITIVE.match(text, name_end, para_end)
    if not match:
        return ""
    phrase = match.group(1)
    heads = _words()["title_heads"]
    words = [w.lower() for w in re.findall(r"[\w\-.]+", phrase)]
    if not any(w in heads for w in words):
        return ""
    if has_cue(phrase):
        return ""
    return phrase.rstrip(".,;")


_PLACE_BEFORE = re.compile(r"\b(?:from|of|in|at|across|near)\s+$", re.I)
_WORD_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(\w+)")


def _beside_cue(text: str, start: int, end: int) -> bool:
    """Whether a run is the subject or object of a reporting verb ("Chizhov said").

    A word after a place preposition is a place: "the councillor from Vellora said".
    """
    if _PLACE_BEFORE.search(text, max(0, start - 12), start):
        return False
    after = _WORD_AFTER.match(text[end : end + 40])
    if after and after.group(1) in speech_verbs():
        return True
    return last_word(text, max(0, start - 30), start) in speech_verbs()
