"""Knee x mechanism pathways, status exactly per docs/ANNOTATION.md ("Pathways").

Only the veteran's own mentions count. A knee diagnosis on side X is a `present`
knee_condition on X or bilateral whose `knee_dx` is not `pain_only`. The radiculopathy
pathway needs `present` radiculopathy on X or bilateral; the antalgic-gait pathway needs
`present` antalgic gait protecting the opposite side. Both -> supported, one -> partial,
neither -> unsupported. `missing`, `chain` and `notes` explain the status; never change it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from va_summaries.labels import KNEES, MECHANISMS, OPPOSITE, knee_dx_label, roots_label
from va_summaries.review import rejected
from va_summaries.selection import ClaimantRows

_PRIMARY_MISSING = {
    False: "primary condition not service-connected",
    None: "no rating decision on the back condition",
}


def mechanism_sides(knee: str, mechanism: str) -> tuple[str, ...]:
    """Sides of the mechanism that load `knee`: same side or bilateral, or the opposite side."""
    return (knee, "bilateral") if mechanism == "radiculopathy" else (OPPOSITE[knee],)


def pathway_flags(frame: pd.DataFrame) -> dict[str, pd.Series]:
    """Vectorised row flags for every pathway question (aligned with `frame`)."""
    # A finding the reviewer rejected supports nothing (and argues against nothing).
    veteran = (frame["subject"] == "veteran") & ~rejected(frame)
    present = veteran & (frame["assertion"] == "present")
    possible = veteran & (frame["assertion"] == "possible")
    negated = veteran & (frame["assertion"] == "negated")
    side, concept = frame["side"], frame["concept"]
    is_knee = concept == "knee_condition"
    pain_only = frame["knee_dx"] == "pain_only"
    unsided = side == "unspecified"
    flags: dict[str, pd.Series] = {"knee|unsided": present & is_knee & unsided}
    rejected_present = (
        (frame["subject"] == "veteran") & rejected(frame) & (frame["assertion"] == "present")
    )
    for mech in MECHANISMS:
        flags[f"{mech}|unsided"] = present & (concept == mech) & unsided
    for knee in KNEES:
        on_knee = is_knee & side.isin((knee, "bilateral"))
        flags[f"{knee}|dx"] = present & on_knee & ~pain_only
        flags[f"{knee}|pain"] = present & on_knee & pain_only
        flags[f"{knee}|dx|possible"] = possible & on_knee
        flags[f"{knee}|dx|against"] = (
            negated & is_knee & side.isin((knee, "bilateral", "unspecified"))
        )
        for mech in MECHANISMS:
            sides = mechanism_sides(knee, mech)
            is_mech = concept == mech
            flags[f"{knee}|{mech}"] = present & is_mech & side.isin(sides)
            flags[f"{knee}|{mech}|rejected"] = rejected_present & (
                (is_mech & side.isin(sides)) | (on_knee & ~pain_only)
            )
            flags[f"{knee}|{mech}|possible"] = possible & is_mech & side.isin(sides)
            flags[f"{knee}|{mech}|against"] = negated & is_mech & side.isin((*sides, "unspecified"))
    return flags


def _repeat_note(rows: list[dict[str, Any]]) -> str:
    """ " (first of 4 records, last 2021-06-01)" for evidence in several records (copies of
    a record count once)."""
    records = {r["record_id"] for r in rows}
    if len(records) <= 1:
        return ""
    dated = [r["date"] for r in rows if r["date"]]
    return f" (first of {len(records)} records{f', last {dated[-1]}' if dated else ''})"


def _radiculopathy_step(rows: list[dict[str, Any]]) -> str:
    first = rows[0]
    side = first["side"].capitalize() if first["side"] != "unspecified" else ""
    roots = roots_label(sorted({root for r in rows for root in r["nerve_roots"]}))
    severities = [r["severity"] for r in rows if r["severity"]]
    severity = f", {severities[-1]}" if severities else ""
    head = " ".join(p for p in (side, roots, "radiculopathy") if p)
    return f"{head}{severity} — {first['cite']}{_repeat_note(rows)}"


def _gait_step(rows: list[dict[str, Any]], knee: str) -> str:
    return (
        f"Antalgic gait favouring the {OPPOSITE[knee]}, loading the {knee} knee"
        f" — {rows[0]['cite']}{_repeat_note(rows)}"
    )


def _knee_steps(rows: list[dict[str, Any]]) -> list[str]:
    by_dx: dict[str | None, list[dict[str, Any]]] = {}
    for r in rows:
        by_dx.setdefault(r["knee_dx"], []).append(r)
    steps = []
    for dx, group in by_dx.items():
        first = group[0]
        side = first["side"].capitalize()
        steps.append(f"{side} knee {knee_dx_label(dx)} — {first['cite']}{_repeat_note(group)}")
    return steps


def _primary_step(primary: dict[str, Any]) -> list[str]:
    if primary["service_connected"] is not True:
        return []
    first = next(c for c in primary["citations"] if c["service_connection"] == "granted")
    name = first["condition"] or "back condition"
    pct = f", {first['rating_percent']}%" if first.get("rating_percent") is not None else ""
    return [f"{name[0].upper()}{name[1:]} service-connected{pct} — {first['cite']}"]


def _notes(rows: ClaimantRows, knee: str, mech: str, has_mech: bool, has_dx: bool) -> list[str]:
    word = mech.replace("_", " ")
    against_sides = "/".join(mechanism_sides(knee, mech))
    counted: list[tuple[str, str]] = []
    if not has_mech:
        counted += [
            (f"{knee}|{mech}|possible", f"{word} for the {knee} knee only possible"),
            (f"{mech}|unsided", f"{word} documented without a side"),
        ]
    if not has_dx:
        counted += [
            (f"{knee}|pain", f"{knee} knee pain documented without a diagnosis"),
            (f"{knee}|dx|possible", f"{knee} knee diagnosis only possible"),
            ("knee|unsided", "knee condition documented without a side"),
        ]
    counted += [
        (f"{knee}|{mech}|rejected", "rejected by the reviewer, not counted"),
        (f"{knee}|{mech}|against", f"evidence against {word} ({against_sides} or no side)"),
        (f"{knee}|dx|against", f"evidence against a {knee} knee condition"),
    ]
    notes = []
    for flag, text in counted:
        n = rows.n_records(flag)
        if n:
            notes.append(f"{text}: {n} record{'s' if n != 1 else ''}")
    return notes


def _pathway(rows: ClaimantRows, knee: str, mech: str, primary: dict[str, Any]) -> dict[str, Any]:
    mech_rows = rows.where(f"{knee}|{mech}")
    dx_rows = rows.where(f"{knee}|dx")
    has_mech, has_dx = bool(mech_rows), bool(dx_rows)
    status = (
        "supported" if has_mech and has_dx else "partial" if has_mech or has_dx else "unsupported"
    )
    missing = []
    if not has_mech:
        missing.append(
            f"no radiculopathy documented on the {knee}"
            if mech == "radiculopathy"
            else f"no antalgic gait favouring the {OPPOSITE[knee]} (opposite) side"
        )
    if not has_dx:
        missing.append(f"no knee diagnosis on the {knee}")
    if primary["service_connected"] is not True:
        missing.append(_PRIMARY_MISSING[primary["service_connected"]])
    chain = _primary_step(primary)
    if has_mech:
        chain.append(
            _radiculopathy_step(mech_rows)
            if mech == "radiculopathy"
            else _gait_step(mech_rows, knee)
        )
    chain += _knee_steps(dx_rows)
    return {
        "knee": knee,
        "mechanism": mech,
        "status": status,
        "missing": missing,
        "chain": chain,
        "notes": _notes(rows, knee, mech, has_mech, has_dx),
        "evidence": {
            "mechanism": [r["mention_id"] for r in mech_rows],
            "knee": [r["mention_id"] for r in dx_rows],
        },
    }


def pathways(rows: ClaimantRows, primary: dict[str, Any]) -> list[dict[str, Any]]:
    """All four knee x mechanism entries for one claimant."""
    return [_pathway(rows, k, m, primary) for k in KNEES for m in MECHANISMS]
