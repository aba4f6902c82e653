"""Tag a document's pages and save its pages, mentions and knee motion in one transaction."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import classifiers
from va_core.records import KneeMotion, Mention, PageMention, PageText
from va_core.store import Store

LOW_CONFIDENCE = 70.0
"""A finding whose own or deciding words have a mean OCR confidence below this is flagged."""


def span_confidence(
    page: PageText, start: int, end: int, starts: Sequence[int] | None = None
) -> float | None:
    """Mean OCR confidence (0..100) of the words overlapping [start, end); None without words.

    `starts` (the words' start offsets) may be passed in so a page computes them once.
    """
    if page.source != "ocr" or not page.words:
        return None
    if starts is None:
        starts = [w.start for w in page.words]
    lo = max(0, bisect.bisect_right(starts, start) - 1)
    confs = [w.conf for w in page.words[lo:] if w.start < end and w.end > start]
    if not confs:
        return None
    return round(sum(confs) / len(confs), 2)


def mention_confidence(
    page: PageText, mention: Mention, starts: Sequence[int] | None = None
) -> float | None:
    """The weakest link: the lowest confidence among the mention's words and the words that
    decided its assertion and side."""
    if starts is None:
        starts = [w.start for w in page.words]
    spans = [(mention.start, mention.end), *mention.evidence_spans]
    confs = [c for s, e in spans if (c := span_confidence(page, s, e, starts)) is not None]
    return min(confs) if confs else None


def document_facts(pages: Sequence[PageText]) -> tuple[str, str | None]:
    """(doc_type, ISO doc_date) from the first page, falling back to the next pages for the date."""
    doc_type = classifiers.classify_doc_type(pages[0].text) if pages else "other"
    for page in pages[:3]:
        found = classifiers.find_document_date(page.text)
        if found is not None:
            return doc_type, found.isoformat()
    return doc_type, None


def page_mentions(pages: Sequence[PageText]) -> Iterator[PageMention]:
    """Every mention of every page, placed and scored for OCR confidence."""
    for page in pages:
        starts = [w.start for w in page.words]
        for mention in classifiers.tag_text(page.text):
            # One-for-one replacement keeps the mention's offsets valid inside the snippet.
            snippet = page.text[mention.sentence_start : mention.sentence_end].replace("\n", " ")
            conf = mention_confidence(page, mention, starts)
            yield PageMention(
                page_no=page.page_no,
                mention=mention,
                snippet=snippet,
                ocr_conf=conf,
                low_confidence=conf is not None and conf < LOW_CONFIDENCE,
            )


def page_motions(pages: Sequence[PageText]) -> Iterator[tuple[int, KneeMotion]]:
    """Knee range-of-motion figures of every page."""
    for page in pages:
        for motion in classifiers.find_knee_motion(page.text):
            yield page.page_no, motion


def tag_and_save(
    store: Store,
    *,
    doc_id: str,
    claimant_id: str,
    pages: Sequence[PageText],
    ocr_keys: dict[int, str],
) -> int:
    """Tag every page of one document and replace its stored results; return mentions saved."""
    doc_type, doc_date = document_facts(pages)
    return store.save_document_results(
        doc_id,
        claimant_id=claimant_id,
        page_texts=pages,
        page_mentions=page_mentions(pages),
        page_motions=page_motions(pages),
        ocr_keys=ocr_keys,
        doc_type=doc_type,
        doc_date=doc_date,
        model_version=classifiers.MODEL_VERSION,
    )
