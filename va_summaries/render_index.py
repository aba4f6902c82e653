"""Render the index page that links every claimant's summary."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from va_summaries.html_parts import badge, esc, page, table
from va_summaries.labels import KNEES, MECHANISMS

_SC = {True: ("granted", "yes"), False: ("denied", "no")}


def _status(summary: dict[str, Any], knee: str, mechanism: str) -> str:
    for p in summary["pathways"]:
        if p["knee"] == knee and p["mechanism"] == mechanism:
            return badge(p["status"], p["status"])
    return ""


def _n_findings(summary: dict[str, Any]) -> int:
    return sum(len(items) for sides in summary["findings"].values() for items in sides.values())


def render_index(summaries: list[dict[str, Any]], link_suffix: str = ".html") -> str:
    """One row per claimant: link, service connection, the four pathway badges, counts."""
    ordered = sorted(summaries, key=lambda s: str(s["claimant_id"]))
    rows = []
    for s in ordered:
        cid = str(s["claimant_id"])
        g = s["generated_from"]
        sc_cls, sc_label = _SC.get(s["primary"]["service_connected"], ("unknown", "no decision"))
        rows.append(
            [
                f'<a href="{esc(quote(cid + link_suffix))}">{esc(cid)}</a>',
                badge(sc_cls, sc_label),
                *[_status(s, k, m) for k in KNEES for m in MECHANISMS],
                esc(_n_findings(s)),
                esc(len(s["evidence_against"])),
                esc(len(s["other_subjects"])),
                esc(g["documents"]),
                esc(g["pages"]),
            ]
        )
    head = [
        "Claimant",
        "Back SC",
        "Left knee: radiculopathy",
        "Left knee: gait",
        "Right knee: radiculopathy",
        "Right knee: gait",
        "Findings",
        "Against",
        "Other people",
        "Documents",
        "Pages",
    ]
    supported = sum(any(p["status"] == "supported" for p in s["pathways"]) for s in ordered)
    body = (
        "<header><h1>Evidence summaries</h1>"
        f"<p>{len(ordered)} claimants; {supported} with at least one supported pathway.</p>"
        "</header>\n" + table(head, rows, (6, 7, 8, 9, 10))
    )
    return page("Evidence summaries", body)
