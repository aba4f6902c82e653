"""Page text for a document: the PDF's own text layer where it is good, else OCR.

OCR results are cached on disk by document hash, page and OCR settings (engine version
included), so a re-run never OCRs the same page twice. Work functions are module-level and
take only picklable arguments so that they run in worker processes.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

from extractors.ocr import ocr_image
from extractors.pdf_text import pdf_text_layer
from extractors.quality import text_layer_is_good
from extractors.rasterize import rasterize_page
from extractors.tiff import tiff_page_to_png
from va_core.atomicio import write_text_atomic
from va_core.records import PageText, Word
from va_core.settings import OcrSettings


@dataclass(frozen=True, slots=True)
class OcrJob:
    """One page to OCR; everything a worker process needs, nothing more."""

    doc_id: str
    source_path: str
    media_type: str
    page_no: int
    cache_path: str
    ocr: OcrSettings


def cache_path(cache_dir: Path, sha256: str, page_no: int, ocr_key: str) -> Path:
    """Where the OCR result of one page with one set of settings lives."""
    return cache_dir / "ocr" / sha256[:2] / sha256 / f"p{page_no:05d}-{ocr_key}.json"


def page_to_json(page: PageText) -> str:
    """Serialise an OCR page for the cache."""
    return json.dumps(
        {
            "page_no": page.page_no,
            "text": page.text,
            "source": page.source,
            "mean_conf": page.mean_conf,
            "image_size": list(page.image_size) if page.image_size else None,
            "words": [
                [w.text, w.left, w.top, w.width, w.height, w.conf, w.start, w.end]
                for w in page.words
            ],
        },
        separators=(",", ":"),
    )


def page_from_json(raw: str) -> PageText:
    """Inverse of page_to_json."""
    data = json.loads(raw)
    return PageText(
        page_no=data["page_no"],
        text=data["text"],
        source=data["source"],
        mean_conf=data["mean_conf"],
        image_size=tuple(data["image_size"]) if data["image_size"] else None,
        words=tuple(Word(*w) for w in data["words"]),
    )


def load_cached(path: Path) -> PageText | None:
    """The cached page, or None when absent or unreadable (then it is OCR'd again)."""
    try:
        return page_from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def run_ocr_job(job: OcrJob) -> PageText:
    """Rasterize one page into a private temp folder, OCR it, cache it. Runs in a worker."""
    with tempfile.TemporaryDirectory(prefix="va-ocr-") as tmp:
        if job.media_type == "pdf":
            image = rasterize_page(
                Path(job.source_path),
                job.page_no,
                dpi=job.ocr.dpi,
                out_dir=Path(tmp),
                timeout_s=job.ocr.timeout_s,
            )
        else:
            image = tiff_page_to_png(Path(job.source_path), job.page_no, Path(tmp))
        page = ocr_image(image, job.page_no, job.ocr)
    write_text_atomic(Path(job.cache_path), page_to_json(page))
    return page


def text_layer_pages(
    source_path: Path, media_type: str, page_count: int, *, min_chars: int
) -> dict[int, PageText]:
    """Pages whose own text layer is good enough to skip OCR, by 1-based page number."""
    if media_type != "pdf":
        return {}
    texts = pdf_text_layer(source_path)
    return {
        i: PageText(page_no=i, text=text, source="text_layer")
        for i, text in enumerate(texts[:page_count], start=1)
        if text_layer_is_good(text, min_chars=min_chars)
    }
