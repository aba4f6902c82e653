"""The primary (back) condition: what it is and whether VA service-connected it."""

from __future__ import annotations

from typing import Any

import pandas as pd

from va_summaries.review import rejected
from va_summaries.selection import ClaimantRows

_PERCENT = r"(\d{1,3})\s*(?:%|percent\b)"


def primary_flags(frame: pd.DataFrame) -> dict[str, pd.Series]:
    """Vectorised row flags: granted / denied decisions and affirmed back conditions."""
    back = (
        (frame["subject"] == "veteran") & (frame["concept"] == "back_condition") & ~rejected(frame)
    )
    decision = frame["service_connection"]
    return {
        "sc|granted": back & (decision == "granted"),
        "sc|denied": back & (decision == "denied"),
        "sc|decided": back & decision.isin(("granted", "denied")),
        "back|affirmed": back & (frame["assertion"] != "negated"),
    }


def rating_percents(frame: pd.DataFrame) -> list[int | None]:
    """A decision's percent per row (None elsewhere): the tagger's `rating_percent`, else the
    first percentage its snippet states ("... 20 percent")."""
    decided = frame["service_connection"].isin(("granted", "denied"))
    found = frame["snippet"].where(decided).astype("string").str.extract(_PERCENT, expand=False)
    stated = pd.to_numeric(frame["rating_percent"], errors="coerce").where(decided)
    values = stated.fillna(pd.to_numeric(found, errors="coerce"))
    values = values.to_numpy(dtype="float64", na_value=float("nan"))
    return [int(v) if v == v and v <= 100 else None for v in values.tolist()]


def _distinct_names(rows: list[dict[str, Any]]) -> list[str]:
    """Condition names in first-seen order, case-insensitively de-duplicated."""
    seen: dict[str, str] = {}
    for r in rows:
        name = (r["condition"] or "").strip()
        if name:
            seen.setdefault(name.lower(), name)
    return list(seen.values())


def primary_condition(rows: ClaimantRows, percents: list[int | None]) -> dict[str, Any]:
    """`service_connected`: true if any back condition was granted, false if only denied,
    null without a rating decision. `citations`: the decisions (else the back-condition
    mentions), each with its page and any stated `rating_percent`."""
    granted, decided = rows.where("sc|granted"), rows.where("sc|decided")
    affirmed = rows.where("back|affirmed")
    service_connected = True if granted else False if decided else None
    cited = rows.positions_where("sc|decided" if decided else "back|affirmed")
    citations = [{**rows.table.records[i], "rating_percent": percents[i]} for i in cited]
    return {
        "service_connected": service_connected,
        "conditions": _distinct_names(affirmed),
        "granted_conditions": _distinct_names(granted),
        "denied_conditions": _distinct_names(rows.where("sc|denied")),
        "citations": citations,
    }
