"""Every module binds each top-level name once.

A second ``_PATTERN = re.compile(...)`` further down a long module silently
replaces the first for every function that reads it, including those written
against the first; ruff does not report a module constant bound twice.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted((*(ROOT / "provlint").rglob("*.py"), *(ROOT / "bench").glob("*.py")))


def top_level_names(source: str) -> Counter[str]:
    """How often each name is bound at a module's top level (assignments, defs, classes)."""
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


def test_a_name_bound_twice_is_found() -> None:
    source = "A = 1\n\ndef f():\n    return A\n\nB = 2\nA = 3\n"
    assert [name for name, count in top_level_names(source).items() if count > 1] == ["A"]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_top_level_name_is_bound_once(path: Path) -> None:
    twice = [name for name, count in top_level_names(path.read_text()).items() if count > 1]
    assert twice == []
