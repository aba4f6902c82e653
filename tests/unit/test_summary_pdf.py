"""PDF export of summaries through headless Chromium (`va-evidence summarize --pdf`)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import skip_or_fail
from tests.unit.test_summaries import CID, documents, frame, knee, radic_right, sc
from va_core.errors import MissingDependency
from va_pipeline import pdf_export
from va_summaries import build_summary, write_summary


@pytest.fixture
def chromium() -> str:
    path = pdf_export.find_chromium()
    if path is None:
        skip_or_fail("needs Chromium for PDF export (Debian: `make setup` installs `chromium`)")
    return path


def _text(pdf: Path) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    return len(reader.pages), " ".join(p.extract_text() for p in reader.pages)


def test_summary_prints_to_a_pdf_with_its_content(chromium: str, tmp_path: Path) -> None:
    rows = [sc(), radic_right(), knee("right", "osteoarthritis", "degenerative joint disease")]
    _json, html = write_summary(tmp_path, build_summary(CID, frame(rows), documents()))
    pdf = pdf_export.export_pdf(html)
    assert pdf == tmp_path / f"{CID}.pdf"
    pages, text = _text(pdf)
    assert pages >= 2
    for phrase in ("Evidence summary", "Pathways", "Timeline", "Evidence against"):
        assert phrase in text, phrase
    assert oct(pdf.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("va-pdf-")] == []


def test_missing_chromium_is_a_missing_dependency(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_export, "find_chromium", lambda: None)
    with pytest.raises(MissingDependency, match="Chromium"):
        pdf_export.export_pdf(tmp_path / "x.html")


def test_summarize_pdf_flag(chromium: str, tmp_path: Path) -> None:
    from va_core.records import Mention, PageMention, PageText
    from va_core.store import DocumentRow, Store
    from va_pipeline.cli import run_cli

    data = tmp_path / "data"
    store = Store.open(f"sqlite:///{data / 'store.sqlite'}")
    gait = Mention("antalgic_gait", "present", "right", 0, 13, "antalgic gait")
    store.register_document(DocumentRow("d1", CID, "a" * 64, "x.pdf", "/x.pdf", "pdf", 1, "new"))
    store.save_document_results(
        "d1",
        claimant_id=CID,
        page_texts=[PageText(1, "antalgic gait", "text_layer")],
        page_mentions=[PageMention(1, gait, gait.text)],
        ocr_keys={},
        doc_type="treatment_note",
        doc_date="2020-05-01",
        model_version="test-1",
    )
    store.close()
    out = io.StringIO()
    assert run_cli(["summarize", "--data-dir", str(data)], out=out) == 0
    assert not (data / "summaries" / f"{CID}.pdf").exists()  # only when asked
    assert run_cli(["summarize", "--data-dir", str(data), "--pdf"], out=out) == 0
    pages, text = _text(data / "summaries" / f"{CID}.pdf")
    assert pages >= 1 and "Antalgic gait" in text
    assert "pdf: 1 files" in out.getvalue()
