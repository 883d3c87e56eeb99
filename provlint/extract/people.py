"""People (stub: being written)."""

from provlint.records import Document, Person, Zone


def find_people(doc: Document, zones: tuple[Zone, ...]) -> tuple[Person, ...]:
    """Find people named in the article."""
    return ()
