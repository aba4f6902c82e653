"""Knee x mechanism pathways, status exactly per docs/ANNOTATION.md ("Pathways").

Only the veteran's own mentions count. A knee diagnosis on side X is a `present`
knee_condition on X or bilateral whose `knee_dx` is not `pain_only`. The radiculopathy
pathway needs `present` radiculopathy on X or bilateral; the antalgic-gait pathway needs
`present` antalgic gait protecting the opposite side. Both -> supported, one -> partial,
neither -> unsupported. `missing`, `chain` and `notes` explain the status; they never change it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from va_summaries.labels import (
    KNEES,
    MECHANISMS,
    OPPOSITE,
    cite,
    knee_dx_label,
    roots_label,
)

_PRIMARY_MISSING = {
    False: "primary condition not service-connected",
    None: "no rating decision on the back condition",
}


def _on(frame: pd.DataFrame, concept: str, sides: tuple[str, ...]) -> pd.DataFrame:
    return frame[(frame["concept"] == concept) & frame["side"].isin(sides)]


def _cite_row(row: pd.Series) -> str:
    page = row["page_no"]
    return cite(
        row["date_iso"] if isinstance(row["date_iso"], str) else None,
        row["doc_type"] if isinstance(row["doc_type"], str) else None,
        int(page) if pd.notna(page) else None,
    )


def _span_note(rows: pd.DataFrame) -> str:
    """Repeat note such as " (first of 4 documents, last 2021-06-01)"; "" for one document."""
    docs = rows["doc_id"].nunique()
    if docs <= 1:
        return ""
    last = rows["date_iso"].dropna()
    tail = f", last {last.iloc[-1]}" if len(last) else ""
    return f" (first of {docs} documents{tail})"


def _roots(value: Any) -> list[str]:
    if value is None or isinstance(value, float | str):
        return [value] if isinstance(value, str) and value else []
    return [str(r) for r in value]


def _radiculopathy_step(rows: pd.DataFrame) -> str:
    first = rows.iloc[0]
    side = first["side"].capitalize() if first["side"] != "unspecified" else ""
    roots = roots_label(sorted({r for v in rows["nerve_roots"] for r in _roots(v)}))
    severities = rows["severity"].dropna()
    severity = f", {severities.iloc[-1]}" if len(severities) else ""
    head = " ".join(p for p in (side, roots, "radiculopathy") if p)
    return f"{head}{severity} — {_cite_row(first)}{_span_note(rows)}"


def _gait_step(rows: pd.DataFrame, knee: str) -> str:
    first = rows.iloc[0]
    return (
        f"Antalgic gait favouring the {OPPOSITE[knee]}, loading the {knee} knee"
        f" — {_cite_row(first)}{_span_note(rows)}"
    )


def _knee_steps(rows: pd.DataFrame) -> list[str]:
    steps = []
    for dx, group in rows.groupby(rows["knee_dx"].fillna("unknown"), sort=False):
        first = group.iloc[0]
        side = "Bilateral" if first["side"] == "bilateral" else first["side"].capitalize()
        label = knee_dx_label(None if dx == "unknown" else str(dx))
        steps.append(f"{side} knee {label} — {_cite_row(first)}{_span_note(group)}")
    return steps


def _primary_step(primary: dict[str, Any]) -> list[str]:
    if primary["service_connected"] is not True:
        return []
    granted = [c for c in primary["citations"] if c["service_connection"] == "granted"]
    first = granted[0]
    name = first["condition"] or "Back condition"
    pct = f", {first['rating_percent']}%" if first.get("rating_percent") is not None else ""
    return [f"{name[0].upper()}{name[1:]} service-connected{pct} — {first['cite']}"]


def _count_note(rows: pd.DataFrame, text: str) -> list[str]:
    return [text.format(n=rows["doc_id"].nunique())] if len(rows) else []


def _pathway(
    knee: str, mechanism: str, veteran: pd.DataFrame, primary: dict[str, Any]
) -> dict[str, Any]:
    present = veteran[veteran["assertion"] == "present"]
    possible = veteran[veteran["assertion"] == "possible"]
    negated = veteran[veteran["assertion"] == "negated"]
    knee_sides = (knee, "bilateral")
    knee_rows = _on(present, "knee_condition", knee_sides)
    knee_dx = knee_rows[knee_rows["knee_dx"] != "pain_only"]
    if mechanism == "radiculopathy":
        mech_sides: tuple[str, ...] = knee_sides
        mech_missing = f"no radiculopathy documented on the {knee}"
        mech_label = f"radiculopathy on the {knee}"
    else:
        mech_sides = (OPPOSITE[knee],)
        mech_missing = f"no antalgic gait favouring the {OPPOSITE[knee]} (opposite) side"
        mech_label = f"antalgic gait favouring the {OPPOSITE[knee]}"
    mech = _on(present, mechanism, mech_sides)
    has_mech, has_dx = len(mech) > 0, len(knee_dx) > 0
    status = (
        "supported" if has_mech and has_dx else "partial" if has_mech or has_dx else "unsupported"
    )

    missing = []
    if not has_mech:
        missing.append(mech_missing)
    if not has_dx:
        missing.append(f"no knee diagnosis on the {knee}")
    if primary["service_connected"] is not True:
        missing.append(_PRIMARY_MISSING[primary["service_connected"]])

    chain = _primary_step(primary)
    if has_mech:
        step = _radiculopathy_step(mech) if mechanism == "radiculopathy" else _gait_step(mech, knee)
        chain.append(step)
    if has_dx:
        chain.extend(_knee_steps(knee_dx))

    notes: list[str] = []
    if not has_mech:
        notes += _count_note(
            _on(possible, mechanism, mech_sides), f"{mech_label} only possible ({{n}} documents)"
        )
        notes += _count_note(
            _on(present, mechanism, ("unspecified",)),
            f"{mechanism.replace('_', ' ')} documented without a side ({{n}} documents)",
        )
    if not has_dx:
        notes += _count_note(
            knee_rows, f"{knee} knee pain documented without a diagnosis ({{n}} documents)"
        )
        notes += _count_note(
            _on(possible, "knee_condition", knee_sides),
            f"{knee} knee diagnosis only possible ({{n}} documents)",
        )
        notes += _count_note(
            _on(present, "knee_condition", ("unspecified",)),
            "knee condition documented without a side ({n} documents)",
        )
    notes += _count_note(
        _on(negated, mechanism, mech_sides + ("unspecified",)),
        f"evidence against {mechanism.replace('_', ' ')} ({{n}} documents)",
    )
    notes += _count_note(
        _on(negated, "knee_condition", knee_sides + ("unspecified",)),
        f"evidence against a {knee} knee condition ({{n}} documents)",
    )
    return {
        "knee": knee,
        "mechanism": mechanism,
        "status": status,
        "missing": missing,
        "chain": chain,
        "notes": notes,
        "evidence": {
            "mechanism": _ids(mech),
            "knee": _ids(knee_dx),
        },
    }


def _ids(rows: pd.DataFrame) -> list[Any]:
    ids = rows["mention_id"]
    return [int(i) if pd.api.types.is_number(i) else str(i) for i in ids.dropna().tolist()]


def pathways(veteran: pd.DataFrame, primary: dict[str, Any]) -> list[dict[str, Any]]:
    """All four knee x mechanism entries for the veteran's mentions (any assertion)."""
    return [_pathway(k, m, veteran, primary) for k in KNEES for m in MECHANISMS]
