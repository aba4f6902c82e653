"""The main job: inbox → store → page text (text layer or OCR) → mentions → summaries."""

from __future__ import annotations

import logging
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from va_core.errors import InputFileError, OcrFailed, StorageError
from va_core.records import PageText
from va_core.settings import Settings
from va_core.store import DocumentRow, Store
from va_pipeline import ingest
from va_pipeline.inbox import InboxItem, discover
from va_pipeline.page_text import OcrJob, cache_path, load_cached, run_ocr_job, text_layer_pages
from va_pipeline.summarise import summarise_claimants
from va_pipeline.tag_stage import tag_and_save

log = logging.getLogger(__name__)

Progress = Callable[[str, int], None]
"""progress(stage, n): n more units of `stage` ("register", "pages") are done."""


@dataclass
class RunReport:
    """Counts of one run, printed at the end and returned to callers."""

    files_seen: int = 0
    documents_new: int = 0
    documents_processed: int = 0
    pages: int = 0
    pages_text_layer: int = 0
    pages_ocr: int = 0
    pages_ocr_cached: int = 0
    mentions: int = 0
    quarantined_new: int = 0
    quarantined_reasons: dict[str, int] = field(default_factory=dict)
    claimants_summarised: int = 0
    seconds: float = 0.0
    summaries_index: Path | None = None

    def quarantine(self, reason: str) -> None:
        self.quarantined_new += 1
        self.quarantined_reasons[reason] = self.quarantined_reasons.get(reason, 0) + 1


@dataclass
class _DocState:
    doc: DocumentRow
    pages: dict[int, PageText] = field(default_factory=dict)
    ocr_keys: dict[int, str] = field(default_factory=dict)
    failed: bool = False

    @property
    def complete(self) -> bool:
        return len(self.pages) == self.doc.page_count


def _noop(stage: str, n: int) -> None:
    return None


def run_inbox(inbox: Path, settings: Settings, *, progress: Progress | None = None) -> RunReport:
    """Process everything new in `inbox`; idempotent, so a re-run does no repeated work."""
    progress = progress or _noop
    started = time.perf_counter()
    report = RunReport()
    store = Store.open(settings.database_url)
    try:
        register_inbox(store, settings, inbox, report, progress)
        pending = store.documents_with_status("registered")
        touched = process_documents(store, settings, pending, report, progress)
        report.summaries_index = summarise_due(store, settings, touched, report)
    finally:
        store.close()
    report.seconds = round(time.perf_counter() - started, 1)
    return report


def register_inbox(
    store: Store, settings: Settings, inbox: Path, report: RunReport, progress: Progress = _noop
) -> None:
    """Register every inbox file the store does not know yet, quarantining bad ones."""
    items = discover(inbox)
    report.files_seen = len(items)
    for item in items:
        outcome = ingest.register(store, settings, item)
        if outcome.status == "new":
            report.documents_new += 1
        elif outcome.status == "quarantined":
            report.quarantine(outcome.reason or "unknown")
        progress("register", 1)


def summarise_due(
    store: Store, settings: Settings, touched: Iterable[str], report: RunReport
) -> Path:
    """Summarise the claimants touched, plus any whose summary is missing or stale."""
    read_at = datetime.now(UTC)  # before reading: a document saved meanwhile keeps it stale
    existing = {p.stem for p in settings.summaries_dir.glob("*.json")}
    due = (
        set(touched)
        | (set(store.claimant_ids()) - existing)
        | set(store.claimants_needing_summary())
    )
    to_summarise = sorted(due)
    index = summarise_claimants(store, settings.summaries_dir, to_summarise)
    store.mark_summarised(to_summarise, read_at)
    report.claimants_summarised = len(to_summarise)
    return index


