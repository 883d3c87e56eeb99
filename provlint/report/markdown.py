"""A compact Markdown report for pull-request comments."""

from __future__ import annotations

import re
from collections.abc import Sequence

from provlint.records import Finding, Location, Report
from provlint.report import group_by_file, totals_line

_BACKTICKS = re.compile(r"`+")
HEADER = ("| at | severity | code | message |", "| --- | --- | --- | --- |")


def cell(text: str) -> str:
    """Table-cell text: one line, and pipes escaped so they do not split the cell."""
    return " ".join(text.split()).replace("|", "\\|")


def code_span(text: str) -> str:
    """Inline code that survives backticks in the text (a longer fence, padded when needed)."""
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"


def _position(location: Location) -> str:
    return f"{location.file}:{location.line}:{location.column}"


def _row(finding: Finding) -> str:
    message = cell(finding.message)
    if finding.related:
        message += " (see " + ", ".join(cell(code_span(_position(r))) for r in finding.related)
        message += ")"
    position = f"{finding.location.line}:{finding.location.column}"
    return f"| {position} | {finding.severity} | {cell(finding.code)} | {message} |"


def _file_section(file: str, findings: Sequence[Finding]) -> list[str]:
    """A heading naming the file, then its findings as a table."""
    return [f"### {code_span(file)}", "", *HEADER, *(_row(f) for f in findings), ""]


def render(report: Report) -> str:
    """A heading, a summary line, and a table per file."""
    parts = ["## provlint", "", totals_line(report), ""]
    if report.fixed:
        count = len(report.fixed)
        parts += [f"{count} baseline {'entry' if count == 1 else 'entries'} no longer found.", ""]
    for file, findings in group_by_file(report.findings):
        parts += _file_section(file, findings)
    return "\n".join(parts).rstrip("\n") + "\n"
