"""The machine report: JSON, validated against schemas/report.schema.json before it is returned."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from provlint.records import Finding, Location, Report
from provlint.report import json_value, summarise
from provlint.resources import schema

SCHEMA_VERSION = 1


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema("report"))


def location_dict(location: Location) -> dict[str, Any]:
    """A location as JSON data: character offsets, 1-based line and column, and the text."""
    return {
        "file": location.file,
        "start": location.start,
        "end": location.end,
        "line": location.line,
        "column": location.column,
        "end_line": location.end_line,
        "end_column": location.end_column,
        "text": location.text,
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    """One finding as JSON data, keys in a fixed order."""
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity,
        "message": finding.message,
        **location_dict(finding.location),
        "related": [location_dict(r) for r in finding.related],
        "evidence": json_value(finding.evidence),
        "fingerprint": finding.fingerprint,
    }


def report_dict(report: Report) -> dict[str, Any]:
    """The whole report as JSON data."""
    return {
        "$schema": schema("report")["$id"],
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "provlint", "version": report.tool_version},
        "summary": summarise(report),
        "findings": [finding_dict(f) for f in report.findings],
        "fixed": [
            {"fingerprint": e.fingerprint, "code": e.code, "file": e.file, "message": e.message}
            for e in report.fixed
        ],
    }


def render(report: Report) -> str:
    """JSON text; raises ValueError if the report breaks its own schema (a bug)."""
    document = report_dict(report)
    error = best_match(_validator().iter_errors(document))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "(top)"
        raise ValueError(f"report does not match its schema at {where}: {error.message}")
    # NaN and infinity are not JSON; allow_nan=False turns them into a ValueError too.
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
