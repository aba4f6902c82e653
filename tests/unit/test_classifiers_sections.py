"""Section awareness: family history, review-of-systems templates and plan sections read
differently from exam findings; a checked box whose label sits on the next line."""

from __future__ import annotations

import pytest

import classifiers


def _triples(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.concept, m.assertion, m.laterality, m.subject) for m in classifiers.tag_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        # CPRS-style family history block: the header decides the subject of what follows.
        "FAMILY HISTORY:\nOsteoarthritis of both knees.\nDegenerative disc disease.\n"
        "PHYSICAL EXAM:\nGait antalgic, favoring the right leg.",
        # Primary-care shorthand.
        "FHx: DJD knees, lumbar stenosis\nEXAM: Antalgic gait favoring R.",
        # Examiner narrative.
        "Family history is significant for knee osteoarthritis and lumbar degenerative disc "
        "disease. On examination the Veteran ambulates with an antalgic gait favoring the right.",
    ],
)
def test_family_history_sections_are_about_other_people(text: str) -> None:
    found = _triples(text)
    gait = [t for t in found if t[0] == "antalgic_gait"]
    assert gait == [("antalgic_gait", "present", "right", "veteran")]
    others = [t for t in found if t[0] != "antalgic_gait"]
    assert others and all(t[3] == "other" for t in others), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "REVIEW OF SYSTEMS:\nMSK: Negative for joint swelling, limp or radiating leg pain.",
            [("antalgic_gait", "negated"), ("radiculopathy", "negated")],
        ),
        (
            "ROS: (-) radiating pain, (+) knee pain",
            [("radiculopathy", "negated"), ("knee_condition", "present")],
        ),
        # A template's catch-all negates nothing in particular.
        (
            "ROS: All other systems reviewed and are negative.\nHPI: L knee OA, worse on stairs.",
            [("knee_condition", "present")],
        ),
    ],
)
def test_review_of_systems_templates(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted((t[0], t[1]) for t in _triples(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PLAN:\n1. MRI left knee to r/o meniscal tear.", [("knee_condition", "possible", "left")]),
        # An order to look for something is not a finding (corpus decision, as "Eval for DDD").
        ("Plan: EMG/NCS to evaluate for lumbar radiculopathy.", []),
        ("A/P: Continue PT for gait training and core strengthening.", []),
        ("Plan: f/u for right knee DJD in 3 months.", [("knee_condition", "present", "right")]),
    ],
)
def test_plan_sections(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [t[:3] for t in _triples(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Diagnoses (check all that apply):\n[X]\nDegenerative arthritis Side: [ ] Right [X] Left",
        "Knee diagnosis:\n☒\nDegenerative arthritis of the left knee",
    ],
)
def test_checked_box_whose_label_is_on_the_next_line(text: str) -> None:
    assert [t[:3] for t in _triples(text)] == [("knee_condition", "present", "left")]
