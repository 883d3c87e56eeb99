"""Attribution accuracy against human-annotated news (PolNeAR), through the real CLI.

    python bench/accuracy.py                 # dev split, table
    python bench/accuracy.py --split train --limit 200 --json

Reads ../shared/eval/polnear/{train,dev}.jsonl at run time (never copied into the
repository), writes each article to a temporary folder, runs `provlint extract`
and `provlint check` once over it, and scores:

- quote detection P/R/F1, direct quotes (gold content holding a quotation mark,
  predicted kind direct or partial) and all attributions, greedy one-to-one at
  overlap 0.3 and 0.8 of the gold content span. Predicted quotes that share a
  cue (one frame: "“Q1,” X said, “Q2”") form one attribution, as in the gold;
- speaker accuracy on matched attributions whose gold has a source: the speaker
  mention overlaps the gold source, or the resolved name's surname appears in it;
- cue accuracy on matched attributions whose gold has a cue;
- false-finding share of PV101 (false when the gold attribution has a source)
  and PV201 (false inside a gold attributed content span), and findings per
  1,000 words;
- throughput of each CLI run.

The first annotator in sorted order is used where an article has two.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tabulate import tabulate

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "eval" / "polnear"
MARKS = set('“”"«»')


@dataclass(frozen=True)
class Gold:
    """One annotated attribution: content, source and cue spans."""

    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    direct: bool
    sources: tuple[tuple[int, int], ...]
    cues: tuple[tuple[int, int], ...]
    source_text: str


@dataclass(frozen=True)
class Predicted:
    """One predicted attribution (quotes sharing a cue merged)."""

    start: int
    end: int
    direct: bool
    speaker: dict[str, Any] | None
    cue: dict[str, Any] | None


def overlap(gold: Gold, start: int, end: int) -> float:
    """Share of the gold content covered by [start, end)."""
    covered = sum(max(0, min(b, end) - max(a, start)) for a, b in gold.spans)
    return covered / max(1, sum(b - a for a, b in gold.spans))


def greedy_match(
    golds: list[Gold], preds: list[Predicted], threshold: float
) -> list[tuple[Gold, Predicted]]:
    """Best-overlap pairs first, each gold and prediction used once."""
    scored = sorted(
        (
            (overlap(g, p.start, p.end), gi, pi)
            for gi, g in enumerate(golds)
            for pi, p in enumerate(preds)
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for score, gi, pi in scored:
        if score < threshold:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((golds[gi], preds[pi]))
    return pairs


def speaker_correct(text: str, gold: Gold, speaker: dict[str, Any] | None) -> bool:
    """Mention overlaps the gold source, or the resolved surname is in the gold source text."""
    if speaker is None:
        return False
    if any(speaker["start"] < b and a < speaker["end"] for a, b in gold.sources):
        return True
    name = speaker.get("name") or ""
    words = re.findall(r"[A-Z][\w’'-]+", name)
    return bool(words) and words[-1].lower() in gold.source_text.lower()


def cue_correct(gold: Gold, cue: dict[str, Any] | None) -> bool:
    """The predicted cue overlaps a gold cue span."""
    return cue is not None and any(cue["start"] < b and a < cue["end"] for a, b in gold.cues)


def load_gold(row: dict[str, Any]) -> list[Gold]:
    """The first annotator's attributions of an article."""
    text = row["text"]
    annotator = sorted(row["annotations"])[0]
    golds = []
    for item in row["annotations"][annotator]:
        spans = tuple(tuple(s) for s in item.get("content") or ())
        if not spans:
            continue
        sources = tuple(tuple(s) for s in item.get("source") or ())
        golds.append(
            Gold(
                min(a for a, _ in spans),
                max(b for _, b in spans),
                spans,  # type: ignore[arg-type]
                any(ch in MARKS for a, b in spans for ch in text[a:b]),
                sources,  # type: ignore[arg-type]
                tuple(tuple(s) for s in item.get("cue") or ()),  # type: ignore[arg-type]
                " ".join(text[a:b] for a, b in sources),
            )
        )
    return golds