def process_documents(
    store: Store,
    settings: Settings,
    docs: Iterable[DocumentRow],
    report: RunReport,
    progress: Progress,
) -> set[str]:
    """Get page text for every document, tag it and save it; return claimant ids touched."""
    states: dict[str, _DocState] = {}
    jobs: list[OcrJob] = []
    ocr_key: str | None = None
    touched: set[str] = set()

    def finish(state: _DocState) -> None:
        pages = [state.pages[n] for n in sorted(state.pages)]
        touched.add(state.doc.claimant_id)
        state.failed = not tag_or_quarantine(
            store, settings, state.doc, pages, state.ocr_keys, report
        )
        if not state.failed:
            report.pages += len(pages)

    def fail(state: _DocState, reason: str, detail: str) -> None:
        if state.failed:
            return
        state.failed = True
        item = InboxItem(state.doc.claimant_id, Path(state.doc.source_path))
        if ingest.quarantine(store, settings, item, state.doc.sha256, reason=reason, detail=detail):
            report.quarantine(reason)
        touched.add(state.doc.claimant_id)

    for doc in docs:
        state = _DocState(doc)
        states[doc.doc_id] = state
        if not Path(doc.source_path).exists():
            fail(state, "missing", "the file is no longer at the path it was registered from")
            continue
        try:
            state.pages.update(
                text_layer_pages(
                    Path(doc.source_path),
                    doc.media_type,
                    doc.page_count,
                    min_chars=settings.text_layer_min_chars,
                )
            )
        except InputFileError as exc:
            fail(state, exc.reason, str(exc))
            continue
        report.pages_text_layer += len(state.pages)
        progress("pages", len(state.pages))
        for page_no in range(1, doc.page_count + 1):
            if page_no in state.pages:
                continue
            if ocr_key is None:
                from extractors.ocr import tesseract_version  # raises MissingDependency

                ocr_key = settings.ocr.cache_key(tesseract_version())
            path = cache_path(settings.cache_dir, doc.sha256, page_no, ocr_key)
            state.ocr_keys[page_no] = ocr_key
            cached = load_cached(path)
            if cached is not None:
                state.pages[page_no] = cached
                report.pages_ocr_cached += 1
                progress("pages", 1)
            else:
                jobs.append(
                    OcrJob(
                        doc.doc_id,
                        doc.source_path,
                        doc.media_type,
                        page_no,
                        str(path),
                        settings.ocr,
                    )
                )
        if state.complete:
            finish(state)

    for job, result in _run_jobs(jobs, settings.effective_workers):
        state = states[job.doc_id]
        progress("pages", 1)
        if state.failed:
            continue
        if isinstance(result, PageText):
            report.pages_ocr += 1
            state.pages[job.page_no] = result
            if state.complete:
                finish(state)
        elif isinstance(result, InputFileError):
            fail(state, result.reason, f"page {job.page_no}: {result}")
        else:
            fail(state, "ocr_failed", f"page {job.page_no}: {result}")
    return touched


def tag_or_quarantine(
    store: Store,
    settings: Settings,
    doc: DocumentRow,
    pages: list[PageText],
    ocr_keys: dict[int, str],
    report: RunReport,
    *,
    action: str = "tagging",
) -> bool:
    """Tag a document's pages and save them (True), or quarantine a document whose tagging
    breaks so that it neither stops its batch nor comes back every run (False)."""
    try:
        report.mentions += tag_and_save(
            store, doc_id=doc.doc_id, claimant_id=doc.claimant_id, pages=pages, ocr_keys=ocr_keys
        )
    except (SQLAlchemyError, StorageError, OSError):
        raise  # the store or the disk: worth a retry, and not this document's fault
    except Exception as exc:  # noqa: BLE001 - one document must not stop the batch
        # Only the type: a message could quote the page. Mentions saved earlier stay.
        item = InboxItem(doc.claimant_id, Path(doc.source_path))
        detail = f"{action} failed ({type(exc).__name__})"
        if ingest.quarantine(store, settings, item, doc.sha256, reason="tagging_failed",
                             detail=detail):  # fmt: skip
            report.quarantine("tagging_failed")
        return False
    report.documents_processed += 1
    return True


def _run_jobs(jobs: list[OcrJob], workers: int) -> Iterator[tuple[OcrJob, PageText | Exception]]:
    """Run OCR jobs, in-process for one worker, else in a process pool with a bounded window.

    Per-page errors that belong to the document come back as values so that the caller
    quarantines that document alone; anything else (missing tesseract) propagates.
    """
    if not jobs:
        return
    if workers <= 1:
        for job in jobs:
            yield job, _attempt(job)
        return
    # spawn: workers must not inherit the parent's DB connections or progress-bar thread.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        window = workers * 3
        queue = iter(jobs)
        in_flight: dict[Future[PageText | Exception], OcrJob] = {}
        try:
            while True:
                while len(in_flight) < window:
                    job = next(queue, None)
                    if job is None:
                        break
                    in_flight[pool.submit(_attempt, job)] = job
                if not in_flight:
                    return
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    yield in_flight.pop(future), future.result()
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _attempt(job: OcrJob) -> PageText | Exception:
    """One OCR job; a timeout is retried once, document-level failures are returned."""
    for attempt in (1, 2):
        try:
            return run_ocr_job(job)
        except OcrFailed as exc:
            if exc.retryable and attempt == 1:
                continue
            return exc
        except InputFileError as exc:
            return exc
    raise AssertionError("unreachable")
