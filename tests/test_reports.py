"""Reporters on hand-built reports and on the seeds: schema validity, escaping, layout."""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provlint.linter import default_rules, lint
from provlint.records import BaselineEntry, Finding, Location, Report
from provlint.report import FORMATS, summarise
from provlint.report.json_report import report_dict
from provlint.report.markdown import code_span
from provlint.report.sarif import artifact_uri
from provlint.resources import schema

SARIF_SCHEMA = (
    Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"
)
SEEDS = str(Path(__file__).resolve().parents[1] / "seeds")

HERE = Location("a b/x.txt", 3, 9, 2, 4, 2, 10, "“Tak,”")
OTHER = Location("y.txt", 0, 5, 1, 1, 1, 6, "other")


def finding(
    code: str = "PV301",
    message: str = "100% off: a, b | c",
    related: bool = True,
    severity: str = "warning",
    location: Location = HERE,
    evidence: dict[str, Any] | None = None,
) -> Finding:
    """A finding with awkward characters in every field a reporter has to escape."""
    return Finding(
        code,
        "altered-quote",
        severity,  # type: ignore[arg-type]
        message,
        location,
        (OTHER,) if related else (),
        {"score": 91.5} if evidence is None else evidence,
        f"fp-{code}-{location.line}",
    )


def report(*findings: Finding, files: int = 2) -> Report:
    """A report over the shipped rules, as `provlint check` would hand it to a reporter."""
    return Report("0.1.0", files, tuple(findings), default_rules())


@cache
def sarif_validator() -> jsonschema.Draft7Validator:
    """The official SARIF 2.1.0 schema (draft-07), or a skip when it is not beside the repo."""
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"official SARIF schema not found at {SARIF_SCHEMA} (../shared/schemas)")
    return jsonschema.Draft7Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))


def report_validator() -> jsonschema.Draft202012Validator:
    """The published report schema, as a draft 2020-12 validator."""
    return jsonschema.Draft202012Validator(schema("report"))


MIXED = report(
    finding("PV301", severity="warning"),
    finding("PV101", "who said this?", related=False, severity="error"),
    finding("PV501", "boilerplate", related=False, severity="info", location=OTHER),
    finding("HOUSE12", "house rule", related=False, severity="info", location=OTHER),
    files=3,
)


# summary


def test_summary_counts_files_findings_severities_and_rules_in_code_order() -> None:
    assert summarise(MIXED) == {
        "files": 3,
        "findings": 4,
        "by_severity": {"error": 1, "warning": 1, "info": 2},
        "by_rule": {"HOUSE12": 1, "PV101": 1, "PV301": 1, "PV501": 1},
        "baselined": 0,
        "fixed": 0,
    }
    assert list(summarise(MIXED)["by_rule"]) == ["HOUSE12", "PV101", "PV301", "PV501"]


# table


def test_table_groups_by_file_fits_100_columns_and_summarises_the_seeds() -> None:
    text = FORMATS["table"](lint([SEEDS]))
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 100
    headings = [line for line in lines if line.startswith("seeds/")]
    assert headings == sorted(set(headings)) and len(headings) == 5
    assert "PV401" in text and text.endswith("in 5 files.\n")


def test_table_heads_each_file_once_even_when_its_findings_are_apart() -> None:
    text = FORMATS["table"](
        report(finding(related=False), finding(location=OTHER), finding("PV101", related=False))
    )
    assert text.splitlines().count("a b/x.txt") == 1
    assert text.index("a b/x.txt") < text.index("\ny.txt\n")


def test_table_wraps_long_messages_and_related_paths_within_100_columns() -> None:
    long_message = "The quote differs from the version in the other article: " + "words " * 30
    far = Location("reports/2024/a-rather-long-article-name.txt", 1, 9, 12, 3, 12, 11, "x")
    long_one = Finding("HOUSE1234", "house", "warning", long_message, HERE, (far, OTHER), {}, "fp")
    text = FORMATS["table"](report(long_one))
    assert max(len(line) for line in text.splitlines()) <= 100
    assert "related" in text.splitlines()[1] and "y.txt:1:1" in text
    assert "words words" in text
    assert any(line.endswith("  reports/2024/") for line in text.splitlines())  # broken at a slash


