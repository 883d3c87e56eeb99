"""Attribution accuracy against human-annotated news (PolNeAR), through the real CLI.

Usage (from the repository root)::

    python bench/accuracy.py                        # dev split, tables
    python bench/accuracy.py --split train --limit 200 --json
    python bench/accuracy.py --verbose              # plus the articles that miss most
    python bench/accuracy.py --dump /tmp/pairs.jsonl   # gold vs predicted, for error analysis

Options: ``--split {train,dev}`` (default dev), ``--limit N`` (first N articles),
``--held-out N`` (every Nth article only, those a model trained with
``bench/train_attribution.py --hold-out N`` never saw),
``--annotator-policy first`` (the first annotator in sorted order where an article
has several), ``--json`` (the same figures as JSON), ``--verbose``, ``--dump FILE``
(JSON Lines of offsets and a few words of context, from the run with the model
when one is given: keep it out of the repository),
``--data DIR`` (default ``../shared/eval/polnear``), ``--provlint-cmd CMD``
(default ``python -m provlint``; point it at a stub to test the runner) and
``--attribution-model FILE`` (score provlint a second time with that model, from
bench/train_attribution.py, and print both: the rules alone and rules plus model).

The data is read at run time and never copied into the repository. Every article's
text is written unchanged to a temporary folder as ``NNNN.txt`` (so offsets match),
and the CLI runs once over the folder for ``extract`` and once for ``check``, as a
user would run it. Scoring:

- Quote detection, precision/recall/F1 at overlap 0.3 and 0.8, for direct quotes
  and for all attributions. "Direct" means the same on both sides: the content
  holds a quotation mark (“ ” " « » or the archive form ''), so reported speech
  with a quoted phrase in it is direct whether annotator or provlint found it.
  Predictions are provlint's attributions: direct and indirect quotes, and
  partial quotes it gives a speaker; a quoted fragment with no speaker (a scare
  quote, a programme title) is not claimed as an attribution. Overlap is
  the share of the gold content (union of its spans) covered by the predicted
  [start, end). Quotation marks and spaces are stripped from the edges of both
  sides first: annotators include the marks about half the time, and a mark is
  not content. Matching is greedy and one-to-one, best overlap first; of equal
  overlaps, the pair whose prediction is most nearly all gold content wins.
- Predicted quotes are taken outside boilerplate zones; quotes that share a cue
  (one frame: "Q1," X said, "Q2"; a reported lead-in and the quotation it runs
  into: At the quay, "Q," X said) are merged into one attribution, as the gold
  annotates them, and so is a quotation left open over paragraphs (each paragraph
  opened, only the last closed: provlint records a quote per paragraph); a quote
  nested in a longer one is dropped.
- Speaker accuracy, on attributions matched at 0.3 whose gold names a source:
  correct when the speaker mention overlaps a gold source span, or the resolved
  name's surname (or the mention's) is a capitalised word of the gold source text,
  compared case-insensitively; titles, suffixes and capitalised non-names from the
  people lexicon are never taken for a surname. A gold source that is a relative
  "who" ("Ruiz, who announced …") stands for the name right before its comma,
  as a pronoun stands for its name.
- Cue accuracy, on attributions matched at 0.3 whose gold has a cue: the
  predicted cue overlaps a gold cue span.
- False findings: a PV101 (quote with no speaker) or PV201 (figure with no
  attribution) finding is false when its span overlaps the content of a gold
  attribution that names a source. Reported per rule with findings per 1,000
  words, and as one share over both rules.
- Throughput: articles per second of each CLI run, and the total word count.
- Human agreement: on the articles annotated more than once, each further
  annotator's attributions are scored against the first annotator's with the
  same matching, speaker and cue rules. It measures the data, not provlint, so
  it is taken over both splits whatever ``--split`` says: the ceiling the
  figures above can be read against.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from tabulate import tabulate

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: measure this checkout's lexicons
    sys.path.insert(0, str(ROOT))

from provlint.resources import lexicon  # noqa: E402
from provlint.text import continues_quotation  # noqa: E402

DATA = ROOT.parent / "shared" / "eval" / "polnear"
QUOTE_MARKS = frozenset('“”"«»')
# Some archives (the New York Times' among them) write quotation marks as two apostrophes.
DOUBLED_APOSTROPHE = "''"
THRESHOLDS = (0.3, 0.8)
MATCH_THRESHOLD = 0.3  # speaker, cue and dump use the pairs found at this overlap
RULES = ("PV101", "PV201")
BOOTSTRAP_RESAMPLES = 1000
INTERVAL_LEVEL = 0.95
CAPITALISED = re.compile(r"[A-Z][\w’'.-]*")
POSSESSIVE = re.compile(r"[’']s?$")
WORST_SHOWN = 10
CONTEXT_WORDS = 6

Span = tuple[int, int]


@dataclass(frozen=True)
class Gold:
    """One annotated attribution, content spans stripped of edge quotation marks."""

    content: tuple[Span, ...]
    sources: tuple[Span, ...]
    cues: tuple[Span, ...]
    source_text: str
    direct: bool


@dataclass(frozen=True)
class Speaker:
    """Who provlint says spoke: the mention in the text and the name it resolves to."""

    start: int
    end: int
    mention: str
    name: str


@dataclass(frozen=True)
class Predicted:
    """One predicted attribution, quotes sharing a cue already merged."""

    start: int
    end: int
    direct: bool
    speaker: Speaker | None
    cue: Span | None


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, which add up over articles."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class Ratio:
    """A hit count out of a total, which adds up over articles."""

    hits: int = 0
    total: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)

    @property
    def share(self) -> float:
        """hits / total, 0 when there is nothing to count."""
        return self.hits / self.total if self.total else 0.0


@dataclass(frozen=True)
class ArticleScore:
    """Everything one article contributes, kept apart for the per-article breakdown."""

    name: str
    article_id: str
    words: int
    detection: dict[str, Counts]
    speaker: Ratio
    cue: Ratio
    false_findings: dict[str, Ratio]
    # Matched attributions whose gold names no source; hits: a speaker was given anyway.
    # Speaker accuracy cannot see these ("Ruiz was asked whether …" given to Ruiz).
    unsourced: Ratio = Ratio()


# --- spans and matching -------------------------------------------------------------------


def _mark_at(text: str, index: int, end: int) -> int:
    """Length of the quotation mark starting at index (two for ``''``), 0 when none."""
    if text[index] in QUOTE_MARKS or text[index].isspace():
        return 1
    return 2 if text.startswith(DOUBLED_APOSTROPHE, index, end) else 0


def strip_marks(text: str, start: int, end: int) -> Span:
    """[start, end) without quotation marks or spaces at its edges, so marks never count."""
    while start < end and (size := _mark_at(text, start, end)):
        start += size
    while end > start:
        if text[end - 1] in QUOTE_MARKS or text[end - 1].isspace():
            end -= 1
        elif end - 2 >= start and text.startswith(DOUBLED_APOSTROPHE, end - 2, end):
            end -= 2
        else:
            break
    return start, end


def has_marks(text: str) -> bool:
    """Whether text holds a quotation mark: what makes an attribution "direct", on both sides."""
    return DOUBLED_APOSTROPHE in text or any(char in QUOTE_MARKS for char in text)


def union(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Sorted, disjoint spans covering the same characters, so nothing is counted twice."""
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[0] < s[1]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def covered(gold: Sequence[Span], start: int, end: int) -> int:
    """How many of the gold content's characters [start, end) covers."""
    return sum(max(0, min(b, end) - max(a, start)) for a, b in union(gold))


