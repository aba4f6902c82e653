"""Normalise the mentions and documents tables for summarising, in one vectorised pass.

Everything text-like that reaches a summary is SSN-masked here, dates become sortable,
the matched span is located inside the (masked) snippet, and each row learns its
document's file name. Rows are sorted by claimant, then chronologically (undated last).
"""

from __future__ import annotations

from collections.abc import Collection

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
    mapping = {v: mask_ssn(str(v)) for v in pd.unique(values.dropna())}
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
        if isinstance(text, str):
            # Snippets are stored with newlines flattened one-for-one; spans may cross a line.
            text = text.replace("\n", " ")
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


def prepare_documents(
    documents: pd.DataFrame, claimant_ids: Collection[str] | None = None
) -> pd.DataFrame:
    """Documents of the given claimants (all when None), one row per claimant and doc_id,
    file names masked."""
    require_columns(documents, ("doc_id", "claimant_id"), "documents")
    docs = documents.reindex(columns=list(DOCUMENT_COLUMNS))
    if claimant_ids is not None:
        docs = docs[docs["claimant_id"].isin(list(claimant_ids))]
    docs = docs.drop_duplicates(["claimant_id", "doc_id"]).reset_index(drop=True)
    docs["file_name"] = mask_column(docs["file_name"])
    return docs


def prepare_mentions(
    mentions: pd.DataFrame, docs: pd.DataFrame, claimant_ids: Collection[str] | None = None
) -> pd.DataFrame:
    """Mentions of the given claimants (all when None): normalised, masked, joined, sorted.

    Adds `side`, `date` (datetime64), `date_iso`, `file_name`, `span_start`/`span_end`
    (relative to the masked snippet) and `record_id`/`record_date` (the document and its
    date until `duplicates.apply_record_groups` points copies at their original).
    `docs` is the output of `prepare_documents`.
    """
    require_columns(mentions, MENTION_COLUMNS, "mentions")
    frame = mentions
    if claimant_ids is not None:
        frame = frame[frame["claimant_id"].isin(list(claimant_ids))]
    doc_cols = docs[["claimant_id", "doc_id", "file_name", "doc_type", "doc_date"]].rename(
        columns={"doc_type": "_doc_type", "doc_date": "_doc_date"}
    )
    frame = frame.drop(columns=["file_name", "_doc_type", "_doc_date"], errors="ignore")
    frame = frame.merge(doc_cols, on=["claimant_id", "doc_id"], how="left", validate="many_to_one")
    for col in _MASKED_MENTION_COLUMNS:
        frame[col] = mask_column(frame[col])
    frame["side"] = frame["laterality"].fillna("unspecified")
    frame["subject"] = frame["subject"].fillna("veteran")
    frame["doc_type"] = frame["doc_type"].fillna(frame.pop("_doc_type"))
    frame["date"] = _iso(frame["doc_date"]).fillna(_iso(frame.pop("_doc_date")))
    frame["date_iso"] = frame["date"].dt.strftime("%Y-%m-%d")
    frame["span_start"], frame["span_end"] = _span_in_snippet(frame)
    # A record counts once however often it was filed; `duplicates` regroups copies.
    frame["record_id"] = frame["doc_id"]
    frame["record_date"] = frame["date"]
    keys = ["claimant_id", "date", "doc_id", "page_no", "start", "mention_id"]
    frame = frame.sort_values(keys, na_position="last", kind="stable")
    return frame.reset_index(drop=True)
