"""Write summaries to disk atomically: <claimant_id>.json, <claimant_id>.html, index.html."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from va_core.atomicio import write_text_atomic
from va_core.privacy import mask_ssn
from va_summaries.html_parts import mask_output
from va_summaries.render_html import render_html
from va_summaries.render_index import render_index

_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


def _file_stem(claimant_id: Any) -> str:
    """The claimant id as a file name; refuses path tricks and SSN-like ids."""
    cid = str(claimant_id)
    if not _SAFE_ID.fullmatch(cid) or mask_ssn(cid) != cid or ".." in cid:
        raise ValueError("claimant_id is not usable as a file name")
    return cid


def summary_json(summary: dict[str, Any]) -> str:
    """Stable, strict JSON (NaN refused) on one line, SSN-masked as a last line of defence.

    Not indented: json's C encoder only runs without indent, and an indented file costs four
    times as long (benchmarks/summaries.py); `python -m json.tool` pretty-prints one."""
    text = json.dumps(summary, ensure_ascii=False, allow_nan=False)
    return mask_output(text) + "\n"


def write_summary(out_dir: Path, summary: dict[str, Any]) -> tuple[Path, Path]:
    """Write <out_dir>/<claimant_id>.json and .html, each atomically; return both paths."""
    stem = _file_stem(summary["claimant_id"])
    out_dir = Path(out_dir)
    json_path = write_text_atomic(out_dir / f"{stem}.json", summary_json(summary))
    html_path = write_text_atomic(out_dir / f"{stem}.html", render_html(summary))
    return json_path, html_path


def _fsync_path(path: Path, flags: int = os.O_RDONLY) -> None:
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_batch_atomic(files: Iterable[tuple[Path, str]]) -> list[Path]:
    """Write many text files atomically with one round of fsyncs instead of one per file.

    Every file goes to a temporary sibling first; only when all are written are they fsynced
    (the kernel has been writing them back meanwhile, so this costs a fraction of an fsync
    per file, see benchmarks/README.md), then renamed over their targets, then each folder is
    fsynced. A reader sees old files or new ones, never half of one; after a crash a file is
    either its old or its complete new self. On error nothing is renamed and temporaries go.
    """
    pending: list[tuple[Path, Path]] = []
    try:
        for path, text in files:
            path = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            pending.append((Path(tmp), path))
            with os.fdopen(fd, "wb") as fh:
                fh.write(text.encode("utf-8"))
        for tmp, _ in pending:
            _fsync_path(tmp)
    except BaseException:
        for tmp, _ in pending:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, path in pending:
        os.replace(tmp, path)
    for folder in {path.parent for _, path in pending}:
        _fsync_path(folder)
    return [path for _, path in pending]


def write_summaries(out_dir: Path, summaries: Iterable[dict[str, Any]]) -> list[Path]:
    """`write_summary` for many claimants, through `write_batch_atomic` (bulk runs)."""
    out_dir = Path(out_dir)

    def files() -> Iterable[tuple[Path, str]]:
        for summary in summaries:
            stem = _file_stem(summary["claimant_id"])
            yield out_dir / f"{stem}.json", summary_json(summary)
            yield out_dir / f"{stem}.html", render_html(summary)

    return write_batch_atomic(files())


def write_index(out_dir: Path, summaries: list[dict[str, Any]]) -> Path:
    """Write <out_dir>/index.html linking every claimant's summary page."""
    for s in summaries:
        _file_stem(s["claimant_id"])
    return write_text_atomic(Path(out_dir) / "index.html", render_index(summaries))
