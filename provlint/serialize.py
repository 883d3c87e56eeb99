"""Extraction records as plain JSON data, for `provlint extract --format json`.

The shape is published as schemas/extract.schema.json; every document is
validated against it before it is written.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from sys import intern
from typing import Any

from provlint import __version__
from provlint.records import (
    Claim,
    Cue,
    Document,
    Extraction,
    Field,
    Figure,
    Finding,
    Location,
    Mention,
    Metadata,
    Person,
    Quote,
    Span,
    Speaker,
    Zone,
)
from provlint.resources import schema

SCHEMA_VERSION = 1


def _offsets(span: Span) -> dict[str, int]:
    return {
        "start": span.start,
        "end": span.end,
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
    }


def _cue(cue: Cue | None) -> dict[str, Any] | None:
    return None if cue is None else {"text": cue.text, **_offsets(cue.span)}


def _speaker(speaker: Speaker | None) -> dict[str, Any] | None:
    if speaker is None:
        return None
    return {
        "mention": speaker.mention,
        **_offsets(speaker.span),
        "name": speaker.name,
        "via": speaker.via,
    }


def _field(value: Field | None) -> dict[str, Any] | None:
    if value is None:
        return None
    located = _offsets(value.span) if value.span else {}
    return {"value": value.value, "origin": value.origin, **located}


def _metadata(metadata: Metadata) -> dict[str, Any]:
    names = ("title", "outlet", "published", "dateline", "byline", "credit", "url", "author")
    return {name: _field(getattr(metadata, name)) for name in names}


def extraction_to_dict(ex: Extraction) -> dict[str, Any]:
    """One document's extraction as JSON-ready data."""
    doc = ex.document
    return {
        "id": doc.id,
        "path": doc.path,
        "encoding": doc.encoding,
        "sha256": doc.sha256,
        "metadata": _metadata(ex.metadata),
        "zones": [{"kind": z.kind, **_offsets(z.span), "text": z.text} for z in ex.zones],
        "quotes": [
            {
                "kind": q.kind,
                **_offsets(q.span),
                "text": q.text,
                "cue": _cue(q.cue),
                "speaker": _speaker(q.speaker),
                "in_zone": q.in_zone,
            }
            for q in ex.quotes
        ],
        "people": [
            {
                "id": p.id,
                "name": p.name,
                "gender": p.gender,
                "mentions": [
                    {"text": m.text, **_offsets(m.span), "titles": list(m.titles)}
                    for m in p.mentions
                ],
            }
            for p in ex.people
        ],
        "figures": [
            {
                **_offsets(f.span),
                "text": f.text,
                "value": f.value,
                "unit": f.unit,
                "qualifier": f.qualifier,
                "counts": f.counts,
                "date": f.date,
            }
            for f in ex.figures
        ],
        "claims": [
            {
                **_offsets(c.span),
                "text": c.text,
                "attributed": c.attributed,
                "source": c.source,
                "figures": list(c.figures),
            }
            for c in ex.claims
        ],
    }


def render_extractions(
    extractions: Sequence[Extraction], problems: Sequence[dict[str, Any]] = ()
) -> str:
    """The whole extract report as validated, pretty-printed JSON."""
    document = {
        "$schema": schema("extract")["$id"],
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "provlint", "version": __version__},
        "documents": [extraction_to_dict(ex) for ex in extractions],
        "problems": list(problems),
    }
    import jsonschema  # only `provlint extract` needs it

    jsonschema.Draft202012Validator(schema("extract")).validate(document)
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _span(data: dict[str, Any]) -> Span:
    return Span(
        data["start"],
        data["end"],
        data["line"],
        data["column"],
        data["end_line"],
        data["end_column"],
    )


def _field_from(data: dict[str, Any] | None) -> Field | None:
    if data is None:
        return None
    span = _span(data) if "start" in data else None
    return Field(data["value"], span, data["origin"])


def extraction_from_dict(data: dict[str, Any], document: Document) -> Extraction:
    """Rebuild an Extraction from `extraction_to_dict` output, for the given document.

    The inverse of `extraction_to_dict`; the cache uses it, so a cached
    extraction is never unpickled code, only data.
    """
    metadata = Metadata(**{name: _field_from(value) for name, value in data["metadata"].items()})
    zones = tuple(Zone(z["kind"], _span(z), z["text"]) for z in data["zones"])
    quotes = tuple(
        Quote(
            # One string per kind, as in a fresh extraction: the cross-article
            # matcher asks every quote's kind, and 64,000 copies scattered in memory
            # made that loop a fifth slower.
            intern(q["kind"]),
            _span(q),
            q["text"],
            Cue(q["cue"]["text"], _span(q["cue"])) if q["cue"] else None,
            Speaker(
                q["speaker"]["mention"],
                _span(q["speaker"]),
                q["speaker"]["name"],
                q["speaker"]["via"],
            )
            if q["speaker"]
            else None,
            q["in_zone"],
        )
        for q in data["quotes"]
    )
    people = tuple(
        Person(
            p["id"],
            p["name"],
            tuple(Mention(m["text"], _span(m), tuple(m["titles"])) for m in p["mentions"]),
            p["gender"],
        )
        for p in data["people"]
    )
    figures = tuple(
        Figure(_span(f), f["text"], f["value"], f["unit"], f["qualifier"], f["counts"], f["date"])
        for f in data["figures"]
    )
    claims = tuple(
        Claim(_span(c), c["text"], c["attributed"], c["source"], tuple(c["figures"]))
        for c in data["claims"]
    )
    return Extraction(document, metadata, zones, quotes, people, figures, claims)


def _location_data(location: Location) -> list[Any]:
    return [
        location.file,
        location.start,
        location.end,
        location.line,
        location.column,
        location.end_line,
        location.end_column,
        location.text,
    ]


def finding_to_data(finding: Finding) -> list[Any]:
    """A finding as compact JSON-ready data, for the cache."""
    return [
        finding.code,
        finding.name,
        finding.severity,
        finding.message,
        _location_data(finding.location),
        [_location_data(r) for r in finding.related],
        finding.evidence,
        finding.fingerprint,
    ]


def finding_from_data(data: list[Any]) -> Finding:
    """The inverse of `finding_to_data`; raises on data of the wrong shape."""
    code, name, severity, message, location, related, evidence, fingerprint = data
    if not isinstance(evidence, dict):
        raise ValueError("evidence must be an object")
    return Finding(
        code,
        name,
        severity,
        message,
        Location(*location),
        tuple(Location(*r) for r in related),
        evidence,
        fingerprint,
    )
