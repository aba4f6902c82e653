"""Phenomena found in session 9: OCR damage seen in the corpus's Tesseract copy (train and dev
records only), and the train/dev records of the 13th to 18th corpus authors (service records,
lay statements, PT, orthopaedic surgery, legacy VA records, interventional spine). The
sentences here are written for the tests, not copied from the corpus."""

from __future__ import annotations

import pytest

from classifiers import tag_text
from classifiers.forms import checked_spans
from classifiers.ocr_normalize import fix_word, normalize
from classifiers.sentences import split_sentences
from tests.tagging import found as _found


def _concept(text: str, concept: str) -> list[tuple[str, str]]:
    return [(m.assertion, m.laterality) for m in tag_text(text) if m.concept == concept]


# ---- OCR specks and glued punctuation -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("RIGHT. KNEE: There is no effusion. The joint is stable.", "right"),
        ("Left. knee: trace effusion, no warmth.", "left"),
        ("Rt. knee - small effusion, no erythema.", "right"),
    ],
)
def test_a_point_between_a_side_and_its_knee_does_not_end_the_sentence(
    text: str, side: str
) -> None:
    assert side in {lat for _, lat in _concept(text, "knee_condition")}


def test_a_speck_at_a_line_end_before_a_lower_case_line_joins_the_lines() -> None:
    text = "Right knee without effusion. Left .\nknee unremarkable."
    assert ("knee_condition", "negated", "left") in _found(text)
    assert len(split_sentences(text)) == 2


def test_a_real_sentence_end_after_a_side_still_ends_the_sentence() -> None:
    spans = split_sentences("He limps on the right. Knee exam shows effusion.")
    assert len(spans) == 2 or _concept(
        "He limps on the right. Knee exam shows effusion.", "knee_condition"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("limp.favoring the left leg", "limp favoring the left leg"),
        ("service.connection for the knee", "service connection for the knee"),
        ("Gait:.normal", "gait: normal"),
        ("chronic:LBP since 2010", "chronic lbp since 2010"),
    ],
)
def test_points_and_colons_glued_between_words_read_as_spaces(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_a_decimal_and_an_abbreviation_keep_their_points() -> None:
    assert normalize("TUG 9.1 sec, e.g. stairs").text == "tug 9.1 sec, e.g. stairs"


@pytest.mark.parametrize(
    ("word", "fixed"),
    [
        ("media!", "medial"),
        ("patellofemora!", "patellofemoral"),
        ("eft", "left"),
        ("Jeft", "left"),
        ("LEET", "left"),
        ("rigth", "right"),
        ("frorn", "from"),
        ("rny", "my"),
    ],
)
def test_side_and_common_words_ocr_damaged_beyond_one_letter(word: str, fixed: str) -> None:
    assert normalize(word).text == fixed


@pytest.mark.parametrize(
    "word",
    ["probably", "internal", "inconsistent", "medical", "diagnoses", "compression", "tight"],
)
def test_real_words_are_not_corrected_into_lexicon_words(word: str) -> None:
    assert fix_word(word) == word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("knee exam benign b/1.", ("knee_condition", "negated", "bilateral")),
        ("crepitus b/I knees, no effusion", ("knee_condition", "negated", "bilateral")),
        ("anterior knee pain b/] w/ stairs", ("knee_condition", "present", "bilateral")),
    ],
)
def test_b_slash_l_as_ocr_reads_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("EMG: chronic tight L5 radiculopathy.", "right"),
        ("He was favoring the tight leg when rising.", "right"),
    ],
)
def test_tight_read_for_right_before_a_root_or_in_the_limb(text: str, side: str) -> None:
    assert {lat for _, lat in tag_text_pairs(text)} == {side}


def tag_text_pairs(text: str) -> list[tuple[str, str]]:
    return [(m.assertion, m.laterality) for m in tag_text(text)]


