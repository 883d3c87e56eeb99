"""Speed and scale of the real CLI on synthetic corpora, and of quote matching against all pairs.

Usage (from the repository root; run by hand, never in CI)::

    python bench/speed.py                               # sizes 1000,2000,5000,10000,20000
    python bench/speed.py --sizes 300,600               # a smoke run, about a minute
    python bench/speed.py --sizes 1000,2000 --json      # the same figures as JSON

For each size N the corpus is built by ``bench/make_corpus.py`` under ``--workdir``
(reused when a complete one with the same settings is there) and the CLI is run as a
subprocess (``.venv/bin/provlint``, else ``python -m provlint``), three times, each
with ``--format json -o REPORT``:

- cold: ``check CORPUS --isolated`` in a fresh, empty working folder, so the
  extraction cache (``.provlint_cache`` in the working folder) starts empty;
- warm: the same command again in the same folder: every extraction is cached;
- changed: ``check --changed ONE.txt`` in the same folder, with a ``provlint.toml``
  there whose ``corpus`` is the corpus folder (the cache sits beside the
  configuration file, so it is the warm cache); ONE.txt is the copy of a planted
  relation, edited for the run (a line added, then taken away again) as an article
  is before a commit, and the run says whether that relation was reported.

Each run gives wall time, articles per second, the peak resident memory of the whole
process tree (VmRSS of the process and all its descendants, summed, sampled every
50 ms) and the ratio of its time to the previous size's. The cold report is scored
against the planted relations of ``truth.json``: a relation is found when a finding
with the relation's code is located in one of its two files with a related location
in the other. Findings of those codes between files with no planted relation are
counted as unplanted pairs. ``--jobs N`` is passed on only when ``provlint check
--help`` lists a ``--jobs`` option.

Last, on the largest corpus, in this process: the quotes provlint compares (its own
``extract_paths``, from the warm cache, and ``quote_refs``) of the first articles
holding at most ``--max-quotes`` quotes are matched twice at PV301's threshold —
by provlint's ``match_quotes`` (blocking by rare word runs) and by brute force over
all pairs of quotes from different articles (each distinct word mapped to one
character, ``rapidfuzz.process.cdist`` with ``LCSseq.similarity`` on all cores,
divided by the shorter quote's length: the same score as ``quote_score``). Each
side is timed ``MATCHING_REPEATS`` times and its fastest run kept, as ``timeit``
does: on a shared machine the slower runs measure the neighbours. The brute force
needs numpy (rapidfuzz's cdist returns an array); without it that part is skipped
with a note.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, TypeVar

from tabulate import tabulate

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: measure this checkout
    sys.path.insert(0, str(ROOT))

from bench.make_corpus import (  # noqa: E402
    CODES,
    DEFAULT_SOURCE,
    RELATIONS,
    Planted,
    build,
)

DEFAULT_SIZES = (1000, 2000, 5000, 10000, 20000)
SAMPLE_SECONDS = 0.05
MAX_QUOTES = 20_000
ROW_BLOCK = 1000  # rows of the all-pairs matrix computed at once


# --------------------------------------------------------------------------- memory


def _parent_map() -> dict[int, int]:
    """Every live process id and its parent's, from /proc/<pid>/stat."""
    parents = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 1:
            parents[int(entry.name)] = int(fields[1])
    return parents


