"""Speaker noun phrases and their resolution to the people of an article.

A speaker is found as written ("Vershbow", "the Corsican-born Senator", "he")
next to a reporting verb; this module says whether a stretch of words can be a
speaker at all, and who a pronoun or descriptor stands for: the nearest person
named earlier, outside quotations, whose gender or title fits.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from provlint.extract.cues import SUBJECT_PRONOUNS, attitude_verbs, report_verbs
from provlint.extract.people import Token, fold, gender_of, name_homographs, surname_keys, tokens
from provlint.records import Person
from provlint.resources import lexicon

DETERMINERS = frozenset(
    "the a an his her its their our this that these those another one two three several "
    "some many other both".split()
)
# Words that end a speaker phrase when walking back from the verb.
_BARRIERS = frozenset(
    """and or but that which who whom whose when while where as if because since after
    before though although than so then also yet not to of in on at for with by from
    about into over under is are was were be been has have had will would could should
    can may might must do does did said says told despite amid during against without
    through until unless upon via what whether how why""".split()
)
# Determiners that stand alone for people as a subject: "Another said …", "Several
# argued …". ("One" and "both" are left out: as subjects they shrank "one of his
# aides" to "one".)
_LONE_SUBJECTS = frozenset({"another", "several", "many", "some"})
ADVERBS = frozenset(
    "also later then again previously recently once further repeatedly earlier often "
    "quickly simply flatly publicly privately reportedly separately".split()
)
# Capitalised at a sentence's start or as a date, never a speaker on their own; "There"
# and "Here" only open a sentence ("There were reports …").
_CONNECTIVES = frozenset(
    "there here however meanwhile instead still indeed moreover furthermore nevertheless "
    "nonetheless afterward afterwards finally ultimately overall similarly likewise additionally "
    "otherwise thus therefore hence accordingly consequently besides yet".split()
)


def _is_barrier(text: str, words: list[Token], index: int, lowered: str) -> bool:
    """Whether a word ends any speaker phrase: "and", "said", "will"; but not "May" of
    "Theresa May" or of "May said", a surname written with a capital after another word
    of the name (not before a third: "Group Will Run Ads" is a headline's verb) or
    alone (not after a preposition: "In May, …" is the month)."""
    if lowered not in _BARRIERS:
        return False
    word = words[index]
    if lowered not in name_homographs() or not word.text[0].isupper():
        return True
    if len(words) == 1:
        return _DATE_BEFORE.search(text, max(0, word.start - 12), word.start) is not None
    after_name = index and words[index - 1].text[0].isupper()
    before_capital = index + 1 < len(words) and words[index + 1].text[0].isupper()
    return not after_name or before_capital


_DATE_BEFORE = re.compile(
    r"\b(?i:in|on|of|since|until|by|from|during|through|last|this|next|early|late|mid)[\s-]+$"
)


def only_linking_words(phrase: str) -> bool:
    """Whether a phrase is prepositions, conjunctions and articles alone ("on", "of
    the", "and"): no one at all. ("who", "which" and "that" stand for a source.)"""
    words = re.findall(r"[\w’'-]+", phrase.lower())
    return all(word in _LINKING_WORDS for word in words)


_LINKING_WORDS = frozenset(
    "on of in at for with by from to into onto over under about and or but as than the a an".split()
)


@cache
def _lone_non_names() -> frozenset[str]:
    """Connectives, and the days, months and other times of the frame lexicon."""
    return _CONNECTIVES | ADVERBS | frozenset(lexicon("speech")["frames"]["times"])


@cache
def _people_words() -> dict[str, object]:
    data = lexicon("people")
    vague = lexicon("sources")
    return {
        "roles": {k: tuple(v) for k, v in data["roles"].items()},
        "heads": frozenset(data["title_heads"]),
        "pronouns": dict(data["pronouns"]),
        "source_nouns": frozenset(vague["source_nouns"]),
        "not_names": frozenset(data["not_names"]),
    }


@dataclass(frozen=True, slots=True)
class Phrase:
    """A candidate speaker phrase: its text, offsets and what sort of phrase it is."""

    text: str
    start: int
    end: int
    kind: str  # "pronoun" | "name" | "descriptor" | "group"


@lru_cache(maxsize=1024)
def classify(text: str, start: int, end: int) -> Phrase | None:
    """Decide whether ``text[start:end]`` reads as a speaker, and of which sort.

    Cached: the frame readers ask again about the same words before several verbs.
    """
    return classify_words(text, tokens(text, start, end))


def classify_words(text: str, words: list[Token]) -> Phrase | None:
    """`classify` of words already split (`tokens`): a reader that tries every start of
    the words before one verb splits them once."""
    if not words:
        return None
    start, end = words[0].start, words[-1].end
    phrase = text[start:end]
    lowered = [w.text.lower() for w in words]
    if len(words) == 1 and lowered[0] in SUBJECT_PRONOUNS:
        return Phrase(phrase, start, end, "pronoun")
    if len(words) > 9 or any(_is_barrier(text, words, index, w) for index, w in enumerate(lowered)):
        return None
    if len(words) == 1 and lowered[0] in _lone_non_names():
        return None  # "However, he said …", "in December and January …"
    head = lowered[-1]
    if lowered[0] in DETERMINERS:
        if len(words) == 1:
            # "Another said …": a pronoun for someone of a group just mentioned.
            return Phrase(phrase, start, end, "group") if lowered[0] in _LONE_SUBJECTS else None
        if is_role(head):
            return Phrase(phrase, start, end, "descriptor")
        if lowered[0] == "the" and all(w.text[0].isupper() for w in words[1:]):
            # An organisation: "the DNC", "the State Department", "the White House".
            return Phrase(phrase, start, end, "name")
        if _named_after_role(words):
            # "the economist Jared Bernstein", "his campaign manager Jeff Weaver".
            return Phrase(phrase, start, end, "name")
        return Phrase(phrase, start, end, "group")
    capitalised = [w.text[0].isupper() or w.text.lower() in _PARTICLES for w in words]
    if all(capitalised):
        # Names, and also "Moscow said": a capital or a country speaking is a source.
        return Phrase(phrase, start, end, "name")
    if capitalised[-1] and lowered[0] not in SUBJECT_PRONOUNS:  # "he expects Ortiz" is a clause
        # A role written in lower case before a name: "harbour master Jonas Berg",
        # "county party chair Ada Voss".
        first_name = len(words) - capitalised[::-1].index(False)
        before = lowered[first_name - 1]
        role_before = is_role(before)
        # "after winning Eastport", "visiting Vellora", "who backs Ruiz", "The crowd
        # cheered Ruiz": an action, not a role (but "Eastport-based Ferrylink" is one).
        hyphened = text[words[first_name - 1].start - 1 : words[first_name - 1].start] == "-"
        acting = (
            before.endswith("ing")
            or (before.endswith("ed") and not hyphened)
            or (before.endswith("s") and before in _verbs())
        )
        if (
            not (acting and not role_before)
            and (first_name <= 4 or (role_before and first_name <= 7))
            and len(words) - first_name <= 5
        ):
            return Phrase(phrase, start, end, "name")
    if head in _people_words()["source_nouns"] or is_role(head):
        return Phrase(phrase, start, end, "group")
    if (
        len(words) <= 3
        and head.endswith("s")
        and not head.endswith("ss")
        and head.isalpha()
        and head not in DETERMINERS
    ):
        # "Dock workers said": a bare plural can speak; the quote extractor decides
        # by the verb whether it does.
        return Phrase(phrase, start, end, "group")
    return None


@cache
def _verbs() -> frozenset[str]:
    """Verbs of saying and of stance, every form: "backs", "says" before a name act."""
    return report_verbs() | attitude_verbs()


def _named_after_role(words: list[Token]) -> bool:
    """A role word in lower case, then a capitalised name of one to four words."""
    run = 0
    while run < len(words) and words[-1 - run].text[0].isupper():
        run += 1
    if not 1 <= run <= 4 or run == len(words):
        return False
    before = words[-1 - run].text
    # "the novelist Mario Vargas Llosa": an unlisted lower-case noun before a full name.
    return is_role(before.lower()) or (run >= 2 and before.isalpha() and before.islower())


_PARTICLES = frozenset(
    {"di", "de", "da", "del", "van", "von", "der", "la", "le", "du", "al", "bin"}
)


# The prepositions that put a group in its place: "protesters on the quay".
PLACE_PREPOSITIONS = ("on", "in", "at", "from", "across")
_OWNED_BY = re.compile(rf"\s+(?:of|for|{'|'.join(PLACE_PREPOSITIONS)})\s+")
# "some of his rivals", "many of whom": a share of a group, no head of its own.
_QUANTIFIERS = frozenset("some many most all few several none one each both any much".split())


def source_like(phrase: str) -> bool:
    """Whether a group phrase can be a source: "officials", "the report", "Some Democrats",
    "members of his party", "protesters on the quay" (the head before "of", "for" or a
    place's preposition counts)."""
    owner = _OWNED_BY.split(phrase, maxsplit=1)
    if len(owner) > 1 and owner[0].lower() not in _QUANTIFIERS and source_like(owner[0]):
        return True
    words = phrase.split()
    head = words[-1].lower() if words else ""
    lists = _people_words()
    heads = lists["heads"]
    return (
        head in lists["source_nouns"]  # type: ignore[operator]
        or head in heads  # type: ignore[operator]
        or (head.endswith("s") and head[:-1] in heads)  # type: ignore[operator]  # "executives"
        or (len(words) > 1 and words[-1][:1].isupper())
    )


def is_title_word(word: str) -> bool:
    """Whether a lower-case word heads a title: "secretary", "chief", "director"."""
    return word in _people_words()["heads"]


def is_role(word: str) -> bool:
    """Whether a lower-case word names what someone does: "spokesman", "director"."""
    return word in _people_words()["roles"] or is_title_word(word)


def role_head(phrase: str) -> str:
    """The role word a descriptor ends in: "the Russian top diplomat" -> "diplomat"."""
    words = re.findall(r"[\w\-.]+", phrase.lower())
    return words[-1] if words else ""


# How many mentions back a pronoun or a descriptor looks for whom it stands for.
# PolNeAR's articles hold at most 418 mentions, and no antecedent lies more than 59
# back; in a file of tens of thousands, an unbounded look would cost the square.
ANTECEDENT_REACH = 1000


class Resolver:
    """Resolves speaker phrases to people named earlier in the same article.

    Built once per article from its people; quotations are excluded as
    antecedents, because a name inside someone's words is not who speaks.
    """

    def __init__(self, people: tuple[Person, ...], quoted: list[tuple[int, int]]) -> None:
        self._people = people
        self._by_key: dict[str, Person] = {}
        shared: dict[str, set[str]] = {}
        for person in sorted(people, key=lambda p: -len(p.mentions)):
            self._by_key.setdefault(fold(person.name), person)
            for key in surname_keys(person.name):
                self._by_key.setdefault(key, person)
                shared.setdefault(key, set()).add(person.id)
        # A surname two people of the article share names neither of them by itself.
        self._ambiguous = frozenset(key for key, ids in shared.items() if len(ids) > 1)
        self._quoted = sorted(quoted)
        timeline = [
            (mention.span.start, person)
            for person in people
            for mention in person.mentions
            if not self._inside_quote(mention.span.start)
        ]
        self._timeline = sorted(timeline, key=lambda item: item[0])
        self._starts = [start for start, _ in self._timeline]
        self._roles_held: dict[tuple[int, tuple[str, ...]], bool] = {}

    def _inside_quote(self, offset: int) -> bool:
        index = bisect_left(self._quoted, (offset + 1,)) - 1
        return index >= 0 and self._quoted[index][0] < offset < self._quoted[index][1]

    def observe(self, offset: int, person: Person) -> None:
        """Record that ``person`` was the speaker at ``offset``, a later antecedent."""
        index = bisect_left(self._starts, offset)
        self._starts.insert(index, offset)
        self._timeline.insert(index, (offset, person))

    def by_name(self, phrase: str) -> Person | None:
        """The person a written name refers to: full name, surname, or titled name."""
        folded = fold(phrase)
        if folded in self._by_key and folded not in self._ambiguous:
            return self._by_key[folded]
        words = folded.split()
        for size in range(len(words) - 1, 0, -1):
            tail = " ".join(words[-size:])
            if tail in self._ambiguous:
                return self._by_gender(tail, words[-size - 1] if size < len(words) else "")
            if tail in self._by_key:
                return self._by_key[tail]
        return None

    def _by_gender(self, surname: str, honorific: str) -> Person | None:
        """ "Mrs. Frost" beside Tom and Anna Frost: the one the honorific fits."""
        gender = gender_of("", honorific)
        fitting = [
            person
            for person in self._people
            if surname in surname_keys(person.name) and gender and person.gender == gender
        ]
        return fitting[0] if len(fitting) == 1 else None

    def antecedent(self, offset: int, phrase: Phrase) -> Person | None:
        """The person a pronoun or descriptor before ``offset`` stands for: the latest
        mentioned that fits, at most `ANTECEDENT_REACH` mentions back."""
        index = bisect_left(self._starts, offset) - 1
        back = range(index, max(-1, index - ANTECEDENT_REACH), -1)
        if phrase.kind == "pronoun":
            gender = _people_words()["pronouns"].get(phrase.text.lower())  # type: ignore[union-attr]
            if gender is None:
                return None
            for position in back:
                person = self._timeline[position][1]
                if person.gender in (gender, None):
                    return person
            return None
        roles = _people_words()["roles"]
        head = role_head(phrase.text)
        wanted = tuple(roles.get(head, (head,)))  # type: ignore[union-attr]
        for position in back:
            person = self._timeline[position][1]
            if self._holds_role(person, wanted):
                return person
        return None

    def _holds_role(self, person: Person, wanted: tuple[str, ...]) -> bool:
        """Whether one of ``person``'s titles holds one of the ``wanted`` role words;
        asked once per person and role, however often the walk back meets them."""
        key = (id(person), wanted)
        if key not in self._roles_held:
            titles = " ".join(m_title for m in person.mentions for m_title in m.titles).lower()
            titles = titles.replace("-", " ")
            self._roles_held[key] = any(
                re.search(rf"\b{re.escape(w.replace('-', ' '))}\b", titles) for w in wanted
            )
        return self._roles_held[key]
