"""The command line. The only module that prints or exits.

Exit codes: 0 no finding at or above the fail level; 1 findings at or above
it; 2 usage, configuration or input error, reported in one line on stderr.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from provlint import __version__
from provlint.baseline import BaselineError, apply_baseline, load_baseline, render_baseline
from provlint.cache import CACHE_DIR
from provlint.config import Config, ConfigError, check_rule_codes, find_config, load_config
from provlint.corpus import DEFAULT_INCLUDE, DEFAULT_MAX_BYTES, PathError
from provlint.extract.learned import load_tagger
from provlint.linter import Options, active_rules, all_rules, extract_paths, lint, lint_changed
from provlint.pack import PackError
from provlint.records import SEVERITIES, Report, Rule
from provlint.resources import schema
from provlint.serialize import render_extractions
from provlint.workers import default_jobs

app = typer.Typer(
    name="provlint",
    help="Source-comparison and provenance linter for news articles.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class ReportFormat(StrEnum):
    """Formats of `provlint check`."""

    table = "table"
    json = "json"
    sarif = "sarif"
    github = "github"
    markdown = "markdown"


class FailOn(StrEnum):
    """The lowest severity that makes `provlint check` exit 1."""

    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


class ListFormat(StrEnum):
    """Formats of the listing commands."""

    table = "table"
    json = "json"


class SchemaName(StrEnum):
    """The JSON Schemas provlint publishes."""

    report = "report"
    extract = "extract"
    rules = "rules"


class UsageProblem(Exception):
    """A problem with what the user asked for: exit 2 with one line."""


def fail(message: str) -> NoReturn:
    """Print one error line and exit 2."""
    typer.echo(f"provlint: error: {message}", err=True)
    raise typer.Exit(2)


def write_output(text: str, output: Path | None) -> None:
    """Print, or write a file atomically: a reader never sees half a report."""
    if output is None:
        sys.stdout.write(text)
        return
    directory = output.parent if str(output.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=directory)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, output)
    except OSError as error:
        fail(f"{output}: cannot write report: {error.strerror or error}")


def _split(values: list[str] | None) -> tuple[str, ...]:
    """Accept ``--select PV1,PV2`` as well as repeated options."""
    return tuple(
        part.strip() for value in values or () for part in value.split(",") if part.strip()
    )


def _check_codes(codes: tuple[str, ...], rules: tuple[Rule, ...], option: str) -> None:
    known = {r.code for r in rules} | {r.name for r in rules}
    for code in codes:
        if code == "ALL" or code in known or any(r.code.startswith(code) for r in rules):
            continue
        fail(f"{option}: unknown rule code or name {code!r} (see `provlint rules`)")


def _exit_code(report: Report, fail_on: FailOn, exit_zero: bool) -> int:
    if exit_zero or fail_on is FailOn.never:
        return 0
    threshold = SEVERITIES.index(fail_on.value)
    return int(any(SEVERITIES.index(f.severity) <= threshold for f in report.findings))


PathsArgument = Annotated[list[str], typer.Argument(help="Article files or folders to check.")]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write the report to FILE (atomically).", dir_okay=False),
]


ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", help="Use this configuration file instead of searching for one.", dir_okay=False
    ),
]
IsolatedOption = Annotated[
    bool, typer.Option("--isolated", help="Ignore every configuration file.")
]
ModelOption = Annotated[
    Path | None,
    typer.Option(
        "--attribution-model",
        help="Add the attributions this trained model finds to the rules': a CRFsuite file "
        "(needs python-crfsuite) or a neural tagger's folder (needs PyTorch and transformers).",
    ),
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", help="Worker processes for extraction [default: all cores].", min=1
    ),
]


def _config(config_file: Path | None, isolated: bool) -> Config:
    """The configuration in force: --config, else the nearest one found, else none."""
    if isolated:
        return Config()
    path = config_file or find_config(Path.cwd())
    if path is None:
        return Config()
    if not path.is_file():
        fail(f"{path}: no such configuration file")
    try:
        return load_config(path)
    except ConfigError as error:
        fail(str(error))


def _options(config: Config, **cli: Any) -> Options:
    """Merge configuration and command line; the command line wins, ignores add up."""
    options = Options(
        select=cli["select"] or config.select,
        extend_select=config.extend_select,
        ignore=config.ignore + cli["ignore"],
        per_file_ignores=config.per_file_ignores,
        severity=config.severity,
        thresholds=config.thresholds,
        include=cli["include"] or config.include or DEFAULT_INCLUDE,
        exclude=cli["exclude"] or config.exclude,
        max_bytes=cli["max_bytes"] or config.max_bytes or DEFAULT_MAX_BYTES,
        packs=config.rule_packs + cli["packs"],
    )
    rules = _rules(options)
    if config.path is not None:
        try:
            check_rule_codes(config, {r.code for r in rules}, {r.name for r in rules})
        except ConfigError as error:
            fail(str(error))
    _check_codes(cli["select"], rules, "--select")
    _check_codes(cli["ignore"], rules, "--ignore")
    return options


@app.command()
def check(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Article files or folders (default: the configured corpus)."),
    ] = None,
    output_format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Report format.")
    ] = ReportFormat.table,
    output: OutputOption = None,
    select: Annotated[
        list[str] | None, typer.Option(help="Only these rule codes, prefixes or names.")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Skip these rule codes, prefixes or names.")
    ] = None,
    fail_on: Annotated[
        FailOn | None, typer.Option(help="Lowest severity that fails the run [default: error].")
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even with findings.")
    ] = False,
    include: Annotated[
        list[str] | None, typer.Option(help="File globs to check in folders.")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="File globs to skip in folders.")
    ] = None,
    max_bytes: Annotated[
        int | None,
        typer.Option(
            help="Files larger than this are reported, not read [default: 2000000].", min=1
        ),
    ] = None,
    rule_pack: Annotated[
        list[Path] | None, typer.Option("--rule-pack", help="Extra rule pack (TOML).")
    ] = None,
    changed: Annotated[
        bool,
        typer.Option(
            "--changed",
            help="PATHS are new or changed articles: check them against the whole configured "
            "corpus, and report only findings that touch them.",
        ),
    ] = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline", help="Report only findings not recorded in this baseline.", dir_okay=False
        ),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option(
            "--write-baseline",
            help="Record the current findings as a baseline and exit 0.",
            dir_okay=False,
        ),
    ] = None,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Print only the number of findings per rule.")
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Extract every article afresh; read and write no cache."),
    ] = False,
    jobs: JobsOption = None,
    attribution_model: ModelOption = None,
    config_file: ConfigOption = None,
    isolated: IsolatedOption = False,
) -> None:
    """Check articles and report findings."""
    config = _config(config_file, isolated)
    options = _options(
        config,
        select=_split(select),
        ignore=_split(ignore),
        include=_split(include),
        exclude=_split(exclude),
        max_bytes=max_bytes,
        packs=tuple(rule_pack or ()),
    )
    options = replace(
        options,
        jobs=jobs or default_jobs(),
        attribution_model=_model(attribution_model or config.attribution_model),
    )
    if not no_cache:
        home = config.path.parent if config.path else Path.cwd()
        options = replace(
            options, cache_dir=Path(os.environ.get("PROVLINT_CACHE_DIR", home / CACHE_DIR))
        )
    targets = list(paths or ())
    if changed:
        # Without a configured corpus the changed files are all there is to compare.
        corpus = [*config.corpus, *targets]
        if not corpus:
            raise typer.Exit(0)
    else:
        corpus = targets or list(config.corpus)
        if not corpus:
            fail("no paths given and no `corpus` configured")
    try:
        if changed:
            report = lint_changed(config.corpus, targets, options, _progress_bar())
        else:
            report = lint(corpus, options, _progress_bar())
    except PathError as error:
        fail(str(error))
    if write_baseline is not None:
        write_output(render_baseline(report), write_baseline)
        typer.echo(
            f"provlint: recorded {len(report.findings)} findings in {write_baseline}", err=True
        )
        raise typer.Exit(0)
    baseline = baseline or config.baseline
    if baseline is not None:
        try:
            report = apply_baseline(report, load_baseline(baseline))
        except BaselineError as error:
            fail(str(error))
    from provlint.report import FORMATS, statistics_text

    rendered = statistics_text(report) if statistics else FORMATS[output_format.value](report)
    write_output(rendered, output)
    level = fail_on or FailOn(config.fail_on or "error")
    raise typer.Exit(_exit_code(report, level, exit_zero))


def _progress_bar() -> Callable[[int, int], None] | None:
    """A one-line counter on stderr for long runs; none when stderr is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total >= 50 and (done % 25 == 0 or done == total):
            end = "\n" if done == total else ""
            sys.stderr.write(f"\rprovlint: extracted {done}/{total} articles{end}")
            sys.stderr.flush()

    return show