def descendants(pid: int, parents: Mapping[int, int]) -> set[int]:
    """``pid`` and every process below it in the given parent map."""
    children: dict[int, list[int]] = {}
    for child, parent in parents.items():
        children.setdefault(parent, []).append(child)
    found, todo = {pid}, [pid]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def vm_rss(pid: int) -> int:
    """The resident set size of one process in bytes (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_rss(pid: int) -> int:
    """The summed VmRSS of a process and all its descendants, in bytes."""
    return sum(vm_rss(p) for p in descendants(pid, _parent_map()))


class PeakSampler:
    """Samples the RSS of a process tree from a thread and keeps the largest sum."""

    def __init__(self, pid: int, interval: float = SAMPLE_SECONDS) -> None:
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self.pid))
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


# --------------------------------------------------------------------------- CLI runs


@dataclass(frozen=True, slots=True)
class Run:
    """One timed CLI run."""

    label: str
    seconds: float
    peak_rss: int
    exit_code: int
    report: str


def provlint_command() -> list[str]:
    """How to start this checkout's CLI: the virtualenv's script, else ``python -m``."""
    script = ROOT / ".venv" / "bin" / "provlint"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "provlint"]


def has_option(command: Sequence[str], option: str) -> bool:
    """Whether ``provlint check --help`` lists ``option``."""
    done = subprocess.run(
        [*command, "check", "--help"], capture_output=True, text=True, env=cli_environment()
    )
    return option in done.stdout


def cli_environment() -> dict[str, str]:
    """The CLI's environment: no cache folder override, and Python's bytecode cache on.

    Some machines set PYTHONDONTWRITEBYTECODE; a user's install keeps .pyc files,
    and without them every run would compile provlint's modules again (~0.1 s).
    """
    dropped = {"PROVLINT_CACHE_DIR", "PYTHONDONTWRITEBYTECODE"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env["COLUMNS"] = "200"
    return env


def run_cli(label: str, args: Sequence[str], cwd: Path, report: Path) -> Run:
    """Run the CLI in ``cwd`` writing its JSON report to ``report``; time and sample it."""
    command = [*provlint_command(), *args, "--format", "json", "-o", str(report), "--exit-zero"]
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=cli_environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    with PeakSampler(process.pid) as sampler:
        _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{label}: provlint exited {process.returncode}: {stderr.strip()}")
    return Run(label, seconds, sampler.peak, process.returncode, str(report))


# --------------------------------------------------------------------------- scoring


def finding_pairs(report: Mapping[str, Any]) -> dict[str, set[frozenset[str]]]:
    """For each rule code, the pairs of file names its findings join (location, related)."""
    pairs: dict[str, set[frozenset[str]]] = {}
    for finding in report.get("findings", []):
        here = Path(finding["file"]).name
        for related in finding.get("related", []):
            there = Path(related["file"]).name
            if there != here:
                pairs.setdefault(finding["code"], set()).add(frozenset((here, there)))
    return pairs


@dataclass(frozen=True, slots=True)
class Recall:
    """How many planted relations of one kind were reported."""

    kind: str
    found: int
    planted: int

    @property
    def share(self) -> float | None:
        """found / planted, or None when nothing of this kind was planted."""
        return self.found / self.planted if self.planted else None


def recall(truth: Sequence[Planted], report: Mapping[str, Any]) -> list[Recall]:
    """Recall per relation kind, then over all kinds (kind "all")."""
    pairs = finding_pairs(report)
    rows = []
    for kind in RELATIONS:
        planted = [t for t in truth if t.relation == kind]
        hits = pairs.get(CODES[kind], set())
        rows.append(Recall(kind, sum(frozenset(t.files) in hits for t in planted), len(planted)))
    rows.append(Recall("all", sum(r.found for r in rows), sum(r.planted for r in rows)))
    return rows


def relation_found(planted: Planted, report: Mapping[str, Any]) -> bool:
    """Whether the report holds the finding that a planted relation should produce."""
    return frozenset(planted.files) in finding_pairs(report).get(CODES[planted.relation], set())


def unplanted(truth: Sequence[Planted], report: Mapping[str, Any]) -> dict[str, int]:
    """Per planted code, the file pairs it reports that no planted relation explains."""
    pairs = finding_pairs(report)
    out = {}
    for kind in RELATIONS:
        code = CODES[kind]
        planted = {frozenset(t.files) for t in truth if t.relation == kind}
        out[code] = len(pairs.get(code, set()) - planted)
    return out


# --------------------------------------------------------------------------- all pairs


def _code_point(number: int) -> str:
    """The ``number``-th character usable in a string: surrogates skipped."""
    point = number + 0x21
    if point >= 0xD800:
        point += 0x800
    if point > 0x10FFFF:
        raise ValueError("more distinct words than Unicode characters")
    return chr(point)


def encode_words(
    quotes: Sequence[Sequence[str]], vocabulary: dict[str, str] | None = None
) -> list[str]:
    """Each quote as a string with one character per word, the same word the same character."""
    table = {} if vocabulary is None else vocabulary
    encoded = []
    for words in quotes:
        chars = []
        for word in words:
            char = table.get(word)
            if char is None:
                char = table[word] = _code_point(len(table))
            chars.append(char)
        encoded.append("".join(chars))
    return encoded


def encoded_score(a: str, b: str) -> float:
    """quote_score on encoded quotes: LCS of characters over the shorter length (0-100)."""
    from rapidfuzz.distance import LCSseq

    shorter = min(len(a), len(b))
    return 100.0 * LCSseq.similarity(a, b) / shorter if shorter else 0.0


QuoteKey = tuple[int, int]  # (article, quote index)


def all_pairs(
    encoded: Sequence[str], docs: Sequence[int], keys: Sequence[QuoteKey], threshold: float
) -> set[tuple[QuoteKey, QuoteKey]]:
    """Every pair of quotes from different articles scoring at least ``threshold``, by cdist."""
    import numpy as np
    from rapidfuzz.distance import LCSseq
    from rapidfuzz.process import cdist

    lengths = np.array([len(s) for s in encoded], dtype=np.float64)
    doc_ids = np.array(docs)
    found: set[tuple[QuoteKey, QuoteKey]] = set()
    count = len(encoded)
    for start in range(0, count, ROW_BLOCK):
        stop = min(start + ROW_BLOCK, count)
        similarity = cdist(
            encoded[start:stop],
            encoded[start:],
            scorer=LCSseq.similarity,
            workers=-1,
            dtype=np.int32,
        )
        shorter = np.minimum(lengths[start:stop, None], lengths[None, start:])
        with np.errstate(divide="ignore", invalid="ignore"):
            score = np.where(shorter > 0, 100.0 * similarity / shorter, 0.0)
        rows = np.arange(start, stop)[:, None]
        cols = np.arange(start, count)[None, :]
        keep = (
            (score >= threshold)
            & (cols > rows)
            & (doc_ids[start:stop, None] != doc_ids[None, start:])
        )
        for i, j in zip(*np.nonzero(keep), strict=True):
            a, b = keys[start + int(i)], keys[start + int(j)]
            found.add((a, b) if a < b else (b, a))
    return found


@dataclass(frozen=True, slots=True)
class Matching:
    """provlint's blocked quote matching against brute force on the same quotes."""

    articles: int
    quotes: int
    threshold: float
    min_words: int
    provlint_seconds: float
    provlint_pairs: int
    all_pairs_seconds: float | None
    all_pairs_pairs: int | None
    found_by_provlint: int | None
    only_provlint: int | None
    note: str = ""
    # provlint's timing with its word splitter's memory emptied before each call, so
    # that the call splits every quote into words again (the all-pairs side is
    # given the words split).
    provlint_seconds_splitting: float | None = None

    @property
    def speedup(self) -> float | None:
        """How many times faster provlint's blocking is than all pairs."""
        if self.all_pairs_seconds is None or not self.provlint_seconds:
            return None
        return self.all_pairs_seconds / self.provlint_seconds

    @property
    def speedup_splitting(self) -> float | None:
        """The same, with provlint splitting the quotes into words in each call."""
        if self.all_pairs_seconds is None or not self.provlint_seconds_splitting:
            return None
        return self.all_pairs_seconds / self.provlint_seconds_splitting

    @property
    def share_found(self) -> float | None:
        """The share of all-pairs matches that provlint's blocking finds."""
        if not self.all_pairs_pairs:
            return None
        return (self.found_by_provlint or 0) / self.all_pairs_pairs


