"""Find article files and decode them into Documents.

A file that cannot be an article (unreadable, binary, empty, oversized) becomes
a LoadProblem, which the engine reports as a finding; the other files are still
checked. Only a path that does not exist is a usage error.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fnmatch import translate
from pathlib import Path, PurePosixPath

from provlint.records import Document, LoadProblem
from provlint.text import line_starts, position

DEFAULT_INCLUDE: tuple[str, ...] = ("*.txt", "*.md")
DEFAULT_EXCLUDE: tuple[str, ...] = ()
DEFAULT_MAX_BYTES = 2_000_000
# Folders no one keeps articles in; hidden folders are skipped as well.
SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})
FRONT_MATTER_KEYS = ("title", "outlet", "published", "author", "url", "byline", "credit")
_FRONT_MATTER_ALIASES = {"date": "published", "source": "outlet", "publisher": "outlet"}


class PathError(Exception):
    """A path named on the command line that does not exist."""


@dataclass(frozen=True, slots=True)
class LoadResult:
    """The decoded documents and the problems met while loading, both sorted by path.

    ``identities`` gives every path what its content is known by: the SHA-256 of
    its bytes, or, for a file that was not read, why not.
    """

    documents: tuple[Document, ...]
    problems: tuple[LoadProblem, ...]
    identities: dict[str, str] = field(default_factory=dict)


def discover(
    paths: Sequence[str],
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = DEFAULT_EXCLUDE,
) -> list[str]:
    """Expand files and folders into article paths, sorted and without repeats.

    A file named explicitly is always taken; files found in folders must match
    ``include`` and not ``exclude`` (globs on the file name or relative path).
    """
    found: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.update(_walk(path, include, exclude))
        elif path.exists():
            found.add(display_path(path))
        else:
            raise PathError(f"{raw}: no such file or directory")
    return sorted(found)


def _walk(root: Path, include: Sequence[str], exclude: Sequence[str]) -> Iterable[str]:
    # The root is resolved once; paths below it are joined, not resolved one by one.
    shown_root = display_path(root)
    included, excluded = _Globs(include), _Globs(exclude)
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in SKIPPED_DIRS)
        relative = Path(folder).relative_to(root).as_posix()
        if relative == ".":
            prefix = shown_root
        else:
            prefix = relative if shown_root == "." else f"{shown_root}/{relative}"
        for name in filenames:
            if name.startswith("."):
                continue
            shown = name if prefix == "." else f"{prefix}/{name}"
            if included.match(name, shown) and not excluded.match(name, shown):
                yield shown


class _Globs:
    """Globs on a file's name, or (those with a slash) on its path from the right.

    The name globs are joined into one regular expression: a corpus walk tests
    every file, and tens of thousands of fnmatch calls add up.
    """

    def __init__(self, globs: Sequence[str]) -> None:
        names = [translate(glob) for glob in globs]
        self._names = re.compile("|".join(names)) if names else None
        self._paths = [glob for glob in globs if "/" in glob]

    def match(self, name: str, shown: str) -> bool:
        if self._names is not None and self._names.match(name):
            return True
        return any(PurePosixPath(shown).match(glob) for glob in self._paths)


def display_path(path: Path) -> str:
    """A stable, forward-slash path: relative to the working folder when inside it."""
    try:
        shown = path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        shown = Path(os.path.normpath(path.absolute()))
    return shown.as_posix()


def load(paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
    """Read every path; never raises for a bad file."""
    documents: list[Document] = []
    problems: list[LoadProblem] = []
    identities: dict[str, str] = {}
    for path in sorted(set(paths)):
        document, found, identity = load_one(path, max_bytes)
        problems.extend(found)
        identities[path] = identity
        if document is not None:
            documents.append(document)
    return LoadResult(tuple(documents), tuple(problems), identities)


def load_one(
    path: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Document | None, list[LoadProblem], str]:
    """Read and decode one file into a Document, or say why it is not an article.

    The third value is what the file's content is known by (see LoadResult).
    """
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            message = f"file is {size:,} bytes, over the limit of {max_bytes:,}"
            return None, [LoadProblem(path, "oversized", message)], f"oversized:{size}"
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        message = f"cannot read file: {error.strerror or error}"
        return None, [LoadProblem(path, "unreadable", message)], "unreadable"
    document, problems = decode(path, data)
    identity = document.sha256 if document else hashlib.sha256(data).hexdigest()
    return document, problems, identity


def decode(path: str, data: bytes) -> tuple[Document | None, list[LoadProblem]]:
    """Turn bytes into a Document; UTF-8 (with or without BOM) and UTF-16 with BOM are read."""
    if not data.strip():
        return None, [LoadProblem(path, "empty", "file is empty")]
    problems: list[LoadProblem] = []
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _decode_utf8(path, data[len(codecs.BOM_UTF8) :], problems), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
    elif _looks_binary(data):
        return None, [LoadProblem(path, "binary", "file is binary, not text")]
    else:
        text, encoding = _decode_utf8(path, data, problems), "utf-8"
    if problems:
        encoding = "cp1252"
    if not text.strip():
        return None, [LoadProblem(path, "empty", "file holds only white space")]
    front_matter, body_start, fm_problem = parse_front_matter(text)
    if fm_problem:
        problems.append(LoadProblem(path, "front-matter", fm_problem))
    document = Document(
        id=path,
        path=path,
        text=text,
        line_starts=line_starts(text),
        front_matter=front_matter,
        body_start=body_start,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    return document, problems


# Control characters that do not occur in text; a file full of them is binary.
_CONTROL_BYTES = bytes(byte for byte in range(32) if byte not in b"\t\n\r\f\v\x1b")


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) * 0.05


def _decode_utf8(path: str, data: bytes, problems: list[LoadProblem]) -> str:
    """Strict UTF-8; otherwise Windows-1252, the usual culprit, with a problem saying so."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        prefix = data[: error.start].decode("utf-8", errors="replace")
        starts = line_starts(prefix)
        line, column = position(starts, len(prefix))
        problems.append(
            LoadProblem(
                path,
                "encoding",
                f"file is not valid UTF-8 (byte 0x{data[error.start]:02x} at line {line}, "
                f"column {column}); read as Windows-1252",
                line,
                column,
            )
        )
        return data.decode("cp1252", errors="replace")


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_KEY_VALUE = re.compile(r"^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$")


def parse_front_matter(text: str) -> tuple[dict[str, str], int, str | None]:
    """Read an optional ``---`` block of TOML or ``key: value`` lines at the top.

    Returns the fields, the offset where the article body begins, and a problem
    description when a block is present but cannot be read.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0, None
    block = match.group(1)
    fields: dict[str, str] = {}
    try:
        parsed = tomllib.loads(block)
        fields = {key: str(value) for key, value in parsed.items() if not isinstance(value, dict)}
    except tomllib.TOMLDecodeError:
        for number, raw_line in enumerate(block.splitlines(), start=2):
            if not raw_line.strip() or raw_line.lstrip().startswith("#"):
                continue
            pair = _KEY_VALUE.match(raw_line)
            if not pair:
                return {}, 0, f"front matter line {number} is neither TOML nor 'key: value'"
            fields[pair.group(1)] = pair.group(2).strip("\"'")
    normalised: dict[str, str] = {}
    for key, value in fields.items():
        key = key.lower().replace("_", "-")
        normalised[_FRONT_MATTER_ALIASES.get(key, key)] = value
    return dict(sorted(normalised.items())), match.end(), None
