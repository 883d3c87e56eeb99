"""Article metadata (stub: being written)."""

from provlint.records import Document, Metadata, Zone


def read_metadata(doc: Document, zones: tuple[Zone, ...]) -> Metadata:
    """Read title, outlet, dates, dateline, byline and credit line."""
    return Metadata()
