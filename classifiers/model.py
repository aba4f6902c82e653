"""A small logistic-regression assertion model over character n-grams of the context.

Why: rule triggers miss garbled or unusual cues ("dcnies", "n0 evidence", "is free of",
"nothing to suggest"). The model reads the characters around a concept (the concept itself
masked, so it learns cues rather than concepts) and may overrule the default "present" when
no rule trigger fired and it is confident; its probability also feeds `score`.

Trained by `va-evidence train` (classifiers/train.py) from the hand-written corpus in
resources/ plus the train split of data/corpus, with deterministic OCR-noised copies, and
stored as JSON weights (classifiers/artifacts.py); no pickles. Scoring is done here from the
weights (one numpy sum per context) because sklearn's per-call overhead would dominate on
single mentions.
"""

from __future__ import annotations

import json
import logging
import math
import random
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.assertion import PRE_TRIGGER, TERMINATOR
from classifiers.corpus import offsets
from classifiers.forms import has_checkbox
from classifiers.ocr_normalize import normalize
from classifiers.sentences import split_sentences

log = logging.getLogger(__name__)

CORPUS = Path(__file__).with_name("resources") / "assertion_corpus.jsonl"
CLASSES = ("negated", "possible", "present")
NAME = "assertion_lr"
VERSION = "lr-10"
"""Bump when `context`, the features or the weights format change: old artifacts are refused."""
FEATURES: dict[str, Any] = {
    "analyzer": "char_wb",
    "ngram_range": [2, 5],
    "binary": True,
    "lowercase": False,
    "min_df": 2,
}
NOISY_COPIES = 2
_MASK = " qqc "
_CACHE_SIZE = 50_000  # contexts whose probabilities are kept (the scorer is pure)
_DIGITS = 9  # significant digits kept in the stored weights (keeps the artifact small)
_add = np.add.reduce
_concat = np.concatenate
_FIRST = np.ones(1, dtype=bool)
_NO_ROWS = np.zeros(0, dtype=np.intp)


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
    stops = [
        m.start()
        for m in (TERMINATOR.search(right, 0, 60), PRE_TRIGGER.search(right, 1, 60))
        if m is not None
    ]
    right = right[: min(stops)] if stops else right[:45]
    return left[-70:] + _MASK + right[:45]


def split_record(rec: Mapping[str, str]) -> tuple[str, str]:
    """Raw text left and right of a resources record's head phrase."""
    text, head = rec["text"], rec["head"]
    i = text.lower().find(head.lower())
    if i < 0:
        raise ValueError(f"head {head!r} not in {text!r}")
    return text[:i], text[i + len(head) :]


Labelled = tuple[str, str, str, str]
"""(key, left, right, assertion): one concept in context; the key seeds its noisy copies."""


def resource_items(records: Iterable[Mapping[str, str]]) -> list[Labelled]:
    """Labelled items of the hand-written resources corpus."""
    return [(f"res:{r['text']}\x00{r['head']}", *split_record(r), r["assertion"]) for r in records]


def _fixed_by_pattern(sentence: str, concept: str, s0: int, s1: int) -> bool:
    """A candidate whose pattern fixes the assertion ("SLR positive", "gait normal") covers it."""
    from classifiers.candidates import find_candidates

    norm = normalize(sentence)
    for c in find_candidates(norm.text):
        if c.concept == concept and c.fixed is not None:
            o0, o1 = norm.to_orig(c.start, c.end)
            if o0 < s1 and s0 < o1:
                return True
    return False


def corpus_items(records: Iterable[Mapping[str, Any]]) -> list[Labelled]:
    """Labelled items of data/corpus records: prose mentions, context cut to their sentence.

    Left out, because the tagger never asks the model there: checkbox lines (the box decides)
    and heads whose pattern fixes the assertion ("straight leg raise positive" → possible);
    their masked context ("qqc on the right") would teach cues that are not cues.
    """
    out: list[Labelled] = []
    for rec in records:
        text = rec["text"]
        sents = split_sentences(text)
        for i, (m, (s0, s1)) in enumerate(zip(rec["mentions"], offsets(rec), strict=True)):
            ss, se = next(((s, e) for s, e in sents if s <= s0 < e), (0, len(text)))
            if has_checkbox(text[ss:se]) or _fixed_by_pattern(
                text[ss:se], m["concept"], s0 - ss, s1 - ss
            ):
                continue
            out.append(
                (f"corpus:{rec['id']}:{i}", text[ss:s0], text[s1 : max(se, s1)], m["assertion"])
            )
    return out


