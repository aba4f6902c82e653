r"""Cheap pre-checks for the concept regexes: literal words that every match must contain.

Python's `re` tries a pattern such as r"\b(?:lachman|drawer|...)\s*..." at every position of a
sentence, and most sentences hold none of its words; `word in text` rules that out far
faster. The words are read from the compiled pattern itself (its parse tree), so a gate can
only skip text the regex could not match; where no such words exist the regex always runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache, reduce
from operator import or_
from re import _constants as _c  # re's own parser (Python 3.11+): the gates read the patterns
from re import _parser as _p

Words = frozenset[str]
_MIN_LEN = 2
_RARE = frozenset("jqxz()/")  # single characters few sentences hold, fine as gate words
_MAX_WORDS = 16  # a gate of more words than this, built from classes, is not worth it
_TOKEN = re.compile(r"[a-z0-9]+")
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


def _weight(word: str) -> int:
    """How selective a gate word is: its length (a rare character counts as two)."""
    return _MIN_LEN if word in _RARE else len(word)


def _better(a: Words | None, b: Words | None) -> Words | None:
    """The more selective of two sufficient word sets: weightiest lightest word, then fewest."""
    if a is None or b is None:
        return a if b is None else b
    return max(a, b, key=lambda s: (min(map(_weight, s)), -len(s)))


def _chars(op: object, av: object) -> list[str] | None:
    """The characters one position of the pattern may hold, when few and plain: "l" or
    [1-5]; None for anything else (a category, a negated or large class, ...)."""
    if op is _c.LITERAL:
        return [chr(av)]  # type: ignore[arg-type]
    if op is not _c.IN:
        return None
    out = _class_chars(av, _MAX_WORDS)
    return out if out is not None and len(out) <= _MAX_WORDS else None


def _class_chars(av: object, max_range: int) -> list[str] | None:
    """The characters of a class ("[1-5]", "[lr]"), or None for a category, a negation or a
    range wider than `max_range`."""
    out: list[str] = []
    for kind, val in av:  # type: ignore[attr-defined]
        if kind is _c.LITERAL:
            out.append(chr(val))
        elif kind is _c.RANGE and val[1] - val[0] < max_range:
            out.extend(map(chr, range(val[0], val[1] + 1)))
        else:
            return None
    return out


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


def _all_required(seq: _p.SubPattern | list) -> list[Words]:
    """Every word set of the sequence `seq` (not only the best, as `_required` gives): each
    match of `seq` contains a word of each set."""
    sets: list[Words] = []
    run: list[str] = []
    for op, av in [*seq, (None, None)]:  # (the same reading as _required's)
        chars = _chars(op, av)
        if chars is not None and len(run or [""]) * len(chars) <= _MAX_WORDS:
            run = [r + ch for r in run or [""] for ch in chars]
            continue
        if run:
            sets.append(frozenset(run))
        run = chars or []
        inner: Words | None = None
        if op is _c.SUBPATTERN:
            if not (av[1] | av[2]) & re.IGNORECASE:
                inner = _required(av[3])
        elif op is _c.BRANCH:
            alts = [_required(b) for b in av[1]]
            if all(alts):
                inner = frozenset().union(*alts)  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            inner = _required(av[2])
        if inner:
            sets.append(inner)
    return [w for w in sets if min(map(_weight, w)) >= _MIN_LEN]


_MAX_ALTS = 32


def alternatives_of(rx: re.Pattern[str]) -> list[list[Words]] | None:
    """For each top-level alternative of `rx` ("\\b(?:a b|c d|...)"), the word sets each of
    whose matches holds a word of: `rx` can match only where, for some alternative, every
    set has a word in the text. None where that says no more than `words_of` (one
    alternative of one set) or where some alternative has no such words."""
    if rx.flags & re.IGNORECASE:
        return None
    try:
        seq = list(_p.parse(rx.pattern, rx.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern just gets none
        return None
    while True:
        body = [(op, av) for op, av in seq if op is not _c.AT]  # anchors take no character
        if len(body) == 1 and body[0][0] is _c.SUBPATTERN and not body[0][1][1] & re.IGNORECASE:
            seq = list(body[0][1][3])  # "(?:...)": look inside
            continue
        break
    alts = [list(b) for b in body[0][1][1]] if len(body) == 1 and body[0][0] is _c.BRANCH else [seq]
    out = [_all_required(a) for a in alts]
    if len(out) > _MAX_ALTS or not all(out) or len(out) == 1 and len(out[0]) == 1:
        return None
    return out


def words_of(rx: re.Pattern[str]) -> Words | None:
    """The gate of `rx`: words one of which any match contains, or None (always run it)."""
    if rx.flags & re.IGNORECASE:
        return None
    try:
        words = _required(_p.parse(rx.pattern, rx.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern just gets no gate
        return None
    if not words or min(map(_weight, words)) < _MIN_LEN:
        return None  # a gate that holds for most sentences costs more than it saves
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


_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}  # anchors and look-arounds take no character
_MAX_FIRST = 64  # a range of more characters than this is not spelled out


def _firsts(seq: _p.SubPattern | list) -> set[str] | None:
    """The characters every match of the sequence `seq` can start with; None when not known
    (a category, a negated class, ...) or when the sequence may match the empty string."""
    out: set[str] = set()
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            return out | {chr(av)}  # type: ignore[arg-type]
        if op is _c.IN:
            chars = _class_chars(av, _MAX_FIRST)
            return None if chars is None else out | set(chars)
        if op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:  # type: ignore[index]
                return None
            inner = _firsts(av[3])  # type: ignore[index]
            return None if inner is None else out | inner
        if op is _c.BRANCH:
            for alt in av[1]:  # type: ignore[index]
                inner = _firsts(alt)
                if inner is None:
                    return None
                out |= inner
            return out
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            inner = _firsts(av[2])  # type: ignore[index]
            if inner is None:
                return None
            out |= inner
            if av[0] >= 1:  # type: ignore[index]
                return out
            continue  # may be skipped: what follows can start the match too
        return None
    return None  # the whole sequence may be skipped: an empty match


def quick(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` behind a look-ahead for the characters its matches can start with: the same
    matches (spans, groups), but re, which tries a pattern opening with "\\b" or a
    look-behind at every position, then passes most positions after one class test. About
    a quarter faster on the lexicon patterns. `rx` itself where the characters are not known.
    """
    if rx.flags & re.IGNORECASE:
        return rx
    try:
        chars = _firsts(_p.parse(rx.pattern, rx.flags))
        if not chars:
            return rx
        ahead = "".join(map(re.escape, sorted(chars)))
        return re.compile(f"(?=[{ahead}])(?:{rx.pattern})", rx.flags)
    except Exception:  # noqa: BLE001 - e.g. inline global flags, which must stay first
        return rx


