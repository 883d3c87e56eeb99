"""SARIF 2.1.0 for code-scanning tools; related articles become relatedLocations."""

from __future__ import annotations

import json
from typing import Any

from provlint.records import Location, Report

_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _physical(location: Location) -> dict[str, Any]:
    # SARIF columns count characters here (Unicode code points), as provlint's do.
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
    return {"artifactLocation": {"uri": location.file}, "region": region}


def render(report: Report) -> str:
    """One SARIF run: the rules as reportingDescriptors, each finding as a result."""
    index = {rule.code: i for i, rule in enumerate(report.rules)}
    rules = [
        {
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.rationale},
            "defaultConfiguration": {"level": _LEVELS[rule.severity]},
            "properties": {"category": rule.category},
        }
        for rule in report.rules
    ]
    results = []
    for finding in report.findings:
        result: dict[str, Any] = {
            "ruleId": finding.code,
            "level": _LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [{"physicalLocation": _physical(finding.location)}],
            "partialFingerprints": {"provlint/v1": finding.fingerprint},
        }
        if finding.code in index:
            result["ruleIndex"] = index[finding.code]
        if finding.related:
            result["relatedLocations"] = [
                {
                    "id": n,
                    "physicalLocation": _physical(r),
                    "message": {"text": f"also in {r.file}"},
                }
                for n, r in enumerate(finding.related)
            ]
        if finding.evidence:
            result["properties"] = {"evidence": finding.evidence}
        results.append(result)
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {"name": "provlint", "version": report.tool_version, "rules": rules}
                },
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
