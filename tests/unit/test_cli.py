"""The command line: help, exit codes, the JSONL tag interface, errors without PHI."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.conftest import SENTINEL
from tests.docmaker import digital_pdf
from va_core.errors import ExitCode
from va_pipeline.cli import run_cli


def test_help_explains_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["--help"]) == ExitCode.ok
    text = capsys.readouterr().out
    for command in ("run", "synth", "tag", "summarize", "status", "exit codes"):
        assert command in text


def test_unknown_command_is_bad_args() -> None:
    assert run_cli(["frobnicate"]) == ExitCode.bad_args


def test_tag_reads_jsonl_and_writes_mentions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        {"id": "a", "text": "Gait is antalgic, favoring the right leg."},
        {"id": 2, "text": "Patellar reflexes 2+ and symmetric."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n")
    out = io.StringIO()
    assert run_cli(["tag", str(src)], out=out) == ExitCode.ok
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["a", 2]
    (gait,) = rows[0]["mentions"]
    assert (gait["concept"], gait["assertion"], gait["laterality"]) == (
        "antalgic_gait",
        "present",
        "right",
    )
    assert lines[0]["text"][gait["start"] : gait["end"]] == gait["text"]
    assert rows[1]["mentions"] == []
    # stdin works too
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(lines[0]) + "\n"))
    out2 = io.StringIO()
    assert run_cli(["tag"], out=out2) == ExitCode.ok
    assert json.loads(out2.getvalue())["mentions"] == rows[0]["mentions"]


def test_tag_rejects_bad_lines_without_echoing_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "ok"}) + "\n{not json " + SENTINEL + "\n")
    assert run_cli(["tag", str(src)], out=io.StringIO()) == ExitCode.bad_args
    err = capsys.readouterr().err
    assert "line 2" in err and SENTINEL not in err


def test_run_on_a_missing_inbox_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run_cli(["run", "--inbox", str(tmp_path / "nope"), "--data-dir", str(tmp_path / "d")])
    assert code == ExitCode.bad_args
    assert "does not exist" in capsys.readouterr().err


def test_run_quarantines_bad_files_and_finishes_the_batch(tmp_path: Path) -> None:
    """Born-digital PDFs only, so no OCR is needed: the flow around OCR is tested here."""
    inbox = tmp_path / "inbox"
    (inbox / "C001").mkdir(parents=True)
    (inbox / "C002").mkdir()
    digital_pdf(
        inbox / "C001" / "note.pdf",
        [
            f"DATE OF NOTE: 03/02/2019\nName: {SENTINEL}\n"
            "Gait is antalgic, favoring the right leg. Left knee osteoarthritis."
        ],
    )
    (inbox / "C001" / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    digital_pdf(
        inbox / "C002" / "exam.pdf",
        ["DATE OF EXAM: 2020-01-05\nNo radicular symptoms. Lumbosacral strain."],
    )
    data = tmp_path / "data"
    out = io.StringIO()
    code = run_cli(
        ["run", "--inbox", str(inbox), "--data-dir", str(data), "--no-progress"], out=out
    )
    report = out.getvalue()
    assert code == ExitCode.partial, report
    assert "quarantined: 1 (corrupt: 1)" in report
    assert "2 text layer, 0 OCR'd" in report
    for claimant in ("C001", "C002"):
        assert (data / "summaries" / f"{claimant}.json").is_file()
    log_text = (data / "logs" / "va-evidence.log").read_text()
    assert "quarantined" in log_text and SENTINEL not in log_text
    assert SENTINEL not in report
    # Second run: nothing new, nothing quarantined twice, exit 0.
    out2 = io.StringIO()
    assert (
        run_cli(["run", "--inbox", str(inbox), "--data-dir", str(data), "--no-progress"], out=out2)
        == ExitCode.ok
    )
    assert "0 new, 0 processed" in out2.getvalue()
    status = io.StringIO()
    assert run_cli(["status", "--data-dir", str(data)], out=status) == ExitCode.ok
    counts = json.loads(status.getvalue().splitlines()[0])
    assert counts["documents"] == 2 and counts["quarantined"] == 1


def test_missing_tesseract_is_exit_code_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    from extractors import ocr
    from tests.docmaker import scanned_pdf

    inbox = tmp_path / "inbox" / "C001"
    inbox.mkdir(parents=True)
    scanned_pdf(inbox / "scan.pdf", ["Antalgic gait."])
    ocr.tesseract_version.cache_clear()
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    try:
        code = run_cli(
            [
                "run",
                "--inbox",
                str(tmp_path / "inbox"),
                "--data-dir",
                str(tmp_path / "d"),
                "--no-progress",
            ]
        )
    finally:
        ocr.tesseract_version.cache_clear()
    assert code == ExitCode.missing_dependency


def test_unexpected_errors_exit_15_without_their_message(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    import classifiers

    def explode(text: str) -> list:
        raise ValueError(f"cannot parse {SENTINEL}")

    monkeypatch.setattr(classifiers, "tag_text", explode)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "x"}) + "\n")
    assert run_cli(["tag", str(src)], out=io.StringIO()) == ExitCode.other_error
    assert "internal error (ValueError)" in capsys.readouterr().err
    assert all(SENTINEL not in r.getMessage() for r in caplog.records)
