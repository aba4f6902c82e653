"""Phenomena found in session 10 in the train and dev records of the corpus (clean text and
its Tesseract copy). The sentences here are written for the tests, not copied from the
corpus."""

from __future__ import annotations

import pytest

from classifiers import tag_text
from classifiers.sentences import split_sentences
from tests.tagging import found as _found
from tests.tagging import knee as _knee

# ---- knee replacements beside another knee finding ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PMH: DJD both knees; s/p R TKA 2016.",
            [("present", "bilateral", "osteoarthritis"), ("present", "right", "other_diagnosis")],
        ),
        (
            "Dx: chronic left knee pain, status post left total knee arthroplasty (2020).",
            [("present", "left", "other_diagnosis"), ("present", "left", "pain_only")],
        ),
        (
            "Hx: s/p L TKA 2015, doing well; R knee now bone on bone.",
            [("present", "left", "other_diagnosis"), ("present", "right", "osteoarthritis")],
        ),
    ],
)
def test_a_done_knee_replacement_is_a_finding_beside_another_diagnosis(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _knee(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He had a right total knee arthroplasty in 2018 for end-stage osteoarthritis.",
        "Right knee OA, KL 4; R TKA recommended, pt wants to wait until spring.",
        "Right knee OA; pt declines TKA for now.",
        "Right knee OA, bone on bone - refer ortho for TKA eval.",
        "Right knee OA; we discussed the possible need for knee replacement in the future.",
    ],
)
def test_a_replacement_planned_or_done_for_the_named_diagnosis_is_not_a_second_finding(
    text: str,
) -> None:
    assert _knee(text) == [("present", "right", "osteoarthritis")]


# ---- joint-line tenderness in shorthand -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("R knee: +MJLT, +McMurray, small effusion.", "right"),
        ("L knee crepitus, lateral jt line tender, no instability.", "left"),
        ("Exam: L knee + medial joint line tender- otherwise benign.", "left"),
        ("R knee: TTP MJL, ROM 0-110.", "right"),
        ("Left knee: LJLT.", "left"),
    ],
)
def test_joint_line_tenderness_in_shorthand_is_knee_pain(text: str, side: str) -> None:
    assert ("present", side, "pain_only") in _knee(text)


def test_a_test_sentence_keeps_the_findings_after_its_side() -> None:
    text = "Positive McMurray on the right with lateral joint line tenderness; MRI ordered."
    assert _knee(text) == [
        ("possible", "right", "meniscal_tear"),
        ("present", "right", "pain_only"),
    ]


def test_a_test_sentence_alone_is_still_one_finding() -> None:
    assert _knee("Negative Lachman on the left.") == [("negated", "left", "instability")]


@pytest.mark.parametrize(
    "text",
    [
        "R knee: no effusion, ligarnents stable.",
        "R knee: trace effusion, ligs intact.",
        "R knee: 1igarnents stab1e, no effusion.",
    ],
)
def test_stable_ligaments_in_shorthand_or_ocr_damage_deny_instability(text: str) -> None:
    assert ("negated", "right", "instability") in _knee(text)


def test_ligamentous_is_not_read_as_ligaments() -> None:
    assert ("negated", "right", "instability") in _knee("RIGHT KNEE: Ligamentous exam stable.")


# ---- OCR: specks read as points, glued sides, misread letters --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dx: right knee patellofemoral. syndrome.", ("knee_condition", "present", "right")),
        ("R knee: small effusion, McMurray. neg.", ("knee_condition", "negated", "right")),
        ("FHx: brother with torn. meniscus.", ("knee_condition", "present", "unspecified")),
        ("Hx: degenerative disc. disease L4-5.", ("back_condition", "present", "unspecified")),
    ],
)
def test_a_point_before_a_lower_case_word_on_the_same_line_is_a_speck(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text)