def overlap(gold: Sequence[Span], start: int, end: int) -> float:
    """Share of the gold content's characters that [start, end) covers."""
    size = sum(b - a for a, b in union(gold))
    return covered(gold, start, end) / size if size else 0.0


def tightness(gold: Sequence[Span], start: int, end: int) -> float:
    """Share of [start, end) that is gold content: breaks ties between equal overlaps."""
    return covered(gold, start, end) / (end - start) if end > start else 0.0


def touches(spans: Iterable[Span], start: int, end: int) -> bool:
    """Whether [start, end) shares a character with any span (an empty one: lies inside)."""
    if start == end:
        return any(a <= start < b for a, b in spans)
    return any(a < end and start < b for a, b in spans)


def greedy_match(
    golds: Sequence[Sequence[Span]], preds: Sequence[Span], threshold: float
) -> list[tuple[int, int, float]]:
    """(gold index, prediction index, overlap), best overlap first, each side used once.

    Among equal overlaps the tighter pair wins, so a prediction spanning two gold
    attributions pairs with the one it fits best rather than the first in the text.
    """
    candidates = sorted(
        (-score, -tightness(gold, start, end), gi, pi)
        for gi, gold in enumerate(golds)
        for pi, (start, end) in enumerate(preds)
        if (score := overlap(gold, start, end)) >= threshold and score > 0
    )
    used_golds: set[int] = set()
    used_preds: set[int] = set()
    pairs = []
    for negative, _, gi, pi in candidates:
        if gi not in used_golds and pi not in used_preds:
            used_golds.add(gi)
            used_preds.add(pi)
            pairs.append((gi, pi, -negative))
    return pairs


def detection_counts(golds: int, preds: int, matched: int) -> Counts:
    """Counts of one matching: matched pairs, unmatched predictions, unmatched golds."""
    return Counts(matched, preds - matched, golds - matched)


