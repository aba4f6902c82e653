"""Phenomena found in the train/dev records of the fifth to seventh corpus authors (rules-8):
dictated private notes, CPRS shorthand and C&P/Board prose, each case in several styles.
The sentences here are written for the tests, not copied from the corpus."""

from __future__ import annotations

import pytest

from classifiers import tag_text
from classifiers.ocr_normalize import normalize


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m.concept, m.assertion, m.laterality) for m in tag_text(text)]


def _concept(text: str, concept: str) -> list[tuple[str, str]]:
    return [(m.assertion, m.laterality) for m in tag_text(text) if m.concept == concept]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ('Vet states "the pain goes down my left leg all the way to my toes."', "left"),
        ("Intermittent pain down R leg to the lateral ankle x3 wks.", "right"),
        ("Radiation: down the back of the L thigh to the knee", "left"),
        ("Radiating: (+) into RLE", "right"),
        ("Pain drawing: low back -> R buttock -> posterior thigh", "right"),
        ("My back pain is shooting down my left leg again.", "left"),
        ("He says the leg is burning down to the foot on the right.", "right"),
        ("She has had sciatic nerve pain on the left since the fall.", "left"),
        ("reports radiating right leg pain with prolonged sitting", "right"),
        ("Radicular sx into L thigh since Tuesday.", "left"),
    ],
)
def test_radiating_pain_as_patients_and_clinic_shorthand_say_it(text: str, side: str) -> None:
    assert _concept(text, "radiculopathy") == [("present", side)]


@pytest.mark.parametrize(
    "text",
    [
        "Told by chiropractor he has a pinched nerve in his lower back affecting the L leg.",
        'Pt reports a "pinched nerve in my back" that makes the L leg ache.',
    ],
)
def test_pinched_nerve_in_the_back_is_radicular_but_not_in_the_neck(text: str) -> None:
    assert _concept(text, "radiculopathy") == [("present", "left")]
    assert _concept("Pinched nerve in the neck, L arm tingling.", "radiculopathy") == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("A: ?radic LLE, start PT", "left"),
        ("3. Sciatia R, better with stretching", "right"),  # typist's misspelling
        ("Dx: L5 radiculapathy, left", "left"),
    ],
)
def test_clinic_abbreviations_and_typists_misspellings(text: str, side: str) -> None:
    assert [s for _, s in _concept(text, "radiculopathy")] == [side]


def test_a_dropped_letter_keeps_the_word_ending() -> None:
    assert "sciatica" in normalize("sciatia").text
    assert "radiculopathy" in normalize("radiculapathy").text


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("SLR positive on the right at 35 degrees, negative on the left.", "right"),
        ("SLR (+) L at 40 deg, (-) R", "left"),
        ("Radiating: (+) down LLE to the heel (-) RLE", "left"),
    ],
)
def test_a_side_stated_negative_is_left_out(text: str, side: str) -> None:
    assert [s for _, s in _concept(text, "radiculopathy")] == [side]


def test_bilateral_stays_bilateral_without_a_negative_side() -> None:
    assert _concept("SLR positive bilaterally at 45 degrees.", "radiculopathy") == [
        ("possible", "bilateral")
    ]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ('EMS: found on the floor, states L knee "just gave way".', "left"),
        ("His right knee gave out on the stairs twice this month.", "right"),
        ("The left knee has buckled while carrying groceries.", "left"),
        ("my R knee keeps giving out", "right"),
    ],
)
def test_giving_way_in_past_and_perfect_tenses(text: str, side: str) -> None:
    ms = [m for m in tag_text(text) if m.concept == "knee_condition"]
    assert [(m.knee_dx, m.assertion, m.laterality) for m in ms] == [
        ("instability", "present", side)
    ]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Aching pain along the medial aspect of the right knee with stairs.", "right"),
        ("Pt reports pain L knee w/ WB.", "left"),
        ("TELEPHONE TRIAGE: c/o R knee swelling/pain x2 days.", "right"),
        ("He notes pain around the front of his left knee when kneeling.", "left"),
    ],
)
def test_knee_pain_written_without_the_usual_preposition(text: str, side: str) -> None:
    ms = [m for m in tag_text(text) if m.concept == "knee_condition"]
    assert [(m.knee_dx, m.laterality) for m in ms] == [("pain_only", side)]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The menisci of the right knee are intact.", "right"),
        ("LEFT KNEE MRI: Medial meniscus intact.", "left"),
    ],
)
def test_intact_menisci_deny_a_tear(text: str, side: str) -> None:
    ms = [m for m in tag_text(text) if m.concept == "knee_condition"]
    assert [(m.knee_dx, m.assertion, m.laterality) for m in ms] == [
        ("meniscal_tear", "negated", side)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Should he develop radicular symptoms, an EMG would be reasonable.",
        "Should the study confirm an L5 radiculopathy, I would refer him for an ESI.",
        "If the EMG shows radiculopathy, will refer to neurosurgery.",
        "He would be a reasonable candidate for arthroscopic partial medial meniscectomy.",
        "Vet asks about knee replacement; ortho said not yet.",
    ],
)
def test_conditions_supposed_and_procedures_offered_are_not_findings(text: str) -> None:
    assert [m for m in tag_text(text) if m.concept in ("radiculopathy", "knee_condition")] == []


