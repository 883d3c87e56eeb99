"""The optional neural attribution tagger: its windows, its labels, and what it adds.

The windows and the rules' reading run without PyTorch, with a tokenizer made
here; what the tagger adds is tested with a scripted tagger that labels the
tokens as a trained one would. With PyTorch and transformers installed (the
`neural` extra), a tiny encoder is trained on sentences written for these tests
and run through the command line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provlint.extract import extract
from provlint.extract.learned import Token, rule_spans, tokens
from provlint.extract.neural import (
    CUE_FLOOR,
    LABELS,
    RULE_LABELS,
    SETTINGS,
    WINDOW,
    cue_floor,
    labels_from,
    members,
    rule_ids,
    windows,
)
from provlint.extract.speakers import only_linking_words
from provlint.records import Quote
from tests.conftest import document

ROOT = Path(__file__).resolve().parents[1]


class PieceTokenizer:
    """Splits each word into pieces of up to three characters, as word-piece vocabularies
    split rare words; ids are handed out as pieces are first met."""

    cls_token_id, sep_token_id, unk_token_id = 1, 2, 3

    def __init__(self) -> None:
        self.vocabulary: dict[str, int] = {}

    def __call__(self, words: list[str], add_special_tokens: bool = False) -> dict[str, list]:
        assert not add_special_tokens
        found = []
        for word in words:
            pieces = [word[i : i + 3] for i in range(0, len(word), 3)]
            found.append([self.vocabulary.setdefault(p, len(self.vocabulary) + 10) for p in pieces])
        return {"input_ids": found}


def words_of(text: str) -> list[Token]:
    return tokens(text, 0, len(text))


# --- the rules' reading and the windows ---------------------------------------------------


def test_rule_ids_give_the_cue_inside_content_and_the_named_person() -> None:
    text = "Mayor Lena Frost said that the pier was safe."
    doc = document(f"Port news\n\n{text}\n")
    extraction = extract(doc)
    offset = doc.text.index(text)
    words = tokens(doc.text, offset, offset + len(text))
    rules, people = rule_ids(words, rule_spans(extraction.quotes, extraction.people))
    by_word = {w.text: (RULE_LABELS[r], p) for w, r, p in zip(words, rules, people, strict=True)}
    assert by_word["said"] == ("Q", 0)
    assert by_word["Frost"] == ("S", 1)
    assert by_word["pier"] == ("Ci", 0)


def test_only_a_words_first_piece_stands_for_it() -> None:
    words = words_of("Councillors intimated it")  # 4 + 3 + 1 pieces
    (window,) = windows(PieceTokenizer(), words, [0, 5, 0], [1, 0, 0])
    assert window["ids"][0] == 1 and window["ids"][-1] == 2
    assert window["owner"] == [-1, 0, -1, -1, -1, 1, -1, -1, 2, -1]
    # Every piece carries its word's reading of the rules, the frame none.
    assert window["rules"] == [0, 0, 0, 0, 0, 5, 5, 5, 0, 0]
    assert window["people"] == [0, 1, 1, 1, 1, 0, 0, 0, 0, 0]


@given(
    st.lists(st.text("abcdefghij", min_size=1, max_size=12), min_size=1, max_size=400),
)
def test_every_word_is_read_in_some_window_and_no_window_is_too_long(texts: list[str]) -> None:
    words = [Token(0, 1, text) for text in texts]
    found = windows(PieceTokenizer(), words, [0] * len(words), [0] * len(words))
    owned = [o for window in found for o in window["owner"] if o >= 0]
    assert set(owned) == set(range(len(words)))
    for window in found:
        assert len(window["ids"]) <= WINDOW + 2
        assert len(window["ids"]) == len(window["owner"]) == len(window["rules"])
        inside = [o for o in window["owner"] if o >= 0]
        assert inside == sorted(inside) and len(set(inside)) == len(inside)


def test_a_long_paragraph_is_read_in_overlapping_windows() -> None:
    words = [Token(0, 1, "abc") for _ in range(WINDOW + 60)]
    first, second = windows(PieceTokenizer(), words, [0] * len(words), [0] * len(words))
    shared = {o for o in first["owner"] if o >= 0} & {o for o in second["owner"] if o >= 0}
    assert len(shared) == WINDOW - 150  # the windows step 150 pieces


def probabilities(**given: float) -> list[float]:
    """A token's probabilities over LABELS, the rest spread over "O"."""
    row = [given.get(label.replace("-", "_"), 0.0) for label in LABELS]
    row[0] += 1 - sum(row)
    return row


