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

# Measured 2026-11-24 with rules-8+lr-4 on the 518-record test split: F1 0.903 clean, 0.891
# OCR-noised. The split grew by 227 records of eight new authors (5-12) whom the rules had never
# seen; the tagger as it stood before them scores 0.881 / 0.869 on this split (0.864 / 0.848
# on the new authors' test records, now 0.890 / 0.875), so the floors rise a little: the test
# got harder and the tagger better. `va-evidence eval --groups` gives the subset figures.
CLEAN_FLOOR = 0.885
OCR_FLOOR = 0.88


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