def test_a_procedure_done_is_still_a_finding() -> None:
    ms = [m for m in tag_text("PAST SURGICAL HISTORY: Left knee arthroscopy 2003.")]
    assert [(m.concept, m.knee_dx, m.laterality) for m in ms] == [
        ("knee_condition", "other_diagnosis", "left")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neuro: 5/5 BLE, DTRs 2+ symmetric, tandem gait nl.", []),
        (
            "He worries about his gait, which is normal on exam today.",
            [("antalgic_gait", "negated", "unspecified")],
        ),
        (
            "Gait analysis: decr stance time LLE, decr cadence.",
            [("antalgic_gait", "present", "left")],
        ),
    ],
)
def test_gait_wording(text: str, expected: list) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Because of my back I walk with a limp and put my weight on my left leg.", "right"),
        ("Limping, keeps most of his weight on the right.", "left"),
    ],
)
def test_weight_borne_on_one_leg_protects_the_other(text: str, side: str) -> None:
    assert _concept(text, "antalgic_gait") == [("present", side)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The July EMG was normal, and no examiner has found radicular signs.",
            ("radiculopathy", "negated"),
        ),
        (
            "STRs show a lumbar strain in 1991 that was noted as resolved at separation.",
            ("back_condition", "negated"),
        ),
        (
            "Radiating sx into R thigh have centralized with extension exercises.",
            ("radiculopathy", "negated"),
        ),
        (
            "Assessment: R L5 radiculopathy, mild, clinically suspected.",
            ("radiculopathy", "possible"),
        ),
        (
            "Findings may reflect his known multilevel lumbar stenosis.",
            ("back_condition", "present"),
        ),
        ("Duloxetine may help the sciatica as well.", ("radiculopathy", "present")),
    ],
)
def test_assertion_cues_before_and_after_the_finding(text: str, expected: tuple) -> None:
    assert [(m.concept, m.assertion) for m in tag_text(text) if m.concept == expected[0]] == [
        expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ED TRIAGE: c/o acute on chronic LBP w/ radiation to LLE, +numbness L foot.",
        "Tramadol for b/l knee OA and chr LBP.",
        "Primary pain: low back, chronic",
    ],
)
def test_chronic_low_back_pain_beside_other_anatomy_and_in_shorthand(text: str) -> None:
    backs = [m for m in tag_text(text) if m.concept == "back_condition"]
    assert [(m.condition, m.assertion) for m in backs] == [("chronic low back pain", "present")]


def test_either_lower_extremity_under_a_negation_is_both() -> None:
    assert _concept(
        "The examiner found no objective evidence of radiculopathy of either lower extremity.",
        "radiculopathy",
    ) == [("negated", "bilateral")]