def test_a_point_before_a_capital_still_ends_the_sentence() -> None:
    text = "Right knee pain. No effusion."
    assert len(split_sentences(text)) == 2
    assert _found(text) == [
        ("knee_condition", "negated", "unspecified"),
        ("knee_condition", "present", "right"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("h/o LACL reconstruction 2011.", ("knee_condition", "present", "left")),
        ("s/p RTKA 2019, doing well.", ("knee_condition", "present", "right")),
        (
            "service connection for Jumbar strain is granted.",
            ("back_condition", "present", "unspecified"),
        ),
        ("Dx: Herniated nucieus pulposus, L4-L5.", ("back_condition", "present", "unspecified")),
        (
            "Veteran reports the left knee buckies twice a week.",
            ("knee_condition", "present", "left"),
        ),
        ("meloxicam 15 mg daily (left knée OA)", ("knee_condition", "present", "left")),
    ],
)
def test_ocr_misreads_of_sides_and_words(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


def test_rle_and_lle_are_not_split_as_glued_sides() -> None:
    assert ("radiculopathy", "present", "right") in _found("Radicular pain down the RLE.")


# ---- a pathological run-on -------------------------------------------------------------------


def test_a_long_run_on_of_findings_binds_anatomy_by_distance_first(monkeypatch) -> None:
    """Each diagnosis reads the gap to an anatomy word only when that word is near enough to
    win: the number of gap reads stays linear in the length of a run-on (it was quadratic:
    a 30 kB sentence took minutes)."""
    from classifiers import candidates

    reads = {"n": 0}
    real = candidates._GAP_BEFORE

    class Counting:
        def search(self, *args: object) -> object:
            reads["n"] += 1
            return real.search(*args)

    monkeypatch.setattr(candidates, "_GAP_BEFORE", Counting())

    def reads_for(n: int) -> int:
        candidates._find_candidates.cache_clear()
        reads["n"] = 0
        assert len(candidates.find_candidates("effusion right knee, " * n + ".")) == n
        return reads["n"]

    assert reads_for(400) <= 2.5 * reads_for(200)


# ---- lines wrapped by the page ---------------------------------------------------------------


def test_a_dbq_severity_grid_wrapped_after_a_box_keeps_each_side() -> None:
    text = (
        "SECTION IV - RADICULOPATHY\n"
        "a. Does the Veteran have radicular pain or any other signs or symptoms due to\n"
        "radiculopathy? [X] Yes [ ] No\n"
        "b. Intermittent pain - Right lower extremity: [ ] None [X]\n"
        "Moderate [ ] Severe\n"
        "Left lower extremity: [X] None [ ] Mild [ ] Moderate\n"
        "c. Severity of radiculopathy: Right: [ ] Mild [X] Moderate Left: [X] Not\n"
        "affected"
    )
    radic = [m for m in tag_text(text) if m.concept == "radiculopathy"]
    assert [(m.assertion, m.laterality) for m in radic] == [("present", "right")]
    assert all("\n" in text[m.start : m.end] or m.text == text[m.start : m.end] for m in radic)


def test_unwrap_leaves_tables_checklists_and_items_alone() -> None:
    from classifiers.forms import unwrap

    table = (
        "Diagnosis          Right    Left\n"
        "Arthritis          [X]      [X]\n"
        "Meniscal tear      [ ]      [X]"
    )
    checklist = "Arthritis  [X]\nOsteoporosis  [ ]\nb. Pain  [X] Yes"
    assert unwrap(table) == table
    assert unwrap(checklist) == checklist
    assert unwrap("Left: [X] Not\naffected") == "Left: [X] Not affected"


def test_a_limp_takes_a_side_named_on_the_wrapped_line() -> None:
    text = (
        "On day 2 he walked with a walker and a mildly antalgic gait favoring the\n"
        "operative left knee."
    )
    assert ("antalgic_gait", "present", "left") in _found(text)


# ---- assertion: ROS markers, "neither", "Menisci: no tear", decided claims -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ROS: MSK (+) joint pain L knee (-) joint swelling (-) radiating pain", "present"),
        ("ROS: (+) L knee pain (-) fevers (-) limp", "present"),
    ],
)
def test_a_ros_finding_marked_positive_stays_present(text: str, expected: str) -> None:
    assert ("knee_condition", expected, "left") in _found(text)


def test_neither_knee_denies_both() -> None:
    assert _knee("Neither knee showed an effusion on exam.") == [
        ("negated", "bilateral", "other_diagnosis")
    ]


@pytest.mark.parametrize(
    "text", ["MRI LEFT KNEE: Menisci: no tear.", "Medial meniscus: no discrete tear."]
)
def test_menisci_with_no_tear_deny_a_tear(text: str) -> None:
    assert [a for a, _, dx in _knee(text) if dx == "meniscal_tear"] == ["negated"]


