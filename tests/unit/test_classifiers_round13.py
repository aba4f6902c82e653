"""Session 13: phenomena from the train and dev records (authors 1-39) and the errors earlier
second readings found in both trees. The sentences here are written for the tests, not copied
from the corpus."""

from __future__ import annotations

import pytest

from tests.tagging import found, knee

# ---- a negation's reach: a new clause after a comma, a problem list's code -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Denies radiating pain, limp is from left knee OA.",
            [
                ("antalgic_gait", "present", "left"),
                ("knee_condition", "present", "left"),
                ("radiculopathy", "negated", "unspecified"),
            ],
        ),
        (
            "No numbness, the right knee effusion was aspirated today.",
            [("knee_condition", "present", "right")],
        ),
        # (a list with no new clause stays denied)
        (
            "No effusion, locking or instability of the left knee.",
            [
                ("knee_condition", "negated", "left"),
                ("knee_condition", "negated", "left"),
            ],
        ),
    ],
)
def test_a_new_clause_after_a_comma_ends_a_negation(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_a_problem_lists_codes_end_its_items() -> None:
    text = (
        "Lumbar spondylosis without myelopathy or radiculopathy (M47.816) Primary "
        "osteoarthritis of left knee (M17.12) Sciatica, right side (M54.31)"
    )
    assert found(text) == [
        ("back_condition", "present", "unspecified"),
        ("knee_condition", "present", "left"),
        ("radiculopathy", "negated", "unspecified"),
        ("radiculopathy", "present", "right"),
    ]


# ---- sides as OCR reads titles and labels -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("MRI RlGHT KNEE W/0 C0NTRAST   DOS 03/11/2022\nFINDINGS: Complete graft tear.", "right"),
        ("MRl 1EFT KNEE WlTH0UT C0NTRAST    ** FAXED COPY **\nIMPRESSl0N: Joint effusion.", "left"),
        (
            "MRl RlGHT KNEE:  The ACL is lax with increased signal throughout; partial tear "
            "suspected. Menisci intact.",
            "right",
        ),
    ],
)
def test_an_imaging_title_as_ocr_read_it_gives_its_side(text: str, side: str) -> None:
    assert {m[2] for m in found(text)} == {side}


def test_an_inline_knee_label_as_ocr_read_it_reaches_the_sentences_after_it() -> None:
    text = "EXAM: Rlght knee: trace effusi0n. TTP medial joint line. Lachrnan neg."
    assert knee(text) == [
        ("negated", "right", "instability"),
        ("present", "right", "other_diagnosis"),
        ("present", "right", "pain_only"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Secondary diagnosis: Left. S1 radiculopathy ICD-10: M54.17", ("radiculopathy", "left")),
        ("Dx: Right. kn ee sprain, acute.", ("knee_condition", "right")),
        ("A: L_knee sprain. P: ACE wrap, crutches.", ("knee_condition", "left")),
        ("Gait: mild antalgic gait favoring _the R.", ("antalgic_gait", "right")),
    ],
)
def test_a_speck_between_a_side_and_its_limb(text: str, expected: tuple[str, str]) -> None:
    assert [(m[0], m[2]) for m in found(text)] == [expected]


def test_a_tibial_spine_on_a_knee_film_is_no_back() -> None:
    text = (
        "BILATERAL KNEES, STANDING AP AND LATERAL\n"
        "Clinical history: bilateral knee pain. Lumbar DDD.\n"
        "RIGHT: Small tibia1 spine osteophytes. KL grade 2.\n"
        "LEFT: Large osteophytes. KL grade 4."
    )
    sides = sorted(m[2] for m in found(text) if m[0] == "knee_condition")
    assert "left" in sides and "right" in sides


# ---- a test's side is the test's ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lachman negative on the right, ACL tear on the left.",
            [("present", "left", "instability")],
        ),
        (
            "McMurray positive on the left, effusion on the right.",
            [("possible", "left", "meniscal_tear"), ("present", "right", "other_diagnosis")],
        ),
    ],
)
def test_a_tests_result_keeps_its_own_side(text: str, expected: object) -> None:
    assert knee(text) == expected


