"""The published pre-commit hook, run by the real pre-commit tool in a scratch repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ALTERED = Path(__file__).parent / "corpus" / "altered"


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def try_hook(repo: Path, file: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run this repository's published hook on one file, as `pre-commit try-repo` does."""
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "provlint", "--files", file],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(
    os.environ.get("PROVLINT_SKIP_PRECOMMIT") == "1", reason="PROVLINT_SKIP_PRECOMMIT=1"
)
def test_new_article_that_alters_a_corpus_quote_is_caught_at_commit(tmp_path: Path) -> None:
    repo = tmp_path / "newsroom"
    (repo / "articles").mkdir(parents=True)
    (repo / "pyproject.toml").write_text(
        '[tool.provlint]\ncorpus = "articles/"\nfail-on = "warning"\n', encoding="utf-8"
    )
    shutil.copy(ALTERED / "original.txt", repo / "articles" / "original.txt")
    git(repo, "init", "-q")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "add", ".")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "corpus")
    shutil.copy(ALTERED / "republished.txt", repo / "articles" / "new.txt")
    git(repo, "add", "articles/new.txt")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    env.pop("PYTHONPATH", None)
    result = try_hook(repo, "articles/new.txt", env)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "PV301" in output and "articles/original.txt" in output
    # An unrelated new article passes, although the corpus still holds the
    # altered pair: only findings touching the files being committed count.
    (repo / "articles" / "other.txt").write_text(
        '---\noutlet = "Valley Wire"\npublished = "2024-04-05"\n---\n'
        "Library Opens Late on Fridays\n\n"
        "The town library will stay open until nine on Fridays, librarian Ada Quist said.\n",
        encoding="utf-8",
    )
    git(repo, "add", "articles/other.txt")
    clean = try_hook(repo, "articles/other.txt", env)
    assert clean.returncode == 0, clean.stdout + clean.stderr
