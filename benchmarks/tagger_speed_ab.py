"""Back-to-back tagging speed of this checkout against a baseline checkout, on the same texts.

Each checkout is timed in its own subprocess (PYTHONPATH = its root), pinned to one core,
alternating baseline / this checkout `--rounds` times. Each run tags the hand-written test
split of *this* checkout's corpus three times cold (the tagger's caches cleared before each
pass: normalisation, per-word repairs) and three times warm, and keeps the best pass of each.
The script prints every run and the median ratio (this / baseline).

Usage: .venv/bin/python benchmarks/tagger_speed_ab.py --base /tmp/base [--rounds 3]
  (make a baseline checkout with: git worktree add --detach /tmp/base <commit>)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, os, sys, time
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {0})
import classifiers
from classifiers import corpus as K
recs = K.read_jsonl(__import__("pathlib").Path(sys.argv[1]))
texts = [r["text"] for r in recs if K.split_of(r["group"]) == "test"]

def clear():
    try:
        classifiers.clear_caches(words=True)
    except TypeError:
        classifiers.clear_caches()

def best(cold):
    out = float("inf")
    for _ in range(3):
        if cold:
            clear()
        t = time.perf_counter()
        for x in texts:
            classifiers.tag_text(x)
        out = min(out, time.perf_counter() - t)
    return len(texts) / out

classifiers.tag_text("warm up: knee pain")
print(json.dumps({"items": len(texts), "cold": best(True), "warm": best(False)}))
"""


def _run(root: Path, corpus: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(corpus)],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", type=Path, required=True, help="baseline checkout (a worktree)")
    ap.add_argument("--rounds", type=int, default=3, help="alternations (default 3)")
    args = ap.parse_args()
    corpus = ROOT / "data" / "corpus" / "hand_written.jsonl"
    ratios: dict[str, list[float]] = {"cold": [], "warm": []}
    for r in range(1, args.rounds + 1):
        base = _run(args.base.resolve(), corpus)
        this = _run(ROOT, corpus)
        for kind in ratios:
            ratios[kind].append(this[kind] / base[kind])
        print(
            f"round {r}: {base['items']} items; cold {base['cold']:,.0f} -> {this['cold']:,.0f}"
            f" items/s; warm {base['warm']:,.0f} -> {this['warm']:,.0f} items/s"
        )
    for kind, values in ratios.items():
        print(f"{kind}: this / baseline = x{statistics.median(values):.2f} (median)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
