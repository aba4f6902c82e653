"""The production topology, natively: Airflow on PostgreSQL with the CeleryExecutor and Redis.

api-server, scheduler, dag-processor and two Celery workers run as separate processes (the
services docker-compose.yml describes); the va-evidence store is a PostgreSQL database too,
as it would be for workers on several machines. The test triggers nightly_ingest, waits for
the run and checks the summaries and mentions against the sample's ground truth.
Skips where PostgreSQL or Redis is missing; required when CI is set.
"""

from __future__ import annotations

import os
import re
import secrets
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.airflow_support import AIRFLOW, airflow, airflow_env, require_airflow
from tests.conftest import PG_URL, SAMPLE, postgres_reachable, skip_or_fail
from tests.sample_truth import precision_recall, predicted_and_wanted, truth

pytestmark = [pytest.mark.tesseract, pytest.mark.postgres, pytest.mark.slow]

REDIS = os.environ.get("VA_EVIDENCE_TEST_REDIS", "127.0.0.1:6379")
RUN_TIMEOUT_S = 900
RUN_ID = "celery_topology_test"


def _redis_reachable() -> bool:
    host, port = REDIS.rsplit(":", 1)
    try:
        with socket.create_connection((host, int(port)), timeout=3) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def databases() -> Iterator[tuple[str, str]]:
    """Two fresh PostgreSQL databases: Airflow's metadata and va-evidence's store."""
    if not postgres_reachable(PG_URL):
        skip_or_fail(f"needs PostgreSQL at {PG_URL.split('@')[-1]}")
    if not _redis_reachable():
        skip_or_fail(f"needs Redis at {REDIS} (set VA_EVIDENCE_TEST_REDIS)")
    suffix = uuid.uuid4().hex[:10]
    names = [f"va_airflow_{suffix}", f"va_store_{suffix}"]
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        for name in names:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    base = PG_URL.rsplit("/", 1)[0].split("://", 1)[1]  # user@host:port
    yield f"{base}/{names[0]}", f"{base}/{names[1]}"
    with admin.connect() as conn:
        for name in names:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _start(env: dict[str, str], logs: Path, name: str, *args: str) -> subprocess.Popen:
    out = (logs / f"{name}.log").open("w")
    return subprocess.Popen(
        [str(AIRFLOW), *args],
        env=env,
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # so the whole process group can be stopped
    )


def _stop(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + 30
    for proc in procs:
        try:
            proc.wait(timeout=max(1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def _wait(what: str, check, timeout: float, procs: list[subprocess.Popen], logs: Path):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        dead = [p.args[1:3] for p in procs if p.poll() is not None]
        if dead:
            pytest.fail(f"an Airflow process exited while waiting for {what}: {dead}; {logs}")
        time.sleep(3)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}; logs in {logs}")


def test_nightly_ingest_on_celery_workers(tmp_path: Path, databases: tuple[str, str]) -> None:
    require_airflow()
    meta, store_db = databases
    port = _free_port()
    queue = f"va_test_{uuid.uuid4().hex[:8]}"  # never shares a queue with another run
    data_dir = tmp_path / "data"
    env = airflow_env(
        tmp_path / "home",
        data_dir,
        AIRFLOW__CORE__EXECUTOR="CeleryExecutor",
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=f"postgresql+psycopg2://{meta}",
        AIRFLOW__CELERY__BROKER_URL=f"redis://{REDIS}/0",
        AIRFLOW__CELERY__RESULT_BACKEND=f"db+postgresql+psycopg2://{meta}",
        AIRFLOW__OPERATORS__DEFAULT_QUEUE=queue,
        AIRFLOW__API__HOST="127.0.0.1",
        AIRFLOW__API__PORT=str(port),
        AIRFLOW__API__WORKERS="1",
        AIRFLOW__CORE__EXECUTION_API_SERVER_URL=f"http://127.0.0.1:{port}/execution/",
        AIRFLOW__API_AUTH__JWT_SECRET=secrets.token_hex(32),
        AIRFLOW__API__SECRET_KEY=secrets.token_hex(32),
        VA_EVIDENCE_DB_URL=f"postgresql+psycopg://{store_db}",
        VA_EVIDENCE_INBOX=str(SAMPLE),
        VA_EVIDENCE_BATCH_DOCS="5",
        # Unpausing a DAG runs its latest missed slot; Feb 29 has none since start_date, so
        # the only run is the one this test triggers.
        VA_EVIDENCE_NIGHTLY_CRON="0 0 29 2 *",
    )
    logs = tmp_path / "logs"
    logs.mkdir()
    airflow(env, "db", "migrate", log=logs / "setup.log")
    airflow(env, "pools", "set", "va_ocr", "2", "OCR", log=logs / "setup.log")

    procs: list[subprocess.Popen] = []
    try:
        procs.append(_start(env, logs, "api-server", "api-server"))
        procs.append(_start(env, logs, "scheduler", "scheduler"))
        procs.append(_start(env, logs, "dag-processor", "dag-processor"))
        for n in (1, 2):
            procs.append(
                _start(
                    env, logs, f"worker{n}", "celery", "worker", "--queues", queue,
                    "--concurrency", "1", "--celery-hostname", f"w{n}@%h", "--skip-serve-logs",
                )
            )  # fmt: skip
        engine = sa.create_engine(f"postgresql+psycopg://{meta}")

        def scalar(sql: str, **params: object) -> object:
            with engine.connect() as conn:
                return conn.execute(sa.text(sql), params).scalar()

        _wait(
            "the dag-processor to parse nightly_ingest",
            lambda: scalar("select count(*) from serialized_dag where dag_id = 'nightly_ingest'"),
            180,
            procs,
            logs,
        )
        airflow(env, "dags", "unpause", "nightly_ingest", log=logs / "cli.log")
        airflow(env, "dags", "trigger", "nightly_ingest", "--run-id", RUN_ID, log=logs / "cli.log")
        state = _wait(
            "nightly_ingest to finish",
            lambda: scalar(
                "select state from dag_run where run_id = :run and state in ('success', 'failed')",
                run=RUN_ID,
            ),
            RUN_TIMEOUT_S,
            procs,
            logs,
        )
        with engine.connect() as conn:
            tasks = conn.execute(
                sa.text(
                    "select task_id, map_index, state, hostname from task_instance "
                    "where run_id = :run"
                ),
                {"run": RUN_ID},
            ).all()
            runs = conn.execute(sa.text("select run_id from dag_run")).scalars().all()
        engine.dispose()
    finally:
        _stop(procs)

    assert state == "success", [tuple(t) for t in tasks]
    assert runs == [RUN_ID]
    process = [t for t in tasks if t.task_id == "process"]
    assert len(process) == 7  # 33 documents in batches of 5
    assert all(t.state == "success" for t in tasks)
    # Every task ran on a Celery worker, and both workers took some: the work was spread.
    done = [
        len(
            re.findall(
                r"execute_workload\[[^\]]+\] succeeded", (logs / f"worker{n}.log").read_text()
            )
        )
        for n in (1, 2)
    ]
    assert sum(done) == len(tasks) and min(done) >= 1, done
    summaries = data_dir / "summaries"
    assert sorted(p.stem for p in summaries.glob("C*.json")) == sorted(truth())
    assert (summaries / "index.html").is_file()
    got, want = predicted_and_wanted(f"postgresql+psycopg://{store_db}")
    precision, recall = precision_recall(got, want)
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)
