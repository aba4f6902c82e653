"""Session 14: phenomena from the train and dev records (authors 1-51). The sentences here are
written for the tests, not copied from the corpus."""

from __future__ import annotations

import pytest

from tests.tagging import found, knee

# ---- sides the OCR repair and imaging titles lost -------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Chief complaint L knee pain.", "left"),
        ("Complaint R knee pain x 3 wks.", "right"),
        ("Pt's main complaint R. knee pain on stairs.", "right"),
    ],
)
def test_a_side_letter_after_a_word_is_not_glued_onto_it(text: str, side: str) -> None:
    # ("complaint" + "L" once read as a broken "complaints")
    assert knee(text) == [("present", side, "pain_only")]


def test_a_broken_word_still_joins_where_its_last_letter_spells_it() -> None:
    assert knee("Bilatera l knee pain worse with stairs.") == [
        ("present", "bilateral", "pain_only")
    ]


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("Result: MRI KNEE LEFT WO CONTRAST   Date: 2022-03-02   Status: Final", "left"),
        ("JLV Radiology | XR KNEE 2 VW RT | 2019-05-04 | Verified", "right"),
        ("Study: XR knee (bilateral), standing", "bilateral"),
        ("MRI KNEE RIGHT W/O", "right"),
    ],
)
def test_an_imaging_title_with_the_side_after_the_knee_gives_the_report_its_side(
    title: str, side: str
) -> None:
    text = title + "\nFINDINGS: Moderate joint effusion. Lateral meniscus intact."
    assert knee(text) == [("negated", side, "meniscal_tear"), ("present", side, "other_diagnosis")]


def test_a_knee_imaging_title_without_a_side_gives_none() -> None:
    text = "Result: MRI KNEE WO CONTRAST   Status: Final\nFINDINGS: Moderate joint effusion."
    assert knee(text) == [("present", "unspecified", "other_diagnosis")]


# ---- assertion: double negatives, the null sign, doubt, conditions that may yet come ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a double negative states the finding; "not inconsistent with" doubts it
        (
            "There is a not insignificant limp on the right.",
            [("antalgic_gait", "present", "right")],
        ),
        (
            "MRI: appearance not inconsistent with a tear of the left medial meniscus.",
            [("knee_condition", "possible", "left")],
        ),
        # the null sign for none
        ("Gait: Ø limp.", [("antalgic_gait", "negated", "unspecified")]),
        ("Neuro: Ø radicular sx, strength 5/5.", [("radiculopathy", "negated", "unspecified")]),
        # doubt denies; no reason to doubt does not
        (
            "Doubt meniscal tear; exam favors PFPS.",
            [
                ("knee_condition", "negated", "unspecified"),
                ("knee_condition", "present", "unspecified"),
            ],
        ),
        (
            "There is no reason to doubt his report of sciatica on the left.",
            [("radiculopathy", "present", "left")],
        ),
        # not observed, elicited, evident after the finding
        ("Limp was not observed in clinic today.", [("antalgic_gait", "negated", "unspecified")]),
        ("A limp not evident on exam.", [("antalgic_gait", "negated", "unspecified")]),
        # a side between the finding and its "resolved"
        ("Sciatica on the right resolved after PT.", [("radiculopathy", "negated", "right")]),
        ("- Sciatica, R side - resolved 2018", [("radiculopathy", "negated", "right")]),
        # no improvement in a finding leaves it standing
        (
            "No improvement in his limp after 4 weeks.",
            [("antalgic_gait", "present", "unspecified")],
        ),
        # a worry is a doubt
        (
            'Wife worried he "has arthritis in the right knee."',
            [("knee_condition", "possible", "right")],
        ),
        (
            "Vet afraid that he has a torn meniscus.",
            [("knee_condition", "possible", "unspecified")],
        ),
    ],
)
def test_assertion_cues_of_the_fourteenth_round(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "If sciatica returns, call the clinic.",
        "Return to clinic if radicular symptoms develop.",
        "Should a limp develop, PT referral.",
    ],
)
def test_a_finding_that_may_yet_come_is_no_finding(text: str) -> None:
    assert found(text) == []


