"""Shared fixtures: the repository's seeds and a helper to build documents from text."""

from __future__ import annotations

from pathlib import Path

import pytest

from provlint.corpus import decode
from provlint.extract import extract
from provlint.records import Document, Extraction

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def document(text: str, name: str = "article.txt") -> Document:
    """A Document built from a string, as if read from ``name``."""
    doc, problems = decode(name, text.encode("utf-8"))
    assert doc is not None, problems
    return doc


def extracted(text: str) -> Extraction:
    """The full extraction of an article given as a string."""
    return extract(document(text))


@pytest.fixture(scope="session")
def seed_extractions() -> dict[str, Extraction]:
    """Every seed article, extracted once per test session, by file-name prefix."""
    from provlint.corpus import load

    loaded = load([str(p) for p in sorted(SEEDS.glob("*.txt"))])
    return {Path(doc.path).name[:3]: extract(doc) for doc in loaded.documents}
