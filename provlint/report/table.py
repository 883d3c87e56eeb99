"""The human report: findings grouped by file, then a summary per rule."""

from __future__ import annotations

from itertools import groupby

from tabulate import tabulate

from provlint.records import Report
from provlint.report import summarise


def _shorten(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def render(report: Report) -> str:
    """A table per file (position, severity, code, message, related), then totals.

    Column widths keep a line within 100 characters for ordinary messages.
    """
    summary = summarise(report)
    if not report.findings:
        extra = f" ({report.baselined} known in the baseline)" if report.baselined else ""
        return f"No findings in {report.files_checked} files{extra}.\n" + _fixed(report)
    parts = []
    for file, findings in groupby(report.findings, key=lambda f: f.location.file):
        rows = []
        for finding in findings:
            message = finding.message
            if finding.location.text and finding.location.text not in message:
                message += f"\n> {_shorten(finding.location.text, 60)}"
            related = "\n".join(f"{r.file}:{r.line}:{r.column}" for r in finding.related)
            rows.append(
                (
                    f"{finding.location.line}:{finding.location.column}",
                    finding.severity,
                    finding.code,
                    message,
                    related,
                )
            )
        has_related = any(row[4] for row in rows)
        headers = ["at", "severity", "code", "message"] + (["related"] if has_related else [])
        widths = [None, None, None, 50 if has_related else 70] + ([24] if has_related else [])
        table_rows = [row if has_related else row[:4] for row in rows]
        parts.append(file)
        parts.append(
            tabulate(table_rows, headers=headers, maxcolwidths=widths, disable_numparse=True)
        )
        parts.append("")
    names = {rule.code: (rule.name, rule.severity) for rule in report.rules}
    rule_rows = [
        (code, names.get(code, ("?", "?"))[0], names.get(code, ("?", "?"))[1], count)
        for code, count in summary["by_rule"].items()
    ]
    parts.append(
        tabulate(rule_rows, headers=["code", "rule", "severity", "findings"], disable_numparse=True)
    )
    counts = ", ".join(f"{n} {s}" for s, n in summary["by_severity"].items() if n)
    line = f"{summary['findings']} findings ({counts}) in {summary['files']} files."
    if report.baselined:
        line += f" {report.baselined} known findings left out by the baseline."
    parts.append("")
    parts.append(line)
    return "\n".join(parts) + "\n" + _fixed(report)


def _fixed(report: Report) -> str:
    if not report.fixed:
        return ""
    lines = [f"Fixed since the baseline ({len(report.fixed)}):"]
    lines += [f"  {e.file}: {e.code} {_shorten(e.message, 70)}" for e in report.fixed]
    return "\n".join(lines) + "\n"
