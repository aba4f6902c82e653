"""Phenomena found in the train/dev records of the third and fourth corpus authors
(rules-7), each in several styles."""

from __future__ import annotations

import pytest

from classifiers import tag_text


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m.concept, m.assertion, m.laterality) for m in tag_text(text)]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("States pain now shoots down the back of the L leg to the calf.", "left"),
        ("He complained of pain going down his right leg.", "right"),
        ("Burning pain down the lateral R leg into the dorsum of the foot.", "right"),
        ("Pain sometimes radiates into the left thigh.", "left"),
        ("c/o sharp pain down the right leg when bending", "right"),
    ],
)
def test_radiating_leg_pain_in_free_wording(text: str, side: str) -> None:
    assert _found(text) == [("radiculopathy", "present", side)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sciatica, probable, R side.", [("radiculopathy", "possible", "right")]),
        ("PMH: h/o sciatica (resolved 2016)", [("radiculopathy", "negated", "unspecified")]),
        ("Lumbar strain (resolved)", [("back_condition", "negated", "unspecified")]),
    ],
)
def test_hedge_or_resolution_written_after_the_finding(text: str, expected: list) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "side", "subject"),
    [
        ("Father had both knees replaced at 70.", "bilateral", "other"),
        ("I had my right knee replaced in 2020.", "right", "veteran"),
        ("Mother - DM2, bilat knee replacements", "bilateral", "other"),
    ],
)
def test_replaced_knees(text: str, side: str, subject: str) -> None:
    ms = [m for m in tag_text(text) if m.concept == "knee_condition"]
    assert [(m.laterality, m.subject, m.knee_dx) for m in ms] == [
        (side, subject, "other_diagnosis")
    ]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Normal R knee exam.", "right"),
        ("Knee exarn: WNL bi1aterally.", "bilateral"),
        ("IMPRESSION: Unremarkable radiographs of the left knee.", "left"),
        ("Normal x-rays of both knees.", "bilateral"),
    ],
)
def test_normal_knee_exams_and_films(text: str, side: str) -> None:
    assert _found(text) == [("knee_condition", "negated", side)]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Both knees are painful on weight bearing.", "bilateral"),
        ("My right knee started hurting about 5 yrs ago.", "right"),
        ("The left knee was very sore after the run.", "left"),
    ],
)
def test_painful_knees(text: str, side: str) -> None:
    assert _found(text) == [("knee_condition", "present", side)]


def test_a_knee_that_is_not_painful_is_no_finding_of_pain() -> None:
    assert ("knee_condition", "present", "left") not in _found("The left knee is not painful.")


@pytest.mark.parametrize(
    "text",
    [
        "Wears knee-high TED hose; no calf tenderness.",
        "e. lndicate severity of radicu1opathy and side affected:",
        "e. Indicate severity of radiculopathy and side affected:",
    ],
)
def test_look_alikes_of_this_round(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Gait analysis: antalgic pattern with decreased stance time and shortened step "
            "length on the R, reduced hip extension in terminal stance R.",
            "right",
        ),
        (
            "Gait ana1ysis: anta1gic pattern with decreased stance time and shortened step "
            "1ength on the L.",
            "left",
        ),
    ],
)
def test_stance_and_step_on_one_side(text: str, side: str) -> None:
    assert _found(text) == [("antalgic_gait", "present", side)]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "Diagnosis                          Right    Left",
            [("bilateral", "osteoarthritis"), ("left", "meniscal_tear")],
        ),
        (
            "Knee condition      Left      Right",
            [("right", "osteoarthritis"), ("left", "meniscal_tear")],
        ),
    ],
)
def test_dbq_side_columns(header: str, expected: list) -> None:
    rows = (
        "Degenerative arthritis              [X]      [X]\n"
        "Menisca1 tear                       [ ]      [X]\n"
        "Patellofemoral pain syndrome        [ ]      [ ]"
    )
    if "Left      Right" in header:  # the same marks under swapped columns
        rows = rows.replace("[X]      [X]", "[ ]      [X]").replace(
            "[ ]      [X]\nPatellofemoral", "[X]      [ ]\nPatellofemoral"
        )
    ms = tag_text(header + "\n" + rows)
    assert [(m.laterality, m.knee_dx) for m in ms] == expected
    assert all(m.concept == "knee_condition" and m.assertion == "present" for m in ms)
