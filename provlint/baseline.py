"""Baselines: adopt provlint on an existing corpus and fail only on what is new.

A baseline records findings by fingerprint, which is built from the rule, the
file and the content involved (never line numbers), so edits elsewhere in an
article keep its known findings known.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from provlint import __version__
from provlint.records import BaselineEntry, Report

BASELINE_VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names the file and problem."""


def render_baseline(report: Report) -> str:
    """The report's findings as a baseline file (JSON, sorted, one entry per finding)."""
    entries = [
        {
            "fingerprint": f.fingerprint,
            "code": f.code,
            "file": f.location.file,
            "message": f.message,
        }
        for f in report.findings
    ]
    document = {
        "baseline_version": BASELINE_VERSION,
        "tool": {"name": "provlint", "version": __version__},
        "findings": sorted(entries, key=lambda e: (e["file"], e["code"], e["fingerprint"])),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def load_baseline(path: Path) -> tuple[BaselineEntry, ...]:
    """Read a baseline written by ``--write-baseline``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise BaselineError(f"{path}: cannot read baseline: {error.strerror or error}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise BaselineError(f"{path}: not a baseline file: {error}") from None
    if not isinstance(data, dict) or data.get("baseline_version") != BASELINE_VERSION:
        raise BaselineError(
            f"{path}: not a provlint baseline (baseline_version {BASELINE_VERSION})"
        )
    try:
        return tuple(
            BaselineEntry(e["fingerprint"], e["code"], e["file"], e["message"])
            for e in data["findings"]
        )
    except (KeyError, TypeError) as error:
        raise BaselineError(f"{path}: findings: malformed entry ({error})") from None


def apply_baseline(report: Report, baseline: tuple[BaselineEntry, ...]) -> Report:
    """Keep only findings the baseline does not know; list the known ones now gone."""
    known = {entry.fingerprint for entry in baseline}
    current = {finding.fingerprint for finding in report.findings}
    new = tuple(f for f in report.findings if f.fingerprint not in known)
    fixed = tuple(entry for entry in baseline if entry.fingerprint not in current)
    return replace(report, findings=new, baselined=len(report.findings) - len(new), fixed=fixed)