def test_each_token_takes_its_likeliest_label() -> None:
    rows = [probabilities(B_S=0.8), probabilities(I_C=0.5, B_C=0.2), probabilities()]
    assert labels_from(rows) == ["B-S", "I-C", "O"]


def test_a_cue_the_tagger_is_unsure_of_is_no_cue() -> None:
    sure = probabilities(B_Q=CUE_FLOOR - 0.1, I_Q=0.15)  # together above the floor
    unsure = probabilities(B_Q=CUE_FLOOR - 0.1, B_C=0.05)
    assert labels_from([sure, unsure]) == ["B-Q", "O"]


def test_a_cue_three_in_four_sure_is_a_cue_and_a_less_sure_one_is_not() -> None:
    rows = [probabilities(B_Q=0.76), probabilities(B_Q=0.73), probabilities(B_Q=0.5, I_Q=0.26)]
    assert labels_from(rows) == ["B-Q", "O", "B-Q"]


def test_a_folder_may_set_its_own_cue_floor() -> None:
    rows = [probabilities(B_Q=0.65), probabilities(B_Q=0.55)]
    assert labels_from(rows) == ["O", "O"]  # below the default floor
    floor = cue_floor({"labels": list(LABELS), "cue_floor": 0.6})
    assert floor == 0.6 and labels_from(rows, floor) == ["B-Q", "O"]
    assert cue_floor({"labels": list(LABELS)}) == CUE_FLOOR


@pytest.mark.parametrize("floor", [0, 1, 1.5, -0.2, "0.6", True, None])
def test_a_cue_floor_that_is_no_probability_is_refused(floor: object) -> None:
    with pytest.raises(ValueError, match="cue floor"):
        cue_floor({"labels": list(LABELS), "cue_floor": floor})


# --- what a tagger that reads words adds ---------------------------------------------------


