"""Summary assembly speed: 1,000 claimants x 200 findings, synthetic mention frames, no OCR.

Builds seeded mentions, documents and knee-motion frames shaped like the store's, then times,
in one invocation and on the same frames:
  - naive:    the baseline, a per-claimant loop of `build_summary` over pre-split frames;
  - assemble: `build_summaries`, every claimant in one vectorised pass;
  - render:   JSON text and HTML of every summary, in memory;
  - write, fsync each: `write_summary` per claimant (two atomic files, an fsync each);
  - write, batch:      `write_summaries` (same files, one round of fsyncs: the stage's way);
  - index, findings table: `write_index` and the Parquet + CSV table over all claimants.
Assembly includes finding repeated records: every document page gets the text of a real
`va_synth` page (planned, not rendered) and 1 document in 20 is a copy of another of its
claimant's, its pages lightly OCR-noised.
"stage" = assemble + write batch + index + table: what `va-evidence summarize` does after
reading the store. The issue's target is the 1,000 x 200 stage under 30 s.

Usage: .venv/bin/python benchmarks/summaries.py [--claimants 1000] [--findings 200]
       [--naive-claimants N] [--seed 7] [--out DIR]
--naive-claimants times the baseline on the first N claimants and scales it to all (stated).
Files go to a temporary folder under --out (default: the system's temp dir), removed after.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from va_core.records import MENTION_COLUMNS  # noqa: E402
from va_summaries import (  # noqa: E402
    build_summaries,
    build_summary,
    render_html,
    summary_json,
    write_index,
    write_summaries,
    write_summary,
)
from va_summaries.table import findings_table, write_findings_table  # noqa: E402

CONCEPTS = np.array(["antalgic_gait", "radiculopathy", "knee_condition", "back_condition"])
TEXT = {
    "antalgic_gait": "antalgic gait",
    "radiculopathy": "radiculopathy",
    "knee_condition": "degenerative joint disease",
    "back_condition": "lumbosacral strain",
}
SIDES = np.array(["left", "right", "bilateral", "unspecified"])
KNEE_DX = np.array(["osteoarthritis", "meniscal_tear", "pain_only", "instability"])
DOC_TYPES = ["rating_decision", "cp_exam", "imaging", "treatment_note"] * 2
DOCS_PER_CLAIMANT = len(DOC_TYPES)


def _page_pool(seed: int, size: int = 40) -> list[str]:
    """Page texts of `size` planned synthetic claimants (header, templates, findings)."""
    from va_synth.generate import plan_claimant

    pool = []
    for i in range(size):
        planned = plan_claimant(i, seed)
        for _name, _doc, lay in planned.documents:
            pool += ["\n".join([*planned.header, *(t for t, _b in p)]) for p in lay.pages]
    return pool


def _noised(text: str, rng: np.random.Generator) -> str:
    """A re-scan's OCR: about 1 character in 100 replaced."""
    chars = np.array(list(text))
    hit = rng.random(len(chars)) < 0.01
    chars[hit] = rng.choice(list("1l0oc5 "), int(hit.sum()))
    return "".join(chars)


def pages_frame(docs: pd.DataFrame, seed: int) -> pd.DataFrame:
    """One row per document page with a pool page's text; 1 document in 20 copies another."""
    rng = np.random.default_rng(seed)
    pool = _page_pool(seed)
    rows = []
    by_claimant = docs.groupby("claimant_id", sort=False)
    for cid, group in by_claimant:
        texts = {}
        ids = group["doc_id"].tolist()
        counts = group["page_count"].astype(int).tolist()
        for k, (doc_id, count) in enumerate(zip(ids, counts, strict=True)):
            if k and rng.random() < 0.05:  # a copy of an earlier document of this claimant
                source = texts[ids[int(rng.integers(0, k))]]
                texts[doc_id] = [_noised(t, rng) for t in source]
            else:
                texts[doc_id] = [pool[int(i)] for i in rng.integers(0, len(pool), count)]
            rows += [(cid, doc_id, p, t) for p, t in enumerate(texts[doc_id], start=1)]
    return pd.DataFrame(rows, columns=["claimant_id", "doc_id", "page_no", "text"])


