"""Small HTML building blocks shared by the claimant page and the index (all text escaped)."""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape
from importlib.resources import files
from typing import Any

from va_core.privacy import mask_ssn

# Every SSN `mask_ssn` rewrites contains one of these (ddd-dd-dddd, ddd dd dddd or nine digits
# after a label); one search for it costs a third of mask_ssn's two substitutions.
_SSN_CANDIDATE = re.compile(r"\d{3}(?:\d{6}|[- ]\d{2}[- ]\d{4})")


def mask_output(text: str) -> str:
    """`mask_ssn` for a whole rendered file, skipped when no SSN-shaped digits occur (the
    frame's fields are masked already; this is the last line of defence, kept cheap)."""
    if _SSN_CANDIDATE.search(text) is None:
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