def examples(
    items: Iterable[Labelled], seed: int = 13, noisy_copies: int = NOISY_COPIES
) -> tuple[list[str], list[str]]:
    """(contexts, labels), sorted, with OCR-noised copies seeded per item (order-independent)."""
    pairs: list[tuple[str, str]] = []
    for key, left, right, label in items:
        rng = random.Random(f"{seed}:{key}")
        variants = [(left, right)] + [
            (ocr_noise(left, rng), ocr_noise(right, rng)) for _ in range(noisy_copies)
        ]
        pairs.extend(
            (context(normalize(lt).text, normalize(rt).text), label) for lt, rt in variants
        )
    pairs.sort()
    return [x for x, _ in pairs], [y for _, y in pairs]


def _vectorizer(vocabulary: Mapping[str, int] | None = None) -> Any:
    from sklearn.feature_extraction.text import CountVectorizer

    params = dict(FEATURES, ngram_range=tuple(FEATURES["ngram_range"]))
    return CountVectorizer(vocabulary=vocabulary, **params)


def _word_grams(word: str) -> tuple[str, ...]:
    """sklearn's char_wb analyzer for FEATURES (no lower-casing, n = 2..5) on one word: same
    grams, without its per-call overhead."""
    w = " " + word + " "
    size = len(w)
    out: list[str] = []
    for n in (2, 3, 4, 5):
        if size <= n:
            out.append(w)
            break
        out.extend([w[i : i + n] for i in range(size - n + 1)])
    return tuple(out)


def _round(x: float) -> float:
    return float(f"{x:.{_DIGITS}g}")