@pytest.mark.parametrize(
    "text", ["R/0 medial meniscal tear R knee.", "1/o medial meniscal tear R knee."]
)
def test_ocr_rule_out_with_a_zero_or_a_one_hedges(text: str) -> None:
    assert ("possible", "right", "meniscal_tear") in _knee(text)


def test_a_decided_knee_claim_names_the_condition_even_when_denied_for_no_disability() -> None:
    text = (
        "Service connection for a right knee condition is denied because the evidence does not "
        "show a current disability."
    )
    assert ("present", "right", "other_diagnosis") in _knee(text)


@pytest.mark.parametrize(
    "text",
    [
        "[X] Other (specify): Meniscal tear   Side: [ ] Right [X] Left [ ] Both",
        "[X] Other: Prepatellar bursitis   Date of diagnosis: 2014   Side: [ ] Right [X] Left",
        "(X) Other, describe: Meniscal tear Side: ( ) Right (X) Left",
    ],
)
def test_a_dbq_other_specify_item_is_read_from_the_words_written_in(text: str) -> None:
    assert [(a, lat) for a, lat, _ in _knee(text)] == [("present", "left")]


def test_a_quote_glyph_glued_between_two_words_is_a_speck() -> None:
    assert ("antalgic_gait", "negated", "unspecified") in _found("Gait even‘and unlabored.")


# ---- lumbar imaging words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "assertion"),
    [
        ("MRI LUMBAR SPINE\nIMPRESSION: No recurrent herniation at L4-5.", "negated"),
        ("MRI L-SPINE\nL5-S1: Disc desiccation without herniation.", "negated"),
        ("L4-5: Left paracentral disc extru sion contacting the L5 root.", "present"),
        ("MRI 2020 showed an L5-S1 discextrusion.", "present"),
        ("Adjacent segrnent disease L3-4 above the fusion.", "present"),
        ("His brothers both had lumbar disc herniations.", "present"),
    ],
)
def test_lumbar_imaging_wording_names_the_back_condition(text: str, assertion: str) -> None:
    assert [a for c, a, _ in _found(text) if c == "back_condition"] == [assertion]


def test_a_herniation_elsewhere_is_no_back_condition() -> None:
    assert _found("CT abdomen: small hiatal herniation noted.") == []


# ---- the side of a denied radiculopathy ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "DIAGNOSIS: Facet-mediated pain, L3-L4 through L5-S1 bilaterally, in the setting "
            "of lumbar spondylosis, without radiculopathy.",
            "unspecified",
        ),
        ("Stocking sensory loss to mid-shin b/l. No radicular features.", "unspecified"),
        ("No radiculopathy of the left lower extremity.", "left"),
        ("Sciatica, left side (M54.32) - Resolved 09/2017", "left"),
        (
            "No electrodiagnostic evidence of a right or left . lumbosacral radiculopathy.",
            "bilateral",
        ),
    ],
)
def test_a_denied_radiculopathy_takes_only_a_side_written_with_it(text: str, side: str) -> None:
    radic = [(a, lat) for c, a, lat in _found(text) if c == "radiculopathy"]
    assert radic == [("negated", side)]


# ---- round 10 authors (24-27): opinions, messages, EMG, dictation ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I have no doubt that her bilateral knee pain is real.", ("present", "bilateral")),
        ("There is no question that he has left knee pain on stairs.", ("present", "left")),
        ("We considered your statement that your left knee hurts.", ("present", "left")),
        ("My left knee pain is gone since the shot, thank you!", ("negated", "left")),
        ("The right knee pain went away after PT.", ("negated", "right")),
    ],
)
def test_lay_and_rating_wording_of_knee_pain(text: str, expected: tuple[str, str]) -> None:
    assert [(a, lat) for a, lat, dx in _knee(text) if dx == "pain_only"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The study favors a fibular neuropathy at the knee rather than an L5 radiculopathy.",
        "The preponderance of the evidence is against a finding that the Veteran has had "
        "radiculopathy at any time.",
    ],
)
def test_rather_than_and_the_boards_against_a_finding_negate(text: str) -> None:
    assert [a for c, a, _ in _found(text) if c == "radiculopathy"] == ["negated"]


