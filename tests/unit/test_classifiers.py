"""Prose tagging: concepts, assertion scope, subject, history, laterality, look-alikes, OCR."""

from __future__ import annotations

import pytest

from classifiers import MODEL_VERSION, tag_text
from va_core.records import Mention


def found(text: str, concept: str) -> list[Mention]:
    ms = tag_text(text)
    for m in ms:
        assert text[m.start : m.end] == m.text
        assert m.sentence_start <= m.start <= m.end <= m.sentence_end
        assert 0.0 <= m.score <= 1.0
    return [m for m in ms if m.concept == concept]


def one(text: str, concept: str) -> Mention:
    ms = found(text, concept)
    assert len(ms) == 1, (text, ms)
    return ms[0]


def test_model_version_is_set() -> None:
    assert MODEL_VERSION and "+" in MODEL_VERSION


# ---- antalgic gait -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "assertion", "side"),
    [
        (
            "Veteran ambulates with an antalgic gait favoring the right lower extremity.",
            "present",
            "right",
        ),  # examiner
        ("Pt limping on L since Tuesday, worse after long drives.", "present", "left"),  # PCP
        ("Gait: antalgic, favoring the left lower extremity", "present", "left"),  # DBQ line
        ("He walks with a limp, favouring his right leg.", "present", "right"),
        (
            "PT: pt demonstrates antalgic gait pattern w/ decreased stance time on RLE.",
            "present",
            "right",
        ),
        ("The examiner observed an antalgic gait.", "present", "unspecified"),  # rating
        ("Gait is normal.", "negated", "unspecified"),
        ("Normal gait and station.", "negated", "unspecified"),
        ("Gait: steady, non-antalgic.", "negated", "unspecified"),
        ("Ambulates without a limp.", "negated", "unspecified"),
        ("No limp observed today.", "negated", "unspecified"),
        ("Possible mild antalgic gait, limited by guarding.", "possible", "unspecified"),
    ],
)
def test_gait(text: str, assertion: str, side: str) -> None:
    m = one(text, "antalgic_gait")
    assert (m.assertion, m.laterality) == (assertion, side)


def test_gait_head_offsets_point_at_phrase() -> None:
    text = "On exam today he has an antalgic gait."
    m = one(text, "antalgic_gait")
    assert m.text == "antalgic gait"
    assert (m.sentence_start, m.sentence_end) == (0, len(text))


# ---- radiculopathy ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "assertion", "side", "roots"),
    [
        ("Moderate left L5 radiculopathy.", "present", "left", ("L5",)),
        ("MRI L4-L5 HNP with right-sided radicular pain.", "present", "right", ("L4", "L5")),
        ("C/o LBP with pain radiating down the left leg to the foot.", "present", "left", ()),
        ("Bilateral sciatica, worse with sitting.", "present", "bilateral", ()),
        ("Radiculopathy of the left and right lower extremities.", "present", "bilateral", ()),
        ("Radicular symptoms at L5-S1 on the right.", "present", "right", ("L5", "S1")),
        (
            "Involvement of the L2/L3/L4 nerve roots with left radiculopathy.",
            "present",
            "left",
            ("L2", "L3", "L4"),
        ),
        (
            "Mild incomplete paralysis of the right femoral nerve.",
            "present",
            "right",
            ("L2", "L3", "L4"),
        ),
        (
            "Radiculopathy, RLE, involving the sciatic nerve.",
            "present",
            "right",
            ("L4", "L5", "S1", "S2", "S3"),
        ),
        ("Denies radiating pain.", "negated", "unspecified", ()),
        ("No radicular symptoms.", "negated", "unspecified", ()),
        ("Back pain is nonradicular.", "negated", "unspecified", ()),
        ("Rule out L5 radiculopathy.", "possible", "unspecified", ("L5",)),
        ("R/O radiculopathy vs peripheral neuropathy.", "possible", "unspecified", ()),
    ],
)
def test_radiculopathy(text: str, assertion: str, side: str, roots: tuple[str, ...]) -> None:
    m = one(text, "radiculopathy")
    assert (m.assertion, m.laterality, m.nerve_roots) == (assertion, side, roots)


def test_sciatica_alone_has_no_roots() -> None:
    assert one("Long-standing sciatica.", "radiculopathy").nerve_roots == ()


@pytest.mark.parametrize(
    ("text", "assertion", "side"),
    [
        ("Positive straight leg raise on the left at 40 degrees.", "possible", "left"),
        ("SLR positive R.", "possible", "right"),
        ("Straight leg raise negative bilaterally.", "negated", "bilateral"),
        ("Negative SLR.", "negated", "unspecified"),
    ],
)
def test_straight_leg_raise(text: str, assertion: str, side: str) -> None:
    m = one(text, "radiculopathy")
    assert (m.assertion, m.laterality) == (assertion, side)


def test_severity_from_sentence() -> None:
    assert one("Moderately severe left L4 radiculopathy.", "radiculopathy").severity == (
        "moderately severe"
    )
    assert one("Right radiculopathy, mild.", "radiculopathy").severity == "mild"
    assert one("Left L5 radiculopathy.", "radiculopathy").severity is None


