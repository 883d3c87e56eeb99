"""The cache: what provlint learnt about a corpus, kept for the next run.

One SQLite file in the cache folder holds

- each file's identity (size, modification time, SHA-256), so an unchanged
  file is not read again — as git's index does;
- each article's extraction, keyed by its bytes, the lexicons and provlint's
  version, so an unchanged article is never extracted twice;
- each article's findings, keyed by its extraction, its path and the rules;
- the findings of whole runs, keyed by every file's bytes, the rules and the
  options, so an unchanged corpus is reported without reading it;
- the blocking index of the last full run, so ``check --changed`` compares a
  new article only with the articles that share a blocking key with it.

Entries are plain data (compressed JSON, integer arrays), never pickles:
nothing found in a working tree is ever executed. A database that cannot be
opened or read is set aside and rebuilt; one that cannot be written only costs
the next run time. SQLite's locking keeps concurrent runs safe.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from provlint import __version__
from provlint.resources import data_dir

CACHE_DIR = ".provlint_cache"
DATABASE = "cache-v3.sqlite3"
# A file modified this close to when it was recorded may have changed within the
# clock's resolution: it is read again rather than trusted (git's "racy" entries).
_RACY_SECONDS = 2.0
# Whole-run entries kept: enough for a few configurations side by side.
_RUNS_KEPT = 8
_BATCH = 500
# Above this many files, `known_files` reads the whole table instead of batches.
_SCAN_ABOVE = 2_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, recorded REAL, sha256 TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS extractions (
    key TEXT PRIMARY KEY, data BLOB, keys BLOB, sketch BLOB
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS findings (key TEXT PRIMARY KEY, data BLOB) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS runs (key TEXT PRIMARY KEY, data BLOB, used REAL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS blobs (name TEXT PRIMARY KEY, data BLOB) WITHOUT ROWID;
"""


@cache
def extraction_fingerprint() -> str:
    """A hash of provlint's version, its code and every lexicon file.

    Editing a word list or an extractor (in a development install, where the
    version does not change) invalidates what was extracted before.
    """
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    sources = sorted(package.rglob("*.py"))
    lexicons = sorted((data_dir("rules") / "lexicon").glob("*.toml"))
    for path in [*sources, *lexicons]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def content_key(sha256: str) -> str:
    """The extraction key of an article's bytes."""
    digest = _keyed().copy()  # the fingerprint is hashed once, not once per file
    digest.update(sha256.encode())
    return digest.hexdigest()


@cache
def _keyed() -> hashlib._Hash:
    return hashlib.sha256(f"{extraction_fingerprint()}:".encode())