@pytest.mark.parametrize(
    "text",
    [
        "Had the Veteran developed radiculopathy, one would expect diminished reflexes.",
        "Had radicular symptoms recurred, he would have returned to clinic.",
        "Were he to have an antalgic gait, the load would shift to the left knee.",
    ],
)
def test_a_counterfactual_supposes_no_finding(text: str) -> None:
    assert [c for c, _, _ in _found(text) if c != "knee_condition"] == []


def test_a_counterfactual_does_not_hide_a_plain_past_finding() -> None:
    assert ("radiculopathy", "present", "unspecified") in _found("He had radiculopathy in 2019.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Claimed condition: Rightknee arthroscopy 2011.", ("present", "right")),
        ("Condition claimed: Left kneeosteoarthritis", ("present", "left")),
    ],
)
def test_two_lexicon_words_run_together_are_split(text: str, expected: tuple[str, str]) -> None:
    assert [(a, lat) for a, lat, _ in _knee(text)] == [expected]


def test_a_finding_on_a_sided_knee_keeps_that_side_whatever_else_is_named() -> None:
    assert _knee('Vet reports L knee "gave out" on stairs, fell onto R side.') == [
        ("present", "left", "instability")
    ]
    assert _knee("Pt c/o B/L knee pain, worse on stairs.") == [
        ("present", "bilateral", "pain_only")
    ]


def test_an_amputees_residual_limb_tenderness_is_no_knee_finding() -> None:
    assert _knee("R TKA. Residual limb: well healed, mild distal tenderness.") == [
        ("present", "right", "other_diagnosis")
    ]


def test_itb_friction_syndrome_is_a_knee_diagnosis() -> None:
    assert _knee("A: R ITB friction syndrome (lateral knee).") == [
        ("present", "right", "other_diagnosis")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dx: CLBP w/o sciatica.", ("back_condition", "present", "unspecified")),
        ("LBP is chronic, >10 yrs.", ("back_condition", "present", "unspecified")),
        (
            "Radicular symptoms into the R leg have resolved; residual LBP 3/10.",
            ("radiculopathy", "negated", "right"),
        ),
        (
            "I do not attribute it to his service-connected spondylolisthesis.",
            ("back_condition", "present", "unspecified"),
        ),
    ],
)
def test_back_shorthand_and_what_a_denied_link_leaves(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Knee exam: no effusion, non-tender B/L.", ("negated", "bilateral", "pain_only")),
        ("Left knee: no effusion, nontender, full ROM.", ("negated", "left", "pain_only")),
        ("My rignt knee sti11 hurts tho.", ("present", "right", "pain_only")),
        (
            "He testified that his left knee started hurt ing later.",
            ("present", "left", "pain_only"),
        ),
    ],
)
def test_nontender_knees_and_lay_knee_pain(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _knee(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three arthroscopic portal scars, left knee, well healed, nontender.",
        "Firm nontender nodule over the left patella.",
        "Nondisplaced tear of the posterior horn of the lateral meniscus, left knee.",
    ],
)
def test_a_nontender_scar_or_nodule_and_a_nondisplaced_tear_deny_nothing(text: str) -> None:
    assert all(a != "negated" for a, _, _ in _knee(text))


# ---- knee MRI wording ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There is a vertical longitudinal tear of the peripheral posterior horn of the "
            "lateral meniscus.",
            ("present", "meniscal_tear"),
        ),
        ("MENISCI:\nMedial: Horizontal tear posterior horn.", ("present", "meniscal_tear")),
        ("Lateral meniscus with a small stable posterior horn tear.", ("present", "meniscal_tear")),
        ("Complete tear of the proximal ACL.", ("present", "instability")),
        ("Menisci and ligaments intact.", ("negated", "meniscal_tear")),
        (
            "The examiner could not exclude a small undersurface tear of the posterior horn of "
            "the medial meniscus.",
            ("possible", "meniscal_tear"),
        ),
    ],
)
def test_knee_mri_wording(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(a, dx) for a, _, dx in _knee(text)]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "[ ] Hands [ ] Wrists [ ] Shoulders [ ] Hips [X] Knees [ ] Ankles [X] Low back",
            "bilateral",
        ),
        ("[ ] Hands O Wrists [] Hips Kl Knees [ ] Ank1es X] Low back", "bilateral"),
        ("Other painful areas: [X] Knees [ ] Hips [ ] Neck", "bilateral"),
        ("[X] Low back [ ] Neck [X] Right knee [ ] Left knee", "right"),
    ],
)
def test_a_checked_knee_in_a_row_of_body_parts_is_knee_pain(text: str, side: str) -> None:
    assert _knee(text) == [("present", side, "pain_only")]


