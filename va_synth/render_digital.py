"""Render laid-out pages as a born-digital PDF with a real text layer (fpdf2 core fonts)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from fpdf import FPDF

PAGE_W, PAGE_H = 612.0, 792.0
MARGIN, SIZE, LEADING, HEAD_SIZE = 54.0, 10.0, 13.0, 8.5


def _pdf(mono: bool) -> FPDF:
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(False)
    pdf.set_font("Courier" if mono else "Helvetica", size=SIZE)
    return pdf


def measure(mono: bool) -> tuple[float, Callable[[str], float]]:
    """(usable width pt, text measure) for the layout step (bold metrics, to be safe)."""
    pdf = _pdf(mono)
    pdf.set_font(style="B")
    return PAGE_W - 2 * MARGIN, pdf.get_string_width


def rows_per_page() -> int:
    return int((PAGE_H - 2 * MARGIN - 3 * LEADING - 2 * LEADING) // LEADING)


def render(
    pages: list[list[tuple[str, bool]]], header: list[str], mono: bool, title: str, iso: str
) -> bytes:
    """The PDF bytes; creation date fixed at the document date."""
    pdf = _pdf(mono)
    d = datetime.fromisoformat(iso).replace(hour=12, tzinfo=UTC)
    pdf.set_creation_date(d)
    pdf.set_title(title)
    pdf.set_producer("VBMS eFolder")
    pdf.set_creator("VA eForms")
    family = "Courier" if mono else "Helvetica"
    for i, rows in enumerate(pages):
        pdf.add_page()
        pdf.set_font(family, size=HEAD_SIZE)
        y = MARGIN
        for h in header:
            pdf.text(MARGIN, y, h)
            y += LEADING - 2
        pdf.line(MARGIN, y - 6, PAGE_W - MARGIN, y - 6)
        y = MARGIN + 3 * LEADING
        for text, bold in rows:
            if text:
                pdf.set_font(family, "B" if bold else "", SIZE)
                pdf.text(MARGIN, y, text)
            y += LEADING
        pdf.set_font(family, size=HEAD_SIZE)
        pdf.text(MARGIN, PAGE_H - MARGIN / 2, f"Page {i + 1} of {len(pages)}")
    return bytes(pdf.output())
