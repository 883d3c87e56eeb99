"""A fine-tuned transformer encoder as the attribution tagger (optional, heavy).

It does the job of extract.learned's conditional random field: tag each token
of a paragraph as content, source or cue, knowing the rules' reading of it. A
pretrained encoder has met words the CRF never saw in training and reads the
whole paragraph at once, which is what stances and beliefs need. The rules'
reading enters as two learned vectors added to each word piece: the rules'
label (content by kind, speaker, cue) and whether the rules named a person
there.

Needs PyTorch and transformers (`pip install 'provlint[neural]'`) and a model
folder that bench/train_neural.py writes. Everything but NeuralTagger runs
without them, so the windows and labels are tested everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypedDict

from provlint.extract.learned import Token, rule_reading

LABELS = ("O", "B-C", "I-C", "B-S", "I-S", "B-Q", "I-Q")
RULE_LABELS = ("O", "Cd", "Cp", "Ci", "S", "Q")
WINDOW = 200  # word pieces a window reads; the encoder takes 512
STRIDE = 150  # windows overlap by 50 pieces, so a long paragraph's words keep context
# Chosen on the held-out fifth of train, never on dev: the floor whose smallest
# margin over the five targets is widest (the two-seed ensemble; at 0.6,
# 0.7, 0.75, 0.8, 0.85 and 0.9 the smallest margins were 0.009, 0.012, 0.014,
# 0.014, 0.010 and 0.007; 0.75 has the wider second-smallest). A higher floor
# reports fewer of the model's attributions, with surer cues and speakers.
CUE_FLOOR = 0.75
_B_CUE, _I_CUE = LABELS.index("B-Q"), LABELS.index("I-Q")
WEIGHTS = "tagger.pt"
SETTINGS = "provlint-tagger.json"  # marks the folder as a provlint tagger


class Window(TypedDict):
    """One encoder input: word pieces, the word each first piece stands for (else -1),
    and the rules' reading of each piece's word."""

    ids: list[int]
    owner: list[int]
    rules: list[int]
    people: list[int]


def rule_ids(
    words: Sequence[Token], spans: Sequence[tuple[int, int, str]]
) -> tuple[list[int], list[int]]:
    """Each token's rule label (an index into RULE_LABELS) and whether a named person
    covers it (1) or not (0); spans as learned.rule_spans gives them."""
    labels, named = rule_reading(words, spans)
    return [RULE_LABELS.index(label) for label in labels], [int(flag) for flag in named]


def windows(
    tokenizer: Any, words: Sequence[Token], rules: Sequence[int], people: Sequence[int]
) -> list[Window]:
    """A paragraph as overlapping windows of word pieces, each framed by [CLS] and [SEP].

    Only a word's first piece stands for it (``owner``); a piece that continues a
    word, or a window that starts inside one, stands for nothing.
    """
    pieces: list[int] = []
    word_of: list[int] = []  # the word each piece belongs to
    owner: list[int] = []
    encoded = tokenizer([token.text for token in words], add_special_tokens=False)["input_ids"]
    for index, ids in enumerate(encoded):
        ids = ids or [tokenizer.unk_token_id]
        pieces += ids
        word_of += [index] * len(ids)
        owner += [index] + [-1] * (len(ids) - 1)
    found = []
    start = 0
    while True:
        end = min(start + WINDOW, len(pieces))
        found.append(
            Window(
                ids=[tokenizer.cls_token_id, *pieces[start:end], tokenizer.sep_token_id],
                owner=[-1, *owner[start:end], -1],
                rules=[0, *(rules[w] for w in word_of[start:end]), 0],
                people=[0, *(people[w] for w in word_of[start:end]), 0],
            )
        )
        if end == len(pieces):
            return found
        start += STRIDE


def build(encoder: Any, torch: Any) -> Any:
    """The tagger network: the encoder, the rules' two embeddings, and a linear head."""

    class Tagger(torch.nn.Module):  # type: ignore[misc, name-defined]
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder
            size = encoder.config.hidden_size
            # Zero at first: fine-tuning starts from the encoder as it was trained.
            self.rule = torch.nn.Embedding(len(RULE_LABELS), size)
            self.person = torch.nn.Embedding(2, size)
            torch.nn.init.zeros_(self.rule.weight)
            torch.nn.init.zeros_(self.person.weight)
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(size, len(LABELS))

        def forward(self, ids: Any, rules: Any, people: Any, mask: Any) -> Any:
            embedded = self.encoder.embeddings.word_embeddings(ids)
            embedded = embedded + self.rule(rules) + self.person(people)
            hidden = self.encoder(inputs_embeds=embedded, attention_mask=mask).last_hidden_state
            return self.head(self.dropout(hidden))

    return Tagger()


