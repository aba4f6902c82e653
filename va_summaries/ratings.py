"""The summary's combined rating: today's, and what granting each knee would make it.

`current` reads the back condition's rating decisions only. The thoracolumbar spine is one
disability under the General Rating Formula (38 CFR 4.71a), so its rating is the latest granted
decision that states a percent, not a sum over every decision that names a back condition.
Other service-connected disabilities (tinnitus, hearing loss, ...) are not extracted, which the
output says. `if_granted` adds each knee's suggested ratings (4.25) and, for both knees, applies
the bilateral factor (4.26) through `combine_with_bilateral`.
"""

from __future__ import annotations

from typing import Any

from va_summaries.combined_rating import CombinedRating, combine_with_bilateral

NOTE = (
    "Counts only the back condition's rating decisions found in the records; other"
    " service-connected disabilities are not read and would raise the figures."
)


def _as_dict(result: CombinedRating) -> dict[str, Any]:
    return {
        "combined": result.combined,
        "combined_value": result.combined_value,
        "bilateral_value": result.bilateral_value,
        "bilateral_ratings": list(result.bilateral_ratings),
    }


def current_ratings(primary: dict[str, Any]) -> list[dict[str, Any]]:
    """The spine's rating: the latest granted decision with a percent (citations are dated)."""
    granted = [
        c
        for c in primary["citations"]
        if c["service_connection"] == "granted" and c.get("rating_percent") is not None
    ]
    if not granted:
        return []
    latest = granted[-1]  # citations are chronological, undated last
    dated = [c for c in granted if c["date"]]
    if dated:
        latest = dated[-1]
    return [
        {
            "condition": latest["condition"],
            "percent": latest["rating_percent"],
            "diagnostic_code": latest.get("diagnostic_code"),
            "effective_date": latest.get("effective_date"),
            "cite": latest["cite"],
        }
    ]


def combined_rating(primary: dict[str, Any], knees: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """{"current", "if_granted": {"left", "right", "both"}, "note"}; a knee without a
    suggested rating (no diagnosis, no figures) gives null where it is needed."""
    ratings = current_ratings(primary)
    base = [r["percent"] for r in ratings]
    current = _as_dict(combine_with_bilateral(base, [], [])) if ratings else None
    if current is not None:
        current["ratings"] = ratings
    legs = {
        side: [c["percent"] for c in knee["suggested_rating"]["components"]]
        if knee["suggested_rating"]["percent"] is not None
        else None
        for side, knee in knees.items()
    }
    if_granted: dict[str, Any] = {}
    for name, left, right in (
        ("left", legs["left"], []),
        ("right", [], legs["right"]),
        ("both", legs["left"], legs["right"]),
    ):
        if left is None or right is None:
            if_granted[name] = None
            continue
        if_granted[name] = _as_dict(combine_with_bilateral(base, left, right)) | {
            "knee_ratings": {"left": left, "right": right}
        }
    notes = [NOTE]
    if primary["service_connected"] is not True:
        notes.append(
            "The back condition is not shown service-connected: a knee cannot be granted"
            " secondary to it until it is; the figures show the arithmetic only."
        )
    return {"current": current, "if_granted": if_granted, "notes": notes}
