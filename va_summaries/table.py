"""The analysts' findings table: one row per mention across claimants, Parquet and CSV.

Built from the same prepared frame as the summaries, so text, snippets, condition names and
file names are SSN-masked and every row carries its citation. `category` says where the
summary puts the row: a finding, evidence against, or about another person.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from va_core.atomicio import write_bytes_atomic
from va_summaries.findings import category_flags
from va_summaries.frame import prepare_documents, prepare_mentions
from va_summaries.labels import DOC_TYPE_LABELS

TABLE_DIR = "tables"
"""Sub-folder of the summaries folder that holds the table (kept apart from the per-claimant
files, which are text and which the index lists)."""
PARQUET_NAME = "findings.parquet"
CSV_NAME = "findings.csv"

# output column -> prepared-frame column
_COLUMNS = {
    "claimant_id": "claimant_id",
    "mention_id": "mention_id",
    "category": "category",
    "concept": "concept",
    "side": "side",
    "assertion": "assertion",
    "subject": "subject",
    "historical": "historical",
    "knee_dx": "knee_dx",
    "nerve_roots": "nerve_roots",
    "severity": "severity",
    "condition": "condition",
    "service_connection": "service_connection",
    "diagnostic_code": "diagnostic_code",
    "rating_percent": "rating_percent",
    "effective_date": "effective_date",
    "date": "date_iso",
    "doc_id": "doc_id",
    "doc_type": "doc_type",
    "file_name": "file_name",
    "page": "page_no",
    "text": "text",
    "snippet": "snippet",
    "score": "score",
    "ocr_conf": "ocr_conf",
    "low_confidence": "low_confidence",
    "page_source": "page_source",
    "model_version": "model_version",
    "cite": "cite",
}
_INTS = ("mention_id", "page", "rating_percent")
_FLOATS = ("score", "ocr_conf")
_BOOLS = ("historical", "low_confidence")


def _roots(value: object) -> str | None:
    if isinstance(value, list | tuple):
        return "/".join(map(str, value)) or None
    return value if isinstance(value, str) and value else None


def findings_table(mentions: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Every claimant's mentions as one typed table (columns in `_COLUMNS` order)."""
    docs = prepare_documents(documents)
    frame = prepare_mentions(mentions, docs)
    flags = category_flags(frame)
    frame["category"] = "other"
    frame.loc[flags["against"], "category"] = "against"
    frame.loc[flags["finding"], "category"] = "finding"
    frame["nerve_roots"] = frame["nerve_roots"].map(_roots)
    page = pd.to_numeric(frame["page_no"], errors="coerce").astype("Int64")
    kind = frame["doc_type"].map(DOC_TYPE_LABELS).fillna("document")
    where = (" p." + page.astype("string")).fillna("")
    frame["cite"] = frame["date_iso"].fillna("undated") + " " + kind + where
    table = frame[list(_COLUMNS.values())].copy()
    table.columns = list(_COLUMNS)
    for col in _INTS:
        table[col] = pd.to_numeric(table[col], errors="coerce").astype("Int64")
    for col in _FLOATS:
        table[col] = pd.to_numeric(table[col], errors="coerce").astype("float64")
    for col in _BOOLS:
        table[col] = table[col].eq(True)
    for col in set(_COLUMNS) - {*_INTS, *_FLOATS, *_BOOLS}:
        table[col] = table[col].astype("string")
    return table.reset_index(drop=True)


def write_findings_table(out_dir: Path, table: pd.DataFrame) -> tuple[Path, Path]:
    """Write <out_dir>/findings.parquet and findings.csv, each atomically."""
    out_dir = Path(out_dir)
    parquet = io.BytesIO()
    table.to_parquet(parquet, index=False, engine="pyarrow")
    csv = table.to_csv(index=False, lineterminator="\n").encode("utf-8")
    return (
        write_bytes_atomic(out_dir / PARQUET_NAME, parquet.getvalue()),
        write_bytes_atomic(out_dir / CSV_NAME, csv),
    )
