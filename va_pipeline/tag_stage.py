"""Tag a document's pages and save its pages and mentions in one transaction."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

import classifiers
from va_core.records import Mention, PageText
from va_core.store import Store


def mention_confidence(page: PageText, mention: Mention) -> float | None:
    """Mean OCR confidence (0..100) of the words under the mention's span; None for text layers."""
    if page.source != "ocr" or not page.words:
        return None
    starts = [w.start for w in page.words]
    lo = max(0, bisect.bisect_right(starts, mention.start) - 1)
    confs = (
        [w.conf for w in page.words[lo:] if w.start < mention.end and w.end > mention.start]
        if lo < len(page.words)
        else []
    )
    if not confs:
        return None
    return round(sum(confs) / len(confs), 2)


def document_facts(pages: Sequence[PageText]) -> tuple[str, str | None]:
    """(doc_type, ISO doc_date) from the first page, falling back to the next pages for the date."""
    doc_type = classifiers.classify_doc_type(pages[0].text) if pages else "other"
    for page in pages[:3]:
        found = classifiers.find_document_date(page.text)
        if found is not None:
            return doc_type, found.isoformat()
    return doc_type, None


def page_mentions(pages: Sequence[PageText]) -> Iterator[tuple[int, Mention, str, float | None]]:
    """(page_no, mention, snippet, ocr_conf) for every mention of every page."""
    for page in pages:
        for mention in classifiers.tag_text(page.text):
            # One-for-one replacement keeps the mention's offsets valid inside the snippet.
            snippet = page.text[mention.sentence_start : mention.sentence_end].replace("\n", " ")
            yield page.page_no, mention, snippet, mention_confidence(page, mention)


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
        ocr_keys=ocr_keys,
        doc_type=doc_type,
        doc_date=doc_date,
        model_version=classifiers.MODEL_VERSION,
    )