def prf(counts: Counts) -> tuple[float, float, float]:
    """Precision, recall and F1, 0 where undefined."""
    precision = counts.tp / (counts.tp + counts.fp) if counts.tp + counts.fp else 0.0
    recall = counts.tp / (counts.tp + counts.fn) if counts.tp + counts.fn else 0.0
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


def per_thousand_words(count: int, words: int) -> float:
    """A rate readers can compare across corpora of different sizes."""
    return 1000 * count / words if words else 0.0


# --- speaker, cue and findings ------------------------------------------------------------


@cache
def _not_surnames() -> frozenset[str]:
    """Titles, suffixes and capitalised non-names: shared by chance, they prove nothing."""
    people = lexicon("people")
    words = (*people["titles"], *people["suffixes"], *people["not_names"])
    return frozenset(word.lower().rstrip(".") for word in words)


def name_tokens(text: str) -> tuple[str, ...]:
    """Lower-cased capitalised words of text that could belong to a name, in text order."""
    ignored = _not_surnames()
    tokens = []
    for match in CAPITALISED.finditer(text):
        word = POSSESSIVE.sub("", match.group().lower()).rstrip(".")
        if len(word) > 1 and word not in ignored:
            tokens.append(word)
    return tuple(tokens)


def surname(text: str) -> str | None:
    """The last name-like word of a name or mention ("Sen. Al Reyes Jr." gives "reyes")."""
    tokens = name_tokens(text)
    return tokens[-1] if tokens else None


def speaker_correct(gold: Gold, speaker: Speaker | None) -> bool:
    """The mention overlaps a gold source, or the predicted surname appears in the source.

    Only the surname counts, so "Ruth Okafor" is no credit for a source "Ruth Kamara".
    """
    if speaker is None:
        return False
    if touches(gold.sources, speaker.start, speaker.end):
        return True
    predicted = {surname(speaker.name), surname(speaker.mention)} - {None}
    return bool(predicted & set(name_tokens(gold.source_text)))


def cue_correct(gold: Gold, cue: Span | None) -> bool:
    """The predicted cue overlaps a gold cue span."""
    return cue is not None and touches(gold.cues, *cue)


def finding_is_false(golds: Iterable[Gold], start: int, end: int) -> bool:
    """A missing-source finding inside content the annotators attributed to a source."""
    return any(gold.sources and touches(gold.content, start, end) for gold in golds)


# --- reading gold and predictions ---------------------------------------------------------


def annotator(row: dict[str, Any], policy: str = "first") -> str | None:
    """Whose annotations count: the first annotator in sorted order."""
    if policy != "first":
        raise ValueError(f"unknown annotator policy: {policy}")
    return min(row["annotations"], default=None)


def spans(item: dict[str, Any], key: str) -> tuple[Span, ...]:
    """A list of [start, end] pairs from the data as tuples (absent or null: none)."""
    return tuple((int(a), int(b)) for a, b in item.get(key) or ())


_RELATIVE = frozenset({"who", "which", "that"})
_ANTECEDENT = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*),\s*$")


def _source_words(text: str, start: int, end: int) -> str:
    """A gold source's words; a relative "who" also names whom it stands for.

    PolNeAR marks "who" in "Ruiz, who announced …" as the source: the name before
    its comma is who spoke, as a pronoun is resolved through its name.
    """
    words = text[start:end]
    if words.strip().lower() in _RELATIVE:
        antecedent = _ANTECEDENT.search(text, max(0, start - 60), start)
        if antecedent:
            return f"{antecedent.group(1)} {words}"
    return words


def load_gold(row: dict[str, Any], policy: str = "first") -> list[Gold]:
    """The chosen annotator's attributions that have content, in the data's order."""
    text = row["text"]
    who = annotator(row, policy)
    golds = []
    for item in row["annotations"].get(who, ()) if who is not None else ():
        raw = spans(item, "content")
        content = union(strip_marks(text, a, b) for a, b in raw)
        if not content:
            continue
        sources = spans(item, "source")
        golds.append(
            Gold(
                content=content,
                sources=sources,
                cues=spans(item, "cue"),
                source_text=" ".join(_source_words(text, a, b) for a, b in sources),
                direct=any(has_marks(text[a:b]) for a, b in raw),
            )
        )
    return golds


def _speaker(quote: dict[str, Any]) -> Speaker | None:
    """The speaker record of a quote in extract JSON."""
    speaker = quote.get("speaker")
    if not speaker:
        return None
    return Speaker(
        speaker["start"], speaker["end"], speaker.get("mention") or "", speaker.get("name") or ""
    )


def _merge(text: str, group: list[dict[str, Any]]) -> Predicted:
    """One attribution from quotes sharing a cue; its span has edge marks stripped."""
    first = min(group, key=lambda q: (q["start"], q["end"]))
    cue = first.get("cue")
    outer_start, outer_end = min(q["start"] for q in group), max(q["end"] for q in group)
    start, end = strip_marks(text, outer_start, outer_end)
    return Predicted(
        start,
        end,
        has_marks(text[outer_start:outer_end]),
        _speaker(first),
        (cue["start"], cue["end"]) if cue else None,
    )