def test_table_shows_the_flagged_text_unless_the_message_quotes_it() -> None:
    shown = FORMATS["table"](report(finding(message="altered")))
    assert "> “Tak,”" in shown
    quoted = FORMATS["table"](report(finding(message="altered: “Tak,” differs")))
    assert "> “Tak,”" not in quoted


def test_table_ends_with_a_rule_summary_and_totals() -> None:
    lines = FORMATS["table"](MIXED).splitlines()
    assert lines[-1] == "4 findings (1 error, 1 warning, 2 info) in 3 files."
    rule_rows = [line.split() for line in lines if line.startswith(("PV", "HOUSE"))]
    assert ["PV101", "altered-quote", "error", "1"] in rule_rows
    assert ["HOUSE12", "altered-quote", "info", "1"] in rule_rows


def test_table_without_findings_is_one_friendly_line() -> None:
    assert FORMATS["table"](report()) == "No findings in 2 files.\n"
    assert FORMATS["table"](report(files=1)) == "No findings in 1 file.\n"


def test_table_mentions_the_baseline() -> None:
    fixed = (BaselineEntry("fp9", "PV101", "old.txt", "gone now"),)
    text = FORMATS["table"](Report("0.1.0", 1, (), default_rules(), baselined=3, fixed=fixed))
    assert text.startswith("No findings in 1 file. 3 known findings left out by the baseline.\n")
    assert "old.txt: PV101 gone now" in text


# json


def test_json_validates_round_trips_and_keeps_a_stable_key_order() -> None:
    text = FORMATS["json"](MIXED)
    document = json.loads(text)
    report_validator().validate(document)
    assert document == report_dict(MIXED)
    assert text.endswith("}\n") and "“Tak,”" in text  # not \u-escaped
    assert list(document) == ["$schema", "schema_version", "tool", "summary", "findings", "fixed"]
    assert document["$schema"] == "urn:provlint:schema:report:1"
    first = document["findings"][0]
    assert list(first)[:5] == ["code", "name", "severity", "message", "file"]
    assert (first["file"], first["start"], first["end"], first["text"]) == (
        "a b/x.txt",
        3,
        9,
        "“Tak,”",
    )
    assert first["related"] == [
        {
            "file": "y.txt",
            "start": 0,
            "end": 5,
            "line": 1,
            "column": 1,
            "end_line": 1,
            "end_column": 6,
            "text": "other",
        }
    ]


def test_the_report_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema("report"))
    assert schema("report")["$id"] == "urn:provlint:schema:report:1"


def test_json_turns_tuples_in_evidence_into_lists() -> None:
    text = FORMATS["json"](report(finding(evidence={"dates": ("2024-01-02", "2024-01-03")})))
    assert json.loads(text)["findings"][0]["evidence"] == {"dates": ["2024-01-02", "2024-01-03"]}


@pytest.mark.parametrize(
    "broken",
    [
        finding(code="pv301"),
        finding(code="PV"),
        finding(evidence={"score": {1, 2}}),
        finding(evidence={"score": math.nan}),
        finding(location=Location("x.txt", 0, 1, 0, 1, 1, 2, "x")),
    ],
)
def test_json_refuses_a_report_that_breaks_its_schema(broken: Finding) -> None:
    with pytest.raises(ValueError):
        FORMATS["json"](report(broken))


def test_user_rule_codes_are_allowed_beside_built_ins() -> None:
    document = json.loads(FORMATS["json"](report(finding(code="ACME12"))))
    assert document["summary"]["by_rule"] == {"ACME12": 1}


# sarif


def test_sarif_validates_against_the_official_schema() -> None:
    validator = sarif_validator()
    for rendered in (FORMATS["sarif"](MIXED), FORMATS["sarif"](lint([SEEDS]))):
        validator.validate(json.loads(rendered))


