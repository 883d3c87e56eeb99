"""The built wheel works outside the repository: schemas and rules travel with it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(os.environ.get("PROVLINT_SKIP_WHEEL") == "1", reason="PROVLINT_SKIP_WHEEL=1")
def test_installed_wheel_checks_a_folder_and_prints_schemas(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("provlint-*.whl")
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True
    )
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "story.txt").write_text("“We will stay,” he said.\n", encoding="utf-8")
    clean_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    provlint = env_dir / "bin" / "provlint"
    result = subprocess.run(
        [str(provlint), "check", "articles", "--format", "json", "--fail-on", "never"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=clean_env,
    )
    assert result.returncode == 0, result.stderr
    assert any(f["code"] == "PV103" for f in json.loads(result.stdout)["findings"])
    schema = subprocess.run(
        [str(provlint), "schema", "report"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=clean_env,
    )
    assert json.loads(schema.stdout)["$id"] == "urn:provlint:schema:report:1"
