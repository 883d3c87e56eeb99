"""Lines of the project that repeat wording of the benchmark's news articles.

Usage (from the repository root; run by hand, never in CI)::

    python bench/corpus_overlap.py                 # exit 1 and one line per hit
    python bench/corpus_overlap.py --data DIR      # PolNeAR elsewhere

PolNeAR's articles are read at run time and never copied here: the project's
examples, comments and test fixtures are its own writing. This checks that. A
line is reported when it holds a run of five words (lower-cased, punctuation
dropped) that appears in at most ``MAX_ARTICLES`` of the benchmark's articles: a
run that rare is an article's wording, while one in many articles is stock
English. Runs that the project's own corpus (``seeds/``) holds are the
project's, and so are the stock phrases of ``bench/corpus_overlap_allow.txt``
(one five-word run a line, ``#`` for a comment), which are rare in the
benchmark but common English ("to the end of the"). Files read: those git tracks
or would track (new files too, unless ignored), else all, with a text suffix,
outside ``seeds/``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.accuracy import DATA, read_rows  # noqa: E402

ALLOW = Path(__file__).with_name("corpus_overlap_allow.txt")
SPLITS = ("train.jsonl", "dev.jsonl")
RUN = 5  # words in a run
MAX_ARTICLES = 2  # a run in more articles than this is stock English
SUFFIXES = frozenset({".py", ".md", ".toml", ".txt", ".yaml", ".yml", ".cfg", ".json"})
_WORD = re.compile(r"[a-z0-9']+")

Run = tuple[str, ...]


class Hit(NamedTuple):
    path: str
    line: int
    run: str
    text: str


def words(text: str) -> list[str]:
    """Lower-case words, curly apostrophes made straight, punctuation dropped."""
    return _WORD.findall(text.lower().replace("’", "'"))


def runs(text: str) -> Iterator[Run]:
    """Every run of RUN consecutive words."""
    found = words(text)
    for index in range(len(found) - RUN + 1):
        yield tuple(found[index : index + RUN])


def rare_runs(articles: Iterable[str], own: Iterable[str], allowed: Iterable[str]) -> set[Run]:
    """Runs in at most MAX_ARTICLES articles, less the project's own and the allowed."""
    counts: Counter[Run] = Counter()
    for article in articles:
        counts.update(set(runs(article)))
    rare = {run for run, count in counts.items() if count <= MAX_ARTICLES}
    for text in own:
        rare.difference_update(runs(text))
    for phrase in allowed:
        if not phrase.startswith("#"):
            rare.discard(tuple(words(phrase)))
    return rare


def hits(path: str, text: str, rare: set[Run]) -> Iterator[Hit]:
    """The lines of one file holding a rare run; a run may wrap onto the next line."""
    lines = text.split("\n")
    per_line = [words(line) for line in lines] + [[]]
    for number, line in enumerate(lines, 1):
        own = per_line[number - 1]
        joined = own + per_line[number]
        for index in range(min(len(own), len(joined) - RUN + 1)):
            run = tuple(joined[index : index + RUN])
            if run in rare:
                yield Hit(path, number, " ".join(run), line.strip())
                break


def project_files(root: Path) -> list[str]:
    """Text files of the project, relative to ``root``, outside seeds/."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        listed = [str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()]
    return sorted(
        name
        for name in listed
        if Path(name).suffix in SUFFIXES
        and not name.startswith(("seeds/", ".git/", ".venv/"))
        and (root / name).is_file()
    )


def read_articles(data: Path) -> list[str]:
    """The benchmark's article texts, both splits."""
    return [row["text"] for split in SPLITS for row in read_rows(data / split, 0)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of train/dev.jsonl")
    parser.add_argument("--root", type=Path, default=ROOT, help="the project to check")
    args = parser.parse_args(argv)
    seeds = sorted((args.root / "seeds").glob("*"))
    own = [p.read_text(encoding="utf-8", errors="replace") for p in seeds if p.is_file()]
    allowed = ALLOW.read_text(encoding="utf-8").splitlines() if ALLOW.is_file() else []
    rare = rare_runs(read_articles(args.data), own, allowed)
    found = []
    for name in project_files(args.root):
        text = (args.root / name).read_text(encoding="utf-8", errors="replace")
        found += hits(name, text, rare)
    for hit in found:
        print(f"{hit.path}:{hit.line}: {hit.run!r} in: {hit.text[:100]}")
    print(f"{len(found)} line(s) repeat the benchmark's wording", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
