"""Figures and dates (stub: being written)."""

from provlint.records import Document, Figure, Zone


def find_figures(doc: Document, zones: tuple[Zone, ...], published: str | None) -> tuple[Figure, ...]:
    """Find numbers with units, qualifiers and what they count, and dates."""
    return ()
