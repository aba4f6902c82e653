"""Write deterministic synthetic claimant files and their ground truth."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from va_core.atomicio import write_bytes_atomic, write_text_atomic

from . import render_digital, render_scan
from .documents import fmt_date
from .layout import Layout, paginate
from .model import Doc, check_unit, pathways
from .scenario import SCENARIOS, make_profile, plan

SENTINEL = "ZZ-SENTINEL-PHI"
LAST = [
    "DOE",
    "MARTINEZ",
    "WASHINGTON",
    "KOWALCZYK",
    "OKONKWO",
    "HARRIS",
    "NGUYEN",
    "BRADFORD",
    "REYES",
]
FIRST = ["JOHN", "MICHAEL", "DENISE", "ROBERT", "ANGELA", "CARLOS", "DWAYNE", "TERRENCE", "MARIA"]


def _identity(rng: random.Random, sep_year: int) -> list[str]:
    """Two PHI-like header lines: sentinel name, fake SSN, DOB, VA file number."""
    area = rng.choice([a for a in range(101, 900) if a != 666])
    ssn = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    dob = f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{sep_year - rng.randint(24, 40)}"
    vafn = f"{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    return [
        f"Name: {SENTINEL} {rng.choice(LAST)}, {rng.choice(FIRST)}    SSN: {ssn}",
        f"DOB: {dob}    VA FILE NUMBER: {vafn}",
    ]


def _layout(doc: Doc) -> Layout:
    mod = render_digital if doc.fmt == "digital_pdf" else render_scan
    width, meas = mod.measure(doc.mono)
    return paginate(doc.blocks, width, meas, mod.rows_per_page())


def _formats(rng: random.Random, docs: list[Doc]) -> None:
    for d in docs:
        r = rng.random()
        d.fmt = "digital_pdf" if r < 0.2 else "tiff" if r < 0.3 else "scanned_pdf"
    if not any(d.fmt == "digital_pdf" for d in docs):
        next(d for d in docs if d.kind == "rating_decision").fmt = "digital_pdf"


def _cap(docs: list[tuple[Doc, Layout]], max_pages: int | None) -> list[tuple[Doc, Layout]]:
    """Drop the least important documents until the claimant fits in `max_pages`."""
    if max_pages is None:
        return docs
    order = sorted(docs, key=lambda x: (x[0].priority, x[0].date), reverse=False)
    keep = list(docs)
    for cand in order:
        if sum(len(lay.pages) for _, lay in keep) <= max_pages:
            break
        keep.remove(cand)
    return keep


def _write_doc(
    path: Path, doc: Doc, lay: Layout, header: list[str], nprng: np.random.Generator
) -> None:
    if doc.fmt == "digital_pdf":
        data = render_digital.render(lay.pages, header, doc.mono, doc.title, doc.date)
    else:
        bilevel = doc.fmt == "tiff" or nprng.random() < 0.75
        when = None
        if nprng.random() < 0.35:
            when = fmt_date(
                (
                    date.fromisoformat(doc.date) + timedelta(days=int(nprng.integers(5, 60)))
                ).isoformat(),
                1,
            )
        imgs = render_scan.render(
            lay.pages, header, doc.mono, nprng, bilevel=bilevel, stamp_date=when
        )
        data = (
            render_scan.to_tiff(imgs) if doc.fmt == "tiff" else render_scan.to_pdf(imgs, doc.title)
        )
    write_bytes_atomic(path, data)


@dataclass(slots=True)
class PlannedClaimant:
    """One claimant laid out on pages but not rendered: enough for the ground truth."""

    claimant_id: str
    seed: int
    index: int
    scenario: str
    header: list[str]
    documents: list[tuple[str, Doc, Layout]]
    """(file name, document, layout), chronological."""


def plan_claimant(index: int, seed: int, max_pages: int | None = None) -> PlannedClaimant:
    """The claimant `generate_claimant` writes, without rendering a page (fast)."""
    rng = random.Random(f"va-synth:{seed}:{index}")
    scenario = SCENARIOS[(seed + index) % len(SCENARIOS)]
    prof = make_profile(rng, scenario)
    header = _identity(rng, prof.sep_year)
    docs = plan(rng, prof, extra_notes=rng.randint(2, 6))
    _formats(rng, docs)
    laid = _cap([(d, _layout(d)) for d in docs], max_pages)
    laid.sort(key=lambda x: (x[0].date, x[0].kind))
    named: list[tuple[str, Doc, Layout]] = []
    names: set[str] = set()
    for doc, lay in laid:
        ext = "tif" if doc.fmt == "tiff" else "pdf"
        name, n = f"{doc.date}_{doc.kind}.{ext}", 2
        while name in names:
            name, n = f"{doc.date}_{doc.kind}_{n}.{ext}", n + 1
        names.add(name)
        named.append((name, doc, lay))
    return PlannedClaimant(f"C{index + 1:03d}", seed, index, scenario, header, named)


def ground_truth(planned: PlannedClaimant) -> dict[str, Any]:
    """What the files say: documents, labelled findings on their pages, and the pathways."""
    gt_docs: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    for name, doc, lay in planned.documents:
        gt_docs.append(
            {
                "file": name,
                "doc_type": doc.doc_type,
                "date": doc.date,
                "pages": len(lay.pages),
                "format": doc.fmt,
            }
        )
        for block, page in zip(doc.blocks, lay.block_pages, strict=True):
            for sent in (x for line in block.lines for x in line):
                check_unit(sent)
            for f, text in block.findings():
                findings.append(
                    {
                        **f.to_dict(),
                        "document": name,
                        "page": page,
                        "date": doc.date,
                        "text": " ".join(text.split()),
                    }
                )
    decisions = [f for f in findings if f["service_connection"]]
    return {
        "claimant_id": planned.claimant_id,
        "seed": planned.seed,
        "scenario": planned.scenario,
        "service_connected_back": bool(decisions)
        and decisions[-1]["service_connection"] == "granted",
        "documents": gt_docs,
        "findings": findings,
        "pathways": pathways(findings),
    }


def generate_claimant(index: int, seed: int, out_dir: Path, max_pages: int | None = None) -> Path:
    """One claimant (0-based `index`): documents plus ground_truth.json; returns its folder."""
    planned = plan_claimant(index, seed, max_pages)
    folder = out_dir / planned.claimant_id
    folder.mkdir(parents=True, exist_ok=True)
    for k, (name, doc, lay) in enumerate(planned.documents):
        nprng = np.random.default_rng([seed, index, k])
        _write_doc(folder / name, doc, lay, planned.header, nprng)
    gt = ground_truth(planned)
    write_text_atomic(folder / "ground_truth.json", json.dumps(gt, indent=2) + "\n")
    return folder


def generate(
    n_claimants: int,
    seed: int,
    out_dir: Path,
    *,
    max_pages: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[Path]:
    """Write out_dir/<claimant_id>/<documents...> and .../ground_truth.json; return claimant dirs.

    Same (n_claimants, seed, max_pages) gives byte-identical files. `max_pages` caps the pages of
    each claimant (least important documents are dropped). `progress` is called after each
    claimant with the number of claimants finished so far.
    """
    out_dir = Path(out_dir)
    dirs = []
    for i in range(n_claimants):
        dirs.append(generate_claimant(i, seed, out_dir, max_pages))
        if progress is not None:
            progress(i + 1)
    return dirs
