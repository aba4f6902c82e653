"""Real Tesseract over rendered strips of corpus records: the OCR-noised copy and `eval --ocr`."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from classifiers import corpus
from va_core.errors import ExitCode
from va_pipeline import corpus_ocr
from va_pipeline.cli import run_cli

pytestmark = pytest.mark.tesseract

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def test_ocr_copy_keeps_labels_and_records_settings(tmp_path: Path) -> None:
    records = corpus.load(FIXTURE)[:4]
    out = tmp_path / corpus.OCR_FILE
    assert corpus_ocr.build(records, out, workers=2) == 4
    first = out.read_bytes()
    noised, stale = corpus_ocr.load_noised(out, records)
    assert stale == 0 and [r["id"] for r in noised] == [r["id"] for r in records]
    for clean, rec in zip(records, noised, strict=True):
        assert rec["mentions"] == clean["mentions"] and rec["clean_text"] == clean["text"]
        assert rec["ocr"]["psm"] == 6 and rec["ocr"]["version"]
        assert set(clean["text"].lower().split()) & set(rec["text"].lower().split())
    assert corpus_ocr.build(records, out, workers=1, reuse=False) == 4
    assert out.read_bytes() == first  # same engine, same renders: same file


def test_ocr_copy_redoes_only_changed_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = corpus.load(FIXTURE)[:4]
    out = tmp_path / corpus.OCR_FILE
    corpus_ocr.build(records, out, workers=1)
    before = {r["id"]: r for r in corpus.read_jsonl(out)}
    ocr_calls: list[str] = []
    real = corpus_ocr.ocr_record

    def counting(job: tuple[str, str]) -> tuple[str, str, dict[str, object]]:
        ocr_calls.append(job[0])
        return real(job)

    monkeypatch.setattr(corpus_ocr, "ocr_record", counting)
    changed = [dict(r) for r in records]
    changed[1]["text"] += " Seen today."
    changed[2]["mentions"] = []  # a label change needs no OCR
    assert corpus_ocr.build(changed, out, workers=2) == 4
    assert ocr_calls == [changed[1]["id"]]
    after = {r["id"]: r for r in corpus.read_jsonl(out)}
    assert after[changed[0]["id"]] == before[changed[0]["id"]]
    assert after[changed[2]["id"]]["mentions"] == []
    assert after[changed[2]["id"]]["text"] == before[changed[2]["id"]]["text"]
    assert after[changed[1]["id"]]["clean_text"] == changed[1]["text"]


def test_eval_ocr_refresh(tmp_path: Path) -> None:
    shutil.copy(FIXTURE / "hand_written.jsonl", tmp_path / "hand_written.jsonl")
    out = io.StringIO()
    code = run_cli(
        [
            "eval",
            "--split",
            "all",
            "--refresh-ocr",
            "--workers",
            "2",
            "--json",
            "--corpus",
            str(tmp_path),
        ],
        out=out,
    )
    assert code == ExitCode.ok
    text = out.getvalue()
    figures = json.loads(text[text.index("{") :])
    assert figures["ocr"]["records"] == figures["clean"]["records"] == 12
    assert figures["ocr"]["overall"]["f1"] > 0.5