def test_a_condition_that_may_worsen_is_there() -> None:
    assert found("If his sciatica worsens, consider ESI.") == [
        ("radiculopathy", "present", "unspecified")
    ]


def test_without_a_device_denies_the_device_not_the_gait() -> None:
    assert found("Gait: ambulates w/o AD, antalgic favoring L, slow cadence.") == [
        ("antalgic_gait", "present", "left")
    ]
    # (a list after "without" still denies all of it)
    assert found("Ambulates without limp or antalgic pattern.") == [
        ("antalgic_gait", "negated", "unspecified")
    ]


def test_either_knees_disability_denied_is_both() -> None:
    assert found("Records do not show a disability of either knee.") == [
        ("knee_condition", "negated", "bilateral")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pain: Location: low back. Radiation: none. Intensity 4/10.",
            [("radiculopathy", "negated", "unspecified")],
        ),
        (
            "Location: lumbar | Rad: denies | Quality: dull",
            [("radiculopathy", "negated", "unspecified")],
        ),
        # a knee's or a chest's row: no radiculopathy
        (
            "Location: R knee | Radiation: none | Quality: aching",
            [("knee_condition", "present", "right")],
        ),
        ("Chest pain, Radiation: none.", []),
    ],
)
def test_a_back_pain_rows_radiation_answered_none(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


# ---- sides named relative to another finding's, and a study's side ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EMG confirmed a right S1 radiculopathy. The ipsilateral knee shows medial OA on XR.",
            [("knee_condition", "present", "right"), ("radiculopathy", "present", "right")],
        ),
        (
            "Records show a limp favoring the left leg since 2015. The contralateral knee now has "
            "a degenerative meniscal tear.",
            [("antalgic_gait", "present", "left"), ("knee_condition", "present", "right")],
        ),
        (
            "Pt has right-sided sciatica and limps on the same side.",
            [("antalgic_gait", "present", "right"), ("radiculopathy", "present", "right")],
        ),
        # a general statement has no finding to take a side from
        (
            "A limp loads the opposite knee over time.",
            [("antalgic_gait", "present", "unspecified")],
        ),
    ],
)
def test_a_side_named_relative_to_another_findings(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("EMG/NCS - RIGHT LOWER EXTREMITY", "right"),
        ("Nerve conduction study, left leg", "left"),
        ("Side studied: L", "left"),
    ],
)
def test_a_studys_sided_title_gives_its_radiculopathy_the_side(title: str, side: str) -> None:
    text = title + "\nFindings: fibrillations in L5 myotome.\nImpression: chronic L5 radiculopathy."
    assert found(text) == [("radiculopathy", "present", side)]


def test_a_study_title_naming_both_sides_gives_none() -> None:
    text = "EMG of the right and left legs\nImpression: chronic L5 radiculopathy."
    assert found(text) == [("radiculopathy", "present", "unspecified")]


