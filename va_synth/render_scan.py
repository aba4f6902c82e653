"""Render laid-out pages as degraded 200 dpi scans (image-only PDF or multi-page TIFF)."""

from __future__ import annotations

import io
import time
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

W, H, DPI = 1700, 2200, 200
MARGIN_X, TOP, BOTTOM = 120, 110, 190
BODY_PX, HEAD_PX, LINE_H = 35, 30, 47
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_TIME = time.gmtime(1_600_000_000)

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@lru_cache(maxsize=16)
def font(name: str, size: int) -> Font:
    """A DejaVu font, or PIL's default at that size when the file is missing."""
    try:
        return ImageFont.truetype(FONT_DIR + name, size)
    except OSError:
        return ImageFont.load_default(size=size)


def body_font(mono: bool, bold: bool = False) -> Font:
    if mono:
        return font("DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf", BODY_PX)
    return font("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf", BODY_PX)


def measure(mono: bool) -> tuple[float, object]:
    """(usable width px, text measure) for the layout step."""
    f = body_font(mono, True)
    return W - 2 * MARGIN_X, lambda t: f.getlength(t)


def rows_per_page() -> int:
    return (H - TOP - 2 * LINE_H - 20 - BOTTOM) // LINE_H


def draw_page(
    rows: list[tuple[str, bool]], header: list[str], footer: str, mono: bool
) -> Image.Image:
    """A clean grayscale page."""
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    hf = font("DejaVuSansMono.ttf", HEAD_PX)
    y = TOP - 60
    for h in header:
        d.text((MARGIN_X, y), h, font=hf, fill=0)
        y += LINE_H - 6
    d.line((MARGIN_X, y + 4, W - MARGIN_X, y + 4), fill=0, width=2)
    y = TOP + 2 * LINE_H
    for text, bold in rows:
        if text:
            d.text((MARGIN_X, y), text, font=body_font(mono, bold), fill=0)
        y += LINE_H
    d.text((MARGIN_X, H - 110), footer, font=hf, fill=0)
    return img


def stamp(img: Image.Image, rng: np.random.Generator, when: str) -> None:
    """A boxed intake stamp in the bottom margin, right of the footer (never over body text)."""
    s = Image.new("L", (560, 130), 255)
    d = ImageDraw.Draw(s)
    f = font("DejaVuSans-Bold.ttf", 26)
    d.rectangle((3, 3, 556, 126), outline=0, width=4)
    d.text((18, 14), "RECEIVED", font=f, fill=40)
    d.text((18, 50), "VA EVIDENCE INTAKE CENTER", font=f, fill=40)
    d.text((18, 86), when, font=f, fill=40)
    s = s.rotate(float(rng.uniform(-4, 4)), expand=True, fillcolor=255)
    x, y = W - MARGIN_X - s.width, H - s.height - 25
    region = img.crop((x, y, x + s.width, y + s.height))
    img.paste(Image.fromarray(np.minimum(np.asarray(region), np.asarray(s))), (x, y))


def degrade(img: Image.Image, rng: np.random.Generator, bilevel: bool) -> Image.Image:
    """Skew, blur, speckle; then threshold to 1-bit or keep grayscale."""
    img = img.rotate(
        float(rng.uniform(-1.5, 1.5)), resample=Image.Resampling.BICUBIC, fillcolor=255
    )
    img = img.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.3, 0.8))))
    a = np.asarray(img).astype(np.int16)
    specks = rng.random(a.shape) < 0.0008
    a[specks] = rng.integers(0, 90, int(specks.sum()))
    if bilevel:
        thr = int(rng.integers(150, 185))
        return Image.fromarray(np.where(a > thr, 255, 0).astype(np.uint8)).convert(
            "1", dither=Image.Dither.NONE
        )
    return Image.fromarray(np.clip(a * 0.9 + 14, 0, 255).astype(np.uint8))


def render(
    pages: list[list[tuple[str, bool]]],
    header: list[str],
    mono: bool,
    rng: np.random.Generator,
    *,
    bilevel: bool,
    stamp_date: str | None,
) -> list[Image.Image]:
    """Degraded page images; the stamp (if any) goes on page 1."""
    out = []
    for i, rows in enumerate(pages):
        img = draw_page(rows, header, f"Page {i + 1} of {len(pages)}", mono)
        if i == 0 and stamp_date:
            stamp(img, rng, stamp_date)
        out.append(degrade(img, rng, bilevel))
    return out


def to_pdf(images: list[Image.Image], title: str) -> bytes:
    """Image-only PDF at 200 dpi with fixed metadata (JPEG q60 for grayscale, G4 for 1-bit)."""
    buf = io.BytesIO()
    extra = {"quality": 60} if images[0].mode == "L" else {}
    images[0].save(
        buf,
        "PDF",
        save_all=True,
        append_images=images[1:],
        resolution=DPI,
        **extra,
        title=title,
        creationDate=FIXED_TIME,
        modDate=FIXED_TIME,
        producer="VBMS export",
    )
    return buf.getvalue()


def to_tiff(images: list[Image.Image]) -> bytes:
    """Multi-page TIFF (group4 for 1-bit, LZW for grayscale)."""
    buf = io.BytesIO()
    comp = "group4" if images[0].mode == "1" else "tiff_lzw"
    images[0].save(
        buf, "TIFF", save_all=True, append_images=images[1:], compression=comp, dpi=(DPI, DPI)
    )
    return buf.getvalue()