def predictions(document: dict[str, Any], text: str) -> list[Predicted]:
    """Quotes outside boilerplate, merged by shared cue, nested ones dropped, in text order."""
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    previous: tuple[dict[str, Any], tuple[Any, ...]] | None = None
    for quote in sorted(document.get("quotes", ()), key=lambda q: (q["start"], q["end"])):
        if quote.get("in_zone") or (quote["kind"] == "partial" and not quote.get("speaker")):
            # A quoted fragment nobody is said to have spoken (a scare quote, a title)
            # is not an attribution, and provlint does not report it as one.
            continue
        cue = quote.get("cue")
        if previous is not None and _left_open(text, previous[0], quote):
            key = previous[1]
        elif cue:
            # One cue is one attribution, whatever the kinds of its records: "At the
            # quay, “…,” she said" is an indirect lead-in and a direct quote to provlint,
            # one attribution to the annotators.
            key = ("cue", cue["start"])
        else:
            key = ("alone", quote["start"], quote["end"], quote["kind"])
        groups.setdefault(key, []).append(quote)
        previous = quote, key
    merged = sorted(
        (_merge(text, group) for group in groups.values()), key=lambda p: (p.start, p.end)
    )
    return [p for p in merged if not any(_nested(p, other) for other in merged)]


def _left_open(text: str, previous: dict[str, Any], quote: dict[str, Any]) -> bool:
    """Whether ``quote`` is the next paragraph of a quotation ``previous`` left open.

    News style opens every paragraph of a long quotation and closes only the last;
    provlint records one quote per paragraph, annotators one attribution for all.
    """
    if "indirect" in (previous["kind"], quote["kind"]):
        return False
    return (
        _mark_at(text, quote["start"], quote["end"]) > 0
        and not text[quote["start"]].isspace()
        and continues_quotation(text, previous["end"], quote["start"])
    )


def _nested(inner: Predicted, outer: Predicted) -> bool:
    """Whether inner lies within a strictly longer outer prediction."""
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and outer.end - outer.start > inner.end - inner.start
    )


def annotator_predictions(row: dict[str, Any], who: str) -> list[Predicted]:
    """One annotator's attributions in the shape of provlint's, to score them alike.

    The content runs from its first span to its last, as a merged prediction
    does; the source's spans are the speaker mention, the first cue span the cue.
    """
    text = row["text"]
    found = []
    for item in row["annotations"][who]:
        raw = spans(item, "content")
        content = union(strip_marks(text, a, b) for a, b in raw)
        if not content:
            continue
        sources, cues = spans(item, "source"), spans(item, "cue")
        speaker = None
        if sources:
            start, end = sources[0][0], sources[-1][1]
            speaker = Speaker(start, end, text[start:end], "")
        direct = any(has_marks(text[a:b]) for a, b in raw)
        found.append(
            Predicted(content[0][0], content[-1][1], direct, speaker, cues[0] if cues else None)
        )
    return found


def agreement_scores(rows: Iterable[dict[str, Any]]) -> list[ArticleScore]:
    """Each further annotator scored against the first, on articles annotated several times.

    Human agreement under the same matching: the ceiling the figures can be read against.
    """
    scores = []
    for row in rows:
        others = sorted(row["annotations"])[1:]
        if not others:
            continue
        golds = load_gold(row)
        for who in others:
            preds = annotator_predictions(row, who)
            scores.append(score_predictions(f"{row.get('id', '')}:{who}", row, golds, preds))
    return scores


# --- scoring ------------------------------------------------------------------------------


def _match_spans(
    golds: Sequence[Gold], preds: Sequence[Predicted], threshold: float
) -> list[tuple[int, int, float]]:
    """greedy_match over the records' spans."""
    return greedy_match([g.content for g in golds], [(p.start, p.end) for p in preds], threshold)


def score_article(
    name: str,
    row: dict[str, Any],
    document: dict[str, Any] | None,
    findings: Iterable[dict[str, Any]],
    policy: str = "first",
) -> ArticleScore:
    """Every count one article adds to the totals."""
    golds = load_gold(row, policy)
    preds = predictions(document, row["text"]) if document else []
    return score_predictions(name, row, golds, preds, findings)


