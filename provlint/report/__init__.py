"""Reporters: pure functions from a finished Report to text, like flake8's formatters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from provlint.records import SEVERITIES, Report


def summarise(report: Report) -> dict[str, Any]:
    """Counts every reporter shows: files, findings, per severity and per rule."""
    by_rule = Counter(f.code for f in report.findings)
    return {
        "files": report.files_checked,
        "findings": len(report.findings),
        "by_severity": {s: sum(1 for f in report.findings if f.severity == s) for s in SEVERITIES},
        "by_rule": dict(sorted(by_rule.items())),
        "baselined": report.baselined,
        "fixed": len(report.fixed),
    }


def statistics_text(report: Report) -> str:
    """`--statistics`: one line per rule with its count, most frequent first, like ruff."""
    names = {rule.code: rule.name for rule in report.rules}
    counts = Counter(f.code for f in report.findings)
    lines = [
        f"{count:>5}  {code:<7} {names.get(code, '')}"
        for code, count in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
    ]
    return "".join(line + "\n" for line in lines)


def _formats() -> dict[str, Callable[[Report], str]]:
    from provlint.report import github, json_report, markdown, sarif, table

    return {
        "table": table.render,
        "json": json_report.render,
        "sarif": sarif.render,
        "github": github.render,
        "markdown": markdown.render,
    }


FORMATS: dict[str, Callable[[Report], str]] = {}
FORMATS.update(_formats())
