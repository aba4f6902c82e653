"""Tagger metrics against labelled corpus records (classifiers/corpus.py).

Unit of comparison: the sentence (by `split_sentences`; a gold mention belongs to the sentence
holding its span start, a predicted one to the sentence holding its start). For OCR'd copies,
whose text differs from the text the spans were written for, the unit is the whole record.
Per unit, gold and predicted (concept, assertion, laterality) are matched as multisets →
micro P/R/F1 overall and per concept. Assertion and laterality accuracy are measured on pairs
matched by concept alone (pairing prefers the most agreeing candidate).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from classifiers.corpus import offsets
from classifiers.sentences import split_sentences
from va_core.records import CONCEPTS, Mention

Triple = tuple[str, str, str]
Tagger = Callable[[str], list[Mention]]


@dataclass(slots=True)
class Counts:
    """True positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True, slots=True)
class Error:
    """One disagreement: missed, spurious, assertion or laterality."""

    record_id: str
    unit: int
    kind: str
    gold: Triple | None
    pred: Triple | None
    snippet: str


@dataclass(slots=True)
class Report:
    """Metrics over a set of records."""

    records: int = 0
    overall: Counts = field(default_factory=Counts)
    per_concept: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CONCEPTS})
    pairs: int = 0
    assertion_ok: int = 0
    laterality_ok: int = 0
    errors: list[Error] = field(default_factory=list)

    @property
    def assertion_acc(self) -> float:
        return self.assertion_ok / self.pairs if self.pairs else 0.0

    @property
    def laterality_acc(self) -> float:
        return self.laterality_ok / self.pairs if self.pairs else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Rounded figures, JSON-ready (no errors, no text)."""

        def fig(c: Counts) -> dict[str, Any]:
            p, r, f = c.prf()
            return {
                "precision": round(p, 4),
                "recall": round(r, 4),
                "f1": round(f, 4),
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
            }

        return {
            "records": self.records,
            "overall": fig(self.overall),
            "per_concept": {k: fig(v) for k, v in self.per_concept.items()},
            "matched_by_concept": self.pairs,
            "assertion_acc": round(self.assertion_acc, 4),
            "laterality_acc": round(self.laterality_acc, 4),
        }


def _unit_of(pos: int, spans: list[tuple[int, int]]) -> int:
    """Index of the sentence holding `pos` (else the last sentence starting before it)."""
    best = 0
    for i, (s, e) in enumerate(spans):
        if s <= pos < e:
            return i
        if s <= pos:
            best = i
    return best


def _pair(
    gold: list[Triple], pred: list[Triple]
) -> tuple[list[tuple[Triple, Triple]], list[Triple], list[Triple]]:
    """Pair gold and predicted by concept, most agreeing first; return pairs and leftovers."""
    gold, pred = list(gold), list(pred)
    pairs: list[tuple[Triple, Triple]] = []
    for agree in (
        lambda g, p: g == p,
        lambda g, p: g[1] == p[1],
        lambda g, p: g[2] == p[2],
        lambda g, p: True,
    ):
        for g in list(gold):
            p = next((p for p in pred if p[0] == g[0] and agree(g, p)), None)
            if p is not None:
                pairs.append((g, p))
                gold.remove(g)
                pred.remove(p)
    return pairs, gold, pred


def _triple(m: Mapping[str, Any] | Mention) -> Triple:
    if isinstance(m, Mention):
        return (m.concept, m.assertion, m.laterality)
    return (m["concept"], m["assertion"], m["laterality"])


def score_unit(
    report: Report, rid: str, unit: int, snippet: str, gold: list[Triple], pred: list[Triple]
) -> None:
    """Add one unit's gold and predicted triples to `report`."""
    gc, pc = Counter(gold), Counter(pred)
    both = gc & pc
    for concept in {t[0] for t in gold + pred}:

        def of(c: Counter[Triple], k: str = concept) -> int:
            return sum(n for t, n in c.items() if t[0] == k)

        tp = of(both)
        report.per_concept.setdefault(concept, Counts()).add(tp, of(pc) - tp, of(gc) - tp)
    tp = sum(both.values())
    report.overall.add(tp, len(pred) - tp, len(gold) - tp)
    pairs, missed, spurious = _pair(gold, pred)
    for g, p in pairs:
        report.pairs += 1
        report.assertion_ok += g[1] == p[1]
        report.laterality_ok += g[2] == p[2]
        if g[1] != p[1]:
            report.errors.append(Error(rid, unit, "assertion", g, p, snippet))
        elif g[2] != p[2]:
            report.errors.append(Error(rid, unit, "laterality", g, p, snippet))
    report.errors += [Error(rid, unit, "missed", g, None, snippet) for g in missed]
    report.errors += [Error(rid, unit, "spurious", None, p, snippet) for p in spurious]