def test_tight_muscles_are_not_a_side() -> None:
    assert normalize("tight hamstrings bilaterally").text == "tight hamstrings bilaterally"
    assert normalize("the knee feels tight").text == "the knee feels tight"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Probable RL4 radiculopathy.", "right"),
        ("Impression: LL5 radiculopathy, chronic.", "left"),
        ("Residual L LS radiculopathy, mild.", "left"),
    ],
)
def test_a_side_glued_to_a_root_and_ls_read_for_l5(text: str, side: str) -> None:
    assert _concept(text, "radiculopathy")[0][1] == side


def test_ls_spine_is_not_a_root() -> None:
    assert "l5" not in normalize("LS spine films: DDD").text


def test_a_question_mark_read_with_a_seven_still_hedges() -> None:
    assert _found("Visit dx: ?7PFPS L knee") == [("knee_condition", "possible", "left")]


@pytest.mark.parametrize(
    "line",
    [
        "Has the Veteran had a meniscectomy? & Yes 0 No  Side: 0 Right & Left",
        "Is there tenderness? O Yes K! No",
        "Does the Veteran have radicular pain? [] Yes Xx] No",
        "Limitation of flexion? Kl Yes 0) No",
    ],
)
def test_checked_boxes_as_ocr_reads_them(line: str) -> None:
    assert checked_spans(line)


def test_an_ampersand_box_before_a_side_picks_the_side() -> None:
    assert _found("Knee strain Side: 0 Right & Left 0 Both") == [
        ("knee_condition", "present", "left")
    ]


# ---- lay statements (author 14) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("The pain goes all the way down my left leg to my foot.", "left"),
        ("It goes down the back of my right leg when I sit too long.", "right"),
        ("Now it shoots into my left leg every morning.", "left"),
    ],
)
def test_a_veterans_own_words_for_radiating_pain(text: str, side: str) -> None:
    assert _concept(text, "radiculopathy") == [("present", side)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It is the left knee that hurts.", ("knee_condition", "present", "left")),
        ("My right knee swells up and hurts after work.", ("knee_condition", "present", "right")),
        ("The doctor says my left knee is bone on bone.", ("knee_condition", "present", "left")),
        ("There is nothing wrong with my right knee.", ("knee_condition", "negated", "right")),
        ("I tore my right ACL in basic training.", ("knee_condition", "present", "right")),
        (
            "The MRI shows a tear in the meniscus on the left.",
            ("knee_condition", "present", "left"),
        ),
        (
            "My doctor says I have torn cartilage in the left knee.",
            ("knee_condition", "present", "left"),
        ),
    ],
)
def test_a_veterans_own_words_for_knee_findings(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "assertion"),
    [
        ("I dont limp, I walk fine on a good day.", "negated"),
        ("After the shots he doesn't limp anymore.", "negated"),
        ("Maybe I limp a little, I never noticed.", "possible"),
        ("The examiner called the gait 'possibly antalgic' in 2019.", "possible"),
    ],
)
def test_lay_negation_and_hedges_of_a_limp(text: str, assertion: str) -> None:
    assert _concept(text, "antalgic_gait") == [(assertion, "unspecified")]


def test_probably_have_hedges_what_follows() -> None:
    text = "The doctor said I probably have sciatica on the right but wants an EMG."
    assert _concept(text, "radiculopathy") == [("possible", "right")]


def test_no_opinion_relating_a_condition_leaves_it_present() -> None:
    text = "There is no medical opinion relating the left knee arthritis to the back."
    assert _concept(text, "knee_condition") == [("present", "left")]


