"""Locate the data provlint ships: JSON Schemas and the default rule pack.

An installed wheel carries them under ``provlint/_data``; a source checkout
(or an editable install) reads them from the repository's top level.
"""

from __future__ import annotations

import json
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent


def data_dir(kind: str) -> Path:
    """The folder holding ``schemas`` or ``rules``, installed or in the checkout."""
    installed = _PACKAGE / "_data" / kind
    return installed if installed.is_dir() else _PACKAGE.parent / kind


@cache
def schema(name: str) -> dict[str, Any]:
    """A JSON Schema by short name: report, extract, rules or config."""
    with open(data_dir("schemas") / f"{name}.schema.json", encoding="utf-8") as handle:
        return json.load(handle)


@cache
def lexicon(name: str) -> dict[str, Any]:
    """A word list from ``rules/lexicon/NAME.toml``, read once per process."""
    with open(data_dir("rules") / "lexicon" / f"{name}.toml", "rb") as handle:
        return tomllib.load(handle)


def read_toml(path: Path, what: str) -> dict[str, Any]:
    """Parse a user's TOML file; ValueError carries a one-line reason naming the file."""
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ValueError(f"{path}: cannot read {what}: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path}: not valid TOML: {error}") from None
