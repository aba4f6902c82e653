"""Split mentions into evidence for, evidence against and other people; build the timeline."""

from __future__ import annotations

from typing import Any

import pandas as pd

from va_summaries.labels import CONCEPT_ORDER, SIDE_ORDER
from va_summaries.rows import to_findings


def split_mentions(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(veteran findings, veteran negated, other subjects): every row lands in exactly one."""
    veteran = frame["subject"] == "veteran"
    negated = frame["assertion"] == "negated"
    return frame[veteran & ~negated], frame[veteran & negated], frame[~veteran]


def group_findings(frame: pd.DataFrame) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """concept -> side -> findings (chronological). Every concept and side is a key."""
    concepts = list(CONCEPT_ORDER) + sorted(set(frame["concept"].dropna()) - set(CONCEPT_ORDER))
    sides = list(SIDE_ORDER) + sorted(set(frame["side"].dropna()) - set(SIDE_ORDER))
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = {
        c: {s: [] for s in sides} for c in concepts
    }
    for rec in to_findings(frame):
        grouped[rec["concept"]][rec["side"]].append(rec)
    return grouped


def timeline(findings: pd.DataFrame) -> list[dict[str, Any]]:
    """Per concept and side of the veteran's present findings: first/last date, documents."""
    present = findings[findings["assertion"] == "present"]
    if present.empty:
        return []
    agg = present.groupby(["concept", "side"], sort=False).agg(
        first=("date", "min"),
        last=("date", "max"),
        n_documents=("doc_id", "nunique"),
        n_mentions=("concept", "size"),
        n_dated=("date", "count"),
    )
    agg["n_undated"] = agg["n_mentions"] - agg.pop("n_dated")
    agg["years"] = ((agg["last"] - agg["first"]).dt.days / 365.25).round(1)
    agg["first"] = agg["first"].dt.strftime("%Y-%m-%d")
    agg["last"] = agg["last"].dt.strftime("%Y-%m-%d")
    agg = agg.reset_index()
    agg["_c"] = agg["concept"].map({c: i for i, c in enumerate(CONCEPT_ORDER)})
    agg["_s"] = agg["side"].map({s: i for i, s in enumerate(SIDE_ORDER)})
    agg = agg.sort_values(["_c", "_s"], na_position="last").drop(columns=["_c", "_s"])
    plain = agg.astype(object).where(agg.notna(), None)
    return [
        {k: (int(v) if k.startswith("n_") else v) for k, v in rec.items()}
        for rec in plain.to_dict("records")
    ]
