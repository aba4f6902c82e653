"""The stable tagging interface: JSONL {"id", "text"} in, JSONL {"id", "mentions"} out."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

import classifiers
from va_core.errors import BadArguments


def tag_jsonl(lines: Iterable[str], sink: TextIO) -> int:
    """Tag every line; return how many were written. Blank lines are skipped."""
    written = 0
    for line_no, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise BadArguments(f"line {line_no} is not valid JSON") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise BadArguments(f'line {line_no} needs an object with a string "text"')
        mentions = [m.to_dict() for m in classifiers.tag_text(record["text"])]
        sink.write(json.dumps({"id": record.get("id"), "mentions": mentions}) + "\n")
        written += 1
    sink.flush()
    return written