MATCHING_REPEATS = 5
T = TypeVar("T")


def _fastest(
    run: Callable[[], T],
    repeats: int = MATCHING_REPEATS,
    clock: Callable[[], float] = time.perf_counter,
) -> tuple[float, T]:
    """The shortest of ``repeats`` timings of ``run``, and its (same every time) result."""
    best, result = float("inf"), None
    for _ in range(repeats):
        started = clock()
        result = run()
        best = min(best, clock() - started)
    return best, result  # type: ignore[return-value]


def compare_matching(corpus: Path, cache_dir: Path, max_quotes: int) -> Matching:
    """Time match_quotes and brute force on the quotes of the first articles of ``corpus``."""
    from provlint.linter import Options, default_rules, extract_paths
    from provlint.match import match_quotes, quote_refs
    from provlint.normalise import quote_words

    params = next(r.params for r in default_rules() if r.code == "PV301")
    threshold = float(params.get("threshold", 90))
    min_words = int(params.get("min-words", 5))
    extractions, _ = extract_paths([str(corpus)], Options(cache_dir=cache_dir))
    refs = quote_refs(extractions, min_words)
    articles = len(extractions)
    if len(refs) > max_quotes:
        articles = refs[max_quotes].doc  # whole articles only, at most max_quotes quotes
        refs = [r for r in refs if r.doc < articles]
    subset = extractions[:articles]
    # As provlint does after its per-article stage: the records stay until the end,
    # so the collector need not walk them again (this helps both timings below).
    gc.collect()
    gc.freeze()
    provlint_seconds, matches = _fastest(
        lambda: match_quotes(subset, min_words=min_words, threshold=threshold)
    )

    def splitting() -> object:
        quote_words.cache_clear()  # `quote_refs` above split every quote already
        return match_quotes(subset, min_words=min_words, threshold=threshold)

    splitting_seconds, _ = _fastest(splitting)
    pairs = list(matches.quote_pairs())  # spelled out pair by pair, outside the timing
    blocked = {((p.first.doc, p.first.index), (p.second.doc, p.second.index)) for p in pairs}
    base = dict(
        articles=articles,
        quotes=len(refs),
        threshold=threshold,
        min_words=min_words,
        provlint_seconds=provlint_seconds,
        provlint_pairs=len(blocked),
        provlint_seconds_splitting=splitting_seconds,
    )
    try:
        import numpy  # noqa: F401
    except ImportError:
        return Matching(
            **base,  # type: ignore[arg-type]
            all_pairs_seconds=None,
            all_pairs_pairs=None,
            found_by_provlint=None,
            only_provlint=None,
            note="all pairs skipped: rapidfuzz's cdist needs numpy (pip install numpy)",
        )
    docs, keys = [r.doc for r in refs], [(r.doc, r.index) for r in refs]
    all_seconds, brute = _fastest(
        lambda: all_pairs(encode_words([r.words for r in refs]), docs, keys, threshold)
    )
    return Matching(
        **base,  # type: ignore[arg-type]
        all_pairs_seconds=all_seconds,
        all_pairs_pairs=len(brute),
        found_by_provlint=len(brute & blocked),
        only_provlint=len(blocked - brute),
    )


