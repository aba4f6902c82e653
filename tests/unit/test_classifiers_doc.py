"""Document type, document date, sentence splitting and the assertion model."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from classifiers import classify_doc_type, find_document_date, split_sentences, tag_text
from classifiers.model import default_model
from va_core.records import DOC_TYPES


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Knee and Lower Leg Conditions Disability Benefits Questionnaire\nName of patient/"
            "Veteran: XXXX\nDoes the Veteran now have or has he/she ever had a knee condition?",
            "cp_exam",
        ),
        (
            "DEPARTMENT OF VETERANS AFFAIRS\nRATING DECISION\nDECISION\nService connection for "
            "lumbosacral strain is granted with an evaluation of 20 percent effective 03/01/2019.",
            "rating_decision",
        ),
        (
            "RADIOLOGY REPORT\nEXAM: XR KNEE LEFT 3 VIEWS\nCLINICAL HISTORY: knee pain\n"
            "FINDINGS: Medial joint space narrowing.\nIMPRESSION: Moderate DJD.",
            "imaging",
        ),
        (
            "LOCAL TITLE: PRIMARY CARE NOTE\nSTANDARD TITLE: PRIMARY CARE NOTE\nSUBJECTIVE: "
            "54 yo veteran f/u LBP.\nOBJECTIVE: antalgic gait\nASSESSMENT/PLAN: continue PT.",
            "treatment_note",
        ),
        (
            "Statement in support of claim. I served with him in 2004 and saw him hurt his back.",
            "other",
        ),
        ("", "other"),
    ],
)
def test_doc_type(text: str, kind: str) -> None:
    got = classify_doc_type(text)
    assert got in DOC_TYPES and got == kind


def test_doc_type_survives_ocr_noise() -> None:
    assert classify_doc_type("Disabi1ity Benefits Questlonnaire\nThoraco1umbar Spine") == "cp_exam"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "C&P EXAM\nDate of birth: 01/05/1970\nDate of examination: 03/02/2019\n",
            dt.date(2019, 3, 2),
        ),
        (
            "RATING DECISION\nDecision date: March 4, 2020\nEffective date: 01/01/2019",
            dt.date(2020, 3, 4),
        ),
        ("PROGRESS NOTE  DATE OF NOTE: 2018-11-23  ENTRY DATE: 2018-11-24", dt.date(2018, 11, 23)),
        ("RADIOLOGY REPORT\nDOB: 02/02/1965\nExam date: O7/l4/2O21\n", dt.date(2021, 7, 14)),
        ("Physical therapy daily note\n12/01/2017\nPt seen for gait.", dt.date(2017, 12, 1)),
        ("Veteran Name: XXX\nDOB: 04/04/1971\nDate of injury: 05/05/2003", None),
        ("No dates here at all.", None),
    ],
)
def test_document_date(text: str, date: dt.date | None) -> None:
    assert find_document_date(text) == date


def test_split_sentences_joins_wrapped_lines_and_splits_forms() -> None:
    text = (
        "Veteran walks with an antalgic gait\nfavoring the right leg. He denies\nsciatica.\n"
        "Gait: [X] Antalgic [ ] Normal\nLEFT KNEE:\nMild effusion. Dr. Smith agrees."
    )
    parts = [text[s:e] for s, e in split_sentences(text)]
    assert parts == [
        "Veteran walks with an antalgic gait\nfavoring the right leg.",
        "He denies\nsciatica.",
        "Gait: [X] Antalgic [ ] Normal",
        "LEFT KNEE:",
        "Mild effusion.",
        "Dr. Smith agrees.",
    ]


def test_wrapped_sentence_keeps_negation_scope() -> None:
    m = next(
        m for m in tag_text("Patient denies any\nradiating pain.") if m.concept == "radiculopathy"
    )
    assert m.assertion == "negated"


def test_model_fast_path_matches_sklearn() -> None:
    model = default_model()
    for ctx in ["no qqc today", "history of qqc .", "possible qqc of the left knee", "dcnies qqc"]:
        fast, slow = model.proba_context(ctx), model.sklearn_proba(ctx)
        for k, v in slow.items():
            assert abs(fast[k] - v) < 1e-9


def test_model_learns_cues() -> None:
    model = default_model()
    neg = model.proba("denies any", "")
    poss = model.proba("possible", "")
    assert max(neg, key=neg.__getitem__) == "negated"
    assert max(poss, key=poss.__getitem__) == "possible"


def test_speed_over_pages() -> None:
    page = (
        "Vital signs stable.\nMedications reviewed.\nHe walks with an antalgic gait "
        "favoring the right.\nNo radicular symptoms.\nLeft knee OA on films.\n"
    ) * 8
    tag_text(page)
    n = len(split_sentences(page)) * 20
    t = time.perf_counter()
    for _ in range(20):
        tag_text(page)
    assert n / (time.perf_counter() - t) > 2000
