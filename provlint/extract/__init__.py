"""Per-article extraction: one pure function from a Document to an Extraction.

Each submodule is one extractor; this module only orders them, because some
need what an earlier one found (quotes need people, claims need quotes).
"""

from __future__ import annotations

from typing import Any

from provlint.extract.claims import find_claims
from provlint.extract.figures import find_figures
from provlint.extract.learned import learned_quotes
from provlint.extract.metadata import read_metadata
from provlint.extract.people import find_people
from provlint.extract.quotes import find_quotes
from provlint.extract.speakers import classify
from provlint.extract.zones import body_lines, find_zones
from provlint.records import Document, Extraction
from provlint.suppress import read_directives
from provlint.text import forget_splits


def extract(doc: Document, tagger: Any = None) -> Extraction:
    """Extract metadata, zones, people, quotes, figures and claims from one article.

    ``tagger``: an attribution model (see extract.learned) that adds what the
    rules miss; without one, extraction is the rules' alone.
    """
    # What the readers remember of the article before (its splits, its speaker
    # readings) is of no use for this one: keep memory to one article's worth.
    forget_splits()
    classify.cache_clear()
    # Suppression comments are not article text: keep them out of every extractor.
    lines = body_lines(doc)
    found = find_zones(doc, lines) + read_directives(doc).zones
    zones = tuple(sorted(found, key=lambda z: z.span.start))
    metadata = read_metadata(doc, zones, lines)
    people = find_people(doc, zones)
    quotes = find_quotes(doc, zones, people)
    if tagger is not None:
        quotes = learned_quotes(doc, zones, quotes, people, tagger)
        quotes = tuple(sorted(quotes, key=lambda q: (q.span.start, q.span.end)))
    published = metadata.published.value if metadata.published else None
    figures = find_figures(doc, zones, published)
    claims = find_claims(doc, figures, quotes, zones)
    return Extraction(doc, metadata, zones, quotes, people, figures, claims)
