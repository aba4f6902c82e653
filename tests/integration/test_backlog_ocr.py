"""A backlog re-run after an OCR engine or settings change OCRs the stale pages again."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from extractors.ocr import tesseract_version
from tests.airflow_support import counting_tesseract, ocr_calls
from tests.docmaker import digital_pdf, scanned_pdf
from va_core.settings import Settings
from va_core.store import Store, pages
from va_pipeline import backlog, jobs
from va_pipeline.backlog import Scope

pytestmark = pytest.mark.tesseract


def test_pages_read_by_an_older_engine_are_ocrd_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = tmp_path / "tesseract-calls.txt"
    monkeypatch.setenv("PATH", counting_tesseract(tmp_path / "bin", calls))
    inbox = tmp_path / "inbox" / "C5"
    inbox.mkdir(parents=True)
    scanned_pdf(inbox / "scan.pdf", ["Gait is antalgic, favoring the right leg."])
    digital_pdf(inbox / "typed.pdf", ["Left knee: mild osteoarthritis on x-ray."])
    settings = Settings(data_dir=tmp_path / "data", inbox=tmp_path / "inbox", workers=1)
    jobs.process_batch(jobs.register_new(settings), settings)
    current = settings.ocr.cache_key(tesseract_version())
    store = Store.open(settings.database_url)
    with store.engine.begin() as conn:  # as if the scan had been read by Tesseract 4
        conn.execute(pages.update().where(pages.c.source == "ocr").values(ocr_key="tess4.1.1-x"))
    shutil.rmtree(settings.cache_dir)  # or the re-run would read the current key's cache
    before = ocr_calls(calls)
    plan = backlog.plan(Scope(), settings)
    assert [c["stage"] for c in plan] == ["ocr"] and len(plan[0]["doc_ids"]) == 1
    assert backlog.redo_chunk(plan[0], settings) == ["C5"]
    assert ocr_calls(calls) == before + 1  # the one scanned page, by Tesseract itself
    with store.engine.connect() as conn:
        keys = conn.execute(sa.select(pages.c.source, pages.c.ocr_key)).all()
    frame = store.mentions_frame()
    store.close()
    assert sorted(keys, key=str) == sorted([("ocr", current), ("text_layer", None)], key=str)
    assert set(frame["concept"]) == {"antalgic_gait", "knee_condition"}
    assert backlog.plan(Scope(), settings) == []
    # A new OCR setting (dpi) makes the scan stale again; the typed page never is.
    other_dpi = replace(settings, ocr=replace(settings.ocr, dpi=200))
    assert [len(c["doc_ids"]) for c in backlog.plan(Scope(), other_dpi)] == [1]


def test_a_document_whose_file_vanished_is_set_aside_not_planned_every_week(
    tmp_path: Path,
) -> None:
    inbox = tmp_path / "inbox" / "C6"
    inbox.mkdir(parents=True)
    scan = scanned_pdf(inbox / "scan.pdf", ["Gait is antalgic, favoring the right leg."])
    settings = Settings(data_dir=tmp_path / "data", inbox=tmp_path / "inbox", workers=1)
    jobs.process_batch(jobs.register_new(settings), settings)
    store = Store.open(settings.database_url)
    with store.engine.begin() as conn:
        conn.execute(pages.update().values(ocr_key="tess4.1.1-x"))
    scan.unlink()  # archived out of the inbox after ingest
    (chunk,) = backlog.plan(Scope(), settings)
    backlog.redo_chunk(chunk, settings)
    assert [(q["reason"], q["quarantined_path"]) for q in store.quarantined()] == [
        ("missing", None)
    ]
    assert backlog.plan(Scope(), settings) == []
    assert len(store.mentions_frame()) == 1  # what it said before stays
    store.close()
