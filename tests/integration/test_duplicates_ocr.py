"""Repeated records with real Tesseract: two scans of one page match, other pages do not."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from extractors.ocr import ocr_image
from va_core.settings import OcrSettings
from va_summaries.duplicates import PAGE_THRESHOLD, text_similarity
from va_synth import render_scan
from va_synth.generate import plan_claimant

pytestmark = pytest.mark.tesseract


def _scan(tmp: Path, doc: int, variant: int, refax: bool) -> str:
    planned = plan_claimant(2, 11)
    _name, d, lay = planned.documents[doc]
    rng = np.random.default_rng([doc, variant])
    stamp = "RECEIVED 03/14/2022" if refax else None
    (img,) = render_scan.render(
        [lay.pages[0]], planned.header, d.mono, rng, bilevel=refax, stamp_date=stamp
    )
    path = tmp / f"d{doc}-v{variant}.png"
    img.save(path)
    return ocr_image(path, 1, OcrSettings()).text


_jaccard = text_similarity


def test_two_scans_of_one_page_match_and_another_note_does_not(tmp_path: Path) -> None:
    first = _scan(tmp_path, 1, 1, refax=False)
    again = _scan(tmp_path, 1, 2, refax=True)
    other = _scan(tmp_path, 2, 1, refax=False)
    assert first != again  # OCR of two scans differs
    assert _jaccard(first, again) >= PAGE_THRESHOLD
    assert _jaccard(first, other) < PAGE_THRESHOLD
