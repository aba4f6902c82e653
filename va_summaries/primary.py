"""The primary (back) condition: what it is and whether VA service-connected it."""

from __future__ import annotations

from typing import Any

import pandas as pd

from va_summaries.rows import to_findings

_PERCENT = r"(\d{1,3})\s*(?:%|percent\b)"


def _distinct_names(names: pd.Series) -> list[str]:
    """Condition names in first-seen order, case-insensitively de-duplicated."""
    names = names.dropna().astype(str).str.strip()
    names = names[names != ""]
    keep = ~names.str.lower().duplicated()
    return names[keep].tolist()


def primary_condition(veteran: pd.DataFrame) -> dict[str, Any]:
    """`service_connected` is true if any back condition was granted, false if only denied,
    null without a rating decision; `citations` are the decisions (else the back-condition
    mentions) with their pages."""
    back = veteran[veteran["concept"] == "back_condition"]
    decided = back[back["service_connection"].isin(("granted", "denied"))]
    granted = decided[decided["service_connection"] == "granted"]
    if len(granted):
        service_connected: bool | None = True
    elif len(decided):
        service_connected = False
    else:
        service_connected = None
    affirmed = back[back["assertion"] != "negated"]
    cited = decided if len(decided) else affirmed
    citations = to_findings(cited)
    percents = cited["snippet"].astype("string").str.extract(_PERCENT, expand=False).tolist()
    for rec, pct in zip(citations, percents, strict=True):
        rec["rating_percent"] = int(pct) if isinstance(pct, str) and int(pct) <= 100 else None
    return {
        "service_connected": service_connected,
        "conditions": _distinct_names(affirmed["condition"]),
        "granted_conditions": _distinct_names(granted["condition"]),
        "denied_conditions": _distinct_names(
            decided.loc[decided["service_connection"] == "denied", "condition"]
        ),
        "citations": citations,
    }