# ---- knee --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "dx", "assertion", "side"),
    [
        (
            "Diagnosis: degenerative joint disease of the left knee.",
            "osteoarthritis",
            "present",
            "left",
        ),
        ("R knee OA, continue meloxicam.", "osteoarthritis", "present", "right"),
        (
            "X-rays of the left knee: medial joint space narrowing, osteophytes, consistent with "
            "degenerative joint disease.",
            "osteoarthritis",
            "present",
            "left",
        ),
        (
            "Mild tricompartmental degenerative changes of the right knee.",
            "osteoarthritis",
            "present",
            "right",
        ),
        (
            "Horizontal tear of the posterior horn of the medial meniscus, right knee.",
            "meniscal_tear",
            "present",
            "right",
        ),
        ("Torn meniscus L knee per 2015 MRI.", "meniscal_tear", "present", "left"),
        ("Bilateral patellofemoral pain syndrome.", "patellofemoral", "present", "bilateral"),
        ("Chondromalacia patellae, right.", "patellofemoral", "present", "right"),
        ("Left ACL tear, status post reconstruction.", "instability", "present", "left"),
        ("Recurrent subluxation of the right patella.", "instability", "present", "right"),
        ("Left knee strain.", "other_diagnosis", "present", "left"),
        ("Chronic L knee pain, worse on stairs.", "pain_only", "present", "left"),
        ("Pain in both knees with stairs.", "pain_only", "present", "bilateral"),
        ("Possible early DJD of the right knee.", "osteoarthritis", "possible", "right"),
        ("R knee pain, r/o meniscal tear.", "meniscal_tear", "possible", "right"),
        ("MRI without meniscal tear.", "meniscal_tear", "negated", "unspecified"),
    ],
)
def test_knee(text: str, dx: str, assertion: str, side: str) -> None:
    ms = [m for m in found(text, "knee_condition") if m.knee_dx == dx]
    assert len(ms) == 1, tag_text(text)
    assert (ms[0].assertion, ms[0].laterality) == (assertion, side)


def test_two_knee_diagnoses_two_sides() -> None:
    ms = found("Left knee OA and a right medial meniscal tear.", "knee_condition")
    assert {(m.knee_dx, m.laterality) for m in ms} == {
        ("osteoarthritis", "left"),
        ("meniscal_tear", "right"),
    }


def test_pain_dropped_when_a_diagnosis_is_named() -> None:
    ms = found("Left knee pain due to osteoarthritis of the left knee.", "knee_condition")
    assert [m.knee_dx for m in ms] == ["osteoarthritis"]


@pytest.mark.parametrize(
    "text", ["Knee exam normal bilaterally.", "No knee abnormality.", "Normal right knee x-ray."]
)
def test_normal_knee_is_negated_without_dx(text: str) -> None:
    m = one(text, "knee_condition")
    assert (m.assertion, m.knee_dx) == ("negated", None)


def test_knee_dx_takes_side_from_section_header() -> None:
    text = "LEFT KNEE:\nModerate osteoarthritis with small effusion.\n"
    ms = found(text, "knee_condition")
    assert ms and all(m.laterality == "left" for m in ms)


def test_ambiguous_djd_follows_header_body_part() -> None:
    knee = "EXAM: XR RIGHT KNEE 3 VIEWS\nIMPRESSION:\nModerate DJD.\n"
    m = one(knee, "knee_condition")
    assert (m.knee_dx, m.laterality) == ("osteoarthritis", "right")
    spine = "EXAM: XR LUMBAR SPINE 2 VIEWS\nIMPRESSION:\nModerate DJD.\n"
    assert not found(spine, "knee_condition")
    assert one(spine, "back_condition").condition == "degenerative arthritis of the spine"


# ---- back ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "condition", "assertion"),
    [
        (
            "Diagnosis: Lumbosacral strain   Date of diagnosis: 2009",
            "lumbosacral strain",
            "present",
        ),
        ("Lumbar DDD with flare, prednisone taper.", "degenerative disc disease", "present"),
        (
            "Imaging confirms degenerative disc disease of the lumbar spine.",
            "degenerative disc disease",
            "present",
        ),
        ("IVDS with incapacitating episodes.", "intervertebral disc syndrome", "present"),
        ("MRI showed lumbar spinal stenosis at L4-L5.", "spinal stenosis", "present"),
        ("Grade 1 L4-5 spondylolisthesis.", "spondylolisthesis", "present"),
        ("Chronic low back pain, stable.", "chronic low back pain", "present"),
        ("No spondylolisthesis.", "spondylolisthesis", "negated"),
        ("Degenerative arthritis of the spine.", "degenerative arthritis of the spine", "present"),
    ],
)
def test_back(text: str, condition: str, assertion: str) -> None:
    m = one(text, "back_condition")
    assert (m.condition, m.assertion, m.service_connection) == (condition, assertion, None)


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        (
            "Service connection for lumbosacral strain is granted with an evaluation "
            "of 20 percent.",
            "granted",
        ),
        (
            "Service connection for degenerative disc disease of the lumbar spine is denied.",
            "denied",
        ),
        ("Service connection for lumbar strain remains denied.", "denied"),
    ],
)
def test_rating_decision_service_connection(text: str, decision: str) -> None:
    m = one(text, "back_condition")
    assert (m.service_connection, m.assertion) == (decision, "present")


