"""Small HTML building blocks shared by the claimant page and the index (all text escaped)."""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape
from importlib.resources import files
from typing import Any

from va_core.privacy import mask_ssn

# Every SSN `mask_ssn` rewrites contains one of these: ddd-dd-dddd or ddd dd dddd (any mix of
# the two separators), or, for nine bare digits, the label before them (SSN, SS#, Social
# Security ...). Bare digit runs alone are no cue: finding keys and document ids (hex) hold
# them in most files. The check runs on bytes at C speed (a regex scan costs ~5x more on a
# 200 KB summary); anything it cannot judge exactly goes to mask_ssn.
_DIGITS_TO_0 = bytes(48 if 48 <= b <= 57 else b for b in range(256))
_SHAPES = (b"000-00-0000", b"000 00 0000", b"000-00 0000", b"000 00-0000")
_LABELS = (b"ssn", b"ss#", b"social security")
_ASCII = bytes(range(128))
_ANY_DIGIT = re.compile(r"\d")


def _may_hold_ssn(text: str) -> bool:
    raw = text.encode("utf-8")
    if not text.isascii():
        rest = raw.translate(None, _ASCII).decode("utf-8")
        # Non-ASCII digits (re's \d is Unicode) or letters that case-fold to ASCII ("ſ"):
        # let mask_ssn decide.
        if _ANY_DIGIT.search(rest) or any(c.casefold().isascii() for c in set(rest)):
            return True
    shaped = raw.translate(_DIGITS_TO_0)
    if any(shape in shaped for shape in _SHAPES):
        return True
    lowered = raw.lower()
    return any(label in lowered for label in _LABELS)


def mask_output(text: str) -> str:
    """`mask_ssn` for a whole rendered file, skipped when no SSN can be in it (the frame's
    fields are masked already; this is the last line of defence, kept cheap)."""
    if not _may_hold_ssn(text):
        return text
    return mask_ssn(text)


def esc(value: Any) -> str:
    """Escaped text for HTML ('' for None)."""
    return "" if value is None else escape(str(value), quote=True)


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The inline stylesheet (templates/summary.css)."""
    return files("va_summaries").joinpath("templates/summary.css").read_text(encoding="utf-8")


def page(title: str, body: str) -> str:
    """A complete, self-contained HTML document; SSN-masked as a last line of defence."""
    html = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex">\n'
        f"<title>{esc(title)}</title>\n<style>\n{stylesheet()}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )
    return mask_output(html)


def badge(status: str | None, label: str | None = None) -> str:
    """A status pill; the word is always printed, colour is only a cue."""
    known = {"supported", "partial", "unsupported", "granted", "denied"}
    cls = status if status in known else "unknown"
    return f'<span class="badge {cls}">{esc(label or status or "unknown")}</span>'


def table(headers: list[str], rows: list[list[str]], num_cols: tuple[int, ...] = ()) -> str:
    """A table from already-escaped cell HTML; `num_cols` are right-aligned."""
    attrs = [' class="num"' if i in num_cols else "" for i in range(len(headers))]
    head = "".join(f'<th{a} scope="col">{h}</th>' for a, h in zip(attrs, headers, strict=True))
    body = "\n".join(
        "<tr>" + "".join(f"<td{a}>{c}</td>" for a, c in zip(attrs, r, strict=True)) + "</tr>"
        for r in rows
    )
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def checklist(have: list[str], need: list[str]) -> str:
    """Ticked items first, then open boxes."""
    items = [f'<li class="have">{esc(h)}</li>' for h in have]
    items += [f'<li class="need">{esc(n)}</li>' for n in need]
    return f'<ul class="checklist">{"".join(items)}</ul>' if items else ""
