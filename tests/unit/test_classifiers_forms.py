"""DBQ checkbox forms: the checked box decides; follow-up lines are attributes."""

from __future__ import annotations

import pytest

from classifiers import tag_text
from classifiers.forms import has_checkbox, parse_line

QUESTION = (
    "Does the Veteran have radicular pain or any other signs or symptoms due to "
    "radiculopathy? {yes} Yes {no} No"
)


@pytest.mark.parametrize("box", ["[X]", "[x]", "X]", "[X", "☒", "Kl", "|X|", "[ X ]"])
def test_checked_yes_variants(box: str) -> None:
    ms = tag_text(QUESTION.format(yes=box, no="[ ]"))
    assert [(m.concept, m.assertion) for m in ms] == [("radiculopathy", "present")]


@pytest.mark.parametrize("empty", ["[ ]", "[]", "[_]", "☐"])
def test_checked_no_is_negated(empty: str) -> None:
    ms = tag_text(QUESTION.format(yes=empty, no="[X]"))
    assert [(m.concept, m.assertion) for m in ms] == [("radiculopathy", "negated")]


def test_unanswered_question_yields_nothing() -> None:
    assert tag_text(QUESTION.format(yes="[ ]", no="[ ]")) == []
    assert tag_text(QUESTION.format(yes="☐", no="☐")) == []


BACK_DBQ = """BACK (THORACOLUMBAR SPINE) CONDITIONS DISABILITY BENEFITS QUESTIONNAIRE
10. Radiculopathy
{question}
Constant pain (may be excruciating at times): Right lower extremity: [ ] None [X] Mild
Involvement of L2/L3/L4 nerve roots (femoral nerve): {femoral}
Involvement of L4/L5/S1/S2/S3 nerve roots (sciatic nerve): {sciatic}
Indicate severity of radiculopathy and side affected:
Right: {right_sev}
Left: {left_sev}
11. Intervertebral disc syndrome
Does the Veteran have IVDS of the thoracolumbar spine? [ ] Yes [X] No
"""
NONE = "[X] Not affected [ ] Mild [ ] Moderate [ ] Severe"


def _back(**kw: str) -> str:
    base = dict(
        question=QUESTION.format(yes="[X]", no="[ ]"),
        femoral="[ ] Right [ ] Left [ ] Both",
        sciatic="[ ] Right [ ] Left [ ] Both",
        right_sev=NONE,
        left_sev=NONE,
    )
    base.update(kw)
    return BACK_DBQ.format(**base)


def test_radiculopathy_section_gives_side_roots_severity() -> None:
    page = _back(
        femoral="[X] Right [ ] Left [ ] Both",
        right_sev="[ ] Not affected [ ] Mild [X] Moderate [ ] Severe",
    )
    radic = [m for m in tag_text(page) if m.concept == "radiculopathy"]
    assert len(radic) == 1  # follow-up lines are attributes, not mentions
    m = radic[0]
    assert (m.assertion, m.laterality, m.nerve_roots, m.severity) == (
        "present",
        "right",
        ("L2", "L3", "L4"),
        "moderate",
    )
    assert page[m.start : m.end] == m.text


def test_radiculopathy_section_both_sides_sciatic() -> None:
    page = _back(
        sciatic="[ ] Right [ ] Left Kl Both",
        right_sev="[ ] Not affected [X] Mild [ ] Moderate [ ] Severe",
        left_sev="[ ] Not affected [ ] Mild [ ] Moderate ☒ Severe",
    )
    m = next(m for m in tag_text(page) if m.concept == "radiculopathy")
    assert (m.laterality, m.nerve_roots, m.severity) == (
        "bilateral",
        ("L4", "L5", "S1", "S2", "S3"),
        "severe",
    )


def test_unchecked_nerve_lines_add_no_roots() -> None:
    m = next(m for m in tag_text(_back()) if m.concept == "radiculopathy")
    assert (m.nerve_roots, m.severity, m.laterality) == ((), None, "unspecified")


def test_ivds_no_is_negated_and_headings_are_not_mentions() -> None:
    ms = tag_text(_back())
    back = [m for m in ms if m.concept == "back_condition"]
    assert [(m.condition, m.assertion) for m in back] == [
        ("intervertebral disc syndrome", "negated")
    ]
    assert all(m.text != "Radiculopathy" for m in ms)


KNEE_DBQ = """KNEE AND LOWER LEG CONDITIONS DISABILITY BENEFITS QUESTIONNAIRE
Diagnoses:
{oa} Degenerative arthritis   Side: {oa_side}
{tear} Meniscal tear   Side: [ ] Left [ ] Right [ ] Both
[ ] Knee strain [ ] ACL tear [ ] Recurrent subluxation
{pf} Patellofemoral pain syndrome
Side: [ ] Left [X] Right [ ] Both
"""


def test_knee_dbq_one_finding_per_checked_item() -> None:
    page = KNEE_DBQ.format(oa="[X]", oa_side="[X] Left [ ] Right [ ] Both", tear="[ ]", pf="[x]")
    ms = tag_text(page)
    assert [(m.concept, m.knee_dx, m.laterality, m.assertion) for m in ms] == [
        ("knee_condition", "osteoarthritis", "left", "present"),
        ("knee_condition", "patellofemoral", "right", "present"),  # side from the next line
    ]
    for m in ms:
        assert page[m.start : m.end] == m.text


def test_knee_dbq_both_side_and_ocr_boxes() -> None:
    page = KNEE_DBQ.format(oa="X]", oa_side="[ ] Left [ ] Right ☒ Both", tear="Kl", pf="[ ]")
    ms = tag_text(page)
    assert [(m.knee_dx, m.laterality) for m in ms] == [
        ("osteoarthritis", "bilateral"),
        ("meniscal_tear", "unspecified"),
    ]


def test_all_options_template_unchecked_yields_nothing() -> None:
    page = KNEE_DBQ.format(oa="[ ]", oa_side="[ ] Left [ ] Right [ ] Both", tear="[ ]", pf="☐")
    assert tag_text(page) == []


def test_gait_checkbox() -> None:
    assert [(m.concept, m.assertion) for m in tag_text("Gait: [X] Antalgic [ ] Normal")] == [
        ("antalgic_gait", "present")
    ]
    assert [(m.concept, m.assertion) for m in tag_text("Gait: [ ] Antalgic [X] Normal")] == [
        ("antalgic_gait", "negated")
    ]


def test_reflex_checkbox_is_not_a_knee_finding() -> None:
    assert tag_text("Reflexes: Knee: [ ] 0 [ ] 1+ [X] 2+ [ ] 3+ [ ] 4+") == []


def test_parse_line_cuts_items() -> None:
    line = "[X] Degenerative arthritis   Side: [X] Left [ ] Right"
    items = parse_line(line)
    assert [it.checked for it in items] == [True, True, False]
    assert line[items[0].label_start : items[0].label_end].strip() == "Degenerative arthritis"
    assert has_checkbox(line) and not has_checkbox("Antalgic gait favoring the left.")
