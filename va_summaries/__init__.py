"""Per-claimant evidence summaries (JSON + printable HTML) built from the mentions table.

Reads only `va_core`; see docs/ANNOTATION.md for the mention contract and the pathway rule.
"""

from __future__ import annotations

from va_summaries.assemble import build_summaries, build_summary
from va_summaries.render_html import render_html
from va_summaries.render_index import render_index
from va_summaries.write import summary_json, write_index, write_summaries, write_summary

__all__ = [
    "build_summaries",
    "build_summary",
    "render_html",
    "render_index",
    "summary_json",
    "write_index",
    "write_summaries",
    "write_summary",
]