# ---- clinical records of authors 13, 15 to 18 -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("3. Failed back surgery syndrome.", "failed back surgery syndrome"),
        ("Post-laminectomy syndrome, lumbar, with chronic pain.", "failed back surgery syndrome"),
        ("Adjacent segment disease L3-4 above the prior fusion.", "degenerative disc disease"),
        ("IMP: probable lumbar disc disease.", "degenerative disc disease"),
        ("A: Lumbar IVD displacement L4-5 (M51.26).", "herniated disc"),
    ],
)
def test_back_conditions_named_by_surgeons_and_old_records(text: str, condition: str) -> None:
    assert [m.condition for m in tag_text(text) if m.concept == "back_condition"] == [condition]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("McMurray's is equivocal.", ("knee_condition", "possible", "unspecified")),
        ("R knee: Lachman equivocal, guarding.", ("knee_condition", "possible", "right")),
        ("Thessaly test inconclusive on the L.", ("knee_condition", "possible", "left")),
    ],
)
def test_an_equivocal_knee_test_is_a_possible_finding(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Impression: Negative left knee radiographs.", ("knee_condition", "negated", "left")),
        ("Normal right knee films.", ("knee_condition", "negated", "right")),
        ("No orthopedic disability of the left knee.", ("knee_condition", "negated", "left")),
        ("R knee: Cruciates intact.", ("knee_condition", "negated", "right")),
        ("L knee: ligamentous exam stable.", ("knee_condition", "negated", "left")),
    ],
)
def test_normal_knee_statements(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("S: SM c/o R knee pn after ruck march.", "right"),
        ("35 yo SFC w/ L knee ant pain, worse kneeling.", "left"),
        ('Pt reports L knee "aches" after long walks.', "left"),
        ("POD #1 s/p L UKA.", "left"),
        ("4 mo s/p R ACL recon (BTB).", "right"),
    ],
)
def test_knee_shorthand(text: str, side: str) -> None:
    assert _concept(text, "knee_condition") == [("present", side)]


@pytest.mark.parametrize(
    "text",
    [
        "Imp: R hamstring strain, grade II.",
        "A/P: Trochanteric bursitis, right - injection offered.",
        "PT EVAL Dx: L gluteus medius tendinopathy.",
        "O: Antalgic posture with lean to the R.",
        'Pt goal: "walk my dog without limping."',
    ],
)
def test_look_alikes_of_new_styles_are_no_findings(text: str) -> None:
    assert tag_text(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SLR neg B/L. Gait WNL.", ("radiculopathy", "negated", "bilateral")),
        ("FNS (+) R reproducing anterior thigh pain.", ("radiculopathy", "possible", "right")),
        ("Denies radiating pain into LEs.", ("radiculopathy", "negated", "bilateral")),
        (
            "Normal paraspinals, arguing against an L5 radiculopathy.",
            ("radiculopathy", "negated", "unspecified"),
        ),
        ("S: h/o L sciatica 2009 (resolved w/ PT).", ("radiculopathy", "negated", "left")),
    ],
)
def test_radiculopathy_in_pt_ems_and_service_notes(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dx: R knee sprain, suspected ACL tear", ("knee_condition", "present", "right")),
        (
            "Lumbar spondylolisthesis, suspected - flexion views",
            ("back_condition", "possible", "unspecified"),
        ),
        ("R knee pain with locking - ? MMT; MRI ordered", ("knee_condition", "possible", "right")),
    ],
)
def test_suspected_hedges_only_its_own_finding(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


# ---- layout: inline knee labels, OCR'd imaging titles, side columns -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "O: L knee: no effusion. TTP medial patellar facet. Lachman neg, McMurray neg.",
        "EXAM: Left knee: mild effusion. Medial joint line TTP. McMurray + medially.",
        "PE - L knee: trace effusion. Lachman neg.",
    ],
)
def test_a_knee_label_inside_a_line_gives_its_side_to_the_sentences_after_it(text: str) -> None:
    ms = tag_text(text)
    assert ms and {m.laterality for m in ms} == {"left"}


def test_a_knee_label_inside_a_line_yields_to_the_next_label() -> None:
    text = "Exam: R knee: no effusion.\nL knee: trace effusion. Lachman neg."
    sides = [(m.knee_dx, m.assertion, m.laterality) for m in tag_text(text)]
    assert ("other_diagnosis", "negated", "right") in sides
    assert ("instability", "negated", "left") in sides


@pytest.mark.parametrize(
    "text",
    [
        "MRl 0F THE LEFT KNEE\nIMPRESSION: Small joint effusion.",
        "XR L KNEE 2 VIEWS\nIMPRESSION: Small joint effusion.",
    ],
)
def test_an_imaging_title_as_ocr_reads_it_gives_its_side(text: str) -> None:
    assert _found(text) == [("knee_condition", "present", "left")]