def test_a_relatives_clause_does_not_reach_the_exam() -> None:
    text = "Brother has a torn meniscus, negative McMurray on exam today."
    subjects = {m.assertion: m.subject for m in __import__("classifiers").tag_text(text)}
    assert subjects == {"present": "other", "negated": "veteran"}


def test_a_bare_slr_line_takes_the_side_rows_under_it() -> None:
    text = (
        "Straight leg raising test\nRight: [X] Negative [ ] Positive\n"
        "Left: [ ] Negative [X] Positive"
    )
    assert found(text) == [("radiculopathy", "possible", "left")]


# ---- lay words and radiation ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I have bad knees myself, worse in the cold.",
            [("knee_condition", "present", "bilateral")],
        ),
        ('States his L knee is now "bad" too.', [("knee_condition", "present", "left")]),
        # (a named finding in the sentence is the finding, not the lay words)
        (
            "My own knees are bad too, the doctor says arthritis in both.",
            [("knee_condition", "present", "bilateral")],
        ),
    ],
)
def test_a_lay_bad_knee(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("He limps on the left and the pain goes down the same leg to his heel.", "left"),
        ("The pain shot down from my back into my right leg.", "right"),
        ("Burning radiates down the entire left leg when he sits.", "left"),
    ],
)
def test_radiation_written_plainly(text: str, side: str) -> None:
    assert [m for m in found(text) if m[0] == "radiculopathy"] == [
        ("radiculopathy", "present", side)
    ]


def test_a_knees_pain_going_down_the_leg_is_no_radiculopathy() -> None:
    assert found("Knee pain goes down the same leg.") == [
        ("knee_condition", "present", "unspecified")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Radiation: [ ] R leg [ ] L leg [X] none", [("radiculopathy", "negated", "unspecified")]),
        (
            "RADIATES TO: [ ] none [X] R leg [ ] L leg [ ] buttock",
            [("radiculopathy", "present", "right")],
        ),
        (
            "Radiates to: X] L thigh [ ] R thigh X] L calf [ ] none",
            [("radiculopathy", "present", "left")],
        ),
        ("Radiates to: [X] buttock [ ] leg [ ] none", []),
    ],
)
def test_a_radiation_field_answered_by_boxes(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "6 wks axial LBP, no leg sx, neuro intact.",
        "Today I find no objective evidence of nerve root compromise.",
        "Claimed radiculopathy is not supported by the examination (SLR negative, reflexes 2+).",
    ],
)
def test_a_denied_radiculopathy_in_a_reviewers_words(text: str) -> None:
    assert [m for m in found(text) if m[0] == "radiculopathy"] == [
        ("radiculopathy", "negated", "unspecified")
    ]


def test_a_procedure_not_supported_leaves_its_diagnosis() -> None:
    assert found("Arthroscopy for his meniscal tear is not supported by the criteria.") == [
        ("knee_condition", "present", "unspecified")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Left knee buckling is likely neurogenic from quadriceps weakness.",
        "His right knee OA is likely accelerated by the altered gait mechanics.",
    ],
)
def test_a_likely_cause_does_not_hedge_the_finding(text: str) -> None:
    assert [m[1] for m in found(text) if m[0] == "knee_condition"] == ["present"]


@pytest.mark.parametrize(
    "text",
    [
        "At 3-month follow-up his gait had norrna1ized.",
        "Gait pattern normalised on level ground and stairs.",
    ],
)
def test_a_gait_that_normalised(text: str) -> None:
    assert found(text) == [("antalgic_gait", "negated", "unspecified")]


