"""Every rule's own examples, run through the full pipeline, plus rule-pack checks.

Like pycodestyle's docstring tests: a rule's documentation is its test data, so
`provlint rule CODE` can never show an example that does not behave as shown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provlint.checks import hygiene
from provlint.engine import known_checks
from provlint.linter import default_rules, lint_text
from provlint.pack import PackError, load_pack
from provlint.records import Rule

RULES = default_rules()
EXAMPLES = [
    pytest.param(rule, example.kind, example.text, id=f"{rule.code}-{example.kind}-{index}")
    for rule in RULES
    for index, example in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "kind", "text"), EXAMPLES)
def test_rule_example(rule: Rule, kind: str, text: str) -> None:
    codes = [f.code for f in lint_text(text.lstrip("\n"), RULES)]
    if kind == "fail":
        assert rule.code in codes, f"{rule.code} should fire on its fail example"
    else:
        assert rule.code not in codes, f"{rule.code} fired on its pass example"


@pytest.mark.parametrize("rule", RULES, ids=[r.code for r in RULES])
def test_every_rule_has_a_pass_and_a_fail_example_or_says_why_not(rule: Rule) -> None:
    kinds = {example.kind for example in rule.examples}
    assert kinds == {"pass", "fail"} or rule.example_exempt, f"{rule.code} lacks examples"


def test_codes_and_names_are_unique_and_checks_exist() -> None:
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)
    assert all(r.check in known_checks() for r in RULES)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("schema_version = 1\nrules = 3\n", "rules: 3 is not of type 'array'"),
        ("not toml [", "not valid TOML"),
        (
            'schema_version = 1\n[[rules]]\ncode = "PV999"\n',
            "rules[0]: 'category' is a required property",
        ),
        (
            'schema_version = 1\n[[rules]]\ncode="X1"\nname="x"\ncategory="claims"\nseverity="fatal"\n'
            'check="c"\nsummary="s"\nmessage="m"\nrationale="r"\n',
            "rules[0].severity: 'fatal' is not one of",
        ),
        (
            'schema_version = 1\n[[rules]]\ncode="X1"\nname="x"\ncategory="claims"\nseverity="info"\n'
            'check="no-such-check"\nsummary="s"\nmessage="m"\nrationale="r"\n',
            "rules[0].check: unknown check 'no-such-check'",
        ),
    ],
)
def test_malformed_packs_give_one_line_errors_naming_file_and_key(
    tmp_path: Path, content: str, message: str
) -> None:
    pack = tmp_path / "house.toml"
    pack.write_text(content, encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(pack, known_checks())
    text = str(caught.value)
    assert text.startswith(str(pack)) and message in text and "\n" not in text


def test_missing_pack_is_a_clean_error(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="cannot read rule pack"):
        load_pack(tmp_path / "absent.toml")


def test_the_shipped_pack_matches_the_rule_pack_schema() -> None:
    """Runs skip this check for the shipped pack, so the suite makes it."""
    from provlint.pack import default_pack_path, validate_pack
    from provlint.resources import read_toml

    path = default_pack_path()
    validate_pack(path, read_toml(path, "rule pack"))


def test_an_unattributed_quotation_over_paragraphs_is_one_finding() -> None:
    text = (
        "Here is the text in full:\n\n"
        "“The quay has lost its winter trade to the new port at the river mouth.\n\n"
        "“The ferry now runs at a loss on every crossing after October.\n\n"
        "“The berth must be rebuilt before the storms come back.”\n\n"
        "“A second quotation stands on its own here.”\n"
    )
    rules = [r for r in default_rules() if r.code == "PV101"]
    findings = [f for f in lint_text(text, rules) if f.code == "PV101"]
    assert [f.location.text[:12] for f in findings] == ["“The quay ha", "“A second qu"]


def test_a_figure_in_the_headline_is_left_to_the_body() -> None:
    text = (
        "Ferry Fares on the Western Quays Rise by 40 Percent\n\n"
        "GALWAY — Fares on the western quays rise by 40 percent in May.\n"
    )
    rules = [r for r in default_rules() if r.code == "PV201"]
    findings = [f for f in lint_text(text, rules) if f.code == "PV201"]
    assert [f.location.line for f in findings] == [3]


@given(st.text(alphabet="a ÂÃâ€™œ“\u0080\u0093\u009d\u00a9\u00bf\ufffd", max_size=12))
def test_every_mis_decoding_starts_with_a_character_looked_for_first(text: str) -> None:
    for found in hygiene._MOJIBAKE.finditer(text):
        assert hygiene._MOJIBAKE_START.match(found.group())