def test_a_refused_increase_leaves_the_condition_service_connected() -> None:
    ms = tag_text(
        "Entitlement to an evaluation in excess of 10 percent for right knee instability is denied."
    )
    assert [(m.concept, m.assertion, m.laterality) for m in ms] == [
        ("knee_condition", "present", "right")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "JOINT STABILITY TESTS\nAnterior instability (Lachman test): Right: Normal  Left: Normal\n"
        "Posterior instability (Posterior drawer test): Right: Normal  Left: Normal",
        "5. Joint stability tests\nLachman: Right [X] Normal [ ] 1+   Left [X] Normal [ ] 1+\n"
        "Posterior drawer: Right [X] Normal   Left [X] Normal",
    ],
)
def test_an_all_normal_stability_section_is_one_finding_on_its_title(text: str) -> None:
    ms = tag_text(text)
    assert [(m.knee_dx, m.assertion, m.laterality) for m in ms] == [
        ("instability", "negated", "bilateral")
    ]
    assert "stability test" in ms[0].text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "No knee diagnosis: knee exam benign b/l.",
        "Lachman and anterior drawer tests are negative on the right.",
        "There is no objective evidence of a current disability of the right knee.",
    ],
)
def test_normal_knee_findings_in_other_words(text: str) -> None:
    ms = [m for m in tag_text(text) if m.concept == "knee_condition"]
    assert ms and all(m.assertion == "negated" for m in ms)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ASSESSMENT: 1) Chronic LBP w/ lumbar radiculopathy RLE 2) DJD lt knee",
            {"radiculopathy": "right", "knee_condition": "left"},
        ),
        (
            "Problems: 1) sciatica LLE 2) R knee OA",
            {"radiculopathy": "left", "knee_condition": "right"},
        ),
    ],
)
def test_a_numbered_item_keeps_its_side(text: str, expected: dict[str, str]) -> None:
    sides = {m.concept: m.laterality for m in tag_text(text) if m.concept in expected}
    assert sides == expected


@pytest.mark.parametrize(
    "text",
    [
        "Right ankle: positive anterior drawer test of the ankle, ATFL laxity.",
        "C5-6 DDD with neck pain; L-spine not imaged.",
        "Cervical DDD at C6-7, lumbar films pending.",
    ],
)
def test_other_joints_and_the_neck_are_not_knee_or_back_findings(text: str) -> None:
    assert [m for m in tag_text(text) if m.concept in ("knee_condition", "back_condition")] == []


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ambulates with antalgic gait favoring the left leg secondary to sciatica.", "left"),
        ("Limping on the right today due to increased radicular pain.", "right"),
    ],
)
def test_a_limp_caused_by_radicular_pain_gives_it_its_side(text: str, side: str) -> None:
    assert _concept(text, "radiculopathy") == [("present", side)]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The left knee examination today is normal.", "left"),
        ("Examination of the right knee was entirely normal.", "right"),
        ("X-rays of both knees are unremarkable.", "bilateral"),
    ],
)
def test_a_normal_knee_exam_in_longer_wording(text: str, side: str) -> None:
    ms = [m for m in tag_text(text) if m.concept == "knee_condition"]
    assert [(m.assertion, m.laterality) for m in ms] == [("negated", side)]


@pytest.mark.parametrize(
    ("text", "dx", "assertion"),
    [
        (
            "MRI LEFT KNEE: Horizontal cleavage tear body and posterior horn lateral meniscus.",
            "meniscal_tear",
            "present",
        ),
        (
            "Myxoid degeneration of the posterior horn of the medial meniscus, left knee.",
            "meniscal_tear",
            "present",
        ),
        ("Rt knee: ITB syndrome, worse with running.", "other_diagnosis", "present"),
        ('Pt reports L knee "feels unstable" on uneven ground.', "instability", "present"),
    ],
)
def test_knee_diagnoses_in_radiology_and_clinic_shorthand(
    text: str, dx: str, assertion: str
) -> None:
    ms = [m for m in tag_text(text) if m.concept == "knee_condition" and m.knee_dx == dx]
    assert [m.assertion for m in ms] == [assertion]


@pytest.mark.parametrize(
    "text",
    [
        "MMT 4/5 L hip abduction, knee extension 5/5.",
        "MMT R knee ext 4+/5, flexion 4/5.",
        "Manual therapy (MT) to the left knee, 10 min.",
    ],
)
def test_mt_abbreviations_in_therapy_notes_are_not_meniscal_tears(text: str) -> None:
    # PT notes use MMT/MT for manual muscle testing and manual therapy
    assert [m for m in tag_text(text) if m.knee_dx == "meniscal_tear"] == []


@pytest.mark.parametrize(
    "text",
    [
        "EMG impression: chronic right L4 radicu- lopathy.",  # a line-end hyphen kept in the line
        "Assessment: lumbar radicu lopathy, R.",
    ],
)
def test_words_broken_inside_a_line_are_joined(text: str) -> None:
    assert _concept(text, "radiculopathy") == [("present", "right")]


