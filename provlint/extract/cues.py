"""The reporting-verb lexicon, inflected and compiled once per process.

Cue words live in ``rules/lexicon/speech.toml`` as lemmas; this module builds
their inflections (say, says, said, saying) so the data stays short.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from provlint.resources import lexicon

# Pronouns that stand as a verb's subject: "they state …", and a speaker phrase of one word.
SUBJECT_PRONOUNS = frozenset("i we you they he she it".split())

_VOWELS = "aeiou"


def inflect(lemma: str) -> set[str]:
    """The regular forms of an English verb: base, third person, past, gerund."""
    forms = {lemma}
    if lemma.endswith("ee"):
        forms |= {lemma + "s", lemma + "d", lemma + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        # Doubled consonants ("admitted") are listed in the lexicon as irregular.
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    return forms


def verb_forms(lemma: str) -> set[str]:
    """A listed verb's forms: the regular ones and those the lexicon gives beside it."""
    speech = lexicon("speech")
    return (
        inflect(lemma)
        | set(speech["verbs"].get(lemma, ()))
        | set(speech["attitude"]["irregular"].get(lemma, ()))
    )


@cache
def speech_verbs() -> frozenset[str]:
    """Every inflected form of every reporting verb, lower-case."""
    return frozenset(form for lemma in lexicon("speech")["verbs"] for form in verb_forms(lemma))


@cache
def belief_verbs() -> frozenset[str]:
    """Inflected verbs of belief and finding ("believes", "found")."""
    belief = lexicon("speech")["belief"]
    forms: set[str] = {"thought"}  # "think" reports speech too: it is listed with the verbs
    for lemma in belief["verbs"]:
        forms |= inflect(lemma) | set(belief["irregular"].get(lemma, ()))
    return frozenset(forms - set(belief["not_forms"]))


@cache
def evidence_verbs() -> frozenset[str]:
    """Inflected verbs by which a record reports ("the poll shows").

    Not cue words: "show" is more often a noun ("his TV show"). The reported-speech
    reader looks for them only where a record is the subject.
    """
    forms: set[str] = set()
    for lemma in lexicon("speech")["evidence"]["verbs"]:
        forms |= inflect(lemma)
    return frozenset(forms | {"shown"})


@cache
def verb_lemmas() -> frozenset[str]:
    """The listed verbs' base forms ("support", "say"): speech, belief and attitude."""
    speech = lexicon("speech")
    return frozenset([*speech["verbs"], *speech["belief"]["verbs"], *speech["attitude"]["verbs"]])


@cache
def report_verbs() -> frozenset[str]:
    """Every verb form a reporting frame turns on: speech, belief and attitude."""
    return speech_verbs() | belief_verbs() | attitude_verbs()


@cache
def record_nouns() -> frozenset[str]:
    """Last words of a subject that is a record ("the poll", "FEC filings")."""
    return frozenset(lexicon("speech")["evidence"]["records"])


@cache
def attitude_verbs() -> frozenset[str]:
    """Inflected verbs of stance and intention ("supports", "wanted", "criticised")."""
    attitude = lexicon("speech")["attitude"]
    forms = {form for lemma in attitude["verbs"] for form in verb_forms(lemma)}
    return frozenset(forms | set(attitude["forms"]))


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue found in the text; read like a regex match (start(), end(), group())."""

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        """Offset of the cue's first character."""
        return self.begin

    def end(self) -> int:
        """Offset just past the cue's last character."""
        return self.finish

    def span(self) -> tuple[int, int]:
        """(start, end) of the cue."""
        return self.begin, self.finish

    def group(self) -> str:
        """The cue as written."""
        return self.text


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """Cue words by lower-case first word: single words, and phrases' remaining words."""

    words: frozenset[str]
    phrases: dict[str, tuple[tuple[str, ...], ...]]
    before_that: frozenset[str]  # cue words only when "that" follows ("states that …")
    before_to: frozenset[str]  # cue words only when "to" follows ("declined to …")
    finite: frozenset[str]  # verb forms after a subject: "said", "shows" (not "reports")
    lemmas: frozenset[str]  # base forms of the cue verbs: "note", "tweet", "plan"
    firsts: frozenset[str]  # every word a cue can start with: words and phrase openers
    compounds: dict[str, tuple[tuple[str, ...], ...]]  # "think" of "think tank": no verb


