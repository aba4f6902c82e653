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

# Measured 2026-11-24 with rules-8+lr-4 on the 378-record test split: F1 0.892 clean, 0.885
# OCR-noised. The split grew by 87 records of three new authors (5-7) whom the rules had never
# seen; the tagger as it stood before them scores 0.885 / 0.878 on this split (0.853 / 0.840
# on the new authors' test records, now 0.866 / 0.854), so the floors stay where they were:
# the test got harder, the tagger did not get worse. `va-evidence eval --groups` gives the
# subset figures.
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