def test_cervical_ddd_is_not_a_back_condition() -> None:
    assert not found("Cervical DDD at C5-C6.", "back_condition")


# ---- assertion scope -----------------------------------------------------------------------
def test_negation_list_negates_every_item() -> None:
    ms = tag_text("No radiculopathy, limp or knee pain.")
    assert {m.concept for m in ms} == {"radiculopathy", "antalgic_gait", "knee_condition"}
    assert all(m.assertion == "negated" for m in ms)


@pytest.mark.parametrize(
    "text",
    [
        "Denies numbness but reports pain radiating down the left leg.",
        "No fever; sciatica on the left.",
        "Denies knee pain, however he has sciatica on the left.",
        "No acute fracture. Left sciatica.",
    ],
)
def test_negation_stops_at_terminators(text: str) -> None:
    m = one(text, "radiculopathy")
    assert (m.assertion, m.laterality) == ("present", "left")


def test_history_is_present_and_historical() -> None:
    m = one("History of sciatica.", "radiculopathy")
    assert (m.assertion, m.historical) == ("present", True)
    assert one("Current sciatica.", "radiculopathy").historical is False


def test_past_history_section_is_historical() -> None:
    m = one("PAST MEDICAL HISTORY:\nLeft knee meniscal tear 2011\n", "knee_condition")
    assert m.historical is True


# ---- subject -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Mother has knee arthritis.", "knee_condition"),
        ("FHx: father DDD", "back_condition"),
        ("Family history of sciatica in his brother.", "radiculopathy"),
        ("His wife's limp is from a stroke.", "antalgic_gait"),
    ],
)
def test_other_subject(text: str, concept: str) -> None:
    assert one(text, concept).subject == "other"


def test_veteran_reported_by_family_is_veteran() -> None:
    m = one("His wife states he has been limping on the right.", "antalgic_gait")
    assert (m.subject, m.laterality) == ("veteran", "right")


# ---- look-alikes ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Patellar reflexes 2+ and symmetric.",
        "Knee jerk 2+ bilaterally, Achilles 1+.",
        "Right hip arthritis.",
        "Continue gait training with a gait belt.",
        "Neuro exam normal, sensation intact, strength 5/5.",
        "Cervical radiculopathy of the upper extremities.",
        "Left shoulder osteoarthritis.",
        "Chest pain radiating to the left arm.",
        "Left ankle sprain.",
    ],
)
def test_lookalikes_yield_nothing(text: str) -> None:
    assert tag_text(text) == []


# ---- OCR damage ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Gait antalglc, favoring the right.", "antalgic_gait"),
        ("Chronic radicu1opathy of the RLE.", "radiculopathy"),
        ("L kn ee pain after walking.", "knee_condition"),
        ("Moderate 0steoarthritis of the left knee.", "knee_condition"),
        ("Degenerative dlsc disease of the lumbar spine.", "back_condition"),
        ("Pt has radicu-\nlopathy on the left.", "radiculopathy"),
        ("Left medial meniscal tcar.", "knee_condition"),
        ("Lumbosacra1 strain.", "back_condition"),
    ],
)
def test_ocr_noise_is_tolerated(text: str, concept: str) -> None:
    m = one(text, concept)
    assert text[m.start : m.end] == m.text


def test_ocr_negation_cue() -> None:
    assert one("Gait was n0t antalgic.", "antalgic_gait").assertion == "negated"
    assert one("Dcnies sciatica.", "radiculopathy").assertion == "negated"


def test_night_is_not_right() -> None:
    assert one("Knee pain at night.", "knee_condition").laterality == "unspecified"


def test_offsets_in_a_page_are_exact() -> None:
    page = (
        "VA PRIMARY CARE NOTE\n\nSubjective: 54 yo veteran with chronic LBP\nand left "
        "sciatica.  He limps.\nObjective: L knee crepitus, OA on films.\n"
    )
    ms = tag_text(page)
    assert ms == sorted(ms, key=lambda m: m.start)
    assert {m.concept for m in ms} >= {
        "back_condition",
        "radiculopathy",
        "antalgic_gait",
        "knee_condition",
    }
    for m in ms:
        assert page[m.start : m.end] == m.text
        assert page[m.sentence_start : m.sentence_end].strip()


def test_empty_text() -> None:
    assert tag_text("") == []
    assert tag_text("   \n ") == []


def test_knee_side_does_not_leak_to_back_condition() -> None:
    text = (
        "It is at least as likely as not that the left knee condition is proximately due to "
        "the service-connected lumbar strain."
    )
    m = one(text, "back_condition")
    assert (m.condition, m.laterality) == ("lumbar strain", "unspecified")
    assert not found(text, "knee_condition")