def test_a_row_of_body_parts_with_no_knee_checked_names_no_knee() -> None:
    assert _knee("[ ] Hands [ ] Wrists [X] Shoulders [ ] Hips [ ] Knees [X] Low back") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pt reports R knee now aching daily.", ("present", "right", "pain_only")),
        (
            "I can't walk a block before my right knee starts aching.",
            ("present", "right", "pain_only"),
        ),
        ("The right knee had begun to buckle on stairs.", ("present", "right", "instability")),
        ("Her right knee has glven way twice.", ("present", "right", "instability")),
        ("My right knee does not qive out on me.", ("negated", "right", "instability")),
    ],
)
def test_lay_aching_and_buckling(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _knee(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L knee: tender medial joint line, (-) Lachman, (-) McMurray.",
            [
                ("negated", "left", "instability"),
                ("negated", "left", "meniscal_tear"),
                ("present", "left", "pain_only"),
            ],
        ),
        (
            "O: (L) knee FROM, (-) Lachman (-) McM.",
            [("negated", "left", "instability"), ("negated", "left", "meniscal_tear")],
        ),
        ("L knee: Lachman firm endpoint.", [("negated", "left", "instability")]),
        ("L knee: Lachman 1+ with firm endpoint.", [("present", "left", "instability")]),
        (
            "Lachman testing demonstrated 2+ anterior translation in the left knee.",
            [("present", "left", "instability")],
        ),
    ],
)
def test_knee_test_results_before_the_test_and_in_words(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _knee(text) == expected


def test_kellgren_lawrence_abbreviated_is_no_checkbox_and_a_grade_of_two_up_is_oa() -> None:
    from classifiers.forms import checked_spans

    assert checked_spans("Osteoarthritis (KL):  [ ] 0  [ ] 1  [X] 2") == [(36, 39)]
    assert checked_spans("medial JSN, osteophytes, KL 3.") == []
    assert checked_spans("Does the Veteran have an abnormal gait? O Yes Ki No") != []
    text = "KNEE XR   Side: [ ] Right [X] Left\nOsteoarthritis (KL):  [ ] 0  [ ] 1  [X] 2"
    assert [dx for _, _, dx in _knee(text)] == ["osteoarthritis"]
    assert ("present", "left", "osteoarthritis") in _knee("XR L knee: medial JSN, KL 3.")


def test_a_grade_read_as_l_plus_is_no_side_and_both_menisci_are_one_knees() -> None:
    assert ("present", "right", "instability") in _knee("R knee: Lachrnan l+ w/ firm endpt.")
    text = (
        "At arthroscopy of the right knee both menisci were intact, and the cartilage showed "
        "grade I chondromalacia of the patella."
    )
    assert _knee(text) == [
        ("negated", "right", "meniscal_tear"),
        ("present", "right", "patellofemoral"),
    ]
    assert _knee("Both menisci probed without tear.") == [
        ("negated", "unspecified", "meniscal_tear")
    ]
    assert _knee("Pain in both knees.") == [("present", "bilateral", "pain_only")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pain screen: 4/10, location low back, non-radiating, aching.",
            ("negated", "unspecified"),
        ),
        ("Quality: aching, stiff Radiating: No", ("negated", "unspecified")),
        ("He has had recurrent bouts of sciatic a on the right since 1994.", ("present", "right")),
    ],
)
def test_pain_assessment_radiation_and_a_split_sciatica(
    text: str, expected: tuple[str, str]
) -> None:
    assert [(a, lat) for c, a, lat in _found(text) if c == "radiculopathy"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This study does not exclude a purely sensory radiculopathy.", "possible"),
        ("Normal paraspinal muscles argued against a left L5 radiculopathy.", "negated"),
        ("History of lumbar radiculopathy on the left which resolved after his fusion.", "negated"),
        (
            "The protrusion is the likely cause of the patient's right L5 radicular symptoms.",
            "present",
        ),
        ("Quad weakness L, likely from L4 radiculopathy.", "present"),
    ],
)
def test_what_radiculopathy_assertion_words_reach(text: str, expected: str) -> None:
    assert [a for c, a, _ in _found(text) if c == "radiculopathy"] == [expected]


