"""What changed between two ``bench/accuracy.py --dump`` files, article by article.

Usage (from the repository root; run by hand, never in CI)::

    python bench/accuracy.py --split train --dump /tmp/before.jsonl
    # … change the rules …
    python bench/accuracy.py --split train --dump /tmp/after.jsonl
    python bench/dump_diff.py /tmp/before.jsonl /tmp/after.jsonl
    python bench/dump_diff.py /tmp/before.jsonl /tmp/after.jsonl --direct   # direct quotes only

A rule change is judged by the attributions it mends and the ones it breaks, not
by the totals alone: this lists each gold attribution whose outcome changed
(missed, matched, and whether its cue and speaker are right) and each unmatched
prediction that came or went, with the words involved, then counts the changes
by kind. The dumps hold offsets and the article ids; the words are read from
PolNeAR at run time (``--data DIR``, default ``../shared/eval/polnear``), as the
benchmark reads them, and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.accuracy import DATA, read_rows  # noqa: E402

SHOWN = 140  # characters of each span printed

Key = tuple[Any, ...]
Record = dict[str, Any]


def load_dump(path: Path) -> dict[Key, Record]:
    """A dump's records by what they are about: a gold attribution, or an
    unmatched prediction (which has no gold), in one article."""
    records: dict[Key, Record] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                records[record_key(record)] = record
    return records


def record_key(record: Record) -> Key:
    """The same gold attribution, or the same unmatched span, in both dumps."""
    if record.get("gold"):
        return (record["id"], "gold", tuple(tuple(span) for span in record["gold"]))
    return (record["id"], "spurious", tuple(record["pred"]))


def outcome(record: Record | None) -> str:
    """What became of a record: "missed", "matched, cue right, speaker wrong", …"""
    if record is None:
        return "none"
    if record["status"] != "matched":
        return str(record["status"])
    cue = "right" if record.get("cue_ok") else "wrong"
    speaker = "right" if record.get("speaker_ok") else "wrong"
    return f"matched, cue {cue}, speaker {speaker}"


def changes(
    before: dict[Key, Record], after: dict[Key, Record], direct_only: bool = False
) -> list[tuple[Key, Record | None, Record | None]]:
    """The records whose outcome differs, in article and text order."""
    found = []
    for key in sorted(set(before) | set(after), key=repr):
        old, new = before.get(key), after.get(key)
        record = old if old is not None else new  # a key comes from one dump at least
        if direct_only and not (record and record.get("direct")):
            continue
        if outcome(old) != outcome(new):
            found.append((key, old, new))
    return found


def _span(text: str | None, start: int, end: int) -> str:
    if text is None:
        return f"[{start}, {end})"
    words = " ".join(text[start:end].split())
    return words if len(words) <= SHOWN else words[:SHOWN] + " …"


def _prediction(text: str | None, record: Record | None) -> str | None:
    if record is None or not record.get("pred"):
        return None
    cue = record.get("pred_cue")
    said = _span(text, *cue) if cue else "no cue"
    return f"[{said}] {_span(text, *record['pred'])}"


def render(
    found: Sequence[tuple[Key, Record | None, Record | None]], texts: dict[str, str]
) -> list[str]:
    """Lines for people: each change with its words, then the count of each kind."""
    lines = []
    for _key, old, new in found:
        record = old or new
        assert record is not None
        text = texts.get(record["id"])
        lines.append(f"== {record['id']} ({record['file']}): {outcome(old)} -> {outcome(new)}")
        if record.get("gold"):
            gold = record["gold"]
            cues = ", ".join(_span(text, *cue) for cue in record.get("gold_cue") or ())
            lines.append(f"   gold: {_span(text, gold[0][0], gold[-1][1])} | cue: {cues or '-'}")
        for label, side in (("before", old), ("after", new)):
            shown = _prediction(text, side)
            if shown is not None:
                lines.append(f"   {label}: {shown}")
    counts = Counter((outcome(old), outcome(new)) for _, old, new in found)
    lines.append(f"{len(found)} changed")
    for (old_outcome, new_outcome), count in counts.most_common():
        lines.append(f"{count:5d}  {old_outcome} -> {new_outcome}")
    return lines


def article_texts(data: Path, ids: Iterable[str]) -> dict[str, str]:
    """The texts of the articles the dumps name, from whichever split holds them."""
    wanted = set(ids)
    texts = {}
    for split in ("train", "dev"):
        path = data / f"{split}.jsonl"
        if path.is_file():
            for row in read_rows(path, 0):
                if row.get("id") in wanted:
                    texts[row["id"]] = row["text"]
    return texts


def main(argv: Sequence[str] | None = None) -> int:
    """Print the changes between two dumps; the only function that prints."""
    parser = argparse.ArgumentParser(description="Compare two bench/accuracy.py dumps.")
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--direct", action="store_true", help="direct quotes only")
    parser.add_argument("--data", type=Path, default=DATA, help="folder of train/dev.jsonl")
    options = parser.parse_args(argv)
    dumps = []
    for path in (options.before, options.after):
        try:
            dumps.append(load_dump(path))
        except OSError as error:
            print(f"{path}: cannot read it ({error.strerror})", file=sys.stderr)
            return 2
        except (ValueError, KeyError, TypeError) as error:
            print(f"{path}: not a bench/accuracy.py dump ({error!r})", file=sys.stderr)
            return 2
    found = changes(*dumps, direct_only=options.direct)
    texts = article_texts(options.data, {key[0] for key, _, _ in found})
    print("\n".join(render(found, texts)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
