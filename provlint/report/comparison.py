"""Renderers for `provlint compare`: a side-by-side table, or JSON."""

from __future__ import annotations

import json
from dataclasses import asdict

from tabulate import tabulate

from provlint.compare import Comparison


def _short(text: str, limit: int = 44) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def render_comparison_table(result: Comparison) -> str:
    """Three sections (quotes, people, figures), each with one column per article."""
    a, b = result.file_a, result.file_b
    parts = [f"A: {a}", f"B: {b}", ""]
    if result.quotes:
        rows = []
        for quote in result.quotes:
            verdict = "identical" if quote.relation == "same" else quote.relation
            rows.append(
                (
                    f"{quote.line_a}: {_short(quote.text_a)}\n({quote.speaker_a or '?'})",
                    f"{quote.line_b}: {_short(quote.text_b)}\n({quote.speaker_b or '?'})",
                    f"{verdict} {quote.score:g}"
                    + (f"\n{_short(quote.diff, 40)}" if quote.diff else ""),
                )
            )
        parts.append(tabulate(rows, headers=["quote in A", "quote in B", "verdict"]))
    else:
        parts.append("No shared quotes.")
    parts.append("")
    if result.people:
        rows = [
            (p.name_a, "; ".join(p.titles_a) or "-", "; ".join(p.titles_b) or "-")
            for p in result.people
        ]
        parts.append(
            tabulate(
                rows, headers=["person", "titles in A", "titles in B"], maxcolwidths=[24, 32, 32]
            )
        )
    else:
        parts.append("No shared people.")
    parts.append("")
    if result.figures:
        rows = [
            (
                f.counts,
                f"{f.line_a}: {f.text_a}",
                f"{f.line_b}: {f.text_b}",
                "agree" if f.agree else "DISAGREE",
            )
            for f in result.figures
        ]
        parts.append(tabulate(rows, headers=["counts", "in A", "in B", "verdict"]))
    else:
        parts.append("No figures counting the same thing.")
    return "\n".join(parts) + "\n"


def render_comparison_json(result: Comparison) -> str:
    """The comparison as JSON, keys in a fixed order."""
    return json.dumps(asdict(result), indent=2, ensure_ascii=False) + "\n"
