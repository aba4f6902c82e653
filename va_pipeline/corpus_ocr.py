"""OCR-noised copy of the labelled corpus from real Tesseract runs over rendered scans.

Each record's text is drawn as a scanned strip (font, size, skew, blur, speckle and bilevel
threshold drawn from a generator seeded by the record id; va_synth's degrade step), OCR'd with
`extractors.ocr` at --psm 6 in a process pool (one process per core, OMP_THREAD_LIMIT=1), and
written as data/corpus/ocr_noised.jsonl: the record with `text` replaced by the OCR text,
`clean_text` kept, the clean labels unchanged, and the engine version and settings in `ocr`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import multiprocessing
import os
import tempfile
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from classifiers import corpus
from va_core.atomicio import write_text_atomic
from va_core.settings import OcrSettings

log = logging.getLogger(__name__)

OCR_SPLIT = "all"
"""Records the committed OCR copy covers ("all", or one split)."""
SETTINGS = OcrSettings(dpi=200, lang="eng", psm=6, timeout_s=120)
WIDTH, MARGIN = 1700, 90
FONTS = (
    "DejaVuSans.ttf",
    "DejaVuSerif.ttf",
    "DejaVuSansMono.ttf",
    "DejaVuSansCondensed.ttf",
    "LiberationSans-Regular.ttf",
    "LiberationSerif-Regular.ttf",
    "LiberationMono-Regular.ttf",
)
_LIBERATION = "/usr/share/fonts/truetype/liberation/"


def _rng(rid: str) -> np.random.Generator:
    return np.random.default_rng(int.from_bytes(hashlib.sha256(rid.encode()).digest()[:8], "big"))


def _font(name: str, size: int) -> Any:
    from PIL import ImageFont

    from va_synth.render_scan import font

    if name.startswith("Liberation"):
        try:
            return ImageFont.truetype(_LIBERATION + name, size)
        except OSError:
            return font("DejaVuSans.ttf", size)
    return font(name, size)


def render_strip(text: str, rid: str) -> tuple[Image.Image, dict[str, Any]]:
    """The text as a degraded scanned strip, and how it was drawn."""
    from va_synth.layout import wrap
    from va_synth.render_scan import degrade

    rng = _rng(rid)
    name = str(FONTS[int(rng.integers(len(FONTS)))])
    if any(ord(c) > 0x24FF for c in text):  # checkbox glyphs (☐ ☒): DejaVu Sans (Mono) only
        name = "DejaVuSansMono.ttf" if "Mono" in name else "DejaVuSans.ttf"
    size = int(rng.integers(26, 39))
    bilevel = bool(rng.random() < 0.5)
    fnt = _font(name, size)
    rows = [
        row for line in text.split("\n") for row in wrap(line, WIDTH - 2 * MARGIN, fnt.getlength)
    ]
    line_h = int(size * 1.35)
    img = Image.new("L", (WIDTH, 2 * MARGIN + line_h * len(rows)), 255)
    draw = ImageDraw.Draw(img)
    for i, row in enumerate(rows):
        draw.text((MARGIN, MARGIN + i * line_h), row, font=fnt, fill=0)
    how = {"font": name.removesuffix(".ttf"), "font_px": size, "bilevel": bilevel}
    return degrade(img, rng, bilevel), how


def ocr_record(job: tuple[str, str]) -> tuple[str, str, dict[str, Any]]:
    """(id, OCR text, rendering + mean confidence) for one record; runs in a worker."""
    from extractors.ocr import ocr_image

    os.environ["OMP_THREAD_LIMIT"] = "1"
    rid, text = job
    img, how = render_strip(text, rid)
    with tempfile.TemporaryDirectory(prefix="va-corpus-ocr-") as tmp:
        path = Path(tmp) / "strip.png"
        img.save(path, dpi=(SETTINGS.dpi, SETTINGS.dpi))
        page = ocr_image(path, 1, SETTINGS)
    return rid, page.text, {**how, "mean_conf": page.mean_conf}


def _init_worker() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


def _settings(engine: str) -> dict[str, Any]:
    return {
        "engine": "tesseract",
        "version": engine,
        "lang": SETTINGS.lang,
        "psm": SETTINGS.psm,
        "dpi": SETTINGS.dpi,
        "render": "strip+va_synth.degrade",
    }


def _reusable(out: Path, settings: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """OCR results already in `out` by (id, clean text), made by this engine and settings."""
    if not out.is_file():
        return {}
    keep = {}
    for rec in corpus.read_jsonl(out):
        ocr = rec.get("ocr", {})
        if all(ocr.get(k) == v for k, v in settings.items()):
            keep[(rec["id"], rec.get("clean_text", ""))] = rec
    return keep


def build(
    records: Iterable[dict[str, Any]], out: Path, workers: int | None = None, reuse: bool = True
) -> int:
    """OCR every record (sorted by id) and write `out` atomically; return the count.

    With `reuse`, a record whose id and text are unchanged since `out` was written by the same
    engine and settings keeps its OCR text (the render is seeded by the id, so Tesseract would
    read it the same way): adding records to the corpus OCRs only the new ones.
    """
    from extractors.ocr import tesseract_version

    engine = tesseract_version()  # raises MissingDependency before any work
    settings = _settings(engine)
    recs = sorted(records, key=lambda r: r["id"])
    done = _reusable(out, settings) if reuse else {}
    jobs = [(r["id"], r["text"]) for r in recs if (r["id"], r["text"]) not in done]
    workers = max(1, min(workers or os.cpu_count() or 1, len(jobs)))
    log.info(
        "corpus OCR: %d records (%d kept from the last run), %d workers, tesseract %s",
        len(jobs),
        len(recs) - len(jobs),
        workers,
        engine,
    )
    if workers <= 1:
        results = [ocr_record(j) for j in jobs]
    else:
        ctx = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker) as pool:
            results = list(pool.map(ocr_record, jobs, chunksize=4))
    fresh = {rid: (text, how) for rid, text, how in results}
    lines = []
    for rec in recs:
        if rec["id"] in fresh:
            text, how = fresh[rec["id"]]
            ocr = {**settings, **how}
        else:
            old = done[(rec["id"], rec["text"])]
            text, ocr = old["text"], old["ocr"]
        noisy = {**rec, "text": text, "clean_text": rec["text"], "ocr": ocr}
        lines.append(json.dumps(noisy, sort_keys=True, ensure_ascii=False))
    write_text_atomic(out, "".join(line + "\n" for line in lines)).chmod(0o644)
    return len(lines)


def load_noised(path: Path, clean: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """OCR'd copies whose clean text still matches the corpus, and how many are stale."""
    current = {r["id"]: r["text"] for r in clean}
    fresh, stale = [], 0
    for rec in corpus.read_jsonl(path):
        if current.get(rec["id"]) == rec.get("clean_text"):
            fresh.append(rec)
        elif rec["id"] in current:
            stale += 1
    return fresh, stale