class Gated:
    """A pattern behind its gate: `search`, `match` and `finditer` as the pattern's own, but
    settled at once, by one scan for the gate words, where the text holds none of them."""

    __slots__ = ("rx", "_gate", "_quick")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        words = words_of(rx)
        self._gate = re.compile("|".join(map(re.escape, sorted(words)))) if words else None
        self._quick = quick(rx)

    def _open(self, text: str) -> bool:
        return self._gate is None or self._gate.search(text) is not None

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self._quick.search(text, *span) if self._open(text) else None

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.rx.match(text, *span) if self._open(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return self._quick.finditer(text, *span) if self._open(text) else iter(())


Fine = tuple[int, tuple[int, ...]]
"""A pattern's alternatives as bits: (any one of these bits, or all the bits of one mask)."""


def fits(ok: int, fine: Fine | None) -> bool:
    """Whether some alternative of a pattern has the words it needs, by `allowed`'s bits."""
    if fine is None or ok & fine[0]:
        return True
    for mask in fine[1]:  # noqa: SIM110 - a plain loop: any() over a generator costs more
        if ok & mask == mask:
            return True
    return False


class GateSet:
    """The gates of a family of patterns, all checked in one look at each sentence.

    Each pattern has a bit; `allowed(text)` answers with the bits of the patterns that may
    match in `text` (those without a gate always set). A gate word made of letters and digits
    only can occur only inside one run of letters and digits of the text, so the words of
    each such run (token) are found once per token and kept, like the OCR repairs of a word;
    the few gate words with other characters ("l/s", "joint line") are looked for in the text
    itself. The answer is kept for the sentence object last asked about, so the helpers that
    each look at the same sentence share it. Callers test `allowed & bits[id(rx)]` (ids:
    hashing a compiled pattern hashes its whole program). A second bit per pattern, in
    `sure_bits`, is set when one of its `sure_words` is in the text: then it matches.
    """

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self._patterns = list(patterns)  # kept alive, so that their ids stay theirs
        n = len(self._patterns)
        self.bits = {id(rx): 1 << k for k, rx in enumerate(self._patterns)}
        self.quick = {id(rx): quick(rx) for rx in self._patterns}  # what actually runs
        self.sure_bits = {id(rx): 1 << (n + k) for k, rx in enumerate(self._patterns)}
        by_word: dict[str, int] = {}
        self._always = 0
        for rx in self._patterns:
            words = words_of(rx)
            if words is None:
                self._always |= self.bits[id(rx)]
            for w in words or ():
                by_word[w] = by_word.get(w, 0) | self.bits[id(rx)]
            for w in sure_words(rx) or ():
                by_word[w] = by_word.get(w, 0) | self.sure_bits[id(rx)]
        # A finer look for patterns made of alternatives ("knee pain|pain in the knee|..."),
        # whose gate word alone lets them run on most sentences that hold, say, "knee": each
        # word set of an alternative gets a bit, set like the others where one of its words
        # is in the text, and `fine[id(rx)]` says which bits each alternative needs (see
        # `fits`). Checked only for a pattern about to run: checking every pattern in
        # `allowed` cost more than the runs it saved.
        self.fine: dict[int, Fine] = {}
        set_bits: dict[Words, int] = {}
        next_bit = 2 * n
        for rx in self._patterns:
            alts = alternatives_of(rx) if words_of(rx) is not None else None
            if alts is None:
                continue
            for alt in alts:
                for words in alt:
                    if words not in set_bits:
                        set_bits[words] = 1 << next_bit
                        next_bit += 1
                        for w in words:
                            by_word[w] = by_word.get(w, 0) | set_bits[words]
            masks = {reduce(or_, [set_bits[w] for w in alt], 0) for alt in alts}
            # an alternative that needs all another needs and more adds nothing
            kept = [m for m in masks if not any(o != m and o & m == o for o in masks)]
            # alternatives of one set are settled together: one bit of theirs is enough
            ones = reduce(or_, [m for m in kept if m & (m - 1) == 0], 0)
            self.fine[id(rx)] = (ones, tuple(sorted(m for m in kept if m & (m - 1))))
        self.set_bits = reduce(or_, set_bits.values(), 0)  # all the word-set bits
        # Words with other characters ("joint line") are looked for in the text only when
        # their longest letters-and-digits part is in a token (a "look" bit), or, when that
        # part is short ("l/s", "0-"), when their first other character is in the text.
        self._keyed: list[tuple[str, int, int]] = []
        grouped: dict[str, list[tuple[str, int]]] = {}
        for w, b in sorted(by_word.items()):
            if _TOKEN.fullmatch(w):
                continue
            key = max(_TOKEN.findall(w), key=len, default="")
            if len(key) >= 3:
                look = 1 << (next_bit + len(self._keyed))
                by_word[key] = by_word.get(key, 0) | look
                self._keyed.append((w, b, look))
            else:
                ch = next(c for c in w if not _TOKEN.fullmatch(c))
                grouped.setdefault(ch, []).append((w, b))
        self._looks = reduce(or_, [look for _, _, look in self._keyed], 0)
        self._grouped = tuple((ch, tuple(ws)) for ch, ws in sorted(grouped.items()))
        self._simple = tuple(x for x in sorted(by_word.items()) if _TOKEN.fullmatch(x[0]))
        self._last: tuple[str | None, int] = (None, self._always)
        # per pattern id, in one look-up: its bit, its finer gate, the form that runs
        self._gate_of = {
            id(rx): (self.bits[id(rx)], self.fine.get(id(rx)), self.quick[id(rx)])
            for rx in self._patterns
        }
        self.token_bits = lru_cache(maxsize=100_000)(self._token_bits)

    def _token_bits(self, token: str) -> int:
        """Bits of the patterns gated by a letters-and-digits word inside `token`."""
        return reduce(or_, [b for w, b in self._simple if w in token], 0)

    def allowed(self, text: str) -> int:
        """Bits of the family's patterns that may match somewhere in `text`."""
        last = self._last
        if last[0] is not text:  # one entry, by identity: the same sentence object
            ok = reduce(or_, map(self.token_bits, set(_TOKEN.findall(text))), self._always)
            if ok & self._looks:
                for w, b, look in self._keyed:
                    if ok & look and w in text:
                        ok |= b
            for ch, words in self._grouped:
                if ch in text:
                    ok = reduce(or_, [b for w, b in words if w in text], ok)
            last = self._last = (text, ok)
        return last[1]

    def _runs(self, rx: re.Pattern[str], text: str) -> re.Pattern[str] | None:
        """The form of `rx` to run on `text` (see `quick`), or None when it cannot match."""
        last = self._last  # (the memo read here too: this is called very often)
        ok = last[1] if last[0] is text else self.allowed(text)
        bit, fine, fast = self._gate_of[id(rx)]
        if ok & bit and (fine is None or fits(ok, fine)):
            return fast
        return None

    def finditer(self, rx: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
        """`rx.finditer(text)`, or nothing when `rx` cannot match in `text`."""
        last = self._last  # (`_runs` written out: this is called most often)
        ok = last[1] if last[0] is text else self.allowed(text)
        bit, fine, fast = self._gate_of[id(rx)]
        if ok & bit and (fine is None or fits(ok, fine)):
            return fast.finditer(text)
        return ()

    def search(self, rx: re.Pattern[str], text: str) -> re.Match[str] | None:
        """`rx.search(text)`, or None when `rx` cannot match in `text`."""
        fast = self._runs(rx, text)
        return None if fast is None else fast.search(text)

    def holds(self, rx: re.Pattern[str], text: str) -> bool:
        """`bool(rx.search(text))`, settled by the gate words where they can settle it."""
        if self.allowed(text) & self.sure_bits[id(rx)]:
            return True
        fast = self._runs(rx, text)
        return fast is not None and fast.search(text) is not None