@pytest.mark.parametrize(
    ("word", "fixed"),
    [("lNSTABlLlTY", "instability"), ("SClATlC", "sciatic"), ("tendemess", "tenderness")],
)
def test_capital_i_read_as_l_and_m_read_for_rn(word: str, fixed: str) -> None:
    assert fix_word(word) == fixed


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("I drag my right leg and it makes my left knee hurt.", "left"),
        ("He keeps his weight on the right leg since the left knee hurts.", "left"),
    ],
)
def test_a_leg_with_its_own_side_does_not_lend_it_to_the_knee(text: str, side: str) -> None:
    assert _concept(text, "knee_condition") == [("present", side)]


def test_a_leg_and_knee_named_together_share_the_side() -> None:
    text = "c/o R leg weakness & knee buckling."
    assert _concept(text, "knee_condition") == [("present", "right")]


_GRID = (
    "a. Does the Veteran have radicular pain or any other signs or symptoms due to "
    "radiculopathy? [X] Yes [ ] No\n"
    "b. Symptoms           RIGHT LOWER EXTREMITY        LEFT LOWER EXTREMITY\n"
    "Constant pain        [X] {r}                     [X] {l}\n"
    "e. Sciatic nerve     [X] {r}                     [X] {l}\n"
)


@pytest.mark.parametrize(
    ("right", "left", "side"),
    [("None", "Moderate", "left"), ("Mild", "None", "right"), ("Mild", "Mild", "bilateral")],
)
def test_a_radiculopathy_grid_in_side_columns_gives_the_side(
    right: str, left: str, side: str
) -> None:
    ms = [m for m in tag_text(_GRID.format(r=right, l=left)) if m.concept == "radiculopathy"]
    assert [m.laterality for m in ms] == [side]


def test_a_radiculopathy_table_of_unlabelled_boxes_gives_side_and_roots() -> None:
    text = (
        "Does the Veteran have radicular pain or any other signs or symptoms due to "
        "radiculopathy?  [X] Yes  [ ] No\n"
        "Nerve roots involved               Right     Left\n"
        "Femoral (L2/L3/L4)                  [ ]       [ ]\n"
        "Sciatic (L4/L5/S1/S2/S3)            [ ]       [X]\n"
        "Severity                           Right     Left\n"
        "Not affected                        [X]       [ ]\n"
        "Mild                                [ ]       [X]\n"
    )
    (m,) = tag_text(text)
    assert (m.laterality, m.severity) == ("left", "mild")
    assert "L5" in m.nerve_roots and "L3" not in m.nerve_roots


@pytest.mark.parametrize(
    "text",
    [
        "TTP prox hamstring.",
        "O: paraspinal spasm L>R, no midline TTP.",
        "Romberg neg, tandern gait nl.",
    ],
)
def test_tenderness_elsewhere_and_tandem_gait_are_no_findings(text: str) -> None:
    assert tag_text(text) == []


# ---- a limp takes the one side its sentence names -------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("S: SM c/o rt knee pain and swelling after 25 mi ruck, limping since.", "right"),
        ("Pt brought in limping from a recent L ankle fracture.", "left"),
        (
            "Reports sciatica down the RLE for 10 years and has walked with a limp ever since.",
            "right",
        ),
        ("He favers his rigt leg when he walks.", "right"),
    ],
)
def test_a_limp_takes_the_side_of_the_limb_its_sentence_names(text: str, side: str) -> None:
    assert _concept(text, "antalgic_gait") == [("present", side)]


@pytest.mark.parametrize(
    "text",
    [
        "It is at least as likely as not that the left knee OA was caused by the antalgic gait.",
        "Dx: antalgic gait; L knee OA",
        "Limping today, with pain in the R hip and in the L ankle.",
    ],
)
def test_a_limp_does_not_take_a_knee_diagnosis_side_or_two_sides(text: str) -> None:
    assert _concept(text, "antalgic_gait") == [("present", "unspecified")]


