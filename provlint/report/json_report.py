"""The machine report: JSON, validated against schemas/report.schema.json before it is returned."""

from __future__ import annotations

import json
from typing import Any

import jsonschema

from provlint.records import Finding, Location, Report
from provlint.report import summarise
from provlint.resources import schema

SCHEMA_VERSION = 1


def _location(location: Location) -> dict[str, Any]:
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
        **_location(finding.location),
        "related": [_location(r) for r in finding.related],
        "evidence": finding.evidence,
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
    errors = list(jsonschema.Draft202012Validator(schema("report")).iter_errors(document))
    if errors:
        raise ValueError(f"report does not match its schema: {errors[0].message}")
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
