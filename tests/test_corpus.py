"""Loading: discovery, decoding, front matter and every kind of bad file."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provlint.corpus import PathError, decode, discover, load, parse_front_matter
from provlint.text import line_starts, make_span, position


def test_seeds_are_the_shared_corpus_byte_for_byte() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    ours = Path(__file__).resolve().parents[1] / "seeds"
    names = sorted(p.name for p in shared.iterdir())
    assert sorted(p.name for p in ours.iterdir()) == names
    for name in names:
        assert (ours / name).read_bytes() == (shared / name).read_bytes()


def test_discover_walks_folders_skips_hidden_and_sorts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "node_modules").mkdir()
    for name in (
        "b/2.txt",
        "a.md",
        ".hidden/x.txt",
        "node_modules/y.txt",
        "notes.json",
        ".dot.txt",
    ):
        (tmp_path / name).write_text("An article.\n", encoding="utf-8")
    assert discover(["."]) == ["a.md", "b/2.txt"]
    assert discover(["."], include=["*.json"]) == ["notes.json"]
    assert discover(["."], exclude=["b/*"]) == ["a.md"]
    # A file named explicitly is checked even when no glob matches it.
    assert discover(["notes.json"]) == ["notes.json"]


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(PathError, match="no such file or directory"):
        discover([str(tmp_path / "missing")])


def test_utf8_bom_is_removed_and_offsets_follow_the_decoded_text() -> None:
    doc, problems = decode("a.txt", codecs.BOM_UTF8 + "Title\nBody “quote”".encode())
    assert doc is not None and not problems
    assert doc.text.startswith("Title") and doc.encoding == "utf-8-sig"


def test_utf16_with_bom_is_read() -> None:
    doc, problems = decode("a.txt", "Héllo wörld\n".encode("utf-16"))
    assert doc is not None and doc.text == "Héllo wörld\n" and not problems


def test_windows_1252_is_read_with_a_problem_naming_the_byte() -> None:
    doc, problems = decode("a.txt", "Line one\nCafé “quoted”\n".encode("cp1252"))
    assert doc is not None and "Café “quoted”" in doc.text
    assert [p.kind for p in problems] == ["encoding"]
    assert "0xe9" in problems[0].message and problems[0].line == 2 and problems[0].column == 4


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x00\x01binary\x00", "binary"),
        (bytes(range(1, 9)) * 10, "binary"),
    ],
)
def test_files_that_are_not_articles_become_problems(data: bytes, kind: str) -> None:
    doc, problems = decode("x.txt", data)
    assert doc is None and [p.kind for p in problems] == [kind]


def test_oversized_and_unreadable_files_are_problems_and_others_still_load(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 100, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("A fine article.\n", encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text("secret\n", encoding="utf-8")
    locked.chmod(0)
    try:
        result = load([str(big), str(good), str(locked)], max_bytes=100)
    finally:
        locked.chmod(0o644)
    kinds = {Path(p.path).name: p.kind for p in result.problems}
    assert kinds["big.txt"] == "oversized"
    if os.geteuid() != 0:  # root can read anything
        assert kinds["locked.txt"] == "unreadable"
    assert [Path(d.path).name for d in result.documents][0] == "good.txt"


def test_toml_front_matter_becomes_metadata_and_body_offset() -> None:
    text = '---\ntitle = "Bridge Opens"\noutlet = "Valley Post"\ndate = 2024-05-01\n---\nThe bridge opened.\n'
    fields, body_start, problem = parse_front_matter(text)
    assert problem is None
    assert fields == {"outlet": "Valley Post", "published": "2024-05-01", "title": "Bridge Opens"}
    assert text[body_start:].startswith("The bridge")


def test_key_value_front_matter_is_read() -> None:
    text = "---\nurl: https://example.org/a\nAuthor: Lee Park\n---\nBody.\n"
    fields, _, problem = parse_front_matter(text)
    assert problem is None and fields == {"author": "Lee Park", "url": "https://example.org/a"}


def test_malformed_front_matter_is_a_problem_not_a_crash() -> None:
    doc, problems = decode("x.txt", b"---\n= nonsense [\n---\nBody text here.\n")
    assert doc is not None and doc.front_matter == {} and doc.body_start == 0
    assert [p.kind for p in problems] == ["front-matter"]


@given(st.text(alphabet="ab\r\n", max_size=30))
def test_a_line_starts_after_every_kind_of_line_break(text: str) -> None:
    assert line_starts(text) == (0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", text)))


def test_positions_are_one_based_and_handle_all_line_endings() -> None:
    text = "ab\r\ncd\ref\ngh"
    starts = line_starts(text)
    assert [position(starts, text.index(c)) for c in "acegh"] == [
        (1, 1),
        (2, 1),
        (3, 1),
        (4, 1),
        (4, 2),
    ]
    doc, _ = decode("x.txt", text.encode())
    assert doc is not None
    span = make_span(doc, text.index("c"), text.index("f") + 1)
    assert (span.line, span.column, span.end_line, span.end_column) == (2, 1, 3, 3)
