"""Write summaries to disk atomically: <claimant_id>.json, <claimant_id>.html, index.html."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from va_core.atomicio import write_text_atomic
from va_core.privacy import mask_ssn
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
    """Stable, strict JSON (NaN refused), SSN-masked as a last line of defence."""
    text = json.dumps(summary, indent=2, ensure_ascii=False, allow_nan=False)
    return mask_ssn(text) + "\n"


def write_summary(out_dir: Path, summary: dict[str, Any]) -> tuple[Path, Path]:
    """Write <out_dir>/<claimant_id>.json and .html, each atomically; return both paths."""
    stem = _file_stem(summary["claimant_id"])
    out_dir = Path(out_dir)
    json_path = write_text_atomic(out_dir / f"{stem}.json", summary_json(summary))
    html_path = write_text_atomic(out_dir / f"{stem}.html", render_html(summary))
    return json_path, html_path


def write_index(out_dir: Path, summaries: list[dict[str, Any]]) -> Path:
    """Write <out_dir>/index.html linking every claimant's summary page."""
    for s in summaries:
        _file_stem(s["claimant_id"])
    return write_text_atomic(Path(out_dir) / "index.html", render_index(summaries))
