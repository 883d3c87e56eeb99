"""Reporters: pure functions from a finished Report to text, like flake8's formatters."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from provlint.records import SEVERITIES, Finding, Report


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


def plural(count: int, word: str) -> str:
    """``1 file`` but ``2 files``: summary lines read as sentences."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _severity_count(count: int, severity: str) -> str:
    # "info" is a mass noun: "2 info", but "2 warnings".
    return f"{count} info" if severity == "info" else plural(count, severity)


def totals_line(report: Report) -> str:
    """The closing sentence shared by the human reporters: findings by severity, files checked."""
    summary = summarise(report)
    files = plural(summary["files"], "file")
    if not summary["findings"]:
        line = f"No findings in {files}."
    else:
        counts = ", ".join(_severity_count(n, s) for s, n in summary["by_severity"].items() if n)
        line = f"{plural(summary['findings'], 'finding')} ({counts}) in {files}."
    if report.baselined:
        line += f" {plural(report.baselined, 'known finding')} left out by the baseline."
    return line


def group_by_file(findings: Iterable[Finding]) -> list[tuple[str, list[Finding]]]:
    """Findings per file, files in order of first appearance, so one file never shows twice."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.location.file, []).append(finding)
    return list(groups.items())


def json_value(value: Any) -> Any:
    """Evidence as plain JSON data: checks may hand over tuples, which are no JSON array."""
    if isinstance(value, Mapping):
        return {str(key): json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    return value


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
    # The reporters import the helpers above, so they are imported once those exist.
    from provlint.report import github, json_report, markdown, sarif, table

    return {
        "table": table.render,
        "json": json_report.render,
        "sarif": sarif.render,
        "github": github.render,
        "markdown": markdown.render,
    }


FORMATS: dict[str, Callable[[Report], str]] = _formats()