# ---- words: pain in a dermatome, shooting pain in a leg, hobbling, weight kept off a leg -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reports burning pain in the L5 dermatome on the left.",
            [("radiculopathy", "present", "left")],
        ),
        ("Dermatomal pain L4, right worse than left.", [("radiculopathy", "present", "bilateral")]),
        # a sensory exam alone is no pain
        ("Light touch intact in the L2-S1 dermatomes.", []),
        ("Shooting pain in the left leg when he sits.", [("radiculopathy", "present", "left")]),
        ("Sharp pain in the left leg after the fall.", []),
        ("Daughter says he hobbles to the car.", [("antalgic_gait", "present", "unspecified")]),
        (
            "He walks lopsided to keep weight off his right leg.",
            [("antalgic_gait", "present", "right")],
        ),
        # (an order is no limp)
        ("Post-op: keep weight off the right leg for 6 weeks (NWB).", []),
        (
            "I put all my weight on the left leg.",
            [("antalgic_gait", "present", "right")],
        ),
        ('Site #1: R knee | Quality: "throbbing"', [("knee_condition", "present", "right")]),
        ("Resident c/o L knee hurting after therapy.", [("knee_condition", "present", "left")]),
        ("Night shift: no c/o knee pain.", [("knee_condition", "negated", "unspecified")]),
        ("Denies any known lumbar DDD.", [("back_condition", "negated", "unspecified")]),
        # a clause after "because" is not the negation's
        (
            "He can't drive without stopping because the pain shoots down his right leg.",
            [("radiculopathy", "present", "right")],
        ),
        (
            "No treating provider has documented a limp.",
            [("antalgic_gait", "negated", "unspecified")],
        ),
    ],
)
def test_words_of_the_fourteenth_round(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# ---- a transcript's questions -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # asked and not answered yes or no: nothing
        (
            "JUDGE: Has a doctor told you the knee arthritis is from your back?\nVETERAN: Dr. Lee "
            "thinks so.",
            [],
        ),
        # answered "No": the finding it asks after, denied
        (
            "Q. Any shooting pain in the left leg?\nA. No, sir.",
            [("radiculopathy", "negated", "left")],
        ),
        (
            "JUDGE SMITH: Did you have sciatica before service?\nMR. JONES: No ma'am.",
            [("radiculopathy", "negated", "unspecified")],
        ),
        # answered "Yes" and named in the answer: the answer's finding only
        (
            "JUDGE: Do you limp?\nTHE VETERAN: Yes. I limp on the right by evening.",
            [("antalgic_gait", "present", "right")],
        ),
        ("Q. Does your right knee give way?\nA. Yes.", [("knee_condition", "present", "right")]),
    ],
)
def test_a_transcripts_question_and_its_answer(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_a_questions_answer_on_its_own_line_is_the_forms() -> None:
    assert found("Q: Does the pain go down your leg?        A: No") == [
        ("radiculopathy", "negated", "unspecified")
    ]


# ---- forms: a section's numbered title, a meniscus condition's symptom boxes ------------------


def test_a_sections_numbered_title_is_no_finding() -> None:
    text = (
        "Section 10. Radiculopathy\n"
        "a. Does the Veteran have radicular pain or any other signs or symptoms due to "
        "radiculopathy? [X] Yes [ ] No\n"
        "b. Involvement of L4/L5/S1 nerve roots (sciatic nerve): [X] Left [ ] Right [ ] Both\n"
        "c. Severity: Left lower extremity: [X] Moderate"
    )
    assert found(text) == [("radiculopathy", "present", "left")]


def test_a_meniscus_conditions_symptom_boxes_give_it_its_side() -> None:
    text = (
        "Does the Veteran now have or has he/she ever had a meniscus (semilunar cartilage) "
        "condition? [X] Yes [ ] No\n"
        '[X] Frequent episodes of joint "locking"    Side: [ ] Right [X] Left [ ] Both\n'
        "[X] Frequent episodes of joint effusion     Side: [ ] Right [X] Left [ ] Both\n"
        "[ ] Frequent episodes of joint pain         Side: [ ] Right [ ] Left [ ] Both"
    )
    assert knee(text) == [("present", "left", "meniscal_tear")]


# ---- words OCR damages and words a denial needs ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. lntact menisci.", [("knee_condition", "negated", "unspecified")]),
        (
            "Findings sugg estive of early chondromalacia patellae.",
            [("knee_condition", "possible", "unspecified")],
        ),
        ("No improvernent in his 1imp.", [("antalgic_gait", "present", "unspecified")]),
        ("lf radicu1ar symptoms deve1op, EMG.", []),
        ("Pt has chronic axial LBP.", [("back_condition", "present", "unspecified")]),
        ("No current knee complaints.", [("knee_condition", "negated", "unspecified")]),
        ("No complaints referable to the right knee.", [("knee_condition", "negated", "right")]),
    ],
)
def test_ocr_words_and_denials(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Favoring the L arm with ADLs after the stroke.", []),
        ("Favoring the L leg on the stairs.", [("antalgic_gait", "present", "left")]),
        ("Postural instability on pull test.", []),
        ("Guarding the painful left knee.", [("knee_condition", "present", "left")]),
        # an OCR'd unchecked box before a billing code
        (
            "DIAGNOSES\nO M17.11 Primary OA, right knee\n[X] M17.12 Primary OA, left knee",
            [("knee_condition", "present", "left")],
        ),
    ],
)
def test_look_alikes_of_the_fourteenth_round(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


# ---- shorthand ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item with its own mark or grade is not the list's negation's
        (
            "R knee: (-) Lachman, TTP MJL, 1+ eff.",
            [
                ("knee_condition", "negated", "right"),
                ("knee_condition", "present", "right"),
                ("knee_condition", "present", "right"),
            ],
        ),
        (
            "L knee: no eff, lig stable.",
            [
                ("knee_condition", "negated", "left"),
                ("knee_condition", "negated", "left"),
            ],
        ),
        (
            "R knee warm, tr eff, ROM lim by pain.",
            [
                ("knee_condition", "present", "right"),
                ("knee_condition", "present", "right"),
            ],
        ),
        ("The medication was eff for pain.", []),
        # a meniscal tear abbreviated, not manual muscle testing
        ("A: R knee complex MMT.", [("knee_condition", "present", "right")]),
        ("PMH: h/o L MMT s/p APM 2015", [("knee_condition", "present", "left")]),
        ("MMT 5/5 bilat LE.", []),
        ("L MMT 4/5 hip abd.", []),
        # arrows for radiation
        ("c/o LBP → LLE x 2 wk.", [("radiculopathy", "present", "left")]),
        ("LBP -> b/l post thighs.", [("radiculopathy", "present", "bilateral")]),
        ("Back pain -> hip only.", []),
        ("Gait: ↓ stance time L, ↓ step length R.", [("antalgic_gait", "present", "left")]),
        ("Gait: n1, heel/toe walk intact.", [("antalgic_gait", "negated", "unspecified")]),
        ("EMG: mod R S1 radlc.", [("radiculopathy", "present", "right")]),
        ("MRI: L5-S1 lg R extrusion.", [("back_condition", "present", "unspecified")]),
        # a back pain row's radiation field naming a leg
        (
            "Location: low back | Quality: sharp | Radiation: RLE to foot",
            [("radiculopathy", "present", "right")],
        ),
    ],
)
def test_shorthand_of_the_fourteenth_round(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# ---- lists, tables, knee tests, opinions ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a checklist under "denies": what is checked is denied
        (
            "Pt denies (check all): [X] radiating pain [ ] fever [X] chills",
            [("radiculopathy", "negated", "unspecified")],
        ),
        ("- Decreased stance time and step length L", [("antalgic_gait", "present", "left")]),
        ("3. Pain R anteromedial knee 5/10", [("knee_condition", "present", "right")]),
        ("2. Pt will ambulate 200 ft without antalgic pattern.", []),
        (
            "The examiner did not address the limp favoring the right.",
            [("antalgic_gait", "present", "right")],
        ),
        # knee tests
        (
            "Patellar apprehension test positive on the left.",
            [("knee_condition", "possible", "left")],
        ),
        ("Apley grind negative.", [("knee_condition", "negated", "unspecified")]),
        ("MCL/LCL stable at 0 and 30 degrees.", [("knee_condition", "negated", "unspecified")]),
        ("Tender over the left pes anserine bursa.", [("knee_condition", "present", "left")]),
        (
            "Tender at the inferior pole of the right patella.",
            [("knee_condition", "present", "right")],
        ),
        # denials and their end
        (
            "Sciatica L leg 2015-2016 which resolved with PT.",
            [("radiculopathy", "negated", "left")],
        ),
        (
            "Prior L5 radiculopathy, no longer symptomatic since surgery.",
            [("radiculopathy", "negated", "unspecified")],
        ),
        ("No current knee c/o.", [("knee_condition", "negated", "unspecified")]),
        ("Gait in clinic: WFL.", [("antalgic_gait", "negated", "unspecified")]),
        (
            "The 2022 examiner found his gait to be normal.",
            [("antalgic_gait", "negated", "unspecified")],
        ),
        ("Pain does not radiate.", [("radiculopathy", "negated", "unspecified")]),
        ("NO RADICULOPATHY ON EXAM.", [("radiculopathy", "negated", "unspecified")]),
        (
            "Spinal stenosis is not shown on the 2019 MRI.",
            [("back_condition", "negated", "unspecified")],
        ),
        (
            "No deficit other than the service-connected right L5 radiculopathy.",
            [("radiculopathy", "present", "right")],
        ),
        (
            "8520 SCIATIC NERVE, LEFT (INCOMPLETE PARALYSIS, MODERATE) 20",
            [("radiculopathy", "present", "left")],
        ),
        # an opinion on whether he has it at all doubts it; one on the cause does not
        (
            "It is at least as likely as not that the Veteran has early DJD of the left knee.",
            [("knee_condition", "possible", "left")],
        ),
        (
            "It is at least as likely as not that the left knee DJD is due to the back.",
            [("knee_condition", "present", "left")],
        ),
    ],
)
def test_lists_knee_tests_and_opinions_of_the_fourteenth_round(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


# ---- findings graded by boxes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KNEE DBQ\nEffusion: [X] None [ ] Trace [ ] Moderate [ ] Large",
            [("negated", "unspecified", "other_diagnosis")],
        ),
        (
            "KNEE DBQ\nEffusion: [ ] None [X] Trace [ ] Moderate [ ] Large",
            [("present", "unspecified", "other_diagnosis")],
        ),
        (
            "KNEE DBQ\nRecurrent subluxation: Right: [X] None [ ] Slight [ ] Moderate "
            "Left: [ ] None [X] Slight [ ] Moderate",
            [("present", "left", "instability")],
        ),
        (
            "KNEE DBQ\nRecurrent subluxation: Right: [X] None [ ] Slight [ ] Moderate\n"
            "Left: [X] None [ ] Slight [ ] Moderate",
            [("negated", "bilateral", "instability")],
        ),
        # a structured report's title gives its side
        (
            "KNEE RADIOGRAPH - STRUCTURED REPORT      Side: [X] Right [ ] Left\n"
            "Effusion: [ ] None [X] Trace/small [ ] Moderate",
            [("present", "right", "other_diagnosis")],
        ),
    ],
)
def test_a_finding_graded_by_boxes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert knee(text) == expected


