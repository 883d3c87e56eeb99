"""The speed benchmark's pure parts: the synthetic corpus, recall scoring and quote encoding.

Every corpus here is built from a tiny source file of invented sentences written
into tmp_path, so no real data is needed and nothing is written into the repository.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import provlint.normalise
from bench.make_corpus import (
    CODES,
    RELATIONS,
    CorpusError,
    Planted,
    build,
    file_name,
    main,
    person_name,
    place_name,
)
from bench.speed import (
    MATCHING_REPEATS,
    Recall,
    _fastest,
    all_pairs,
    compare_matching,
    descendants,
    encode_words,
    encoded_score,
    parse_sizes,
    recall,
    unplanted,
)
from provlint.match import quote_score
from provlint.normalise import quote_words

HIGH_RATES = {kind: 0.1 for kind in RELATIONS}

SUBJECTS = ("The harbour board", "A county panel", "The water company", "Local farmers")
VERBS = ("reviewed", "delayed", "approved", "questioned", "funded", "debated")
OBJECTS = ("the ferry timetable", "a new pier", "the reservoir plan", "road repairs")
TIMES = ("on Monday", "last week", "in the spring", "after a long meeting")
SPEAKERS = ("Harbour master Olive Brandt", "Farmer Jonas Teague", "Engineer Rita Valdane")


def _sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
        f"{rng.choice(TIMES)}, and {rng.choice(SUBJECTS).lower()} {rng.choice(VERBS)} "
        f"{rng.choice(OBJECTS)} {rng.choice(TIMES)}."
    )


def _paragraph(rng: random.Random, number: int) -> str:
    if number % 4 == 3:  # a quote with its speaker named beside the cue
        return f"“We {rng.choice(VERBS)} {rng.choice(OBJECTS)},” {rng.choice(SPEAKERS)} said."
    return " ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A JSON Lines source of 12 invented articles."""
    rng = random.Random(7)
    path = tmp_path_factory.mktemp("source") / "source.jsonl"
    rows = []
    for number in range(12):
        title = f"Harbour News Number {number}"
        paragraphs = [title + "."] + [_paragraph(rng, i) for i in range(10)]
        rows.append(
            {"title": title, "date": f"2016-03-{number + 1:02d}", "text": "\n\n".join(paragraphs)}
        )
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_same_seed_gives_the_same_bytes(tmp_path: Path, source: Path) -> None:
    build(40, tmp_path / "a", seed=3, source=source, rates=HIGH_RATES)
    build(40, tmp_path / "b", seed=3, source=source, rates=HIGH_RATES)
    build(40, tmp_path / "c", seed=4, source=source, rates=HIGH_RATES)
    first, second = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert first == second
    assert len([n for n in first if n.endswith(".txt")]) == 40
    assert _files(tmp_path / "c") != first


def test_article_i_does_not_depend_on_n(tmp_path: Path, source: Path) -> None:
    build(40, tmp_path / "small", seed=3, source=source, rates=HIGH_RATES)
    truth = build(60, tmp_path / "large", seed=3, source=source, rates=HIGH_RATES)
    for index in range(40):
        name = file_name(index)
        assert (tmp_path / "small" / name).read_bytes() == (tmp_path / "large" / name).read_bytes()
    small_truth = json.loads((tmp_path / "small" / "truth.json").read_text(encoding="utf-8"))
    large_truth = [t.as_json() for t in truth]
    assert small_truth == [t for t in large_truth if max(t["files"]) < file_name(40)]


