"""Repeated records: near-identical pages found, copies counted once and shown.

Page texts come from `va_synth` (real claimant documents: one header, shared templates), and
copies are OCR-noised here (confusions, joined and split words, dropped characters); the
measurement against real Tesseract is benchmarks/duplicates.py and
tests/integration/test_duplicates_ocr.py.
"""

from __future__ import annotations

import itertools
import random

import pandas as pd

from tests.unit.test_summaries import CID, documents, frame, m
from va_summaries import build_summary, render_html
from va_summaries.duplicates import (
    PAGE_THRESHOLD,
    page_matches,
    record_groups,
    sampled_shingles,
    text_similarity,
)
from va_synth.generate import plan_claimant

_CONFUSIONS = {"l": "1", "i": "l", "o": "0", "rn": "m", "e": "c", "S": "5", "g": "q"}


def ocr_noise(text: str, seed: int, rate: float = 0.01) -> str:
    """What a second scan's OCR does to a page: confusions, lost and doubled spaces, drops.

    At the default rate a copy keeps a Jaccard near that of two real Tesseract reads of one
    page (here median ~0.82; measured on real scans: median 0.88, min 0.65)."""
    rng = random.Random(seed)
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        r = rng.random()
        if r < rate and text[i : i + 2] == "rn":
            out.append("m")
            i += 2
            continue
        if r < rate and ch in _CONFUSIONS:
            out.append(_CONFUSIONS[ch])
        elif r < rate * 1.3 and ch == " ":
            out.append("" if rng.random() < 0.5 else "  ")
        elif r < rate * 1.5:
            pass  # dropped character
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def claimant_pages(index: int = 0, seed: int = 5) -> list[str]:
    planned = plan_claimant(index, seed)
    return [
        "\n".join([*planned.header, *(t for t, _b in page)])
        for _name, _doc, lay in planned.documents
        for page in lay.pages
    ]


jaccard = text_similarity


def test_noised_copies_match_and_different_pages_do_not() -> None:
    pages = claimant_pages()
    assert len(pages) >= 8
    copies = [jaccard(p, ocr_noise(p, k)) for k, p in enumerate(pages)]
    worse = [jaccard(p, ocr_noise(p, k, rate=0.02)) for k, p in enumerate(pages)]
    others = [jaccard(a, ocr_noise(b, 1)) for a, b in itertools.combinations(pages, 2)]
    assert min(copies) >= PAGE_THRESHOLD + 0.1, copies
    assert min(worse) >= PAGE_THRESHOLD, worse  # twice the noise still matches
    assert max(others) < PAGE_THRESHOLD - 0.2, max(others)


def test_hashes_ignore_case_spacing_and_punctuation() -> None:
    text = claimant_pages()[0]
    flat = text.upper().replace(" ", "").replace(".", " . ")
    assert jaccard(text, flat) == 1.0
    # A shingle never spans two texts: a short text yields none of its own.
    text_no, _values = sampled_shingles(["short", text])
    assert set(text_no.tolist()) == {1}


