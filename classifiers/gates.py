r"""Cheap pre-checks for the concept regexes: literal words that every match must contain.

Python's `re` tries a pattern such as r"\b(?:lachman|drawer|...)\s*..." at every position of a
sentence, and most sentences hold none of its words; `word in text` rules that out far
faster. The words are read from the compiled pattern itself (its parse tree), so a gate can
only skip text the regex could not match; where no such words exist the regex always runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

Words = frozenset[str]
_MIN_LEN = 2
_MAX_WORDS = 16  # a gate of more words than this, built from classes, is not worth it
_TOKEN = re.compile(r"[a-z0-9]+")
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


def _better(a: Words | None, b: Words | None) -> Words | None:
    """The more selective of two sufficient word sets: longest shortest word, then fewest."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b, key=lambda s: (min(map(len, s)), -len(s)))


def _chars(op: object, av: object) -> list[str] | None:
    """The characters one position of the pattern may hold, when few and plain: "l" or
    [1-5]; None for anything else (a category, a negated or large class, ...)."""
    if op is _c.LITERAL:
        return [chr(av)]  # type: ignore[arg-type]
    if op is not _c.IN:
        return None
    out: list[str] = []
    for kind, val in av:  # type: ignore[attr-defined]
        if kind is _c.LITERAL:
            out.append(chr(val))
        elif kind is _c.RANGE and val[1] - val[0] < _MAX_WORDS:
            out.extend(map(chr, range(val[0], val[1] + 1)))
        else:
            return None
    return out if len(out) <= _MAX_WORDS else None


def _required(seq: _p.SubPattern | list) -> Words | None:
    """Words one of which every match of the sequence `seq` contains; None if there are none."""
    best: Words | None = None
    run: list[str] = []  # the strings the characters matched last, one after the other, spell
    for op, av in [*seq, (None, None)]:  # a sentinel flushes the last run
        chars = _chars(op, av)
        if chars is not None and len(run or [""]) * len(chars) <= _MAX_WORDS:
            run = [r + ch for r in run or [""] for ch in chars]
            continue
        if run:  # consecutive characters: every match holds one of these strings
            best = _better(best, frozenset(run))
        run = chars or []
        if op is _c.SUBPATTERN:
            if not (av[1] | av[2]) & re.IGNORECASE:
                best = _better(best, _required(av[3]))
        elif op is _c.BRANCH:
            alts = [_required(b) for b in av[1]]
            if all(alts):  # the match takes one branch: the union covers every branch
                best = _better(best, frozenset().union(*alts))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            best = _better(best, _required(av[2]))
        # anchors, lookarounds, categories, back-references: nothing required
    return best


def words_of(rx: re.Pattern[str]) -> Words | None:
    """The gate of `rx`: words one of which any match contains, or None (always run it)."""
    if rx.flags & re.IGNORECASE:
        return None
    try:
        words = _required(_p.parse(rx.pattern, rx.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern just gets no gate
        return None
    if not words or min(map(len, words)) < _MIN_LEN:
        return None
    return words


def sure_words(rx: re.Pattern[str]) -> Words | None:
    """Words any one of which `rx` matches by itself: its alternatives that are plain words
    ("lumb|back|dis[ck]|\\bls\\b" gives lumb, back, disc, disk); None when there are none."""
    if rx.flags & re.IGNORECASE:
        return None
    try:
        seq = _p.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern just gets none
        return None
    alts = seq[0][1][1] if len(seq) == 1 and seq[0][0] is _c.BRANCH else [seq]
    out: set[str] = set()
    for alt in alts:
        run = [""]
        for op, av in alt:
            chars = _chars(op, av)
            if chars is None or len(run) * len(chars) > _MAX_WORDS:
                break
            run = [r + ch for r in run for ch in chars]
        else:
            out.update(run)
    return frozenset(out) or None


class GateSet:
    """The gates of a family of patterns, all checked in one look at each sentence.

    `allowed(text)` answers with the ids of the patterns that may match in `text` (those
    without a gate included). A gate word made of letters and digits only can occur only
    inside one run of letters and digits of the text, so the words of each such run (token)
    are found once per token and kept, like the OCR repairs of a word; the few gate words
    with other characters ("l/s", "joint line") are looked for in the text itself. The answer
    is kept for the sentence object last asked about, so the helpers that each look at the
    same sentence share it. Callers test `id(rx) in allowed`: ids, because hashing a compiled
    pattern hashes its whole program on every look-up. The answer also holds `-id(rx)` when
    one of the pattern's `sure_words` is in the text: then it matches, without running it.
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self._patterns = list(patterns)  # kept alive, so that their ids stay theirs
        by_word: dict[str, set[int]] = {}
        always = set()
        for rx in self._patterns:
            words = words_of(rx)
            if words is None:
                always.add(id(rx))
            for w in words or ():
                by_word.setdefault(w, set()).add(id(rx))
            for w in sure_words(rx) or ():
                by_word.setdefault(w, set()).add(-id(rx))
        self._always = frozenset(always)
        vocab = sorted((w, frozenset(ids)) for w, ids in by_word.items())
        self._simple = tuple(x for x in vocab if _TOKEN.fullmatch(x[0]))
        self._other = tuple(x for x in vocab if not _TOKEN.fullmatch(x[0]))
        self._last: tuple[str | None, frozenset[int]] = (None, self._always)
        self.token_ids = lru_cache(maxsize=100_000)(self._token_ids)

    def _token_ids(self, token: str) -> frozenset[int]:
        """Ids of the patterns gated by a letters-and-digits word inside `token`."""
        return frozenset().union(*[ids for w, ids in self._simple if w in token])

    def allowed(self, text: str) -> frozenset[int]:
        """Ids of the family's patterns that may match somewhere in `text`."""
        last = self._last
        if last[0] is not text:  # one entry, by identity: the same sentence object
            token_ids = self.token_ids
            ok = self._always.union(
                *[token_ids(t) for t in set(_TOKEN.findall(text))],
                *[ids for w, ids in self._other if w in text],
            )
            last = self._last = (text, ok)
        return last[1]

    def finditer(self, rx: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
        """`rx.finditer(text)`, or nothing when `rx` cannot match in `text`."""
        return rx.finditer(text) if id(rx) in self.allowed(text) else ()

    def search(self, rx: re.Pattern[str], text: str) -> re.Match[str] | None:
        """`rx.search(text)`, or None when `rx` cannot match in `text`."""
        return rx.search(text) if id(rx) in self.allowed(text) else None

    def holds(self, rx: re.Pattern[str], text: str) -> bool:
        """`bool(rx.search(text))`, settled by the gate words where they can settle it."""
        ok = self.allowed(text)
        return -id(rx) in ok or id(rx) in ok and rx.search(text) is not None