def test_gait_wfl_as_ocr_reads_it_is_normal() -> None:
    assert _concept("Gait VVFL w/o AD.", "antalgic_gait") == [("negated", "unspecified")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The service treatment records are silent for any knee complaint.",
            ("knee_condition", "negated", "unspecified"),
        ),
        ("No knee diagnosis is warranted.", ("knee_condition", "negated", "unspecified")),
        (
            "The 2021 DBQ recorded all stability tests as normal in both knees.",
            ("knee_condition", "negated", "bilateral"),
        ),
        ('Both knees "glve out" on stairs.', ("knee_condition", "present", "bilateral")),
    ],
)
def test_decision_and_dbq_wording_of_knee_findings(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "assertion"),
    [
        (
            "Left knee: + medial joint line tenderness, - Lachman, - ant drawer, trace effusion.",
            "present",
        ),
        (
            "Right knee: medial joint line tenderness, McMurray negative, stable to varus/valgus.",
            "present",
        ),
    ],
)
def test_a_test_result_belongs_to_its_test_not_the_finding_beside_it(
    text: str, assertion: str
) -> None:
    dx = "other_diagnosis" if "effusion" in text else "pain_only"
    assert [m.assertion for m in tag_text(text) if m.knee_dx == dx] == [assertion]


def test_a_leading_question_mark_hedges_its_sentence() -> None:
    assert _found("? L5 radiculopathy on the right.") == [("radiculopathy", "possible", "right")]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Lumbar radiculopathy with progressive right foot dorsiflexion weakness (4-/5).", "right"),
        ("New R anterior thigh pain to the knee, suggestive of L3 radiculopathy.", "right"),
        ("Steppage gait due to L foot drop from known L5 radiculopathy.", "left"),
    ],
)
def test_a_radiculopathy_takes_the_side_of_the_leg_part_it_affects(text: str, side: str) -> None:
    assert [lat for _, lat in _concept(text, "radiculopathy")] == [side]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Neuro: (-) radiating pain, (-) weakness, (+) intermittent numbness R foot.",
            "unspecified",
        ),
        ("Hx of R S1 radiculopathy (EMG 2015), now new L foot drop after a fall.", "right"),
    ],
)
def test_a_leg_part_does_not_override_or_cross_a_ros_item(text: str, side: str) -> None:
    assert [lat for _, lat in _concept(text, "radiculopathy")] == [side]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dx: bilateral PFPS.", ("knee_condition", "present", "bilateral")),
        ("Dx: L ITBS", ("knee_condition", "present", "left")),
        ("O: +SLR R at 30 deg.", ("radiculopathy", "possible", "right")),
        (
            "c/o LBP w1th pain radiatlng down the post L th1gh to lateral ca1f.",
            ("radiculopathy", "present", "left"),
        ),
    ],
)
def test_abbreviations_alone_and_ocr_damaged_leg_words(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text)


def test_a_note_section_after_a_side_letter_starts_a_sentence() -> None:
    text = "O: +SLR R at 30 deg, EHL 4/5 R. A: R L5 radiculapathy, likely from known HNP L4-5."
    assert len(split_sentences(text)) == 2
    assert ("radiculopathy", "present", "right") in _found(text)


