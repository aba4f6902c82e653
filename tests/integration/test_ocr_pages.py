"""Real Tesseract and poppler over rendered pages: text, word boxes, cache, parallel pool."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.ocr import tesseract_version
from tests.docmaker import digital_pdf, scanned_pdf, tiff
from va_core.settings import OcrSettings, Settings
from va_core.store import Store
from va_pipeline.page_text import OcrJob, cache_path, load_cached, run_ocr_job, text_layer_pages
from va_pipeline.run import RunReport, _noop, process_documents

pytestmark = pytest.mark.tesseract

PAGE = (
    "DATE OF NOTE: MAR 02, 2019\n"
    "Gait: antalgic, favoring the right lower extremity.\n"
    "Left knee pain."
)


def test_scanned_page_is_ocrd_with_word_offsets_and_boxes(tmp_path: Path) -> None:
    pdf = scanned_pdf(tmp_path / "scan.pdf", [PAGE])
    out = tmp_path / "cache.json"
    page = run_ocr_job(OcrJob("d", str(pdf), "pdf", 1, str(out), OcrSettings(dpi=200)))
    assert page.source == "ocr"
    assert "antalgic" in page.text.lower()
    assert page.mean_conf is not None and page.mean_conf > 60
    for word in page.words:
        assert page.text[word.start : word.end] == word.text
        assert word.width > 0 and word.height > 0
    assert load_cached(out) == page


def test_tiff_pages_are_ocrd(tmp_path: Path) -> None:
    path = tiff(tmp_path / "fax.tif", ["first page here", PAGE])
    page = run_ocr_job(
        OcrJob("d", str(path), "tiff", 2, str(tmp_path / "c.json"), OcrSettings(dpi=200))
    )
    assert "favoring the right" in page.text


def test_text_layer_is_used_when_good_and_scans_have_none(tmp_path: Path) -> None:
    digital = digital_pdf(tmp_path / "d.pdf", [PAGE, ""])
    assert set(text_layer_pages(digital, "pdf", 2, min_chars=20)) == {1}
    scan = scanned_pdf(tmp_path / "s.pdf", [PAGE])
    assert text_layer_pages(scan, "pdf", 1, min_chars=20) == {}


@pytest.mark.parametrize("workers", [1, 2])
def test_second_pass_reads_the_cache_instead_of_ocr(tmp_path: Path, workers: int) -> None:
    from va_pipeline.inbox import discover
    from va_pipeline.ingest import register

    inbox = tmp_path / "inbox" / "C001"
    inbox.mkdir(parents=True)
    scanned_pdf(inbox / "a.pdf", [PAGE, PAGE.upper()])
    scanned_pdf(inbox / "b.pdf", [PAGE])
    settings = Settings(data_dir=tmp_path / "data", workers=workers, ocr=OcrSettings(dpi=200))
    store = Store.open(settings.database_url)
    for item in discover(tmp_path / "inbox"):
        register(store, settings, item)
    docs = store.documents_with_status("registered")
    first = RunReport()
    process_documents(store, settings, docs, first, _noop)
    assert (first.pages_ocr, first.pages_ocr_cached, first.documents_processed) == (3, 0, 2)
    second = RunReport()
    process_documents(store, settings, docs, second, _noop)
    assert (second.pages_ocr, second.pages_ocr_cached) == (0, 3)
    assert store.counts()["pages"] == 3
    key = settings.ocr.cache_key(tesseract_version())
    assert cache_path(settings.cache_dir, docs[0].sha256, 1, key).is_file()
    store.close()
