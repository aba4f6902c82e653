"""Rating-decision facts, knee range of motion, and the words that decide a finding."""

from __future__ import annotations

import pytest

from classifiers.measurements import find_knee_motion
from classifiers.rating_facts import rating_facts


@pytest.mark.parametrize(
    ("sentence", "code", "percent", "effective"),
    [
        (
            "Service connection for degenerative disc disease, lumbar spine (DC 5243), is granted "
            "with an evaluation of 20 percent effective March 1, 2015.",
            "5243",
            20,
            "2015-03-01",
        ),
        (
            "Evaluation of lumbosacral strain, which is currently 10 percent disabling, is "
            "increased to 40 percent effective 06/01/2019.",
            None,
            40,
            "2019-06-01",
        ),
        ("Lumbosacral strain, DC 5237, 40% effective 2016-02-01.", "5237", 40, "2016-02-01"),
        ("Diagnostic Code 5010-5260 assigned at 10 percent.", "5010-5260", 10, None),
        (
            "Radiculopathy, right lower extremity, under diagnostic code 8520, "
            "rated 10% disabling.",
            "8520",
            10,
            None,
        ),
        ("Service connection for right knee condition is denied.", None, None, None),
        ("Reports knee pain 100% of the time, worse on stairs.", None, None, None),
    ],
)
def test_rating_facts(
    sentence: str, code: str | None, percent: int | None, effective: str | None
) -> None:
    facts = rating_facts(sentence)
    assert (facts.diagnostic_code, facts.rating_percent, facts.effective_date) == (
        code,
        percent,
        effective,
    )


def test_an_increased_or_continued_evaluation_implies_service_connection() -> None:
    assert rating_facts(
        "Evaluation of IVDS, currently 20 percent disabling, is continued."
    ).implies_service_connection
    assert not rating_facts(
        "Service connection for lumbar strain is denied."
    ).implies_service_connection


def test_tagged_rating_decisions_carry_code_percent_date_and_grant() -> None:
    import classifiers

    text = (
        "DECISION\n1. Evaluation of lumbosacral strain, which is currently 10 percent disabling, "
        "is increased to 20 percent effective July 1, 2018.\n"
        "2. Service connection for spinal stenosis (5238) is granted with an evaluation of 10 "
        "percent effective 01/15/2019."
    )
    backs = [m for m in classifiers.tag_text(text) if m.concept == "back_condition"]
    assert [
        (m.condition, m.service_connection, m.rating_percent, m.effective_date, m.diagnostic_code)
        for m in backs
    ] == [
        ("lumbosacral strain", "granted", 20, "2018-07-01", None),
        ("spinal stenosis", "granted", 10, "2019-01-15", "5238"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "RIGHT KNEE: Flexion 0-95 degrees, extension -10 degrees. "
            "LEFT KNEE: flexion to 140, extension 0.",
            [
                ("flexion", 95, "right"),
                ("extension", 10, "right"),
                ("flexion", 140, "left"),
                ("extension", 0, "left"),
            ],
        ),
        (
            "Right knee\nFlexion (0 to 140): 0 to 95 degrees\n"
            "Extension (140 to 0): 140 to 10 degrees",
            [("flexion", 95, "right"), ("extension", 10, "right")],
        ),
        (
            "Lt knee ROM 0-110, lacks 5 degrees of extension.",
            [("flexion", 110, "left"), ("extension", 5, "left")],
        ),
        ("Knee exam: flexion limited to 90° on the right.", [("flexion", 90, "right")]),
        # Spine motion is not knee motion.
        ("Forward flexion (0 to 90): 0 to 55 degrees. Extension (0 to 30): 0 to 15 degrees.", []),
        ("Lumbar spine: flexion to 60 degrees with pain.", []),
    ],
)
def test_knee_range_of_motion(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(k.motion, k.degrees, k.laterality) for k in find_knee_motion(text)] == expected
    for k in find_knee_motion(text):
        assert text[k.start : k.end] == k.text


def test_evidence_spans_point_at_the_deciding_words() -> None:
    import classifiers

    text = "Pt denies radiating pain into the left leg."
    (m,) = classifiers.tag_text(text)
    assert (m.assertion, m.laterality) == ("negated", "left")
    words = sorted(text[s:e].lower() for s, e in m.evidence_spans)
    assert words == ["denies", "left"]


def test_form_findings_rest_on_their_checked_box() -> None:
    import classifiers

    text = "Does the Veteran have radicular pain? [ ] Yes [X] No"
    (m,) = classifiers.tag_text(text)
    assert m.assertion == "negated"
    assert [text[s:e] for s, e in m.evidence_spans] == ["[X]"]
