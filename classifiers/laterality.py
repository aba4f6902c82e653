"""Which side a finding is on: from its own sentence, else from the section it sits in.

Each side word in a sentence is given to the nearest thing it can modify (a concept head, the
knee/spine word bound to one, or another body part such as "hip", which swallows it). That is
what keeps "left knee OA and a right meniscal tear" two different sides, and "left hip pain"
from lending its side to a knee.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from classifiers.lexicon import BACK_ANAT, KNEE_ANAT, SIDE, SIDE_STRICT, side_of

_MAX_DIST = 80
_PAIR = re.compile(r"\b(?:left|right|lt|rt)\s*(?:and|&|/|or|,)\s*(?:left|right|lt|rt)\b")


def combine(sides: set[str]) -> str | None:
    """Merge side votes; two different sides make bilateral."""
    if not sides:
        return None
    if "bilateral" in sides or len(sides) > 1:
        return "bilateral"
    return next(iter(sides))


def assign_sides(
    sentence: str,
    heads: list[tuple[int, int]],
    anatomy: list[tuple[int, int, int]],
    blockers: list[tuple[int, int]],
) -> list[str | None]:
    """Side for each head. `anatomy` holds (start, end, head index) words bound to a head."""
    votes: list[set[str]] = [set() for _ in heads]
    for pm in _PAIR.finditer(sentence):
        # "left and right lower extremities": one bilateral vote for the nearest head.
        idx = _nearest(sentence, pm.start(), pm.end(), heads, anatomy, blockers)
        if idx is not None:
            votes[idx].add("bilateral")
    for m in SIDE.finditer(sentence):
        s, e = m.start(), m.end()
        if any(p.start() <= s < p.end() for p in _PAIR.finditer(sentence)):
            continue
        side = side_of(m.group())
        inside = [i for i, (hs, he) in enumerate(heads) if hs <= s and e <= he]
        if inside:
            for i in inside:
                votes[i].add(side)
            continue
        idx = _nearest(sentence, s, e, heads, anatomy, blockers)
        if idx is not None:
            votes[idx].add(side)
    return [combine(v) for v in votes]


def _clause(sentence: str, pos: int) -> int:
    return sentence.count(";", 0, pos)


def _nearest(
    sentence: str,
    s: int,
    e: int,
    heads: list[tuple[int, int]],
    anatomy: list[tuple[int, int, int]],
    blockers: list[tuple[int, int]],
) -> int | None:
    best: tuple[float, int] | None = None
    clause = _clause(sentence, s)
    targets = [(hs, he, i) for i, (hs, he) in enumerate(heads)] + list(anatomy)
    targets += [(bs, be, -1) for bs, be in blockers]
    for ts, te, idx in targets:
        if _clause(sentence, ts) != clause:
            continue  # a side word does not reach across ";"
        if ts >= e:
            dist = float(ts - e)
        elif te <= s:
            dist = (s - te) * 1.5 + 3
        else:
            dist = 0.0
        if dist <= _MAX_DIST and (best is None or dist < best[0]):
            best = (dist, idx)
    if best is None or best[1] < 0:
        return None
    return best[1]


# ---- section headers --------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Header:
    """A header-like line: where it starts, the side and body part it names."""

    start: int
    side: str | None
    anatomy: str | None
    history: bool
    family: bool = False


_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z0-9 /&()#,'-]{0,40}):")
_TITLE_LINE = re.compile(
    r"questionnaire|\bdbq\b|^\s*(?:exam|examination|procedure|study|title|local title"
    r"|standard title|subject|re|reason for (?:exam|study)|type of exam)\s*:"
    # an imaging title: "XR RIGHT KNEE, 3 VIEWS (standing AP, lateral)", "MRI LEFT KNEE:"
    r"|^\s*(?:xr|x-?rays?|mri|ct|radiographs?)\s+(?:of\s+)?(?:the\s+)?(?:(?:left|right|bilateral"
    r"|lt|rt|b/l)\s+)?knees?\b",
    re.IGNORECASE,
)
_HIST_HEADER = re.compile(r"past\s+(?:medical\s+|surgical\s+)?history|\bpmh", re.IGNORECASE)
_FAMILY_HEADER = re.compile(r"^\W*(?:family\s+(?:medical\s+)?history|fam\s+hx|fhx|fh)\W*$", re.I)
_LINE = re.compile(r"[^\n]+")


def _caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 2 and len(line) <= 60 and all(c.isupper() for c in letters)


def page_headers(text: str) -> list[Header]:
    """Header-like lines of a page, in order."""
    out: list[Header] = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        scope = None
        if _TITLE_LINE.search(line):
            scope = line
        elif (len(stripped) <= 60 and stripped.endswith(":")) or _caps(stripped):
            scope = stripped
        else:
            lab = _LABEL.match(line)
            if lab:
                scope = lab.group(1)
        if scope is None:
            continue
        low = scope.lower()
        sides = {side_of(s.group()) for s in SIDE_STRICT.finditer(low)}
        anat = "knee" if KNEE_ANAT.search(low) else ("back" if BACK_ANAT.search(low) else None)
        out.append(
            Header(
                m.start(),
                combine(sides),
                anat,
                bool(_HIST_HEADER.search(scope)),
                bool(_FAMILY_HEADER.match(scope.rstrip(":").strip() + ":")),
            )
        )
    return out


class Sections:
    """Nearest-preceding-header look-ups for one page."""

    def __init__(self, text: str) -> None:
        self.headers = page_headers(text)
        self._starts = [h.start for h in self.headers]
        low = text.lower()
        knees = len(KNEE_ANAT.findall(low))
        backs = len(re.findall(r"\b(?:lumbar|lumbosacral|thoracolumbar|spine|back)\b", low))
        self.page_anatomy = None
        if knees and knees >= 2 * backs:
            self.page_anatomy = "knee"
        elif backs and backs >= 2 * knees:
            self.page_anatomy = "back"

    def _before(self, pos: int) -> list[Header]:
        i = bisect_right(self._starts, pos)
        return self.headers[:i]

    def side(self, pos: int) -> str | None:
        """Side named by one of the last few headers before `pos`."""
        header = self.side_header(pos)
        return header.side if header else None

    def side_header(self, pos: int) -> Header | None:
        """The header that gives the side at `pos`, if any."""
        for h in reversed(self._before(pos)[-4:]):
            if h.side:
                return h
        return None

    def anatomy(self, pos: int) -> str | None:
        """Body part of the nearest preceding header that names one, else the page's."""
        for h in reversed(self._before(pos)):
            if h.anatomy:
                return h.anatomy
        return self.page_anatomy

    def history(self, pos: int) -> bool:
        """Inside a past-history section."""
        before = self._before(pos)
        return bool(before) and before[-1].history

    def family(self, pos: int) -> bool:
        """Inside a family-history section: what it lists is about relatives."""
        before = self._before(pos)
        return bool(before) and before[-1].family