class AssertionModel:
    """Fitted weights plus a light scorer (n-gram rows per word, one numpy sum per context)."""

    def __init__(
        self,
        classes: Sequence[str],
        intercept: Sequence[float],
        weights: Mapping[str, Sequence[float]],
    ) -> None:
        self.classes = tuple(classes)
        self._intercept = tuple(float(x) for x in intercept)
        self._weights = {t: tuple(float(x) for x in w) for t, w in weights.items()}
        self._analyzer = _vectorizer().build_analyzer()
        self._cache: dict[str, dict[str, float]] = {}
        # The scorer's layout: one row of weights per term, terms in sorted order, in one
        # contiguous array (a dict of tuples of floats scatters them over the heap, and the
        # look-ups then wait on memory more than they compute).
        terms = sorted(self._weights)
        self._row = {t: i for i, t in enumerate(terms)}
        self._coef = np.array([self._weights[t] for t in terms], dtype=np.float64).reshape(
            len(terms), len(self.classes)
        )
        self.word_rows = lru_cache(maxsize=100_000)(self._word_rows)

    @classmethod
    def fit(cls, items: Iterable[Labelled], seed: int = 0) -> AssertionModel:
        """Train on labelled items; same items and seed give the same weights."""
        from sklearn.linear_model import LogisticRegression

        xs, ys = examples(items, seed=13 + seed)
        vec = _vectorizer()
        mat = vec.fit_transform(xs)
        clf = LogisticRegression(C=1.0, max_iter=3000, random_state=seed)
        clf.fit(mat, ys)
        coef = clf.coef_
        icpt = [float(x) for x in clf.intercept_]
        if coef.shape[0] == 1:  # binary: sklearn keeps one row; softmax over (0, z) = sigmoid(z)
            coef, icpt = [[0.0] * coef.shape[1], coef[0]], [0.0, icpt[0]]
        weights = {t: [_round(row[j]) for row in coef] for t, j in vec.vocabulary_.items()}
        return cls([str(c) for c in clf.classes_], [_round(x) for x in icpt], weights)

    def to_dict(self) -> dict[str, Any]:
        """The weights as plain JSON data (terms sorted)."""
        terms = sorted(self._weights)
        return {
            "name": NAME,
            "version": VERSION,
            "features": FEATURES,
            "mask": _MASK,
            "classes": list(self.classes),
            "intercept": list(self._intercept),
            "terms": terms,
            "coef": [[self._weights[t][k] for t in terms] for k in range(len(self.classes))],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> AssertionModel:
        """Inverse of `to_dict` (validation is the loader's job)."""
        rows = d["coef"]
        weights = {t: [row[j] for row in rows] for j, t in enumerate(d["terms"])}
        return cls(d["classes"], d["intercept"], weights)

    def clear_cache(self, *, words: bool = False) -> None:
        """Forget cached context scores (`words=True`: also the rows found per word)."""
        self._cache.clear()
        if words:
            self.word_rows.cache_clear()

    def _word_rows(self, word: str) -> np.ndarray:
        """Rows of the terms among the grams of one word, sorted, each once (contexts are new,
        words mostly not)."""
        row = self._row.get
        rows = sorted({i for i in map(row, _word_grams(word)) if i is not None})
        return np.array(rows, dtype=np.intp)

    def proba(self, left: str, right: str) -> dict[str, float]:
        """Class probabilities for a concept with normalised `left`/`right` context."""
        return self.proba_context(context(left, right))

    def proba_context(self, ctx: str) -> dict[str, float]:
        """Class probabilities for an already built context string."""
        cached = self._cache.get(ctx)
        if cached is None:
            cached = self._proba_context(ctx)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[ctx] = cached
        return dict(cached)

    def _proba_context(self, ctx: str) -> dict[str, float]:
        # Binary features: each term present counts once, however many words hold it. Rows
        # are summed in row order, so the result does not depend on set or hash order.
        # The words' rows are merged in numpy (sort, drop repeats): a Python set union and
        # sort of ~100 ints cost twice as much, and an index array is taken faster than a list.
        rows = _concat(list(map(self.word_rows, ctx.split())) or [_NO_ROWS])
        rows.sort()
        if rows.size > 1:
            rows = rows[_concat((_FIRST, rows[1:] != rows[:-1]))]
        sums = _add(self._coef[rows], 0).tolist()  # np.add.reduce: what .sum() calls
        scores = [b + x for b, x in zip(self._intercept, sums, strict=True)]
        top = max(scores)
        exps = [math.exp(x - top) for x in scores]
        total = sum(exps)
        out = {c: 0.0 for c in CLASSES}
        for c, x in zip(self.classes, exps, strict=True):
            out[c] = x / total
        return out

    def sklearn_proba(self, ctx: str) -> dict[str, float]:
        """The same probabilities through sklearn's own code (to check the fast path)."""
        from sklearn.linear_model import LogisticRegression

        terms = sorted(self._weights)
        vec = _vectorizer({t: j for j, t in enumerate(terms)})
        coef = np.array([[self._weights[t][k] for t in terms] for k in range(len(self.classes))])
        icpt = np.array(self._intercept)
        clf = LogisticRegression()
        clf.classes_ = np.array(self.classes)
        if len(self.classes) == 2:
            coef, icpt = coef[1:] - coef[:1], icpt[1:] - icpt[:1]
        clf.coef_, clf.intercept_ = coef, icpt
        row = clf.predict_proba(vec.transform([ctx]))[0]
        return {str(c): float(p) for c, p in zip(self.classes, row, strict=True)}


@lru_cache(maxsize=1)
def default_model() -> AssertionModel:
    """The committed artifact (data/models), once per process; trained here only if absent."""
    from classifiers import artifacts

    model = artifacts.load_default()
    if model is None:
        from classifiers.train import training_items

        log.warning(
            "assertion model artifact %s/%s not found under %s; training in-process "
            "(run `va-evidence train` to build it)",
            NAME,
            VERSION,
            artifacts.models_dir(),
        )
        model = AssertionModel.fit(training_items()[0], seed=0)
    return model
