"""The nightly ingestion as separate units of work, for a scheduler (dags/nightly_ingest.py).

Each function opens its own store from the settings, does one bounded piece of the job
and returns only ids or paths, so Airflow can run the pieces on different workers and
pass their results through XCom. Together they do what `run.run_inbox` does in one go.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from va_core.settings import Settings
from va_core.store import Store
from va_pipeline.run import RunReport, process_documents, register_inbox, summarise_due

log = logging.getLogger(__name__)


def task_settings(settings: Settings | None = None) -> Settings:
    """Settings for one scheduler task: from the environment, one OCR process per task.

    Under a scheduler the parallelism comes from its workers and the OCR pool, so a task
    that also started a process per core would oversubscribe the machine.
    """
    settings = settings or Settings.from_env()
    return settings if settings.workers > 0 else replace(settings, workers=1)


def register_new(settings: Settings | None = None, inbox: Path | None = None) -> list[str]:
    """Register new inbox files (quarantining bad ones); return the ids of documents that
    still need processing, including any a crashed earlier run left behind."""
    settings = task_settings(settings)
    report = RunReport()
    store = Store.open(settings.database_url)
    try:
        register_inbox(store, settings, inbox or settings.inbox, report)
        pending = [d.doc_id for d in store.documents_with_status("registered")]
    finally:
        store.close()
    log.info(
        "inbox: %d files, %d new, %d quarantined; %d documents to process",
        report.files_seen,
        report.documents_new,
        report.quarantined_new,
        len(pending),
    )
    return pending


def plan_batches(doc_ids: Sequence[str], settings: Settings | None = None) -> list[list[str]]:
    """Split documents into batches of `batch_docs`, growing the batches when a night would
    otherwise need more than `max_batches` mapped tasks."""
    settings = settings or Settings.from_env()
    if not doc_ids:
        return []
    size = max(settings.batch_docs, math.ceil(len(doc_ids) / max(1, settings.max_batches)))
    return [list(doc_ids[i : i + size]) for i in range(0, len(doc_ids), size)]


def process_batch(doc_ids: Sequence[str], settings: Settings | None = None) -> list[str]:
    """Text, OCR and tagging for one batch; bad documents are quarantined alone.

    Idempotent: documents already processed (by an earlier try of this task) are skipped,
    so a retry after a transient failure redoes only what was not saved.
    """
    settings = task_settings(settings)
    report = RunReport()
    store = Store.open(settings.database_url)
    try:
        docs = [d for d in store.documents_by_id(doc_ids) if d.status == "registered"]
        touched = process_documents(store, settings, docs, report, lambda stage, n: None)
    finally:
        store.close()
    log.info(
        "batch: %d documents, %d pages (%d OCR'd, %d cached), %d mentions, %d quarantined",
        report.documents_processed,
        report.pages,
        report.pages_ocr,
        report.pages_ocr_cached,
        report.mentions,
        report.quarantined_new,
    )
    return sorted(touched)


def summarise(claimant_batches: Iterable[Iterable[str]], settings: Settings | None = None) -> str:
    """Summarise the claimants the batches touched (and any whose summary is missing or
    stale); return the path of the summaries index."""
    settings = task_settings(settings)
    touched = {cid for batch in claimant_batches for cid in batch}
    report = RunReport()
    store = Store.open(settings.database_url)
    try:
        index = summarise_due(store, settings, touched, report)
    finally:
        store.close()
    log.info("summarised %d claimants", report.claimants_summarised)
    return str(index)