# ---- checkboxes as OCR reads them -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Does the Veteran have IVDS of the thoracolumbar spine? [XxX] Yes [ ] No",
            [("back_condition", "present", "unspecified")],
        ),
        (
            "Is arthritis documented by imaging of the knee(s)? [X].Yes [ ] No  "
            "Side: [ ] Right [X] Left",
            [("knee_condition", "present", "left")],
        ),
        (
            '"Trick" or locked knee .............. EX] Yes [] No',
            [("knee_condition", "present", "unspecified")],
        ),
    ],
)
def test_checked_boxes_as_ocr_read_them(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# ---- what a second reading of round 13 found (regressions mended before landing) ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause after a comma keeps a verdict of its own
        (
            "No focal deficit, radicular pain is now gone.",
            [("radiculopathy", "negated", "unspecified")],
        ),
        (
            "Patient denies, when asked directly, that the pain is radiating into his legs.",
            [("radiculopathy", "negated", "bilateral")],
        ),
        # imaging's "without evidence of nerve root ..." names no radiculopathy
        ("L4-5: mild disc bulge without evidence of nerve root impingement.", []),
        # a qualified "doesn't hurt" is no denial
        (
            "His right knee doesn't hurt when sitting but aches on stairs.",
            [("knee_condition", "present", "right")],
        ),
        (
            "My knees never hurt until I started rucking in 2009.",
            [("knee_condition", "present", "bilateral")],
        ),
        # an operation done is no plan because the note is a scheduler's
        (
            "Scheduling note: pt is 6 weeks post R TKA, f/u booked.",
            [("knee_condition", "present", "right")],
        ),
        # risk factors and a fall risk are findings' context, not a consent's list
        (
            "Risk factors include: obesity, L knee OA, and lumbar DDD.",
            [("back_condition", "present", "unspecified"), ("knee_condition", "present", "left")],
        ),
        ("Fall-risk: high, antalgic gait favoring R.", [("antalgic_gait", "present", "right")]),
        # a row's own status, not the next row's; another kind of status is no verdict
        (
            "Problem: Radiculopathy, lumbar region  Status: Active  "
            "Problem: Chronic low back pain  Status: Resolved",
            [
                ("back_condition", "negated", "unspecified"),
                ("radiculopathy", "present", "unspecified"),
            ],
        ),
        (
            "Functional status: possible decline; lumbar radiculopathy per EMG.",
            [("radiculopathy", "present", "unspecified")],
        ),
        (
            "Lumbar radiculopathy; status: resolved after microdiscectomy",
            [("radiculopathy", "negated", "unspecified")],
        ),
        # a code's own row goes on after it
        (
            "Chronic knee pain (M25.561) Right side, worse with stairs.",
            [("knee_condition", "present", "right")],
        ),
        # a chest pain's radiation field
        ("CHEST PAIN ASSESSMENT\nRadiation: [X] none [ ] L arm [ ] jaw", []),
        # typed answers: a treatment's question, a question that names the normal, a sentence
        ("Has the Veteran undergone arthroscopic surgery for the meniscal tear?\nNo", []),
        (
            "Is the straight leg raising test negative?\nYes",
            [("radiculopathy", "negated", "unspecified")],
        ),
        (
            "Does the Veteran have radiculopathy?\nYes\nSide affected: Left\n"
            "Does the Veteran have muscle atrophy?\nYes\nSide affected: Right",
            [("radiculopathy", "present", "left")],
        ),
        # an exercise's rows under "SLR" answer no test
        ("SLR\nR - 2x10 with 2# weight\nL - 2x10", []),
        # a side at a sentence's end is no label for the next sentence's root
        (
            "SLR was negative on the Right. L5 radiculopathy on the left is unchanged.",
            [("radiculopathy", "negated", "right"), ("radiculopathy", "present", "left")],
        ),
        ("Personal goal met; limp has resolved.", [("antalgic_gait", "negated", "unspecified")]),
        ("It's been a bad knee day, pain 7/10.", [("knee_condition", "present", "unspecified")]),
        (
            "Bilateral knees: -no tenderness, no effusion.",
            [
                ("knee_condition", "negated", "bilateral"),
                ("knee_condition", "negated", "bilateral"),
            ],
        ),
        ("It goes from my butt into my right leg.", [("radiculopathy", "present", "right")]),
    ],
)
def test_what_the_second_reading_of_round_13_found(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_a_gate_question_followed_by_whitespace_is_read_in_linear_time() -> None:
    """A "Yes" after a gate question, then a long run of layout whitespace: the look for a
    diagnosis list after it once backtracked exponentially (14 spaces took 17 s)."""
    text = (
        "Does the Veteran now have or has he/she ever had a knee condition?\nYes" + " " * 400 + "x"
    )
    assert found(text) == [("knee_condition", "present", "unspecified")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Denies chills, sciatica is still present on the left.",
            [("radiculopathy", "present", "left")],
        ),
        ("The L knee does not hurt at this time.", [("knee_condition", "negated", "left")]),
        ("Plan: post-op PT after R TKA next month.", []),
        (
            "Specific risks of TKA reviewed: infection, instability, stiffness, persistent "
            "knee pain.",
            [],
        ),
        (
            "Chronic pain of right knee (M25.561) Lumbar radiculopathy (M54.16) Left sided "
            "sciatica (M54.32)",
            [
                ("knee_condition", "present", "right"),
                ("radiculopathy", "present", "left"),
                ("radiculopathy", "present", "unspecified"),
            ],
        ),
        ("Chest pain 7/10\nRadiation: [X] none [ ] L arm [ ] jaw [ ] back", []),
        (
            "Has the Veteran had total knee joint replacement surgery?\nYes\nSide affected: Right",
            [("knee_condition", "present", "right")],
        ),
        (
            "Is the left knee OA secondary to the lumbar DDD?\nNo",
            [("knee_condition", "present", "left")],
        ),
        (
            "Is the straight leg raising test negative?\nNo",
            [("radiculopathy", "possible", "unspecified")],
        ),
        ("SLR\nRight: + at 60 degrees\nLeft: -", [("radiculopathy", "possible", "right")]),
        ("IMPRESSION:\n1) Right. L5 radiculopathy", [("radiculopathy", "present", "right")]),
        ("R knee OA, ortho consult status: cancelled", [("knee_condition", "present", "right")]),
        (
            "a. Does the Veteran have radicular pain or any other signs or symptoms due to "
            "radiculopathy?\n[X] Yes [ ] No\n"
            "Right lower extremity: [ ] None [ ] Mild [X] Moderate [ ] Severe\n"
            "Left lower extremity:  [X] None [ ] Mild [ ] Moderate [ ] Severe",
            [("radiculopathy", "present", "right")],
        ),
        (
            "9. Straight leg raising test\nProvide straight leg raising results:\n"
            "Right: [ ] Negative [X] Positive [ ] Unable to perform\n"
            "Left:  [X] Negative [ ] Positive [ ] Unable to perform",
            [("radiculopathy", "possible", "right")],
        ),
    ],
)
def test_what_a_second_look_at_the_round_13_mends_found(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_a_long_code_row_is_read_in_linear_time() -> None:
    """A code's bracket with a long run of whitespace inside once backtracked quadratically
    (20,000 characters took 7 s)."""
    text = "Lumbar radiculopathy (ICD10" + " " * 3000 + "M54.16) Left"
    assert found(text) == [("radiculopathy", "present", "left")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form section's numbered title over its first question
        (
            "13. Intervertebral disc syndrome (IVDS) and episodes requiring bed rest\n"
            "a. Does the Veteran have IVDS of the thoracolumbar spine? [X] Yes [ ] No",
            [("back_condition", "present", "unspecified")],
        ),
        (
            "10. Radiculopathy\na. Does the Veteran have radicular pain or any other signs or "
            "symptoms due to radiculopathy?\n[ ] Yes [X] No",
            [("radiculopathy", "negated", "unspecified")],
        ),
        # the assistive-device item and a knee replacement's graded residuals name nothing
        (
            "b. If the Veteran uses any assistive devices, specify the condition and identify the "
            "assistive device used for each condition: straight cane, right hand, for low back "
            "condition",
            [],
        ),
        ("[X] Intermediate degrees of residual weakness, pain or limitation of motion", []),
    ],
)
def test_a_scanned_dbqs_titles_and_items_that_name_nothing(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_a_long_numbered_line_before_a_question_is_read_in_linear_time() -> None:
    """The numbered-title look once let a word split into pieces (exponential on a long word)."""
    text = "10. " + "abcdefghij" * 40 + "\nDoes the Veteran have radiculopathy?\nNo"
    assert found(text) == [("radiculopathy", "negated", "unspecified")]
