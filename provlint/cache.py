"""The extraction cache: per-article results keyed by content, lexicons and version.

Extraction is the costly per-article stage and depends only on the article's
bytes, the lexicons and provlint's version, so an unchanged article is never
extracted twice. Entries are JSON data (never pickles: nothing in the working
tree is ever executed), written atomically, and an entry that cannot be read
is ignored and rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path

from provlint import __version__
from provlint.records import Document, Extraction
from provlint.resources import data_dir
from provlint.serialize import extraction_from_dict, extraction_to_dict

CACHE_DIR = ".provlint_cache"
_LAYOUT = "v1"


@cache
def lexicon_fingerprint() -> str:
    """A hash of every lexicon file, so editing a word list invalidates the cache."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted((data_dir("rules") / "lexicon").glob("*.toml")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class ExtractionCache:
    """A folder of cached extractions; safe for several provlint runs at once."""

    def __init__(self, root: Path) -> None:
        self.root = root / _LAYOUT
        self.hits = 0
        self.misses = 0

    def _path(self, document: Document) -> Path:
        key = hashlib.sha256(f"{lexicon_fingerprint()}:{document.sha256}".encode()).hexdigest()
        return self.root / key[:2] / f"{key}.json"

    def get(self, document: Document) -> Extraction | None:
        """The cached extraction of this document, or None when absent or unreadable."""
        path = self._path(document)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            extraction = extraction_from_dict(data, document)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self.misses += 1
            return None
        self.hits += 1
        return extraction

    def put(self, extraction: Extraction) -> None:
        """Store an extraction; a failure to write only costs the next run time."""
        path = self._path(extraction.document)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _mark_cache_dir(self.root.parent)
            payload = json.dumps(
                extraction_to_dict(extraction), ensure_ascii=False, separators=(",", ":")
            )
            handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(payload)
            os.replace(temporary, path)
        except OSError:
            return


def _mark_cache_dir(root: Path) -> None:
    """Tell git and backup tools that the folder is a cache."""
    ignore = root / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# Created by provlint.\n*\n", encoding="utf-8")
    tag = root / "CACHEDIR.TAG"
    if not tag.exists():
        tag.write_text(
            "Signature: 8a477f597d28d172789f06886806bc55\n# provlint extraction cache\n",
            encoding="utf-8",
        )
