"""Which side a finding is on: from its own sentence, else from the section it sits in.

Each side word in a sentence is given to the nearest thing it can modify (a concept head, the
knee/spine word bound to one, or another body part such as "hip", which swallows it). That is
what keeps "left knee OA and a right meniscal tear" two different sides, and "left hip pain"
from lending its side to a knee.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from classifiers.gates import quick, words_of
from classifiers.lexicon import BACK_ANAT, KNEE_ANAT, SIDE_STRICT, side_of
from classifiers.lexicon import side_words as find_sides
from classifiers.ocr_normalize import normalize

_MAX_DIST = 80
# (gates.quick: behind a look-ahead for its first characters, the same matches sooner)
_PAIR = quick(re.compile(r"\b(?:left|right|lt|rt)\s*(?:and|&|/|or|,)\s*(?:left|right|lt|rt)\b"))


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
    side_words: Sequence[re.Match[str]] | None = None,
) -> list[str | None]:
    """Side for each head. `anatomy` holds (start, end, head index) words bound to a head;
    `side_words`, the SIDE matches of the sentence where the caller has them already."""
    votes: list[set[str]] = [set() for _ in heads]
    targets = [(hs, he, i) for i, (hs, he) in enumerate(heads)] + list(anatomy)
    targets += [(bs, be, -1) for bs, be in blockers]
    if ";" in sentence or ")" in sentence and _LIST_ITEM.search(sentence):
        targets_c = [(ts, te, idx, _clause(sentence, ts)) for ts, te, idx in targets]
    else:  # one clause: every target is in reach (the common case, without counting)
        targets_c = [(ts, te, idx, 0) for ts, te, idx in targets]
    pairs = [(p.start(), p.end()) for p in _PAIR.finditer(sentence)]
    for ps, pe in pairs:
        # "left and right lower extremities": one bilateral vote for the nearest head.
        idx = _nearest(sentence, ps, pe, targets_c)
        if idx is not None:
            votes[idx].add("bilateral")
    for m in find_sides(sentence) if side_words is None else side_words:
        s, e = m.start(), m.end()
        if any(ps <= s < pe for ps, pe in pairs):
            continue
        side = side_of(m.group())
        inside = [i for i, (hs, he) in enumerate(heads) if hs <= s and e <= he]
        if inside:
            for i in inside:
                votes[i].add(side)
            continue
        idx = _nearest(sentence, s, e, targets_c)
        if idx is not None:
            votes[idx].add(side)
    return [combine(v) for v in votes]


# "1) LBP w/ radiculopathy RLE 2) DJD rt knee": a numbered item ends the reach of a side word,
# like ";".
_LIST_ITEM = re.compile(r"(?<=\s)\d{1,2}\)\s")


@lru_cache(maxsize=256)
def _breaks(sentence: str) -> tuple[int, ...]:
    """Where the sentence's clauses end (";" and numbered items), in order."""
    out = [i for i, ch in enumerate(sentence) if ch == ";"] if ";" in sentence else []
    if ")" in sentence:
        out = sorted(out + [m.start() for m in _LIST_ITEM.finditer(sentence)])
    return tuple(out)


def _clause(sentence: str, pos: int) -> int:
    return bisect_right(_breaks(sentence), pos - 1) if pos else 0


def _nearest(sentence: str, s: int, e: int, targets: list[tuple[int, int, int, int]]) -> int | None:
    """Head index of the target (start, end, head index or -1, clause) nearest to [s, e) in
    its clause; None if there is none or it is a blocker."""
    best: tuple[float, int] | None = None
    clause = _clause(sentence, s)
    for ts, te, idx, t_clause in targets:
        if t_clause != clause:
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
    title: bool = False  # an exam or imaging title ("MRI LEFT KNEE", "EXAM: MR KNEE LT")
    inline: bool = False  # a knee label inside a line ("O: L knee: ..."): a side, no section


