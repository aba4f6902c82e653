"""Backlog re-runs: find what a newer OCR engine, OCR settings or model made stale, and
redo only that, in chunks (dags/backlog_rerun.py calls these).

Stages, from the earliest: `ocr` (pages OCR'd with another engine version or settings are
OCR'd again, then re-tagged), `classify` (documents tagged by another model version are
re-tagged from their stored page text, without OCR), `summarize` (summaries older than
their claimant's documents are rebuilt). A run from a stage also does the stages after it.
Reviewer decisions live in their own table, keyed by finding keys that re-tagging
reproduces, so no re-run touches them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from va_core.errors import BadArguments
from va_core.records import PageText
from va_core.settings import Settings
from va_core.store import Store
from va_pipeline.jobs import task_settings
from va_pipeline.page_text import cache_path, load_cached
from va_pipeline.run import RunReport, process_documents, summarise_due, tag_or_quarantine

log = logging.getLogger(__name__)

STAGES = ("ocr", "classify", "summarize")


@dataclass(frozen=True, slots=True)
class Scope:
    """Which part of the store a re-run looks at."""

    stage: str = "ocr"
    claimant_ids: tuple[str, ...] = ()
    since: datetime | None = None
    """Only documents registered on or after this moment."""
    force: bool = False
    """Redo the stage for everything in scope, stale or not."""

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> Scope:
        """From a DAG run's params (strings and lists, as a trigger form sends them)."""
        stage = str(params.get("stage") or "ocr")
        if stage not in STAGES:
            raise BadArguments(f"stage must be one of {', '.join(STAGES)}, not {stage!r}")
        claimants = params.get("claimants") or ()
        if isinstance(claimants, str):
            claimants = [c for c in claimants.replace(",", " ").split() if c]
        since = params.get("since")
        try:
            since_dt = (
                datetime.combine(date.fromisoformat(str(since)), datetime.min.time(), UTC)
                if since
                else None
            )
        except ValueError:
            raise BadArguments(f"since must be a date like 2026-01-31, not {since!r}") from None
        return cls(stage, tuple(str(c) for c in claimants), since_dt, bool(params.get("force")))


def _chunks(
    docs: Sequence[tuple[str, int]], stage: str, settings: Settings
) -> list[dict[str, Any]]:
    """Group documents into chunks of at most `chunk_pages` pages (a bigger document gets a
    chunk of its own)."""
    chunks: list[dict[str, Any]] = []
    current: list[str] = []
    pages = 0
    for doc_id, page_count in docs:
        if current and pages + page_count > settings.chunk_pages:
            chunks.append({"stage": stage, "doc_ids": current})
            current, pages = [], 0
        current.append(doc_id)
        pages += page_count
    if current:
        chunks.append({"stage": stage, "doc_ids": current})
    return chunks


def plan(scope: Scope, settings: Settings | None = None) -> list[dict[str, Any]]:
    """The chunks of stale work, at most `max_chunks` of them (OCR first); what is left
    stays stale and the next run takes it. Each chunk is {"stage", "doc_ids"}."""
    settings = task_settings(settings)
    store = Store.open(settings.database_url)
    try:
        found: dict[str, list[tuple[str, int]]] = {"ocr": [], "classify": []}
        kw = {"claimant_ids": scope.claimant_ids, "since": scope.since, "force": scope.force}
        if scope.stage == "ocr":
            from extractors.ocr import tesseract_version

            key = settings.ocr.cache_key(tesseract_version())
            found["ocr"] = store.documents_needing_ocr(key, **kw)
        if scope.stage in ("ocr", "classify"):
            import classifiers

            redo_ocr = {doc_id for doc_id, _ in found["ocr"]}
            found["classify"] = [
                d
                for d in store.documents_needing_tagging(
                    classifiers.MODEL_VERSION,
                    claimant_ids=scope.claimant_ids,
                    since=scope.since,
                    force=scope.force and scope.stage == "classify",
                )
                if d[0] not in redo_ocr
            ]
    finally:
        store.close()
    chunks = _chunks(found["ocr"], "ocr", settings) + _chunks(
        found["classify"], "classify", settings
    )
    kept = chunks[: settings.max_chunks]
    left = sum(len(c["doc_ids"]) for c in chunks[settings.max_chunks :])
    log.info(
        "backlog from stage %s: %d documents to OCR again, %d to re-tag; %d chunks this run%s",
        scope.stage,
        len(found["ocr"]),
        len(found["classify"]),
        len(kept),
        f", {left} documents left for the next run" if left else "",
    )
    return kept


def _stored_page(row: dict[str, Any], cache_dir: Path, sha256: str) -> PageText:
    """A saved page with its OCR word boxes where the OCR cache still has them (the
    evidence spans' confidence needs them), else its text alone."""
    if row["ocr_key"]:
        cached = load_cached(cache_path(cache_dir, sha256, row["page_no"], row["ocr_key"]))
        if cached is not None:
            return cached
    return PageText(
        page_no=row["page_no"], text=row["text"], source=row["source"], mean_conf=row["mean_conf"]
    )


def redo_chunk(chunk: dict[str, Any], settings: Settings | None = None) -> list[str]:
    """OCR again or re-tag one chunk's documents; return the claimant ids touched."""
    settings = task_settings(settings)
    store = Store.open(settings.database_url)
    report = RunReport()
    try:
        docs = [d for d in store.documents_by_id(chunk["doc_ids"]) if d.status == "processed"]
        if chunk["stage"] == "ocr":
            touched = process_documents(store, settings, docs, report, lambda stage, n: None)
        elif chunk["stage"] == "classify":
            touched = set()
            for doc in docs:
                rows = store.stored_pages(doc.doc_id)
                pages = [_stored_page(r, settings.cache_dir, doc.sha256) for r in rows]
                keys = {r["page_no"]: r["ocr_key"] for r in rows if r["ocr_key"]}
                touched.add(doc.claimant_id)
                tag_or_quarantine(store, settings, doc, pages, keys, report, action="re-tagging")
        else:
            raise BadArguments(f"unknown chunk stage {chunk['stage']!r}")
    finally:
        store.close()
    log.info(
        "%s chunk: %d documents, %d pages OCR'd, %d mentions",
        chunk["stage"],
        report.documents_processed,
        report.pages_ocr,
        report.mentions,
    )
    return sorted(touched)


def summarise_stale(
    scope: Scope, touched: Iterable[Iterable[str]] = (), settings: Settings | None = None
) -> str:
    """Rebuild the summaries the chunks touched and any that are older than their
    claimant's documents (all in scope when forced at the summarize stage)."""
    settings = task_settings(settings)
    store = Store.open(settings.database_url)
    report = RunReport()
    try:
        due = {cid for batch in touched for cid in batch}
        if scope.force and scope.stage == "summarize":
            due |= set(scope.claimant_ids or store.claimant_ids())
        index = summarise_due(store, settings, due, report)  # adds every stale summary
    finally:
        store.close()
    log.info("summarised %d claimants", report.claimants_summarised)
    return str(index)