@pytest.mark.parametrize(
    "text",
    [
        "OGA: ↓ stance time R LE, ↓ cadence.",
        "Gait ana1ysis: decreased stance tirne on the right 1ower extrernity.",
    ],
)
def test_shortened_stance_in_arrows_and_ocr(text: str) -> None:
    assert _concept(text, "antalgic_gait") == [("present", "right")]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("A: ?bucket handle meniscus tear L knee.", "knee_condition"),
        ("R knee: ?early DJD on XR.", "knee_condition"),
        ("Ambulating w/o AD, ?mild residual limp vs just guarding.", "antalgic_gait"),
    ],
)
def test_a_question_mark_glued_to_the_finding_hedges_it(text: str, concept: str) -> None:
    assert [a for a, _ in _concept(text, concept)] == ["possible"]


def test_as_likely_as_not_hedges_the_relation_not_the_conditions() -> None:
    text = (
        "It is my opinion that the left knee meniscal tear is as likely as not related to "
        "his left L5 radiculopathy."
    )
    assert sorted(_found(text)) == [
        ("knee_condition", "present", "left"),
        ("radiculopathy", "present", "left"),
    ]


@pytest.mark.parametrize(
    ("text", "concept", "expected"),
    [
        ("Walks with a s|ight limp favoring the |eft leg.", "antalgic_gait", ("present", "left")),
        ("Currently no radicu|ar symptoms.", "radiculopathy", ("negated", "unspecified")),
        ("c/o pain shooting dovvn the right leg.", "radiculopathy", ("present", "right")),
        ("I still linp most days.", "antalgic_gait", ("present", "unspecified")),
    ],
)
def test_bars_and_letters_ocr_confuses(text: str, concept: str, expected: tuple) -> None:
    assert _concept(text, concept) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hx of sciatica L leg 2012, resolved w/ PT. Currently no radicular symptoms.",
            [("radiculopathy", "negated", "left"), ("radiculopathy", "negated", "unspecified")],
        ),
        (
            "Anterior drawer 2+ and pivot shift + on the R. L knee stable.",
            [("knee_condition", "present", "right"), ("knee_condition", "negated", "left")],
        ),
    ],
)
def test_sentences_end_after_pt_and_a_side_letter(text: str, expected: list) -> None:
    assert _found(text) == expected


# ---- authors 8-10: EHR templates, hospital prose, badly scanned pages -----------------------


def test_a_knee_header_gives_its_side_past_label_lines() -> None:
    text = (
        "LEFT KNEE EXAM:\nEffusion: none.\nROM: 0-125.\n"
        "Stability: Lachman negative, varus/valgus stable.\n"
        "Meniscal signs: McMurray negative, Thessaly negative.\nTenderness: none."
    )
    sides = {m.laterality for m in tag_text(text) if m.concept == "knee_condition"}
    assert sides == {"left"}


def test_a_header_of_another_body_part_stops_the_side() -> None:
    text = "RIGHT KNEE: no effusion.\nLumbar back:\nRadicular pain down the leg."
    assert _concept(text, "radiculopathy") == [("present", "unspecified")]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Musculoskeletal: Positive for arthralgias (right knee) and back pain.", "right"),
        ("You were seen today for pain in your left knee.", "left"),
        ("Rt knee: +medial JLT, mild effusion.", "right"),
        ("Tenderness present over the medial joint line of the left knee.", "left"),
    ],
)
def test_knee_pain_in_ehr_templates(text: str, side: str) -> None:
    ms = [m for m in tag_text(text) if m.knee_dx == "pain_only"]
    assert [(m.assertion, m.laterality) for m in ms] == [("present", side)]


@pytest.mark.parametrize(
    "text",
    [
        "Negative for gait problem, joint swelling and myalgias.",
        "Your exam did not show a pinched nerve, and your walking was normal.",
    ],
)
def test_normal_gait_in_templates_and_patient_letters(text: str) -> None:
    assert _concept(text, "antalgic_gait") == [("negated", "unspecified")]


