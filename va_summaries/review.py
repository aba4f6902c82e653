"""Reviewer decisions on findings: shown on every finding, and a rejected one stops counting.

Decisions are keyed by `finding_key` (see `va_core.store.finding_keys`), which re-tagging
reproduces, so a decision outlives every re-run. A rejected finding stays in the summary,
marked; it no longer supports a pathway, a knee diagnosis, a rating or the timeline.
"""

from __future__ import annotations

import pandas as pd

from va_summaries.frame import mask_column

DECISION_COLUMNS = ("finding_key", "decision", "reviewer", "decided_at", "note")
_REVIEW = {
    "decision": "review",
    "reviewer": "review_by",
    "decided_at": "review_at",
    "note": "review_note",
}


def apply_decisions(frame: pd.DataFrame, decisions: pd.DataFrame | None) -> pd.DataFrame:
    """Add review, review_by, review_at (ISO date) and review_note (SSN-masked) columns."""
    out = frame.drop(columns=list(_REVIEW.values()), errors="ignore")
    if decisions is None or decisions.empty or "finding_key" not in out.columns:
        for col in _REVIEW.values():
            out[col] = None
        return out
    dec = decisions.reindex(columns=list(DECISION_COLUMNS)).drop_duplicates("finding_key")
    dec = dec[dec["finding_key"].notna()].rename(columns=_REVIEW)
    when = pd.to_datetime(dec["review_at"], errors="coerce", utc=True)
    dec["review_at"] = when.dt.strftime("%Y-%m-%d")
    dec["review_note"] = mask_column(dec["review_note"])
    out = out.merge(dec, on="finding_key", how="left", validate="many_to_one")
    return out


def rejected(frame: pd.DataFrame) -> pd.Series:
    """Rows a reviewer rejected (none when decisions were not applied)."""
    if "review" not in frame.columns:
        return pd.Series(False, index=frame.index)
    return frame["review"] == "rejected"
