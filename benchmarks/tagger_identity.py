"""Byte-identity check for tagger speed work: this checkout's `classifiers.tag_text` against a
baseline checkout's, on every corpus record and on synthetic pages.

Each checkout is imported in its own subprocess (PYTHONPATH = its root); both serialise every
mention in full (all fields, offsets, evidence spans, scores via repr) plus the document type
and date of each text, and the two dumps must be equal line for line.

Usage: .venv/bin/python benchmarks/tagger_identity.py --base /tmp/speed-base [--claimants 40]
  (make a baseline checkout with: git worktree add --detach /tmp/speed-base <commit>)
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ("hand_written.jsonl", "generated.jsonl", "ocr_noised.jsonl")


def _texts(root: Path, claimants: int) -> list[tuple[str, str]]:
    out = []
    for name in CORPUS:
        lines = (root / "data" / "corpus" / name).read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, start=1):
            if line.strip() and not line.lstrip().startswith("#"):
                out.append((f"{name}:{n}", json.loads(line)["text"]))
    if claimants:
        from va_synth.generate import plan_claimant

        for i in range(claimants):
            planned = plan_claimant(i, seed=7)
            for fname, _doc, lay in planned.documents:
                for p, page in enumerate(lay.pages):
                    text = "\n".join(line for line, _ in page)
                    out.append((f"synth:{planned.claimant_id}/{fname}#{p}", text))
    return out


def _dump(claimants: int) -> None:
    import classifiers

    for where, text in _texts(ROOT, claimants):
        mentions = [
            {k: repr(v) for k, v in dataclasses.asdict(m).items()}
            for m in classifiers.tag_text(text)
        ]
        extra = (
            repr(classifiers.classify_doc_type(text)),
            repr(classifiers.find_document_date(text)),
        )
        sys.stdout.write(json.dumps([where, mentions, extra], sort_keys=True) + "\n")


def _run(root: Path, claimants: int) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": "0"}
    script = root / "benchmarks" / "tagger_identity.py"
    if not script.is_file():  # a baseline without this script: run ours with its code
        script = Path(__file__).resolve()
    res = subprocess.run(
        [sys.executable, "-c", _BOOT, str(root), str(script), str(claimants)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
    )
    return res.stdout.splitlines()


# Puts `root` first on sys.path so that its classifiers package is the one imported.
_BOOT = (
    "import runpy, sys; root, script, n = sys.argv[1:4]; sys.path.insert(0, root); "
    "sys.argv = [script, '--dump', '--claimants', n]; runpy.run_path(script, run_name='__main__')"
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=Path, help="root of the baseline checkout")
    ap.add_argument("--claimants", type=int, default=40, help="synthetic claimants (pages)")
    ap.add_argument("--dump", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        _dump(args.claimants)
        return 0
    if args.base is None:
        ap.error("--base is required")
    ours = _run(ROOT, args.claimants)
    base = _run(args.base.resolve(), args.claimants)
    n_mentions = sum(len(json.loads(x)[1]) for x in ours)
    digest = hashlib.sha256("\n".join(ours).encode()).hexdigest()[:16]
    print(f"{len(ours)} texts, {n_mentions} mentions; sha256 {digest}")
    if ours == base:
        print("identical")
        return 0
    for a, b in zip(ours, base, strict=False):
        if a != b:
            print("first difference:\n  ours: " + a[:2000] + "\n  base: " + b[:2000])
            break
    print(f"DIFFERENT ({len(ours)} vs {len(base)} lines)")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
