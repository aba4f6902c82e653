"""The timeline plot: records per year per concept and side, and its inline SVG."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

from tests.unit.test_summaries import CID, documents, frame, m
from va_summaries import build_summary, render_html
from va_summaries.render_timeline import timeline_svg


def gait(doc: str, assertion: str = "present", side: str = "right", **extra: object) -> dict:
    return m(
        "antalgic_gait",
        "antalgic gait",
        f"Gait: antalgic gait favoring the {side}.",
        doc=doc,
        assertion=assertion,
        laterality=side,
        **extra,
    )


def _svg(html: str) -> ET.Element:
    found = re.search(r'<svg class="timeline".*?</svg>', html, re.S)
    assert found, "no timeline svg"
    return ET.fromstring(found.group(0))  # well-formed XML, or this raises


def test_plot_counts_records_per_year_for_and_against() -> None:
    rows = [
        gait("D2"),
        gait("D2"),  # same record, same year: counted once
        gait("D4"),
        gait("D3", assertion="negated"),  # 2020, evidence against
        gait("D5"),  # undated
        gait("D4", subject="other"),  # someone else's gait: not plotted
        gait("D2", assertion="possible"),  # neither for nor against
        m("radiculopathy", "L4 radiculopathy", doc="D1", laterality="left"),
    ]
    plot = build_summary(CID, frame(rows), documents())["timeline_plot"]
    assert plot["years"] == [2018, 2021]
    assert plot["undated"] == 1
    lanes = {(ln["concept"], ln["side"]): ln for ln in plot["lanes"]}
    assert list(lanes) == [("radiculopathy", "left"), ("antalgic_gait", "right")]
    assert lanes[("antalgic_gait", "right")]["for"] == {"2019": 1, "2021": 1}
    assert lanes[("antalgic_gait", "right")]["against"] == {"2020": 1}
    assert lanes[("radiculopathy", "left")]["for"] == {"2018": 1}
    json.dumps(plot, allow_nan=False)


def test_svg_draws_one_marker_per_lane_year_and_prints_counts() -> None:
    rows = [gait("D2"), gait("D4"), gait("D3", assertion="negated")]
    rows += [gait(d, side="left") for d in ("D1", "D2", "D3")]
    s = build_summary(CID, frame(rows), documents())
    html = render_html(s)
    svg = _svg(html)
    circles = svg.findall(".//circle")
    squares = [r for r in svg.findall(".//rect") if r.get("class") != "band"]
    assert len(circles) == 5 and len(squares) == 1
    titles = [t.text for t in svg.iter("title")]
    assert "Antalgic gait, right, 2020: 1 record against" in titles
    years = [t.text for t in svg.iter("text") if t.get("class") == "year"]
    assert years == ["2018", "2019", "2020", "2021"]
    assert "<script" not in html and "http" not in html


def test_several_records_in_a_year_print_their_number() -> None:
    s = build_summary(CID, frame([gait("D2"), gait("D4", doc_date="2019-11-30")]), documents())
    assert s["timeline_plot"]["lanes"][0]["for"] == {"2019": 2}
    svg = _svg(render_html(s))
    assert [t.text for t in svg.iter("text") if t.get("class") == "n"] == ["2"]


def test_long_spans_label_fewer_years() -> None:
    plot = {
        "years": [1990, 2025],
        "lanes": [{"concept": "radiculopathy", "side": "left", "for": {"1990": 1}, "against": {}}],
        "undated": 0,
    }
    svg = ET.fromstring(timeline_svg(plot).split("<p ")[0])
    labels = [int(t.text) for t in svg.iter("text") if t.get("class") == "year"]
    assert labels[0] == 1990 and labels[-1] == 2025
    assert len(labels) <= 17 and len(labels) >= 8


def test_nothing_dated_no_plot() -> None:
    s = build_summary(CID, frame([gait("D5")]), documents())
    assert s["timeline_plot"]["lanes"] == [] and s["timeline_plot"]["undated"] == 1
    assert '<svg class="timeline"' not in render_html(s)
    empty = build_summary(CID, frame([]), documents().iloc[0:0])
    assert empty["timeline_plot"] is None