def _pages_frame(rows: list[tuple[str, int, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [(CID, d, p, t) for d, p, t in rows], columns=["claimant_id", "doc_id", "page_no", "text"]
    )


def test_copy_of_a_whole_document_and_of_one_page() -> None:
    pages = claimant_pages()
    rows = [
        ("D2", 1, pages[0]),
        ("D2", 2, pages[1]),
        ("D4", 1, ocr_noise(pages[0], 7)),  # D4 re-faxes D2 entirely
        ("D4", 2, ocr_noise(pages[1], 8)),
        ("D5", 1, ocr_noise(pages[1], 9)),  # D5 prints page 2 of D2 again
        ("D3", 1, pages[2]),  # a different record
        ("D1", 1, pages[3]),
        ("D1", 2, ocr_noise(pages[0], 10)),  # shares one page of two: not a copy
    ]
    pf = _pages_frame(rows)
    matches = page_matches(pf)
    assert {("D2", 1), ("D4", 1)} <= set(
        zip(matches["doc_a"], matches["page_a"], strict=True)
    ) | set(zip(matches["doc_b"], matches["page_b"], strict=True))
    groups = record_groups(pf, documents())
    assert groups.record_of == {"D2": "D2", "D4": "D2", "D5": "D2"}
    by_doc = {c["doc_id"]: c for c in groups.copies}
    assert (by_doc["D4"]["pages_matched"], by_doc["D4"]["pages_with_text"]) == (2, 2)
    assert by_doc["D5"]["pages_matched"] == 1
    assert "D1" not in groups.record_of and "D3" not in groups.record_of


def _gait(doc: str) -> dict:
    return m(
        "antalgic_gait",
        "antalgic gait",
        "Gait: antalgic gait favoring the right.",
        doc=doc,
        laterality="right",
    )


def test_copies_count_once_in_records_and_years() -> None:
    pages = claimant_pages()
    # D2 (2019) is the note; D4 (2021) is the same note faxed again; D3 (2020) is another note.
    pf = _pages_frame([("D2", 1, pages[4]), ("D4", 1, ocr_noise(pages[4], 3)), ("D3", 1, pages[5])])
    rows = [_gait("D2"), _gait("D4"), _gait("D3")]
    plain = build_summary(CID, frame(rows), documents())
    s = build_summary(CID, frame(rows), documents(), pages=pf)
    (before,) = plain["timeline"]
    (after,) = s["timeline"]
    assert (before["n_records"], before["last"], before["years"]) == (
        3,
        "2021-06-01",
        2.3,
    )  # 822 days
    assert (after["n_records"], after["n_documents"]) == (2, 3)
    assert (after["first"], after["last"], after["years"]) == (
        "2019-03-02",
        "2020-01-15",
        0.9,
    )  # 319 days
    assert s["timeline_plot"]["lanes"][0]["for"] == {"2019": 1, "2020": 1}
    (rep,) = s["repeated_records"]
    assert rep["record"]["doc_id"] == "D2" and [c["doc_id"] for c in rep["copies"]] == ["D4"]
    assert rep["copies"][0]["similarity"] >= PAGE_THRESHOLD
    gait = s["findings"]["antalgic_gait"]["right"]
    assert [(f["document"]["doc_id"], f["copy_of"]) for f in gait] == [
        ("D2", None),
        ("D3", None),
        ("D4", "D2"),
    ]
    left_knee_gait = next(
        p for p in s["pathways"] if p["knee"] == "left" and p["mechanism"] == "antalgic_gait"
    )
    assert any("first of 2 records" in step for step in left_knee_gait["chain"])
    html = render_html(s)
    assert "Repeated records" in html and "copy of D2" in html


def test_no_pages_no_grouping() -> None:
    s = build_summary(CID, frame([_gait("D2"), _gait("D4")]), documents(), pages=None)
    assert s["repeated_records"] == [] and s["timeline"][0]["n_records"] == 2
    assert "Repeated records" not in render_html(s)


def test_summarise_stage_reads_pages_and_marks_the_copy(tmp_path) -> None:  # noqa: ANN001
    from va_core.records import Mention, PageMention, PageText
    from va_core.store import DocumentRow, Store
    from va_pipeline.summarise import summarise_claimants

    text = claimant_pages()[4]
    store = Store.open(f"sqlite:///{tmp_path / 'store.sqlite'}")
    gait = Mention("antalgic_gait", "present", "right", 0, 13, "antalgic gait")
    for doc_id, page, date in (
        ("d1", text, "2019-03-02"),
        ("d2", ocr_noise(text, 4), "2022-01-05"),
    ):
        store.register_document(
            DocumentRow(doc_id, CID, doc_id * 8, "x.pdf", "/x.pdf", "pdf", 1, "registered")
        )
        store.save_document_results(
            doc_id,
            claimant_id=CID,
            page_texts=[PageText(1, page, "ocr")],
            page_mentions=[PageMention(1, gait, gait.text)],
            ocr_keys={1: "k"},
            doc_type="treatment_note",
            doc_date=date,
            model_version="test-1",
        )
    frame_ = store.pages_frame([CID])
    assert list(frame_.columns) == ["claimant_id", "doc_id", "page_no", "source", "ocr_key", "text"]
    assert store.pages_frame(["nobody"]).empty
    out = tmp_path / "summaries"
    summarise_claimants(store, out, [CID])
    store.close()
    import json

    summary = json.loads((out / f"{CID}.json").read_text(encoding="utf-8"))
    assert [c["doc_id"] for c in summary["repeated_records"][0]["copies"]] == ["d2"]
    (tl,) = summary["timeline"]
    assert (tl["n_records"], tl["first"], tl["last"]) == (1, "2019-03-02", "2019-03-02")
