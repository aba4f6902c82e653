"""Which OCR concurrency model is fastest on this machine?

Runs the same rendered pages three ways and prints pages/s and the ratio against the
baseline (one process, Tesseract's default OpenMP threading):
  baseline   1 process,  OMP threads unlimited (Tesseract default)
  threads    N processes, OMP threads unlimited (what a naive pool does)
  chosen     N processes, OMP_THREAD_LIMIT=1    (what va-evidence does)

Usage: .venv/bin/python benchmarks/ocr_concurrency.py [--pages 12] [--dpi 300]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

LINES = [
    "DATE OF NOTE: MAR 02, 2019@10:14  LOCAL TITLE: PRIMARY CARE NOTE",
    "S: Veteran reports low back pain radiating down the right leg to the knee.",
    "O: Gait antalgic, favoring the right lower extremity. SLR positive on the right.",
    "Right knee: medial joint line tenderness, flexion 0-105 degrees, no effusion.",
    "A: Lumbar radiculopathy L4-L5, right, moderate. Right knee DJD per X-ray.",
    "P: PT referral, continue meloxicam 15 mg daily, follow up in 3 months.",
]


def render(path: Path, dpi: int) -> None:
    img = Image.new("L", (int(8.5 * dpi), int(11 * dpi)), 255)
    draw = ImageDraw.Draw(img)
    font_path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
    size = int(11 / 72 * dpi * 1.1)
    font = (
        ImageFont.truetype(str(font_path), size)
        if font_path.exists()
        else ImageFont.load_default(size=size)
    )
    y = dpi // 2
    while y < img.height - dpi:
        for line in LINES:
            draw.text((dpi // 2, y), line, fill=0, font=font)
            y += int(size * 1.7)
    img.save(path)


WORKER = """
import sys, pytesseract
from concurrent.futures import ProcessPoolExecutor
def ocr(p):
    return len(pytesseract.image_to_string(p))
if __name__ == "__main__":
    procs, paths = int(sys.argv[1]), sys.argv[2:]
    if procs == 1:
        [ocr(p) for p in paths]
    else:
        with ProcessPoolExecutor(procs) as pool:
            list(pool.map(ocr, paths))
"""


def run(mode: str, paths: list[str], procs: int) -> float:
    env = dict(os.environ)
    env.pop("OMP_THREAD_LIMIT", None)
    if mode == "chosen":
        env["OMP_THREAD_LIMIT"] = "1"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", WORKER, str(procs), *paths], check=True, env=env)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--dpi", type=int, default=300)
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(args.pages):
            p = Path(tmp) / f"p{i}.png"
            render(p, args.dpi)
            paths.append(str(p))
        results = {
            "baseline": run("baseline", paths, 1),
            "threads": run("threads", paths, cores),
            "chosen": run("chosen", paths, cores),
        }
    base = results["baseline"]
    print(f"{args.pages} pages at {args.dpi} dpi, {cores} cores")  # noqa: T201
    for mode, seconds in results.items():
        rate = args.pages / seconds
        print(f"{mode:9s} {seconds:6.1f} s  {rate:5.2f} pages/s  x{base / seconds:.2f} vs baseline")  # noqa: T201


if __name__ == "__main__":
    main()
