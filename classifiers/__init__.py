"""Concept tagger for VA claim records: antalgic gait, radiculopathy, knee and back conditions.

Rules (OCR-tolerant lexicon, ConText-style assertion, laterality binding, DBQ checkbox logic)
plus a small logistic-regression assertion model; see the modules for the why of each part.
"""

from __future__ import annotations

from classifiers.doctype import classify_doc_type, find_document_date
from classifiers.measurements import find_knee_motion
from classifiers.model import default_model
from classifiers.sentences import split_sentences
from classifiers.tagger import tag
from va_core.records import Mention

MODEL_VERSION = "rules-14+lr-10"

__all__ = [
    "MODEL_VERSION",
    "clear_caches",
    "classify_doc_type",
    "find_document_date",
    "find_knee_motion",
    "split_sentences",
    "tag_text",
]


def tag_text(text: str) -> list[Mention]:
    """All mentions in one page of text, offsets into `text`, sorted by start."""
    return tag(text, default_model())


def clear_caches(*, words: bool = False) -> None:
    """Forget cached sentences (normalised text, candidates, model scores).

    Benchmarks call this between passes so that repeated text is not served from memory;
    `words=True` also drops the per-word caches (OCR repairs, model terms, gate words),
    which stay warm in real use.
    """
    from classifiers import candidates, ocr_normalize

    ocr_normalize._normalize.cache_clear()
    candidates._find_candidates.cache_clear()
    default_model().clear_cache(words=words)
    if words:
        ocr_normalize.fix_word.cache_clear()
        ocr_normalize._plain.cache_clear()
        ocr_normalize._join.cache_clear()
        candidates.clear_word_caches()
