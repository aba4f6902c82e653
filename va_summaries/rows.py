"""Turn prepared mention rows into plain JSON-ready finding dicts (no numpy, no NaN)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from va_summaries.labels import cite

# output key -> prepared-frame column
_FIELDS = {
    "mention_id": "mention_id",
    "concept": "concept",
    "side": "side",
    "date": "date_iso",
    "doc_id": "doc_id",
    "record_id": "record_id",
    "file_name": "file_name",
    "doc_type": "doc_type",
    "page": "page_no",
    "assertion": "assertion",
    "historical": "historical",
    "text": "text",
    "snippet": "snippet",
    "span_start": "span_start",
    "span_end": "span_end",
    "nerve_roots": "nerve_roots",
    "knee_dx": "knee_dx",
    "severity": "severity",
    "condition": "condition",
    "service_connection": "service_connection",
    "subject": "subject",
    "score": "score",
    "page_source": "page_source",
    "ocr_conf": "ocr_conf",
    "low_confidence": "low_confidence",
    "finding_key": "finding_key",
    "page_view": "page_view",
    "highlighted": "highlighted",
    "review": "review",
    "review_by": "review_by",
    "review_at": "review_at",
    "review_note": "review_note",
    "model_version": "model_version",
    "diagnostic_code": "diagnostic_code",
    "rating_percent": "rating_percent",
    "effective_date": "effective_date",
}
_INTS = ("page", "span_start", "span_end", "rating_percent")
_FLOATS = ("score", "ocr_conf")


def _plain_columns(frame: pd.DataFrame) -> dict[str, list[Any]]:
    """Output columns as Python lists: native ints/floats/bools/str, missing -> None."""
    cols = frame[list(_FIELDS.values())].copy()
    cols.columns = list(_FIELDS)
    for key in _INTS:
        cols[key] = pd.to_numeric(cols[key], errors="coerce").astype("Int64")
    for key in _FLOATS:
        cols[key] = pd.to_numeric(cols[key], errors="coerce").round(4)
    if pd.api.types.is_numeric_dtype(cols["mention_id"]):
        cols["mention_id"] = cols["mention_id"].astype("Int64")
    cols["historical"] = cols["historical"].eq(True)
    cols["low_confidence"] = cols["low_confidence"].eq(True)
    return {k: cols[k].astype(object).where(cols[k].notna(), None).tolist() for k in _FIELDS}


def _roots(value: Any) -> list[str]:
    if value is None or isinstance(value, str | float):
        return [value] if isinstance(value, str) and value else []
    return list(map(str, value))


def to_findings(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """One dict per row: the finding as the summary JSON carries it, with a short `cite`."""
    if frame.empty:
        return []
    cols = _plain_columns(frame)
    keys = list(cols)
    records = []
    for values in zip(*cols.values(), strict=True):
        rec = dict(zip(keys, values, strict=True))
        rec["document"] = {"file_name": rec.pop("file_name"), "doc_id": rec.pop("doc_id")}
        # A copy of a record filed earlier or in full elsewhere (see `duplicates`).
        rec["copy_of"] = rec["record_id"] if rec["record_id"] != rec["document"]["doc_id"] else None
        rec["nerve_roots"] = _roots(rec["nerve_roots"])
        decision = rec.pop("review")
        by, at, note = rec.pop("review_by"), rec.pop("review_at"), rec.pop("review_note")
        rec["review"] = (
            {"decision": decision, "reviewer": by, "decided_at": at, "note": note}
            if decision
            else None
        )
        rec["cite"] = cite(rec["date"], rec["doc_type"], rec["page"])
        records.append(rec)
    return records
