"""The DAG files under real Airflow: they import cleanly, stay light and read their config."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.airflow_support import DAGS, airflow_env, require_airflow

PROBE = """
import json, sys
from airflow.dag_processing.dagbag import DagBag
bag = DagBag(dag_folder=sys.argv[1])
heavy = ("pytesseract", "pdf2image", "sklearn", "pandas", "numpy", "classifiers", "va_summaries")
loaded = sorted(m for m in heavy if m in sys.modules)
out = {"errors": bag.import_errors, "heavy": loaded, "dags": {}}
for dag_id, dag in bag.dags.items():
    out["dags"][dag_id] = {
        "schedule": getattr(dag.timetable, "expression", None),
        "max_active_runs": dag.max_active_runs,
        "params": sorted(dag.params.keys()),
        "tasks": {
            t.task_id: {
                "pool": t.pool,
                "mapped": bool(getattr(t, "is_mapped", False)),
                "retries": t.retries,
                "backoff": bool(t.retry_exponential_backoff),
                "outlets": [getattr(a, "name", None) for a in t.outlets],
            }
            for t in dag.tasks
        },
    }
print("PROBE" + json.dumps(out))
"""


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> dict:
    require_airflow()
    home = tmp_path_factory.mktemp("airflow-home")
    env = airflow_env(
        home,
        home / "data",
        VA_EVIDENCE_NIGHTLY_CRON="15 1 * * *",
        VA_EVIDENCE_BACKLOG_CRON="0 3 * * 6",
        VA_EVIDENCE_OCR_POOL="ocr_slots",
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(DAGS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    line = [x for x in done.stdout.splitlines() if x.startswith("PROBE")]
    assert done.returncode == 0 and line, done.stderr[-3000:]
    return json.loads(line[0].removeprefix("PROBE"))


def test_dag_files_import_without_errors(parsed: dict) -> None:
    assert parsed["errors"] == {}
    assert sorted(parsed["dags"]) == ["backlog_rerun", "nightly_ingest"]


def test_parsing_imports_no_heavy_library(parsed: dict) -> None:
    assert parsed["heavy"] == []


def test_schedules_and_pool_come_from_configuration(parsed: dict) -> None:
    nightly, backlog = parsed["dags"]["nightly_ingest"], parsed["dags"]["backlog_rerun"]
    assert nightly["schedule"] == "15 1 * * *"
    assert backlog["schedule"] == "0 3 * * 6"
    assert nightly["tasks"]["process"]["pool"] == "ocr_slots"
    assert backlog["tasks"]["redo"]["pool"] == "ocr_slots"


def test_work_is_mapped_over_batches_and_retried_with_backoff(parsed: dict) -> None:
    nightly, backlog = parsed["dags"]["nightly_ingest"], parsed["dags"]["backlog_rerun"]
    assert nightly["tasks"]["process"]["mapped"] and backlog["tasks"]["redo"]["mapped"]
    for dag in (nightly, backlog):
        assert dag["max_active_runs"] == 1
        for task in dag["tasks"].values():
            assert task["retries"] >= 1 and task["backoff"]
        assert dag["tasks"]["summarise"]["outlets"] == ["va_evidence_summaries"]
    assert backlog["params"] == ["claimants", "force", "since", "stage"]


def test_dag_files_hold_no_business_logic() -> None:
    """Thin DAGs: every task body is an import of va_pipeline and one call."""
    import ast

    for path in sorted(Path(DAGS).glob("*.py")):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and any(
                isinstance(d, ast.Call | ast.Attribute | ast.Name) and "task" in ast.unparse(d)
                for d in node.decorator_list
            ):
                body = [s for s in node.body if not isinstance(s, ast.Expr)]  # docstrings
                kinds = [type(s).__name__ for s in body]
                assert kinds[:-1] == ["ImportFrom"] * (len(kinds) - 1), (path.name, node.name)
                assert kinds[-1] == "Return", (path.name, node.name)
