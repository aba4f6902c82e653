"""What both va-evidence DAGs share: settings, retry behaviour and the summaries Asset.

Imported at DAG parse time, so it stays light: Airflow's SDK and va_core.settings only.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import Asset, ExceptionRetryPolicy, RetryAction, RetryRule

from va_core.settings import Settings

SETTINGS = Settings.from_env()


# Written by both DAGs; a downstream DAG (exports, notifications) can be scheduled on it.
SUMMARIES = Asset(
    name="va_evidence_summaries",
    uri=SETTINGS.summaries_dir.resolve().as_uri(),
)

# A bad document never fails a task (it is quarantined inside it), so a failing task means
# something around it broke: a database or disk hiccup is worth retrying with backoff,
# a wrong argument, a missing tool or a refused model artifact is not.
RETRY_POLICY = ExceptionRetryPolicy(
    rules=[
        RetryRule(exception=f"va_core.errors.{name}", action=RetryAction.FAIL, reason=why)
        for name, why in (
            ("BadArguments", "bad DAG params; fix them and trigger again"),
            ("MissingDependency", "a required tool is missing on this worker; run make setup"),
            ("ModelArtifactError", "the model artifact was refused; rebuild it"),
        )
    ]
)

DEFAULT_ARGS = {
    "owner": "va-evidence",
    "retries": 4,
    "retry_delay": timedelta(seconds=30),
    "retry_exponential_backoff": 2.0,
    "max_retry_delay": timedelta(minutes=30),
    "retry_policy": RETRY_POLICY,
}

# Arguments both DAGs pass to @dag: one run at a time (a night's batches or a backlog's
# chunks must not race the next run for the same documents), no catch-up of missed nights.
DAG_ARGS = {
    "start_date": datetime(2026, 1, 1),
    "catchup": False,
    "max_active_runs": 1,
    "default_args": DEFAULT_ARGS,
    "tags": ["va-evidence"],
}