def evaluate(records: Iterable[Mapping[str, Any]], tagger: Tagger | None = None) -> Report:
    """Tag every record's text and compare with its mentions.

    A record whose `clean_text` differs from `text` (an OCR'd copy) is scored as one unit.
    """
    if tagger is None:
        from classifiers import tag_text as tagger
    report = Report()
    for rec in sorted(records, key=lambda r: r["id"]):
        text = rec["text"]
        report.records += 1
        pred = tagger(text)
        if rec.get("clean_text", text) != text:
            score_unit(
                report,
                rec["id"],
                0,
                text,
                [_triple(m) for m in rec["mentions"]],
                [_triple(m) for m in pred],
            )
            continue
        spans = split_sentences(text) or [(0, len(text))]
        gold_by: dict[int, list[Triple]] = {}
        pred_by: dict[int, list[Triple]] = {}
        for m, (start, _) in zip(rec["mentions"], offsets(rec), strict=True):
            gold_by.setdefault(_unit_of(start, spans), []).append(_triple(m))
        for pm in pred:
            pred_by.setdefault(_unit_of(pm.start, spans), []).append(_triple(pm))
        for u in sorted(set(gold_by) | set(pred_by)):
            s, e = spans[u]
            score_unit(report, rec["id"], u, text[s:e], gold_by.get(u, []), pred_by.get(u, []))
    return report


def table(columns: Mapping[str, Report]) -> str:
    """Per-concept P/R/F1, overall, assertion and laterality accuracy; one column per report."""
    names = list(columns)
    head = f"{'':<18}" + "".join(f"{n:^26}" for n in names)
    sub = f"{'concept':<18}" + "".join(f"{'P':>6}{'R':>6}{'F1':>7}{'gold':>7}" for _ in names)
    lines = [head, sub]
    concepts = list(CONCEPTS) + sorted(
        {c for r in columns.values() for c in r.per_concept} - set(CONCEPTS)
    )
    for label, get in [(c, lambda r, c=c: r.per_concept.get(c, Counts())) for c in concepts] + [
        ("overall", lambda r: r.overall)
    ]:
        row = f"{label:<18}"
        for n in names:
            c = get(columns[n])
            p, rr, f = c.prf()
            row += f"{p:>6.3f}{rr:>6.3f}{f:>7.3f}{c.tp + c.fn:>7d}"
        lines.append(row)
    for label, attr in (("assertion acc", "assertion_acc"), ("laterality acc", "laterality_acc")):
        lines.append(
            f"{label:<18}"
            + "".join(f"{getattr(columns[n], attr):>19.3f}{columns[n].pairs:>7d}" for n in names)
        )
    lines.append(f"{'records':<18}" + "".join(f"{columns[n].records:>26d}" for n in names))
    return "\n".join(lines)


def format_errors(report: Report, limit: int) -> str:
    """The first `limit` errors, one line each (record id, unit, kind, gold → predicted)."""

    def t(x: Triple | None) -> str:
        return "-" if x is None else "/".join(x)

    return "\n".join(
        f"{e.record_id} #{e.unit} {e.kind:<10} gold {t(e.gold):<38} pred {t(e.pred):<38} "
        f"| {' '.join(e.snippet.split())[:160]}"
        for e in report.errors[:limit]
    )