def test_a_normal_studys_caveat_names_no_radiculopathy() -> None:
    text = "A normal EMG/NCS does not exclude a radiculopathy that is purely sensory."
    assert _found(text) == []


# ---- flowsheets and templates (authors 29 and 30) --------------------------------------------


def test_a_sided_knee_exam_title_gives_its_side_to_the_lines_below() -> None:
    text = (
        "Right Knee Exam\nInspection: Mild effusion.\nLigaments: Lachman negative.\n"
        "Left Knee Exam\nLeft knee exam is normal."
    )
    assert _knee(text) == [
        ("negated", "left", None),
        ("negated", "right", "instability"),
        ("present", "right", "other_diagnosis"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Location: R knee | Intensity: 6/10 | Quality: aching", ("present", "right", "pain_only")),
        (
            "Pt has trouble stepping over the tub wall d/t B knee pain.",
            ("present", "bilateral", "pain_only"),
        ),
        ("A: Overuse arthralgia B knees.", ("present", "bilateral", "pain_only")),
        ("XR B knees 2022: L knee mod medial OA.", ("present", "left", "osteoarthritis")),
        (
            "Exam: R knee - mild effusion, ROM limited by pain.",
            ("present", "right", "limited_motion"),
        ),
    ],
)
def test_flowsheet_and_template_knee_wording(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _knee(text)


def test_plan_b_is_no_side() -> None:
    assert _knee("Plan B is fine for the knee pain.") == [("present", "unspecified", "pain_only")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slump test: neg B.", [("radiculopathy", "negated", "bilateral")]),
        ("Denies any leg radiation today.", [("radiculopathy", "negated", "unspecified")]),
        (
            "Sx centralized to low back; no longer reports radiating pain into RLE.",
            [("radiculopathy", "negated", "right")],
        ),
        ("Patient Education Provided: Knee Osteoarthritis: Care Instructions; Sciatica.", []),
        ("Return to the ER right away if you have pain that shoots down your leg.", []),
        ('Radiating symptoms: {Yes/No:19197::"***"} Gait: {gait:31245}', []),
    ],
)
def test_template_residue_education_and_radiation_wording(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R kn ee: + crepitus, rni1d eﬀusion, no 1axity.", ("present", "right", "other_diagnosis")),
        ("s/p L ACL reconstructlon (BPTB) 2OO5.", ("present", "left", "instability")),
    ],
)
def test_ligatures_and_misread_procedure_words(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _knee(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chronic bilateral low back pain with left-sided sciatica M54.42",
            [("back_condition", "present", "unspecified"), ("radiculopathy", "present", "left")],
        ),
        ("Lt knee fine.", [("knee_condition", "negated", "left")]),
        ("States R kneegave out stepping off a curb.", [("knee_condition", "present", "right")]),
        (
            "ORTHO UNIT ADMIT: adm for elective L TKA d/t end-stage L knee OA.",
            [("knee_condition", "present", "left")],
        ),
        (
            "No electrodiagnostic evidence of lumbosacral radiculopathy, plexopathy or peripheral "
            "neuropathy affecting the left lower extremity.",
            [("radiculopathy", "negated", "left")],
        ),
        (
            "ROS: MSK (+) R knee pain, (-) back pain, (-) radiating pain.",
            [("knee_condition", "present", "right"), ("radiculopathy", "negated", "unspecified")],
        ),
    ],
)
def test_round_ten_authors_28_to_30(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == sorted(expected)


# ---- Spanish and Tagalog words (author 31) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pt refers dolor en rodilla derecha since 3 months.", ("present", "right", "pain_only")),
        (
            "Rodilla izquierda: sin derrame, Lachman negativo.",
            ("negated", "left", "other_diagnosis"),
        ),
        ("Dx: Gonartrosis izquierda grado III.", ("present", "left", "osteoarthritis")),
        (
            "Impresión: posible desgarro de menisco medial.",
            ("possible", "unspecified", "meniscal_tear"),
        ),
        ("Pain kanang tuhod x 2 wks.", ("present", "right", "pain_only")),
    ],
)
def test_spanish_and_tagalog_clinical_words(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _knee(text)


def test_english_words_that_look_foreign_are_left_alone() -> None:
    assert _found("Border of the right knee scar is well healed.") == []