@pytest.mark.parametrize(
    "text",
    [
        "Ligaments: ACL, PCL, MCL and LCL intact.",
        "2. Intact ligaments.",
    ],
)
def test_intact_ligaments_deny_instability(text: str) -> None:
    ms = [m for m in tag_text("RIGHT KNEE MRI\n" + text) if m.concept == "knee_condition"]
    assert [(m.knee_dx, m.assertion) for m in ms] == [("instability", "negated")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sprain of right knee (S83.91XA) | Resolved 08/2016", ("knee_condition", "negated")),
        ("There was no slipped vertebra.", ("back_condition", "negated")),
        ("2. Moderate central canal narrowing at L4-L5.", ("back_condition", "present")),
        ("Chronic midline low back pain without sciatica (M54.50)", ("back_condition", "present")),
        ("2+ Lachman with soft endpoint and positive pivot shift.", ("knee_condition", "present")),
        ("SLR now negative bilaterally.", ("radiculopathy", "negated")),
        ("Slump test positive on the left.", ("radiculopathy", "possible")),
        ("Prone knee bend (-) bilat.", ("radiculopathy", "negated")),
        ("At no point did he report radicular leg pain.", ("radiculopathy", "negated")),
        (
            "Interval resolution of the previously seen L5-S1 disc extrusion.",
            ("back_condition", "negated"),
        ),
    ],
)
def test_ehr_and_radiology_phrasings(text: str, expected: tuple) -> None:
    assert [(m.concept, m.assertion) for m in tag_text(text) if m.concept == expected[0]][:1] == [
        expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gait: antalgic with decreased stance time on R LE, decreased knee flexion in swing on R.",
        "OGA: reduced knee flexion during swing phase on the L.",
    ],
)
def test_gait_kinematics_are_not_limited_knee_motion(text: str) -> None:
    assert [m for m in tag_text(text) if m.knee_dx == "limited_motion"] == []


@pytest.mark.parametrize(
    ("text", "dx"),
    [
        (
            "MRI RIGHT KNEE: Complex tear involving the posterior horn and body of the medial "
            "meniscus.",
            "meniscal_tear",
        ),
        ("Horizontal oblique tear of the posterior horn of the lateral meniscus.", "meniscal_tear"),
        (
            "X-rays: bilateral knees show Kellgren-Lawrence grade 3 changes medially.",
            "osteoarthritis",
        ),
        ("Nondisplaced fracture of the lateral tibial plateau.", "other_diagnosis"),
        ("Status post bilateral total knee arthroplasties.", "other_diagnosis"),
    ],
)
def test_knee_diagnoses_as_radiologists_and_surgeons_write_them(text: str, dx: str) -> None:
    assert dx in {m.knee_dx for m in tag_text(text)}


def test_non_negates_only_its_own_word() -> None:
    ms = tag_text(
        "Bilateral knee osteoarthritis with a small non-inflammatory effusion on the left."
    )
    assert {(m.knee_dx, m.assertion) for m in ms} >= {("osteoarthritis", "present")}
    assert ("other_diagnosis", "negated") not in {(m.knee_dx, m.assertion) for m in ms}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Pain location: [X] Low back [ ] Neck [X] R knee [ ] L knee [ ] Other", "right"),
        ("Where is your pain? [X] Low back [ ] Neck [X] Right knee [X] Left knee", "bilateral"),
        ("Site of pain: ☒ Lt knee ☐ Rt knee ☐ Hip", "left"),
    ],
)
def test_a_checked_knee_in_a_pain_location_item_is_knee_pain(text: str, side: str) -> None:
    ms = tag_text(text)
    assert [(m.knee_dx, m.laterality) for m in ms] == [("pain_only", side)]
    assert "knee" in ms[0].text.lower() and ms[0].text == ms[0].text.strip()


@pytest.mark.parametrize(
    "text", ["Does the pain travel? [ ] Yes [X] No", "Radiates: [ ] Yes [X] No"]
)
def test_a_radiation_question_answered_no(text: str) -> None:
    assert _concept(text, "radiculopathy") == [("negated", "unspecified")]


def test_radiation_to_the_buttock_only_is_not_radicular() -> None:
    assert _concept("Radiation: to the R buttock only.", "radiculopathy") == []


