"""Nightly ingestion: new inbox files → page text (text layer or OCR) → mentions → summaries.

Thin by design: each task imports a `va_pipeline.jobs` function inside its body and passes
only document ids, claimant ids and paths through XCom. Documents are processed in bounded
batches (one mapped task per batch, not per page), OCR concurrency is bounded by the
Airflow pool named by VA_EVIDENCE_OCR_POOL, and the cron comes from VA_EVIDENCE_NIGHTLY_CRON.
"""

from __future__ import annotations

from airflow.sdk import dag, task

from va_pipeline.dag_defaults import DAG_ARGS, SETTINGS, SUMMARIES


@dag(
    schedule=SETTINGS.nightly_cron,
    doc_md=__doc__,
    **DAG_ARGS,
)
def nightly_ingest() -> None:
    @task
    def register() -> list[str]:
        """Register new inbox files (bad ones are quarantined); ids of documents to process."""
        from va_pipeline import jobs

        return jobs.register_new()

    @task
    def plan(doc_ids: list[str]) -> list[list[str]]:
        from va_pipeline import jobs

        return jobs.plan_batches(doc_ids)

    @task(pool=SETTINGS.ocr_pool)
    def process(batch: list[str]) -> list[str]:
        """Page text, OCR and tagging for one batch; claimant ids touched."""
        from va_pipeline import jobs

        return jobs.process_batch(batch)

    @task(outlets=[SUMMARIES])
    def summarise(touched: list[list[str]]) -> str:
        """Summaries of the claimants touched; the path of the summaries index."""
        from va_pipeline import jobs

        return jobs.summarise(touched)

    summarise(process.expand(batch=plan(register())))


nightly_ingest()