def test_a_diagnosis_rows_side_boxes_are_not_a_reports_side() -> None:
    text = (
        "KNEE DBQ\n[X] Meniscal tear         Side: [X] Right [ ] Left\n"
        "[X] Degenerative arthritis   Side: [ ] Right [X] Left"
    )
    assert knee(text) == [
        ("present", "left", "osteoarthritis"),
        ("present", "right", "meniscal_tear"),
    ]


def test_a_radial_tear_at_the_free_edge_is_a_meniscal_tear() -> None:
    assert knee("Small radial tear at the free edge of the medial meniscus body.") == [
        ("present", "unspecified", "meniscal_tear")
    ]


# ---- what a second reading of this round's rules found (each was wrong in the new tree) -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # MMT is manual muscle testing in therapy notes
        ("R MMT grossly 4+/5 throughout.", []),
        ("L MMT WNL.", []),
        ("Right MMT: hip flex 4/5, knee ext 4+/5.", []),
        # "no c/o" denies only its own item
        ("No c/o N/V, limping favoring the right.", [("antalgic_gait", "present", "right")]),
        (
            "No c/o pain, L knee effusion noted on assessment.",
            [("knee_condition", "present", "left")],
        ),
        # a SOAP note's assessment ending in "?" is no transcript question
        ("A: Lumbar radiculopathy?\nP: EMG.", [("radiculopathy", "possible", "unspecified")]),
        ("A: Right knee OA, worse?\nP: Injection.", [("knee_condition", "present", "right")]),
        # a question that asks which, not whether, is prose (the answer's side does not reach it)
        (
            "JUDGE: And the sciatica, which leg?\nVETERAN: The left leg, ma'am.",
            [("radiculopathy", "present", "unspecified")],
        ),
        # a comparison's or an order's side is no title's
        (
            "EXAM: XR KNEE RIGHT 3 VIEWS\nCOMPARISON: MRI knee left 2019.\n"
            "FINDINGS: Tricompartmental osteoarthritis.",
            [("knee_condition", "present", "right")],
        ),
        (
            "Plan: MRI knee left, f/u 2 wks.\nLumbar radiculopathy, stable.",
            [("radiculopathy", "present", "unspecified")],
        ),
        # OCR's broken words still join
        ("Bi1atera l knee OA on standing films.", [("knee_condition", "present", "bilateral")]),
        (
            "Lurnba r strain with pain into the left leg.",
            [
                ("back_condition", "present", "unspecified"),
                ("radiculopathy", "present", "left"),
            ],
        ),
        # doubt as a word of the case, not an impression
        (
            "Giving the veteran the benefit of doubt, sciatica of the right leg is conceded.",
            [("radiculopathy", "present", "right")],
        ),
        (
            "Pt doubts the injection helped his sciatica.",
            [("radiculopathy", "present", "unspecified")],
        ),
        (
            "Left knee DJD is not shown to be caused by the back.",
            [("knee_condition", "present", "left")],
        ),
        ("Chest pain does not radiate.", []),
        ("CT lumbar spine. Radiation: none (dose report attached).", []),
        (
            "Right L5 radiculopathy and left knee pain. The knee ipsilateral to the radiculopathy "
            "has a meniscal tear.",
            [
                ("knee_condition", "present", "left"),
                ("knee_condition", "present", "right"),
                ("radiculopathy", "present", "right"),
                ("radiculopathy", "present", "right"),
            ],
        ),
        (
            "EMG lab note: left-handed examiner.\nImpression: possible L5 radiculopathy.",
            [("radiculopathy", "possible", "unspecified")],
        ),
        (
            "Symptoms (check if present; pt denies all others): [X] radiating pain [ ] fever",
            [("radiculopathy", "present", "unspecified")],
        ),
        ("Phantom shooting pain in the left leg since BKA.", []),
        (
            "Wife worried he has been limping for weeks.",
            [("antalgic_gait", "present", "unspecified")],
        ),
        ("Once his limp starts he has to sit down.", [("antalgic_gait", "present", "unspecified")]),
        ("Injection site #1: L knee, 40 mg Kenalog.", []),
        (
            "It is at least as likely as not that the veteran has radiculopathy of the LLE "
            "secondary to his lumbar DDD.",
            [("back_condition", "present", "unspecified"), ("radiculopathy", "present", "left")],
        ),
    ],
)
def test_what_a_second_reading_of_round_14_found(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "'cause" ends a negation as "because" does
        ("He does not work 'cause of his sciatica.", [("radiculopathy", "present", "unspecified")]),
        # words the sentence filter lacked
        ("Electric pain in the right leg with coughing.", [("radiculopathy", "present", "right")]),
        ("Ege's test positive on the right.", [("knee_condition", "possible", "right")]),
        (
            "Electrodiagnostic consult - LEFT LOWER EXTREMITY\n"
            "Impression: chronic L5 radiculopathy.",
            [("radiculopathy", "present", "left")],
        ),
    ],
)
def test_what_the_second_reading_found_wrong_in_both_trees(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected
