"""The registry of built-in checks: a name to a small generator function.

A check states only what is wrong and where (a Hit); the engine stamps the
rule's code, severity, position, message and fingerprint onto it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from provlint.records import Extraction, Hit, Zone

CheckFunction = Callable[[Extraction, Mapping[str, Any]], Iterator[Hit]]
CHECKS: dict[str, CheckFunction] = {}


def check(name: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check under the name rule packs refer to in their ``check`` key."""

    def register(function: CheckFunction) -> CheckFunction:
        if name in CHECKS:
            raise ValueError(f"check {name!r} registered twice")
        CHECKS[name] = function
        return function

    return register


def in_zone(start: int, end: int, zones: tuple[Zone, ...]) -> bool:
    """Whether ``[start, end)`` lies inside a boilerplate zone."""
    return any(zone.span.start <= start and end <= zone.span.end for zone in zones)
