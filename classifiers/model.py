"""A small logistic-regression assertion model over character n-grams of the context.

Why: rule triggers miss garbled or unusual cues ("dcnies", "n0 evidence", "is free of",
"nothing to suggest"). The model reads the characters around a concept (the concept itself
masked, so it learns cues rather than concepts) and may overrule the default "present" when
no rule trigger fired and it is confident; its probability also feeds `score`.

Trained at first use from the hand-written corpus in resources/ (plus deterministic OCR-noised
copies), cached per process; no pickles. Scoring is done in pure Python from the fitted
weights because sklearn's per-call overhead would dominate on single mentions.
"""

from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

from classifiers.assertion import PRE_TRIGGER, TERMINATOR
from classifiers.ocr_normalize import normalize

CORPUS = Path(__file__).with_name("resources") / "assertion_corpus.jsonl"
CLASSES = ("negated", "possible", "present")
_MASK = " qqc "


def load_corpus(path: Path = CORPUS) -> list[dict[str, str]]:
    """Labelled records; lines starting with '#' are comments."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(json.loads(line))
    return out


_SWAPS = (("i", "l"), ("l", "1"), ("e", "c"), ("o", "0"), ("m", "rn"), ("n", "u"), ("a", "o"))


def ocr_noise(text: str, rng: random.Random, rate: float = 0.06) -> str:
    """Tesseract-like damage: confusable letters, dropped/split spaces."""
    out = []
    for ch in text:
        r = rng.random()
        if r < rate:
            for a, b in _SWAPS:
                if ch == a:
                    ch = b
                    break
        elif r < rate * 1.3 and ch == " ":
            ch = "" if rng.random() < 0.5 else "  "
        elif r < rate * 1.4 and ch.isalpha():
            ch = ch + " "
        out.append(ch)
    return "".join(out)


def context(left: str, right: str) -> str:
    """What the model sees: normalised text around the masked concept, cut at terminators.

    Cutting where ConText would stop ("but", ";", "reports", ...) keeps the model from
    carrying "denies X but reports" over to the concept after "but".
    """
    left = left[-90:]
    cuts = [m.end() for m in TERMINATOR.finditer(left)]
    if cuts:
        left = left[cuts[-1] :]
    stops = [m.start() for m in (TERMINATOR.search(right, 0, 60), PRE_TRIGGER.search(right, 1, 60))
             if m is not None]
    right = right[: min(stops)] if stops else right[:45]
    return left[-70:] + _MASK + right[:45]


def split_record(rec: dict[str, str]) -> tuple[str, str]:
    """Raw text left and right of the record's head phrase."""
    text, head = rec["text"], rec["head"]
    i = text.lower().find(head.lower())
    if i < 0:
        raise ValueError(f"head {head!r} not in {text!r}")
    return text[:i], text[i + len(head) :]


def examples(records: list[dict[str, str]], noisy_copies: int = 2) -> tuple[list[str], list[str]]:
    """(contexts, labels) with deterministic OCR-noised copies."""
    rng = random.Random(13)
    xs: list[str] = []
    ys: list[str] = []
    for rec in records:
        left, right = split_record(rec)
        variants = [(left, right)] + [
            (ocr_noise(left, rng), ocr_noise(right, rng)) for _ in range(noisy_copies)
        ]
        for lt, rt in variants:
            xs.append(context(normalize(lt).text, normalize(rt).text))
            ys.append(rec["assertion"])
    return xs, ys


class AssertionModel:
    """Fitted weights plus a pure-Python scorer."""

    def __init__(self, records: list[dict[str, str]]) -> None:
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression

        xs, ys = examples(records)
        vec = CountVectorizer(analyzer="char_wb", ngram_range=(2, 5), binary=True,
                              lowercase=False, min_df=2)
        mat = vec.fit_transform(xs)
        clf = LogisticRegression(C=1.0, max_iter=3000, random_state=0)
        clf.fit(mat, ys)
        self._sk = (vec, clf)
        self.classes = tuple(str(c) for c in clf.classes_)
        self._analyzer = vec.build_analyzer()
        coef = clf.coef_
        if coef.shape[0] == 1:  # binary corpora: sklearn stores one row
            coef = [-coef[0], coef[0]]
        self._weights = {
            term: tuple(float(row[j]) for row in coef) for term, j in vec.vocabulary_.items()
        }
        icpt = clf.intercept_
        self._intercept = tuple(float(x) for x in (
            [-icpt[0], icpt[0]] if len(icpt) == 1 else icpt))

    def proba(self, left: str, right: str) -> dict[str, float]:
        """Class probabilities for a concept with normalised `left`/`right` context."""
        return self.proba_context(context(left, right))

    def proba_context(self, ctx: str) -> dict[str, float]:
        """Class probabilities for an already built context string."""
        import math

        scores = list(self._intercept)
        for gram in set(self._analyzer(ctx)):
            w = self._weights.get(gram)
            if w is not None:
                for k, v in enumerate(w):
                    scores[k] += v
        top = max(scores)
        exps = [math.exp(x - top) for x in scores]
        total = sum(exps)
        out = {c: 0.0 for c in CLASSES}
        for c, x in zip(self.classes, exps, strict=True):
            out[c] = x / total
        return out

    def sklearn_proba(self, ctx: str) -> dict[str, float]:
        """The same probabilities through sklearn (to check the fast path)."""
        vec, clf = self._sk
        row = clf.predict_proba(vec.transform([ctx]))[0]
        return {str(c): float(p) for c, p in zip(clf.classes_, row, strict=True)}


@lru_cache(maxsize=1)
def default_model() -> AssertionModel:
    """The model trained on the whole corpus, once per process."""
    return AssertionModel(load_corpus())
