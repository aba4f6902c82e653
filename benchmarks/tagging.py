"""Tagging speed and F1: va-evidence against a medspaCy baseline, on the same sentences.

Loads labelled sentences (default: the test split of data/corpus/hand_written.jsonl, split by
`classifiers.corpus`; `--corpus PATH` for any JSONL of that format), tags them with
`classifiers.tag_text` and with the medspaCy pipeline of `benchmarks/medspacy_baseline.py`,
and prints for each system:
  - sentences/s on one core (the process is pinned to CPU 0 where the OS allows): only the
    tagging is timed, after a warm-up, over the sentence list repeated until at least
    --min-seconds have passed (the median of the per-pass rates); "cold" is a single first
    pass with va-evidence's word cache emptied (spaCy's string store is warm either way);
  - micro precision / recall / F1 on (concept, assertion, laterality), matched per sentence
    as multisets (a sentence with two identical gold mentions needs two);
  - the ratio va-evidence / medspaCy for speed and the F1 difference, and whether the issue's
    targets (>= 5,000 sentences/s; F1 above medspaCy's) are met.
Exits non-zero only on errors (bad arguments, unreadable corpus, medspaCy not installed),
never because a target was missed.

Two medspaCy rows by default: medspacy.load()'s pipeline as is (PyRuSH sentence splitter) and
the same with spaCy's rule-based sentencizer instead (PyRuSH is most of medspaCy's time).

Usage: .venv/bin/python benchmarks/tagging.py [--corpus PATH] [--split test]
       [--min-seconds 2] [--medspacy-sentencizer both|pyrush|spacy|none]
       [--medspacy-extra-context] [--errors N]
Needs the `bench` extra (medspaCy): pip install -e .[bench]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from classifiers import tag_text  # noqa: E402
from classifiers.sentences import split_sentences  # noqa: E402
from va_core.records import Mention  # noqa: E402

DEFAULT_CORPUS = ROOT / "data" / "corpus" / "hand_written.jsonl"
TARGET_SPEED = 5000.0
Key = tuple[str, str, str]
Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Scores:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Result:
    name: str
    per_s: float
    cold_per_s: float
    timed_sentences: int
    seconds: float
    scores: Scores
    predictions: list[Counter[Key]]


def key(m: Mention | dict[str, Any]) -> Key:
    if isinstance(m, Mention):
        return (m.concept, m.assertion, m.laterality)
    return (m["concept"], m["assertion"], m["laterality"])


def load_records(path: Path | None, split: str) -> tuple[list[Record], str]:
    """(records, description of what was loaded)."""
    corpus_path = path or DEFAULT_CORPUS
    if not corpus_path.is_file():
        raise SystemExit(f"error: no corpus at {corpus_path} (use --corpus PATH)")
    try:
        from classifiers import corpus
    except ImportError:
        corpus = None  # the split helper is not in this checkout: plain reading, all records
    if corpus is None:
        records = _read_plain(corpus_path)
        return records, f"{_rel(corpus_path)}, all {len(records)} records (no classifiers.corpus)"
    from va_core.errors import VaEvidenceError

    try:
        records = corpus.select(corpus.read_jsonl(corpus_path), split)
    except VaEvidenceError as e:
        raise SystemExit(f"error: {e}") from None
    what = "all records" if split == "all" else f"{split} split (classifiers.corpus.split_of)"
    return records, f"{_rel(corpus_path)}, {what}: {len(records)} records"


def _read_plain(path: Path) -> list[Record]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                raise SystemExit(f"error: {path.name} line {n}: not valid JSON") from None
    return out


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {0})
            return "pinned to CPU 0"
        except OSError as e:
            return f"not pinned ({e.strerror})"
    return "not pinned (no sched_setaffinity on this OS)"


def score(gold: Sequence[Counter[Key]], pred: Sequence[Counter[Key]]) -> Scores:
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        hit = sum((g & p).values())
        tp += hit
        fp += sum(p.values()) - hit
        fn += sum(g.values()) - hit
    return Scores(tp, fp, fn)


def time_passes(
    run: Callable[[list[str]], object], texts: list[str], min_seconds: float
) -> tuple[float, int, float]:
    """(sentences/s, sentences tagged, seconds) over whole passes of `texts` until min_seconds.

    The rate is the median of the per-pass rates, so that a burst of other work on the
    machine during one pass does not move it much.
    """
    rates: list[float] = []
    done, elapsed = 0, 0.0
    while elapsed < min_seconds:
        t0 = time.perf_counter()
        run(texts)
        dt = time.perf_counter() - t0
        rates.append(len(texts) / dt)
        elapsed += dt
        done += len(texts)
    return statistics.median(rates), done, elapsed


def bench_va(texts: list[str], gold: list[Counter[Key]], min_seconds: float) -> Result:
    import classifiers

    tag_text("Warm-up: antalgic gait favoring the right leg; no radiculopathy.")  # loads model
    classifiers.clear_caches(words=True)
    t0 = time.perf_counter()
    preds = [Counter(key(m) for m in tag_text(t)) for t in texts]  # cold pass, also warm-up
    cold = len(texts) / (time.perf_counter() - t0)

    def run(batch: list[str]) -> None:
        # Every pass sees its sentences as new: the sentence caches would otherwise serve
        # the repeated list from memory. Per-word OCR repairs stay warm, as in real use.
        classifiers.clear_caches()
        for t in batch:
            tag_text(t)

    rate, n, secs = time_passes(run, texts, min_seconds)
    return Result("va-evidence", rate, cold, n, secs, score(gold, preds), preds)


def bench_medspacy(
    texts: list[str],
    gold: list[Counter[Key]],
    min_seconds: float,
    extra_context: bool,
    sentencizer: str,
) -> Result:
    try:
        from medspacy_baseline import MedspacyBaseline
    except ImportError as e:
        raise SystemExit(f"error: {e}; install the bench extra: pip install -e .[bench]") from None
    base = MedspacyBaseline(extra_context=extra_context, sentencizer=sentencizer)
    base.tag("Warm-up: antalgic gait favoring the right leg; no radiculopathy.")
    t0 = time.perf_counter()
    preds = [Counter(key(m) for m in ms) for ms in base.tag_many(texts)]
    cold = len(texts) / (time.perf_counter() - t0)

    def run(batch: list[str]) -> None:
        for _ in base.tag_many(batch):
            pass

    rate, n, secs = time_passes(run, texts, min_seconds)
    name = f"medspaCy/{sentencizer}" + ("+ctx" if extra_context else "")
    return Result(name, rate, cold, n, secs, score(gold, preds), preds)


def print_errors(result: Result, records: list[Record], gold: list[Counter[Key]], n: int) -> None:
    shown = 0
    for rec, g, p in zip(records, gold, result.predictions, strict=True):
        if g == p or shown >= n:
            continue
        shown += 1
        missed = sorted((g - p).elements())
        extra = sorted((p - g).elements())
        print(f"  [{rec.get('id', '?')}] {rec['text'][:110]}")
        if missed:
            print(f"      missed: {missed}")
        if extra:
            print(f"      extra:  {extra}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=(
            "Tag the same labelled sentences with va-evidence and with a medspaCy baseline "
            "(TargetMatcher rules for the four concepts + ConText); print sentences/s on one "
            "core and micro P/R/F1 on (concept, assertion, laterality) for both."
        ),
        epilog="Needs the bench extra: pip install -e .[bench]. Exit status is 0 whether or "
        "not the targets are met; non-zero only on errors.",
    )
    ap.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help=f"JSONL of {{id, group, text, mentions:[{{concept, assertion, laterality}}]}} "
        f"records (default: {_rel(DEFAULT_CORPUS)})",
    )
    ap.add_argument(
        "--split",
        default="test",
        choices=("train", "dev", "test", "all"),
        help="which split of the corpus to use, by classifiers.corpus (default: test; all "
        "records when classifiers.corpus is absent)",
    )
    ap.add_argument(
        "--min-seconds",
        type=float,
        default=2.0,
        help="repeat the sentence list until each system has been timed this long (default 2)",
    )
    ap.add_argument(
        "--medspacy-extra-context",
        action="store_true",
        help="add the cue words of docs/ANNOTATION.md that medspaCy's default ConText rules "
        "lack (suspected, probable, questionable, cannot be excluded, vs, ? ...)",
    )
    ap.add_argument(
        "--medspacy-sentencizer",
        default="both",
        choices=("pyrush", "spacy", "both", "none"),
        help="sentence splitter of the medspaCy pipeline: pyrush (medspacy.load()'s default), "
        "spacy (spaCy's rule-based sentencizer, much faster) or both, one row each "
        "(default: both); none leaves medspaCy out (va-evidence alone, for quick iterations)",
    )
    ap.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="also print up to N sentences each system gets wrong",
    )
    args = ap.parse_args(argv)
    if args.min_seconds <= 0:
        ap.error("--min-seconds must be positive")

    records, what = load_records(args.corpus, args.split)
    if not records:
        raise SystemExit(f"error: no records to tag ({what})")
    texts = [r["text"] for r in records]
    gold = [Counter(key(m) for m in r.get("mentions", [])) for r in records]
    pinned = pin_one_core()
    print(f"corpus: {what}; {sum(sum(g.values()) for g in gold)} gold mentions")
    print(f"python {platform.python_version()}, {pinned}, >= {args.min_seconds:g} s timed each")

    va = bench_va(texts, gold, args.min_seconds)
    splitters = {"both": ("pyrush", "spacy"), "none": ()}.get(
        args.medspacy_sentencizer, (args.medspacy_sentencizer,)
    )
    baselines = [
        bench_medspacy(texts, gold, args.min_seconds, args.medspacy_extra_context, sp)
        for sp in splitters
    ]

    print()
    header = f"{'system':<20} {'items/s':>9} {'cold item/s':>11} {'P':>6} {'R':>6} {'F1':>6}"
    header += f" {'TP':>5} {'FP':>5} {'FN':>5}"
    print(header)
    print("-" * len(header))
    for r in (va, *baselines):
        s = r.scores
        print(
            f"{r.name:<20} {r.per_s:>9,.0f} {r.cold_per_s:>11,.0f} {s.precision:>6.3f} "
            f"{s.recall:>6.3f} {s.f1:>6.3f} {s.tp:>5} {s.fp:>5} {s.fn:>5}"
        )
    print()
    for ms in baselines:
        print(
            f"va-evidence vs {ms.name}: speed x{va.per_s / ms.per_s:.2f}, "
            f"F1 {va.scores.f1 - ms.scores.f1:+.3f}"
        )
    # The corpus's items are sentences or short passages (1.9 sentences each on the current
    # test split): the rate per item is the conservative figure, the rate per sentence (as
    # classifiers.sentences splits them) the one the wording names. Both are printed.
    n_sent = sum(len(split_sentences(t)) or 1 for t in texts)
    per_sentence = va.per_s * n_sent / len(texts)
    print(
        f"va-evidence: {len(texts)} items = {n_sent} sentences (classifiers.sentences): "
        f"{va.per_s:,.0f} items/s = {per_sentence:,.0f} sentences/s"
    )
    met = "met" if va.per_s >= TARGET_SPEED else "missed"
    print(f"target {met}: speed >= {TARGET_SPEED:,.0f} items/s ({va.per_s:,.0f})")
    met = "met" if per_sentence >= TARGET_SPEED else "missed"
    print(f"target {met}: speed >= {TARGET_SPEED:,.0f} sentences/s ({per_sentence:,.0f})")
    if baselines:
        best = max(baselines, key=lambda r: r.scores.f1)
        met = "met" if va.scores.f1 > best.scores.f1 else "missed"
        print(f"target {met}: F1 above medspaCy's ({va.scores.f1:.3f} vs {best.scores.f1:.3f})")
    if args.errors > 0:
        for r in (va, *baselines):
            print(f"\n{r.name}: sentences with errors (up to {args.errors})")
            print_errors(r, records, gold, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