def is_model_folder(path: str) -> bool:
    """Whether ``path`` is a folder bench/train_neural.py wrote."""
    return (Path(path) / SETTINGS).is_file()


class NeuralTagger:
    """Tags a paragraph's tokens with LABELS. Loaded once per process."""

    def __init__(self, path: str) -> None:
        import torch
        from transformers import AutoConfig, AutoModel, AutoTokenizer

        # One thread: extraction already runs a process per core, and one thread
        # adds up in one order, so the same input always gets the same tags.
        torch.set_num_threads(1)
        self.torch = torch
        folder = Path(path)
        settings = json.loads((folder / SETTINGS).read_text(encoding="utf-8"))
        if not isinstance(settings, dict) or tuple(settings.get("labels", ())) != LABELS:
            raise ValueError("its labels are not this provlint's")
        self.floor = cue_floor(settings)
        # The folder alone: a run never reaches for the network.
        self.tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
        config = AutoConfig.from_pretrained(folder, local_files_only=True)
        if len(self.tokenizer) != config.vocab_size:
            # A folder that lost its vocabulary still loads, reading every word as unknown.
            raise ValueError("its tokenizer does not match its encoder")
        # An ensemble's members share the encoder's shape and vocabulary; one
        # network each, their weights in the files the settings list.
        self.models = []
        for name in members(settings):
            model = build(AutoModel.from_config(config, add_pooling_layer=False), torch)
            model.load_state_dict(torch.load(folder / name, map_location="cpu", weights_only=True))
            model.eval()
            self.models.append(model)

    def tag_words(self, words: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[str]:
        """One label per token (see labels_from), at the folder's cue floor."""
        return labels_from(self.probabilities(words, spans), self.floor)

    def probabilities(
        self, words: Sequence[Token], spans: Sequence[tuple[int, int, str]]
    ) -> list[list[float]]:
        """Each token's label probabilities: its first piece's log-probabilities averaged
        over the windows that hold it, then the probabilities averaged over the ensemble's
        members (one member: exactly its own)."""
        torch = self.torch
        rules, people = rule_ids(words, spans)
        totals = torch.zeros(len(self.models), len(words), len(LABELS))
        counts = torch.zeros(len(words))
        with torch.no_grad():
            for window in windows(self.tokenizer, words, rules, people):
                ids = torch.tensor([window["ids"]])
                inputs = (ids, torch.tensor([window["rules"]]), torch.tensor([window["people"]]))
                for member, model in enumerate(self.models):
                    scores = model(*inputs, torch.ones_like(ids))[0].log_softmax(-1)
                    for position, owner in enumerate(window["owner"]):
                        if owner >= 0:
                            totals[member, owner] += scores[position]
                for owner in window["owner"]:
                    if owner >= 0:
                        counts[owner] += 1
        each = (totals / counts.clamp(min=1).unsqueeze(1)).exp()
        return each.mean(0).tolist()


def members(settings: dict[str, Any]) -> list[str]:
    """The weight files of a tagger folder's networks: one, or an ensemble's several.

    Trainings that differ only in their seed make different mistakes; averaging
    their probabilities keeps what they agree on.
    """
    names = settings.get("members", [WEIGHTS])
    if (
        not isinstance(names, list)
        or not names
        or not all(isinstance(n, str) and n.endswith(".pt") and n == Path(n).name for n in names)
    ):
        raise ValueError("its members are not weight files of the folder")
    return list(names)


def cue_floor(settings: dict[str, Any]) -> float:
    """The folder's own cue floor, chosen for its encoder on the held-out fifth
    (`bench/train_neural.py --cue-floor`), else CUE_FLOOR."""
    floor = settings.get("cue_floor", CUE_FLOOR)
    if isinstance(floor, bool) or not isinstance(floor, (int, float)) or not 0 < floor < 1:
        raise ValueError("its cue floor is not a probability between 0 and 1")
    return float(floor)


def labels_from(probabilities: Sequence[Sequence[float]], floor: float = CUE_FLOOR) -> list[str]:
    """Each token's likeliest label, but a cue the tagger is less sure of than the
    floor is no cue: with no cue, its attribution is not reported."""
    found = []
    for row in probabilities:
        best = max(range(len(LABELS)), key=row.__getitem__)
        if LABELS[best].endswith("Q") and row[_B_CUE] + row[_I_CUE] < floor:
            found.append("O")
        else:
            found.append(LABELS[best])
    return found
