"""Quotes (stub: being written)."""

from provlint.records import Document, Person, Quote, Zone


def find_quotes(doc: Document, zones: tuple[Zone, ...], people: tuple[Person, ...]) -> tuple[Quote, ...]:
    """Find direct, partial and indirect quotes and their speakers."""
    return ()