def predictions(document: dict[str, Any]) -> list[Predicted]:
    """Quotes outside boilerplate, merged by shared cue, nested ones dropped."""
    groups: dict[Any, list[dict[str, Any]]] = {}
    for quote in document["quotes"]:
        if quote["in_zone"]:
            continue
        key = (quote["cue"]["start"], quote["kind"] == "indirect") if quote["cue"] else id(quote)
        groups.setdefault(key, []).append(quote)
    merged = [
        Predicted(
            min(q["start"] for q in group),
            max(q["end"] for q in group),
            any(q["kind"] != "indirect" for q in group),
            group[0]["speaker"],
            group[0]["cue"],
        )
        for group in groups.values()
    ]
    return [
        p
        for p in merged
        if not any(
            o is not p
            and o.start <= p.start
            and p.end <= o.end
            and (o.end - o.start) > (p.end - p.start)
            for o in merged
        )
    ]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run_cli(args: list[str], cwd: Path) -> tuple[dict[str, Any], float]:
    """Run provlint as a user would; return its JSON and the wall time."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "provlint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        raise SystemExit(f"provlint failed: {result.stderr.strip()}")
    return json.loads(result.stdout), elapsed


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Every metric of the module docstring, as a dictionary."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for index, row in enumerate(rows):
            (root / f"{index:04d}.txt").write_text(row["text"], encoding="utf-8", newline="")
        extracted, extract_seconds = run_cli(["extract", ".", "--format", "json"], root)
        checked, check_seconds = run_cli(
            [
                "check",
                ".",
                "--format",
                "json",
                "--fail-on",
                "never",
                "--no-cache",
                "--isolated",
                "--select",
                "PV101,PV201",
            ],
            root,
        )
    by_file = {d["id"]: d for d in extracted["documents"]}
    counts = {k: [0, 0, 0] for k in ("direct@0.3", "direct@0.8", "all@0.3", "all@0.8")}
    speaker = [0, 0]
    cue = [0, 0]
    false = {"PV101": [0, 0], "PV201": [0, 0]}
    words = 0
    findings_by_file: dict[str, list[dict[str, Any]]] = {}
    for finding in checked["findings"]:
        findings_by_file.setdefault(finding["file"], []).append(finding)
    for index, row in enumerate(rows):
        name = f"{index:04d}.txt"
        text = row["text"]
        words += len(text.split())
        golds = load_gold(row)
        preds = predictions(by_file[name]) if name in by_file else []
        for label, gold_set, pred_set in (
            ("direct", [g for g in golds if g.direct], [p for p in preds if p.direct]),
            ("all", golds, preds),
        ):
            for threshold in (0.3, 0.8):
                pairs = greedy_match(gold_set, pred_set, threshold)
                tally = counts[f"{label}@{threshold}"]
                tally[0] += len(pairs)
                tally[1] += len(pred_set) - len(pairs)
                tally[2] += len(gold_set) - len(pairs)
        for gold, pred in greedy_match(golds, preds, 0.3):
            if gold.sources:
                speaker[0] += speaker_correct(text, gold, pred.speaker)
                speaker[1] += 1
            if gold.cues:
                cue[0] += cue_correct(gold, pred.cue)
                cue[1] += 1
        for finding in findings_by_file.get(name, []):
            code = finding["code"]
            if code not in false:
                continue
            false[code][1] += 1
            start, end = finding["start"], finding["end"]
            inside = [g for g in golds if any(a < end and start < b for a, b in g.spans)]
            false[code][0] += any(g.sources for g in inside)
    result: dict[str, Any] = {"articles": len(rows), "words": words}
    for key, (tp, fp, fn) in counts.items():
        p, r, f = prf(tp, fp, fn)
        result[key] = {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    result["speaker_accuracy"] = round(speaker[0] / max(1, speaker[1]), 3)
    result["speaker_n"] = speaker[1]
    result["cue_accuracy"] = round(cue[0] / max(1, cue[1]), 3)
    result["cue_n"] = cue[1]
    total_false = sum(v[0] for v in false.values())
    total = sum(v[1] for v in false.values())
    result["findings"] = {
        code: {
            "findings": n,
            "per_1000_words": round(1000 * n / max(1, words), 2),
            "false": bad,
            "false_share": round(bad / n, 3) if n else 0.0,
        }
        for code, (bad, n) in false.items()
    }
    result["false_share_attribution_and_claims"] = round(total_false / total, 3) if total else 0.0
    result["articles_per_second_extract"] = round(len(rows) / extract_seconds, 1)
    result["articles_per_second_check"] = round(len(rows) / check_seconds, 1)
    return result


def main() -> None:
    """Parse options, evaluate, print a table or JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    path = DATA / f"{options.split}.jsonl"
    if not path.is_file():
        raise SystemExit(f"{path}: not found (PolNeAR lives in ../shared/eval/polnear)")
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if options.limit:
        rows = rows[: options.limit]
    result = evaluate(rows)
    if options.json:
        print(json.dumps(result, indent=2))
        return
    table = [
        (key, v["precision"], v["recall"], v["f1"])
        for key, v in result.items()
        if isinstance(v, dict) and "f1" in v
    ]
    print(tabulate(table, headers=["quotes", "precision", "recall", "F1"]))
    print()
    print(
        f"speaker accuracy {result['speaker_accuracy']} (n={result['speaker_n']}), "
        f"cue accuracy {result['cue_accuracy']} (n={result['cue_n']})"
    )
    for code, v in result["findings"].items():
        print(
            f"{code}: {v['findings']} findings, {v['per_1000_words']}/1000 words, "
            f"false share {v['false_share']}"
        )
    print(f"false share, attribution + claims: {result['false_share_attribution_and_claims']}")
    print(
        f"{result['articles']} articles; extract {result['articles_per_second_extract']}/s, "
        f"check {result['articles_per_second_check']}/s"
    )


if __name__ == "__main__":
    main()
