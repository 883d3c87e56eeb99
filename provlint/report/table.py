"""The human report: findings grouped by file, then a summary per rule."""

from __future__ import annotations

import re
from collections.abc import Sequence

from provlint.records import Finding, Report
from provlint.report import group_by_file, totals_line

WIDTH = 100
SEPARATOR = 2  # tabulate's "simple" format puts two spaces between columns
EXCERPT = 60
MESSAGE_MIN = 40
HEADERS = ("at", "severity", "code", "message", "related")
_PATH_PIECES = re.compile(r"[^/]*/|[^/]+$")


def _shorten(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _message_cell(finding: Finding) -> str:
    """The message, then the text it is about when the message does not already quote it."""
    text = finding.location.text
    if not text.strip() or " ".join(text.split()) in " ".join(finding.message.split()):
        return finding.message
    return f"{finding.message}\n> {_shorten(text, EXCERPT)}"


def _wrap_path(text: str, width: int) -> list[str]:
    """Lines of at most ``width``, broken after a slash where possible, so names stay whole."""
    lines = [""]
    for piece in _PATH_PIECES.findall(text):
        if lines[-1] and len(lines[-1]) + len(piece) > width:
            lines.append("")
        lines[-1] += piece
        while len(lines[-1]) > width:
            lines[-1:] = [lines[-1][:width], lines[-1][width:]]
    return lines


def _related_cell(finding: Finding, width: int) -> str:
    positions = (f"{r.file}:{r.line}:{r.column}" for r in finding.related)
    return "\n".join(line for position in positions for line in _wrap_path(position, width))


def _row(finding: Finding, related_width: int) -> tuple[str, ...]:
    where = finding.location
    return (
        f"{where.line}:{where.column}",
        finding.severity,
        finding.code,
        _message_cell(finding),
        _related_cell(finding, related_width),
    )


def _column_width(cells: Sequence[str], header: str) -> int:
    from tabulate import MIN_PADDING

    # tabulate widens every headed column to at least its header plus MIN_PADDING.
    longest = max((len(line) for cell in cells for line in cell.splitlines()), default=0)
    return max(longest, len(header) + MIN_PADDING)


def _file_table(findings: Sequence[Finding]) -> str:
    """One file's findings; the message (and related) columns wrap so lines stay within WIDTH."""
    fixed_cells = [(f"{f.location.line}:{f.location.column}", f.severity, f.code) for f in findings]
    fixed = sum(_column_width([c[i] for c in fixed_cells], HEADERS[i]) for i in range(3))
    has_related = any(f.related for f in findings)
    columns = 5 if has_related else 4
    room = WIDTH - fixed - SEPARATOR * (columns - 1)
    related_width = 0
    if has_related:
        positions = [f"{r.file}:{r.line}:{r.column}" for f in findings for r in f.related]
        related_width = min(_column_width(positions, HEADERS[4]), room - MESSAGE_MIN)
    rows = [_row(f, related_width)[:columns] for f in findings]
    if has_related:
        # Paths broken after a slash may need less than the room they were given.
        related_width = _column_width([row[4] for row in rows], HEADERS[4])
    message_width = max(room - related_width, MESSAGE_MIN)
    from tabulate import tabulate  # imported when a table is drawn: JSON runs skip ~30 ms

    return tabulate(
        rows,
        headers=HEADERS[:columns],
        maxcolwidths=[None, None, None, message_width, None][:columns],
        disable_numparse=True,
    )


def _rule_table(findings: Sequence[Finding]) -> str:
    """Per rule: code, name, severity and how many findings, codes in order."""
    first: dict[str, Finding] = {}
    counts: dict[str, int] = {}
    for finding in findings:
        first.setdefault(finding.code, finding)
        counts[finding.code] = counts.get(finding.code, 0) + 1
    rows = [(code, first[code].name, first[code].severity, counts[code]) for code in sorted(counts)]
    from tabulate import tabulate

    return tabulate(rows, headers=["code", "rule", "severity", "findings"])


def render(report: Report) -> str:
    """A table per file (position, severity, code, message, related), then totals.

    Column widths keep a line within 100 characters for ordinary messages.
    """
    if not report.findings:
        return totals_line(report) + "\n" + _fixed(report)
    parts = []
    for file, findings in group_by_file(report.findings):
        parts += [file, _file_table(findings), ""]
    parts += [_rule_table(report.findings), "", totals_line(report)]
    return "\n".join(parts) + "\n" + _fixed(report)


def _fixed(report: Report) -> str:
    """Baseline entries that no longer occur, so the user can refresh the baseline."""
    if not report.fixed:
        return ""
    lines = [f"Fixed since the baseline ({len(report.fixed)}):"]
    lines += [f"  {e.file}: {e.code} {_shorten(e.message, 70)}" for e in report.fixed]
    return "\n".join(lines) + "\n"
