"""Reporters on hand-built reports and on the seeds: schema validity, escaping, layout."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provlint.linter import default_rules, lint
from provlint.records import Finding, Location, Report
from provlint.report import FORMATS
from provlint.resources import schema

SARIF_SCHEMA = (
    Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"
)
SEEDS = str(Path(__file__).resolve().parents[1] / "seeds")


def finding(
    code: str = "PV301", message: str = "100% off: a, b | c", related: bool = True
) -> Finding:
    here = Location("a b/x.txt", 3, 9, 2, 4, 2, 10, "“quoted”")
    other = Location("y.txt", 0, 5, 1, 1, 1, 6, "other")
    return Finding(
        code,
        "altered-quote",
        "warning",
        message,
        here,
        (other,) if related else (),
        {"score": 91.5},
        "fp1",
    )


def report(*findings: Finding) -> Report:
    return Report("0.1.0", 2, tuple(findings), default_rules())


def test_sarif_validates_against_the_official_schema() -> None:
    if not SARIF_SCHEMA.is_file():
        pytest.skip("../shared/schemas/sarif-schema-2.1.0.json is not beside this checkout")
    validator = jsonschema.Draft7Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    for rendered in (
        FORMATS["sarif"](report(finding(), finding("PV101", related=False))),
        FORMATS["sarif"](lint([SEEDS])),
    ):
        document = json.loads(rendered)
        validator.validate(document)
    result = json.loads(FORMATS["sarif"](report(finding())))["runs"][0]["results"][0]
    assert result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "y.txt"
    assert result["partialFingerprints"] == {"provlint/v1": "fp1"}


def test_github_annotations_escape_properties_and_data() -> None:
    line = FORMATS["github"](report(finding(message="50% done\nnext")))
    assert line == (
        "::warning file=a b/x.txt,line=2,col=4,endLine=2,endColumn=10,title=PV301 altered-quote"
        "::50%25 done%0Anext\n"
    )


def test_markdown_escapes_pipes_and_lists_related() -> None:
    text = FORMATS["markdown"](report(finding()))
    assert "a, b \\| c" in text and "`y.txt:1`" in text


def test_table_groups_by_file_fits_100_columns_and_summarises() -> None:
    text = FORMATS["table"](lint([SEEDS]))
    assert max(len(line) for line in text.splitlines()) <= 100
    assert text.index("seeds/000") < text.index("seeds/001") or "000_" in text.split("\n")[0]
    assert "PV401" in text and text.rstrip().endswith("in 5 files.")
    assert FORMATS["table"](report()) == "No findings in 2 files.\n"


def test_table_shows_related_locations() -> None:
    assert "y.txt:1:1" in FORMATS["table"](report(finding()))


codes = st.sampled_from(["PV101", "PV301", "HOUSE1"])
texts = st.text(max_size=40)
locations = st.builds(
    Location,
    texts,
    st.integers(0, 50),
    st.integers(0, 50),
    st.integers(1, 9),
    st.integers(1, 9),
    st.integers(1, 9),
    st.integers(1, 9),
    texts,
)
findings = st.builds(
    Finding,
    codes,
    st.just("rule-name"),
    st.sampled_from(["error", "warning", "info"]),
    texts,
    locations,
    st.lists(locations, max_size=2).map(tuple),
    st.dictionaries(st.sampled_from(["score", "diff"]), texts | st.floats(0, 100)),
    st.text(min_size=1, max_size=8),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(findings, max_size=5))
def test_every_json_report_validates_and_every_reporter_is_deterministic(
    items: list[Finding],
) -> None:
    built = report(*items)
    document = json.loads(FORMATS["json"](built))
    jsonschema.Draft202012Validator(schema("report")).validate(document)
    for render in FORMATS.values():
        assert render(built) == render(built)