def test_truth_names_existing_files_and_planted_text_is_in_both(
    tmp_path: Path, source: Path
) -> None:
    folder = tmp_path / "corpus"
    truth = build(40, folder, seed=3, source=source, rates=HIGH_RATES)
    assert {t.relation for t in truth} == set(RELATIONS)
    assert json.loads((folder / "truth.json").read_text(encoding="utf-8")) == [
        t.as_json() for t in truth
    ]
    used = [name for t in truth for name in t.files]
    assert len(used) == len(set(used))  # every article in at most one relation
    for planted in truth:
        origin_name, copy_name = planted.files
        assert origin_name < copy_name
        origin = (folder / origin_name).read_text(encoding="utf-8")
        copy = (folder / copy_name).read_text(encoding="utf-8")
        detail = planted.detail
        if planted.relation == "altered-quote":
            assert f"“{detail['quote']},” {detail['speaker']} said." in origin
            assert f"“{detail['altered']},” {detail['speaker']} said." in copy
            assert detail["quote"] not in copy
            diff = [
                (a, b)
                for a, b in zip(
                    quote_words(detail["quote"]), quote_words(detail["altered"]), strict=True
                )
                if a != b
            ]
            assert diff == [tuple(detail["changed"])]
        elif planted.relation == "swapped-speaker":
            first, second = detail["speakers"]
            assert f"“{detail['quote']},” {first} said." in origin
            assert f"“{detail['quote']},” {second} said." in copy
        elif planted.relation == "changed-figure":
            low, high = detail["figures"]
            assert low != high
            assert f"{detail['place']} on {detail['date']}" in origin
            assert f"{detail['place']} on {detail['date']}" in copy
            assert f" {low} " in origin and f" {high} " in copy
        else:
            assert origin.splitlines()[0] != copy.splitlines()[0]
            assert detail["dropped"]
            body = copy.split("\n\n", 2)[2]
            kept = [p for p in body.split("\n\n") if p]
            assert sum(p in origin for p in kept) >= len(kept) - 2
    assert not any(p.suffix == ".txt" for p in folder.iterdir() if not p.name[0].isdigit())