# ---- case-report and review prose (author 22) -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sciatica occurs in an estimated 13% to 40% of people over their lifetime.",
        "Quadriceps weakness from L4 radiculopathy is a recognized cause of knee instability.",
        "Keywords: lumbar radiculopathy; antalgic gait; knee osteoarthritis",
        "Patients with chronic low back pain walk more slowly than controls.",
        "(A) L4 radiculopathy (B) Meralgia paresthetica (C) Medial meniscal tear",
    ],
)
def test_a_general_statement_without_a_patient_is_no_finding(text: str) -> None:
    assert tag_text(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He has an L4 radiculopathy, a recognized cause of knee instability.",
        "The veteran's knee OA is a known complication of his antalgic gait.",
    ],
)
def test_a_statement_about_the_patient_keeps_its_findings(text: str) -> None:
    assert tag_text(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An antalgic gait was suspected by the referring clinician but was not observed on"
            " examination.",
            ("antalgic_gait", "negated", "unspecified"),
        ),
        (
            "A tear of the medial meniscus of the left knee was considered but was not supported"
            " by MRI.",
            ("knee_condition", "negated", "left"),
        ),
        (
            "Findings were suggestive of, but not diagnostic for, a chronic left S1 radiculopathy.",
            ("radiculopathy", "possible", "left"),
        ),
        (
            "The differential diagnosis included L3 radiculopathy and diabetic amyotrophy.",
            ("radiculopathy", "possible", "unspecified"),
        ),
        (
            "At 6-month follow-up his gait had normalized.",
            ("antalgic_gait", "negated", "unspecified"),
        ),
    ],
)
def test_published_hedges_and_outcomes(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


# ---- geriatrics, home care and nursing (author 21) ------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Pain sites: B/L knees, low back.", "bilateral"),
        ("Pain location: low back, L knee", "left"),
        ("Pain site (per CNA): R knee w/ transfers", "right"),
        ("Pain: L knee 7/10 today, could not sleep.", "left"),
        ("Pain 5/10 R knee.", "right"),
        ('Resident refused PT today, states L knee "hurts too much."', "left"),
    ],
)
def test_pain_site_lines_and_quoted_complaints(text: str, side: str) -> None:
    assert _concept(text, "knee_condition") == [("present", side)]


def test_a_pain_score_of_zero_is_no_knee_pain() -> None:
    assert _concept("Pain: 0/10", "knee_condition") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Pt told her his R knee "just buckled."', ("knee_condition", "present", "right")),
        ("?pseudogout flare of R knee.", ("knee_condition", "possible", "right")),
        ("Pt bed-bound, knees contracted ~45 deg.", ("knee_condition", "present", "bilateral")),
        ("Client walkin w/ limp on rite side today.", ("antalgic_gait", "present", "right")),
        (
            "Resident ambulates w/ RW, gait steady, n0n-anta1gic.",
            ("antalgic_gait", "negated", "unspecified"),
        ),
        (
            "Persistent mild antalgic gait 2/2 L knee OA; declines TKA eval.",
            ("antalgic_gait", "present", "left"),
        ),
    ],
)
def test_home_care_and_nursing_wording(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


# ---- imaging reports (author 19) ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "EXAM: MR KNEE LT WO\nHISTORY: Lateral joint line pain.\nFINDINGS: Moderate effusion.",
        "Exam: MRI KNEE WITHOUT CONTRAST (LEFT)\nReason for exam: pain\nJOINT FLUID: Effusion.",
        "MAGNETlC RESONANCE lMAGING, LEFT KNEE.\nThere is a moderate-sized joint effusion.",
    ],
)
def test_an_imaging_title_reaches_its_history_findings_and_impression(text: str) -> None:
    assert _found(text)[-1] == ("knee_condition", "present", "left")


def test_a_note_section_still_ends_a_plain_knee_header() -> None:
    text = "LEFT KNEE: no effusion.\nHISTORY: fall\nASSESSMENT: knee effusion."
    assert ("knee_condition", "present", "unspecified") in _found(text)


@pytest.mark.parametrize(
    ("text", "dx"),
    [
        ("R knee MRI reviewed: complex tear PHMM.", "meniscal_tear"),
        ("MRI R knee: Extruded, macerated body of the medial meniscus.", "meniscal_tear"),
        ("MRI L knee: MPFL tear.", "instability"),
        ("MRI R knee: Complete tear of the ACL graft.", "instability"),
        ("MRI L knee: Large hemarthrosis.", "other_diagnosis"),
        ("MRI R knee: SONK, medial femoral condyle.", "other_diagnosis"),
        ("MRI R knee: Small Baker cyst.", "other_diagnosis"),
    ],
)
def test_radiologists_knee_findings(text: str, dx: str) -> None:
    assert dx in {m.knee_dx for m in tag_text(text) if m.assertion == "present"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MRI L KNEE: The posterior cruciate ligament is intact.",
            ("knee_condition", "negated", "left"),
        ),
        ("MRI R KNEE: ACL: intact.", ("knee_condition", "negated", "right")),
        (
            "R knee MRI: tear PHMM, intact cruciate and collateral ligaments.",
            ("knee_condition", "negated", "right"),
        ),
    ],
)
def test_intact_ligaments_on_imaging(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("No effusi on.", "no effusion."),
        ("L knee pa in x 3 yrs", "l knee pain x 3 yrs"),
        ("the pt is here", "the pt is here"),
    ],
)
def test_a_word_broken_before_a_short_piece_is_joined(text: str, fixed: str) -> None:
    assert normalize(text).text == fixed


