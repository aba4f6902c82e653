"""Find the documents waiting in an inbox.

Two layouts:
- a folder with one sub-folder per claimant (`inbox/C001/*.pdf`), or
- a manifest CSV with columns `claimant_id,path` (paths relative to the CSV's folder or absolute).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from va_core.errors import BadArguments

_CLAIMANT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


@dataclass(frozen=True, slots=True)
class InboxItem:
    """One file to ingest for one claimant."""

    claimant_id: str
    path: Path


def _check_claimant_id(value: str, where: str) -> str:
    if not _CLAIMANT_ID.match(value):
        raise BadArguments(
            f"claimant id in {where} must be 1-64 letters, digits, '.', '_' or '-' "
            "(use an internal id, not a name)"
        )
    return value


def _is_candidate(path: Path) -> bool:
    # Hidden files and our own ground truth are not documents.
    return path.is_file() and not path.name.startswith(".") and path.suffix.lower() != ".json"


def discover(inbox: Path) -> list[InboxItem]:
    """List documents in an inbox folder or a manifest CSV, in a stable order."""
    if not inbox.exists():
        raise BadArguments(f"inbox {inbox} does not exist")
    if inbox.is_file():
        if inbox.suffix.lower() != ".csv":
            raise BadArguments("--inbox must be a folder of claimant folders or a manifest .csv")
        return _from_manifest(inbox)
    items: list[InboxItem] = []
    for claimant_dir in sorted(
        p for p in inbox.iterdir() if p.is_dir() and not p.name.startswith(".")
    ):
        claimant_id = _check_claimant_id(claimant_dir.name, "a folder name")
        items.extend(
            InboxItem(claimant_id, path)
            for path in sorted(claimant_dir.rglob("*"))
            if _is_candidate(path)
        )
    if not items and any(_is_candidate(p) for p in inbox.iterdir()):
        raise BadArguments(
            f"{inbox} holds files but no claimant folders: put each claimant's files in "
            "inbox/<claimant_id>/ or pass a manifest CSV"
        )
    return items


def _from_manifest(manifest: Path) -> list[InboxItem]:
    base = manifest.parent
    items: list[InboxItem] = []
    with manifest.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = {"claimant_id", "path"} - set(reader.fieldnames or [])
        if missing:
            raise BadArguments(
                f"manifest needs columns claimant_id,path (missing: {', '.join(sorted(missing))})"
            )
        for line_no, row in enumerate(reader, start=2):
            claimant_id = _check_claimant_id(
                (row["claimant_id"] or "").strip(), f"manifest line {line_no}"
            )
            raw = (row["path"] or "").strip()
            if not raw:
                raise BadArguments(f"manifest line {line_no} has an empty path")
            path = Path(raw) if Path(raw).is_absolute() else base / raw
            if not path.is_file():
                raise BadArguments(f"manifest line {line_no}: file not found")
            items.append(InboxItem(claimant_id, path))
    return items