_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z0-9 /&()#,'-]{0,40}):")
# A title line: a form title anywhere in it, or a title label or imaging title at its start
# (two patterns: the anchored one is tried once, not at every position of the line).
_TITLE_ANYWHERE = re.compile(r"questionnaire|\bdbq\b", re.IGNORECASE)
_TITLE_START = re.compile(
    r"\s*(?:exam|examination|procedure|study|title|local title"
    r"|standard title|subject|re|reason for (?:exam|study)|type of exam)\s*:"
    # an imaging title: "XR RIGHT KNEE, 3 VIEWS (standing AP, lateral)", "MRI LEFT KNEE:"
    r"|\s*(?:xr|x-?rays?|mri|mr|ct|radiographs?|magnetic\s+resonance(?:\s+imaging)?,?)\s+(?:of\s+)?(?:the\s+)?(?:(?:left|right|bilateral"
    r"|lt|rt|b/l|l|r)\s+)?knees?\b"
    # a film's title by its views: "LEFT KNEE, 3 VIEWS.", "Bilateral knees, standing AP"
    r"|\s*(?:left|right|bilateral|both)\s+knees?\s*[,:-]?\s*(?:\d+\s+views?|standing|weight[\s-]?bearing"
    r"|ap\b|pa\b)",
    re.IGNORECASE,
)
# an imaging title with the side after the knee, at the line's start or after a label or a
# pipe: "Result: MRI KNEE LEFT WO CONTRAST", "JLV Radiology widget | XR KNEE 2 VW LT"
_TITLE_SIDE_AFTER = re.compile(
    r"(?:^|(?:exam|study|procedure|result|title|report)\s*:|\|) *+(?:xr|x-?rays?|mri|mr|ct"
    r"|radiographs?)\s++(?:of\s+)?(?:the\s+)?knees?"
    r"\s*+[(,-]?\s*+(?:\d\s*+(?:vw|views?|v)\s++)?(?:left|right|bilateral|lt|rt|b/l|bilat)\b",
    re.IGNORECASE,
)
_PAGE_BACK = re.compile(r"\b(?:lumbar|lumbosacral|thoracolumbar|(?<!tibia[l1]\s)spine|back)\b")
_OCR_TITLE = re.compile(r"\s*(?:mr[il1|]|x[rk]|x-?ray|ct|radiograph|magnet)", re.IGNORECASE)
# Words any match of the page counts holds (gates.py): most pages lack one or the other.
_KNEE_WORDS, _BACK_WORDS = (
    re.compile("|".join(map(re.escape, sorted(words_of(rx) or ()))))
    for rx in (KNEE_ANAT, _PAGE_BACK)
)
# The page-wide counts and header words behind a look-ahead for their first characters
# (gates.quick): the same matches, found sooner.
_KNEE_ANAT, _BACK_ANAT, _PAGE_BACK = map(quick, (KNEE_ANAT, BACK_ANAT, _PAGE_BACK))
_HIST_HEADER = re.compile(r"past\s+(?:medical\s+|surgical\s+)?history|\bpmh", re.IGNORECASE)
_FAMILY_HEADER = re.compile(r"^\W*(?:family\s+(?:medical\s+)?history|fam\s+hx|fhx|fh)\W*$", re.I)
_LINE = re.compile(r"[^\n]+")
# An exam section's title in a template: "Right Knee Exam", "Left knee examination"
_SIDED_KNEE_TITLE = re.compile(
    r"(?:right|left|bilateral|rt|lt)\s+knees?(?:\s+(?:exam|examination|evaluation|findings))?$",
    re.IGNORECASE,
)
_INLINE_KNEE = re.compile(
    r"(?:[:.]\s+|\s-\s+)((?:left|right|lt|rt|l|r|bilateral|b/l|r[il1|!]ght|[l1|]eft)\s+knees?)\s*:",
    re.IGNORECASE,
)
# A note's own sections end a knee header's reach ("RIGHT KNEE: ..." then "MEDICATIONS: ...");
# an imaging title's side still reaches its FINDINGS and IMPRESSION.
_MAJOR_SECTION = re.compile(
    r"\s*(?:history|hpi|past|medications?|allerg\w*|review\s+of|ros\b|social|family|gait"
    r"|neuro\w*|lumbar|back|spine|subjective|chief\s+complaint|cc\b)",
    re.IGNORECASE,
)


def _is_title(line: str) -> bool:
    if _TITLE_START.match(line):
        return True
    if _OCR_TITLE.match(line) and _TITLE_START.match(normalize(line[:60]).text):
        return True  # "MRl 0F THE LEFT KNEE", "MRI RlGHT KNEE": an imaging title as OCR read it
    head = line[:100]
    if ("nee" in head or "NEE" in head) and _TITLE_SIDE_AFTER.search(head):
        return True
    if line.isascii():  # case-blind words in ASCII text: a look-up in the lower-cased line
        low = line.lower()
        if "questionnaire" in low:
            return True
        if "dbq" not in low:
            return False
    return _TITLE_ANYWHERE.search(line) is not None


_DROP_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")
_DROP_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _caps(line: str) -> bool:
    if len(line) > 60:
        return False  # settled before listing the letters of a long line
    if line.isascii():  # the letters are a-z and A-Z: count what str.translate removes
        if len(line.translate(_DROP_LOWER)) < len(line):
            return False
        return len(line) - len(line.translate(_DROP_UPPER)) > 2
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 2 and all(c.isupper() for c in letters)


def page_headers(text: str) -> list[Header]:
    """Header-like lines of a page, in order."""
    out: list[Header] = []
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        scope = None
        if _is_title(line):
            scope = line
        elif (
            (len(stripped) <= 60 and stripped.endswith(":"))
            or _caps(stripped)
            and not stripped.startswith(("- ", "• ", "* "))  # (a list's item: "- L TKA 2017")
            or _SIDED_KNEE_TITLE.match(stripped)
            or len(stripped) < 40
            and _OCR_SIDE.search(stripped)
            and _SIDED_KNEE_TITLE.match(normalize(stripped).text)  # ("Right Knee Exarn")
        ):
            scope = stripped
        else:
            lab = _LABEL.match(line)
            if lab:
                scope = lab.group(1)
        if scope is not None:
            out.append(_header(m.start(), scope, title=scope == line))  # (unindented: a title)
        if ":" in line and _INLINE_KNEE.search(line):
            # "O: L knee: no effusion. TTP medial facet. Lachman neg.": a knee label inside
            # a line gives its side to the sentences after it
            out.extend(
                _header(m.start() + k.start(1), k.group(1), inline=True)
                for k in _INLINE_KNEE.finditer(line)
            )
    return out


