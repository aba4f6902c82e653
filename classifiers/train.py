"""`va-evidence train`: rebuild the assertion model from the corpus train split, reproducibly.

Inputs are the hand-written resources corpus plus the train split of data/corpus; items are
keyed and sorted, noisy copies are seeded per item, the solver is deterministic, and the
artifact is written with sorted keys and no timestamps: same data and seed → same bytes.
"""

from __future__ import annotations

import hashlib
import platform
from pathlib import Path
from typing import Any

from classifiers import artifacts, corpus
from classifiers.evaluate import evaluate
from classifiers.model import (
    CORPUS,
    NAME,
    VERSION,
    AssertionModel,
    Labelled,
    corpus_items,
    resource_items,
)
from classifiers.model import load_corpus as load_resources
from classifiers.tagger import tag


def training_items(corpus_dir: Path = corpus.CORPUS_DIR) -> tuple[list[Labelled], dict[str, Any]]:
    """(labelled items, provenance) from resources + the corpus train split."""
    res_bytes = CORPUS.read_bytes()
    records = corpus.load(corpus_dir)
    train = corpus.select(records, "train")
    items = resource_items(load_resources()) + corpus_items(train)
    h = hashlib.sha256()
    h.update(hashlib.sha256(res_bytes).hexdigest().encode())
    h.update(corpus.canonical_sha256(train).encode())
    info = {
        "training_data_sha256": h.hexdigest(),
        "resources_sha256": hashlib.sha256(res_bytes).hexdigest(),
        "corpus_train_sha256": corpus.canonical_sha256(train),
        "splits": {s: len(corpus.select(records, s)) for s in corpus.SPLITS},
        "training_items": {
            "resources": len(items) - len(corpus_items(train)),
            "corpus": len(corpus_items(train)),
        },
        "_records": records,
    }
    return items, info


def _versions() -> dict[str, str]:
    import numpy
    import sklearn

    return {
        "python": platform.python_version(),
        "scikit-learn": sklearn.__version__,
        "numpy": numpy.__version__,
    }


def _card_md(card: dict[str, Any]) -> str:
    lines = [
        f"# Model card: {card['name']} {card['version']}",
        "",
        "Logistic-regression assertion model (negated / possible / present) over character "
        "n-grams of the masked context; used by `classifiers.tag_text` where no rule "
        "trigger fired. Weights in `model.json` (plain JSON, no code).",
        "",
        f"- created by: `{card['created_by']}`",
        f"- seed: {card['seed']}",
        f"- training data sha256: `{card['training_data_sha256']}`",
        f"- corpus split sizes (records): {card['splits']}",
        f"- training items: {card['training_items']} (+{card['noisy_copies']} OCR-noised "
        "copies each)",
        f"- vocabulary: {card['vocabulary_size']} n-grams",
        f"- libraries: {card['libraries']}",
        "",
        "## Tagger metrics with this model (`_ocr`: the Tesseract-noised copy)",
        "",
        "| split | records | P | R | F1 | assertion acc | laterality acc |",
        "|---|---|---|---|---|---|---|",
    ]
    for split, m in card["metrics"].items():
        o = m["overall"]
        lines.append(
            f"| {split} | {m['records']} | {o['precision']:.3f} | {o['recall']:.3f} | "
            f"{o['f1']:.3f} | {m['assertion_acc']:.3f} | {m['laterality_acc']:.3f} |"
        )
    return "\n".join(lines) + "\n"


def train(
    seed: int = 0, out: Path | None = None, corpus_dir: Path = corpus.CORPUS_DIR
) -> tuple[Path, dict[str, Any]]:
    """Fit, measure on dev and test, write the artifact; return (folder, card)."""
    from classifiers.model import NOISY_COPIES

    items, info = training_items(corpus_dir)
    records = info.pop("_records")
    model = AssertionModel.fit(items, seed=seed)
    noised: list[dict[str, Any]] = []
    if (corpus_dir / corpus.OCR_FILE).is_file():
        fresh = {r["id"]: r["text"] for r in records}
        noised = [
            r
            for r in corpus.read_jsonl(corpus_dir / corpus.OCR_FILE)
            if fresh.get(r["id"]) == r.get("clean_text")
        ]
    metrics = {}
    for split in ("dev", "test"):
        for suffix, pool in (("", records), ("_ocr", noised)):
            held = corpus.select(pool, split)
            if held:
                metrics[split + suffix] = evaluate(held, lambda t: tag(t, model)).to_dict()
    command = f"va-evidence train --seed {seed}"
    if corpus_dir != corpus.CORPUS_DIR:
        command += f" --corpus {corpus_dir}"
    card = {
        "name": NAME,
        "version": VERSION,
        "seed": seed,
        **info,
        "noisy_copies": NOISY_COPIES,
        "vocabulary_size": len(model.to_dict()["terms"]),
        "metrics": metrics,
        "libraries": _versions(),
        "created_by": command,
    }
    folder = artifacts.write(model, card, _card_md(card), out or artifacts.models_dir())
    return folder, artifacts.read_card(out or artifacts.models_dir())
