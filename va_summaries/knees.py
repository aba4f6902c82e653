"""Each knee: diagnoses, imaging support, range of motion and what the schedule would give.

The suggested rating applies 38 CFR 4.71a (see `schedule`) to the veteran's own figures:
- only a side with a knee diagnosis is rated (knee pain alone is nothing to rate);
- range of motion is taken from the latest dated document that measured that side (a rating
  reflects the current state); within it the most limited figure counts;
- 5260 and 5261 are separate ratings; painful motion documented on the side raises a
  noncompensable result to 10% (4.59), never adds to a compensable one.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from va_summaries.combined_rating import combined_value
from va_summaries.labels import KNEES, cite, knee_dx_label
from va_summaries.review import rejected
from va_summaries.schedule import (
    PAINFUL_MOTION_MINIMUM,
    extension_percent,
    flexion_percent,
    suggested_codes,
)
from va_summaries.selection import ClaimantRows

_IMAGING_WORDS = r"(?i)\b(?:imaging|x-?rays?|radiograph\w*|mri|films?)\b"
# Pain on motion as an examiner records it; subjective "knee pain" alone is not painful motion.
_PAINFUL_MOTION = (
    r"(?i)\bpainful\s+(?:motion|movement|range|rom|flexion|extension)"
    r"|\bpain\s+(?:on|with|at|during|throughout)\s+(?:the\s+)?(?:end\s+of\s+)?"
    r"(?:motion|movement|range|rom|flexion|extension|active|passive)"
    r"|\bpain\s+(?:began|begins|starts|noted)\s+at\s+\d"
    r"|\bobjective\s+evidence\s+of\s+(?:localized\s+)?(?:pain|tenderness)"
)
MOTION_COLUMNS = ("claimant_id", "doc_id", "page_no", "motion", "degrees", "laterality")


def knee_flags(frame: pd.DataFrame) -> dict[str, pd.Series]:
    """Row flags: imaging-backed knee diagnoses and painful motion, per knee."""
    veteran = (frame["subject"] == "veteran") & ~rejected(frame)
    knee = (frame["concept"] == "knee_condition") & veteran
    # Only the veteran's knee rows need the patterns, and each distinct snippet once.
    snippets = frame.loc[knee, "snippet"]
    distinct = pd.Series(pd.unique(snippets.dropna()), dtype="string")
    imaging_words = dict(zip(distinct, distinct.str.contains(_IMAGING_WORDS), strict=True))
    painful_words = dict(zip(distinct, distinct.str.contains(_PAINFUL_MOTION), strict=True))
    imaging = (frame["doc_type"] == "imaging") | snippets.map(imaging_words).reindex(
        frame.index
    ).eq(True)
    painful = snippets.map(painful_words).reindex(frame.index).eq(True)
    flags = {}
    for side in KNEES:
        on = frame["side"].isin((side, "bilateral"))
        flags[f"{side}|imaging"] = knee & on & imaging & (frame["assertion"] == "present")
        flags[f"{side}|painful_motion"] = knee & on & painful & (frame["assertion"] != "negated")
    return flags


def motion_records(motion: pd.DataFrame | None, docs: pd.DataFrame) -> dict[str, list[dict]]:
    """claimant -> knee range-of-motion figures as plain dicts, chronological (undated last)."""
    if motion is None or motion.empty:
        return {}
    frame = motion[list(MOTION_COLUMNS)].merge(
        docs[["claimant_id", "doc_id", "doc_type", "doc_date"]],
        on=["claimant_id", "doc_id"],
        how="inner",
    )
    frame = frame.assign(
        _d=pd.to_datetime(frame["doc_date"], errors="coerce", format="ISO8601")
    ).sort_values(["claimant_id", "_d", "doc_id", "page_no"], na_position="last", kind="stable")
    out: dict[str, list[dict]] = {}
    for cid, doc_id, page, kind, degrees, side, doc_type, _date, when in frame.itertuples(
        index=False
    ):
        date = None if pd.isna(when) else when.strftime("%Y-%m-%d")
        out.setdefault(cid, []).append(
            {
                "motion": kind,
                "degrees": int(degrees),
                "side": side,
                "date": date,
                "doc_id": doc_id,
                "page": int(page),
                "cite": cite(date, doc_type, int(page)),
            }
        )
    return out


def _current(figures: list[dict], kind: str) -> dict | None:
    """The most limited figure of `kind` in the latest document that measured it."""
    of_kind = [f for f in figures if f["motion"] == kind]
    if not of_kind:
        return None
    dated = [f for f in of_kind if f["date"]]
    pool = dated or of_kind
    latest = max(f["date"] for f in pool) if dated else None
    same = [f for f in pool if f["date"] == latest]
    doc = same[-1]["doc_id"]
    same = [f for f in same if f["doc_id"] == doc]
    pick = min if kind == "flexion" else max
    return pick(same, key=lambda f: f["degrees"])


def _rating(dx_kinds: list[str], figures: list[dict], painful: list[dict]) -> dict[str, Any]:
    if not dx_kinds:
        return {
            "percent": None,
            "components": [],
            "reason": "no knee diagnosis on this side: nothing to rate",
        }
    components = []
    flex, ext = _current(figures, "flexion"), _current(figures, "extension")
    if flex:
        components.append(
            {
                "code": "5260",
                "percent": flexion_percent(flex["degrees"]),
                "basis": f"flexion to {flex['degrees']}° — {flex['cite']}",
            }
        )
    if ext:
        components.append(
            {
                "code": "5261",
                "percent": extension_percent(ext["degrees"]),
                "basis": f"extension lacking {ext['degrees']}° — {ext['cite']}",
            }
        )
    if painful and not any(c["percent"] for c in components):
        code = "5003" if "osteoarthritis" in dx_kinds else "5260"
        components.append(
            {
                "code": code,
                "percent": PAINFUL_MOTION_MINIMUM,
                "basis": f"painful motion, 38 CFR 4.59 — {painful[0]['cite']}",
            }
        )
    if not components:
        return {
            "percent": None,
            "components": [],
            "reason": "no range-of-motion figures or painful motion documented for this knee",
        }
    return {
        "percent": combined_value(c["percent"] for c in components),
        "components": components,
        "reason": None,
    }


def _diagnoses(rows: list[dict], imaging: set) -> list[dict[str, Any]]:
    by_kind: dict[str, list[dict]] = {}
    for r in rows:
        by_kind.setdefault(r["knee_dx"] or "other_diagnosis", []).append(r)
    out = []
    for kind, group in by_kind.items():
        dated = [r["date"] for r in group if r["date"]]
        backed = [r for r in group if r["mention_id"] in imaging]
        out.append(
            {
                "knee_dx": kind,
                "label": knee_dx_label(kind),
                "first_documented": dated[0] if dated else None,
                "last_documented": dated[-1] if dated else None,
                "n_documents": len({r["document"]["doc_id"] for r in group}),
                "n_records": len({r["record_id"] for r in group}),
                "imaging": bool(backed),
                "imaging_citations": [r["cite"] for r in backed],
                "citations": [r["cite"] for r in group],
                "mention_ids": [r["mention_id"] for r in group],
            }
        )
    return out


def knees(rows: ClaimantRows, motion: list[dict]) -> dict[str, dict[str, Any]]:
    """left/right -> diagnoses, range of motion, painful motion, suggested codes and rating."""
    out = {}
    for side in KNEES:
        dx_rows = rows.where(f"{side}|dx")
        imaging = {r["mention_id"] for r in rows.where(f"{side}|imaging")}
        diagnoses = _diagnoses(dx_rows, imaging)
        figures = [f for f in motion if f["side"] in (side, "bilateral")]
        painful = rows.where(f"{side}|painful_motion")
        kinds = [d["knee_dx"] for d in diagnoses]
        out[side] = {
            "diagnoses": diagnoses,
            "imaging": any(d["imaging"] for d in diagnoses),
            "range_of_motion": figures,
            "painful_motion": [r["cite"] for r in painful],
            "suggested_codes": suggested_codes(kinds, bool(figures)),
            "suggested_rating": _rating(kinds, figures, painful),
        }
    return out
