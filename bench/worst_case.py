"""The CLI on articles no newsroom writes: how its time grows with their size.

Usage (from the repository root; run by hand, never in CI)::

    python bench/worst_case.py                          # every shape at 256 and 512 KB
    python bench/worst_case.py --sizes 500,1000,2000    # up to --max-bytes' default
    python bench/worst_case.py --shapes open-quotes --json
    python bench/worst_case.py --attribution-model MODEL    # with a trained model too

Each shape is one short unit of text repeated on a single line (or on many) until
the file reaches the size asked for: text with no full stop, a quotation mark
opened in every sentence and never closed, a cue word every two words, a
thousand figures in a row. Real articles never look like this, but a corpus may
hold a scraped page that does, and a reader that is quadratic in the length of a
sentence or a paragraph turns a 2 MB file of it into a hang.

Each file is checked alone by the real CLI as a subprocess (``check FILE
--isolated --no-cache --jobs 1 --max-bytes SIZE --format json -o REPORT``: a KB
is 1,000 bytes, and 2,000 KB is the default ``--max-bytes``), and its wall time is
printed with the time per KB and the ratio to the size before: a ratio near the
ratio of the sizes means time grows linearly with the file. The files are
written to a temporary folder outside the repository and removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.speed import cli_environment, provlint_command  # noqa: E402

DEFAULT_SIZES = (256, 512)
SEED = 0


def _cue_soup(rng: random.Random) -> str:
    words = ["said", "the", "mayor", "that", "Ruiz", "according", "to", "“", "”", ","]
    return " ".join(rng.choice(words) for _ in range(400)) + " "


# Each shape: one unit of text, repeated until the file has its size. The words
# are the project's own; the units are built to be what prose never is.
SHAPES: dict[str, str] = {
    "no-full-stop": (
        "The harbour master said the ferry, which the board, according to Holt, had sold, was late "
    ),
    "cue-soup": _cue_soup(random.Random(SEED)),
    "frames-and-colons": "Holt said: ",
    "one-line-of-sentences": "Ruiz said the ferry was late. ",
    "one-line-of-quotes": "“The ferry is late,” Ruiz said. ",
    "open-quotes": "“The ferry is late. ",
    "a-quote-per-line": "“The ferry is late,” Ruiz said.\n",
    "capitalised-runs": "Harbour Master Ana Ruiz of the Eastport Ferry Board ",
    "figures": "41 percent of 1,200 riders paid $3.50 on March 3, 2016, ",
    "figures-and-quotes": "Fares rose 12 percent. “It is late,” Ruiz said.\n",
    "nested-quotes": "“Ruiz said ‘the ferry is late’ and ",
    "phrases-in-reports": "Holt told a briefing they are “laying the keel” for the ferry. ",
    "initials": "A. B. ",
    "suppression-comments": "Ruiz said the ferry was late. <!-- provlint: ignore PV201 -->\n",
    "comment-lines": "<!-- a note -->\n",
    "one-long-word": "x",
}


@dataclass(frozen=True, slots=True)
class Timing:
    """One shape at one size, checked once."""

    shape: str
    kilobytes: int
    seconds: float
    exit_code: int

    @property
    def ms_per_kb(self) -> float:
        return self.seconds * 1000 / self.kilobytes


def article(shape: str, kilobytes: int) -> str:
    """A file of at most ``kilobytes`` thousand bytes of UTF-8: a title, then the shape's unit."""
    unit = SHAPES[shape]
    title = "Harbour notes\n\n"
    target = kilobytes * 1000 - len(title.encode("utf-8")) - 1
    repeats = max(1, target // len(unit.encode("utf-8")))
    return title + unit * repeats + "\n"


def check(path: Path, report: Path, extra: Sequence[str] = ()) -> tuple[float, int]:
    """Check one file with the real CLI; its wall time and exit code (0 or 1 is a run)."""
    command = [
        *provlint_command(),
        "check",
        str(path),
        "--isolated",
        "--no-cache",
        "--jobs",
        "1",
        "--max-bytes",
        str(max(1, path.stat().st_size)),
        "--format",
        "json",
        "-o",
        str(report),
        *extra,
    ]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=cli_environment())
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{path.name}: provlint exited {done.returncode}: {done.stderr.strip()}")
    return seconds, done.returncode


def measure(
    shapes: Sequence[str], sizes: Sequence[int], folder: Path, extra: Sequence[str] = ()
) -> list[Timing]:
    """Every shape at every size, smallest first; ``extra`` is passed on to the CLI."""
    timings = []
    for shape in shapes:
        for kilobytes in sorted(sizes):
            path = folder / f"{shape}-{kilobytes}.txt"
            path.write_text(article(shape, kilobytes), encoding="utf-8")
            seconds, code = check(path, folder / "report.json", extra)
            timings.append(Timing(shape, kilobytes, seconds, code))
            path.unlink()
            print(f"{shape} {kilobytes} KB: {seconds:.1f} s", file=sys.stderr, flush=True)
    return timings


def growth(timings: Sequence[Timing]) -> list[float | None]:
    """Each timing's ratio to the one before it of the same shape (None for the first)."""
    ratios: list[float | None] = []
    for index, timing in enumerate(timings):
        before = timings[index - 1] if index else None
        same = before is not None and before.shape == timing.shape
        ratios.append(round(timing.seconds / before.seconds, 2) if same and before else None)
    return ratios


def as_json(timings: Sequence[Timing]) -> list[dict[str, object]]:
    return [
        {**asdict(t), "ms_per_kb": round(t.ms_per_kb, 2), "times_previous": ratio}
        for t, ratio in zip(timings, growth(timings), strict=True)
    ]


def table(timings: Sequence[Timing]) -> str:
    from tabulate import tabulate

    rows = [
        (t.shape, t.kilobytes, f"{t.seconds:.2f}", f"{t.ms_per_kb:.2f}", ratio or "")
        for t, ratio in zip(timings, growth(timings), strict=True)
    ]
    return tabulate(rows, headers=["shape", "KB", "seconds", "ms per KB", "× previous size"])


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=DEFAULT_SIZES,
        help="file sizes in KB, comma-separated (default 256,512)",
    )
    parser.add_argument(
        "--shapes",
        type=_shapes,
        default=tuple(SHAPES),
        help=f"comma-separated, of: {', '.join(SHAPES)}",
    )
    parser.add_argument(
        "--attribution-model",
        type=Path,
        help="check with this trained model too (see provlint check --help)",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser.parse_args(argv)


def _sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of sizes in KB: {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"sizes must be at least 1 KB: {text!r}")
    return sizes


def _shapes(text: str) -> tuple[str, ...]:
    shapes = tuple(part.strip() for part in text.split(","))
    unknown = [shape for shape in shapes if shape not in SHAPES]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown shape(s): {', '.join(unknown)}")
    return shapes


def main(argv: Sequence[str] | None = None) -> int:
    """Check every shape at every size; print a table (or JSON)."""
    options = parse_args(argv)
    model = options.attribution_model
    extra = ["--attribution-model", str(model.resolve())] if model else []
    with tempfile.TemporaryDirectory(prefix="provlint-worst-") as folder:
        timings = measure(options.shapes, options.sizes, Path(folder), extra)
    print(json.dumps(as_json(timings), indent=2) if options.json else table(timings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