# ---- rheumatology (author 20) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HPI: 3 d of pain and warmth in the R knee, no trauma.",
            ("knee_condition", "present", "right"),
        ),
        (
            "Reason for consult: acute monoarthritis of the R knee",
            ("knee_condition", "present", "right"),
        ),
        (
            "Pain in neck, upper back, shoulders, hips and both knees.",
            ("knee_condition", "present", "bilateral"),
        ),
        (
            "ROS: (+) joint pain - knees, hands; (-) rash",
            ("knee_condition", "present", "bilateral"),
        ),
        ("No joint swelling, knees nl on exam.", ("knee_condition", "negated", "bilateral")),
        ("Denies knee or ankle pain.", ("knee_condition", "negated", "unspecified")),
        ("R/o superimposed CPPD of the L knee.", ("knee_condition", "possible", "left")),
    ],
)
def test_rheumatology_wording(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _found(text)


# ---- look-alikes and scope limits found by the second reading of round 9 ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Antalgic gait favoring the left. Knee exam normal.",
            ("antalgic_gait", "present", "left"),
        ),
        (
            "Meniscal tear seen on the right. Knee effusion present on the left.",
            ("knee_condition", "present", "right"),
        ),
        (
            "He walks with a limp on the right.\nknee exam normal.",
            ("knee_condition", "negated", "unspecified"),
        ),
    ],
)
def test_a_real_sentence_end_after_a_side_still_splits(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "roots"),
    [("MRI shows LS radiculopathy.", ()), ("Residual L LS radiculopathy, mild.", ("L5",))],
)
def test_ls_is_lumbosacral_unless_a_side_names_the_root(text: str, roots: tuple) -> None:
    assert [m.nerve_roots for m in tag_text(text)] == [roots]


@pytest.mark.parametrize(("word", "fixed"), [("lie", "lie"), ("night", "night")])
def test_common_words_are_not_rebuilt(word: str, fixed: str) -> None:
    assert fix_word(word) == fixed


def test_a_tight_knee_brace_is_no_side() -> None:
    assert _concept("Left knee OA; he wears the tight knee brace daily.", "knee_condition") == [
        ("present", "left")
    ]


def test_an_inline_knee_label_keeps_family_and_history_sections() -> None:
    fam = tag_text("FAMILY HISTORY:\nDiabetes. R knee: OA in father. DDD in brother.")
    assert {m.subject for m in fam} == {"other"}
    pmh = tag_text("PMH:\nHTN. R knee: OA. Lumbar strain.")
    assert all(m.historical for m in pmh)


def test_an_inline_knee_label_gives_no_side_to_radicular_pain() -> None:
    text = "O: R knee: no effusion. Lumbar strain with radicular pain."
    assert _concept(text, "radiculopathy") == [("present", "unspecified")]


@pytest.mark.parametrize(
    ("text", "side"),
    [("Knee OA, RLE.", "right"), ("Osteoarthritis of the knee, left lower extremity.", "left")],
)
def test_a_lower_extremity_still_gives_the_knee_its_side(text: str, side: str) -> None:
    assert _concept(text, "knee_condition") == [("present", side)]


