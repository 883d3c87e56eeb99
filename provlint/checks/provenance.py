"""PV4xx provenance checks: does the article say where it comes from, and when?"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from provlint.checks.registry import check
from provlint.records import Extraction, Hit


@check("empty-source-line")
def empty_source_line(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A credit or source line that is there but names nothing ("Source:")."""
    credit = ex.metadata.credit
    if credit is not None and not credit.value.strip() and credit.span is not None:
        label = ex.document.text[credit.span.start : credit.span.end].strip()
        yield Hit(credit.span, {"label": label}, key=label.lower())


@check("missing-outlet")
def missing_outlet(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """No outlet in front matter, dateline, byline or masthead."""
    if ex.metadata.outlet is None:
        yield Hit(None, key="outlet")


@check("missing-date")
def missing_date(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """No publication date anywhere in the article's header or front matter."""
    if ex.metadata.published is None:
        yield Hit(None, key="published")


@check("date-without-year")
def date_without_year(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A publication date with day and month but no year ("MOSCOW, January 14.")."""
    published = ex.metadata.published
    if published is not None and published.value.startswith("--"):
        yield Hit(published.span, {"date": published.value}, key=published.value)
