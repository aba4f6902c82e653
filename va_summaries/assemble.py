"""Build claimants' evidence summaries (JSON-ready dicts) from the mentions table.

The work is vectorised over all requested claimants at once (masking, dates, flags,
records, timelines, counts); each claimant then only selects its rows by position.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from va_summaries.duplicates import apply_record_groups, record_groups, repeated_records
from va_summaries.findings import category_flags, group_findings, timelines
from va_summaries.frame import prepare_documents, prepare_mentions
from va_summaries.knees import knee_flags, knees, motion_records
from va_summaries.page_links import apply_page_views
from va_summaries.pathways import pathway_flags, pathways
from va_summaries.primary import primary_condition, primary_flags, rating_percents
from va_summaries.ratings import combined_rating
from va_summaries.review import apply_decisions
from va_summaries.rows import to_findings
from va_summaries.selection import ClaimantRows, FlagTable
from va_summaries.timeline import timeline_plots

# 2: knees, combined_rating; 3: timeline_plot, repeated_records, review, page_view
SCHEMA_VERSION = 3


def _generated_from(frame: pd.DataFrame, docs: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """claimant -> model versions and counts of documents, pages and mentions."""
    doc_stats = docs.assign(pages=pd.to_numeric(docs["page_count"], errors="coerce").fillna(0))
    doc_stats = doc_stats.groupby("claimant_id").agg(
        documents=("doc_id", "size"), pages=("pages", "sum")
    )
    men_stats = frame.groupby("claimant_id").agg(
        mentions=("concept", "size"), documents_with_mentions=("doc_id", "nunique")
    )
    versions = frame[["claimant_id", "model_version"]].dropna().drop_duplicates()
    by_claimant: dict[str, set[str]] = {}
    for cid, version in versions.itertuples(index=False):
        by_claimant.setdefault(cid, set()).add(str(version))
    out: dict[str, dict[str, Any]] = {}
    for cid in set(doc_stats.index) | set(men_stats.index):
        vs = sorted(by_claimant.get(cid, ()))
        d = doc_stats.loc[cid] if cid in doc_stats.index else None
        m = men_stats.loc[cid] if cid in men_stats.index else None
        out[cid] = {
            "schema_version": SCHEMA_VERSION,
            "model_versions": vs,
            "model_version": vs[0] if len(vs) == 1 else None,
            "documents": int(d["documents"]) if d is not None else 0,
            "pages": int(d["pages"]) if d is not None else 0,
            "mentions": int(m["mentions"]) if m is not None else 0,
            "documents_with_mentions": int(m["documents_with_mentions"]) if m is not None else 0,
        }
    return out


def _empty_counts() -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "model_versions": [],
        "model_version": None,
        "documents": 0,
        "pages": 0,
        "mentions": 0,
        "documents_with_mentions": 0,
    }


def _build(
    claimant_ids: Sequence[str],
    mentions: pd.DataFrame,
    documents: pd.DataFrame,
    knee_motion: pd.DataFrame | None,
    pages: pd.DataFrame | None = None,
    decisions: pd.DataFrame | None = None,
    page_views: pd.DataFrame | None = None,
) -> list[dict[str, Any]]:
    docs = prepare_documents(documents, claimant_ids)
    frame = apply_decisions(prepare_mentions(mentions, docs, claimant_ids), decisions)
    frame = apply_page_views(frame, page_views)
    groups = None
    if pages is not None:
        groups = record_groups(pages[pages["claimant_id"].isin(list(claimant_ids))], docs)
        frame = apply_record_groups(frame, docs, groups)
    repeats = repeated_records(groups, docs)
    categories = category_flags(frame)
    flags = {**categories, **pathway_flags(frame), **primary_flags(frame), **knee_flags(frame)}
    table = FlagTable.build(flags, to_findings(frame))
    motion = motion_records(knee_motion, docs)
    percents = rating_percents(frame)
    lines = timelines(frame, categories["timeline"])
    plots = timeline_plots(frame, categories)
    counts = _generated_from(frame, docs)
    positions = frame.groupby("claimant_id", sort=False).indices
    summaries = []
    for cid in claimant_ids:
        rows = ClaimantRows(positions.get(cid, frame.index[:0].to_numpy()), table)
        primary = primary_condition(rows, percents)
        sides = knees(rows, motion.get(cid, []))
        summaries.append(
            {
                "claimant_id": cid,
                "generated_from": counts.get(cid) or _empty_counts(),
                "primary": primary,
                "knees": sides,
                "pathways": pathways(rows, primary),
                "combined_rating": combined_rating(primary, sides),
                "findings": group_findings(rows),
                "evidence_against": rows.where("against"),
                "other_subjects": rows.where("other"),
                "timeline": lines.get(cid, []),
                "timeline_plot": plots.get(cid),
                "repeated_records": repeats.get(cid, []),
            }
        )
    return summaries


def build_summary(
    claimant_id: str,
    mentions: pd.DataFrame,
    documents: pd.DataFrame,
    knee_motion: pd.DataFrame | None = None,
    pages: pd.DataFrame | None = None,
    decisions: pd.DataFrame | None = None,
    page_views: pd.DataFrame | None = None,
) -> dict[str, Any]:
    """The claimant's evidence summary.

    `mentions` has `va_core.records.MENTION_COLUMNS`; `documents` has doc_id, claimant_id,
    doc_type, doc_date, page_count, file_name; `knee_motion` (optional, as
    `Store.knee_motion_frame`) has claimant_id, doc_id, page_no, motion, degrees, laterality.
    `pages` (optional, as `Store.pages_frame`: claimant_id, doc_id, page_no, text) lets
    copies of a record count once (`duplicates`); `decisions` (optional, as
    `Store.decisions`: finding_key, decision, reviewer, decided_at, note) marks findings
    confirmed or rejected, and rejected ones stop counting (`review`); `page_views` (optional:
    doc_id, page_no, highlight) names the rendered pages findings link to (`page_links`).
    Rows of other claimants are ignored.
    """
    return _build([claimant_id], mentions, documents, knee_motion, pages, decisions, page_views)[0]


def build_summaries(
    mentions: pd.DataFrame,
    documents: pd.DataFrame,
    knee_motion: pd.DataFrame | None = None,
    pages: pd.DataFrame | None = None,
    decisions: pd.DataFrame | None = None,
    page_views: pd.DataFrame | None = None,
) -> list[dict[str, Any]]:
    """`build_summary` for every claimant in either table (sorted by id), in one pass."""
    ids = set(mentions["claimant_id"].dropna()) | set(documents["claimant_id"].dropna())
    return _build(sorted(ids), mentions, documents, knee_motion, pages, decisions, page_views)
