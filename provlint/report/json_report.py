"""The machine report: JSON, validated against schemas/report.schema.json before it is returned."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Any

import fastjsonschema

from provlint.records import Finding, Location, Report
from provlint.report import json_value, summarise
from provlint.resources import schema

SCHEMA_VERSION = 1


@cache
def _validator() -> Callable[[Any], Any]:
    """The report schema compiled to Python once per process.

    jsonschema (the reference, used by the tests) is too slow to check reports as
    they are written; fastjsonschema turns the same schema into plain code.
    """
    return fastjsonschema.compile(schema("report"))


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


def sample(document: dict[str, Any], per_rule: int) -> dict[str, Any]:
    """The report with at most ``per_rule`` findings of each rule, for the schema check.

    Each rule makes its findings with one piece of code, so a few of each show a
    shape error; checking tens of thousands would cost more than writing them.
    The test suite checks whole reports against the schema with jsonschema.
    """
    seen: dict[str, int] = {}
    kept = []
    for finding in document["findings"]:
        seen[finding["code"]] = seen.get(finding["code"], 0) + 1
        if seen[finding["code"]] <= per_rule:
            kept.append(finding)
    return {**document, "findings": kept}


# Findings of each rule checked against the schema before a report is written.
CHECKED_PER_RULE = 50


def render(report: Report) -> str:
    """JSON text; raises ValueError if the report breaks its own schema (a bug)."""
    document = report_dict(report)
    try:
        _validator()(sample(document, CHECKED_PER_RULE))
    except fastjsonschema.JsonSchemaException as error:
        where = "/".join(str(part) for part in error.path[1:]) or "(top)"
        raise ValueError(f"report does not match its schema at {where}: {error.message}") from None
    # One finding per line: a large report stays readable, diffs line by line, and is
    # written by json's fast encoder. NaN and infinity are not JSON: allow_nan=False
    # turns them into a ValueError too.
    lines = [json.dumps(f, ensure_ascii=False, allow_nan=False) for f in document["findings"]]
    findings = "[\n" + ",\n".join("    " + line for line in lines) + "\n  ]" if lines else "[]"
    layout = json.dumps(
        {**document, "findings": _PLACEHOLDER}, indent=2, ensure_ascii=False, allow_nan=False
    )
    return layout.replace(json.dumps(_PLACEHOLDER), findings, 1) + "\n"


_PLACEHOLDER = "\0findings\0"
