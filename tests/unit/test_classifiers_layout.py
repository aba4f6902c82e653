"""Layout of real OCR'd pages: wrapped lines, section headings, split form answers, OCR damage."""

from __future__ import annotations

import pytest

from classifiers import split_sentences, tag_text


def _keys(text: str) -> list[tuple[str, str, str]]:
    return [(m.concept, m.assertion, m.laterality) for m in tag_text(text)]


def _parts(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


# ---- 1. wrapped lines are one sentence ------------------------------------------------------
RADIC_SECTION = """SECTION V - RADICULOPATHY
{question}
Involvement of L2/L3/L4 nerve roots (femoral nerve): [ ] Yes [X] No Side:
[ ] Right [ ] Left [ ] Both
Involvement of L4/L5/S1/S2/S3 nerve roots (sciatic nerve): [X] Yes [ ] No
Side: [X] Right [ ] Left [ ] Both
Severity, Right lower extremity: [ ] Mild [ ] Moderate [X] Moderately
severe [ ] Severe [ ] Not affected
Severity, Left lower extremity: [ ] Mild [ ] Moderate [ ] Moderately severe
[ ] Severe [X] Not affected
SECTION VI - GAIT AND ASSISTIVE DEVICES
Gait: antalgic, favoring the right lower extremity
Assistive devices: [X] Cane [ ] Walker [ ] Brace
"""


@pytest.mark.parametrize(
    "question",
    [
        "Does the Veteran have radicular pain or any other signs or symptoms\n"
        "due to radiculopathy? [X] Yes [ ] No",
        "Does the Veteran have radicular pain or any other signs or symptoms\n\n"
        "\u2018due to radiculopathy? [X] Yes [ ] No | |",  # OCR: blank line, stray quote
        "Does the Veteran have radicular pain or any other signs or symptoms due to\n"
        "radiculopathy? [x] Yes [ ] No",
        "Does the Veteran have radicular pain or any other signs or symptoms\n"
        "Due to radiculopathy? X] Yes [ ] No",
    ],
)
def test_wrapped_dbq_question_is_one_present_mention(question: str) -> None:
    page = RADIC_SECTION.format(question=question)
    radic = [m for m in tag_text(page) if m.concept == "radiculopathy"]
    assert len(radic) == 1
    m = radic[0]
    assert (m.assertion, m.laterality, m.nerve_roots, m.severity) == (
        "present",
        "right",
        ("L4", "L5", "S1", "S2", "S3"),
        "moderately severe",
    )
    assert page[m.start : m.end] == m.text
    gait = [m for m in tag_text(page) if m.concept == "antalgic_gait"]
    assert [(g.assertion, g.laterality) for g in gait] == [("present", "right")]


def test_wrapped_dbq_question_answered_no_is_one_negation() -> None:
    page = (
        "SECTION V - RADICULOPATHY\n"
        "Does the Veteran have radicular pain or any other signs or symptoms\n"
        "due to radiculopathy? [ ] Yes [X] No\n"
    )
    assert _keys(page) == [("radiculopathy", "negated", "unspecified")]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("O: Pain: 6/10. Antalgic gait with decreased stance time\non the L.", "left"),
        ("Antalgic gait with decreased stance time\n\non the L.", "left"),
        ("Antalgic gait with decreased stance\ntime on the right.", "right"),
        (
            "HPI: C/o rt knee pain for the past 2 months. Noted to be favoring the\n"
            "RLE when walking down the hall.",
            "right",
        ),
        ("Walks with a limp, favoring\nthe left leg.", "left"),
        ("Pt was observed limping with\nLLE favored.", "left"),
    ],
)
def test_wrapped_prose_keeps_the_side(text: str, side: str) -> None:
    gait = [m for m in tag_text(text) if m.concept == "antalgic_gait"]
    assert [(m.assertion, m.laterality) for m in gait] == [("present", side)]


def test_wrapped_line_joined_but_next_sentence_split() -> None:
    text = (
        "HPI: C/o rt knee pain for the past 2 months. Noted to be favoring the\n"
        "RLE when walking down the hall. FHx: father with DJD of both knees."
    )
    assert _parts(text) == [
        "HPI: C/o rt knee pain for the past 2 months.",
        "Noted to be favoring the\nRLE when walking down the hall.",
        "FHx: father with DJD of both knees.",
    ]


def test_continuation_rules_do_not_swallow_new_lines() -> None:
    text = (
        "Plan: physical therapy for the\n- lumbar strain\nA/P:\n1. Left knee OA.\n"
        "Gait belt used\n\nfor safety during transfers.\nLEFT KNEE:\nMild effusion."
    )
    assert _parts(text) == [
        "Plan: physical therapy for the",
        "- lumbar strain",
        "A/P:",
        "1. Left knee OA.",
        "Gait belt used\n\nfor safety during transfers.",
        "LEFT KNEE:",
        "Mild effusion.",
    ]


