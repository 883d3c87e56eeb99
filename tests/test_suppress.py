"""Inline suppressions: ignore, disable/enable ranges, file-level, reasons, unused ones."""

from __future__ import annotations

from provlint.linter import default_rules, lint_text

UNSOURCED = "“The bridge will reopen on Friday, before the holiday traffic.”"


def codes(text: str) -> list[str]:
    return [f.code for f in lint_text(text, default_rules())]


def test_unsuppressed_quote_is_reported() -> None:
    assert "PV101" in codes(UNSOURCED + "\n")


def test_ignore_silences_the_next_paragraph_only() -> None:
    text = (
        '<!-- provlint: ignore PV101 reason="confirmed by phone" -->\n'
        f"{UNSOURCED}\n\n{UNSOURCED.replace('Friday', 'Monday')}\n"
    )
    found = lint_text(text, default_rules())
    assert [(f.code, f.location.line) for f in found if f.code == "PV101"] == [("PV101", 4)]
    assert "PV511" not in codes(text)


def test_disable_enable_range_and_prefixes() -> None:
    text = (
        '<!-- provlint: disable PV1 reason="archive interview" -->\n'
        f"{UNSOURCED}\n\n"
        "<!-- provlint: enable PV1 -->\n\n"
        f"{UNSOURCED.replace('Friday', 'Sunday')}\n"
    )
    lines = [f.location.line for f in lint_text(text, default_rules()) if f.code == "PV101"]
    assert lines == [6]


def test_disable_file() -> None:
    text = (
        f'<!-- provlint: disable-file PV101 reason="transcript" -->\n{UNSOURCED}\n\n{UNSOURCED}\n'
    )
    assert "PV101" not in codes(text)


def test_a_reason_is_required() -> None:
    text = f"<!-- provlint: ignore PV101 -->\n{UNSOURCED}\n"
    found = codes(text)
    assert "PV512" in found and "PV101" in found


def test_unreadable_directive_is_reported() -> None:
    assert "PV512" in codes("<!-- provlint: silence everything -->\nText.\n")


def test_unused_suppression_is_reported_but_not_for_rules_not_run() -> None:
    text = '<!-- provlint: ignore PV101 reason="checked" -->\nThe bridge reopened, engineer Ruth Obi said.\n'
    assert "PV511" in codes(text)
    pv511 = [r for r in default_rules() if r.code == "PV511"]
    assert lint_text(text, pv511) == ()


def test_directive_text_is_not_article_text() -> None:
    text = (
        '<!-- provlint: ignore PV101 reason="a \\"quoted\\" reason with sources said" -->\nPlain.\n'
    )
    assert [c for c in codes(text) if c.startswith(("PV101", "PV102"))] == []
