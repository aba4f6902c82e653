"""Pillow owns multi-page TIFF reading."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, UnidentifiedImageError

from va_core.errors import EmptyDocument, UnreadableDocument

# Scans at 600 dpi on legal paper are ~ 40 Mpx; refuse decompression bombs above that.
Image.MAX_IMAGE_PIXELS = 120_000_000


def tiff_page_count(path: Path) -> int:
    """Number of frames in a TIFF; raises UnreadableDocument or EmptyDocument."""
    try:
        with Image.open(path) as img:
            count = getattr(img, "n_frames", 1)
            img.seek(count - 1)  # touches the last IFD so truncated files fail here
    except (UnidentifiedImageError, OSError, EOFError, Image.DecompressionBombError) as exc:
        raise UnreadableDocument(f"TIFF cannot be read ({type(exc).__name__})") from None
    if count < 1:
        raise EmptyDocument("TIFF has no pages")
    return count


def tiff_page_to_png(path: Path, page_no: int, out_dir: Path) -> Path:
    """Write 1-based page `page_no` of a TIFF as a grayscale PNG and return its path."""
    try:
        with Image.open(path) as img:
            img.seek(page_no - 1)
            page = img.convert("L")
            out = out_dir / f"page-{page_no:05d}.png"
            page.save(out)
    except (UnidentifiedImageError, OSError, EOFError, Image.DecompressionBombError) as exc:
        raise UnreadableDocument(
            f"TIFF page {page_no} cannot be read ({type(exc).__name__})"
        ) from None
    return out


def tiff_page_to_png_scaled(path: Path, page_no: int, out: Path, *, width: int) -> Path:
    """Write 1-based page `page_no` of a TIFF to `out` as a grayscale PNG `width` pixels wide
    (never enlarged): a page view for the summaries, not OCR input."""
    try:
        with Image.open(path) as img:
            img.seek(page_no - 1)
            page = img.convert("L")
            if page.width > width:
                page = page.resize((width, round(page.height * width / page.width)))
            page.save(out, optimize=True)
    except (UnidentifiedImageError, OSError, EOFError, Image.DecompressionBombError) as exc:
        raise UnreadableDocument(
            f"TIFF page {page_no} cannot be read ({type(exc).__name__})"
        ) from None
    return out
