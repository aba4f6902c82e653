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

# Measured 2026-11-24 with rules-7+lr-3 on the 291-record test split: F1 0.898 clean, 0.893
# OCR-noised. The split grew by 52 records of two new authors whom the rules had never seen
# (0.859 / 0.875 on those alone); on the 239 earlier test records the tagger went from
# 0.913 / 0.898 (rules-6+lr-2) to 0.915 / 0.900, so these floors sit lower because the test
# got harder, not because the tagger got worse.
CLEAN_FLOOR = 0.88
OCR_FLOOR = 0.87


def test_test_split_f1_stays_above_its_floor() -> None:
    records = corpus.load()
    report = evaluate(corpus.select(records, "test"))
    assert report.to_dict()["overall"]["f1"] >= CLEAN_FLOOR


def test_ocr_noised_test_split_f1_stays_above_its_floor() -> None:
    records = corpus.load()
    noised, stale = load_noised(corpus.CORPUS_DIR / corpus.OCR_FILE, records)
    assert stale == 0, "data/corpus/ocr_noised.jsonl is stale: va-evidence eval --refresh-ocr"
    report = evaluate(corpus.select(noised, "test"))
    assert report.to_dict()["overall"]["f1"] >= OCR_FLOOR
