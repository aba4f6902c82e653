"""Normalise a mentions table for summarising, in one vectorised pass.

Everything text-like that reaches a summary is SSN-masked here, dates become sortable,
the matched span is located inside the (masked) snippet, and each row learns its
document's file name. The result is sorted chronologically, undated rows last.
"""

from __future__ import annotations

import pandas as pd

from va_core.privacy import mask_ssn
from va_core.records import MENTION_COLUMNS

DOCUMENT_COLUMNS = ("doc_id", "claimant_id", "doc_type", "doc_date", "page_count", "file_name")
_MASKED_MENTION_COLUMNS = ("text", "snippet", "condition")


def require_columns(frame: pd.DataFrame, required: tuple[str, ...], what: str) -> None:
    """Raise ValueError naming the columns `frame` lacks."""
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise ValueError(f"{what} table lacks columns: {missing}")


def mask_column(values: pd.Series) -> pd.Series:
    """`mask_ssn` applied once per distinct value; missing values stay missing."""
    present = values.dropna()
    mapping = {v: mask_ssn(str(v)) for v in pd.unique(present)}
    return values.map(mapping)


def _iso(dates: pd.Series) -> pd.Series:
    return pd.to_datetime(dates, errors="coerce", format="ISO8601")


def _span_in_snippet(frame: pd.DataFrame) -> tuple[list[int | None], list[int | None]]:
    """Where the matched text sits in the snippet: the offsets when they agree, else a search."""
    texts = frame["text"].tolist()
    snippets = frame["snippet"].tolist()
    if "sentence_start" in frame.columns:
        rel = (
            pd.to_numeric(frame["start"], errors="coerce")
            - pd.to_numeric(frame["sentence_start"], errors="coerce")
        ).tolist()
    else:
        rel = [None] * len(texts)
    starts: list[int | None] = []
    ends: list[int | None] = []
    for text, snippet, offset in zip(texts, snippets, rel, strict=True):
        pos = -1
        if isinstance(text, str) and text and isinstance(snippet, str):
            if offset is not None and offset == offset and offset >= 0:  # offset == offset: not NaN
                o = int(offset)
                if snippet[o : o + len(text)] == text:
                    pos = o
            if pos < 0:
                pos = snippet.find(text)
            if pos < 0:
                pos = snippet.lower().find(text.lower())
        starts.append(pos if pos >= 0 else None)
        ends.append(pos + len(text) if pos >= 0 else None)
    return starts, ends


def claimant_documents(claimant_id: str, documents: pd.DataFrame) -> pd.DataFrame:
    """The claimant's documents, one row per doc_id, file names masked."""
    require_columns(documents, ("doc_id",), "documents")
    docs = documents
    if "claimant_id" in docs.columns:
        docs = docs[docs["claimant_id"] == claimant_id]
    docs = docs.drop_duplicates("doc_id").reindex(columns=list(DOCUMENT_COLUMNS))
    docs["file_name"] = mask_column(docs["file_name"])
    return docs.reset_index(drop=True)


def prepare_mentions(claimant_id: str, mentions: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """The claimant's mentions, normalised, masked, joined to `docs` and sorted by date.

    Adds: `side`, `date` (datetime64), `date_iso`, `file_name`, `span_start`/`span_end`
    (relative to the masked snippet). `docs` is the output of `claimant_documents`.
    """
    require_columns(mentions, MENTION_COLUMNS, "mentions")
    frame = mentions[mentions["claimant_id"] == claimant_id].copy()
    for col in _MASKED_MENTION_COLUMNS:
        frame[col] = mask_column(frame[col])
    frame["side"] = frame["laterality"].fillna("unspecified")
    frame["subject"] = frame["subject"].fillna("veteran")
    by_doc = docs.set_index("doc_id")
    frame["file_name"] = frame["doc_id"].map(by_doc["file_name"])
    frame["doc_type"] = frame["doc_type"].fillna(frame["doc_id"].map(by_doc["doc_type"]))
    frame["date"] = _iso(frame["doc_date"]).fillna(_iso(frame["doc_id"].map(by_doc["doc_date"])))
    frame["date_iso"] = frame["date"].dt.strftime("%Y-%m-%d")
    frame["span_start"], frame["span_end"] = _span_in_snippet(frame)
    frame = frame.sort_values(
        ["date", "doc_id", "page_no", "start", "mention_id"], na_position="last", kind="stable"
    )
    return frame.reset_index(drop=True)