@pytest.mark.parametrize(
    "text",
    [
        "FINDINGS: Moderate medial joint space narrowing with marginal osteophytes.",
        "XR PELVIS AND RIGHT HIP: superolateral joint space narrowing.",
        "Medial joint line narrowing of the right knee.",
    ],
)
def test_joint_space_narrowing_alone_is_a_sign_not_a_diagnosis(text: str) -> None:
    # every corpus author who wrote it (26 sentences) labelled the diagnosis word, never this
    assert [m for m in tag_text(text) if m.concept == "knee_condition"] == []


def test_the_diagnosis_beside_the_sign_is_still_found() -> None:
    ms = tag_text("XR R knee: mild medial joint space narrowing, early OA.")
    assert [(m.knee_dx, m.text) for m in ms] == [("osteoarthritis", "OA")]


# ---- look-alikes and scope limits found by a second reading of rules-8 ------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("PMH: prostate ca s/p radiation", "radiculopathy"),
        ("Lung cancer s/p chemo and radiation", "radiculopathy"),
        ("s/p radic prostatectomy 2019", "radiculopathy"),
        ("Pinched nerve in the back of his neck, arm tingling.", "radiculopathy"),
        ("Pain down the front of the left shin after running, shin splints.", "radiculopathy"),
        ("Pain down the back of the left knee, Baker's cyst on US.", "radiculopathy"),
        ("Burning into both feet at night, diabetic neuropathy.", "radiculopathy"),
        ("L hip -> lateral thigh pain, c/w trochanteric bursitis.", "radiculopathy"),
        ("I do not have pain going down my legs.", "radiculopathy"),
        ("Call us if you have pain that shoots down your leg.", "radiculopathy"),
        ("Buckled his seatbelt; knee pain after the MVA.", "knee_instability"),
        ("Tongue protrusion midline; back exam unremarkable.", "back_condition"),
    ],
)
def test_look_alikes_are_not_findings(text: str, concept: str) -> None:
    ms = tag_text(text)
    if concept == "knee_instability":
        assert [m for m in ms if m.knee_dx == "instability"] == []
    elif concept == "radiculopathy":
        assert [m for m in ms if m.concept == concept and m.assertion != "negated"] == []
    else:
        assert [m for m in ms if m.concept == concept] == []


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Good candidate for steroid injection for OA of the right knee.", "knee_condition"),
        ("Would benefit from PT for his knee OA.", "knee_condition"),
        ("Scheduled for PT for lumbar radiculopathy.", "radiculopathy"),
        ("He was planned for surgery for lumbar stenosis in 2015 but declined.", "back_condition"),
        ("Should continue home exercise program for right knee DJD.", "knee_condition"),
        ("Should f/u with ortho re: meniscal tear L knee.", "knee_condition"),
    ],
)
def test_plans_for_a_condition_keep_the_condition(text: str, concept: str) -> None:
    assert [m.assertion for m in tag_text(text) if m.concept == concept] == ["present"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Antalgic gait, unable to put weight on right leg.", "right"),
        ("Limps, non-weight bearing on the left leg.", "left"),
        ("Limps and keeps most of his weight on the left leg.", "right"),
    ],
)
def test_weight_borne_only_when_it_is_put_on_a_leg(text: str, side: str) -> None:
    assert _concept(text, "antalgic_gait") == [("present", side)]


@pytest.mark.parametrize(
    "text",
    [
        "Bilateral L5 radiculopathy - L worse than R.",
        "Bilateral LE radiculopathy on EMG; SLR negative on the left.",
    ],
)
def test_a_radiculopathy_called_bilateral_stays_bilateral(text: str) -> None:
    assert [s for _, s in _concept(text, "radiculopathy")][:1] == ["bilateral"]


def test_a_knee_headers_side_stops_at_the_notes_next_section() -> None:
    text = "RIGHT KNEE: no effusion.\nMEDICATIONS: none\nALLERGIES: NKDA\nLumbar radiculopathy."
    assert _concept(text, "radiculopathy") == [("present", "unspecified")]


def test_an_imaging_titles_side_reaches_its_impression() -> None:
    text = "MRI LEFT KNEE\nFINDINGS: small joint effusion.\nIMPRESSION: Medial compartment OA."
    assert {m.laterality for m in tag_text(text) if m.knee_dx == "osteoarthritis"} == {"left"}


def test_an_intact_meniscus_beside_a_torn_one() -> None:
    ms = tag_text("Medial meniscus is intact; lateral meniscus has a complex tear.")
    assert ("meniscal_tear", "present") in {(m.knee_dx, m.assertion) for m in ms}


