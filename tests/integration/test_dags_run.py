"""The DAGs run by real Airflow (`airflow dags test`, SQLite metadata) over the bundled sample.

nightly_ingest must produce the summaries `va-evidence run` produces; a second night must
find nothing new; backlog_rerun after a model-version bump must re-tag without OCR and
leave reviewer decisions alone. OCR calls are counted by a `tesseract` wrapper on PATH.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

import classifiers
from tests.airflow_support import (
    airflow,
    airflow_env,
    counting_tesseract,
    dags_test,
    ocr_calls,
    require_airflow,
)
from tests.conftest import SAMPLE, SENTINEL
from tests.docmaker import bad_files, digital_pdf
from va_core.settings import Settings
from va_core.store import Store, documents, mentions, summaries
from va_pipeline.cli import run_cli

pytestmark = [pytest.mark.tesseract, pytest.mark.slow]


def _mention_keys(data_dir: Path) -> dict[int, str]:
    store = Store.open(Settings(data_dir=data_dir).database_url)
    with store.engine.connect() as conn:
        keys = dict(conn.execute(sa.select(mentions.c.mention_id, mentions.c.finding_key)).all())
    store.close()
    return keys


def _comparable(value: Any, keys: dict[int, str], path: tuple[str, ...] = ()) -> Any:
    """A summary with database row ids replaced by finding keys (ids depend on the order in
    which documents finished, keys do not)."""
    if isinstance(value, dict):
        return {k: _comparable(v, keys, (*path, k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_comparable(v, keys, path) for v in value]
    is_id = path and (path[-1] in ("mention_id", "mention_ids") or "evidence" in path[:-1])
    if is_id and isinstance(value, int) and not isinstance(value, bool):
        return keys[value]
    return value


def _summaries(data_dir: Path) -> dict[str, Any]:
    keys = _mention_keys(data_dir)
    return {
        p.stem: _comparable(json.loads(p.read_text()), keys)
        for p in sorted((data_dir / "summaries").glob("C*.json"))
    }


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    require_airflow()
    root = tmp_path_factory.mktemp("dags")
    calls = root / "tesseract-calls.txt"
    path = counting_tesseract(root / "bin", calls)
    cli_dir, af_dir = root / "cli", root / "airflow-data"
    code = run_cli(
        ["run", "--inbox", str(SAMPLE), "--data-dir", str(cli_dir), "--no-progress"],
        out=io.StringIO(),
    )
    assert code == 0
    env = airflow_env(
        root / "home",
        af_dir,
        PATH=path,
        VA_EVIDENCE_INBOX=str(SAMPLE),
        VA_EVIDENCE_WORKERS="2",  # `dags test` runs one task at a time
        VA_EVIDENCE_BATCH_DOCS="10",
    )
    log = root / "airflow.log"
    airflow(env, "db", "migrate", log=log)
    before = ocr_calls(calls)
    first = dags_test(env, "nightly_ingest", log)
    return {
        "root": root,
        "env": env,
        "log": log,
        "calls": calls,
        "cli_dir": cli_dir,
        "af_dir": af_dir,
        "first_log": first,
        "first_ocr": ocr_calls(calls) - before,
    }


def test_nightly_ingest_makes_the_same_summaries_as_va_evidence_run(runs: dict) -> None:
    assert runs["first_ocr"] == 35  # every scanned page of the sample, once
    expected, got = _summaries(runs["cli_dir"]), _summaries(runs["af_dir"])
    assert sorted(got) == ["C001", "C002", "C003", "C004"]
    assert got == expected
    index = runs["af_dir"] / "summaries" / "index.html"
    assert index.exists()
    # Mapped over bounded batches (33 documents, 10 per batch), not one task per document.
    assert "task_id=process map_index=3" in runs["first_log"]
    assert "task_id=process map_index=4" not in runs["first_log"]


def test_a_second_night_processes_nothing_new(runs: dict) -> None:
    store = Store.open(Settings(data_dir=runs["af_dir"]).database_url)
    with store.engine.connect() as conn:
        before = conn.execute(sa.select(documents.c.doc_id, documents.c.processed_at)).all()
        built = conn.execute(sa.select(summaries.c.claimant_id, summaries.c.built_at)).all()
    calls = ocr_calls(runs["calls"])
    dags_test(runs["env"], "nightly_ingest", runs["log"])
    with store.engine.connect() as conn:
        after = conn.execute(sa.select(documents.c.doc_id, documents.c.processed_at)).all()
        built_after = conn.execute(sa.select(summaries.c.claimant_id, summaries.c.built_at)).all()
    store.close()
    assert ocr_calls(runs["calls"]) == calls
    assert sorted(after) == sorted(before) and len(after) == 33
    assert sorted(built_after) == sorted(built)


def test_backlog_rerun_after_a_model_bump_retags_without_ocr(runs: dict) -> None:
    store = Store.open(Settings(data_dir=runs["af_dir"]).database_url)
    fresh = store.mentions_frame()
    keys = _mention_keys(runs["af_dir"])
    decided = keys[int(fresh["mention_id"].iloc[0])]
    store.record_decision(decided, claimant_id="C001", decision="rejected", reviewer="dr-test")
    with store.engine.begin() as conn:  # the store as an older model left it
        conn.execute(documents.update().values(model_version="rules-5+lr-1"))
        conn.execute(mentions.update().values(model_version="rules-5+lr-1"))
        conn.execute(mentions.delete().where(mentions.c.concept == "antalgic_gait"))
    calls = ocr_calls(runs["calls"])

    dags_test(runs["env"], "backlog_rerun", runs["log"])

    assert ocr_calls(runs["calls"]) == calls
    retagged = store.mentions_frame()
    assert set(retagged["model_version"]) == {classifiers.MODEL_VERSION}
    assert len(retagged) == len(fresh)
    assert sorted(_mention_keys(runs["af_dir"]).values()) == sorted(keys.values())
    assert [(d["finding_key"], d["decision"]) for d in store.decisions()] == [(decided, "rejected")]
    assert store.claimants_needing_summary() == []
    store.close()
    # The same decision on `va-evidence run`'s store (finding keys agree across the two
    # stores) gives the same summaries: the backlog re-run lost and duplicated nothing.
    cli_store = Store.open(Settings(data_dir=runs["cli_dir"]).database_url)
    cli_store.record_decision(decided, claimant_id="C001", decision="rejected", reviewer="dr-test")
    cli_store.close()
    assert run_cli(["summarize", "--data-dir", str(runs["cli_dir"])], out=io.StringIO()) == 0
    assert _summaries(runs["af_dir"]) == _summaries(runs["cli_dir"])


def test_backlog_params_narrow_the_work(runs: dict) -> None:
    store = Store.open(Settings(data_dir=runs["af_dir"]).database_url)
    with store.engine.begin() as conn:
        conn.execute(documents.update().values(model_version="rules-5+lr-1"))
    conf = {"claimants": ["C002"], "stage": "classify"}
    dags_test(runs["env"], "backlog_rerun", runs["log"], conf=conf)
    stale = {d for d, _ in store.documents_needing_tagging(classifiers.MODEL_VERSION)}
    with store.engine.connect() as conn:
        owners = dict(conn.execute(sa.select(documents.c.doc_id, documents.c.claimant_id)).all())
    store.close()
    assert stale and {owners[d] for d in stale} == {"C001", "C003", "C004"}


def test_airflow_logs_carry_no_document_text(runs: dict) -> None:
    text = runs["log"].read_text(errors="replace")
    for path in (runs["root"] / "home" / "logs").rglob("*"):
        if path.is_file():
            text += path.read_text(errors="replace")
    assert "antalgic" not in text.lower()
    assert SENTINEL not in text


def test_bad_documents_are_quarantined_alone_and_the_night_goes_on(tmp_path: Path) -> None:
    require_airflow()
    inbox = tmp_path / "inbox" / "C777"
    inbox.mkdir(parents=True)
    expected = bad_files(inbox)
    digital_pdf(inbox / "good.pdf", [f"Gait: antalgic, favoring the left leg. {SENTINEL}"])
    data_dir = tmp_path / "data"
    env = airflow_env(
        tmp_path / "home",
        data_dir,
        VA_EVIDENCE_INBOX=str(tmp_path / "inbox"),
        VA_EVIDENCE_MAX_FILE_MB="1",
    )
    log = tmp_path / "airflow.log"
    airflow(env, "db", "migrate", log=log)
    dags_test(env, "nightly_ingest", log)

    store = Store.open(Settings(data_dir=data_dir).database_url)
    quarantined = {r["file_name"]: r["reason"] for r in store.quarantined()}
    frame = store.mentions_frame()
    store.close()
    assert quarantined == expected
    assert list(frame["concept"]) == ["antalgic_gait"] and list(frame["laterality"]) == ["left"]
    assert (data_dir / "summaries" / "C777.json").is_file()
    logs = log.read_text(errors="replace") + "".join(
        p.read_text(errors="replace") for p in (tmp_path / "home" / "logs").rglob("*.log")
    )
    assert SENTINEL not in logs and "favoring" not in logs
