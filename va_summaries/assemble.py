"""Build one claimant's evidence summary (a JSON-ready dict) from the mentions table."""

from __future__ import annotations

from typing import Any

import pandas as pd

from va_summaries.findings import group_findings, split_mentions, timeline
from va_summaries.frame import claimant_documents, prepare_mentions
from va_summaries.pathways import pathways
from va_summaries.primary import primary_condition
from va_summaries.rows import to_findings

SCHEMA_VERSION = 1


def _generated_from(frame: pd.DataFrame, docs: pd.DataFrame) -> dict[str, Any]:
    pages = pd.to_numeric(docs["page_count"], errors="coerce")
    versions = sorted({str(v) for v in frame["model_version"].dropna().unique()})
    return {
        "schema_version": SCHEMA_VERSION,
        "model_versions": versions,
        "model_version": versions[0] if len(versions) == 1 else None,
        "documents": int(len(docs)),
        "pages": int(pages.fillna(0).sum()),
        "mentions": int(len(frame)),
        "documents_with_mentions": int(frame["doc_id"].nunique()),
    }


def build_summary(
    claimant_id: str, mentions: pd.DataFrame, documents: pd.DataFrame
) -> dict[str, Any]:
    """The claimant's evidence summary.

    `mentions` has `va_core.records.MENTION_COLUMNS`; `documents` has doc_id, claimant_id,
    doc_type, doc_date, page_count, file_name. Rows of other claimants are ignored.
    """
    docs = claimant_documents(claimant_id, documents)
    frame = prepare_mentions(claimant_id, mentions, docs)
    findings, against, others = split_mentions(frame)
    veteran = frame[frame["subject"] == "veteran"]
    primary = primary_condition(veteran)
    return {
        "claimant_id": claimant_id,
        "generated_from": _generated_from(frame, docs),
        "primary": primary,
        "pathways": pathways(veteran, primary),
        "findings": group_findings(findings),
        "evidence_against": to_findings(against),
        "other_subjects": to_findings(others),
        "timeline": timeline(findings),
    }


def build_summaries(mentions: pd.DataFrame, documents: pd.DataFrame) -> list[dict[str, Any]]:
    """`build_summary` for every claimant in either table, in claimant-id order."""
    has_ids = "claimant_id" in documents.columns
    ids = set(mentions["claimant_id"].dropna())
    if has_ids:
        ids |= set(documents["claimant_id"].dropna())
    by_claimant = dict(tuple(mentions.groupby("claimant_id")))
    docs_by = dict(tuple(documents.groupby("claimant_id"))) if has_ids else {}
    empty_mentions = mentions.iloc[0:0]
    empty_docs = documents.iloc[0:0]
    return [
        build_summary(
            cid,
            by_claimant.get(cid, empty_mentions),
            docs_by.get(cid, empty_docs) if has_ids else documents,
        )
        for cid in sorted(ids)
    ]