def test_sarif_results_point_into_the_files_with_rules_and_fingerprints() -> None:
    run = json.loads(FORMATS["sarif"](MIXED))["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    first = results[0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "PV301"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "a%20b/x.txt"
    assert location["region"] == {
        "startLine": 2,
        "startColumn": 4,
        "endLine": 2,
        "endColumn": 10,
        "charOffset": 3,
        "charLength": 6,
        "snippet": {"text": "“Tak,”"},
    }
    related = first["relatedLocations"][0]
    assert related["id"] == 0 and related["physicalLocation"]["artifactLocation"]["uri"] == "y.txt"
    assert first["partialFingerprints"] == {"provlint/v1": "fp-PV301-2"}
    assert first["properties"] == {"evidence": {"score": 91.5}}
    assert [r["level"] for r in results] == ["warning", "error", "note", "note"]
    assert "ruleIndex" not in results[3]  # HOUSE12 is not among the rules that ran


def test_sarif_rule_descriptors_carry_the_pack_wording() -> None:
    driver = json.loads(FORMATS["sarif"](report()))["runs"][0]["tool"]["driver"]
    by_id = {rule["id"]: rule for rule in driver["rules"]}
    shipped = {rule.code: rule for rule in default_rules()}
    assert set(by_id) == set(shipped)
    pv101 = by_id["PV101"]
    assert pv101["shortDescription"]["text"] == shipped["PV101"].summary
    assert pv101["properties"]["category"] == shipped["PV101"].category
    levels = {"error": "error", "warning": "warning", "info": "note"}
    assert pv101["defaultConfiguration"]["level"] == levels[shipped["PV101"].severity]


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("seeds/000.txt", "seeds/000.txt"),
        ("news\\today.txt", "news/today.txt"),
        ("é #1.txt", "%C3%A9%20%231.txt"),
        ("/srv/news/a.txt", "file:///srv/news/a.txt"),
    ],
)
def test_sarif_uris_are_forward_slashed_and_escaped(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri


# github


def test_github_annotations_escape_properties_and_data() -> None:
    where = Location("a,b:c.txt", 3, 9, 2, 4, 2, 10, "x")
    lines = FORMATS["github"](
        report(finding(message="50% done\r\nnext", location=where), finding(severity="info"))
    ).splitlines()
    assert lines == [
        "::warning file=a%2Cb%3Ac.txt,line=2,col=4,endLine=2,endColumn=10,"
        "title=PV301 altered-quote::50%25 done%0D%0Anext",
        "::notice file=a b/x.txt,line=2,col=4,endLine=2,endColumn=10,"
        "title=PV301 altered-quote::100%25 off: a, b | c",
    ]


def test_github_is_empty_without_findings() -> None:
    assert FORMATS["github"](report()) == ""


# markdown


def test_markdown_escapes_pipes_and_lists_related() -> None:
    text = FORMATS["markdown"](report(finding(), finding("PV101", "a\nb | c", related=False)))
    assert text.startswith("## provlint\n\n2 findings (2 warnings) in 2 files.\n")
    assert "### `a b/x.txt`" in text
    assert "| 2:4 | warning | PV301 | 100% off: a, b \\| c (see `y.txt:1:1`) |" in text
    assert "| 2:4 | warning | PV101 | a b \\| c |" in text
    rows = [line for line in text.splitlines() if line.startswith("| 2:4")]
    assert all(line.replace("\\|", "").count("|") == 5 for line in rows)


def test_markdown_without_findings_says_so() -> None:
    assert FORMATS["markdown"](report(files=1)) == "## provlint\n\nNo findings in 1 file.\n"


def test_code_spans_survive_backticks() -> None:
    assert code_span("a.txt") == "`a.txt`"
    assert code_span("a`b.txt") == "``a`b.txt``"
    assert code_span("`a`") == "`` `a` ``"


# properties

codes = st.from_regex(r"\A[A-Z]{1,8}[0-9]{1,4}\Z")
texts = st.text(max_size=40)


@st.composite
def locations(draw: st.DrawFn) -> Location:
    """A well-formed location: it ends where it starts or later, as a span always does."""
    start, line, column = (
        draw(st.integers(0, 10_000)),
        draw(st.integers(1, 999)),
        draw(st.integers(1, 99)),
    )
    length, lines = draw(st.integers(0, 200)), draw(st.integers(0, 3))
    end_column = draw(st.integers(1, 99)) if lines else column + length
    return Location(
        draw(texts), start, start + length, line, column, line + lines, end_column, draw(texts)
    )


scalars = texts | st.floats(allow_nan=False, allow_infinity=False) | st.booleans() | st.none()
evidence_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)
findings = st.builds(
    Finding,
    codes,
    st.text(min_size=1, max_size=20),
    st.sampled_from(["error", "warning", "info"]),
    texts,
    locations(),
    st.lists(locations(), max_size=2).map(tuple),
    st.dictionaries(texts, evidence_values, max_size=3),
    st.text(min_size=1, max_size=8),
)


