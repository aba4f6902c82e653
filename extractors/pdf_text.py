"""pypdf owns PDF structure here: page count, encryption and the PDF's own text layer."""

from __future__ import annotations

import logging
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError, PyPdfError

from va_core.errors import EmptyDocument, EncryptedDocument, UnreadableDocument

log = logging.getLogger(__name__)
# pypdf warns about every malformed object at WARNING; those messages can quote content.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def _open(path: Path) -> PdfReader:
    try:
        reader = PdfReader(str(path), strict=False)
    except (PdfReadError, PyPdfError, ValueError, OSError, KeyError, TypeError) as exc:
        raise UnreadableDocument(f"PDF structure cannot be read ({type(exc).__name__})") from None
    if reader.is_encrypted:
        # An empty user password is common on "protected" scans; try it before giving up.
        try:
            if not reader.decrypt(""):
                raise EncryptedDocument("PDF is password-protected; supply an unlocked copy")
        except (FileNotDecryptedError, NotImplementedError, PyPdfError):
            raise EncryptedDocument("PDF is password-protected; supply an unlocked copy") from None
    return reader


def pdf_page_count(path: Path) -> int:
    """Number of pages; raises EncryptedDocument, UnreadableDocument or EmptyDocument."""
    reader = _open(path)
    try:
        count = len(reader.pages)
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise UnreadableDocument(f"PDF page tree cannot be read ({type(exc).__name__})") from None
    if count == 0:
        raise EmptyDocument("PDF has no pages")
    return count


def pdf_text_layer(path: Path) -> list[str]:
    """The text layer of every page ("" where a page has none or it cannot be read)."""
    reader = _open(path)
    texts: list[str] = []
    for index, page in enumerate(reader.pages):
        try:
            texts.append(page.extract_text() or "")
        except Exception as exc:  # noqa: BLE001 - pypdf raises many types on odd pages
            log.warning(
                "text layer of page %d unreadable (%s); will OCR", index + 1, type(exc).__name__
            )
            texts.append("")
    return texts
