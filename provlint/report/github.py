"""GitHub Actions workflow commands: one annotation line per finding."""

from __future__ import annotations

from provlint.records import Finding, Report

_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """The message part of a workflow command: GitHub reads %, CR and LF as escapes."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: additionally ``:`` and ``,``, which would end the value early."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """``::warning file=F,line=L,col=C,endLine=..,endColumn=..,title=CODE name::message``."""
    where = finding.location
    properties = ",".join(
        f"{key}={value}"
        for key, value in (
            ("file", escape_property(where.file)),
            ("line", where.line),
            ("col", where.column),
            ("endLine", where.end_line),
            ("endColumn", where.end_column),
            ("title", escape_property(f"{finding.code} {finding.name}")),
        )
    )
    return f"::{_LEVELS[finding.severity]} {properties}::{escape_data(finding.message)}"


def render(report: Report) -> str:
    """One annotation per finding, in report order."""
    return "".join(annotation(finding) + "\n" for finding in report.findings)