def score_predictions(
    name: str,
    row: dict[str, Any],
    golds: Sequence[Gold],
    preds: Sequence[Predicted],
    findings: Iterable[dict[str, Any]] = (),
) -> ArticleScore:
    """The counts of one article's predictions against its gold, whoever predicted."""
    text = row["text"]
    detection = {}
    for label, gold_set, pred_set in (
        ("direct", [g for g in golds if g.direct], [p for p in preds if p.direct]),
        ("all", golds, preds),
    ):
        for threshold in THRESHOLDS:
            matched = len(_match_spans(gold_set, pred_set, threshold))
            detection[f"{label}@{threshold}"] = detection_counts(
                len(gold_set), len(pred_set), matched
            )
    speaker, cue, unsourced = Ratio(), Ratio(), Ratio()
    for gi, pi, _ in _match_spans(golds, preds, MATCH_THRESHOLD):
        gold, pred = golds[gi], preds[pi]
        if gold.sources:
            speaker += Ratio(int(speaker_correct(gold, pred.speaker)), 1)
        else:
            unsourced += Ratio(int(pred.speaker is not None), 1)
        if gold.cues:
            cue += Ratio(int(cue_correct(gold, pred.cue)), 1)
    false = {code: Ratio() for code in RULES}
    for finding in findings:
        if finding["code"] in false:
            bad = finding_is_false(golds, finding["start"], finding["end"])
            false[finding["code"]] += Ratio(int(bad), 1)
    return ArticleScore(
        name, str(row.get("id", name)), len(text.split()), detection, speaker, cue, false, unsourced
    )


def _rounded(value: float) -> float:
    """Three decimals: enough to see a change, few enough to read."""
    return round(value, 3)


def summarise(scores: Sequence[ArticleScore], seconds: dict[str, float]) -> dict[str, Any]:
    """Totals over articles: the figures the table and --json show."""
    words = sum(s.words for s in scores)
    result: dict[str, Any] = {"articles": len(scores), "words": words}
    for key in scores[0].detection if scores else ():
        counts = sum((s.detection[key] for s in scores), Counts())
        precision, recall, f1 = prf(counts)
        result[key] = {
            "precision": _rounded(precision),
            "recall": _rounded(recall),
            "f1": _rounded(f1),
            "tp": counts.tp,
            "fp": counts.fp,
            "fn": counts.fn,
        }
    speaker = sum((s.speaker for s in scores), Ratio())
    cue = sum((s.cue for s in scores), Ratio())
    result["speaker_accuracy"] = _rounded(speaker.share)
    result["speaker_n"] = speaker.total
    result["cue_accuracy"] = _rounded(cue.share)
    result["cue_n"] = cue.total
    unsourced = sum((s.unsourced for s in scores), Ratio())
    result["speaker_where_gold_has_none"] = _rounded(unsourced.share)
    result["speaker_where_gold_has_none_n"] = unsourced.total
    findings = {code: sum((s.false_findings[code] for s in scores), Ratio()) for code in RULES}
    result["findings"] = {
        code: {
            "findings": ratio.total,
            "per_1000_words": round(per_thousand_words(ratio.total, words), 2),
            "false": ratio.hits,
            "false_share": _rounded(ratio.share),
        }
        for code, ratio in findings.items()
    }
    result["false_share_attribution_and_claims"] = _rounded(sum(findings.values(), Ratio()).share)
    for run, elapsed in sorted(seconds.items()):
        result[f"seconds_{run}"] = round(elapsed, 2)
        result[f"articles_per_second_{run}"] = round(len(scores) / elapsed, 1) if elapsed else 0.0
    return result


def headline(scores: Sequence[ArticleScore]) -> dict[str, float]:
    """The figures the targets are set on (F1 for detection), named as in the summary."""
    keys = tuple(scores[0].detection) if scores else ()
    return _figures(keys, _column_sums([_tally(score) for score in scores]))


def _tally(score: ArticleScore) -> tuple[int, ...]:
    """One article's counts as a flat row: a resample's totals are then column sums."""
    false = sum(score.false_findings.values(), Ratio())
    row = [n for counts in score.detection.values() for n in (counts.tp, counts.fp, counts.fn)]
    row += (score.speaker.hits, score.speaker.total, score.cue.hits, score.cue.total)
    return (*row, false.hits, false.total)


def _column_sums(rows: Sequence[tuple[int, ...]]) -> list[int]:
    return [sum(column) for column in zip(*rows, strict=True)]


def _figures(keys: Sequence[str], totals: Sequence[int]) -> dict[str, float]:
    """Detection F1 for each key, then the three shares, from summed ``_tally`` rows."""
    if not totals:
        return {}
    figures = {key: prf(Counts(*totals[3 * i : 3 * i + 3]))[2] for i, key in enumerate(keys)}
    shares = ("speaker_accuracy", "cue_accuracy", "false_share_attribution_and_claims")
    for index, name in enumerate(shares):
        hits, total = totals[3 * len(keys) + 2 * index : 3 * len(keys) + 2 * index + 2]
        figures[name] = Ratio(hits, total).share
    return figures