def frames(n: int, per: int, seed: int) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Seeded mentions (n x per), documents (n x 8) and knee motion (n x 4) frames."""
    rng = np.random.default_rng(seed)
    cids = np.array([f"B{i:05d}" for i in range(n)])
    doc_claimant = np.repeat(cids, DOCS_PER_CLAIMANT)
    doc_ids = np.array([f"{c}-d{k}" for c in cids for k in range(DOCS_PER_CLAIMANT)])
    years = rng.integers(2008, 2022, size=len(doc_ids))
    dates = [
        f"{y}-{m:02d}-{d:02d}"
        for y, m, d in zip(
            years, rng.integers(1, 13, len(doc_ids)), rng.integers(1, 29, len(doc_ids)), strict=True
        )
    ]
    docs = pd.DataFrame(
        {
            "doc_id": doc_ids,
            "claimant_id": doc_claimant,
            "doc_type": DOC_TYPES * n,
            "doc_date": dates,
            "page_count": rng.integers(1, 12, len(doc_ids)),
            "file_name": [f"{d}_{t}.pdf" for d, t in zip(dates, DOC_TYPES * n, strict=True)],
        }
    )
    rows = n * per
    doc_pick = np.repeat(np.arange(n) * DOCS_PER_CLAIMANT, per) + rng.integers(
        0, DOCS_PER_CLAIMANT, rows
    )
    concept = CONCEPTS[rng.integers(0, 4, rows)]
    side = SIDES[rng.integers(0, 4, rows)]
    assertion = rng.choice(["present", "negated", "possible"], rows, p=[0.65, 0.25, 0.10])
    doc_type = docs["doc_type"].to_numpy()[doc_pick]
    decision = (concept == "back_condition") & (doc_type == "rating_decision")
    text = np.array([TEXT[c] for c in concept], dtype=object)
    snippet = np.array(
        [
            f"Assessment: {t} on the {s} side, stable; follow up in 6 weeks."
            for t, s in zip(text, side, strict=True)
        ],
        dtype=object,
    )
    snippet[decision] = "Service connection for lumbosacral strain is granted at 20 percent."
    text[decision] = "lumbosacral strain"
    mentions = pd.DataFrame(
        {
            "mention_id": np.arange(1, rows + 1),
            "claimant_id": docs["claimant_id"].to_numpy()[doc_pick],
            "doc_id": doc_ids[doc_pick],
            "doc_type": doc_type,
            "doc_date": docs["doc_date"].to_numpy()[doc_pick],
            "page_no": rng.integers(1, 10, rows),
            "concept": concept,
            "assertion": np.where(decision, "present", assertion),
            "laterality": np.where(decision, "unspecified", side),
            "nerve_roots": [["L4", "L5"] if c == "radiculopathy" else [] for c in concept],
            "knee_dx": np.where(
                concept == "knee_condition", KNEE_DX[rng.integers(0, 4, rows)], None
            ),
            "subject": rng.choice(["veteran", "other"], rows, p=[0.95, 0.05]),
            "severity": np.where(concept == "radiculopathy", "moderate", None),
            "historical": rng.random(rows) < 0.1,
            "condition": np.where(concept == "back_condition", "lumbosacral strain", None),
            "service_connection": np.where(decision, "granted", None),
            "start": 112,
            "end": 112 + np.array([len(t) for t in text]),
            "text": text,
            "snippet": snippet,
            "score": rng.random(rows).round(3),
            "page_source": "ocr",
            "ocr_conf": rng.uniform(50, 96, rows).round(1),
            "model_version": "bench-1",
            "diagnostic_code": np.where(decision, "5237", None),
            "rating_percent": [20 if d else None for d in decision],
            "effective_date": None,
            "low_confidence": rng.random(rows) < 0.05,
            "finding_key": [hashlib.sha1(b"%d" % i).hexdigest() for i in range(rows)],
        },
        columns=list(MENTION_COLUMNS),
    )
    motion_docs = np.repeat(np.arange(n) * DOCS_PER_CLAIMANT + 1, 4)  # the C&P exam
    motion = pd.DataFrame(
        {
            "claimant_id": doc_claimant[motion_docs],
            "doc_id": doc_ids[motion_docs],
            "doc_date": docs["doc_date"].to_numpy()[motion_docs],
            "page_no": 3,
            "motion": np.tile(["flexion", "extension"], 2 * n),
            "degrees": np.tile([100, 5, 40, 10], n),
            "laterality": np.tile(["right", "right", "left", "left"], n),
            "text": "x",
        }
    )
    return mentions, docs, motion


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def naive(mentions: pd.DataFrame, docs: pd.DataFrame, motion: pd.DataFrame, n: int) -> list:
    """The baseline: split the frames, then one `build_summary` per claimant."""
    by_m = dict(tuple(mentions.groupby("claimant_id")))
    by_d = dict(tuple(docs.groupby("claimant_id")))
    by_k = dict(tuple(motion.groupby("claimant_id")))
    return [build_summary(cid, by_m[cid], by_d[cid], by_k.get(cid)) for cid in sorted(by_d)[:n]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claimants", type=int, default=1000)
    parser.add_argument("--findings", type=int, default=200)
    parser.add_argument("--naive-claimants", type=int, default=None)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    n, per = args.claimants, args.findings
    n_naive = min(n, args.naive_claimants or n)

    gen_s, (mentions, docs, motion) = timed(lambda: frames(n, per, args.seed))
    pages_s, pages = timed(lambda: pages_frame(docs, args.seed))
    print(
        f"{n} claimants x {per} findings = {len(mentions):,} mention rows, {len(pages):,} pages"
        f" of {pages['text'].str.len().mean():,.0f} characters on average"
        f" (frames built in {gen_s + pages_s:.1f} s); Python {platform.python_version()},"
        f" pandas {pd.__version__}, {os.cpu_count()} cores"
    )

    naive_s, _ = timed(lambda: naive(mentions, docs, motion, n_naive))
    naive_all = naive_s * n / n_naive
    assemble_s, summaries = timed(lambda: build_summaries(mentions, docs, motion, pages))
    copies = sum(len(r["copies"]) for s in summaries for r in s["repeated_records"])
    assert len(summaries) == n
    render_s, _ = timed(lambda: [(summary_json(s), render_html(s)) for s in summaries])

    root = Path(tempfile.mkdtemp(prefix="va-bench-summaries-", dir=args.out))
    try:
        each_s, _ = timed(lambda: [write_summary(root / "each", s) for s in summaries])
        batch_s, _ = timed(lambda: write_summaries(root / "batch", summaries))
        index_s, _ = timed(lambda: write_index(root / "batch", summaries))
        table_s, table = timed(
            lambda: write_findings_table(root / "batch", findings_table(mentions, docs))
        )
        files = len(list((root / "batch").iterdir()))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    stage_s = assemble_s + batch_s + index_s + table_s

    scaled = f" (timed on {n_naive}, scaled)" if n_naive < n else ""
    rows = [
        (f"naive per-claimant loop{scaled}", naive_all, "baseline"),
        ("assemble (build_summaries)", assemble_s, f"x{naive_all / assemble_s:.1f} faster"),
        ("render JSON + HTML in memory", render_s, ""),
        ("write, fsync each file", each_s, "includes rendering"),
        ("write, batch fsync", batch_s, f"x{each_s / batch_s:.1f} faster than fsync each"),
        ("index.html", index_s, ""),
        ("findings table (Parquet + CSV)", table_s, ""),
        ("stage: assemble + batch write + index + table", stage_s, ""),
    ]
    print(f"{'step':<52}{'seconds':>9}{'claimants/s':>13}  vs")
    for name, secs, note in rows:
        print(f"{name:<52}{secs:>9.2f}{n / secs:>13,.0f}  {note}")
    print(f"files written by the stage: {files}; copies of records found: {copies}")
    verdict = "met" if stage_s < 30 else "MISSED"
    print(f"target: stage for {n:,} x {per} under 30 s: {verdict} ({stage_s:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