def pack(data: Any) -> bytes:
    """JSON data as a compressed blob."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return zlib.compress(text.encode("utf-8"), 1)


def unpack(blob: bytes) -> Any:
    """The inverse of `pack`; raises ValueError (or zlib.error) on a damaged blob."""
    return json.loads(zlib.decompress(blob).decode("utf-8"))


@dataclass(frozen=True, slots=True)
class FileStat:
    """What the file system says of a file, to tell whether it changed."""

    size: int
    mtime_ns: int


class Store:
    """The cache database of one cache folder; every method is safe to call after a failure."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._db: sqlite3.Connection | None = None
        self._broken = False

    # --- connection ---------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        path = self.root / DATABASE
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            _mark_cache_dir(self.root)
            self._db = _open(path)
        except (OSError, sqlite3.Error):
            try:
                # A damaged database is set aside, never trusted, and started afresh.
                if path.exists():
                    os.replace(path, path.with_suffix(".damaged"))
                self._db = _open(path)
            except (OSError, sqlite3.Error):
                self._broken = True
        return self._db

    def _query(self, sql: str, values: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        db = self._connect()
        if db is None:
            return []
        try:
            return db.execute(sql, values).fetchall()
        except sqlite3.Error:
            return []

    def _rows_for(self, table: str, columns: str, keys: Sequence[str]) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = []
        key_column = "path" if table == "files" else "key"
        for start in range(0, len(keys), _BATCH):
            chunk = keys[start : start + _BATCH]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {columns} FROM {table} WHERE {key_column} IN ({marks})"  # noqa: S608
            rows.extend(self._query(sql, chunk))
        return rows

    def _write(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        db = self._connect()
        if db is None:
            return
        try:
            with db:
                db.executemany(sql, rows)
        except sqlite3.Error:
            return

    def close(self) -> None:
        """Release the database; later calls reopen it."""
        if self._db is not None:
            self._db.close()
            self._db = None

    # --- files --------------------------------------------------------------------------

    def known_files(self, stats: dict[str, FileStat]) -> dict[str, str]:
        """path -> SHA-256 for the files whose size and time are as recorded, and not racy."""
        known = {}
        columns = "path, size, mtime_ns, recorded, sha256"
        if len(stats) > _SCAN_ABOVE:
            # For a whole corpus one scan of the table is faster than batches of IN (…).
            rows = self._query(f"SELECT {columns} FROM files", ())  # noqa: S608
        else:
            rows = self._rows_for("files", columns, sorted(stats))
        for path, size, mtime_ns, recorded, sha in rows:
            stat = stats.get(path)
            if stat is None or (stat.size, stat.mtime_ns) != (size, mtime_ns):
                continue
            if recorded - mtime_ns / 1e9 < _RACY_SECONDS:
                continue
            known[path] = sha
        return known

    def remember_files(self, files: dict[str, tuple[FileStat, str]]) -> None:
        """Record each file's size, time and SHA-256, as just read."""
        now = time.time()
        rows = [(p, s.size, s.mtime_ns, now, sha) for p, (s, sha) in sorted(files.items())]
        self._write("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", rows)

    # --- extractions and findings -------------------------------------------------------

    def extractions(self, keys: Sequence[str]) -> dict[str, tuple[bytes, bytes, bytes]]:
        """(extraction blob, blocking keys, shingle sketch) of these content keys, undecoded."""
        rows = self._rows_for("extractions", "key, data, keys, sketch", sorted(set(keys)))
        return {key: (data, blocking, sketch) for key, data, blocking, sketch in rows}

    def put_extractions(self, rows: Sequence[tuple[str, bytes, bytes, bytes]]) -> None:
        """Store (content key, extraction blob, blocking keys, shingle sketch) rows."""
        self._write("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?)", sorted(rows))

    def findings(self, keys: Sequence[str]) -> dict[str, bytes]:
        """The stored per-article findings blobs of these keys (undecoded)."""
        return dict(self._rows_for("findings", "key, data", sorted(set(keys))))

    def put_findings(self, rows: Sequence[tuple[str, bytes]]) -> None:
        """Store (findings key, findings blob) rows."""
        self._write("INSERT OR REPLACE INTO findings VALUES (?, ?)", sorted(rows))

    # --- whole runs ---------------------------------------------------------------------

    def run(self, key: str) -> Any | None:
        """A whole run's stored result, or None."""
        rows = self._query("SELECT data FROM runs WHERE key = ?", (key,))
        if not rows:
            return None
        try:
            return unpack(rows[0][0])
        except (ValueError, zlib.error):
            return None

    def put_run(self, key: str, data: Any) -> None:
        """Store a whole run's result, keeping only the most recently used few."""
        self._write(
            "INSERT OR REPLACE INTO runs VALUES (?, ?, ?)", [(key, pack(data), time.time())]
        )
        self._write(
            "DELETE FROM runs WHERE key NOT IN (SELECT key FROM runs ORDER BY used DESC LIMIT ?)",
            [(_RUNS_KEPT,)],
        )

    # --- the blocking index -------------------------------------------------------------

    def index(self) -> BlockingIndex | None:
        """The blocking index of the last full run, or None."""
        rows = self._query("SELECT name, data FROM blobs WHERE name IN ('postings', 'contents')")
        blobs = dict(rows)
        if "postings" not in blobs or "contents" not in blobs:
            return None
        try:
            postings = array("Q", blobs["postings"])
            contents = unpack(blobs["contents"])
        except (ValueError, zlib.error):
            return None
        if not isinstance(contents, list):
            return None
        return BlockingIndex(postings, contents)

    def put_index(self, keys_by_content: dict[str, array[int]]) -> None:
        """Store the blocking index of a corpus: every key of every article."""
        contents = sorted(keys_by_content)
        postings = array("Q")
        for number, content in enumerate(contents):
            postings.extend((key << 32) | number for key in keys_by_content[content])
        ordered = array("Q", sorted(postings))
        self._write(
            "INSERT OR REPLACE INTO blobs VALUES (?, ?)",
            [("postings", ordered.tobytes()), ("contents", pack(contents))],
        )


@dataclass(frozen=True, slots=True)
class BlockingIndex:
    """Sorted (key << 32 | article number) postings and the articles' content keys."""

    postings: array[int]
    contents: list[str]

    def lookup(self, keys: Iterable[int], caps: Sequence[int], limit: int) -> set[str]:
        """Content keys of at most ``limit`` articles sharing any of ``keys``.

        At most ``caps[kind]`` articles per key, by the key's kind (its top 4 bits).
        Of those, the ones whose shared keys are rarest come first (each key counts
        one over the number of articles holding it), then the earliest indexed: a
        quote repeated across the corpus does not crowd out the one article that
        shares an event or changed the quote.
        """
        weight: dict[int, float] = {}
        for key in sorted(set(keys)):  # one order of summing, so ties break alike
            cap = caps[key >> 28] if key >> 28 < len(caps) else 0
            start = bisect_left(self.postings, key << 32)
            stop = bisect_left(self.postings, (key + 1) << 32, start)
            rarity = 1 / (stop - start) if stop > start else 0.0
            for entry in self.postings[start : min(stop, start + cap)]:
                number = entry & 0xFFFFFFFF
                weight[number] = weight.get(number, 0.0) + rarity
        ranked = sorted(weight, key=lambda number: (-weight[number], number))
        return {self.contents[n] for n in ranked[:limit] if n < len(self.contents)}

    def covers(self) -> frozenset[str]:
        """The content keys the index was built from."""
        return frozenset(self.contents)


def _open(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=30)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.executescript(_SCHEMA)
    db.execute("SELECT count(*) FROM runs").fetchone()  # a damaged file fails here
    return db


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