@settings(max_examples=80, deadline=None)
@given(st.lists(findings, max_size=5), st.integers(0, 50))
def test_every_json_report_validates_and_every_reporter_is_deterministic(
    items: list[Finding], files: int
) -> None:
    built = report(*items, files=files)
    document = json.loads(FORMATS["json"](built))
    report_validator().validate(document)
    assert [f["code"] for f in document["findings"]] == [f.code for f in items]
    assert document["summary"]["findings"] == len(items)
    for render in FORMATS.values():
        assert render(built) == render(built)


@settings(max_examples=30, deadline=None)
@given(st.lists(findings, max_size=4))
def test_every_sarif_report_validates(items: list[Finding]) -> None:
    sarif_validator().validate(json.loads(FORMATS["sarif"](report(*items))))


words = st.text(alphabet="abcdefghij", min_size=1, max_size=12)
ordinary_messages = st.lists(words, min_size=1, max_size=25).map(" ".join)
short_files = st.from_regex(r"\A[a-z]{1,12}/[a-z0-9_]{1,20}\.txt\Z")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(short_files, ordinary_messages, st.booleans()), min_size=1, max_size=6))
def test_ordinary_findings_keep_the_table_within_100_columns(
    rows: list[tuple[str, str, bool]],
) -> None:
    items = [
        Finding(
            "PV301",
            "altered-quote",
            "warning",
            message,
            Location(file, 10, 20, 123, 45, 123, 55, "a quoted passage of ordinary length"),
            (Location(file, 0, 3, 9, 1, 9, 4, "abc"),) if related else (),
            {},
            "fp",
        )
        for file, message, related in rows
    ]
    text = FORMATS["table"](report(*items))
    assert max(len(line) for line in text.splitlines()) <= 100


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
        max_leaves=6,
    ),
    st.sampled_from(["code", "line", "severity", "evidence", "related", "fingerprint"]),
)
def test_the_fast_report_check_agrees_with_the_reference_validator(
    value: object, field: str
) -> None:
    """The CLI checks reports with fastjsonschema; jsonschema is the reference. They must agree."""
    from provlint.report.json_report import _validator

    document = json.loads(FORMATS["json"](report(finding())))
    document["findings"][0][field] = value
    reference = report_validator().is_valid(document)
    try:
        _validator()(document)
        fast = True
    except Exception:
        fast = False
    assert fast == reference


def test_the_schema_check_before_writing_sees_findings_of_every_rule() -> None:
    from provlint.report.json_report import sample

    document = json.loads(FORMATS["json"](report(finding())))
    many = {**document, "findings": [dict(document["findings"][0], code=c) for c in "AB" * 80]}
    kept = sample(many, 50)["findings"]
    assert len(kept) == 100 and {f["code"] for f in kept} == {"A", "B"}
