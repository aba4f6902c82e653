"""Word wrapping and pagination: blocks never split, so every finding's page is known."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .model import Block

_NBSP = "\u00a0"


@dataclass(slots=True)
class Layout:
    """Rows per page (text, bold) and the 1-based page of each block."""

    pages: list[list[tuple[str, bool]]]
    block_pages: list[int]


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Greedy word wrap; `[ ]` checkboxes are never split; continuation rows indented."""
    words = text.replace("[ ]", f"[{_NBSP}]").split()
    rows: list[str] = []
    cur = ""
    for w in words:
        cand = f"{cur} {w}" if cur else w
        if cur and measure(cand) > width:
            rows.append(cur)
            cur = "  " + w
        else:
            cur = cand
    if cur or not rows:
        rows.append(cur)
    return [r.replace(_NBSP, " ") for r in rows]


def paginate(
    blocks: list[Block], width: float, measure: Callable[[str], float], per_page: int
) -> Layout:
    """Place blocks on pages of `per_page` rows."""
    pages: list[list[tuple[str, bool]]] = [[]]
    where: list[int] = []
    for b in blocks:
        rows: list[tuple[str, bool]] = []
        for i, t in enumerate(b.texts()):
            rows += [(r, b.bold and i == 0) for r in wrap(t, width, measure)]
        if len(rows) > per_page:
            raise ValueError("block longer than a page")
        gap = b.gap if pages[-1] else 0
        if len(pages[-1]) + gap + len(rows) > per_page:
            pages.append([])
            gap = 0
        pages[-1] += [("", False)] * gap + rows
        where.append(len(pages))
    return Layout(pages, where)