def test_cervical_and_lumbar_spondylosis_keeps_the_lumbar_one() -> None:
    assert [m.condition for m in tag_text("Cervical/lumbar spondylosis.")] == ["spondylosis"]


def test_words_longer_than_any_lexicon_word_are_not_fuzzy_matched() -> None:
    # the delete-neighbourhood of an 800-letter OCR run is n^2 strings: tens of seconds per
    # token before; such a word cannot be a lexicon word anyway
    from classifiers.ocr_normalize import _fuzzy, fix_word

    long_word = "radiculopathy" * 60
    assert _fuzzy(long_word) is None
    assert fix_word(long_word.upper()) == long_word
    assert _fuzzy("radiculapathy") == "radiculopathy"  # ordinary damage is still repaired


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Acute R L5 radiculopathy.", "radiculopathy"),
        ("1) Sciatica 2) R knee OA", "radiculopathy"),
        ("Diagnosis: Acute pain of left knee", "knee_condition"),
        ("Dx: Acute lumbar strain", "back_condition"),
    ],
)
def test_the_model_does_not_hedge_a_sentence_without_a_word_of_doubt(
    text: str, concept: str
) -> None:
    assert [m.assertion for m in tag_text(text) if m.concept == concept] == ["present"]


def test_the_model_may_still_hedge_where_doubt_is_written() -> None:
    text = "IMPRESSION: Correlate clinically for bilateral L5 radiculopathy."
    assert _concept(text, "radiculopathy") == [("possible", "bilateral")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("REFERRAL: Ortho - R knee MMT on MRI, mechanical sx", ("meniscal_tear", "present")),
        ("Reason for study: L knee locking, ?MMT", ("meniscal_tear", "possible")),
        ("Pain in joint of left knee (SNOMED 444828001)", ("pain_only", "present")),
        (
            "Other meniscus derangements, medial meniscus, left knee (M23.332)",
            ("meniscal_tear", "present"),
        ),
        ("Acute pain of right knee (M25.561) - Resolved 04/2018", ("pain_only", "negated")),
    ],
)
def test_problem_list_and_referral_lines(text: str, expected: tuple) -> None:
    assert expected in {(m.knee_dx, m.assertion) for m in tag_text(text)}


def test_a_resolved_problem_with_its_code_between() -> None:
    text = "Sciatica, unspecified side (M54.30) - resolved after L5-S1 microdiscectomy 2016"
    assert _concept(text, "radiculopathy") == [("negated", "unspecified")]


# ---- author 12: the DBQs as examiners complete them today ------------------------------------

_RADIC_GRID = (
    "SECTION V - RADICULOPATHY\n"
    "a. Does the Veteran have radicular pain or any other signs or symptoms due to "
    "radiculopathy? [X] Yes [ ] No\n"
    "b. Indicate symptoms' location and severity (check all that apply):\n"
    "Constant pain (may be excruciating at times): Right lower extremity: [ ] None [X] Mild"
    "   Left lower extremity: [X] None\n"
    "e. Indicate severity of radiculopathy and side affected:\n"
    "Sciatic nerve: Right: [ ] Not affected [ ] Mild [X] Moderate [ ] Severe   Left: {left}\n"
)


@pytest.mark.parametrize(
    ("left", "side"),
    [
        ("[X] Not affected [ ] Mild [ ] Moderate [ ] Severe", "right"),
        ("[ ] Not affected [X] Mild [ ] Moderate [ ] Severe", "bilateral"),
    ],
)
def test_a_nerve_row_of_the_severity_grid_gives_each_side_its_box(left: str, side: str) -> None:
    ms = [m for m in tag_text(_RADIC_GRID.format(left=left)) if m.concept == "radiculopathy"]
    assert [(m.assertion, m.laterality, m.severity) for m in ms] == [("present", side, "moderate")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "RIGHT KNEE\nInitial ROM: Abnormal or outside of normal range: [X] Yes [ ] No",
            ("knee_condition", "limited_motion", "present", "right"),
        ),
        (
            "Guarding: [ ] None [ ] Resulting in abnormal gait [X] Not resulting in abnormal gait",
            ("antalgic_gait", None, "negated", "unspecified"),
        ),
        (
            "[X] Total knee joint replacement Date of surgery: 02/2022 Side: [X] Right [ ] Left",
            ("knee_condition", "other_diagnosis", "present", "right"),
        ),
    ],
)
def test_current_dbq_items(text: str, expected: tuple) -> None:
    assert [(m.concept, m.knee_dx, m.assertion, m.laterality) for m in tag_text(text)] == [expected]


