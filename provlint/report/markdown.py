"""A compact Markdown report for pull-request comments."""

from __future__ import annotations

from itertools import groupby

from provlint.records import Report
from provlint.report import summarise


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render(report: Report) -> str:
    """A heading, a summary line, and a table per file."""
    summary = summarise(report)
    counts = ", ".join(f"{n} {s}" for s, n in summary["by_severity"].items() if n) or "none"
    parts = [
        "## provlint",
        "",
        f"{summary['findings']} findings ({counts}) in {summary['files']} files.",
        "",
    ]
    for file, findings in groupby(report.findings, key=lambda f: f.location.file):
        parts += [
            f"### `{file}`",
            "",
            "| at | severity | code | message |",
            "| --- | --- | --- | --- |",
        ]
        for f in findings:
            message = _cell(f.message)
            if f.related:
                message += " (see " + ", ".join(f"`{r.file}:{r.line}`" for r in f.related) + ")"
            parts.append(
                f"| {f.location.line}:{f.location.column} | {f.severity} | {f.code} | {message} |"
            )
        parts.append("")
    return "\n".join(parts) + "\n"
