"""Backlog re-run: redo only what a newer OCR engine, OCR settings or model made stale.

Scheduled by VA_EVIDENCE_BACKLOG_CRON (weekly by default) and triggerable by hand with
params: claimants (ids; empty = all), since (documents registered on or after a date),
stage (ocr | classify | summarize: the earliest stage to check; later stages follow) and
force (redo that stage for everything in scope). Work is planned in chunks of at most
VA_EVIDENCE_CHUNK_PAGES pages and VA_EVIDENCE_MAX_CHUNKS chunks per run; the rest is left
for the next run. Reviewer decisions are never touched.
"""

from __future__ import annotations

from airflow.sdk import Param, TriggerRule, dag, task

from va_pipeline.dag_defaults import DAG_ARGS, SETTINGS, SUMMARIES


@dag(
    schedule=SETTINGS.backlog_cron,
    doc_md=__doc__,
    **DAG_ARGS,
    params={
        "claimants": Param([], type="array", description="claimant ids; empty means all"),
        "since": Param(
            None,
            type=["null", "string"],
            format="date",
            description="only documents registered on or after this date",
        ),
        "stage": Param(
            "ocr",
            enum=["ocr", "classify", "summarize"],
            description="earliest stage to check; the stages after it follow",
        ),
        "force": Param(False, type="boolean", description="redo the stage even if not stale"),
    },
)
def backlog_rerun() -> None:
    @task
    def plan(**context: object) -> list[dict]:
        """Chunks of stale documents: [{"stage": "ocr"|"classify", "doc_ids": [...]}]."""
        from va_pipeline import backlog

        return backlog.plan(backlog.Scope.from_params(dict(context["params"])))

    @task(pool=SETTINGS.ocr_pool)
    def redo(chunk: dict) -> list[str]:
        """OCR again or re-tag one chunk; claimant ids touched."""
        from va_pipeline import backlog

        return backlog.redo_chunk(chunk)

    # none_failed: an empty plan skips `redo`, and stale summaries still need rebuilding.
    @task(outlets=[SUMMARIES], trigger_rule=TriggerRule.NONE_FAILED)
    def summarise(touched: list[list[str]], **context: object) -> str:
        from va_pipeline import backlog

        return backlog.summarise_stale(backlog.Scope.from_params(dict(context["params"])), touched)

    summarise(redo.expand(chunk=plan()))


backlog_rerun()
