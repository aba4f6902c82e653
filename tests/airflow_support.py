"""Running the real Airflow CLI against a throwaway AIRFLOW_HOME, for the DAG tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, skip_or_fail

AIRFLOW = Path(sys.executable).parent / "airflow"
DAGS = REPO / "dags"


def require_airflow() -> None:
    if not AIRFLOW.exists():
        skip_or_fail("needs Apache Airflow in the virtualenv (run `make setup`)")


def airflow_env(home: Path, data_dir: Path, **extra: str) -> dict[str, str]:
    """A clean environment: no AIRFLOW_* or VA_EVIDENCE_* settings leak in from the shell."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "VA_EVIDENCE_"))}
    env.update(
        AIRFLOW_HOME=str(home),
        AIRFLOW__CORE__DAGS_FOLDER=str(DAGS),
        AIRFLOW__CORE__LOAD_EXAMPLES="False",
        AIRFLOW__LOGGING__BASE_LOG_FOLDER=str(home / "logs"),
        VA_EVIDENCE_DATA_DIR=str(data_dir),
    )
    env.update(extra)
    return env


def airflow(env: dict[str, str], *args: str, log: Path, timeout: float = 900) -> None:
    """Run `airflow ARGS` and fail the test with the log's tail when it fails."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a") as fh:
        done = subprocess.run(
            [str(AIRFLOW), *args], env=env, stdout=fh, stderr=subprocess.STDOUT, timeout=timeout
        )
    if done.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        pytest.fail(f"airflow {' '.join(args)} exited {done.returncode}:\n{tail}")


def dags_test(
    env: dict[str, str], dag_id: str, log: Path, conf: dict[str, Any] | None = None
) -> str:
    """`airflow dags test` one DAG; return the log of that run (checked for success)."""
    start = log.stat().st_size if log.exists() else 0
    args = ["dags", "test", dag_id] + (["-c", json.dumps(conf)] if conf else [])
    airflow(env, *args, log=log)
    text = log.read_text(errors="replace")[start:]
    assert f"dag_id={dag_id}" in text and "state=success" in text, text[-3000:]
    return text


def counting_tesseract(bin_dir: Path, calls: Path) -> str:
    """A `tesseract` first on PATH that records every OCR call (not --version) and runs the
    real one; returns the PATH to use."""
    real = shutil.which("tesseract")
    if real is None:
        skip_or_fail("needs tesseract (run `make setup`)")
    bin_dir.mkdir(parents=True, exist_ok=True)
    wrapper = bin_dir / "tesseract"
    wrapper.write_text(
        "#!/bin/sh\n"
        'case "$1" in --version|-v|--list-langs) ;; *) echo ocr >> "' + str(calls) + '" ;; esac\n'
        f'exec "{real}" "$@"\n'
    )
    wrapper.chmod(0o755)
    return f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"


def ocr_calls(calls: Path) -> int:
    return len(calls.read_text().splitlines()) if calls.exists() else 0