def _model(path: Path | None) -> Path | None:
    """The attribution model, opened once here so that a bad one stops the run."""
    if path is None:
        return None
    if not path.exists():
        fail(f"{path}: no such attribution model file or folder")
    try:
        load_tagger(str(path))
    except RuntimeError as error:
        fail(str(error))
    return path


def _rules(options: Options) -> tuple[Rule, ...]:
    try:
        return all_rules(options)
    except PackError as error:
        fail(str(error))


@app.command()
def extract(
    paths: PathsArgument,
    output_format: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ListFormat.json,
    output: OutputOption = None,
    max_bytes: Annotated[
        int, typer.Option(help="Files larger than this are skipped.", min=1)
    ] = DEFAULT_MAX_BYTES,
    jobs: JobsOption = None,
    attribution_model: ModelOption = None,
) -> None:
    """Show what provlint extracts from articles: quotes, people, figures, claims, metadata."""
    try:
        options = Options(
            max_bytes=max_bytes,
            jobs=jobs or default_jobs(),
            attribution_model=_model(attribution_model),
        )
        extractions, problems = extract_paths(paths, options)
    except PathError as error:
        fail(str(error))
    if output_format is ListFormat.json:
        listed = [{"file": p.path, "kind": p.kind, "message": p.message} for p in problems]
        write_output(render_extractions(extractions, listed), output)
        return
    from provlint.report.extraction_table import render_extraction_table

    write_output(render_extraction_table(extractions), output)


