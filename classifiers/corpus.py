"""The labelled tagging corpus (data/corpus/*.jsonl): loading, validation and the split.

Records: {"id", "group", "style", "source", "text", "mentions": [{"concept", "assertion",
"laterality", "nerve_roots", "knee_dx", "subject", "severity", "span", ...}]}. `span` is the
head phrase as written (the n-th mention with a given phrase is its n-th occurrence in the
text) or [start, end] offsets; `offsets` resolves either. The split is by
`group` (near-duplicates share a group), from a hash of the group id alone, so it does not
depend on file order or on which other records exist.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from va_core.errors import BadArguments
from va_core.records import (
    ASSERTIONS,
    CONCEPTS,
    KNEE_DX,
    LATERALITIES,
    NERVE_ROOTS,
    SEVERITIES,
    SUBJECTS,
)

CORPUS_DIR = Path(__file__).resolve().parents[1] / "data" / "corpus"
CORPUS_FILES = ("hand_written.jsonl", "generated.jsonl")
OCR_FILE = "ocr_noised.jsonl"
SPLITS = ("train", "dev", "test")
_SALT = "va-evidence-split-1:"
_SOURCES = ("hand", "generated")

Record = dict[str, Any]


def split_of(group: str) -> str:
    """train (70%), dev (15%) or test (15%) from the sha256 of the group id."""
    bucket = int.from_bytes(hashlib.sha256((_SALT + group).encode()).digest()[:8], "big") % 100
    return "train" if bucket < 70 else "dev" if bucket < 85 else "test"


def _fail(where: str, why: str) -> BadArguments:
    return BadArguments(f"corpus {where}: {why}")


def _check_mention(m: Any, where: str) -> None:
    if not isinstance(m, dict):
        raise _fail(where, "mention is not an object")
    for key, allowed in (
        ("concept", CONCEPTS),
        ("assertion", ASSERTIONS),
        ("laterality", LATERALITIES),
        ("subject", SUBJECTS),
    ):
        if m.get(key) not in allowed:
            raise _fail(where, f"{key}={m.get(key)!r} not in vocabulary")
    if m.get("knee_dx") is not None and m["knee_dx"] not in KNEE_DX:
        raise _fail(where, f"knee_dx={m['knee_dx']!r} not in vocabulary")
    if m.get("severity") is not None and m["severity"] not in SEVERITIES:
        raise _fail(where, f"severity={m['severity']!r} not in vocabulary")
    roots = m.get("nerve_roots") or []
    if not isinstance(roots, list) or any(r not in NERVE_ROOTS for r in roots):
        raise _fail(where, "nerve_roots not in vocabulary")
    if m.get("service_connection") is not None and m["service_connection"] not in (
        "granted",
        "denied",
    ):
        raise _fail(where, "service_connection not in vocabulary")


def offsets(rec: Record) -> list[tuple[int, int]]:
    """(start, end) of each mention's span in the record's (clean) text; ValueError if absent.

    OCR'd copies keep the clean text in `clean_text`; their spans refer to it.
    """
    text, seen, out = rec.get("clean_text", rec["text"]), {}, []
    for m in rec["mentions"]:
        span = m.get("span")
        if isinstance(span, str) and span:
            at = -1
            for _ in range(seen.get(span, 0) + 1):
                at = text.find(span, at + 1)
                if at < 0:
                    raise ValueError(f"span not found ({len(span)} chars)")
            seen[span] = seen.get(span, 0) + 1
            out.append((at, at + len(span)))
        elif (
            isinstance(span, list)
            and len(span) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in span)
            and 0 <= span[0] < span[1] <= len(text)
        ):
            out.append((span[0], span[1]))
        else:
            raise ValueError("span is neither a phrase of the text nor valid offsets")
    return out


def validate(rec: Any, where: str) -> Record:
    """The record itself when its fields and vocabulary are valid, else BadArguments."""
    if not isinstance(rec, dict):
        raise _fail(where, "not a JSON object")
    for key in ("id", "group", "text"):
        if not isinstance(rec.get(key), str) or not rec[key]:
            raise _fail(where, f"missing or empty {key!r}")
    if rec.get("source", "hand") not in _SOURCES:
        raise _fail(where, f"source={rec.get('source')!r} not in {_SOURCES}")
    if not isinstance(rec.get("mentions"), list):
        raise _fail(where, "mentions is not a list")
    for i, m in enumerate(rec["mentions"]):
        _check_mention(m, f"{where} mention {i}")
    try:
        offsets(rec)
    except ValueError as exc:
        raise _fail(where, str(exc)) from None
    return rec


def read_jsonl(path: Path) -> list[Record]:
    """Validated records of one JSONL file (blank and '#' lines skipped)."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path.name} line {n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            raise _fail(where, "not valid JSON") from None
        out.append(validate(rec, where))
    return out


def load(corpus_dir: Path = CORPUS_DIR, files: Iterable[str] = CORPUS_FILES) -> list[Record]:
    """All records of the corpus files present, sorted by id; ids must be unique."""
    records: list[Record] = []
    for name in files:
        if (corpus_dir / name).is_file():
            records.extend(read_jsonl(corpus_dir / name))
    records.sort(key=lambda r: r["id"])
    for a, b in zip(records, records[1:], strict=False):
        if a["id"] == b["id"]:
            raise _fail(a["id"], "duplicate id")
    return records


def select(
    records: Iterable[Record], split: str, groups: Iterable[str] | None = None
) -> list[Record]:
    """Records of one split ("train", "dev", "test") or all of them ("all").

    `groups`: keep only records whose group starts with one of these prefixes (e.g. "g-a4-"
    for one author's records, "gen-" for generated ones), so a subset's figures can be
    reproduced by command rather than by a one-off script.
    """
    if split != "all" and split not in SPLITS:
        raise BadArguments(f"unknown split {split!r}; use one of {SPLITS + ('all',)}")
    prefixes = tuple(groups or ())
    return [
        r
        for r in records
        if (split == "all" or split_of(r["group"]) == split)
        and (not prefixes or r["group"].startswith(prefixes))
    ]


def canonical_sha256(records: Iterable[Record]) -> str:
    """sha256 of the records as sorted-key JSON lines in id order (independent of file order)."""
    h = hashlib.sha256()
    for rec in sorted(records, key=lambda r: r["id"]):
        h.update(json.dumps(rec, sort_keys=True, ensure_ascii=False).encode())
        h.update(b"\n")
    return h.hexdigest()
