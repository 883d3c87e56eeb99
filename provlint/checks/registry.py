"""The registry of built-in checks: a name to a small generator function.

A check states only what is wrong and where (a Hit); the engine stamps the
rule's code, severity, position, message and fingerprint onto it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import accumulate
from typing import Any, TypeVar

from provlint.records import Extraction, Hit, Zone

CheckFunction = Callable[[Extraction, Mapping[str, Any]], Iterator[Hit]]
CHECKS: dict[str, CheckFunction] = {}
T = TypeVar("T")


class Corpus:
    """All extractions of a run, for checks that compare articles.

    Matching is the expensive part and several rules share it (altered quote,
    changed speaker), so results are memoised per matcher and parameters.
    """

    def __init__(
        self,
        extractions: Sequence[Extraction],
        sketches: Mapping[str, Sequence[int]] | None = None,
    ) -> None:
        self.extractions = tuple(sorted(extractions, key=lambda e: e.document.id))
        # Shingle sketches made beside extraction (in parallel), in the same order.
        self.sketches = (
            tuple(sketches[e.document.id] for e in self.extractions) if sketches else None
        )
        self._memo: dict[tuple[str, tuple[tuple[str, Any], ...]], Any] = {}

    def cached(self, name: str, params: Mapping[str, Any], compute: Callable[[], T]) -> T:
        """``compute()`` once per name and parameters."""
        key = (name, tuple(sorted(params.items())))
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[no-any-return]


CorpusCheckFunction = Callable[[Corpus, Mapping[str, Any]], Iterator[Hit]]
CORPUS_CHECKS: dict[str, CorpusCheckFunction] = {}


def check(name: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check under the name rule packs refer to in their ``check`` key."""

    def register(function: CheckFunction) -> CheckFunction:
        if name in CHECKS:
            raise ValueError(f"check {name!r} registered twice")
        CHECKS[name] = function
        return function

    return register


def corpus_check(name: str) -> Callable[[CorpusCheckFunction], CorpusCheckFunction]:
    """Register a check that compares articles; its hits name the file they are in."""

    def register(function: CorpusCheckFunction) -> CorpusCheckFunction:
        if name in CORPUS_CHECKS or name in CHECKS:
            raise ValueError(f"check {name!r} registered twice")
        CORPUS_CHECKS[name] = function
        return function

    return register


def in_zone(start: int, end: int, zones: tuple[Zone, ...]) -> bool:
    """Whether ``[start, end)`` lies inside a boilerplate zone."""
    if len(zones) < _FEW_ZONES:
        return any(zone.span.start <= start and end <= zone.span.end for zone in zones)
    # Asked for every paragraph, quote and figure: with thousands of zones (a
    # suppression comment on every line) a walk over all of them costs the square.
    starts, reach = _zone_index(zones)
    before = bisect_right(starts, start)
    return before > 0 and reach[before - 1] >= end


_FEW_ZONES = 16
_ZONE_INDEXES: dict[int, tuple[tuple[Zone, ...], list[int], list[int]]] = {}


def _zone_index(zones: tuple[Zone, ...]) -> tuple[list[int], list[int]]:
    """The zones' starts in order and, for each, the furthest end of the zones
    starting there or before: [start, end) lies in one iff that reach is past end."""
    entry = _ZONE_INDEXES.get(id(zones))
    if entry is None or entry[0] is not zones:
        ordered = sorted(zones, key=lambda zone: zone.span.start)
        reach = list(accumulate((zone.span.end for zone in ordered), max))
        if len(_ZONE_INDEXES) >= 8:
            _ZONE_INDEXES.clear()  # one article's tuples at a time, as a rule
        entry = _ZONE_INDEXES[id(zones)] = (zones, [z.span.start for z in ordered], reach)
    return entry[1], entry[2]