@pytest.mark.parametrize(
    "text",
    [
        "Lumbar radiculopathy and right foot plantar fasciitis.",
        "L5 radiculopathy, s/p left ankle ORIF 2005.",
    ],
)
def test_an_unrelated_limb_finding_lends_no_side(text: str) -> None:
    assert _concept(text, "radiculopathy") == [("present", "unspecified")]


@pytest.mark.parametrize(
    "text", ["Mild limp, right-hand dominant.", "Walks with a limp, right shoulder in sling."]
)
def test_a_limp_takes_only_a_lower_limbs_side(text: str) -> None:
    assert _concept(text, "antalgic_gait") == [("present", "unspecified")]


def test_a_side_column_grid_counts_columns_from_the_line_start() -> None:
    text = (
        "Does the Veteran have radicular pain or any other signs or symptoms due to "
        "radiculopathy?  [X] Yes  [ ] No\n"
        "                          Right        Left\n"
        "Sciatic nerve (L4-S3)     [X]          [ ]\n"
    )
    assert _concept(text, "radiculopathy") == [("present", "right")]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Moderate DJD of the right & left knees.", "bilateral"),
        ("Knee strain Side: 0 Right & Left 0 Both", "left"),
    ],
)
def test_an_ampersand_is_a_box_only_among_boxes(text: str, side: str) -> None:
    assert _concept(text, "knee_condition") == [("present", side)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L5 radiculopathy suspected based on EMG.", ("radiculopathy", "possible", "unspecified")),
        (
            "Lateral meniscal tear suspected by the radiologist.",
            ("knee_condition", "possible", "unspecified"),
        ),
        ("she doesnt have sciatica", ("radiculopathy", "negated", "unspecified")),
    ],
)
def test_suspected_after_a_finding_and_lay_doesnt_have(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text)


def test_the_other_knees_none_does_not_negate() -> None:
    assert {a for a, _ in _concept("Effusion right knee, none on the left.", "knee_condition")} == {
        "present"
    }


def test_pleural_effusions_are_not_the_knees() -> None:
    assert _concept("Pleural effusions on CXR; bilateral knee OA.", "knee_condition") == [
        ("present", "bilateral")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Plan R knee scope w/ partial medial meniscectomy, pre-op next wk.",
        "P: Discussed arthroscopic partial meniscectomy, risks/benefits.",
    ],
)
def test_a_knee_operation_only_planned_is_no_finding(text: str) -> None:
    assert tag_text(text) == []


def test_a_done_operation_before_a_planned_one_stays() -> None:
    text = "s/p L knee arthroscopic partial meniscectomy 2015; now considering TKA."
    assert _concept(text, "knee_condition") == [("present", "left")]


# ---- tables of tests laid out in side columns, with words for results ------------------------


def test_a_special_tests_table_in_r_l_columns() -> None:
    text = (
        "SPECIAL TESTS        R        L\n"
        "SLR                 neg      pos @ 40 deg, reproduces posterior thigh pain\n"
        "Slump               neg      pos\n"
        "FABER               neg      neg\n"
    )
    assert _found(text) == [("radiculopathy", "possible", "left")] * 2


def test_a_knee_exam_table_in_right_left_columns() -> None:
    text = (
        "KNEE EXAMINATION      RIGHT      LEFT\n"
        "Effusion              trace      none\n"
        "McMurray              +          -\n"
        "Lachman               -          -\n"
        "Patellar grind        -          +\n"
    )
    got = sorted((m.knee_dx, m.assertion, m.laterality) for m in tag_text(text))
    assert got == [
        ("instability", "negated", "bilateral"),
        ("meniscal_tear", "possible", "right"),
        ("other_diagnosis", "present", "right"),
        ("patellofemoral", "possible", "left"),
    ]


def test_a_table_of_normal_stability_tests_is_one_finding() -> None:
    text = (
        "Joint stability tests       Right      Left\n"
        "Anterior instability (Lachman test)    Normal    Normal\n"
        "Posterior instability (Posterior drawer test)    Normal    Normal\n"
        "Medial instability (Valgus stress)    Normal    Normal\n"
    )
    assert _found(text) == [("knee_condition", "negated", "bilateral")]
