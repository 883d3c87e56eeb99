"""The registry of built-in checks: a name to a small generator function.

A check states only what is wrong and where (a Hit); the engine stamps the
rule's code, severity, position, message and fingerprint onto it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
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
    return any(zone.span.start <= start and end <= zone.span.end for zone in zones)
