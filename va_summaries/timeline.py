"""Data for the timeline plot: records per year, per concept and side, for and against.

One vectorised count over all claimants; a record is counted once a year however many
mentions (or copies, see `duplicates`) it has.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from va_summaries.labels import CONCEPT_ORDER, SIDE_ORDER

_LANE_ORDER = {lane: i for i, lane in enumerate((c, s) for c in CONCEPT_ORDER for s in SIDE_ORDER)}


def timeline_plots(frame: pd.DataFrame, flags: dict[str, pd.Series]) -> dict[str, dict[str, Any]]:
    """claimant -> {"years": [first, last], "lanes": [{concept, side, for, against}],
    "undated": n}; `for`/`against` map a year (str) to the number of records that year.

    `flags["timeline"]` marks the evidence for (present), `flags["timeline_against"]` the
    negated findings; rows without a date are counted in `undated`, not plotted."""
    kind = pd.Series(pd.NA, index=frame.index, dtype="string")
    kind[flags["timeline_against"]] = "against"
    kind[flags["timeline"]] = "for"
    chosen = kind.notna()
    if not chosen.any():
        return {}
    rows = frame.loc[chosen, ["claimant_id", "concept", "side", "record_id", "record_date"]]
    rows = rows.assign(kind=kind[chosen], year=rows["record_date"].dt.year)
    undated = rows[rows["year"].isna()].groupby("claimant_id")["record_id"].nunique()
    dated = rows[rows["year"].notna()]
    counts = dated.groupby(["claimant_id", "concept", "side", "kind", "year"], sort=True)[
        "record_id"
    ].nunique()
    out: dict[str, dict[str, Any]] = {}
    lanes: dict[tuple[str, str, str], dict[str, Any]] = {}
    for (cid, concept, side, which, year), n in counts.items():
        lane = lanes.get((cid, concept, side))
        if lane is None:
            lane = {"concept": concept, "side": side, "for": {}, "against": {}}
            lanes[(cid, concept, side)] = lane
            plot = out.setdefault(cid, {"years": None, "lanes": [], "undated": 0})
            plot["lanes"].append(lane)
        lane[which][str(int(year))] = int(n)
    for plot in out.values():
        plot["lanes"].sort(key=lambda ln: _LANE_ORDER.get((ln["concept"], ln["side"]), 99))
        years = [int(y) for ln in plot["lanes"] for part in ("for", "against") for y in ln[part]]
        plot["years"] = [min(years), max(years)]
    for cid, n in undated.items():
        out.setdefault(cid, {"years": None, "lanes": [], "undated": 0})["undated"] = int(n)
    return out
