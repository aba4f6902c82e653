"""The real pipeline (real Tesseract) over the bundled sample, judged by its ground truth."""

from __future__ import annotations

import io
import json
import logging
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import SAMPLE, SENTINEL
from tests.sample_truth import precision_recall, predicted_and_wanted, truth
from va_core.errors import ExitCode
from va_core.settings import Settings
from va_pipeline.cli import run_cli

pytestmark = [pytest.mark.tesseract, pytest.mark.slow]


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    data_dir = tmp_path_factory.mktemp("e2e") / "data"
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    keep = Keep(level=logging.DEBUG)
    outputs = []
    codes = []
    logging.getLogger().addHandler(keep)
    try:
        for _ in range(2):
            out = io.StringIO()
            codes.append(
                run_cli(
                    ["run", "--inbox", str(SAMPLE), "--data-dir", str(data_dir), "--no-progress"],
                    out=out,
                )
            )
            outputs.append(out.getvalue())
    finally:
        logging.getLogger().removeHandler(keep)
    return {"data_dir": data_dir, "codes": codes, "outputs": outputs, "records": records}


def _predicted(data_dir: Path) -> tuple[Counter, Counter]:
    return predicted_and_wanted(Settings(data_dir=data_dir).database_url)


def test_sample_is_bundled() -> None:
    claimants = truth()
    assert 3 <= len(claimants) <= 5
    pages = sum(d["pages"] for t in claimants.values() for d in t["documents"])
    assert pages <= 40


def test_every_claimant_gets_a_summary_and_the_run_is_clean(sample_run: dict) -> None:
    assert sample_run["codes"][0] == ExitCode.ok, sample_run["outputs"][0]
    summaries = sample_run["data_dir"] / "summaries"
    for claimant_id in truth():
        assert (summaries / f"{claimant_id}.html").is_file()
        data = json.loads((summaries / f"{claimant_id}.json").read_text())
        assert data["claimant_id"] == claimant_id
        assert data["findings"]
    assert (summaries / "index.html").is_file()
    assert "summaries:" in sample_run["outputs"][0]


def test_mentions_match_ground_truth(sample_run: dict) -> None:
    got, want = _predicted(sample_run["data_dir"])
    precision, recall = precision_recall(got, want)
    missed = sorted((want - got).elements())[:15]
    extra = sorted((got - want).elements())[:15]
    assert precision >= 0.9 and recall >= 0.9, (
        f"precision {precision:.3f} recall {recall:.3f}\nmissed: {missed}\nextra: {extra}"
    )


def test_rerun_repeats_no_ocr_and_duplicates_nothing(sample_run: dict) -> None:
    first, second = sample_run["outputs"]
    assert "0 new" in second and "0 processed" in second
    assert "0 OCR'd" in second
    assert sample_run["codes"][1] == ExitCode.ok
    got, _ = _predicted(sample_run["data_dir"])
    assert max(got.values()) >= 1
    mentions_line = next(line for line in first.splitlines() if line.startswith("mentions:"))
    assert int(mentions_line.split()[1]) == sum(got.values())


def test_no_phi_reaches_logs_or_summaries(sample_run: dict) -> None:
    data_dir = sample_run["data_dir"]
    assert sample_run["records"], "expected the run to log something"
    for record in sample_run["records"]:
        assert SENTINEL not in record.getMessage()
    log_file = data_dir / "logs" / "va-evidence.log"
    assert log_file.is_file() and SENTINEL not in log_file.read_text()
    assert all(SENTINEL not in out for out in sample_run["outputs"])
    # Sample headers carry fake SSNs; summaries show at most the last four digits.
    import re

    for path in (data_dir / "summaries").glob("*.*"):
        assert not re.search(r"\b\d{3}-\d{2}-\d{4}\b", path.read_text()), path.name
