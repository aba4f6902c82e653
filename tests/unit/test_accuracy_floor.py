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

# Measured 2026-11-25 with rules-14+lr-10 (scripted subsets: the group prefixes below).
#
# The test split has grown with each round of independent authors. Each earlier split keeps
# floors of its own, so that a round that adds harder records cannot hide a loss on the old ones
# (in brackets: rules-13+lr-9, the tagger this round started from, on the same records):
# - the 518 records of authors 1-12 and the generated ones: F1 0.945 clean, 0.933 OCR-noised
#   (0.941 / 0.929);
# - the 790 records of authors 1-23: 0.922 / 0.905 (0.917 / 0.900);
# - the 987 records of authors 1-30: 0.917 / 0.895 (0.913 / 0.891);
# - the 1,010 records of authors 1-31: 0.914 / 0.891 (0.909 / 0.887);
# - the 1,117 records of authors 1-35: 0.911 / 0.894 (0.906 / 0.889);
# - the 1,236 records of authors 1-39: 0.906 / 0.889 (0.901 / 0.884);
# - the 1,425 records of authors 1-45 (last round's whole split): 0.899 / 0.887 (0.895 / 0.882);
# - the whole split, 1,765 records with 340 more by twelve new authors (46-57): 0.891 / 0.879
#   (0.886 / 0.874).
CLEAN_FLOOR = 0.887
OCR_FLOOR = 0.875
ROUND9_AUTHORS = tuple(f"g-a{n}-" for n in range(13, 24))
ROUND10_AUTHORS = tuple(f"g-a{n}-" for n in range(24, 32))
ROUND11_AUTHORS = tuple(f"g-a{n}-" for n in range(32, 36))
ROUND12_AUTHORS = tuple(f"g-a{n}-" for n in range(36, 40))
ROUND13_AUTHORS = tuple(f"g-a{n}-" for n in range(40, 46))
ROUND14_AUTHORS = tuple(f"g-a{n}-" for n in range(46, 58))
LATER = ROUND11_AUTHORS + ROUND12_AUTHORS + ROUND13_AUTHORS + ROUND14_AUTHORS
SUBSET_FLOORS = {  # name: (groups left out, records, clean floor, OCR floor)
    "authors 1-12": (ROUND9_AUTHORS + ROUND10_AUTHORS + LATER, 518, 0.941, 0.929),
    "authors 1-23": (ROUND10_AUTHORS + LATER, 790, 0.918, 0.901),
    "authors 1-30": (("g-a31-",) + LATER, 987, 0.913, 0.891),
    "authors 1-31": (LATER, 1010, 0.91, 0.887),
    "authors 1-35": (ROUND12_AUTHORS + ROUND13_AUTHORS + ROUND14_AUTHORS, 1117, 0.907, 0.89),
    "authors 1-39": (ROUND13_AUTHORS + ROUND14_AUTHORS, 1236, 0.902, 0.885),
    "authors 1-45": (ROUND14_AUTHORS, 1425, 0.895, 0.883),
}


def _f1(records: list) -> float:
    return evaluate(records).to_dict()["overall"]["f1"]


def test_test_split_f1_stays_above_its_floor() -> None:
    test = corpus.select(corpus.load(), "test")
    assert _f1(test) >= CLEAN_FLOOR
    for name, (left_out, n, floor, _) in SUBSET_FLOORS.items():
        subset = [r for r in test if not r["group"].startswith(left_out)]
        assert len(subset) == n, name
        assert _f1(subset) >= floor, name


def test_ocr_noised_test_split_f1_stays_above_its_floor() -> None:
    records = corpus.load()
    noised, stale = load_noised(corpus.CORPUS_DIR / corpus.OCR_FILE, records)
    assert stale == 0, "data/corpus/ocr_noised.jsonl is stale: va-evidence eval --refresh-ocr"
    test = corpus.select(noised, "test")
    assert _f1(test) >= OCR_FLOOR
    for name, (left_out, n, _, floor) in SUBSET_FLOORS.items():
        subset = [r for r in test if not r["group"].startswith(left_out)]
        assert len(subset) == n, name
        assert _f1(subset) >= floor, name