def intervals(
    scores: Sequence[ArticleScore], resamples: int, seed: int = 0
) -> dict[str, dict[str, float]]:
    """Each headline figure with its percentile bootstrap interval.

    Articles, not quotes, are drawn with replacement: an article's quotes share
    its outlet, style and annotator, so their errors come together. The seed is
    fixed, so the same scores give the same intervals.
    """
    if not scores or resamples < 1:
        return {}
    keys = tuple(scores[0].detection)
    rows = [_tally(score) for score in scores]
    figures = _figures(keys, _column_sums(rows))
    draw = random.Random(seed)
    samples: dict[str, list[float]] = {key: [] for key in figures}
    for _ in range(resamples):
        resampled = _figures(keys, _column_sums(draw.choices(rows, k=len(rows))))
        for key, value in resampled.items():
            samples[key].append(value)
    tail = (1 - INTERVAL_LEVEL) / 2
    return {
        key: {
            "value": _rounded(value),
            "low": _rounded(_quantile(samples[key], tail)),
            "high": _rounded(_quantile(samples[key], 1 - tail)),
        }
        for key, value in figures.items()
    }


def _quantile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def agreement_summary(scores: Sequence[ArticleScore]) -> dict[str, Any]:
    """The figures of ``summarise`` that describe agreement, without findings or speed."""
    summary = summarise(scores, {})
    summary["articles"] = len({s.article_id for s in scores})
    summary["pairs"] = len(scores)
    del summary["words"], summary["findings"], summary["false_share_attribution_and_claims"]
    return summary


# --- running the CLI ----------------------------------------------------------------------


def run_cli(command: Sequence[str], args: Sequence[str], cwd: Path) -> tuple[Any, float]:
    """Run provlint as a user would in cwd; its JSON output and the wall time."""
    env = dict(os.environ)
    # The checkout under test, not whatever provlint the interpreter has installed.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT), env.get("PYTHONPATH"))))
    started = time.perf_counter()
    result = subprocess.run(
        [*command, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    try:
        return json.loads(result.stdout), elapsed
    except json.JSONDecodeError:
        detail = result.stderr.strip() or result.stdout[:200]
        raise SystemExit(
            f"{shlex.join([*command, *args])} exited {result.returncode}: {detail}"
        ) from None


def file_name(index: int) -> str:
    """The temporary file an article is written to."""
    return f"{index:04d}.txt"


def run_provlint(
    rows: Sequence[dict[str, Any]], command: Sequence[str], extra: Sequence[str] = ()
) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]], dict[str, float]]:
    """Extract and check every article in one run each: documents, findings, timings.

    ``extra``: further options for both runs (an attribution model).
    """
    with tempfile.TemporaryDirectory(prefix="provlint-bench-") as folder:
        root = Path(folder)
        for index, row in enumerate(rows):
            # newline="" keeps "\r\n" as is: gold offsets count every character.
            with open(root / file_name(index), "w", encoding="utf-8", newline="") as handle:
                handle.write(row["text"])
        extracted, extract_seconds = run_cli(
            command, ["extract", ".", "--format", "json", *extra], root
        )
        checked, check_seconds = run_cli(
            command,
            ["check", ".", "--format", "json", "--fail-on", "never", "--no-cache",
             "--isolated", "--select", ",".join(RULES), *extra],
            root,
        )  # fmt: skip
    documents = {Path(d["id"]).name: d for d in extracted.get("documents", ())}
    findings: dict[str, list[dict[str, Any]]] = {}
    for finding in checked.get("findings", ()):
        findings.setdefault(Path(finding["file"]).name, []).append(finding)
    return documents, findings, {"extract": extract_seconds, "check": check_seconds}


# --- output -------------------------------------------------------------------------------


def _context(text: str, start: int, end: int) -> str:
    """The first few words of a span, enough to find it again."""
    words = text[start:end].split()
    return " ".join(words[:CONTEXT_WORDS]) + (" …" if len(words) > CONTEXT_WORDS else "")


def dump_records(
    name: str, row: dict[str, Any], document: dict[str, Any] | None, policy: str = "first"
) -> list[dict[str, Any]]:
    """Gold vs predicted pairs of one article (matched, missed, spurious) for error analysis."""
    text = row["text"]
    golds = load_gold(row, policy)
    preds = predictions(document, text) if document else []
    pairs = {gi: (pi, score) for gi, pi, score in _match_spans(golds, preds, MATCH_THRESHOLD)}
    matched_preds = {pi for pi, _ in pairs.values()}
    records = []
    for gi, gold in enumerate(golds):
        pi, score = pairs.get(gi, (None, 0.0))
        pred = preds[pi] if pi is not None else None
        records.append(
            {
                "file": name,
                "id": row.get("id"),
                "status": "matched" if pred else "missed",
                "direct": gold.direct,
                "overlap": _rounded(score),
                "gold": [list(s) for s in gold.content],
                "gold_context": _context(text, gold.content[0][0], gold.content[-1][1]),
                "gold_source": [list(s) for s in gold.sources],
                "gold_cue": [list(s) for s in gold.cues],
                "pred": [pred.start, pred.end] if pred else None,
                "pred_cue": list(pred.cue) if pred and pred.cue else None,
                "speaker_ok": speaker_correct(gold, pred.speaker) if pred else None,
                "cue_ok": cue_correct(gold, pred.cue) if pred else None,
            }
        )
    for pi, pred in enumerate(preds):
        if pi not in matched_preds:
            records.append(
                {
                    "file": name,
                    "id": row.get("id"),
                    "status": "spurious",
                    "direct": pred.direct,
                    "pred": [pred.start, pred.end],
                    "pred_cue": list(pred.cue) if pred.cue else None,
                    "pred_context": _context(text, pred.start, pred.end),
                }
            )
    return records