def test_prose_before_a_wrapped_form_item_stays_prose() -> None:
    text = "Veteran walks with an antalgic gait. Does he use a\ncane? [X] Yes [ ] No"
    assert _parts(text) == [
        "Veteran walks with an antalgic gait.",
        "Does he use a\ncane? [X] Yes [ ] No",
    ]
    assert _keys(text) == [("antalgic_gait", "present", "unspecified")]


def test_form_answer_wrapped_onto_next_line_is_one_item() -> None:
    text = (
        "Straight leg raising test, Right: [ ] Negative [X] Positive [ ] Unable to\n"
        "perform\n"
        "Straight leg raising test, Left: [X] Negative [ ] Positive [ ] Unable to\n\n"
        "perform\n"
    )
    assert _parts(text) == [
        "Straight leg raising test, Right: [ ] Negative [X] Positive [ ] Unable to\nperform",
        "Straight leg raising test, Left: [X] Negative [ ] Positive [ ] Unable to\n\nperform",
    ]
    assert _keys(text) == [
        ("radiculopathy", "possible", "right"),
        ("radiculopathy", "negated", "left"),
    ]


# ---- 2. section headings are not findings ---------------------------------------------------
@pytest.mark.parametrize(
    "heading",
    [
        "SECTION V - RADICULOPATHY",
        "~ SECTION V - RADICULOPATHY _",
        "SECTION | - RADICULOPATHY",
        "SECTION Vii - KNEE CONDITIONS",
        "Section 5: Radiculopathy",
        "10. Radiculopathy",
        "RADICULOPATHY",
        "KNEE AND LOWER LEG CONDITIONS DISABILITY BENEFITS QUESTIONNAIRE",
        "BACK (THORACOLUMBAR SPINE) CONDITIONS",
    ],
)
def test_form_headings_yield_nothing(heading: str) -> None:
    page = (
        f"{heading}\nDoes the Veteran report flare-ups? [X] Yes [ ] No\n"
        "Has imaging been performed? [X] Yes [ ] No\nAssistive devices: [X] Cane [ ] Walker\n"
    )
    assert tag_text(page) == []


def test_section_line_with_content_still_tagged() -> None:
    page = (
        "SECTION VI - REMARKS: Antalgic gait, favoring the right.\n"
        "Does the Veteran report flare-ups? [X] Yes [ ] No\n" * 3
    )
    assert ("antalgic_gait", "present", "right") in _keys(page)


def test_caps_problem_list_entry_outside_forms_is_kept() -> None:
    assert _keys("PROBLEM LIST:\nLUMBAR RADICULOPATHY, RIGHT\n") == [
        ("radiculopathy", "present", "right")
    ]


# ---- 3. favouring / stance / offloading -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Noted to be favoring the RLE when walking.", "right"),
        ("Favoring the LLE.", "left"),
        ("He favors the right leg.", "right"),
        ("Gait: favouring the left.", "left"),
        ("Offloading the right lower extremity when walking.", "right"),
        ("Shortened stance on the left.", "left"),
        ("Decreased stance time on the L.", "left"),
        ("Reduced stance phase on the right leg.", "right"),
    ],
)
def test_protected_side_phrases_are_antalgic_gait(text: str, side: str) -> None:
    assert _keys(text) == [("antalgic_gait", "present", side)]


@pytest.mark.parametrize(
    "text",
    [
        "Findings favor left-sided L5 radiculopathy.",
        "The knee brace is offloading the medial compartment.",
        "Weight bearing stance photographs taken.",
    ],
)
def test_favor_lookalikes_are_not_gait(text: str) -> None:
    assert all(m.concept != "antalgic_gait" for m in tag_text(text))


# ---- 4. DBQ "Side:" answers that OCR splits -------------------------------------------------
@pytest.mark.parametrize(
    ("answer", "side"),
    [
        ("[X] Yes [ ] No Side: [ ]\nRight [X] Left [ ] Both", "left"),
        ("[x] Yes [ ] No Side: [x]\n\nRight [ ] Left [ ] Both", "right"),
        ("[X] Yes [ ] No Side:\n[ ] Right [ ] Left [X] Both", "bilateral"),
        ("[X] Yes [ ] No\nSide: [ ] Right [X] Left [ ] Both", "left"),
        ("[X] Yes [ ] No\n\nSide: [X] Right [ ] Left [ ] Both", "right"),
        ("[X] Yes [ ] No Side: [ ] Right [X] Left [ ] Both", "left"),
    ],
)
def test_split_side_answer_gives_laterality(answer: str, side: str) -> None:
    page = (
        "KNEE AND LOWER LEG CONDITIONS\nSECTION V - DIAGNOSTIC TESTING\n"
        "Has imaging been performed and are results available? [X] Yes [ ] No\n"
        f"Is degenerative arthritis documented by imaging? {answer}\n"
        "SECTION VI - REMARKS: Functional impact: difficulty with stairs.\n"
    )
    ms = tag_text(page)
    assert [(m.concept, m.knee_dx, m.assertion, m.laterality) for m in ms] == [
        ("knee_condition", "osteoarthritis", "present", side)
    ]