# --------------------------------------------------------------------------- sizes


@dataclass(frozen=True, slots=True)
class SizeResult:
    """Every figure measured on one corpus size."""

    size: int
    corpus: str
    cold: Run
    warm: Run
    changed: Run
    changed_file: str
    changed_relation: str
    changed_found: bool
    recall: tuple[Recall, ...]
    unplanted: Mapping[str, int]
    findings: int
    stable: bool  # provlint's code and rules did not change during the runs


def measure_size(
    size: int, workdir: Path, seed: int, source: Path, jobs: list[str], keep_cache: bool
) -> SizeResult:
    """Build (or reuse) the corpus of ``size`` articles and time the three CLI runs on it."""
    corpus = workdir / f"corpus-{size}"
    _say(f"size {size}: corpus {corpus}")
    truth = build(size, corpus, seed=seed, source=source)
    run_dir = Path(tempfile.mkdtemp(prefix=f"run-{size}-", dir=workdir))
    _say(f"size {size}: cold run in {run_dir}")
    check = ["check", str(corpus), "--isolated", *jobs]
    state = code_state()
    cold = run_cli("cold", check, run_dir, run_dir / "cold.json")
    _say(f"size {size}: cold {cold.seconds:.1f} s; warm run")
    warm = run_cli("warm", check, run_dir, run_dir / "warm.json")
    target = truth[-1] if truth else None
    changed_file = corpus / (target.files[1] if target else "000000.txt")
    (run_dir / "provlint.toml").write_text(
        f"corpus = {json.dumps(str(corpus))}\n", encoding="utf-8"
    )
    _say(f"size {size}: warm {warm.seconds:.1f} s; --changed {changed_file.name}")
    # As at commit time: the article was just edited, so nothing cached answers for it.
    original = changed_file.read_bytes()
    changed_file.write_bytes(original + b"\nThis article was updated.\n")
    try:
        changed = run_cli(
            "changed",
            ["check", "--changed", str(changed_file), *jobs],
            run_dir,
            run_dir / "changed.json",
        )
    finally:
        changed_file.write_bytes(original)
    stable = code_state() == state
    if not stable:
        _say(f"size {size}: provlint's code or rules changed during the runs")
    report = json.loads(Path(cold.report).read_text(encoding="utf-8"))
    changed_report = json.loads(Path(changed.report).read_text(encoding="utf-8"))
    if not keep_cache:
        shutil.rmtree(run_dir / ".provlint_cache", ignore_errors=True)
    return SizeResult(
        size=size,
        corpus=str(corpus),
        cold=cold,
        warm=warm,
        changed=changed,
        changed_file=changed_file.name,
        changed_relation=target.relation if target else "",
        changed_found=bool(target and relation_found(target, changed_report)),
        recall=tuple(recall(truth, report)),
        unplanted=unplanted(truth, report),
        findings=len(report.get("findings", [])),
        stable=stable,
    )


