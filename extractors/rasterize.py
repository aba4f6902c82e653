"""pdf2image (poppler's pdftoppm) owns PDF rasterization. One page at a time, to disk."""

from __future__ import annotations

import shutil
from pathlib import Path

from pdf2image import convert_from_path
from pdf2image.exceptions import (
    PDFInfoNotInstalledError,
    PDFPageCountError,
    PDFPopplerTimeoutError,
    PDFSyntaxError,
)

from va_core.errors import MissingDependency, OcrTimeout, UnreadableDocument


def poppler_available() -> bool:
    """True when pdftoppm and pdfinfo are on PATH."""
    return shutil.which("pdftoppm") is not None and shutil.which("pdfinfo") is not None


def rasterize_page(pdf: Path, page_no: int, *, dpi: int, out_dir: Path, timeout_s: int) -> Path:
    """Render one 1-based page of `pdf` to a grayscale PNG in `out_dir` and return its path.

    Rendering a single page keeps memory flat however long the document is.
    """
    if not poppler_available():
        raise MissingDependency("poppler-utils (pdftoppm) is not installed; run `make setup`")
    try:
        paths = convert_from_path(
            str(pdf),
            dpi=dpi,
            first_page=page_no,
            last_page=page_no,
            output_folder=str(out_dir),
            fmt="png",
            grayscale=True,
            paths_only=True,
            timeout=timeout_s,
        )
    except PDFPopplerTimeoutError:
        raise OcrTimeout(f"rasterizing page {page_no} took over {timeout_s}s") from None
    except PDFInfoNotInstalledError:
        raise MissingDependency(
            "poppler-utils (pdfinfo) is not installed; run `make setup`"
        ) from None
    except (PDFPageCountError, PDFSyntaxError) as exc:
        raise UnreadableDocument(
            f"page {page_no} cannot be rendered ({type(exc).__name__})"
        ) from None
    if not paths:
        raise UnreadableDocument(f"page {page_no} rendered no image")
    return Path(paths[0])
