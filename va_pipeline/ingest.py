"""Register documents in the store, or quarantine them with a reason."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from extractors.pdf_text import pdf_page_count
from extractors.sniff import sniff
from extractors.tiff import tiff_page_count
from va_core.errors import DocumentTooLarge, InputFileError
from va_core.settings import Settings
from va_core.store import DocumentRow, Store
from va_pipeline.inbox import InboxItem

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one inbox file."""

    status: str
    """new | known | quarantined | already_quarantined"""
    doc_id: str | None = None
    reason: str | None = None


def sha256_of(path: Path) -> str:
    """Content hash, read in chunks so large scans never sit in memory whole."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def make_doc_id(claimant_id: str, sha256: str) -> str:
    """Pseudonymous document id: stable across runs, reveals nothing of the file name."""
    return hashlib.sha256(f"{claimant_id}\0{sha256}".encode()).hexdigest()[:20]


def inspect(path: Path, settings: Settings) -> tuple[str, int]:
    """Return (media_type, page_count) or raise an InputFileError."""
    media_type = sniff(path, max_bytes=settings.max_file_mb * 1_000_000)
    pages = pdf_page_count(path) if media_type == "pdf" else tiff_page_count(path)
    if pages > settings.max_pages:
        raise DocumentTooLarge(
            f"{pages} pages, over the {settings.max_pages}-page limit "
            "(raise VA_EVIDENCE_MAX_PAGES to accept it)"
        )
    return media_type, pages


def quarantine(
    store: Store, settings: Settings, item: InboxItem, sha256: str, *, reason: str, detail: str
) -> bool:
    """Copy the file aside and record why; the inbox itself is never modified."""
    target: Path | None = (
        settings.quarantine_dir / item.claimant_id / f"{sha256[:20]}{item.path.suffix.lower()}"
    )
    if not target.exists():
        # Copy under a temporary name first, so a crash never leaves half a file behind.
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.tmp")
        try:
            shutil.copy2(item.path, partial)
            os.replace(partial, target)
        except FileNotFoundError:
            # The source left the inbox after it was registered (archived, moved): record
            # the reason anyway, so a backlog re-run does not plan it again every week.
            target = None
    new = store.quarantine_document(
        claimant_id=item.claimant_id,
        sha256=sha256,
        file_name=item.path.name,
        source_path=str(item.path),
        reason=reason,
        detail=detail,
        quarantined_path=str(target) if target else None,
    )
    if new:
        log.warning(
            "quarantined a document of claimant %s: %s (%s)", item.claimant_id, reason, detail
        )
    return new


def register(store: Store, settings: Settings, item: InboxItem) -> IngestOutcome:
    """Register one inbox file (idempotent by claimant and content hash)."""
    sha = sha256_of(item.path)
    doc_id = make_doc_id(item.claimant_id, sha)
    if store.find_document(item.claimant_id, sha):
        return IngestOutcome("known", doc_id)
    if store.is_quarantined(item.claimant_id, sha):
        return IngestOutcome("already_quarantined", None, "known")
    try:
        media_type, pages = inspect(item.path, settings)
    except InputFileError as exc:
        quarantine(store, settings, item, sha, reason=exc.reason, detail=str(exc))
        return IngestOutcome("quarantined", None, exc.reason)
    store.register_document(
        DocumentRow(
            doc_id=doc_id,
            claimant_id=item.claimant_id,
            sha256=sha,
            file_name=item.path.name,
            source_path=str(item.path.resolve()),
            media_type=media_type,
            page_count=pages,
            status="registered",
        )
    )
    log.info("registered document %s (%s, %d pages)", doc_id, media_type, pages)
    return IngestOutcome("new", doc_id)
