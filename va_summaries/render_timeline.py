"""The timeline plot as inline SVG: one lane per concept and side, one column per year.

No script, no external file: the SVG sits in the HTML and prints as vector graphics. Colour is
only a cue; the marker shape carries the meaning (filled disc = evidence for, open square =
evidence against) and a count is printed beside any marker that stands for several records.
"""

from __future__ import annotations

from typing import Any

from va_summaries.html_parts import esc
from va_summaries.labels import concept_label

LABEL_W = 190  # lane labels
RIGHT_PAD = 24
LANE_H = 24
TOP = 10
AXIS_H = 30
WIDTH = 760  # CSS pixels; the SVG scales down to the page width (viewBox)
_COLOURS = {
    "radiculopathy": "#1a4f9c",
    "antalgic_gait": "#1f7a3a",
    "knee_condition": "#8a3ab9",
    "back_condition": "#8a5a00",
}


def _radius(n: int) -> float:
    return min(4.0 + 1.6 * (n - 1) ** 0.5, 9.0)


def _label_step(n_years: int) -> int:
    """Print every year up to 16 columns, then every 2nd/5th/10th."""
    for step in (1, 2, 5, 10):
        if n_years <= 16 * step:
            return step
    return 20


def _marker(kind: str, x: float, y: float, n: int, colour: str, title: str) -> str:
    r = _radius(n)
    if kind == "for":
        shape = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}" stroke="#1d2330"/>'
    else:
        shape = (
            f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}"'
            f' fill="#fff" stroke="{colour}" stroke-width="2"/>'
        )
    count = f'<text x="{x + r + 2:.1f}" y="{y + 4:.1f}" class="n">{n}</text>' if n > 1 else ""
    return f"<g><title>{esc(title)}</title>{shape}{count}</g>"


def timeline_svg(plot: dict[str, Any] | None) -> str:
    """The plot for one claimant ('' when nothing dated was found)."""
    if not plot or not plot["lanes"] or plot["years"] is None:
        return ""
    first, last = plot["years"]
    n_years = last - first + 1
    lanes = plot["lanes"]
    plot_w = WIDTH - LABEL_W - RIGHT_PAD
    col = plot_w / n_years
    height = TOP + LANE_H * len(lanes) + AXIS_H

    def x_of(year: int) -> float:
        return LABEL_W + col * (year - first + 0.5)

    parts = [
        # No xmlns: inline SVG in HTML needs none, and the page must name no URL at all.
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}"'
        f' width="{WIDTH}" height="{height}" role="img"'
        f' aria-label="Records per year, {first} to {last}, per finding and side">'
    ]
    bottom = TOP + LANE_H * len(lanes)
    step = _label_step(n_years)
    # Bands first, so the year grid and markers draw over them.
    parts += [
        f'<rect x="0" y="{TOP + LANE_H * i}" width="{WIDTH}" height="{LANE_H}" class="band"/>'
        for i in range(0, len(lanes), 2)
    ]
    for year in range(first, last + 1):
        x = x_of(year)
        parts.append(f'<line x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{bottom}" class="grid"/>')
        if (year - first) % step == 0 or year == last:
            parts.append(
                f'<text x="{x:.1f}" y="{bottom + 18}" text-anchor="middle"'
                f' class="year">{year}</text>'
            )
    for i, lane in enumerate(lanes):
        y = TOP + LANE_H * (i + 0.5)
        label = f"{concept_label(lane['concept'])}, {lane['side']}"
        parts.append(f'<text x="4" y="{y + 4:.1f}" class="lane">{esc(label)}</text>')
        colour = _COLOURS.get(lane["concept"], "#1d2330")
        for kind, dx in (("for", -4.0), ("against", 4.0)):
            for year, n in sorted(lane[kind].items()):
                what = "record" if n == 1 else "records"
                title = f"{label}, {year}: {n} {what} {'for' if kind == 'for' else 'against'}"
                both = bool(lane["for"].get(year)) and bool(lane["against"].get(year))
                parts.append(
                    _marker(kind, x_of(int(year)) + (dx if both else 0.0), y, n, colour, title)
                )
    parts.append(
        f'<line x1="{LABEL_W}" y1="{bottom}" x2="{WIDTH - RIGHT_PAD}" y2="{bottom}" class="axis"/>'
    )
    parts.append("</svg>")
    legend = (
        '<p class="muted legend"><svg width="12" height="12" aria-hidden="true">'
        '<circle cx="6" cy="6" r="4.5" fill="#1d2330"/></svg> evidence for (present)'
        ' &nbsp; <svg width="12" height="12" aria-hidden="true"><rect x="1.5" y="1.5" width="9"'
        ' height="9" fill="#fff" stroke="#1d2330" stroke-width="2"/></svg> evidence against'
        " (negated) &nbsp; a number beside a marker: records that year (a record and its copies"
        " count once)."
    )
    if plot.get("undated"):
        legend += f" {esc(plot['undated'])} undated record(s) not plotted."
    return "".join(parts) + legend + "</p>"
