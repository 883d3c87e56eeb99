"""Train the optional attribution model (provlint.extract.learned) on annotated articles.

    .venv/bin/python bench/train_attribution.py --out /tmp/provlint-attribution.crfsuite

Reads PolNeAR's train split from ../shared/eval/polnear/ at run time (one
article per JSON line, per annotator the source / cue / content spans of each
attribution; the first annotator in sorted order counts, as in
bench/accuracy.py). Each paragraph becomes a token sequence: the features
learned.token_features gives it, beside the rules' own reading of the article,
and the labels learned.token_labels gives the annotators' spans. The model is
written outside the repository: it is derived from the articles' words.
Needs python-crfsuite (`pip install -e '.[learned]'`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.accuracy import DATA, annotator, fold_rows, read_rows, spans  # noqa: E402
from provlint.corpus import decode  # noqa: E402
from provlint.extract import extract  # noqa: E402
from provlint.extract.learned import (  # noqa: E402
    Token,
    rule_spans,
    token_features,
    token_labels,
    tokens,
)
from provlint.text import paragraphs  # noqa: E402

DEFAULT_OUT = Path(tempfile.gettempdir()) / "provlint-attribution.crfsuite"
# L1 and L2 weights and iterations: measured on four fifths of train against the
# last fifth (bench/accuracy.py figures), never on dev.
PARAMS = {"c1": 0.2, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}

Labelled = tuple[list[list[str]], list[str]]  # one paragraph's features and gold labels
Span = tuple[int, int, str]  # a rule span: start, end, label


def gold_spans(row: dict[str, Any]) -> list[tuple[int, int, str, int]]:
    """(start, end, part, attribution number) of the spans of the annotator that counts."""
    who = annotator(row)
    found = []
    for number, item in enumerate(row["annotations"].get(who, ()) if who is not None else ()):
        for key, part in (("content", "C"), ("source", "S"), ("cue", "Q")):
            found += [(start, end, part, number) for start, end in spans(item, key)]
    return found


def labelled_paragraphs(row: dict[str, Any]) -> list[tuple[list[Token], list[Span], list[str]]]:
    """One article's paragraphs: their tokens, the rules' spans that touch them, and
    the gold labels. Both trainers read articles through this."""
    doc, _ = decode("article.txt", row["text"].encode("utf-8"))
    extraction = extract(doc)
    rules, gold = rule_spans(extraction.quotes, extraction.people), gold_spans(row)
    found = []
    for start, end in paragraphs(doc.text, doc.body_start):
        words = tokens(doc.text, start, end)
        if words:
            near = [span for span in rules if span[0] < end and start < span[1]]
            found.append((words, near, token_labels(words, gold)))
    return found


def sequences(row: dict[str, Any]) -> list[Labelled]:
    """One article's paragraphs as (features, gold labels) pairs."""
    return [
        (token_features(words, near), labels) for words, near, labels in labelled_paragraphs(row)
    ]


def train(rows: Sequence[dict[str, Any]], out: Path, jobs: int) -> int:
    """Write a model trained on ``rows`` to ``out``; the number of sequences."""
    import pycrfsuite

    with Pool(jobs) as pool:
        articles = pool.map(sequences, rows, chunksize=8)
    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for article in articles:
        for features, labels in article:
            trainer.append(features, labels)
            count += 1
    trainer.set_params(PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    trainer.train(str(partial))
    partial.replace(out)  # a reader never meets half a model
    return count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="model file to write")
    parser.add_argument("--split", default="train", help="PolNeAR split to learn from")
    parser.add_argument(
        "--hold-out",
        type=int,
        default=0,
        help="leave out every Nth article (the first of each N), to measure on them",
    )
    parser.add_argument(
        "--fold",
        type=int,
        default=0,
        help="with --hold-out N, leave out the Kth article of each N instead (0 to N-1)",
    )
    parser.add_argument("--jobs", type=int, default=2, help="processes that read articles")
    args = parser.parse_args(argv)
    if args.fold and not 0 <= args.fold < args.hold_out:
        parser.error("--fold K needs --hold-out N with 0 <= K < N")
    rows = read_rows(DATA / f"{args.split}.jsonl", 0)
    if args.hold_out:
        rows = fold_rows(rows, args.hold_out, args.fold, held_out=False)
    started = time.perf_counter()
    count = train(rows, args.out, args.jobs)
    seconds = time.perf_counter() - started
    print(f"{args.out}: {len(rows)} articles, {count} paragraphs, {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
