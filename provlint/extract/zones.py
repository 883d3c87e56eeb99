"""Boilerplate zones (stub: being written)."""

from provlint.records import Document, Zone


def find_zones(doc: Document) -> tuple[Zone, ...]:
    """Find navigation, teaser, credit and widget zones."""
    return ()