@app.command("compare")
def compare_articles(
    first: Annotated[str, typer.Argument(help="One article.")],
    second: Annotated[str, typer.Argument(help="The article to compare it with.")],
    output_format: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ListFormat.table,
    output: OutputOption = None,
) -> None:
    """Compare two articles side by side: shared quotes, people and figures."""
    from provlint.compare import compare
    from provlint.report.comparison import render_comparison_json, render_comparison_table

    extracted = []
    for path in (first, second):
        if not Path(path).is_file():
            fail(f"{path}: no such file")
        found, problems = extract_paths([path], Options())
        if not found:
            fail(f"{path}: {problems[0].message}" if problems else f"{path}: not an article")
        extracted.append(found[0])
    result = compare(extracted[0], extracted[1])
    if output_format is ListFormat.json:
        write_output(render_comparison_json(result), output)
    else:
        write_output(render_comparison_table(result), output)


@app.command("rules")
def list_rules(
    output_format: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ListFormat.table,
    rule_pack: Annotated[
        list[Path] | None, typer.Option("--rule-pack", help="Extra rule pack (TOML).")
    ] = None,
) -> None:
    """List every rule: code, name, category, default severity and summary."""
    from tabulate import tabulate

    rules = _rules(Options(packs=tuple(rule_pack or ())))
    if output_format is ListFormat.json:
        listed = [
            {
                "code": r.code,
                "name": r.name,
                "category": r.category,
                "severity": r.severity,
                "summary": r.summary,
            }
            for r in rules
        ]
        typer.echo(json.dumps(listed, indent=2, ensure_ascii=False))
        return
    rows = [(r.code, r.name, r.category, r.severity, r.summary) for r in rules]
    typer.echo(
        tabulate(
            rows,
            headers=["code", "name", "category", "severity", "summary"],
            maxcolwidths=[None, None, None, None, 48],
        )
    )