def code_state() -> str:
    """A fingerprint of provlint's code and rules (names, sizes, modification times).

    Someone editing provlint while the benchmark runs changes it; a lexicon edit
    also empties the cache, which would make a warm run as slow as a cold one.
    """
    digest = hashlib.sha256()
    for folder in (ROOT / "provlint", ROOT / "rules"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".py", ".toml") and path.is_file():
                stat = path.stat()
                digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _say(message: str) -> None:
    print(f"speed: {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- output


def _ratio(current: float, previous: float | None) -> float | None:
    return current / previous if previous else None


def as_json(results: Sequence[SizeResult], matching: Matching | None) -> dict[str, Any]:
    """Every figure of the run as JSON-ready data."""
    sizes = []
    previous: SizeResult | None = None
    for result in results:
        runs = {}
        for name in ("cold", "warm", "changed"):
            run: Run = getattr(result, name)
            before: Run | None = getattr(previous, name) if previous else None
            ratio = _ratio(run.seconds, before.seconds if before else None)
            runs[name] = {
                "seconds": round(run.seconds, 3),
                "articles_per_second": round(result.size / run.seconds, 2),
                "peak_rss_mb": round(run.peak_rss / 2**20, 1),
                "ratio_to_previous": None if ratio is None else round(ratio, 3),
                "report": run.report,
            }
        sizes.append(
            {
                "size": result.size,
                "corpus": result.corpus,
                **runs,
                "changed_file": result.changed_file,
                "changed_relation": result.changed_relation,
                "changed_relation_found": result.changed_found,
                "findings": result.findings,
                "recall": {
                    r.kind: {"found": r.found, "planted": r.planted, "recall": r.share}
                    for r in result.recall
                },
                "unplanted_pairs": dict(result.unplanted),
                "code_unchanged_during_runs": result.stable,
            }
        )
        previous = result
    out: dict[str, Any] = {"sizes": sizes}
    if matching is not None:
        out["quote_matching"] = {
            **asdict(matching),
            "speedup": matching.speedup,
            "speedup_splitting": matching.speedup_splitting,
            "share_found": matching.share_found,
        }
    return out


def _fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def tables(results: Sequence[SizeResult], matching: Matching | None) -> str:
    """The run as plain-text tables."""
    timing = []
    previous: SizeResult | None = None
    for result in results:
        row: list[Any] = [result.size]
        for name in ("cold", "warm", "changed"):
            run: Run = getattr(result, name)
            before: Run | None = getattr(previous, name) if previous else None
            row += [
                f"{run.seconds:.1f}",
                f"{result.size / run.seconds:.1f}",
                f"{run.peak_rss / 2**20:.0f}",
                _fmt(_ratio(run.seconds, before.seconds if before else None)),
            ]
        timing.append(row)
        previous = result
    headers = ["articles"]
    for name in ("cold", "warm", "changed"):
        headers += [f"{name} s", "art/s", "peak MB", "x prev"]
    parts = [tabulate(timing, headers=headers, disable_numparse=True)]
    unstable = [str(r.size) for r in results if not r.stable]
    if unstable:
        parts[0] += (
            f"\n(!) provlint's code or rules changed while sizes {', '.join(unstable)} ran:"
            " those timings mix versions, and a lexicon change empties the cache"
        )
    quality = []
    for result in results:
        cells = [result.size]
        cells += [
            f"{r.found}/{r.planted}" + (f" ({r.share:.2f})" if r.share is not None else "")
            for r in result.recall
        ]
        cells.append(" ".join(f"{code} {n}" for code, n in result.unplanted.items()))
        cells.append(
            f"{result.changed_relation or '-'}: {'found' if result.changed_found else 'MISSED'}"
        )
        quality.append(cells)
    parts.append(
        tabulate(
            quality,
            headers=["articles", *RELATIONS, "all", "unplanted pairs", "--changed"],
            disable_numparse=True,
        )
    )
    if matching is not None:
        rows = [
            ["articles / quotes", f"{matching.articles} / {matching.quotes}"],
            ["threshold, min words", f"{matching.threshold:g}, {matching.min_words}"],
            [
                "provlint match_quotes",
                f"{matching.provlint_seconds:.2f} s, {matching.provlint_pairs} pairs",
            ],
        ]
        if matching.provlint_seconds_splitting is not None:
            rows.append(
                [
                    "provlint, splitting words in the call",
                    f"{matching.provlint_seconds_splitting:.2f} s",
                ]
            )
        if matching.all_pairs_seconds is not None:
            rows += [
                [
                    "all pairs (cdist)",
                    f"{matching.all_pairs_seconds:.2f} s, {matching.all_pairs_pairs} pairs",
                ],
                ["speed ratio (all pairs / provlint)", _fmt(matching.speedup, 1)],
                ["speed ratio, provlint splitting words", _fmt(matching.speedup_splitting, 1)],
                ["share of all-pair matches provlint finds", _fmt(matching.share_found, 4)],
                ["provlint pairs not in all pairs", str(matching.only_provlint)],
            ]
        if matching.note:
            rows.append(["note", matching.note])
        parts.append(tabulate(rows, headers=["quote matching", ""], disable_numparse=True))
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- main


def parse_sizes(text: str) -> list[int]:
    """ "1000,2000" as [1000, 2000]: positive, ascending, no repeats."""
    try:
        sizes = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of sizes: {text!r}") from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes must be positive whole numbers")
    return sizes


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line of the speed benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=parse_sizes, default=list(DEFAULT_SIZES))
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/provlint-speed"))
    parser.add_argument("--jobs", type=int, default=None, help="passed on if provlint has --jobs")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--max-quotes", type=int, default=MAX_QUOTES)
    parser.add_argument(
        "--no-matching", action="store_true", help="skip the in-process quote-matching comparison"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print tables (or JSON); 0 on success, 2 on a usage problem."""
    args = parse_args(argv)
    workdir: Path = args.workdir.resolve()
    if workdir == ROOT or ROOT in workdir.parents:
        print(f"speed: error: --workdir must be outside the repository {ROOT}", file=sys.stderr)
        return 2
    workdir.mkdir(parents=True, exist_ok=True)
    jobs: list[str] = []
    if args.jobs is not None:
        if has_option(provlint_command(), "--jobs"):
            jobs = ["--jobs", str(args.jobs)]
        else:
            _say("provlint check has no --jobs option: --jobs ignored")
    results = []
    largest = max(args.sizes)
    for size in args.sizes:
        keep = size == largest and not args.no_matching
        results.append(measure_size(size, workdir, args.seed, args.source, jobs, keep))
    matching = None
    if not args.no_matching:
        last = results[-1]
        cache_dir = Path(last.cold.report).parent / ".provlint_cache"
        _say(f"quote matching on {last.corpus} (at most {args.max_quotes} quotes)")
        matching = compare_matching(Path(last.corpus), cache_dir, args.max_quotes)
        shutil.rmtree(cache_dir, ignore_errors=True)
    if args.json:
        print(json.dumps(as_json(results, matching), indent=2))
    else:
        print(tables(results, matching))
    return 0


if __name__ == "__main__":
    sys.exit(main())
