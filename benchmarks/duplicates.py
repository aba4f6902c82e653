"""Repeated records: how similar two scans of one page are, against different pages.

Real examples, no hand-made strings: `va_synth` plans claimants; every page of their documents
is rendered as a scan twice with different noise (and the second copy bi-level with a received
stamp, as a re-faxed page), both are OCR'd with real Tesseract, and the page's own text stands
in for a born-digital copy. Then `va_summaries.duplicates` measures the Jaccard similarity
(the MinHash estimate the summaries decide with) of
  - copies:     scan 1 vs scan 2, and the text layer vs scan 1, of the same page;
  - different:  every pair of different pages of one claimant (same document types, same
                header, same templates: the hard negatives),
and prints their distributions, the threshold in use and how many pairs fall on the wrong side.

Usage: .venv/bin/python benchmarks/duplicates.py [--claimants 3] [--seed 11] [--workers 2]
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.ocr import ocr_image  # noqa: E402
from va_core.settings import OcrSettings  # noqa: E402
from va_summaries import duplicates  # noqa: E402
from va_synth import render_scan  # noqa: E402
from va_synth.generate import plan_claimant  # noqa: E402


def _ocr(job: tuple[str, int, int, bool]) -> tuple[str, str]:
    """Render (claimant, doc, page) as a scan with noise seed `variant`, OCR it."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    key, seed, variant, refax = job
    cid, k, p, index = key.split(":")
    planned = plan_claimant(int(index), seed)
    _name, doc, lay = planned.documents[int(k)]
    rng = np.random.default_rng([seed, int(index), int(k), int(p), variant])
    stamp = "RECEIVED 03/14/2022" if refax else None
    (img,) = render_scan.render(
        [lay.pages[int(p)]], planned.header, doc.mono, rng, bilevel=refax, stamp_date=stamp
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.png"
        img.save(path)
        page = ocr_image(path, 1, OcrSettings())
    return key, page.text


def _plain(planned, k: int, p: int) -> str:  # noqa: ANN001 - va_synth's planned claimant
    _name, _doc, lay = planned.documents[k]
    return "\n".join([*planned.header, *(text for text, _bold in lay.pages[p])])


jaccard = duplicates.text_similarity


def _describe(name: str, values: list[float]) -> None:
    v = np.array(values)
    print(
        f"{name:<34} n={len(v):>5}  min {v.min():.3f}  p05 {np.quantile(v, 0.05):.3f}"
        f"  median {np.median(v):.3f}  p95 {np.quantile(v, 0.95):.3f}  max {v.max():.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claimants", type=int, default=3)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)

    planned = [plan_claimant(i, args.seed) for i in range(args.claimants)]
    keys = [
        f"{pc.claimant_id}:{k}:{p}:{i}"
        for i, pc in enumerate(planned)
        for k, (_n, _d, lay) in enumerate(pc.documents)
        for p in range(len(lay.pages))
    ]
    jobs = [(key, args.seed, 1, False) for key in keys] + [
        (key, args.seed, 2, True) for key in keys
    ]
    print(f"{len(keys)} pages of {args.claimants} claimants, each scanned twice and OCR'd")
    with ProcessPoolExecutor(args.workers) as pool:
        results = list(pool.map(_ocr, jobs, chunksize=2))
    scan1 = {key: text for key, text in results[: len(keys)]}
    scan2 = {key: text for key, text in results[len(keys) :]}
    plain = {}
    for key in keys:
        _cid, k, p, i = key.split(":")
        plain[key] = _plain(planned[int(i)], int(k), int(p))

    copies_scan = [jaccard(scan1[k], scan2[k]) for k in keys]
    copies_text = [jaccard(plain[k], scan1[k]) for k in keys]
    different = []
    for a, b in itertools.combinations(keys, 2):
        if a.split(":")[0] == b.split(":")[0]:
            different.append(jaccard(scan1[a], scan2[b]))
    print(
        f"shingle {duplicates.SHINGLE} chars, sample 1/{duplicates.SAMPLE},"
        f" {duplicates.BINS}-bin MinHash, page threshold {duplicates.PAGE_THRESHOLD}"
    )
    _describe("copies: scan vs re-faxed scan", copies_scan)
    _describe("copies: text layer vs scan", copies_text)
    _describe("different pages, same claimant", different)
    t = duplicates.PAGE_THRESHOLD
    missed = sum(v < t for v in copies_scan + copies_text)
    false = sum(v >= t for v in different)
    print(
        f"at {t}: copies missed {missed}/{len(copies_scan) + len(copies_text)},"
        f" different pages matched {false}/{len(different)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
