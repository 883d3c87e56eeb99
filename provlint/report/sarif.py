"""SARIF 2.1.0 for code-scanning tools; related articles become relatedLocations."""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from provlint.records import Finding, Location, Report, Rule
from provlint.report import json_value

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A file path as a SARIF URI: relative paths stay relative, with spaces and such escaped."""
    posix = PurePosixPath(path.replace("\\", "/"))
    if posix.is_absolute():
        return posix.as_uri()
    return quote(str(posix), safe="/")


def _physical(location: Location) -> dict[str, Any]:
    # Columns, charOffset and charLength count Unicode code points, as provlint's offsets do;
    # the run says so with columnKind, since SARIF's default is UTF-16 code units.
    # endColumn, like provlint's end_column, is the column just past the region.
    region: dict[str, Any] = {
        "startLine": location.line,
        "startColumn": location.column,
        "endLine": location.end_line,
        "endColumn": location.end_column,
        "charOffset": location.start,
        "charLength": location.end - location.start,
    }
    if location.text:
        region["snippet"] = {"text": location.text}
    return {"artifactLocation": {"uri": artifact_uri(location.file)}, "region": region}


def _descriptor(rule: Rule) -> dict[str, Any]:
    """A rule as a reportingDescriptor, so viewers can show its summary and rationale."""
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.rationale},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"category": rule.category},
    }


def _result(finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    """One finding as a SARIF result; its related articles become relatedLocations."""
    result: dict[str, Any] = {"ruleId": finding.code}
    if finding.code in rule_index:
        result["ruleIndex"] = rule_index[finding.code]
    result |= {
        "level": _LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": _physical(finding.location)}],
    }
    if finding.related:
        result["relatedLocations"] = [
            {
                "id": number,
                "physicalLocation": _physical(related),
                "message": {"text": f"related: {related.file}, line {related.line}"},
            }
            for number, related in enumerate(finding.related)
        ]
    result["partialFingerprints"] = {"provlint/v1": finding.fingerprint}
    if finding.evidence:
        result["properties"] = {"evidence": json_value(finding.evidence)}
    return result


def render(report: Report) -> str:
    """One SARIF run: the rules as reportingDescriptors, each finding as a result."""
    rule_index = {rule.code: number for number, rule in enumerate(report.rules)}
    run = {
        "tool": {
            "driver": {
                "name": "provlint",
                "version": report.tool_version,
                "rules": [_descriptor(rule) for rule in report.rules],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": [_result(finding, rule_index) for finding in report.findings],
    }
    document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
