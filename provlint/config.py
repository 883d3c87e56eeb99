"""Configuration: ``[tool.provlint]`` in pyproject.toml, or a provlint.toml.

Found by walking up from the working folder, like ruff. Paths in a config file
are relative to the folder the file is in. Unknown keys and rule codes are
errors with a did-you-mean, because a silently ignored setting is worse than
none.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema

from provlint.resources import read_toml, schema

CONFIG_FILES = ("provlint.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names file, key and problem."""


@dataclass(frozen=True, slots=True)
class Config:
    """The effective settings of a run, before command-line options are applied."""

    path: Path | None = None
    corpus: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str | None = None
    rule_packs: tuple[Path, ...] = ()
    max_bytes: int | None = None
    thresholds: dict[str, dict[str, Any]] = field(default_factory=dict)
    baseline: Path | None = None
    attribution_model: Path | None = None


def find_config(start: Path) -> Path | None:
    """The nearest provlint.toml, or pyproject.toml with a [tool.provlint] table."""
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "provlint.toml" or _has_tool_table(candidate):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return "provlint" in tomllib.load(handle).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError):
        return False


def load_config(path: Path) -> Config:
    """Read and validate one configuration file."""
    try:
        data = read_toml(path, "configuration")
    except ValueError as error:
        raise ConfigError(str(error)) from None
    table = data.get("tool", {}).get("provlint", {}) if path.name == "pyproject.toml" else data
    prefix = "tool.provlint" if path.name == "pyproject.toml" else ""
    _validate(path, prefix, table)
    base = path.parent
    return Config(
        path=path,
        corpus=tuple(_relative(base, p) for p in _as_list(table.get("corpus", []))),
        include=tuple(table.get("include", ())),
        exclude=tuple(table.get("exclude", ())),
        select=tuple(table.get("select", ())),
        extend_select=tuple(table.get("extend-select", ())),
        ignore=tuple(table.get("ignore", ())),
        per_file_ignores={
            k: tuple(v) for k, v in sorted(table.get("per-file-ignores", {}).items())
        },
        severity=dict(sorted(table.get("severity", {}).items())),
        fail_on=table.get("fail-on"),
        rule_packs=tuple(base / p for p in table.get("rule-packs", ())),
        max_bytes=table.get("max-bytes"),
        thresholds={k: dict(v) for k, v in sorted(table.get("thresholds", {}).items())},
        baseline=base / table["baseline"] if "baseline" in table else None,
        attribution_model=(
            base / table["attribution-model"] if "attribution-model" in table else None
        ),
    )


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _relative(base: Path, path: str) -> str:
    """A config path as the CLI would take it: relative to the working folder when possible."""
    target = (base / path).resolve()
    try:
        shown = target.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return target.as_posix()
    return shown if shown != "." else "."


@cache
def _fast_validator() -> Callable[[Any], Any]:
    """The configuration schema compiled to plain code, for the usual valid file."""
    return fastjsonschema.compile(schema("config"))


def _validate(path: Path, prefix: str, table: dict[str, Any]) -> None:
    config_schema = schema("config")
    known = sorted(config_schema["properties"])
    for key in table:
        if key not in known:
            hint = difflib.get_close_matches(key, known, n=1)
            suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
            where = f"{prefix}.{key}" if prefix else key
            raise ConfigError(f"{path}: unknown key {where!r}{suggestion}")
    try:
        _fast_validator()(table)
        return
    except fastjsonschema.JsonSchemaException:
        pass  # the reference validator below says where, in words users know
    import jsonschema  # a tenth of a second to import: only for a configuration in error

    validator = jsonschema.Draft202012Validator(config_schema)
    errors = sorted(validator.iter_errors(table), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        error = errors[0]
        parts = [prefix] if prefix else []
        parts += [str(p) for p in error.absolute_path]
        where = ".".join(parts) or "top level"
        raise ConfigError(f"{path}: {where}: {error.message}")


def check_rule_codes(config: Config, codes: set[str], names: set[str]) -> None:
    """Every code a config names must exist; suggest the closest one otherwise."""
    mentioned: list[tuple[str, str]] = []
    for key, values in (
        ("select", config.select),
        ("extend-select", config.extend_select),
        ("ignore", config.ignore),
    ):
        mentioned += [(key, v) for v in values]
    for pattern, values in config.per_file_ignores.items():
        mentioned += [(f"per-file-ignores.{pattern!r}", v) for v in values]
    mentioned += [("severity", code) for code in config.severity]
    mentioned += [("thresholds", code) for code in config.thresholds]
    for key, code in mentioned:
        if code == "ALL" or code in names or any(c.startswith(code) for c in codes):
            continue
        hint = difflib.get_close_matches(code, sorted(codes | names), n=1)
        suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
        raise ConfigError(f"{config.path}: {key}: unknown rule code {code!r}{suggestion}")
