"""HTML sections for each knee (diagnoses, motion, suggested rating) and the combined rating."""

from __future__ import annotations

from typing import Any

from va_summaries.html_parts import esc, table
from va_summaries.labels import KNEES


def _diagnoses(diagnoses: list[dict[str, Any]]) -> str:
    if not diagnoses:
        return '<p class="empty">No knee diagnosis documented (knee pain alone is not one).</p>'
    rows = [
        [
            esc(d["label"]),
            esc(d["first_documented"] or "undated"),
            esc(d["last_documented"] or "undated"),
            esc(d["n_records"]),
            esc("; ".join(d["imaging_citations"]) if d["imaging"] else "none found"),
            esc(d["citations"][0]),
        ]
        for d in diagnoses
    ]
    head = ["Diagnosis", "First documented", "Last", "Records", "Imaging", "First cited"]
    return table(head, rows, (3,))


def _motion(figures: list[dict[str, Any]]) -> str:
    if not figures:
        return '<p class="muted">No range-of-motion figures found.</p>'
    items = "".join(
        f"<li>{esc(f['motion'])} {esc(f['degrees'])}°"
        f"{' (bilateral)' if f['side'] == 'bilateral' else ''} — {esc(f['cite'])}</li>"
        for f in figures
    )
    return f'<ul class="notes">{items}</ul>'


def _rating(knee: dict[str, Any]) -> str:
    codes = ", ".join(f"DC {c['code']} ({c['title']})" for c in knee["suggested_codes"])
    rating = knee["suggested_rating"]
    if rating["percent"] is None:
        text = f"Suggested rating: none — {rating['reason']}."
    else:
        parts = "; ".join(
            f"DC {c['code']} {c['percent']}% ({c['basis']})" for c in rating["components"]
        )
        text = f"Suggested rating: {rating['percent']}% — {parts}."
    return f'<p>Suggested codes: {esc(codes or "none")}</p>\n<p class="rating">{esc(text)}</p>'


def knees_section(knees: dict[str, dict[str, Any]]) -> str:
    """One sub-section per knee."""
    out = ['<section class="knees"><h2>Knees</h2>']
    for side in KNEES:
        knee = knees[side]
        out.append(f"<h3>{esc(side.capitalize())} knee</h3>")
        out.append(_diagnoses(knee["diagnoses"]))
        out.append(_motion(knee["range_of_motion"]))
        if knee["painful_motion"]:
            cites = "; ".join(knee["painful_motion"])
            out.append(f"<p>Painful motion documented: {esc(cites)}</p>")
        out.append(_rating(knee))
    out.append(
        '<p class="muted">Schedule figures: 38 CFR 4.71a, DC 5260 (flexion limited to 60° 0%,'
        " 45° 10%, 30° 20%, 15° 30%) and DC 5261 (extension limited to 5° 0%, 10° 10%,"
        " 15° 20%, 20° 30%, 30° 40%, 45° 50%), rated separately; painful motion at least 10%"
        " (4.59). Range of motion from the latest document that measured the knee.</p>"
    )
    out.append("</section>")
    return "\n".join(out)


def _combined_cell(result: dict[str, Any] | None) -> str:
    if result is None:
        return "—"
    bilateral = (
        f" (bilateral factor: {'+'.join(map(str, result['bilateral_ratings']))}"
        f" → {result['bilateral_value']})"
        if result["bilateral_value"] is not None
        else ""
    )
    return f"{result['combined']}% (value {result['combined_value']}{bilateral})"


def combined_section(combined: dict[str, Any]) -> str:
    """Current combined rating and the three what-ifs, with the caveats."""
    current = combined["current"]
    basis = (
        "; ".join(
            f"{r['condition'] or 'back condition'} {r['percent']}% — {r['cite']}"
            for r in current["ratings"]
        )
        if current
        else "no granted rating with a percent found"
    )
    rows = [["Current", esc(_combined_cell(current)), esc(basis)]]
    for key, label in (
        ("left", "Left knee granted"),
        ("right", "Right knee granted"),
        ("both", "Both knees granted"),
    ):
        result = combined["if_granted"][key]
        detail = ""
        if result is not None:
            detail = ", ".join(
                f"{side} knee {'+'.join(map(str, r))}%"
                for side, r in result["knee_ratings"].items()
                if r
            )
        rows.append([esc(label), esc(_combined_cell(result)), esc(detail)])
    notes = "".join(f"<li>{esc(n)}</li>" for n in combined["notes"])
    return (
        '<section class="combined"><h2>Combined rating (38 CFR 4.25, 4.26)</h2>\n'
        + table(["", "Combined", "From"], rows)
        + f'\n<ul class="notes muted">{notes}</ul></section>'
    )