def test_reuse_and_refusals(
    tmp_path: Path, source: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "corpus"
    build(10, folder, source=source)
    stamp = (folder / "000003.txt").stat().st_mtime_ns
    build(10, folder, source=source)  # complete: reused, not rewritten
    assert (folder / "000003.txt").stat().st_mtime_ns == stamp
    build(5, folder, source=source)  # smaller: stale articles removed
    assert sorted(p.name for p in folder.glob("*.txt")) == [file_name(i) for i in range(5)]
    with pytest.raises(CorpusError, match="outside the repository"):
        build(5, Path(__file__).resolve().parent / "synthetic", source=source)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.md").write_text("mine", encoding="utf-8")
    with pytest.raises(CorpusError, match="not a generated corpus"):
        build(5, tmp_path / "other", source=source)
    assert main(["5", str(Path(__file__).resolve().parent / "x"), "--source", str(source)]) == 2
    assert "outside the repository" in capsys.readouterr().err


def test_invented_names_and_places_are_unique() -> None:
    people = [person_name(i) for i in range(5000)]
    places = [place_name(i) for i in range(5000)]
    assert len(set(people)) == len(people)
    assert len(set(places)) == len(places)
    # No two planted people share a given name and a surname's first or last three letters
    # (the keys provlint's spelling-variant check compares), for the first 1,200 people.
    keys: set[tuple[str, str]] = set()
    for name in people[:1200]:
        given, surname = name.split(" ", 1)
        for key in ((given, "<" + surname[:3].lower()), (given, surname[-3:].lower() + ">")):
            assert key not in keys, name
            keys.add(key)


def _finding(code: str, here: str, there: str) -> dict[str, object]:
    return {"code": code, "file": f"/x/{here}", "related": [{"file": f"/x/{there}"}]}


def test_recall_on_a_hand_made_report() -> None:
    truth = [
        Planted("republished", ("000001.txt", "000004.txt"), {}),
        Planted("altered-quote", ("000002.txt", "000007.txt"), {}),
        Planted("altered-quote", ("000010.txt", "000012.txt"), {}),
        Planted("swapped-speaker", ("000003.txt", "000005.txt"), {}),
    ]
    report = {
        "findings": [
            _finding("PV510", "000004.txt", "000001.txt"),
            _finding("PV301", "000002.txt", "000007.txt"),  # either way round
            _finding("PV303", "000012.txt", "000010.txt"),  # wrong code for that pair
            _finding("PV303", "000005.txt", "000005.txt"),  # related in the same file only
            _finding("PV304", "000020.txt", "000021.txt"),  # nothing planted there
            {"code": "PV201", "file": "/x/000009.txt", "related": []},
        ]
    }
    rows = {r.kind: r for r in recall(truth, report)}
    assert rows["republished"] == Recall("republished", 1, 1)
    assert rows["altered-quote"] == Recall("altered-quote", 1, 2)
    assert rows["swapped-speaker"] == Recall("swapped-speaker", 0, 1)
    assert rows["changed-figure"].share is None
    assert rows["all"] == Recall("all", 2, 4)
    assert rows["all"].share == 0.5
    assert unplanted(truth, report) == {"PV510": 0, "PV301": 0, "PV304": 1, "PV303": 1}
    assert set(CODES) == set(RELATIONS)


PAIRS = [
    ("We cannot keep rationing water every August while the town grows",
     "We cannot keep rationing water every summer while the town grows"),
    ("the expansion will be paid for from the board's reserves",
     "The expansion will be paid for from the reserves, not from household bills"),
    ("a full and lasting closure", "what happens with a full closure"),
    ("one two three", "three two one"),
    ("Same words here", "same words here"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_encoded_score_equals_quote_score(a: str, b: str) -> None:
    words_a, words_b = quote_words(a), quote_words(b)
    vocabulary: dict[str, str] = {}
    encoded_a, encoded_b = encode_words([words_a, words_b], vocabulary)
    assert len(encoded_a) == len(words_a) and len(encoded_b) == len(words_b)
    assert encoded_score(encoded_a, encoded_b) == pytest.approx(quote_score(words_a, words_b))


def test_encoding_covers_more_words_than_the_basic_plane() -> None:
    words = [(f"w{i}",) for i in range(70_000)]
    encoded = encode_words(words)
    assert len(set(encoded)) == 70_000
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in encoded)


def test_all_pairs_matches_quote_score_brute_force() -> None:
    pytest.importorskip("numpy", reason="rapidfuzz's cdist needs numpy")
    rng = random.Random(5)
    vocabulary = ["harbour", "ferry", "board", "water", "plan", "town", "bridge", "winter"]
    quotes = [tuple(rng.choice(vocabulary) for _ in range(rng.randint(5, 9))) for _ in range(60)]
    quotes += [quotes[3][:-1] + ("ice",), quotes[4]]  # one changed word, an exact repeat
    docs = [i // 3 for i in range(len(quotes))]
    keys = [(docs[i], i % 3) for i in range(len(quotes))]
    found = all_pairs(encode_words(quotes), docs, keys, 90.0)
    expected = {
        (keys[i], keys[j])
        for i in range(len(quotes))
        for j in range(i + 1, len(quotes))
        if docs[i] != docs[j] and quote_score(quotes[i], quotes[j]) >= 90.0
    }
    assert found == expected and expected


def test_descendants_and_sizes() -> None:
    parents = {1: 0, 10: 1, 11: 10, 12: 10, 20: 1, 30: 2}
    assert descendants(10, parents) == {10, 11, 12}
    assert descendants(1, parents) == {1, 10, 11, 12, 20}
    assert parse_sizes("2000,1000,1000") == [1000, 2000]


def test_fastest_keeps_the_shortest_timing_and_the_result() -> None:
    ticks = iter([0.0, 3.0, 10.0, 11.0, 20.0, 22.0])  # runs of 3, 1 and 2 seconds
    calls = []
    seconds, result = _fastest(
        lambda: calls.append(1) or "done", repeats=3, clock=lambda: next(ticks)
    )
    assert (seconds, result, len(calls)) == (1.0, "done", 3)


def test_matching_is_also_timed_splitting_the_words_in_each_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cleared = []

    class CountingClears:
        def cache_clear(self) -> None:
            cleared.append(1)
            quote_words.cache_clear()

    monkeypatch.setattr(provlint.normalise, "quote_words", CountingClears())
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    matching = compare_matching(seeds, tmp_path / "cache", max_quotes=20_000)
    # The splitter's memory is emptied before each timed call, not once for all.
    assert len(cleared) == MATCHING_REPEATS
    assert matching.provlint_seconds_splitting is not None
    assert matching.provlint_seconds_splitting > 0
