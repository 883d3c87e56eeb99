"""GitHub Actions workflow commands: one annotation line per finding."""

from __future__ import annotations

from provlint.records import Report

_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    """``::warning file=F,line=L,col=C,endLine=..,endColumn=..,title=CODE name::message``."""
    lines = []
    for f in report.findings:
        where = f.location
        props = (
            f"file={_escape_property(where.file)},line={where.line},col={where.column},"
            f"endLine={where.end_line},endColumn={where.end_column},"
            f"title={_escape_property(f'{f.code} {f.name}')}"
        )
        lines.append(f"::{_LEVELS[f.severity]} {props}::{_escape_data(f.message)}")
    return "".join(line + "\n" for line in lines)
