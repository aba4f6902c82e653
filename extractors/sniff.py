"""Decide what a file is from its bytes, not its name, and enforce size limits."""

from __future__ import annotations

from pathlib import Path

from va_core.errors import DocumentTooLarge, EmptyDocument, MislabelledDocument, UnsupportedDocument

PDF_SUFFIXES = {".pdf"}
TIFF_SUFFIXES = {".tif", ".tiff"}
SUPPORTED_SUFFIXES = PDF_SUFFIXES | TIFF_SUFFIXES

_MAGIC = {
    b"%PDF-": "pdf",
    b"II*\x00": "tiff",
    b"MM\x00*": "tiff",
    b"\x89PNG": "png",
    b"\xff\xd8\xff": "jpeg",
    b"PK\x03\x04": "zip",
    b"GIF8": "gif",
}


def media_type_of_bytes(head: bytes) -> str | None:
    """The media type that the first bytes of a file announce, or None."""
    # Some scanners prepend junk before %PDF; the PDF spec tolerates 1024 bytes of it.
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return kind
    return None


def sniff(path: Path, *, max_bytes: int) -> str:
    """Return "pdf" or "tiff" for a file the pipeline can read, else raise an InputFileError."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyDocument("file is empty (0 bytes)")
    if size > max_bytes:
        raise DocumentTooLarge(
            f"file is {size / 1e6:.0f} MB, over the {max_bytes / 1e6:.0f} MB limit "
            "(raise VA_EVIDENCE_MAX_FILE_MB to accept it)"
        )
    with path.open("rb") as fh:
        head = fh.read(1024)
    kind = media_type_of_bytes(head)
    suffix = path.suffix.lower()
    expected = "pdf" if suffix in PDF_SUFFIXES else "tiff" if suffix in TIFF_SUFFIXES else None
    if kind in ("pdf", "tiff"):
        if expected is not None and expected != kind:
            raise MislabelledDocument(f"named {suffix} but the content is {kind.upper()}")
        if expected is None:
            raise MislabelledDocument(
                f"content is {kind.upper()} but the name ends in {suffix or '(none)'}"
            )
        return kind
    if expected is not None:
        found = kind.upper() if kind else "not a recognised document format"
        raise MislabelledDocument(f"named {suffix} but the content is {found}")
    raise UnsupportedDocument(
        f"{suffix or 'files without an extension'} not supported; convert to PDF or TIFF"
    )