def test_an_ivds_section_title_and_its_episode_question_are_not_findings() -> None:
    text = (
        "VII. INTERVERTEBRAL DISC SYNDROME (IVDS) AND EPISODES REQUIRING BED REST\n"
        "[X] Intervertebral disc syndrome\n"
        "If yes, has the Veteran had any episodes of acute signs and symptoms due to IVDS "
        "that required bed rest? [ ] Yes [X] No"
    )
    ms = [m for m in tag_text(text) if m.concept == "back_condition"]
    assert [(m.assertion, m.text) for m in ms] == [("present", "Intervertebral disc syndrome")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Negative McMurray, Lachman, and posterior drawer.",
            {("meniscal_tear", "negated"), ("instability", "negated")},
        ),
        (
            "Negative Lachman and McMurray.",
            {("instability", "negated"), ("meniscal_tear", "negated")},
        ),
        (
            "Pt denies knee pain, swe1ling, or giving vvay.",
            {("pain_only", "negated"), ("instability", "negated")},
        ),
        ("The veteran himself denies any knee problems.", {("other_diagnosis", "negated")}),
        ("Normal cruciate ligaments.", {("instability", "negated")}),
        (
            "Grade II intrasubstance signal posterior horn medial meniscus, consistent with "
            "myxoid degeneration.",
            {("meniscal_tear", "present")},
        ),
    ],
)
def test_negative_test_lists_and_denied_knee_problems(text: str, expected: set) -> None:
    assert {(m.knee_dx, m.assertion) for m in tag_text(text)} == expected


def test_knee_problems_without_a_denial_stay_a_generic_non_finding() -> None:
    assert tag_text("He has knee problems.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Does the Veteran have limitation of flexion? ☒ Yes ☐ No Right ☐ Left ☒",
        "Does the Veteran have 1imitation of flexion? Kl Yes [ ] No Right [ ] Left Kl",
    ],
)
def test_a_box_written_after_its_side_label(text: str) -> None:
    ms = tag_text(text)
    assert [(m.knee_dx, m.assertion, m.laterality) for m in ms] == [
        ("limited_motion", "present", "left")
    ]


def test_an_o_read_for_an_empty_box_is_blanked_like_the_box() -> None:
    text = "Straight 1eg raising test: Right: O Positive Kl Negative Left: O Positive Kl Negative"
    assert _found(text) == [("radiculopathy", "negated", "bilateral")]


@pytest.mark.parametrize(
    "text",
    [
        "O Meniscal tear Side affected: O Right O Left O Both",
        "O Patellofemoral paln syndrome Side: O Right O Left O Both",
    ],
)
def test_a_template_line_with_every_box_read_as_o_names_nothing(text: str) -> None:
    assert tag_text(text) == []


def test_a_checked_item_beside_o_boxes_is_still_found() -> None:
    ms = tag_text("Kl Meniscal tear Side: O Right Kl Left O Both")
    assert [(m.knee_dx, m.laterality) for m in ms] == [("meniscal_tear", "left")]


def test_a_side_written_out_after_the_boxes() -> None:
    ms = tag_text("Recurrent sub1uxation: ( ) None (X) Slight ( ) Moderate ( ) Severe Side: Left")
    assert [(m.knee_dx, m.assertion, m.laterality) for m in ms] == [
        ("instability", "present", "left")
    ]


def test_the_neck_dbqs_radiculopathy_question_is_about_the_arms() -> None:
    q = (
        "Does the Veteran have radicular pain or any other signs or symptoms due to "
        "radiculopathy? [X] Yes [ ] No"
    )
    assert tag_text("NECK (CERVICAL SPINE) CONDITIONS - RADICULOPATHY\n" + q) == []
    back = tag_text("BACK (THORACOLUMBAR SPINE) CONDITIONS DISABILITY BENEFITS QUESTIONNAIRE\n" + q)
    assert [(m.concept, m.assertion) for m in back] == [("radiculopathy", "present")]