class ScriptedTagger:
    """Tags as a trained tagger would: each ``cue`` word a cue, what follows it to the next
    cue or the full stop content, and the word ``source`` a source."""

    def __init__(self, source: str, cue: str | tuple[str, ...] = "intimated") -> None:
        self.source = source
        self.cues = (cue,) if isinstance(cue, str) else cue

    def tag_words(self, words: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[str]:
        labels, state = [], "O"
        for token in words:
            if token.text in self.cues:
                labels.append("B-Q")
                state = "B-C"
            elif token.text == ".":
                labels.append("O")
                state = "O"
            elif token.text == self.source:
                labels.append("B-S")
            elif state != "O":
                labels.append(state)
                state = "I-C"
            else:
                labels.append("O")
        return labels


ARTICLE = (
    "Port council meets\n\n"
    "Mayor Lena Frost spoke at the port on Monday, beside Ida Berg.\n\n"
    "The harbour master intimated that the east pier would close in June.\n"
)


def test_a_word_reading_tagger_adds_what_the_rules_miss() -> None:
    doc = document(ARTICLE)
    plain, tagged = extract(doc), extract(doc, ScriptedTagger("master"))
    (added,) = [q for q in tagged.quotes if q not in plain.quotes]
    assert added.kind == "indirect" and added.text == "that the east pier would close in June"
    assert added.cue is not None and added.cue.text == "intimated"
    assert added.speaker is not None and added.speaker.via == "model"


def test_the_subject_before_the_cue_outranks_the_tagged_source() -> None:
    # The tagger points at a name of the paragraph before; the sentence says who.
    tagged = extract(document(ARTICLE), ScriptedTagger("Berg"))
    (added,) = [q for q in tagged.quotes if q.speaker and q.speaker.via == "model"]
    assert added.speaker.mention == "The harbour master"


def test_the_tagged_source_speaks_when_the_rules_read_no_subject() -> None:
    text = ARTICLE.replace("The harbour master intimated", "As Frost intimated,")
    tagged = extract(document(text), ScriptedTagger("Frost"))
    (added,) = [q for q in tagged.quotes if q.speaker and q.speaker.via == "model"]
    assert added.speaker.mention == "Frost" and added.speaker.name == "Lena Frost"


def test_a_tagged_source_of_linking_words_alone_is_no_one() -> None:
    # A headline's preposition tagged as the source: the attribution is dropped.
    text = ARTICLE.replace(
        "The harbour master intimated that the east pier would close in June.",
        "Pilots Busy on the Docks, Intimated Tolls Would Double.",
    )
    doc = document(text)
    assert extract(doc, ScriptedTagger("on", cue="Intimated")).quotes == extract(doc).quotes
    # A relative pronoun is a source: it stands for the name before it.
    assert only_linking_words("on the") and not only_linking_words("who")


def test_a_tagged_report_with_a_passive_verb_names_no_speaker() -> None:
    # The rules read no report here ("intimate" is no verb they know); the model does.
    text = ARTICLE.replace(
        "The harbour master intimated",
        "The harbour master was widely expected to intimate",
    )
    (added,) = extract(document(text), ScriptedTagger("master", cue="expected")).quotes
    assert added.cue is not None and added.cue.text == "expected"
    assert added.speaker is None  # the harbour master is what is expected, not who expects


def test_a_clause_around_an_attributed_quoted_phrase_is_added() -> None:
    # The rules give "past saving" to Frost but read no clause around it (the verb
    # stands too far from the phrase); the annotators' attribution is the clause, the
    # phrase inside it.
    text = ARTICLE.replace(
        "The harbour master intimated that the east pier would close in June.",
        "And, Frost tells the crowd, the east pier, which the council bought in a hurry "
        "years ago, is “past saving” and will close in June.",
    )
    doc = document(text)
    plain, tagged = extract(doc), extract(doc, ScriptedTagger("Frost", cue="tells"))
    (phrase,) = plain.quotes
    assert phrase.kind == "partial" and phrase.speaker and phrase.speaker.mention == "Frost"
    (added,) = [q for q in tagged.quotes if q not in plain.quotes]
    assert phrase in tagged.quotes
    assert added.text == (
        "the crowd, the east pier, which the council bought in a hurry years ago, is "
        "“past saving” and will close in June"
    )
    assert added.cue is not None and added.cue.text == "tells"


def test_a_tagged_clause_that_overlaps_a_rules_clause_is_not_added() -> None:
    text = ARTICLE.replace(
        "The harbour master intimated that the east pier would close in June.",
        "Frost tells the crowd the east pier is “past saving” and will close in June.",
    )
    doc = document(text)
    plain, tagged = extract(doc), extract(doc, ScriptedTagger("Frost", cue="tells"))
    assert any(q.kind == "indirect" for q in plain.quotes)
    assert tagged.quotes == plain.quotes


SPLIT = (
    "Port council meets\n\n"
    "Mayor Lena Frost spoke at the port on Monday, beside Councillor Dana Holt.\n\n"
    "{sentence}\n"
)


def _split(sentence: str, source: str, cues: tuple[str, ...]) -> tuple[list[Quote], list[Quote]]:
    """The quotes of one sentence without the tagger and with it."""
    doc = document(SPLIT.format(sentence=sentence))
    return list(extract(doc).quotes), list(extract(doc, ScriptedTagger(source, cues)).quotes)


def test_a_second_verb_of_the_same_speaker_ends_the_rules_report() -> None:
    # The rules do not know "intimated" and read one report to the full stop.
    plain, tagged = _split(
        "Frost said the east pier would close in June and intimated that fares would rise.",
        "Frost",
        ("said", "intimated"),
    )
    assert [q.text for q in plain] == [
        "the east pier would close in June and intimated that fares would rise"
    ]
    said, intimated = tagged
    assert said.text == "the east pier would close in June" and said.cue.text == "said"
    assert said.speaker == plain[0].speaker
    assert intimated.text == "that fares would rise" and intimated.cue.text == "intimated"
    assert intimated.speaker.name == "Lena Frost" and intimated.speaker.via == "model"


def test_a_clause_with_a_subject_of_its_own_ends_the_rules_report() -> None:
    plain, tagged = _split(
        "Half of the members see the toll as fair, but Holt intimated that it should double.",
        "Holt",
        ("see", "intimated"),
    )
    assert [q.text for q in plain] == ["the toll as fair, but Holt intimated that it should double"]
    see, intimated = tagged
    assert see.text == "the toll as fair" and see.speaker == plain[0].speaker
    assert intimated.text == "that it should double"
    assert intimated.speaker.mention == "Holt" and intimated.speaker.name == "Dana Holt"


def test_a_quotation_without_a_speaker_takes_the_frame_the_model_tags_for_it() -> None:
    doc = document(
        "Port council meets\n\nThe port was busy on Monday.\n\n"
        "Across the hall, Ida Berg intimated, “The pier must close in June.”\n"
    )
    (plain,) = extract(doc).quotes
    assert plain.kind == "direct" and plain.speaker is None
    (framed,) = extract(doc, ScriptedTagger("Berg")).quotes
    assert (framed.kind, framed.span) == (plain.kind, plain.span)
    assert framed.speaker is not None and framed.speaker.mention == "Ida Berg"
    assert framed.speaker.via == "model"
    assert framed.cue is not None and framed.cue.text == "intimated"


def test_a_quotation_without_a_speaker_goes_on_with_the_model_report_before_it() -> None:
    doc = document(
        "Port council meets\n\nThe port was busy on Monday.\n\n"
        "Ida Berg intimated doubt about the dredging plan. “It is far too costly.”\n\n"
        "“Nobody asked the pilots.”\n"
    )
    plain = extract(doc).quotes
    assert [q.speaker for q in plain] == [None, None]
    tagged = extract(doc, ScriptedTagger("Berg")).quotes
    same_line, next_line = [q for q in tagged if q.kind == "direct"]
    assert same_line.speaker is not None and same_line.speaker.mention == "Ida Berg"
    assert same_line.cue is not None and same_line.cue.text == "intimated"
    assert next_line.speaker is None  # another paragraph: no frame is read for it


def test_a_cue_the_model_tags_inside_a_quotation_frames_nothing() -> None:
    doc = document(
        "Port council meets\n\nThe port was busy on Monday.\n\n"
        "Across the hall, a voice: “Ida Berg intimated the pier must close in June.”\n"
    )
    (plain,) = extract(doc).quotes
    assert extract(doc, ScriptedTagger("Berg")).quotes == (plain,)


def test_a_report_ends_before_the_whole_word_of_the_next_subject() -> None:
    # The tagger's source is the token "000" of "2,000": the cut is before "2,000".
    plain, tagged = _split(
        "Frost asked residents to stand for the council in May, and 2,000 intimated they would.",
        "000",
        ("asked", "intimated"),
    )
    assert plain[0].text.endswith("in May, and 2,000 intimated they would")
    assert [q.text for q in tagged] == ["residents to stand for the council in May", "they would"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # A relative clause inside the content is part of it.
        ("Frost said the toll, which Holt intimated would rise, is fair to drivers.", "Holt"),
        # So is a phrase after a comma: no conjunction, no subject, no second report.
        ("Frost said the ferry would run again in May, also intimated by the board.", "board"),
        # A verb inside quoted words is the quotation's, however it is tagged.
        ("Frost said the pier was “past saving, and Holt intimated it” last week.", "Holt"),
    ],
)
def test_a_report_inside_the_content_that_is_no_clause_of_its_own_ends_nothing(
    sentence: str, source: str
) -> None:
    plain, tagged = _split(sentence, source, ("said", "intimated"))
    assert tagged == plain


