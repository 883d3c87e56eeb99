"""Rule packs: TOML files declaring rules, validated before anything runs.

A pack is data only. It names checks that provlint itself provides; nothing in
a pack is ever executed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from provlint.normalise import add_aliases
from provlint.records import Example, Rule
from provlint.resources import data_dir, read_toml, schema


class PackError(Exception):
    """A rule pack that cannot be used; the message names the file, key and problem."""


def default_pack_path() -> Path:
    """The pack provlint ships with."""
    return data_dir("rules") / "default.toml"


def load_pack(
    path: Path, known_checks: frozenset[str] | None = None, shipped: bool = False
) -> tuple[Rule, ...]:
    """Read, validate and convert one pack; raise PackError with a one-line reason.

    The pack provlint ships (``shipped``) is checked against the schema by the
    test suite, not on every run; users' packs always are.
    """
    try:
        data = read_toml(path, "rule pack")
    except ValueError as error:
        raise PackError(str(error)) from None
    if not shipped:
        validate_pack(path, data)
    if data.get("aliases"):
        add_aliases(data["aliases"])
    rules = tuple(_rule(entry) for entry in data.get("rules", []))
    seen: dict[str, str] = {}
    for index, rule in enumerate(rules):
        for handle_ in (rule.code, rule.name):
            if handle_ in seen:
                raise PackError(f"{path}: rules[{index}]: {handle_!r} is declared twice")
            seen[handle_] = rule.code
        if known_checks is not None and rule.check not in known_checks:
            raise PackError(f"{path}: rules[{index}].check: unknown check {rule.check!r}")
        problem = _generic_params_problem(rule)
        if problem:
            raise PackError(f"{path}: rules[{index}].params.{problem}")
    return rules


_REQUIRED_PARAMS = {
    "pattern": ("regex", str),
    "require": ("field", str),
    "phrase-list": ("phrases", list),
}


def _generic_params_problem(rule: Rule) -> str | None:
    """What is wrong with a generic rule's parameters, or None."""
    if rule.check not in _REQUIRED_PARAMS:
        return None
    key, kind = _REQUIRED_PARAMS[rule.check]
    value = rule.params.get(key)
    if not isinstance(value, kind) or not value:
        return f"{key}: the {rule.check!r} check needs a non-empty {kind.__name__} here"
    where = rule.params.get("where", "anywhere")
    if where not in ("anywhere", "inside-quotes", "outside-quotes"):
        return f"where: {where!r} is not one of anywhere, inside-quotes, outside-quotes"
    if rule.check == "pattern":
        import regex

        try:
            regex.compile(value)
        except regex.error as error:
            return f"regex: not a valid regular expression: {error}"
    return None


def validate_pack(path: Path, data: dict[str, Any]) -> None:
    """Check a parsed pack against schemas/rules.schema.json, reporting the first error."""
    import jsonschema  # only for packs users write: it takes a tenth of a second to import

    validator = jsonschema.Draft202012Validator(schema("rules"))
    errors = sorted(
        validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message)
    )
    if errors:
        error = errors[0]
        where = _json_path(error.absolute_path) or "top level"
        raise PackError(f"{path}: {where}: {error.message}")


def _json_path(parts: Any) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _rule(entry: dict[str, Any]) -> Rule:
    examples = tuple(Example(e["kind"], e["text"]) for e in entry.get("examples", []))
    return Rule(
        code=entry["code"],
        name=entry["name"],
        category=entry["category"],
        severity=entry["severity"],
        message=entry["message"],
        summary=entry["summary"],
        rationale=entry["rationale"].strip(),
        check=entry["check"],
        params=dict(entry.get("params", {})),
        examples=examples,
        example_exempt=entry.get("example-exempt"),
    )
