"""The reporting-verb lexicon, inflected and compiled once per process.

Cue words live in ``rules/lexicon/speech.toml`` as lemmas; this module builds
their inflections (say, says, said, saying) so the data stays short.
"""

from __future__ import annotations

import re
from functools import cache

from provlint.resources import lexicon

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


@cache
def speech_verbs() -> frozenset[str]:
    """Every inflected form of every reporting verb, lower-case."""
    forms: set[str] = set()
    for lemma, irregular in lexicon("speech")["verbs"].items():
        forms |= inflect(lemma)
        forms |= set(irregular)
    return frozenset(forms)


@cache
def belief_verbs() -> frozenset[str]:
    """Inflected verbs of belief and finding ("believes", "found")."""
    forms: set[str] = set()
    for lemma in lexicon("speech")["belief"]["verbs"]:
        forms |= inflect(lemma)
    return frozenset(forms | {"found", "felt", "thought"})


@cache
def attitude_verbs() -> frozenset[str]:
    """Inflected verbs of stance and intention ("supports", "wanted", "criticised")."""
    forms: set[str] = set()
    for lemma in lexicon("speech")["attitude"]["verbs"]:
        forms |= inflect(lemma)
    return frozenset(forms)


@cache
def cue_pattern() -> re.Pattern[str]:
    """A case-insensitive regex matching any cue word or phrase as whole words."""
    phrases = sorted(lexicon("speech")["phrases"]["cues"], key=len, reverse=True)
    words = sorted(speech_verbs() | belief_verbs() | attitude_verbs(), key=len, reverse=True)
    alternatives = []
    for phrase in phrases:
        first, _, rest = phrase.partition(" ")
        heads = "|".join(sorted(map(re.escape, inflect(first)), key=len, reverse=True))
        alternatives.append(f"(?:{heads})" + r"\s+" + re.escape(rest).replace(r"\ ", r"\s+"))
    alternatives += [re.escape(w) for w in words]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def find_cues(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Cue matches in ``text[start:end]``, without capitalised words inside a sentence.

    "the United States managed" is not the verb "states", and a title-case
    headline ("Chief Admits") is no attribution, but "According to" opening a
    sentence and an all-capitals headline ("SAYS") are.
    """
    found = []
    for match in cue_pattern().finditer(text, start, end):
        word = match.group()
        if word[0].isupper() and not word.isupper():
            before = text[max(0, match.start() - 3) : match.start()].rstrip()
            if before and before[-1] not in '.!?:"”“«»\n':
                continue
        found.append(match)
    return found
