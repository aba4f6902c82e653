"""pytesseract owns Tesseract: text plus word boxes and confidences for one page image.

Tesseract's own OpenMP threads fight with our process pool on small machines, so every
call runs with OMP_THREAD_LIMIT=1; parallelism comes from one process per core.
"""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

import pytesseract
from PIL import Image

from va_core.errors import MissingDependency, OcrFailed, OcrTimeout
from va_core.records import PageText, Word
from va_core.settings import OcrSettings

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def tesseract_available() -> bool:
    """True when the tesseract binary is on PATH."""
    return shutil.which("tesseract") is not None


@functools.lru_cache(maxsize=1)
def tesseract_version() -> str:
    """The installed Tesseract version, e.g. "5.3.0"."""
    try:
        return str(pytesseract.get_tesseract_version())
    except pytesseract.TesseractNotFoundError:
        raise MissingDependency("tesseract is not installed; run `make setup`") from None


def ocr_image(image_path: Path, page_no: int, settings: OcrSettings) -> PageText:
    """OCR one page image; the text is rebuilt from Tesseract's words so offsets map to boxes."""
    try:
        with Image.open(image_path) as img:
            size = img.size
            data = pytesseract.image_to_data(
                img,
                lang=settings.lang,
                config=f"--psm {settings.psm}",
                output_type=pytesseract.Output.DICT,
                timeout=settings.timeout_s,
            )
    except pytesseract.TesseractNotFoundError:
        raise MissingDependency("tesseract is not installed; run `make setup`") from None
    except pytesseract.TesseractError as exc:
        raise OcrFailed(f"tesseract failed on page {page_no} (status {exc.status})") from None
    except RuntimeError as exc:
        # pytesseract signals its timeout with a bare RuntimeError.
        if "timeout" in str(exc).lower():
            raise OcrTimeout(
                f"tesseract took over {settings.timeout_s}s on page {page_no}"
            ) from None
        raise OcrFailed(f"tesseract failed on page {page_no} ({type(exc).__name__})") from None
    return assemble_page(data, page_no=page_no, image_size=size)


def assemble_page(data: dict[str, list], *, page_no: int, image_size: tuple[int, int]) -> PageText:
    """Join Tesseract words into lines and paragraphs, keeping each word's offsets."""
    parts: list[str] = []
    words: list[Word] = []
    pos = 0
    prev_line: tuple[int, int, int] | None = None
    prev_par: tuple[int, int] | None = None
    confs: list[float] = []
    for i, raw in enumerate(data["text"]):
        token = (raw or "").strip()
        conf = float(data["conf"][i])
        if not token or conf < 0:
            continue
        line = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        par = line[:2]
        if prev_line is not None:
            sep = " " if line == prev_line else ("\n" if par == prev_par else "\n\n")
            parts.append(sep)
            pos += len(sep)
        words.append(
            Word(
                text=token,
                left=int(data["left"][i]),
                top=int(data["top"][i]),
                width=int(data["width"][i]),
                height=int(data["height"][i]),
                conf=conf,
                start=pos,
                end=pos + len(token),
            )
        )
        parts.append(token)
        pos += len(token)
        confs.append(conf)
        prev_line, prev_par = line, par
    mean = round(sum(confs) / len(confs), 2) if confs else None
    return PageText(
        page_no=page_no,
        text="".join(parts),
        source="ocr",
        mean_conf=mean,
        words=tuple(words),
        image_size=image_size,
    )