@cache
def phrase_participles() -> frozenset[str]:
    """The -ing forms the scanner gives the first words of multi-word cues ("pointing"
    of "point to", "talking" of "talk about"), but not a first word the lexicon writes
    so itself ("according" of "according to")."""
    written = {phrase.split()[0].lower() for phrase in lexicon("speech")["phrases"]["cues"]}
    return frozenset(word for word in _cue_lexicon().phrases if word.endswith("ing")) - written


@cache
def _cue_lexicon() -> _Lexicon:
    phrases = _by_first_word(lexicon("speech")["phrases"]["cues"], inflect)
    return _Lexicon(
        report_verbs(),
        phrases,
        frozenset(lexicon("speech")["before_that_only"]),
        frozenset(lexicon("speech")["before_to_only"]),
        _finite_forms(),
        verb_lemmas(),
        report_verbs() | frozenset(phrases),
        _by_first_word(lexicon("speech")["phrases"]["not_cues"], lambda word: {word}),
    )


def _by_first_word(
    phrases: list[str], forms: Callable[[str], set[str]]
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by each form of their first word: the words that follow it, longest first."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        first, *rest = phrase.lower().split()
        for form in forms(first):
            found.setdefault(form, set()).add(tuple(rest))
    return {first: tuple(sorted(rests, key=len, reverse=True)) for first, rests in found.items()}


def _finite_forms() -> frozenset[str]:
    """Verb forms that follow a subject and no object: past forms of the reporting
    verbs ("said", "found"), "says", and the evidence verbs ("show", "shows")."""
    speech = lexicon("speech")
    forms = {f for f in report_verbs() if f.endswith("ed")} | {"says", "thought"}
    for irregular in (*speech["verbs"].values(), *speech["belief"]["irregular"].values()):
        forms |= {form for form in irregular if not form.endswith(("ing", "s"))}
    return frozenset(forms | evidence_verbs())


_WORD = re.compile(r"\w+")


def _scan(text: str, start: int, end: int) -> Iterator[CueMatch]:
    """Every cue word or phrase in text[start:end], left to right, longest phrase first.

    Words are looked up in sets rather than matched against one large regex
    alternation: the extractors ask this for most sentences of every article.
    """
    known = _cue_lexicon()
    if known.firsts.isdisjoint(map(str.lower, _WORD.findall(text, start, end))):
        return  # a third of news sentences: no cue word at all, found at C speed
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text, start, end)]
    index = 0
    while index < len(words):
        begin, finish, word = words[index]
        if word not in known.firsts:
            index += 1  # most words: no cue word or phrase starts here
            continue
        if word in known.words and (
            text.startswith("-", finish)
            or (begin > 1 and text[begin - 1] == "-" and text[begin - 2].isalpha())
            or any(
                _phrase_follows(text, words, index, rest) for rest in known.compounds.get(word, ())
            )
        ):
            # "a sought-after seat", "a self-described socialist", "think tanks": half
            # of a compound, no verb.
            index += 1
            continue
        if word in known.words and (
            _is_noun(text, words, index, known)
            or _share_of_noun(text, words, index, known)
            or _subject_of_past(text, words, index)
        ):
            index += 1  # "the report", "her tweets", "its proposed cutoff": no verb
            continue
        if word in known.words and _names_the_speaker(text, words, index, known):
            # "the congressional report said", "FEC reports show": a noun and its verb.
            # The evidence verb, no cue alone ("his TV show"), is one after its record.
            after_begin, after_finish, after = words[index + 1]
            if after not in known.words:
                yield CueMatch(after_begin, after_finish, text[after_begin:after_finish])
                index += 1
            index += 1
            continue
        taken = 1 if word in known.words else 0
        if taken and word in known.before_that:
            # "in the largest coastal state" is no verb; "a document states that …" is,
            # but not "the nine states that ban ferry tolls": a counted noun. After a
            # subject pronoun it is a verb whatever follows: "they state their aim is …".
            taken = int(
                index + 1 < len(words)
                and words[index + 1][2] == "that"
                and not (index and _counted(words[index - 1][2]))
            ) or int(_after_subject_pronoun(text, words, index))
        elif taken and word in known.before_to:
            taken = int(index + 1 < len(words) and words[index + 1][2] == "to")
        for rest in known.phrases.get(word, ()):
            if _phrase_follows(text, words, index, rest):
                taken = 1 + len(rest)
                break
        if taken:
            last = words[index + taken - 1][1]
            yield CueMatch(begin, last, text[begin:last])
        index += max(taken, 1)