# a side word as OCR may read it in a title ("MRl RlGHT KNEE", "1EFT KNEE")
_OCR_SIDE = re.compile(r"[a-z0-9|!]ght|[l1|i]eft|[a-z0-9|!]ateral", re.IGNORECASE)


def _header(start: int, scope: str, title: bool = False, inline: bool = False) -> Header:
    low = scope.lower()
    sides = {side_of(s.group()) for s in find_sides(low, SIDE_STRICT)}
    if not sides and _OCR_SIDE.search(scope, 0, 80):
        # (a long title's first words: "MRl RlGHT KNEE:  The ACL is attenuated ...")
        head = normalize(scope[:80]).text
        sides = {side_of(s.group()) for s in find_sides(head, SIDE_STRICT)}
        low = head if len(scope) <= 80 else low
    anat = "knee" if _KNEE_ANAT.search(low) else ("back" if _BACK_ANAT.search(low) else None)
    return Header(
        start,
        combine(sides),
        anat,
        bool(_HIST_HEADER.search(scope)),
        bool(_FAMILY_HEADER.match(scope.rstrip(":").strip() + ":")),
        title and bool(sides),
        inline,
    )


def _count(rx: re.Pattern[str], text: str, count: bool) -> int:
    """Matches of `rx` in `text`, or (count=False) 1 when there is any, else 0."""
    return len(rx.findall(text)) if count else int(rx.search(text) is not None)


class Sections:
    """Nearest-preceding-header look-ups for one page."""

    def __init__(self, text: str) -> None:
        self.headers = page_headers(text)
        self._starts = [h.start for h in self.headers]
        self._text = text
        self._page_anatomy: tuple[str | None] | None = None  # counted on first use

    @property
    def page_anatomy(self) -> str | None:
        """The body part the page names at least twice as often as the other."""
        if self._page_anatomy is None:
            low = self._text.lower()
            knee_may, back_may = _KNEE_WORDS.search(low), _BACK_WORDS.search(low)
            # Counted only where both may occur; else whether the one occurs at all decides.
            count = knee_may and back_may
            knees = _count(_KNEE_ANAT, low, count) if knee_may else 0
            backs = _count(_PAGE_BACK, low, count) if back_may else 0
            anatomy = None
            if knees and knees >= 2 * backs:
                anatomy = "knee"
            elif backs and backs >= 2 * knees:
                anatomy = "back"
            self._page_anatomy = (anatomy,)
        return self._page_anatomy[0]

    def _before(self, pos: int) -> list[Header]:
        i = bisect_right(self._starts, pos)
        return self.headers[:i]

    def side(self, pos: int, knee: bool = True) -> str | None:
        """Side named by one of the last few headers before `pos` (`knee=False`: not a knee
        label's inside a line, which names the knee's side only)."""
        header = self.side_header(pos, knee)
        return header.side if header else None

    def side_header(self, pos: int, knee: bool = True) -> Header | None:
        """The header that gives the side at `pos`, if any: the nearest one naming a side,
        looking back past label lines ("Meniscal signs: ...", "Tenderness: none") but not past
        a header that opens another body part without a side ("Lumbar back:")."""
        blocked = False
        for k, h in enumerate(reversed(self._before(pos))):
            if h.inline and not knee:
                continue
            if h.side and (h.title or not blocked and k < 8):
                return h
            if blocked and k >= 40:
                return None
            if h.anatomy not in (None, "knee") and not h.side:
                return None  # another body part's section ("Lumbar spine:") ends even a title's
            if _MAJOR_SECTION.match(self._text, h.start):
                # a note's own sections end a header's reach; an imaging or exam title's side
                # still reaches its HISTORY, FINDINGS and IMPRESSION
                blocked = True
        return None

    def anatomy(self, pos: int) -> str | None:
        """Body part of the nearest preceding header that names one, else the page's."""
        for h in reversed(self._before(pos)):
            if h.anatomy:
                return h.anatomy
        return self.page_anatomy

    def _section(self, pos: int) -> Header | None:
        """The last header before `pos` that opens a section (a knee label inside a line
        does not: "FAMILY HISTORY: ... R knee: OA in father" stays the family's)."""
        return next((h for h in reversed(self._before(pos)) if not h.inline), None)

    def history(self, pos: int) -> bool:
        """Inside a past-history section."""
        h = self._section(pos)
        return h is not None and h.history

    def family(self, pos: int) -> bool:
        """Inside a family-history section: what it lists is about relatives."""
        h = self._section(pos)
        return h is not None and h.family