# --- the command line ---------------------------------------------------------------------


def run(*args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "provlint"]
    return subprocess.run(
        [*command, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_cli_a_folder_that_is_no_tagger_is_a_usage_error(tmp_path: Path) -> None:
    done = run("check", "seeds", "--attribution-model", str(tmp_path))
    assert done.returncode == 2 and done.stderr.strip().count("\n") == 0
    assert f"{tmp_path}: not an attribution model folder (no {SETTINGS})" in done.stderr


def test_cli_without_pytorch_says_how_to_get_it(tmp_path: Path) -> None:
    (tmp_path / SETTINGS).write_text(json.dumps({"labels": LABELS}), encoding="utf-8")
    code = (
        "import sys; sys.modules['torch'] = None; from provlint.cli import main; "
        f"sys.argv = ['provlint', 'check', 'seeds', '--attribution-model', {str(tmp_path)!r}]; "
        "main()"
    )
    done = run(code=code)
    assert done.returncode == 2 and done.stderr.strip().count("\n") == 0
    assert "needs PyTorch and transformers (pip install 'provlint[neural]')" in done.stderr


# --- a tiny trained tagger (needs the neural extra) ------------------------------------------


SPEAKERS = [
    "The mayor",
    "Councillor Dana Holt",
    "The harbour board",
    "The union",
    "A county official",
]
CONTENTS = [
    "that the ferry would run again in May",
    "that the bridge needs new cables",
    "that fares will rise next year",
    "that the pier is safe",
]


def tiny_encoder(shape: Any, vocabulary: set[str], folder: Path) -> tuple[Any, Any]:
    """A word-piece tokenizer over ``vocabulary``, written to ``folder``, and the
    configuration of a two-layer encoder of that shape (transformers' BertConfig, …)."""
    import transformers

    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    (folder / "vocab.txt").write_text("\n".join(special + sorted(vocabulary)) + "\n")
    tokenizer = transformers.BertTokenizerFast(str(folder / "vocab.txt"))
    config = shape(
        vocab_size=len(special) + len(vocabulary),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
    )
    return tokenizer, config


@pytest.fixture(scope="module")
def tiny_training(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Path]:
    """Trains a two-layer encoder from nothing on paragraphs with the cue "intimated",
    into a tagger folder; one seed, one folder."""
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from bench.train_neural import fine_tune, save

    paragraphs = []
    for speaker in SPEAKERS:
        for content in CONTENTS:
            paragraph = f"{speaker} intimated {content}."
            cue, start = paragraph.index("intimated"), paragraph.index(content)
            gold = [(0, len(speaker), "S", 0), (cue, cue + 9, "Q", 0)]
            paragraphs.append((paragraph, [*gold, (start, start + len(content), "C", 0)]))
            paragraphs.append((f"The weather was {content[5:]}.", []))
    folder = tmp_path_factory.mktemp("tiny")
    vocabulary = {w.text.lower() for p, _ in paragraphs for w in words_of(p)}
    vocabulary |= {w.text.lower() for w in words_of(ARTICLE)}
    tokenizer, config = tiny_encoder(transformers.BertConfig, vocabulary, folder)
    from provlint.extract.learned import token_labels
    from provlint.extract.neural import windows as make_windows

    items = []
    for paragraph, gold in paragraphs:
        words = words_of(paragraph)
        labels = [LABELS.index(label) for label in token_labels(words, gold)]
        for window in make_windows(tokenizer, words, [0] * len(words), [0] * len(words)):
            items.append(
                {**window, "labels": [labels[o] if o >= 0 else -100 for o in window["owner"]]}
            )

    def train(seed: int) -> Path:
        torch.manual_seed(0)  # the same "pretrained" encoder for every seed
        encoder = transformers.BertModel(config, add_pooling_layer=False)
        model = fine_tune(items, encoder, epochs=40, encoder_rate=1e-3, seed=seed)
        save(model, tokenizer, folder / f"tagger-seed-{seed}")
        return folder / f"tagger-seed-{seed}"

    return train


@pytest.fixture(scope="module")
def tiny_model(tiny_training: Callable[[int], Path]) -> Path:
    return tiny_training(0)


@pytest.fixture(scope="module")
def tiny_ensemble(
    tiny_training: Callable[[int], Path], tiny_model: Path
) -> tuple[Path, Path, Path]:
    """The seed-0 tagger, a seed-1 one, and the two joined as an ensemble."""
    from bench.train_neural import join

    other = tiny_training(1)
    joined = other.with_name("ensemble")
    join([tiny_model, other], joined)
    return tiny_model, other, joined


def test_a_trained_tagger_adds_an_attribution_through_the_cli(
    tiny_model: Path, tmp_path: Path
) -> None:
    (tmp_path / "port.txt").write_text(ARTICLE, encoding="utf-8")
    done = run("extract", str(tmp_path), "--attribution-model", str(tiny_model))
    assert done.returncode == 0, done.stderr
    quotes = json.loads(done.stdout)["documents"][0]["quotes"]
    (added,) = [q for q in quotes if q["speaker"] and q["speaker"]["via"] == "model"]
    assert added["text"].startswith("that the east pier") and added["cue"]["text"] == "intimated"


def test_a_trained_tagger_gives_the_same_report_with_one_job_or_two_and_cached(
    tiny_model: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for index in range(12):
        body = ARTICLE.replace("June", f"week {index}")
        (corpus / f"a{index:02}.txt").write_text(body, encoding="utf-8")
    cache = tmp_path / "cache"
    reports = []
    for extra in (("--jobs", "1", "--no-cache"), ("--jobs", "2"), ("--jobs", "1")):
        done = subprocess.run(
            [sys.executable, "-m", "provlint", "check", str(corpus), "--format", "json"]
            + ["--attribution-model", str(tiny_model), *extra],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "PYTHONPATH": str(ROOT), "PROVLINT_CACHE_DIR": str(cache)},
        )
        assert done.returncode in (0, 1), done.stderr
        reports.append(done.stdout)
    assert reports[0] == reports[1] == reports[2]
    assert json.loads(reports[0])["summary"]["files"] == 12
    # Kept apart from the rules' own extractions, by the folder's files.
    assert [p.name[:6] for p in cache.iterdir() if p.is_dir()] == ["model-"]


def test_cli_a_tagger_folder_that_lost_its_vocabulary_is_a_usage_error(
    tiny_model: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(tiny_model, broken)
    for name in ("vocab.txt", "tokenizer.json", "tokenizer_config.json"):
        (broken / name).unlink(missing_ok=True)
    done = run("check", "seeds", "--attribution-model", str(broken))
    assert done.returncode == 2 and done.stderr.strip().count("\n") == 0
    assert f"{broken}: not a neural attribution model provlint can open" in done.stderr


# --- an ensemble of taggers ----------------------------------------------------------------


def test_a_folder_names_its_members_weight_files() -> None:
    assert members({"labels": list(LABELS)}) == ["tagger.pt"]
    assert members({"members": ["tagger.pt", "tagger-2.pt"]}) == ["tagger.pt", "tagger-2.pt"]
    for bad in ([], ["../tagger.pt"], ["tagger.json"], [3], "tagger.pt", [".."]):
        with pytest.raises(ValueError, match="not weight files"):
            members({"members": bad})


def fake_tagger(folder: Path, weights: dict[str, bytes], config: str = "{}") -> Path:
    """A tagger folder's files, the weights standing in as bytes: joining only copies."""
    folder.mkdir()
    settings = {"labels": list(LABELS), "members": list(weights)}
    (folder / SETTINGS).write_text(json.dumps(settings), encoding="utf-8")
    (folder / "config.json").write_text(config, encoding="utf-8")
    (folder / "tokenizer.json").write_text("{}", encoding="utf-8")
    for name, data in weights.items():
        (folder / name).write_bytes(data)
    return folder


def test_joining_taggers_copies_each_members_weights_under_its_own_name(tmp_path: Path) -> None:
    from bench.train_neural import join

    first = fake_tagger(tmp_path / "a", {"tagger.pt": b"A"})
    second = fake_tagger(tmp_path / "b", {"tagger.pt": b"B", "tagger-2.pt": b"C"})
    join([first, second], tmp_path / "joined")
    joined = tmp_path / "joined"
    names = json.loads((joined / SETTINGS).read_text(encoding="utf-8"))["members"]
    assert names == ["tagger.pt", "tagger-2.pt", "tagger-3.pt"]
    assert [(joined / name).read_bytes() for name in names] == [b"A", b"B", b"C"]
    assert sorted(p.name for p in joined.iterdir()) == sorted(
        [SETTINGS, "config.json", "tokenizer.json", *names]
    )


def test_joining_one_tagger_with_a_cue_floor_writes_the_floor(tmp_path: Path) -> None:
    fake_tagger(tmp_path / "a", {"tagger.pt": b"A"})

    def join_with(floor: str, out: str) -> subprocess.CompletedProcess[str]:
        command = ["bench/train_neural.py", "--join", str(tmp_path / "a"), "--cue-floor", floor]
        return subprocess.run(
            [sys.executable, *command, "--out", str(tmp_path / out)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )

    done = join_with("0.6", "floored")
    assert done.returncode == 0, done.stderr
    settings = json.loads((tmp_path / "floored" / SETTINGS).read_text(encoding="utf-8"))
    assert settings["cue_floor"] == 0.6 and settings["members"] == ["tagger.pt"]
    refused = join_with("1.5", "other")
    assert refused.returncode == 2 and "--cue-floor" in refused.stderr
    assert not (tmp_path / "other").exists()


def test_joining_taggers_of_different_encoders_writes_nothing(tmp_path: Path) -> None:
    from bench.train_neural import join

    first = fake_tagger(tmp_path / "a", {"tagger.pt": b"A"})
    second = fake_tagger(tmp_path / "b", {"tagger.pt": b"B"}, config='{"hidden_size": 8}')
    with pytest.raises(SystemExit, match="config.json differs"):
        join([first, second], tmp_path / "joined")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_joining_a_folder_that_is_no_tagger_names_it_and_writes_nothing(tmp_path: Path) -> None:
    from bench.train_neural import join

    first = fake_tagger(tmp_path / "a", {"tagger.pt": b"A"})
    second = fake_tagger(tmp_path / "b", {"tagger.pt": b"B"})
    (second / "tagger.pt").unlink()
    with pytest.raises(SystemExit, match=f"{second}: not a tagger folder .*tagger.pt"):
        join([first, second], tmp_path / "joined")
    (second / SETTINGS).write_text("[]", encoding="utf-8")
    with pytest.raises(SystemExit, match=f"{second}: not a tagger folder"):
        join([first, second], tmp_path / "joined")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_an_ensemble_averages_its_members_probabilities(
    tiny_ensemble: tuple[Path, Path, Path],
) -> None:
    from provlint.extract.neural import NeuralTagger

    first, second, joined = tiny_ensemble
    words = words_of("The harbour master intimated that the east pier would close in June.")
    each = [NeuralTagger(str(folder)).probabilities(words, []) for folder in (first, second)]
    assert each[0] != each[1]  # the two seeds trained different networks
    together = NeuralTagger(str(joined)).probabilities(words, [])
    for row, one, two in zip(together, *each, strict=True):
        assert row == pytest.approx([(a + b) / 2 for a, b in zip(one, two, strict=True)])


def test_cli_an_ensemble_joined_by_the_trainer_adds_an_attribution(
    tiny_ensemble: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    first, second, _ = tiny_ensemble
    joined = tmp_path / "joined"
    command = ["bench/train_neural.py", "--join", str(first), str(second), "--out", str(joined)]
    done = subprocess.run(
        [sys.executable, *command], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "port.txt").write_text(ARTICLE, encoding="utf-8")
    done = run("extract", str(corpus), "--attribution-model", str(joined))
    assert done.returncode == 0, done.stderr
    quotes = json.loads(done.stdout)["documents"][0]["quotes"]
    (added,) = [q for q in quotes if q["speaker"] and q["speaker"]["via"] == "model"]
    assert added["text"].startswith("that the east pier") and added["cue"]["text"] == "intimated"


def test_cli_a_tagger_folder_missing_a_member_is_a_usage_error(
    tiny_model: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(tiny_model, broken)
    settings = {"labels": list(LABELS), "members": ["tagger.pt", "tagger-2.pt"]}
    (broken / SETTINGS).write_text(json.dumps(settings), encoding="utf-8")
    done = run("check", "seeds", "--attribution-model", str(broken))
    assert done.returncode == 2 and done.stderr.strip().count("\n") == 0
    assert f"{broken}: not a neural attribution model provlint can open" in done.stderr


def test_a_tagger_folder_reads_back_an_encoder_that_is_not_bert(tmp_path: Path) -> None:
    # Any encoder transformers knows by its folder's configuration, MPNet here.
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    from bench.train_neural import save
    from provlint.extract.neural import NeuralTagger, build

    vocabulary = {w.text.lower() for w in words_of(ARTICLE)}
    tokenizer, config = tiny_encoder(transformers.MPNetConfig, vocabulary, tmp_path)
    torch.manual_seed(0)
    network = build(transformers.MPNetModel(config, add_pooling_layer=False), torch)
    torch.nn.init.normal_(network.rule.weight)  # not the zeros a new network starts from
    save(network, tokenizer, tmp_path / "tagger")
    (member,) = NeuralTagger(str(tmp_path / "tagger")).models
    assert type(member.encoder).__name__ == "MPNetModel"
    read = member.state_dict()
    for name, weights in network.state_dict().items():
        assert torch.equal(read[name], weights), name