def test_split_side_answer_with_no_side_checked_is_unspecified() -> None:
    page = (
        "KNEE AND LOWER LEG CONDITIONS\n"
        "Is degenerative arthritis documented by imaging? [ ] Yes [X] No Side: []\n"
        "Right [ ] Left [ ] Both\n"
    )
    assert _keys(page) == [("knee_condition", "negated", "unspecified")]


def test_knee_dbq_side_on_next_line_after_blank() -> None:
    page = (
        "[X] Meniscal tear\n\nSide: [ ] Left [X] Right [ ] Both\n"
        "[ ] Knee strain Side: [ ] Right [ ] Left [ ] Both\n"
    )
    assert _keys(page) == [("knee_condition", "present", "right")]


# ---- 5. bilateral knee pain -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "CLINICAL HISTORY: Arthralgia of the both knees, ongoing for years.",
        "Bilateral knee arthralgia.",
        "Both knees ache with stairs.",
        "Pain in both knees for years.",
        "C/o arthralgias of bilateral knees.",
        "Reports pain in the both knees.",
    ],
)
def test_bilateral_knee_pain(text: str) -> None:
    assert [(m.concept, m.knee_dx, m.assertion, m.laterality) for m in tag_text(text)] == [
        ("knee_condition", "pain_only", "present", "bilateral")
    ]


# ---- 6. OCR damage of DJD -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "assertion", "side"),
    [
        ("IMPRESSION:\n1. Possible sary DID of the Rt knee.", "possible", "right"),
        ("1. Possible early DID of the Rt knee.", "possible", "right"),
        ("Mild D)D of the left knee.", "present", "left"),
        ("Right knee: DJ D, moderate.", "present", "right"),
        ("Moderate D JD in both knees.", "present", "bilateral"),
    ],
)
def test_ocr_damaged_djd_in_knee_context(text: str, assertion: str, side: str) -> None:
    assert [(m.concept, m.knee_dx, m.assertion, m.laterality) for m in tag_text(text)] == [
        ("knee_condition", "osteoarthritis", assertion, side)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He did well after knee surgery.",
        "The left knee did not swell.",
        "Patient did of course walk to the knee clinic.",
        "DJ D. Smith, MD reviewed the spine.",
    ],
)
def test_did_the_verb_is_not_djd(text: str) -> None:
    assert all(m.knee_dx != "osteoarthritis" for m in tag_text(text))


# ---- 7. back DBQ diagnosis page: one mention per diagnosis line ------------------------------
@pytest.mark.parametrize(
    ("diagnosis", "condition"),
    [
        ("Diagnosis #1: Lumbar strain ICD code: S39.012A Date of diagnosis: 2011", "lumbar strain"),
        (
            "Diagnosis #1: Lumbosacral strain ICD code: $39.012A Date of diagnosis:\n2008",
            "lumbosacral strain",
        ),
        (
            "Diagnosis #1: Lumbar spinal stenosis ICD code: M48.061 Date of\ndiagnosis: 2009",
            "spinal stenosis",
        ),
        (
            "Diagnosis #1: Herniated disc at L4-L5 ICD code: M51.26 Date of\n\ndiagnosis: 2010",
            "herniated disc",
        ),
    ],
)
@pytest.mark.parametrize(
    "others",
    [
        "Other diagnoses: [ ] Spinal stenosis [ ] Spondylolisthesis [ ] Ankylosing\nspondylitis",
        "Other diagnoses: [ ] Spinal stenosis [ ] Spondylofisthests | [ ] Ankylosing\n"
        "spondylitis -",
        "Other diagnoses: [ ] Spinal stenosis [ ] Spondylolisthesis\n\n[ ] Ankylosing spondylitis",
    ],
)
def test_back_dbq_one_mention_per_diagnosis_line(
    diagnosis: str, condition: str, others: str
) -> None:
    page = (
        "BACK (THORACOLUMBAR SPINE) CONDITIONS\nDISABILITY BENEFITS QUESTIONNAIRE\n"
        "SECTION | - DIAGNOSIS\n"
        f"{diagnosis}\n\n{others}\n\nSECTION II - MEDICAL HISTORY\n"
        "Does the Veteran report flare-ups? [X] Yes [ ] No\n"
    )
    ms = tag_text(page)
    assert [(m.concept, m.condition, m.assertion) for m in ms] == [
        ("back_condition", condition, "present")
    ]


def test_spondylitis_and_spondylolysis_are_not_corrected_into_spondylosis() -> None:
    assert all(m.condition != "spondylosis" for m in tag_text("Ankylosing spondylitis."))
    assert [m.condition for m in tag_text("Lumbar spondylolysis at L5.")] == ["spondylolysis"]


def test_instruction_lines_are_skipped_but_long_labels_are_not() -> None:
    assert tag_text("Indicate severity of radiculopathy and side affected:") == []
    assert [
        m.condition
        for m in tag_text("Diagnosis #1: Lumbar strain ICD code: S39.012A Date of diagnosis:")
    ] == ["lumbar strain"]
