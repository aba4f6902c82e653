"""Session 11: mends for what a second reading of the session-10 rules found (sentences written
for the purpose, each showing one over-reach), and phenomena from the train and dev records.
The sentences here are written for the tests, not copied from the corpus."""

from __future__ import annotations

import pytest

from classifiers import tag_text


def _found(text: str) -> list[tuple[str, str, str]]:
    return sorted((m.concept, m.assertion, m.laterality) for m in tag_text(text))


def _knee(text: str) -> list[tuple[str, str, str | None]]:
    return sorted(
        (m.assertion, m.laterality, m.knee_dx)
        for m in tag_text(text)
        if m.concept == "knee_condition"
    )


# ---- a service decision names its condition, not what its reasons deny ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Service connection for a left knee condition is denied because the examiner found "
            "no instability and no meniscal tear.",
            [("negated", "left", "instability"), ("negated", "left", "meniscal_tear")],
        ),
        (
            "SC for L knee strain was denied as the exam showed no effusion and no laxity.",
            [("negated", "left", "instability"), ("present", "left", "other_diagnosis")],
        ),
        (
            "Service connection for left knee osteoarthritis is denied.",
            [("present", "left", "osteoarthritis")],
        ),
    ],
)
def test_a_decision_leaves_the_negations_of_its_reasons(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _knee(text) == expected


def test_an_earlier_effective_date_denied_still_names_the_granted_condition() -> None:
    text = (
        "Entitlement to an effective date earlier than May 9, 2019, for the grant of service "
        "connection for sciatica, right lower extremity, is denied."
    )
    assert _found(text) == [("radiculopathy", "present", "right")]


# ---- sides: two knees named for one finding; a denied radiculopathy's limb -----------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Left knee and right knee pain.", "bilateral"),
        ("c/o R knee & L knee pain x 2 yrs", "bilateral"),
        ("L knee gave out on the stairs and he fell onto his R side.", "left"),
    ],
)
def test_two_sided_knee_words_sharing_one_finding_are_both(text: str, side: str) -> None:
    assert {m.laterality for m in tag_text(text) if m.concept == "knee_condition"} == {side}


@pytest.mark.parametrize(
    "text",
    [
        "EMG of the right lower extremity was performed today and showed no evidence of "
        "radiculopathy.",
        "NCS/EMG right leg: normal study, no electrodiagnostic evidence of radiculopathy.",
    ],
)
def test_a_denied_radiculopathy_takes_the_limb_studied(text: str) -> None:
    assert _found(text) == [("radiculopathy", "negated", "right")]


def test_a_denied_radiculopathy_does_not_take_a_limb_across_a_semicolon() -> None:
    assert _found("No radiculopathy; right leg pain is from the knee.")[0] == (
        "radiculopathy",
        "negated",
        "unspecified",
    )


# ---- a row of body parts is a pain site only where it answers where it hurts ---------------


@pytest.mark.parametrize(
    "text",
    [
        "X-rays ordered: [X] Knees [ ] Hips [ ] Hands [ ] Feet",
        "Injections given today: [X] Right knee [ ] Left knee [ ] Shoulder [ ] Hip",
        "Braces dispensed: [ ] Wrist [X] L knee [ ] Ankle [ ] Back",
    ],
)
def test_a_body_part_row_that_is_no_pain_question_is_no_finding(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("[ ] Hands [ ] Wrists [X] Knees [X] Low back", "bilateral"),
        ("Painful joints: [ ] Hands [ ] Wrists [X] R Knee [ ] Low back", "right"),
        ("LOCATION: [ ] low back [X] L knee [ ] R knee [ ] other", "left"),
    ],
)
def test_a_body_part_row_answering_where_it_hurts_is_knee_pain(text: str, side: str) -> None:
    assert _found(text) == [("knee_condition", "present", side)]


# ---- a sided exam title ends at another body part's section --------------------------------


def test_a_sided_knee_title_does_not_reach_the_lumbar_section() -> None:
    text = (
        "Right Knee Exam\n"
        "Effusion: none. McMurray negative.\n"
        "Lumbar spine:\n"
        "SLR positive at 40 degrees with pain radiating to the calf.\n"
    )
    radic = [m.laterality for m in tag_text(text) if m.concept == "radiculopathy"]
    knee = {m.laterality for m in tag_text(text) if m.concept == "knee_condition"}
    assert radic == ["unspecified"]
    assert knee == {"right"}


def test_an_imaging_title_still_reaches_its_findings() -> None:
    text = (
        "MRI RIGHT KNEE\n"
        "History: knee pain, no trauma.\n"
        "Findings: Horizontal tear of the posterior horn of the medial meniscus.\n"
    )
    tears = [m.laterality for m in tag_text(text) if m.knee_dx == "meniscal_tear"]
    assert tears == ["right"]
