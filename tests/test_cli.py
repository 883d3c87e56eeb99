"""The command line end to end, through a real subprocess, as users and CI run it."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run ``python -m provlint ARGS`` and capture everything."""
    return subprocess.run(
        [sys.executable, "-m", "provlint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def write(folder: Path, name: str, content: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


GOOD = (
    '---\noutlet = "Valley Post"\npublished = "2024-05-02"\n---\n'
    "Bridge Reopens\n\n"
    "The old bridge reopened on Thursday, the county engineer Ruth Obi said.\n\n"
    "“It is safe for trucks again,” Obi said.\n"
)


def test_check_seeds_prints_a_table_and_fails_on_errors() -> None:
    result = run("check", "seeds/")
    assert result.returncode == 1, result.stderr
    assert "seeds/002_d137ed3eb076b951.txt" in result.stdout
    assert result.stderr == ""


def test_json_report_validates_against_the_published_schema() -> None:
    result = run("check", "seeds/", "--format", "json")
    report = json.loads(result.stdout)
    schema = json.loads(run("schema", "report").stdout)
    jsonschema.Draft202012Validator(schema).validate(report)
    assert report["tool"]["name"] == "provlint" and report["findings"]
    for finding in report["findings"]:
        text = (ROOT / finding["file"]).read_text(encoding="utf-8")
        assert text[finding["start"] : finding["end"]] == finding["text"]


def test_same_report_whatever_the_order_of_the_paths() -> None:
    names = sorted(str(p.relative_to(ROOT)) for p in SEEDS.glob("*.txt"))
    forward = run("check", *names, "--format", "json").stdout
    backward = run("check", *reversed(names), "--format", "json").stdout
    assert forward == backward and forward


def test_articles_are_never_modified() -> None:
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS.iterdir()}
    run("check", "seeds/", "--format", "json")
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS.iterdir()}
    assert before == after


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = run("check", "seeds/", "--format", "json", "-o", str(out))
    assert result.stdout == "" and json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_output_to_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("check", "seeds/", "-o", str(tmp_path / "no" / "such" / "r.txt"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "cannot write report" in result.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("check", "no-such-dir/"), "no-such-dir/: no such file or directory"),
        (("check", "seeds/", "--bogus"), "No such option: --bogus"),
        (("check", "seeds/", "--select", "PV9"), "unknown rule code or name 'PV9'"),
        (("check", "seeds/", "--format", "xml"), "xml"),
        (("rule", "PV999"), "unknown rule 'PV999'"),
        (("check", "seeds/", "--rule-pack", "missing.toml"), "missing.toml: cannot read rule pack"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: tuple[str, ...], needle: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert needle in result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_bad_files_are_findings_and_the_rest_is_still_checked(tmp_path: Path) -> None:
    write(tmp_path, "a_good.txt", GOOD)
    write(tmp_path, "b_empty.txt", b"")
    write(tmp_path, "c_binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    write(tmp_path, "d_latin.txt", "Caf\xe9 story with a quote.\n".encode("cp1252"))
    write(tmp_path, "e_big.txt", "word " * 300)
    result = run(
        "check", ".", "--format", "json", "--max-bytes", "1000", "--fail-on", "never", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)["findings"]
    by_file = {(f["file"], f["code"]) for f in findings}
    assert ("b_empty.txt", "PV505") in by_file
    assert ("c_binary.txt", "PV506") in by_file
    assert ("d_latin.txt", "PV502") in by_file
    assert ("e_big.txt", "PV507") in by_file
    assert json.loads(result.stdout)["summary"]["files"] == 5


def test_select_ignore_and_fail_levels() -> None:
    only = json.loads(run("check", "seeds/", "--format", "json", "--select", "PV5").stdout)
    assert only["findings"] and all(f["code"].startswith("PV5") for f in only["findings"])
    without = json.loads(run("check", "seeds/", "--format", "json", "--ignore", "PV1,PV5").stdout)
    assert not any(f["code"].startswith(("PV1", "PV5")) for f in without["findings"])
    assert run("check", "seeds/", "--fail-on", "never").returncode == 0
    assert run("check", "seeds/", "--exit-zero").returncode == 0
    assert run("check", "seeds/", "--select", "PV5", "--fail-on", "error").returncode == 0
    assert run("check", "seeds/", "--select", "PV5", "--fail-on", "warning").returncode == 1


def test_clean_article_exits_0(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", GOOD)
    result = run("check", "good.txt", "--fail-on", "info", cwd=tmp_path)
    assert result.returncode == 0, result.stdout


def test_extract_json_validates_and_offsets_slice_the_text() -> None:
    result = run("extract", "seeds/", "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.Draft202012Validator(json.loads(run("schema", "extract").stdout)).validate(data)
    for document in data["documents"]:
        text = (ROOT / document["path"]).read_text(encoding="utf-8")
        for quote in document["quotes"]:
            assert text[quote["start"] : quote["end"]] == quote["text"]
            if quote["speaker"]:
                speaker = quote["speaker"]
                assert text[speaker["start"] : speaker["end"]] == speaker["mention"]


def test_rules_listing_and_explanation() -> None:
    listing = json.loads(run("rules", "--format", "json").stdout)
    codes = [rule["code"] for rule in listing]
    assert codes == sorted(codes) and "PV101" in codes
    explained = run("rule", "PV101").stdout
    assert "quote-without-speaker" in explained and "Reported (bad):" in explained
    assert "Not reported (good):" in explained


def test_schema_command_prints_valid_json_schemas() -> None:
    for name in ("report", "extract", "rules"):
        schema = json.loads(run("schema", name).stdout)
        jsonschema.Draft202012Validator.check_schema(schema)


def test_version() -> None:
    assert run("--version").stdout.startswith("provlint ")


def test_seeds_pass_against_the_committed_baseline_and_a_new_problem_fails(tmp_path: Path) -> None:
    assert run("check", "seeds/", "--baseline", "provlint-baseline.json").returncode == 0
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS.iterdir():
        (corpus / seed.name).write_bytes(seed.read_bytes())
    baseline = tmp_path / "baseline.json"
    assert run("check", "corpus", "--write-baseline", str(baseline), cwd=tmp_path).returncode == 0
    # An edit elsewhere in an article keeps its known findings known.
    edited = corpus / "002_d137ed3eb076b951.txt"
    edited.write_text(
        "Editor's note: reformatted.\n\n" + edited.read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert run("check", "corpus", "--baseline", str(baseline), cwd=tmp_path).returncode == 0
    write(corpus, "new.txt", "Bad Story\n\nThe report is here.\n\nSource:\n")
    result = run("check", "corpus", "--baseline", str(baseline), "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    assert {f["file"] for f in json.loads(result.stdout)["findings"]} == {"corpus/new.txt"}


def test_statistics_counts_per_rule() -> None:
    lines = run("check", "seeds/", "--statistics").stdout.splitlines()
    assert lines and all(line.split()[1].startswith("PV") for line in lines)
    assert any(line.split()[1] == "PV501" for line in lines)


def test_progress_shows_on_a_terminal_only(tmp_path: Path) -> None:
    import pty

    for index in range(60):
        write(tmp_path, f"{index:02d}.txt", f"Story {index}\n\nThe council met on Monday.\n")
    main, secondary = pty.openpty()
    completed = subprocess.run(
        [sys.executable, "-m", "provlint", "check", ".", "--no-cache", "--fail-on", "never"],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=secondary,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    os.close(secondary)
    shown = os.read(main, 65536).decode()
    os.close(main)
    assert completed.returncode == 0
    assert "extracted 60/60 articles" in shown
    piped = run("check", ".", "--no-cache", "--fail-on", "never", cwd=tmp_path)
    assert "extracted" not in piped.stderr


def test_one_and_two_jobs_cold_or_cached_give_byte_identical_reports(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for copy in range(6):  # enough articles that two workers share them
        for seed in sorted(SEEDS.glob("*.txt")):
            text = seed.read_text(encoding="utf-8") + f"\nEdition {copy}.\n"
            write(corpus, f"{copy}-{seed.name}", text)
    reports = []
    for args in (
        ("--jobs", "1", "--no-cache"),
        ("--jobs", "2", "--no-cache"),
        ("--jobs", "2"),  # cold cache
        ("--jobs", "1"),  # warm cache: answered without reading the corpus
    ):
        for report_format in ("json", "sarif", "table"):
            result = run(
                "check", "corpus", "--isolated", "--format", report_format, *args, cwd=tmp_path
            )
            assert result.returncode in (0, 1), result.stderr
            reports.append((report_format, result.stdout))
    by_format: dict[str, set[str]] = {}
    for report_format, text in reports:
        by_format.setdefault(report_format, set()).add(text)
    assert all(len(texts) == 1 for texts in by_format.values())
