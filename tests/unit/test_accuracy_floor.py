"""Accuracy floors on the corpus's held-out test split (clean and Tesseract-noised).

The issue's targets are F1 >= 0.95 clean and >= 0.90 OCR-noised; these floors sit a little
under what the tagger measured when they were set (see data/models/*/card.md), so a change
that makes the tagger worse fails here. Raise them as the tagger improves; never lower them
to make a change pass.
"""

from __future__ import annotations

from classifiers import corpus
from classifiers.evaluate import evaluate
from va_pipeline.corpus_ocr import load_noised

# Measured 2026-11-24 with rules-9+lr-5.
#
# The split the earlier floors were set on (518 records, authors 1-12 and the generated ones)
# keeps its own floors, raised: F1 0.919 clean, 0.909 OCR-noised there (0.903 / 0.891 with
# rules-8+lr-4, the tagger this round started from).
#
# The whole test split grew to 790 records with 272 of eleven new authors (13-23) whom the rules
# had never seen; on it the tagger scores 0.889 / 0.875, where rules-8+lr-4 scores 0.869 /
# 0.853. Its floors are new, set under today's figures: the test got harder, not the tagger
# worse. `va-evidence eval --groups` gives the subset figures.
CLEAN_FLOOR = 0.88
OCR_FLOOR = 0.865
EARLIER_SPLIT_CLEAN_FLOOR = 0.91
EARLIER_SPLIT_OCR_FLOOR = 0.90
ROUND9_AUTHORS = tuple(f"g-a{n}-" for n in range(13, 24))


def _f1(records: list) -> float:
    return evaluate(records).to_dict()["overall"]["f1"]


def test_test_split_f1_stays_above_its_floor() -> None:
    test = corpus.select(corpus.load(), "test")
    assert _f1(test) >= CLEAN_FLOOR
    earlier = [r for r in test if not r["group"].startswith(ROUND9_AUTHORS)]
    assert len(earlier) == 518
    assert _f1(earlier) >= EARLIER_SPLIT_CLEAN_FLOOR


def test_ocr_noised_test_split_f1_stays_above_its_floor() -> None:
    records = corpus.load()
    noised, stale = load_noised(corpus.CORPUS_DIR / corpus.OCR_FILE, records)
    assert stale == 0, "data/corpus/ocr_noised.jsonl is stale: va-evidence eval --refresh-ocr"
    test = corpus.select(noised, "test")
    assert _f1(test) >= OCR_FLOOR
    earlier = [r for r in test if not r["group"].startswith(ROUND9_AUTHORS)]
    assert len(earlier) == 518
    assert _f1(earlier) >= EARLIER_SPLIT_OCR_FLOOR