def render_tables(result: dict[str, Any]) -> str:
    """The figures as plain-text tables."""
    detection = [
        (key, v["precision"], v["recall"], v["f1"], v["tp"], v["fp"], v["fn"])
        for key, v in result.items()
        if isinstance(v, dict) and "f1" in v
    ]
    attribution = [
        ("speaker", result["speaker_accuracy"], result["speaker_n"]),
        ("cue", result["cue_accuracy"], result["cue_n"]),
        (
            "speaker given, gold has none",
            result["speaker_where_gold_has_none"],
            result["speaker_where_gold_has_none_n"],
        ),
    ]
    findings = [
        (code, v["findings"], v["per_1000_words"], v["false"], v["false_share"])
        for code, v in result["findings"].items()
    ]
    findings.append(("both", "", "", "", result["false_share_attribution_and_claims"]))
    speed = [
        (run, result[f"seconds_{run}"], result[f"articles_per_second_{run}"])
        for run in ("extract", "check")
        if f"seconds_{run}" in result
    ]
    return "\n\n".join(
        (
            tabulate(detection, headers=["quotes", "precision", "recall", "F1", "tp", "fp", "fn"]),
            tabulate(attribution, headers=["on matched quotes", "share", "n"]),
            tabulate(
                findings,
                headers=["rule", "findings", "per 1000 words", "false", "false share"],
            ),
            tabulate(speed, headers=["run", "seconds", "articles/s"]),
            *([render_intervals(result)] if result.get("intervals") else []),
            f"{result['articles']} articles, {result['words']} words",
            *([render_agreement(result["annotators"])] if result.get("annotators") else []),
        )
    )


def render_intervals(result: dict[str, Any]) -> str:
    """The bootstrap intervals as a table: how far the figures may move on other articles."""
    bounds = result["intervals"]
    level = f"{bounds['level']:.0%} interval"
    rows = [(key, f["value"], f["low"], f["high"]) for key, f in bounds["figures"].items()]
    return tabulate(
        rows, headers=[f"over {bounds['resamples']} resamples", "figure", f"{level} low", "high"]
    )


def render_agreement(agreement: dict[str, Any]) -> str:
    """Human agreement as one table: the ceiling to read the figures above against."""
    rows = [(key, v["f1"]) for key, v in agreement.items() if isinstance(v, dict) and "f1" in v]
    rows += [("speaker", agreement["speaker_accuracy"]), ("cue", agreement["cue_accuracy"])]
    heading = (
        f"annotators against the first, same matching "
        f"({agreement['articles']} articles annotated several times, {agreement['pairs']} pairs)"
    )
    return heading + "\n" + tabulate(rows, headers=["", "F1 / accuracy"])


def worst_articles(scores: Sequence[ArticleScore], count: int = WORST_SHOWN) -> list[ArticleScore]:
    """The articles that miss most gold quotes: where tuning pays off first."""
    key, direct = f"all@{MATCH_THRESHOLD}", f"direct@{MATCH_THRESHOLD}"
    ranked = sorted(scores, key=lambda s: (-s.detection[key].fn, -s.detection[direct].fn, s.name))
    return ranked[:count]


def render_worst(scores: Sequence[ArticleScore]) -> str:
    """The worst articles as a table."""
    key, direct = f"all@{MATCH_THRESHOLD}", f"direct@{MATCH_THRESHOLD}"
    rows = [
        (
            s.name,
            s.article_id,
            s.detection[key].tp + s.detection[key].fn,
            s.detection[key].fn,
            s.detection[direct].fn,
            s.detection[key].fp,
        )
        for s in worst_articles(scores)
    ]
    return tabulate(
        rows, headers=["file", "article", "gold", "missed", "missed direct", "spurious"]
    )


