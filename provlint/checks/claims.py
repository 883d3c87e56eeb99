"""PV2xx claim checks: figures stated as fact with no source given."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from provlint.checks.registry import check, in_zone
from provlint.extract.zones import is_title_case
from provlint.records import Extraction, Hit


@check("unattributed-figure")
def unattributed_figure(ex: Extraction, params: Mapping[str, Any]) -> Iterator[Hit]:
    """A sentence stating a count or amount with no source in it or around it.

    Not a headline (the title, or a subhead or teaser capitalised like one): it sums
    up a story whose body states the figure again, and that is where a source belongs.
    """
    title = ex.metadata.title.span if ex.metadata.title else None
    for claim in ex.claims:
        if claim.attributed or in_zone(claim.span.start, claim.span.end, ex.zones):
            continue
        if (title is not None and title.start <= claim.span.start < title.end) or _heading(
            claim.text
        ):
            continue
        figures = [ex.figures[i] for i in claim.figures if ex.figures[i].unit != "date"]
        if not figures:
            continue
        stated = ", ".join(f.text for f in figures)
        yield Hit(
            figures[0].span,
            {"figures": stated, "count": len(figures)},
            key=claim.text,
            evidence={"sentence": " ".join(claim.text.split())},
        )


def _heading(sentence: str) -> bool:
    """A subhead or a list line ("3 Ana Ruiz."): Title Case, or no word in lower case."""
    words = [w for w in sentence.split() if w[:1].isalpha()]
    return is_title_case(sentence) or (bool(words) and all(w[0].isupper() for w in words))
