"""A human-readable view of `provlint extract`: who is quoted, saying what."""

from __future__ import annotations

from collections.abc import Sequence

from tabulate import tabulate

from provlint.records import Extraction


def _short(text: str, limit: int = 56) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def render_extraction_table(extractions: Sequence[Extraction]) -> str:
    """One section per article: metadata, then quotes with speaker and cue."""
    parts = []
    for ex in extractions:
        meta = ex.metadata
        fields = [
            (name, getattr(meta, name).value)
            for name in ("title", "outlet", "published", "dateline", "credit")
            if getattr(meta, name)
        ]
        parts.append(ex.document.id)
        parts.append(tabulate(fields, tablefmt="plain") if fields else "(no metadata found)")
        rows = [
            (
                f"{q.span.line}:{q.span.column}",
                q.kind + (" (boilerplate)" if q.in_zone else ""),
                (q.speaker.name or q.speaker.mention) + f" [{q.speaker.via}]" if q.speaker else "-",
                _short(q.text),
            )
            for q in ex.quotes
        ]
        if rows:
            parts.append(tabulate(rows, headers=["at", "kind", "speaker", "quote"]))
        people = ", ".join(p.name for p in ex.people)
        parts.append(
            f"people: {people or '-'}; figures: {len(ex.figures)}; claims: {len(ex.claims)}"
        )
        parts.append("")
    return "\n".join(parts) + ("\n" if parts else "")
