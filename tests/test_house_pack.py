"""A team's own rule pack, end to end: pattern, required field, phrase list, suppression."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provlint.engine import known_checks
from provlint.pack import PackError, load_pack
from tests.test_cli import run, write

HOUSE = """
schema_version = 1

[[rules]]
code = "HOUSE1"
name = "no-shocking"
category = "hygiene"
severity = "warning"
check = "pattern"
summary = "House style: no 'shocking' outside quotes."
message = "house style: avoid '{match}'"
rationale = "We report; readers decide what is shocking."
[rules.params]
regex = "\\\\bshocking\\\\b"
ignore-case = true
where = "outside-quotes"

[[rules]]
code = "HOUSE2"
name = "url-required"
category = "provenance"
severity = "error"
check = "require"
summary = "Every article records its URL."
message = "no {field}: add it to the front matter"
rationale = "We must be able to find the original."
[rules.params]
field = "url"

[[rules]]
code = "HOUSE3"
name = "house-vague"
category = "attribution"
severity = "warning"
check = "phrase-list"
summary = "House list of vague sources."
message = "vague: '{match}'"
rationale = "Name who says so."
[rules.params]
phrases = ["people are saying", "many are asking"]
"""

ARTICLE = (
    '---\noutlet = "Valley Post"\npublished = "2024-05-02"\n---\n'
    "Bridge Reopens\n\n"
    "A shocking delay ended as the bridge reopened, county engineer Ruth Obi said.\n\n"
    "“It was shocking to all of us,” Obi said. People are saying it took too long.\n"
)


def test_house_pack_rules_fire_and_can_be_suppressed(tmp_path: Path) -> None:
    (tmp_path / "house.toml").write_text(HOUSE, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.provlint]\nrule-packs = ["house.toml"]\n', encoding="utf-8"
    )
    write(tmp_path, "story.txt", ARTICLE)
    result = run("check", "story.txt", "--format", "json", "--select", "HOUSE", cwd=tmp_path)
    found = sorted((f["code"], f["line"]) for f in json.loads(result.stdout)["findings"])
    assert found == [("HOUSE1", 7), ("HOUSE2", 1), ("HOUSE3", 9)], result.stderr
    assert result.returncode == 1  # HOUSE2 is an error
    suppressed = ARTICLE.replace(
        "A shocking",
        '<!-- provlint: ignore HOUSE1 reason="quoting the council motion" -->\nA shocking',
    )
    write(tmp_path, "story.txt", suppressed)
    result = run("check", "story.txt", "--format", "json", "--select", "HOUSE", cwd=tmp_path)
    assert "HOUSE1" not in {f["code"] for f in json.loads(result.stdout)["findings"]}


def test_catastrophic_pattern_cannot_hang_the_run(tmp_path: Path) -> None:
    pack = HOUSE.replace('regex = "\\\\bshocking\\\\b"', 'regex = "(a|aa)+b"')
    (tmp_path / "house.toml").write_text(pack, encoding="utf-8")
    write(tmp_path, "story.txt", "Title\n\n" + "a" * 60 + "!\n")
    result = run(
        "check",
        "story.txt",
        "--rule-pack",
        "house.toml",
        "--select",
        "HOUSE1",
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert result.returncode in (0, 1)
    assert "gave up" in result.stdout


def test_malformed_generic_params_name_the_key(tmp_path: Path) -> None:
    pack = tmp_path / "bad.toml"
    pack.write_text(
        HOUSE.replace('regex = "\\\\bshocking\\\\b"', 'regex = "(unclosed"'), encoding="utf-8"
    )
    result = run("check", "x", "--rule-pack", str(pack), cwd=tmp_path)
    assert (
        result.returncode == 2
        and "rules[0].params.regex: not a valid regular expression" in result.stderr
    )


def test_unknown_config_key_suggests_the_right_one(tmp_path: Path) -> None:
    (tmp_path / "provlint.toml").write_text('selct = ["PV1"]\n', encoding="utf-8")
    result = run("check", ".", cwd=tmp_path)
    assert (
        result.returncode == 2 and "unknown key 'selct' (did you mean 'select'?)" in result.stderr
    )
    (tmp_path / "provlint.toml").write_text('ignore = ["PV1011"]\n', encoding="utf-8")
    result = run("check", ".", cwd=tmp_path)
    assert result.returncode == 2 and "did you mean 'PV101'?" in result.stderr


rule_tables = st.fixed_dictionaries(
    {
        "code": st.from_regex(r"\A[A-Z]{1,3}[0-9]{1,3}\Z"),
        "name": st.from_regex(r"\A[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}\Z"),
        "category": st.sampled_from(
            ["attribution", "claims", "consistency", "provenance", "hygiene"]
        ),
        "severity": st.sampled_from(["error", "warning", "info", "fatal"]),
        "check": st.sampled_from(["pattern", "require", "phrase-list", "vague-source", "nope"]),
        "summary": st.text(min_size=0, max_size=5),
        "message": st.text(min_size=1, max_size=5),
        "rationale": st.text(min_size=1, max_size=5),
        "params": st.fixed_dictionaries(
            {},
            optional={
                "regex": st.sampled_from(["x+", "(", "\\bword\\b", ""]),
                "field": st.sampled_from(["url", "", 3]),
                "phrases": st.sampled_from([["a b"], [], "x"]),
                "where": st.sampled_from(["anywhere", "inside-quotes", "elsewhere"]),
            },
        ),
    }
)


def _toml(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(rule_tables, max_size=3))
def test_every_pack_loads_or_gets_a_clean_one_line_error(
    tmp_path_factory, rules: list[dict]
) -> None:  # type: ignore[no-untyped-def, type-arg]
    lines = ["schema_version = 1"]
    for rule in rules:
        lines.append("[[rules]]")
        lines += [f"{key} = {_toml(value)}" for key, value in rule.items() if key != "params"]
        lines.append("[rules.params]")
        lines += [f"{key} = {_toml(value)}" for key, value in rule["params"].items()]
    path = tmp_path_factory.mktemp("pack") / "pack.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    try:
        loaded = load_pack(path, known_checks())
    except PackError as error:
        assert str(error).startswith(str(path)) and "\n" not in str(error)
        return
    assert len(loaded) == len(rules)


def test_pack_aliases_join_names_for_comparison(tmp_path: Path) -> None:
    pack = tmp_path / "aliases.toml"
    pack.write_text(
        'schema_version = 1\n[aliases.people]\n"Robert Fenwick" = ["Bob Fenwick"]\n',
        encoding="utf-8",
    )
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    quote = "“The dredging contract goes to the lowest bidder, as the law requires,”"
    write(corpus, "a.txt", f"{quote} harbour chair Robert Fenwick said.\n")
    write(corpus, "b.txt", f"{quote} harbour chair Bob Fenwick said.\n")
    without = run(
        "check", "corpus", "--select", "PV303", "--format", "json", "--isolated", cwd=tmp_path
    )
    assert [f["code"] for f in json.loads(without.stdout)["findings"]] == ["PV303"]
    with_pack = run(
        "check",
        "corpus",
        "--select",
        "PV303",
        "--format",
        "json",
        "--isolated",
        "--rule-pack",
        str(pack),
        cwd=tmp_path,
    )
    assert json.loads(with_pack.stdout)["findings"] == []
