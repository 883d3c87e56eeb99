"""Comparison forms of quotes, names, titles and figures.

Everything here works on copies: the text offsets point into is never touched.
Each function is idempotent (normalising twice changes nothing), which the
tests check, so a normalised value can be stored and normalised again safely.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from provlint.resources import lexicon

_PUNCT_MAP = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "`": "'",
        "´": "'",
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)
# No mark is replaced by another mark of the map, so replacing them one by one is
# the same as translating.
_PUNCT_PAIRS = tuple((chr(code), plain) for code, plain in _PUNCT_MAP.items())
assert not {plain for _, plain in _PUNCT_PAIRS} & {mark for mark, _ in _PUNCT_PAIRS}


def _plain_marks(text: str) -> str:
    """``text.translate(_PUNCT_MAP)`` for a long text, faster: translate looks every
    character up in the map, while a mark absent from the text costs one scan."""
    for mark, plain in _PUNCT_PAIRS:
        if mark in text:
            text = text.replace(mark, plain)
    return text


_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_BRACKETED = re.compile(r"\[([^\[\]]*)\]")


def fold_accents(text: str) -> str:
    """Remove diacritics: Grybauskaitė -> Grybauskaite."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def words_of(text: str) -> tuple[str, ...]:
    """Lower-case words of any text: marks, punctuation, case and ellipses dropped.

    An ellipsis, like any punctuation, is simply not part of a word; only curly
    apostrophes are made plain, so that "don’t" stays one word.
    """
    return tuple(_WORD.findall(_plain_marks(text).casefold()))


@lru_cache(maxsize=1 << 14)
def quote_words(text: str) -> tuple[str, ...]:
    """A quote as lower-case words (`words_of`), remembered: quotes repeat across articles.

    Editorial brackets keep their words ("[the Americans]"), so a bracketed
    insertion still shows as a difference; callers can ask `editorial_brackets`.
    """
    return words_of(text)


def normalise_quote(text: str) -> str:
    """The comparison string of a quote: its words joined by single spaces."""
    return " ".join(quote_words(text))


def editorial_brackets(text: str) -> tuple[str, ...]:
    """Bracketed editorial insertions in a quote, as written: "[European]"."""
    return tuple(
        match.group(0) for match in _BRACKETED.finditer(text) if match.group(1).strip("…. ")
    )


# Alias groups from users' rule packs, added to the shipped registry.
_PACK_ALIASES: list[tuple[str, tuple[str, ...]]] = []


def add_aliases(groups: dict[str, dict[str, list[str]]]) -> None:
    """Register a rule pack's ``[aliases]`` (people and organisations)."""
    for group in ("people", "organisations"):
        for canonical, variants in sorted(groups.get(group, {}).items()):
            _PACK_ALIASES.append((canonical, tuple(variants)))
    _aliases.cache_clear()
    normalise_name.cache_clear()  # its answers depend on the aliases
    surname.cache_clear()


@cache
def _aliases() -> dict[str, str]:
    """Alias -> canonical form: rules/lexicon/aliases.toml plus any pack's aliases."""
    table: dict[str, str] = {}
    data = lexicon("aliases")
    groups = [
        (c, tuple(v)) for g in ("people", "organisations") for c, v in data.get(g, {}).items()
    ]
    for canonical, variants in groups + _PACK_ALIASES:
        key = table.get(_name_key(canonical), _name_key(canonical))
        table[_name_key(canonical)] = key
        for variant in variants:
            table[_name_key(variant)] = key
    return table


@cache
def _transliterations() -> tuple[tuple[re.Pattern[str], str], ...]:
    pairs = lexicon("aliases").get("transliteration", {})
    return tuple(
        (re.compile(pattern), replacement) for pattern, replacement in sorted(pairs.items())
    )


@lru_cache(maxsize=1 << 16)
def _name_key(name: str) -> str:
    folded = fold_accents(name.translate(_PUNCT_MAP)).casefold()
    return " ".join(_transliterated(word) for word in re.findall(r"[^\W_]+", folded))


def _transliterated(word: str) -> str:
    """The word with every transliteration rule applied until none changes it.

    One pass is not enough: "eei" ends in "ei", becomes "ey", which ends in "ey"
    again; stopping there would make a key that is not its own key. Every rule
    shortens the word, so this ends; a pass that does not shorten it stops the
    loop all the same, so a rule added to the lexicon can never make it spin.
    """
    while True:
        before = word
        for pattern, replacement in _transliterations():
            word = pattern.sub(replacement, word)
        if len(word) >= len(before):
            return word


@lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    """A person's or organisation's comparison key.

    Accents, case, punctuation and transliteration variants fold away
    (Sergey/Sergei), and the alias registry maps known aliases to one form
    (Daesh = ISIS = Islamic State).
    """
    key = _name_key(name)
    return _aliases().get(key, key)


@lru_cache(maxsize=1 << 16)
def surname(name: str) -> str:
    """The family-name part of a normalised name, particles kept: "pozzo di borgo",
    a suffix left off: "Tomas K. Lindqvist Jr." is a Lindqvist, not a "jr"."""
    words = without_suffix(normalise_name(name).split())
    particles = set(lexicon("people")["particles"])
    for index in range(1, len(words)):
        if words[index] in particles:
            return " ".join(words[index - 1 :]) if index > 1 else " ".join(words[index:])
    return words[-1] if words else ""


def without_suffix(words: list[str]) -> list[str]:
    """A normalised name's words without a closing suffix (Jr., Sr., III)."""
    suffixes = _name_suffixes()
    end = len(words)
    while end > 1 and words[end - 1] in suffixes:
        end -= 1
    return words[:end]


@cache
def _name_suffixes() -> frozenset[str]:
    return frozenset(_name_key(suffix) for suffix in lexicon("people")["suffixes"])


@lru_cache(maxsize=1 << 14)
def normalise_title(title: str) -> str:
    """A title's comparison form: "NATO secretary-general" = "NATO Secretary General"."""
    folded = fold_accents(title.translate(_PUNCT_MAP)).casefold().replace("-", " ")
    words = [w for w in re.findall(r"[^\W_]+", folded) if w not in ("the", "a", "an")]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Interval:
    """The range of values a qualified figure allows: "over 300" is (300, inf)."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        """Whether some value satisfies both figures."""
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low and (self.high_open or other.low_open):
            return False
        if other.high == self.low and (other.high_open or self.low_open):
            return False
        return True


def figure_interval(value: float, qualifier: str, tolerance: float = 0.1) -> Interval:
    """The values a figure with a qualifier is consistent with.

    "about" allows ``tolerance`` either side; "over"/"at least" are open above;
    "up to"/"under" are open below.
    """
    infinity = float("inf")
    if qualifier == "over":
        return Interval(value, infinity, low_open=True)
    if qualifier == "at least":
        return Interval(value, infinity)
    if qualifier == "up to":
        return Interval(0.0, value)
    if qualifier == "under":
        return Interval(0.0, value, high_open=True)
    if qualifier == "about":
        return Interval(value * (1 - tolerance), value * (1 + tolerance))
    return Interval(value, value)