# --- command line -------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The options of the module docstring."""
    parser = argparse.ArgumentParser(
        description="Score provlint's attribution extraction against PolNeAR."
    )
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument(
        "--held-out",
        type=int,
        default=0,
        metavar="N",
        help="only every Nth article, the first of each N: those "
        "`bench/train_attribution.py --hold-out N` leaves out of training",
    )
    parser.add_argument(
        "--fold",
        type=int,
        default=0,
        metavar="K",
        help="with --held-out N, the Kth article of each N instead (0 to N-1): one fold "
        "of a cross-validation, as `bench/train_attribution.py --hold-out N --fold K`",
    )
    parser.add_argument("--annotator-policy", choices=("first",), default="first")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", action="store_true", help="show the worst articles")
    parser.add_argument("--dump", type=Path, help="write gold vs predicted pairs (JSON Lines)")
    parser.add_argument(
        "--bootstrap",
        type=int,
        default=BOOTSTRAP_RESAMPLES,
        metavar="N",
        help="resamples of the articles for the 95%% intervals (0: none)",
    )
    parser.add_argument("--data", type=Path, default=DATA, help="folder of train/dev.jsonl")
    parser.add_argument(
        "--attribution-model",
        type=Path,
        help="also score provlint with this attribution model (bench/train_attribution.py)",
    )
    parser.add_argument(
        "--provlint-cmd",
        type=shlex.split,
        default=[sys.executable, "-m", "provlint"],
        help="how to run provlint (default: this Python with -m provlint)",
    )
    options = parser.parse_args(argv)
    if options.fold and not 0 <= options.fold < options.held_out:
        parser.error("--fold K needs --held-out N with 0 <= K < N")
    return options


def fold_rows(
    rows: Sequence[dict[str, Any]], every: int, fold: int, held_out: bool
) -> list[dict[str, Any]]:
    """The articles of one fold (every Nth, from the Kth), or all the others: the
    benchmark scores the first, bench/train_attribution.py trains on the second."""
    return [row for index, row in enumerate(rows) if (index % every == fold) == held_out]


def read_rows(path: Path, limit: int) -> list[dict[str, Any]]:
    """The articles of a split, one JSON object a line."""
    if not path.is_file():
        raise SystemExit(f"{path}: not found (PolNeAR lives in ../shared/eval/polnear)")
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return rows[:limit] if limit > 0 else rows


def score_run(
    rows: Sequence[dict[str, Any]], options: argparse.Namespace, extra: Sequence[str] = ()
) -> tuple[dict[str, Any], list[ArticleScore], dict[str, Any]]:
    """One extract run and one check run of provlint, scored: figures, articles, documents."""
    documents, findings, seconds = run_provlint(rows, options.provlint_cmd, extra)
    names = [file_name(index) for index in range(len(rows))]
    scores = [
        score_article(
            name, row, documents.get(name), findings.get(name, ()), options.annotator_policy
        )
        for name, row in zip(names, rows, strict=True)
    ]
    result = summarise(scores, seconds)
    result["documents_missing"] = sum(name not in documents for name in names)
    if bounds := intervals(scores, options.bootstrap):
        result["intervals"] = {
            "level": INTERVAL_LEVEL,
            "resamples": options.bootstrap,
            "figures": bounds,
        }
    return result, scores, documents


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its figures; the only function that prints."""
    options = parse_args(argv)
    rows = read_rows(options.data / f"{options.split}.jsonl", options.limit)
    if options.held_out > 0:
        rows = fold_rows(rows, options.held_out, options.fold, held_out=True)
    names = [file_name(index) for index in range(len(rows))]
    result, scores, documents = score_run(rows, options)
    result["split"] = options.split
    if options.attribution_model:
        model = ["--attribution-model", str(options.attribution_model.resolve())]
        result["with_model"], _, documents = score_run(rows, options, model)
        result["with_model"]["model"] = str(options.attribution_model)
    annotated = [
        row
        for split in ("train", "dev")
        if (options.data / f"{split}.jsonl").is_file()
        for row in read_rows(options.data / f"{split}.jsonl", 0)
    ]
    if agreement := agreement_scores(annotated):
        result["annotators"] = agreement_summary(agreement)
    if options.dump:
        with open(options.dump, "w", encoding="utf-8") as handle:
            for name, row in zip(names, rows, strict=True):
                for record in dump_records(
                    name, row, documents.get(name), options.annotator_policy
                ):
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if options.json:
        if options.verbose:
            key = f"all@{MATCH_THRESHOLD}"
            result["worst"] = [
                {"file": s.name, "id": s.article_id, "missed": s.detection[key].fn}
                for s in worst_articles(scores)
            ]
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(render_tables(result))
        if "with_model" in result:
            heading = f"with the attribution model {result['with_model']['model']}"
            print(f"\n\n{heading}\n{'=' * len(heading)}\n\n{render_tables(result['with_model'])}")
        if result["documents_missing"]:
            print(f"\n{result['documents_missing']} articles had no extraction (skipped?)")
        if options.verbose:
            print("\n" + render_worst(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
