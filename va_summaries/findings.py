"""Split mentions into evidence for, evidence against and other people; build timelines."""

from __future__ import annotations

from typing import Any

import pandas as pd

from va_summaries.labels import CONCEPT_ORDER, SIDE_ORDER
from va_summaries.review import rejected
from va_summaries.selection import ClaimantRows


def category_flags(frame: pd.DataFrame) -> dict[str, pd.Series]:
    """Every row lands in exactly one: the veteran's findings (present/possible), the
    veteran's negated findings (evidence against), or mentions of other people. A finding a
    reviewer rejected stays in its place but leaves the timeline (`timeline`, `dated_against`)."""
    veteran = frame["subject"] == "veteran"
    negated = frame["assertion"] == "negated"
    kept = ~rejected(frame)
    return {
        "finding": veteran & ~negated,
        "against": veteran & negated,
        "other": ~veteran,
        "timeline": veteran & (frame["assertion"] == "present") & kept,
        "timeline_against": veteran & negated & kept,
    }


def group_findings(rows: ClaimantRows) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """concept -> side -> the veteran's findings (chronological); every concept/side a key."""
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = {
        c: {s: [] for s in SIDE_ORDER} for c in CONCEPT_ORDER
    }
    for rec in rows.where("finding"):
        sides = grouped.setdefault(rec["concept"], {s: [] for s in SIDE_ORDER})
        sides.setdefault(rec["side"], []).append(rec)
    return grouped


def timelines(frame: pd.DataFrame, flag: pd.Series) -> dict[str, list[dict[str, Any]]]:
    """claimant -> per concept and side of the flagged rows: first/last date, counts.

    Dates and `years` are the records' (a copy filed later does not stretch the span);
    `n_records` counts a record and its copies once, `n_documents` counts every file."""
    rows = frame[flag]
    if rows.empty:
        return {}
    agg = rows.groupby(["claimant_id", "concept", "side"], sort=False).agg(
        first=("record_date", "min"),
        last=("record_date", "max"),
        n_documents=("doc_id", "nunique"),
        n_records=("record_id", "nunique"),
        n_mentions=("concept", "size"),
        n_dated=("record_date", "count"),
    )
    agg["n_undated"] = agg["n_mentions"] - agg.pop("n_dated")
    agg["years"] = ((agg["last"] - agg["first"]).dt.days / 365.25).round(1)
    agg["first"] = agg["first"].dt.strftime("%Y-%m-%d")
    agg["last"] = agg["last"].dt.strftime("%Y-%m-%d")
    agg = agg.reset_index()
    agg["_c"] = agg["concept"].map({c: i for i, c in enumerate(CONCEPT_ORDER)})
    agg["_s"] = agg["side"].map({s: i for i, s in enumerate(SIDE_ORDER)})
    agg = agg.sort_values(["claimant_id", "_c", "_s"], na_position="last", kind="stable")
    agg = agg.drop(columns=["_c", "_s"])
    for col in ("n_documents", "n_records", "n_mentions", "n_undated"):
        agg[col] = agg[col].astype("int64")
    plain = agg.astype(object).where(agg.notna(), None)
    out: dict[str, list[dict[str, Any]]] = {}
    for rec in plain.to_dict("records"):
        out.setdefault(rec.pop("claimant_id"), []).append(rec)
    return out
