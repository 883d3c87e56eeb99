"""Claims (stub: being written)."""

from provlint.records import Claim, Document, Figure, Quote, Zone


def find_claims(
    doc: Document, figures: tuple[Figure, ...], quotes: tuple[Quote, ...], zones: tuple[Zone, ...]
) -> tuple[Claim, ...]:
    """Find sentences asserting figures and whether each is attributed."""
    return ()