def _after_subject_pronoun(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """Whether a subject pronoun comes right before the word, or before "also" there:
    no noun follows "they" or "it" ("it states …", "he also ruled …")."""
    before = index - 1
    if before > 0 and words[before][2] == "also" and _adjacent(text, words, before):
        before -= 1
    return before >= 0 and words[before][2] in SUBJECT_PRONOUNS and _adjacent(text, words, before)


def _counted(before: str) -> bool:
    """Whether a word counts the noun after it: "four states", "50 states", "many"."""
    return before.isdigit() or before in _QUANTIFIERS


_QUANTIFIERS = frozenset(
    "two three four five six seven eight nine ten dozen first last other both many several "
    "few all some most united".split()
)


# Words before a noun that never stand before a verb: "the note", "her tweet".
_ARTICLES = frozenset("a an the his her its their our my your this these".split())


def _is_noun(text: str, words: list[tuple[int, int, str]], index: int, known: _Lexicon) -> bool:
    """Whether a cue verb stands as a noun or an adjective, right after an article
    or a possessive ("the report", "her tweets", "its proposed cutoff") or after
    one or two adjectives there ("a scathing report"). (A noun between could be
    the subject: "her campaign say".)"""
    word = words[index][2]
    before = index - 1
    # Only a noun's form ("report", "claims", not "said" or "says") may follow adjectives.
    noun_form = word not in known.finite and (word in known.lemmas or word[:-1] in known.lemmas)
    if (
        noun_form
        and before > 0
        and _hyphenated(text, words, before)
        and _adjacent(text, words, before)
    ):
        # "a ship-to-shore call", "the 95-page report": a compound before it is one adjective.
        while before > 0 and _hyphenated(text, words, before):
            before -= 1
        before -= 1
        return before >= 0 and words[before][2] in _ARTICLES and _adjacent(text, words, before)
    while (
        noun_form
        and before > 0
        and before >= index - 2
        and _ADJECTIVE.search(words[before][2])
        and _adjacent(text, words, before)
    ):
        before -= 1  # "the caustic chant", "a scathing report", "the debunked claim"
    if before < 0 or words[before][2] not in _ARTICLES or not _adjacent(text, words, before):
        return False
    stems = {word, word[:-1], word[:-2]} if word.endswith(("s", "d")) else {word}
    return bool(stems & known.lemmas)


def _share_of_noun(
    text: str, words: list[tuple[int, int, str]], index: int, known: _Lexicon
) -> bool:
    """Whether a cue word is a noun measured by the share before it: "Ruiz has 41
    percent support in the survey", "Her 18% support puts her …"; not "41 percent
    support a ban", where the share is the subject."""
    word = words[index][2]
    if index < 1 or word not in known.lemmas:
        return False
    before, after = words[index - 1][2], words[index + 1][2] if index + 1 < len(words) else ""
    gap = text[words[index - 1][1] : words[index][0]]
    if not (before == "percent" and not gap.strip()) and gap.strip() != "%":
        return False
    owned = index >= 3 and words[index - 3][2] in _ARTICLES  # "His 32% support", "a 40 percent"
    return owned or after in _AFTER_A_NOUN


# Words after a noun that are no verb's object: "support among women", "support gives".
_AFTER_A_NOUN = frozenset("in among from for with on at of is was has gives".split())


# Words that read as adjectives between an article and a noun ("scathing", "debunked");
# not -ive, -ic or short -ing words: "the missive", "the public", "the king" are nouns.
_ADJECTIVE = re.compile(r"(?:ed|ous|ful|\w{5,}ing)$")


def _names_the_speaker(
    text: str, words: list[tuple[int, int, str]], index: int, known: _Lexicon
) -> bool:
    """Whether a cue word is a noun, the subject of a verb right after it: "report" of
    "the report said", "reports" of "FEC reports show" ("said reports show" is a verb)."""
    word = words[index][2]
    if index + 1 >= len(words) or word in known.finite or word.endswith(("ed", "ing")):
        return False
    return words[index + 1][2] in known.finite and _adjacent(text, words, index)


def _subject_of_past(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """Whether a cue word in -s is a plural noun, the subject of a past form not in -ed
    or of an auxiliary right after it: "Early estimates put the cost at …", "His
    comments came after …", "the rich lists can grow" ("says" is never a noun: "what
    she says led to …")."""
    word = words[index][2]
    if not word.endswith("s") or word == "says" or index + 1 >= len(words):
        return False
    after = words[index + 1][2]
    if after in _AUXILIARIES:
        # "which he believes will …", "that the board predicts will …": a verb, its
        # subject right before it, the clause's object before that.
        before = [text[begin:end] for begin, end, _ in words[max(0, index - 4) : index]]
        if not before or not before[-1].islower() or _SUBJECTS.intersection(before):
            return False
    elif after not in irregular_past():
        return False
    return _adjacent(text, words, index)


# Words after a plural noun, never after a verb in -s but for a clause's object
# ("the cuts he believes are needed"), whose subject stands right before the verb.
_AUXILIARIES = frozenset("can could will would may might must should shall are were have".split())
_SUBJECTS = frozenset("i you he she it we they who which that what".split())


@cache
def irregular_past() -> frozenset[str]:
    """Past forms not in -ed ("became", "said"), from the speech lexicon."""
    return frozenset(word.lower() for word in lexicon("speech")["frames"]["irregular_past"])


def _hyphenated(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """Whether a word is joined to the one before it by a hyphen ("wake-up")."""
    return text[words[index - 1][1] : words[index][0]] == "-"


def _adjacent(text: str, words: list[tuple[int, int, str]], index: int) -> bool:
    """Whether only white space separates a word from the next."""
    return not text[words[index][1] : words[index + 1][0]].strip()


def _phrase_follows(
    text: str, words: list[tuple[int, int, str]], index: int, rest: tuple[str, ...]
) -> bool:
    """Whether the words after ``index`` are ``rest``, separated only by white space."""
    if index + len(rest) >= len(words):
        return False
    for offset, expected in enumerate(rest, start=1):
        begin, _, word = words[index + offset]
        if word != expected or text[words[index + offset - 1][1] : begin].strip():
            return False
    return True


def has_cue(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether any cue word or phrase occurs in text[start:end]."""
    return next(_scan(text, start, len(text) if end is None else end), None) is not None


def cue_at(text: str, position: int, end: int) -> CueMatch | None:
    """The cue starting exactly at ``position``, if there is one.

    Only the words a cue there can read are scanned, not the rest of the range:
    the answer is the same, and costs the same in a sentence of any length.
    """
    found = next(_scan(text, position, _reach(text, position, end)), None)
    return found if found is not None and found.start() == position else None


def _reach(text: str, position: int, end: int) -> int:
    """The end of the words `_scan` reads to decide on a cue at ``position``: its
    longest phrase, or the one word after it that tells a noun from a verb, and a
    word to spare."""
    last = _lookahead() + 1
    for number, word in enumerate(_WORD.finditer(text, position, end)):
        if number == last:
            return word.end()
    return end


@cache
def _lookahead() -> int:
    """How many words after a cue's first word `_scan` may look at."""
    known = _cue_lexicon()
    tables = (known.phrases, known.compounds)
    return max([1, *(len(rest) for table in tables for rests in table.values() for rest in rests)])


def find_cues(text: str, start: int, end: int, title_case: bool = False) -> list[CueMatch]:
    """Cue matches in ``text[start:end]``, without capitalised words inside a sentence.

    "the United States managed" is not the verb "states", and a title-case
    headline ("Chief Admits") is no attribution, but "According to" opening a
    sentence and an all-capitals headline ("SAYS") are. ``title_case`` keeps
    capitalised words: for an article's title ("Mayor Says Pier Will Reopen").
    """
    found = []
    for match in _scan(text, start, end):
        word = match.group()
        if word[0].isupper() and not word.isupper() and not title_case:
            before = text[max(0, match.start() - 3) : match.start()].rstrip()
            if before and before[-1] not in '.!?:"”“«»\n':
                continue
        found.append(match)
    return found
