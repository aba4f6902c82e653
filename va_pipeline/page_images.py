"""Page views for the summaries: each cited page as a PNG plus a small HTML page that draws
the cited mentions' OCR word boxes over it.

Images go to <summaries>/pages/<doc_id>/p<N>.png (PHI, like the summaries: never elsewhere)
and are rendered once, at `DPI`, through `extractors` (pdf2image for PDFs, Pillow for TIFF).
The view p<N>.html is rewritten on every run (mention ids change when a document is re-tagged);
it scales an SVG to the OCR image's pixel size, so Tesseract's boxes need no conversion, and
the link's #f<finding_key> fragment highlights that mention (CSS :target). Text-layer pages
have no word boxes: their view shows the page without highlight and says so.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

import pandas as pd

from extractors.rasterize import rasterize_page
from extractors.tiff import tiff_page_to_png_scaled
from va_core.atomicio import write_text_atomic
from va_core.errors import VaEvidenceError
from va_core.store import Store
from va_pipeline.page_text import cache_path, load_cached
from va_summaries.page_links import mark_ids

log = logging.getLogger(__name__)

DPI = 100
"""Page views: enough to read a note, small enough for thousands of pages."""
PAGES_DIR = "pages"
_TIMEOUT_S = 120


def _render(doc: Any, page_no: int, target: Path) -> None:
    """Render one page of a stored document to `target` (PNG) unless it exists."""
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    source = Path(doc.source_path)
    with tempfile.TemporaryDirectory(prefix="va-page-", dir=target.parent) as tmp:
        tmp_png = Path(tmp) / "page.png"
        if doc.media_type == "pdf":
            made = rasterize_page(source, page_no, dpi=DPI, out_dir=Path(tmp), timeout_s=_TIMEOUT_S)
            shutil.move(made, tmp_png)
        else:
            # Scans come at 200-300 dpi on letter paper (8.5 in): scale to DPI.
            tiff_page_to_png_scaled(source, page_no, tmp_png, width=int(8.5 * DPI))
        tmp_png.chmod(0o600)  # PHI, like the summaries
        tmp_png.replace(target)  # atomic: a reader never sees half a PNG


def _boxes(words: Iterable[Any], start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Boxes of the OCR words that overlap the mention's characters [start, end)."""
    return [(w.left, w.top, w.width, w.height) for w in words if w.start < end and w.end > start]


def _view_html(image: str, size: tuple[int, int] | None, marks: list[tuple[str, list]]) -> str:
    """The page view: the image, and one highlight group per mention (id from `mark_ids`)."""
    css = (
        "body{margin:0;font:14px sans-serif}p{margin:6px 10px;color:#5b6475}"
        "svg,img{display:block;max-width:100%;height:auto;border-top:1px solid #d6dae3}"
        "g.hit rect{fill:#ffd400;fill-opacity:.18;stroke:#c99a00;stroke-width:2}"
        "g.hit:target rect{fill-opacity:.45;stroke:#d60000;stroke-width:4}"
        "@media print{g.hit rect{-webkit-print-color-adjust:exact;print-color-adjust:exact}}"
    )
    if size is None:
        body = (
            "<p>Text-layer page: the document carries its own text, so there are no OCR word"
            " boxes to highlight. Find the cited phrase on the page below.</p>"
            f'<img src="{escape(image)}" alt="page image">'
        )
    else:
        w, h = size
        groups = "".join(
            f'<g class="hit" id="{escape(mid)}">'
            + "".join(f'<rect x="{x}" y="{y}" width="{bw}" height="{bh}"/>' for x, y, bw, bh in b)
            + "</g>"
            for mid, b in marks
        )
        body = (
            "<p>Highlighted: the words of the findings cited on this page; the linked one is"
            " outlined in red.</p>"
            f'<svg viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img"'
            ' aria-label="page image">'
            f'<image href="{escape(image)}" x="0" y="0" width="{w}" height="{h}"/>'
            f"{groups}</svg>"
        )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="robots" content="noindex"><title>Page view</title>'
        f"<style>{css}</style></head><body>{body}</body></html>\n"
    )


def render_page_views(
    store: Store, out_dir: Path, cache_dir: Path, mentions: pd.DataFrame
) -> pd.DataFrame:
    """Render the pages that carry `mentions` (as `Store.mentions_frame`) and write their views.

    Returns doc_id, page_no, highlight (whether OCR word boxes were found): the pages a summary
    may link to. A page whose source file cannot be read is left out (and logged by id)."""
    cols = ["doc_id", "page_no", "highlight"]
    if mentions.empty:
        return pd.DataFrame(columns=cols)
    docs = {d.doc_id: d for d in store.documents_by_id(sorted(set(mentions["doc_id"])))}
    keys = {}
    for doc_id in docs:
        for page in store.stored_pages(doc_id):
            keys[(doc_id, page["page_no"])] = (page["source"], page["ocr_key"])
    rows = []
    for (doc_id, page_no), group in mentions.groupby(["doc_id", "page_no"], sort=True):
        doc = docs.get(doc_id)
        if doc is None:
            continue
        folder = out_dir / PAGES_DIR / str(doc_id)
        page_no = int(page_no)
        try:
            _render(doc, page_no, folder / f"p{page_no}.png")
        except (VaEvidenceError, OSError) as exc:
            log.warning(
                "page view of %s p.%d not rendered (%s)", doc_id, page_no, type(exc).__name__
            )
            continue
        source, ocr_key = keys.get((doc_id, page_no), (None, None))
        page = None
        if source == "ocr" and ocr_key:
            page = load_cached(cache_path(cache_dir, doc.sha256, page_no, ocr_key))
        marks, size = [], None
        if page is not None and page.image_size and page.words:
            size = tuple(page.image_size)
            ids = mark_ids(group["finding_key"], group["mention_id"])
            for mid, start, end in zip(ids, group["start"], group["end"], strict=True):
                marks.append((str(mid), _boxes(page.words, int(start), int(end))))
        write_text_atomic(folder / f"p{page_no}.html", _view_html(f"p{page_no}.png", size, marks))
        rows.append((doc_id, page_no, size is not None))
    return pd.DataFrame(rows, columns=cols)