@app.command("rule")
def explain_rule(
    code: Annotated[str, typer.Argument(help="A rule code or name, e.g. PV101.")],
) -> None:
    """Explain one rule, with an example that triggers it and one that does not."""
    rules = _rules(Options())
    rule = next((r for r in rules if code in (r.code, r.name) or r.code == code.upper()), None)
    if rule is None:
        fail(f"unknown rule {code!r} (see `provlint rules`)")
    typer.echo(explain(rule))


def explain(rule: Rule) -> str:
    """A rule's documentation as plain text: what, why, and its examples."""
    lines = [
        f"{rule.code} {rule.name}",
        f"category: {rule.category}    default severity: {rule.severity}",
        "",
        rule.summary,
        "",
        rule.rationale,
    ]
    for kind, heading in (("fail", "Reported (bad):"), ("pass", "Not reported (good):")):
        for example in (e for e in rule.examples if e.kind == kind):
            lines += ["", heading, *("    " + line for line in example.text.strip().splitlines())]
    if rule.example_exempt:
        lines += ["", f"(No example articles: {rule.example_exempt})"]
    return "\n".join(lines)


@app.command("schema")
def show_schema(name: Annotated[SchemaName, typer.Argument(help="Which schema.")]) -> None:
    """Print one of the JSON Schemas provlint publishes."""
    typer.echo(json.dumps(schema(name.value), indent=2, ensure_ascii=False))


@app.command("config")
def show_config(
    output_format: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ListFormat.table,
    config_file: ConfigOption = None,
    isolated: IsolatedOption = False,
) -> None:
    """Show the effective configuration and where it was read from."""
    config = _config(config_file, isolated)
    options = _options(
        config, select=(), ignore=(), include=(), exclude=(), max_bytes=None, packs=()
    )
    effective = {
        "config-file": str(config.path) if config.path else None,
        "corpus": list(config.corpus),
        "include": list(options.include),
        "exclude": list(options.exclude),
        "select": list(options.select),
        "extend-select": list(options.extend_select),
        "ignore": list(options.ignore),
        "per-file-ignores": {k: list(v) for k, v in options.per_file_ignores.items()},
        "severity": options.severity,
        "thresholds": options.thresholds,
        "fail-on": config.fail_on or "error",
        "rule-packs": [str(p) for p in options.packs],
        "max-bytes": options.max_bytes,
        "baseline": str(config.baseline) if config.baseline else None,
        "attribution-model": str(config.attribution_model) if config.attribution_model else None,
        "rules": [r.code for r in active_rules(options)],
    }
    if output_format is ListFormat.json:
        typer.echo(json.dumps(effective, indent=2, ensure_ascii=False))
        return
    for key, value in effective.items():
        typer.echo(f"{key} = {json.dumps(value, ensure_ascii=False)}")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"provlint {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Source-comparison and provenance linter for news articles."""


def main() -> None:
    """Entry point: run the app and turn every failure into an exit code and one line."""
    try:
        code = app(standalone_mode=False)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as error:
        if hasattr(error, "format_message") and hasattr(error, "exit_code"):
            # A usage error found by the argument parser (unknown option, bad value).
            typer.echo(f"provlint: error: {error.format_message()}", err=True)
            sys.exit(2)
        if os.environ.get("PROVLINT_DEBUG"):
            raise
        typer.echo(
            f"provlint: internal error: {type(error).__name__}: {error} "
            "(set PROVLINT_DEBUG=1 for the traceback, and please report it)",
            err=True,
        )
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)
