"""Small documents for tests, made on the fly (never real records)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def digital_pdf(path: Path, pages: list[str]) -> Path:
    """A born-digital PDF whose text layer holds `pages`."""
    pdf = FPDF(format="letter")
    pdf.set_creation_date(dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    path.write_bytes(bytes(pdf.output()))
    return path


def page_image(text: str, *, dpi: int = 200) -> Image.Image:
    """A clean white letter page with `text` drawn at about 11 pt."""
    width, height = int(8.5 * dpi), int(11 * dpi)
    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    size = int(11 / 72 * dpi * 1.1)
    font = (
        ImageFont.truetype(str(FONT), size) if FONT.exists() else ImageFont.load_default(size=size)
    )
    y = dpi // 2
    for line in text.splitlines():
        draw.text((dpi // 2, y), line, fill=0, font=font)
        y += int(size * 1.6)
    return img


def scanned_pdf(path: Path, pages: list[str], *, dpi: int = 200) -> Path:
    """An image-only PDF (no text layer), one rendered image per page."""
    images = [page_image(t, dpi=dpi) for t in pages]
    images[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return path


def tiff(path: Path, pages: list[str], *, dpi: int = 200) -> Path:
    images = [page_image(t, dpi=dpi).convert("1") for t in pages]
    images[0].save(
        path, "TIFF", compression="group4", save_all=True, append_images=images[1:], dpi=(dpi, dpi)
    )
    return path


def encrypted_pdf(path: Path, text: str, password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    digital_pdf(path, [text])
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(path.read_bytes())))
    writer.encrypt(user_password=password, owner_password=password + "-owner")
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def bad_files(folder: Path) -> dict[str, str]:
    """Write one file per failure kind; return name -> expected quarantine reason (huge.pdf
    is too large only with max_file_mb=1)."""
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    encrypted_pdf(folder / "locked.pdf", "Antalgic gait ZZ-SENTINEL-PHI")
    page_image("x").save(folder / "photo.pdf", "JPEG")
    (folder / "huge.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * 1_200_000)
    (folder / "notes.docx").write_bytes(b"PK\x03\x04rest")
    (folder / "broken.tif").write_bytes(b"II*\x00" + b"\x01" * 40)
    return {
        "empty.pdf": "empty",
        "corrupt.pdf": "corrupt",
        "locked.pdf": "encrypted",
        "photo.pdf": "mislabelled",
        "huge.pdf": "too_large",
        "notes.docx": "unsupported_type",
        "broken.tif": "corrupt",
    }
