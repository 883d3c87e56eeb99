"""The optional attribution model: features, labels, decoding, and what it adds.

A small model is trained here on sentences written for these tests, with a cue
the rules do not know ("intimated"), so that what the model adds can be told
apart from what the rules find.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from provlint.extract import extract
from provlint.extract.learned import (
    decode,
    rule_spans,
    token_features,
    token_labels,
    tokens,
)
from provlint.resources import schema
from provlint.serialize import extraction_to_dict
from provlint.text import paragraphs
from tests.conftest import document

pycrfsuite = pytest.importorskip("pycrfsuite")

ROOT = Path(__file__).resolve().parents[1]

SPEAKERS = [
    "The mayor",
    "Councillor Dana Holt",
    "The harbour board",
    "Professor Emil Sato",
    "The ferry company",
    "A county official",
    "The union",
    "Minister Carla Ruiz",
    "She",
    "He",
]
CONTENTS = [
    "that the ferry would run again in May",
    "that the bridge needs new cables",
    "that fares will rise next year",
    "that the pier is safe",
    "that the dredging will start soon",
    "that the night service will end",
]


def training_paragraphs() -> list[tuple[str, list[tuple[int, int, str, int]]]]:
    """Paragraphs with their annotated source, cue and content spans."""
    found = []
    for number, (speaker, content) in enumerate(
        (s, c) for s in SPEAKERS for c in CONTENTS[: 3 + len(s) % 3]
    ):
        paragraph = f"{speaker} intimated {content}."
        cue = paragraph.index("intimated")
        start = paragraph.index(content)
        spans = [
            (0, len(speaker), "S", number),
            (cue, cue + len("intimated"), "Q", number),
            (start, start + len(content), "C", number),
        ]
        found.append((paragraph, spans))
        found.append((f"The weather on the coast was {content[5:]}.", []))
    for opening in ("It was intimated", "Figures intimated"):
        # Annotated with a cue and content but no source.
        for content in CONTENTS:
            paragraph = f"{opening} {content}."
            cue = paragraph.index("intimated")
            start = paragraph.index(content)
            spans = [(cue, cue + 9, "Q", 0), (start, start + len(content), "C", 0)]
            found.append((paragraph, spans))
    return found


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model trained on the paragraphs above, with the features provlint computes."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for paragraph, spans in training_paragraphs():
        doc = document(f"Harbour news\n\n{paragraph}\n")
        offset = doc.text.index(paragraph)
        shifted = [(a + offset, b + offset, part, n) for a, b, part, n in spans]
        extraction = extract(doc)
        rules = rule_spans(extraction.quotes, extraction.people)
        for start, end in paragraphs(doc.text, doc.body_start):
            words = tokens(doc.text, start, end)
            trainer.append(token_features(words, rules), token_labels(words, shifted))
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 60})
    path = tmp_path_factory.mktemp("model") / "attribution.crfsuite"
    trainer.train(str(path))
    return path


def tagger(path: Path) -> object:
    opened = pycrfsuite.Tagger()
    opened.open(str(path))
    return opened


ARTICLE = (
    "Port council meets\n\n"
    "Mayor Lena Frost spoke at the port on Monday.\n\n"
    "The harbour master intimated that the east pier would close in June.\n\n"
    "“We will keep the ferry running,” Frost said.\n"
)


# --- tokens, labels and decoding ----------------------------------------------------------


@given(st.text(alphabet=st.sampled_from(list("ab ’'-.“”\",!\n")), max_size=60))
def test_tokens_point_at_their_text(text: str) -> None:
    for token in tokens(text, 0, len(text)):
        assert text[token.start : token.end] == token.text and token.text.strip()


def test_tokens_keep_inner_apostrophes_and_split_marks() -> None:
    text = "“Don’t,” she said."
    assert [t.text for t in tokens(text, 0, len(text))] == [
        "“",
        "Don’t",
        ",",
        "”",
        "she",
        "said",
        ".",
    ]


def test_labels_begin_anew_where_two_attributions_meet() -> None:
    text = "Ana said it rained Ben said it snowed"
    words = tokens(text, 0, len(text))
    spans = [(9, 18, "C", 0), (4, 8, "Q", 0), (0, 3, "S", 0), (19, 22, "S", 1), (23, 27, "Q", 1)]
    spans.append((28, 37, "C", 1))
    labels = token_labels(words, spans)
    assert labels == ["B-S", "B-Q", "B-C", "I-C", "B-S", "B-Q", "B-C", "I-C"]


def test_a_cue_inside_content_wins_over_the_content() -> None:
    text = "he said so"
    words = tokens(text, 0, len(text))
    assert token_labels(words, [(0, 10, "C", 0), (3, 7, "Q", 1)]) == ["B-C", "B-Q", "B-C"]


def test_decode_merges_content_runs_around_one_cue() -> None:
    # “A,” she said, “B.”  → one attribution, as the annotators count it.
    labels = ["B-C", "O", "B-S", "B-Q", "O", "B-C", "I-C"]
    (found,) = decode(labels)
    assert found.content == (0, 6) and found.source == (2, 2) and found.cue == (3, 3)


def test_decode_keeps_attributions_with_their_own_cues_apart() -> None:
    labels = ["B-S", "B-Q", "B-C", "I-C", "O", "B-S", "B-Q", "B-C"]
    found = decode(labels)
    assert [(f.content, f.source, f.cue) for f in found] == [
        ((2, 3), (0, 0), (1, 1)),
        ((7, 7), (5, 5), (6, 6)),
    ]


def test_features_carry_the_rules_reading() -> None:
    doc = document("Title\n\nThe mayor said that the ferry runs.\n")
    rules = rule_spans(extract(doc).quotes)
    start, end = list(paragraphs(doc.text, doc.body_start))[-1]
    words = tokens(doc.text, start, end)
    features = token_features(words, rules)
    said = [t.text for t in words].index("said")
    assert "r=Q" in features[said] and "lex=speech" in features[said]
    assert "r=Ci" in features[said + 2]


def test_features_mark_the_people_the_rules_named() -> None:
    doc = document("Title\n\nMayor Ana Ruiz opened the pier, and the crowd cheered.\n")
    extraction = extract(doc)
    start, end = list(paragraphs(doc.text, doc.body_start))[-1]
    words = tokens(doc.text, start, end)
    features = token_features(words, rule_spans(extraction.quotes, extraction.people))
    named = [word.text for word, found in zip(words, features, strict=True) if "pm" in found]
    assert named == ["Ana", "Ruiz"]
    assert not any("pm" in found for found in token_features(words, rule_spans(extraction.quotes)))


# --- what the model adds ------------------------------------------------------------------


def test_the_model_adds_an_attribution_the_rules_miss(model: Path) -> None:
    doc = document(ARTICLE)
    plain = extract(doc)
    assert not any("east pier" in q.text for q in plain.quotes)
    learned = extract(doc, tagger(model))
    (added,) = [q for q in learned.quotes if q not in plain.quotes]
    assert added.kind == "indirect" and added.text.startswith("that the east pier")
    assert added.speaker is not None and added.speaker.via == "model"
    assert added.speaker.mention == "The harbour master"
    assert added.cue is not None and added.cue.text == "intimated"
    assert ARTICLE[added.span.start : added.span.end] == added.text


def test_the_rules_quotes_stay_as_they_were(model: Path) -> None:
    doc = document(ARTICLE)
    plain, learned = extract(doc), extract(doc, tagger(model))
    assert set(plain.quotes) <= set(learned.quotes)
    assert list(learned.quotes) == sorted(learned.quotes, key=lambda q: (q.span.start, q.span.end))


def test_what_the_model_adds_is_indirect_and_sources_a_figure(model: Path) -> None:
    from provlint.engine import run_rules
    from provlint.linter import default_rules

    text = ARTICLE.replace("the east pier would close", "40 berths would close")
    doc = document(text)
    plain, learned = extract(doc), extract(doc, tagger(model))
    assert all(
        q.kind == "indirect" for q in learned.quotes if q.speaker and q.speaker.via == "model"
    )
    rules = default_rules()
    without = [f.code for f in run_rules(plain, rules)]
    with_model = [f.code for f in run_rules(learned, rules)]
    assert "PV201" in without and "PV201" not in with_model
    assert set(with_model) <= set(without)


def test_a_cue_with_no_source_is_reported_with_no_speaker(model: Path) -> None:
    doc = document("Port news\n\nIt was intimated that the east pier would close in June.\n")
    plain, learned = extract(doc), extract(doc, tagger(model))
    (added,) = [q for q in learned.quotes if q not in plain.quotes]
    assert added.text.startswith("that the east pier") and added.speaker is None
    assert added.cue is not None and added.cue.text == "intimated"


def test_a_cue_with_no_source_is_given_the_subject_before_it(model: Path) -> None:
    doc = document("Port news\n\nFigures intimated that the east pier would close in June.\n")
    plain, learned = extract(doc), extract(doc, tagger(model))
    (added,) = [q for q in learned.quotes if q not in plain.quotes]
    assert added.speaker is not None and added.speaker.via == "model"
    assert added.speaker.mention == "Figures"


def test_a_pronoun_that_stands_for_no_one_is_not_reported(model: Path) -> None:
    doc = document("Port news\n\nShe intimated that the east pier would close in June.\n")
    learned = extract(doc, tagger(model))
    assert not [q for q in learned.quotes if q.speaker and q.speaker.via == "model"]


def test_a_pronoun_is_named_through_the_person_before_it(model: Path) -> None:
    text = (
        "Port news\n\nThe docks were busy, harbour master Ida Berg said on Monday.\n\n"
        "She intimated that the east pier would close in June.\n"
    )
    learned = extract(document(text), tagger(model))
    (added,) = [q for q in learned.quotes if q.speaker and q.speaker.via == "model"]
    assert added.speaker.mention == "She" and added.speaker.name == "Ida Berg"


def test_extraction_with_the_model_validates_against_the_schema(model: Path) -> None:
    data = extraction_to_dict(extract(document(ARTICLE), tagger(model)))
    wrapped = {"documents": [data]}
    article_schema = schema("extract")
    items = article_schema["properties"]["documents"]["items"]
    jsonschema.validate(
        wrapped["documents"][0], {**items, "$defs": article_schema.get("$defs", {})}
    )


# --- the command line ---------------------------------------------------------------------


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "provlint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_cli_extract_with_the_model(model: Path, tmp_path: Path) -> None:
    (tmp_path / "port.txt").write_text(ARTICLE, encoding="utf-8")
    done = run("extract", str(tmp_path), "--attribution-model", str(model))
    assert done.returncode == 0, done.stderr
    quotes = json.loads(done.stdout)["documents"][0]["quotes"]
    assert any(q["speaker"] and q["speaker"]["via"] == "model" for q in quotes)


def test_cli_check_with_the_model_is_the_same_with_one_job_or_two_and_cached(
    model: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for index in range(30):  # enough articles for a pool of workers
        body = ARTICLE.replace("June", f"week {index}")
        (corpus / f"a{index:02}.txt").write_text(body, encoding="utf-8")
    cache = tmp_path / "cache"
    reports = []
    for extra in (("--jobs", "1", "--no-cache"), ("--jobs", "2"), ("--jobs", "1")):
        done = subprocess.run(
            [sys.executable, "-m", "provlint", "check", str(corpus), "--format", "json"]
            + ["--attribution-model", str(model), *extra],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "PYTHONPATH": str(ROOT), "PROVLINT_CACHE_DIR": str(cache)},
        )
        assert done.returncode in (0, 1), done.stderr
        reports.append(done.stdout)
    assert reports[0] == reports[1] == reports[2]
    # Extractions made with a model are cached apart from the rules' own.
    assert [p.name[:6] for p in cache.iterdir() if p.is_dir()] == ["model-"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such attribution model file"),
        (b"not a model", "not an attribution model python-crfsuite can open"),
    ],
)
def test_cli_a_bad_model_is_a_usage_error(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "model.crfsuite"
    if content is not None:
        path.write_bytes(content)
    done = run("check", str(ROOT / "seeds"), "--attribution-model", str(path))
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and str(path) in done.stderr
    assert message in done.stderr


def test_cli_without_python_crfsuite_says_how_to_get_it(model: Path) -> None:
    # As if python-crfsuite were not installed: importing it fails.
    code = (
        "import sys; sys.modules['pycrfsuite'] = None; from provlint.cli import main; "
        f"sys.argv = ['provlint', 'check', 'seeds', '--attribution-model', {str(model)!r}]; main()"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and str(model) in done.stderr
    assert "needs python-crfsuite (pip install 'provlint[learned]')" in done.stderr


def test_config_names_the_model_relative_to_itself(model: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "articles").mkdir(parents=True)
    (project / "articles" / "port.txt").write_text(ARTICLE, encoding="utf-8")
    (project / "models").mkdir()
    (project / "models" / "a.crfsuite").write_bytes(model.read_bytes())
    (project / "provlint.toml").write_text(
        'corpus = "articles"\nattribution-model = "models/a.crfsuite"\n', encoding="utf-8"
    )
    shown = run("config", "--format", "json", cwd=project)
    assert json.loads(shown.stdout)["attribution-model"].endswith("models/a.crfsuite")
    done = run("check", "--no-cache", "--format", "json", cwd=project)
    assert done.returncode in (0, 1), done.stderr
    (project / "models" / "a.crfsuite").unlink()
    missing = run("check", "--no-cache", cwd=project)
    assert missing.returncode == 2 and "no such attribution model file" in missing.stderr
