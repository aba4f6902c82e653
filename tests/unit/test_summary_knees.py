"""Knees (diagnoses, schedule ratings from range of motion) and the combined rating in summaries.

Expected percents are worked by hand from 38 CFR 4.71a, 4.25 and 4.26 in the comments.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

from tests.unit.test_summaries import CID, documents, frame, knee, m, sc
from va_summaries import build_summary, render_html
from va_summaries.schedule import extension_percent, flexion_percent


def motion(doc: str, kind: str, degrees: int, side: str, page: int = 1) -> dict[str, Any]:
    dates = dict(zip(documents()["doc_id"], documents()["doc_date"], strict=True))
    return {
        "claimant_id": CID,
        "doc_id": doc,
        "doc_date": dates[doc],
        "page_no": page,
        "motion": kind,
        "degrees": degrees,
        "laterality": side,
        "text": f"{kind} {degrees}",
    }


def summary(rows: list[dict[str, Any]], motions: list[dict[str, Any]] = ()) -> dict[str, Any]:
    return build_summary(CID, frame(rows), documents(), pd.DataFrame(list(motions)))


# DC 5260: flexion limited to 60° 0%, 45° 10%, 30° 20%, 15° 30%.
@pytest.mark.parametrize(
    ("degrees", "percent"),
    [
        (140, 0),
        (61, 0),
        (60, 0),
        (46, 0),
        (45, 10),
        (31, 10),
        (30, 20),
        (16, 20),
        (15, 30),
        (0, 30),
    ],
)
def test_flexion_rows_of_5260(degrees: int, percent: int) -> None:
    assert flexion_percent(degrees) == percent


# DC 5261: extension limited to 5° 0%, 10° 10%, 15° 20%, 20° 30%, 30° 40%, 45° 50%.
@pytest.mark.parametrize(
    ("deficit", "percent"),
    [(0, 0), (5, 0), (9, 0), (10, 10), (14, 10), (15, 20), (20, 30), (29, 30), (30, 40), (45, 50)],
)
def test_extension_rows_of_5261(deficit: int, percent: int) -> None:
    assert extension_percent(deficit) == percent


def test_flexion_and_extension_rate_separately_and_combine() -> None:
    rows = [sc(), knee("right", "osteoarthritis", "degenerative joint disease")]
    s = summary(
        rows, [motion("D4", "flexion", 40, "right"), motion("D4", "extension", 12, "right")]
    )
    right = s["knees"]["right"]
    assert [d["knee_dx"] for d in right["diagnoses"]] == ["osteoarthritis"]
    assert right["diagnoses"][0]["imaging"] is True  # D3 is an imaging report
    assert {c["code"] for c in right["suggested_codes"]} == {"5003", "5260", "5261"}
    rating = right["suggested_rating"]
    assert [(c["code"], c["percent"]) for c in rating["components"]] == [("5260", 10), ("5261", 10)]
    assert rating["percent"] == 19  # 10 + 10 x 0.9
    # Current: the back at 20%. Right knee granted: 20, 10, 10 -> 28 -> 35.2 = 35 -> 40.
    combined = s["combined_rating"]
    assert combined["current"]["combined"] == 20
    assert combined["if_granted"]["right"]["combined"] == 40
    assert combined["if_granted"]["right"]["combined_value"] == 35
    assert combined["if_granted"]["left"] is None and combined["if_granted"]["both"] is None
    html = render_html(s)
    assert "Suggested rating: 19%" in html and "Combined rating (38 CFR 4.25, 4.26)" in html


def test_both_knees_granted_apply_the_bilateral_factor() -> None:
    rows = [
        sc(),
        knee("right", "osteoarthritis", "DJD"),
        knee("left", "meniscal_tear", "meniscal tear", doc="D4"),
        m(
            "knee_condition",
            "left knee strain",
            "Left knee strain with painful motion on flexion.",
            laterality="left",
            knee_dx="other_diagnosis",
        ),
    ]
    motions = [
        motion("D4", "flexion", 40, "right"),
        motion("D4", "extension", 12, "right"),
        motion("D4", "flexion", 100, "left"),
    ]
    s = summary(rows, motions)
    left = s["knees"]["left"]["suggested_rating"]
    # Flexion 100 is 0% under 5260; painful motion lifts the knee to 10% (4.59).
    assert [(c["code"], c["percent"]) for c in left["components"]] == [
        ("5260", 0),
        ("5260", 10),
    ]
    assert left["percent"] == 10
    both = s["combined_rating"]["if_granted"]["both"]
    # Bilateral: 10, 10, 10 -> 19 -> 27.1 = 27; +10% = 29.7 -> 30. Then 30 and 20 -> 44 -> 40.
    assert (both["bilateral_value"], both["combined_value"], both["combined"]) == (30, 44, 40)
    assert both["bilateral_ratings"] == [10, 10, 10]


def test_painful_motion_never_adds_to_a_compensable_rating() -> None:
    rows = [
        sc(),
        m(
            "knee_condition",
            "osteoarthritis",
            "Right knee osteoarthritis, pain on motion.",
            laterality="right",
            knee_dx="osteoarthritis",
        ),
    ]
    s = summary(rows, [motion("D4", "flexion", 45, "right")])
    rating = s["knees"]["right"]["suggested_rating"]
    assert s["knees"]["right"]["painful_motion"]
    assert [(c["code"], c["percent"]) for c in rating["components"]] == [("5260", 10)]


def test_painful_motion_alone_rates_arthritis_under_5003() -> None:
    rows = [
        sc(),
        m(
            "knee_condition",
            "degenerative arthritis",
            "Left knee degenerative arthritis with painful motion.",
            laterality="left",
            knee_dx="osteoarthritis",
        ),
    ]
    rating = summary(rows)["knees"]["left"]["suggested_rating"]
    assert [(c["code"], c["percent"]) for c in rating["components"]] == [("5003", 10)]


def test_the_latest_measurement_counts() -> None:
    rows = [sc(), knee("left", "limited_motion", "limited motion")]
    motions = [
        motion("D2", "flexion", 30, "left"),  # 2019: 20%
        motion("D4", "flexion", 100, "bilateral"),  # 2021: 0%
        motion("D4", "flexion", 90, "left", page=2),  # 2021, more limited: still 0%
        motion("D5", "flexion", 10, "left"),  # undated: not the current state
    ]
    rating = summary(rows, motions)["knees"]["left"]["suggested_rating"]
    assert rating["percent"] == 0
    assert "flexion to 90°" in rating["components"][0]["basis"]
    assert "2021-06-01" in rating["components"][0]["basis"]


def test_no_diagnosis_no_rating_even_with_motion_and_pain() -> None:
    rows = [sc(), knee("right", "pain_only", "knee pain")]
    s = summary(rows, [motion("D4", "flexion", 30, "right")])
    right = s["knees"]["right"]
    assert right["diagnoses"] == [] and right["suggested_codes"] == []
    assert right["suggested_rating"]["percent"] is None
    assert "no knee diagnosis" in right["suggested_rating"]["reason"]
    assert s["combined_rating"]["if_granted"] == {"left": None, "right": None, "both": None}


def test_a_diagnosis_without_figures_has_codes_but_no_rating() -> None:
    unstable = m(
        "knee_condition",
        "lateral instability",
        "Left knee lateral instability on exam.",
        doc="D4",
        laterality="left",
        knee_dx="instability",
    )
    s = summary([sc(), unstable])
    left = s["knees"]["left"]
    assert [c["code"] for c in left["suggested_codes"]] == ["5257"]
    assert left["diagnoses"][0]["imaging"] is False  # a treatment note, no imaging words
    assert left["suggested_rating"]["percent"] is None
    assert "no range-of-motion" in left["suggested_rating"]["reason"]


def test_current_rating_is_the_latest_granted_decision() -> None:
    first = sc()
    later = sc() | {
        "mention_id": 999_001,
        "doc_id": "D4",
        "doc_date": "2021-06-01",
        "snippet": "Evaluation of lumbosacral strain is increased to 40 percent.",
        "rating_percent": 40,
    }
    current = summary([first, later])["combined_rating"]["current"]
    assert [r["percent"] for r in current["ratings"]] == [40]
    assert current["combined"] == 40


def test_stated_rating_percent_wins_over_the_snippet() -> None:
    row = sc() | {"snippet": "Service connection granted (10% tinnitus listed above), 30 percent."}
    row["rating_percent"] = 30
    s = summary([row])
    assert s["primary"]["citations"][0]["rating_percent"] == 30
    assert s["combined_rating"]["current"]["combined"] == 30


def test_denied_back_has_no_current_rating_and_says_why() -> None:
    s = summary(
        [sc("denied"), knee("right", "osteoarthritis", "DJD")],
        [motion("D4", "flexion", 40, "right")],
    )
    combined = s["combined_rating"]
    assert combined["current"] is None
    assert combined["if_granted"]["right"]["combined"] == 10
    assert any("not shown service-connected" in n for n in combined["notes"])
    assert "no granted rating with a percent found" in render_html(s)
