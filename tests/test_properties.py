"""Properties of the whole pipeline on generated articles: offsets, schema, order."""

from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provlint.linter import Options, default_rules, lint, lint_text
from provlint.report import FORMATS
from provlint.resources import schema

_PIECES = [
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "“",
    "”",
    '"',
    "‘",
    "’",
    ",",
    ".",
    ":",
    "!",
    "—",
    "said",
    "he",
    "she",
    "told reporters",
    "according to",
    "sources said",
    "Mr.",
    "Anna Berg",
    "Berg",
    "the mayor",
    "Mayor",
    "We",
    "will",
    "win",
    "the",
    "vote",
    "35 people",
    "more than 300",
    "at least 5,000 voters",
    "on March 3",
    "Isnt",
    "Thats",
    "Source:",
    "Share",
    "Recent Posts",
    "---",
    'title = "T"',
    "MOSCOW, May 1. /TASS/.",
    "Interview:",
    "Berg:",
    "2.5%",
    "$3bn",
    "é",
    "\u00a0",
    "\r\n",
]
articles = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=120).map("".join)


@settings(max_examples=120, deadline=None)
@given(articles)
def test_every_finding_points_at_the_text_it_names(text: str) -> None:
    for finding in lint_text(text, default_rules()):
        location = finding.location
        assert text[location.start : location.end] == location.text
        assert location.line >= 1 and location.column >= 1


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(articles, min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_reports_validate_and_do_not_depend_on_file_order(
    tmp_path_factory, texts: list[str], shuffler: random.Random
) -> None:
    folder = tmp_path_factory.mktemp("corpus")
    names = []
    for index, text in enumerate(texts):
        path = folder / f"{index:02d}.txt"
        path.write_text(text, encoding="utf-8", newline="")
        names.append(str(path))
    shuffled = names[:]
    shuffler.shuffle(shuffled)
    first = FORMATS["json"](lint(names, Options()))
    second = FORMATS["json"](lint(shuffled, Options()))
    assert first == second
    jsonschema.Draft202012Validator(schema("report")).validate(json.loads(first))
    for name in FORMATS:
        assert FORMATS[name](lint(shuffled, Options())) == FORMATS[name](lint(names, Options()))


def test_seed_report_is_identical_across_runs() -> None:
    seeds = sorted(str(p) for p in (Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    assert FORMATS["json"](lint(seeds)) == FORMATS["json"](lint(list(reversed(seeds))))
