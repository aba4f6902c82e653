"""Held-out measurement of the rules alone against rules + model, on our own corpus.

Every fifth record is held out; the model is trained on the rest. Each held-out sentence is
tagged clean and with deterministic OCR noise (the head phrase is noised too), and we count
whether the concept was found, and whether its assertion and laterality are right.
"""

from __future__ import annotations

import random
from typing import Any

from classifiers.model import AssertionModel, load_corpus, ocr_noise
from classifiers.tagger import tag


def split(records: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(train, held_out) by position: index % 5 == 0 is held out."""
    train = [r for i, r in enumerate(records) if i % 5]
    held = [r for i, r in enumerate(records) if not i % 5]
    return train, held


def _score(records: list[dict[str, str]], model: AssertionModel | None, noisy: bool) -> dict[
    str, float
]:
    rng = random.Random(99)
    found = correct = lat_ok = lat_n = 0
    for rec in records:
        text = ocr_noise(rec["text"], rng, rate=0.05) if noisy else rec["text"]
        hits = [m for m in tag(text, model) if m.concept == rec["concept"]]
        if not hits:
            continue
        head_at = text.lower().find(rec["head"].lower())
        if head_at >= 0:
            hits.sort(key=lambda m: abs(m.start - head_at))
        m = hits[0]
        found += 1
        correct += m.assertion == rec["assertion"]
        if rec["assertion"] != "negated":
            lat_n += 1
            lat_ok += m.laterality == rec["laterality"]
    n = len(records)
    return {
        "n": n,
        "recall": round(found / n, 3),
        "assertion_acc": round(correct / n, 3),
        "assertion_acc_found": round(correct / max(found, 1), 3),
        "laterality_acc": round(lat_ok / max(lat_n, 1), 3),
    }


def evaluate() -> dict[str, Any]:
    """Figures for rules alone and rules + model, clean and OCR-noised."""
    train, held = split(load_corpus())
    model = AssertionModel(train)
    out: dict[str, Any] = {"train": len(train), "held_out": len(held)}
    for noisy in (False, True):
        tag_ = "noisy" if noisy else "clean"
        out[f"rules_{tag_}"] = _score(held, None, noisy)
        out[f"rules+model_{tag_}"] = _score(held, model, noisy)
    # The model on its own (argmax over the masked context), for reference.
    from classifiers.model import examples

    xs, ys = examples(held, noisy_copies=0)
    hits = sum(max(p := model.proba_context(x), key=p.__getitem__) == y
               for x, y in zip(xs, ys, strict=True))
    out["model_alone_acc"] = round(hits / len(ys), 3)
    return out
