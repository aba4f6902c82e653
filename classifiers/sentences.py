"""Sentence and form-line splitting for OCR'd clinical pages.

OCR keeps the page's line breaks, so a line break is usually *not* a sentence end. We join
lines into blocks unless the layout says otherwise (blank line, header, bullet, checkbox line,
short line followed by a capital), then split blocks at sentence punctuation that is not an
abbreviation.

A line that plainly continues the one before it is joined even across a checkbox line or a
single blank line (Tesseract inserts those between wrapped lines): one that starts in lower
case after an unfinished line, one that follows a line ending in "the", "of", "with" ..., and
on forms the options of a question that wrapped ("... Side: [ ]" then "Right [X] Left", or
"... [X] Moderately" then "severe [ ] Severe", or "Side: [X] Right" under its Yes/No line).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from classifiers.forms import Item, has_checkbox, parse_line

_LINE = re.compile(r"[^\n]*(?:\n|$)")
# a row of a table laid out in columns ("SLR        neg      pos"): a line of its own
_TABLE_GAP = re.compile(r"\S {3,}(?=\S)")
_HEADER_START = re.compile(
    r"^\s*(?:[A-Z](?:[A-Za-z0-9/&(),'#-]|\.(?! )| (?!\s)){0,40}:|[A-Z][A-Z0-9 /&()#.-]{2,60}$)"
)
_BULLET = re.compile(
    r"^\s*(?:[-*•·>]|[l|]?\d{1,2}[.)]|[a-zA-Z][.)]|\(\d{1,2}\)|#\d+|\(\s?[+-]\s?\))\s"
)
_DATE_START = re.compile(r"^\s*\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b")
_END_PUNCT = re.compile(r"[.!?:]\s*$")
# A "?" standing alone before a word hedges what follows ("... guarding. ? ACL tear."): it
# opens the next sentence rather than ending this one.
_SPLIT = re.compile(r"(?<!\s)[.!?]+[\"')\]]*(?=\s+(?:\?\s*)?[\"'(\[]?[A-Z0-9])")
_ENUM = re.compile(r"\s*(?:\d{1,3}|[ivxIVX]{1,4})")
# a form's section number before its title: "Section 10. Radiculopathy" (a title of a few words
# to the line's end; not "Section IV. Do you have any condition(s) ...?")
_SECTION_ENUM = re.compile(
    r"\s*(?:section|SECTION|Section|part|PART|Part)\s+(?:\d{1,3}|[ivxIVX]{1,4})"
)
_SHORT_TITLE = re.compile(r"[ \t]*+[A-Za-z][\w()/&-]*+(?:[ \t]++[\w()/&-]++){0,5}[ \t]*+(?:\n|$)")
_ABBREV = re.compile(
    # "favoring the. LLE": an OCR speck after a word that never ends a sentence
    r"(?:\b(?:dr|mr|mrs|ms|vs|etc|pt|hx|no|approx|st|jr|sr|fig|dept|inc|min|max|ca|cf|al|ie|eg"
    r"|the|of|to|with|an|and|or"
    r"|[A-Za-z])|\b(?:e\.g|i\.e|a\.m|p\.m|u\.s|b\.i\.d|t\.i\.d|q\.d))$",
    re.IGNORECASE,
)


# Abbreviations that end a sentence all the same: "PT" written in capitals is physical therapy
# ("resolved w/ PT. Currently ..."), not "pt." (patient).
_ENDS_ANYWAY = re.compile(r"(?<![A-Za-z])PT$")
# "pivot shift + on the R. L knee stable": a side letter ending one sentence, the next opening
# with the other side's finding.
_SIDE_LETTER_END = re.compile(r"\b(?:on\s+the|the|on)\s+[RL]$")
# "SLR neg B/L. Gait antalgic", "Slump neg B. Femoral ...", "pain 4/10 R. Gait ...": a side
# letter after a finding, a result or "/" ends its sentence (a name's initial follows a
# capitalised name: "John R. Smith").
_SIDE_LETTER_CUT = re.compile(
    r"(?:/|(?:\b(?:[a-z][a-z0-9]*|[A-Z]{2,}[a-z]?|\d[\w/]*)|[+\-)\]°%,])[ \t]+)[RLB]$"
)
_LIMB_NEXT = re.compile(r"\s+(?:LE|LLE|RLE|leg|knee|lower|side|sided)\b", re.IGNORECASE)
_SIDE_NEXT = re.compile(r"\s+[RL]\s+(?:knee|leg|LE|side)\b")
_SECTION_NEXT = re.compile(r"\s+(?:[SOAP]|A/P|Imp|IMP|Dx|DX|Assessment|ASSESSMENT|Plan|PLAN)\s*:")
# A side word and the limb it names, parted by a speck or an abbreviation's point, not a
# sentence end: a capital side before a capital limb (the OCR'd header "RIGHT. KNEE"), "Rt."/
# "Lt." before a limb, any side before a lower-case limb ("Left. knee"); not "on the right.
# Knee exam ...".
_SIDE_WORD_END = re.compile(
    r"\b(?:(?P<caps>RIGHT|LEFT|BILATERAL)|(?P<abbr>[RL]t)|[Rr]ight|[Ll]eft|[Bb]ilateral)$"
)
_LABEL_SIDE = re.compile(r"(?:^|[:\n-]|\d[.)])\s*(?:left|right)$", re.IGNORECASE)
_LIMB_AFTER_SIDE = re.compile(
    r"\s+(?:(?P<caps>KNEES?|LEGS?|LOWER)|kn\s?ees?|legs?|lower\s+(?:extremit|leg|limb)"
    # a root and its radiculopathy: "Secondary diagnosis: Left. S1 radiculopathy"
    r"|[LS][1-5]\s+(?=radic))\b"
)


_ALNUM = re.compile(r"[A-Za-z0-9]")
# an ICD-10 (or SNOMED) code in brackets, the next item starting with a capital
_CODE_END = re.compile(
    r"\(\s*+(?:(?:ICD-?10(?:-CM)?|SCT|SNOMED(?:\s+CT)?)\s*+:?\s*+)?(?:[A-TV-Z]\d{2}(?:\.[0-9A-Z]{1,4})?"
    r"|\d{6,9})\s*\)(?=[ \t]+[A-Z])"
    # (not the row's own words after its code: "Chronic knee pain (M25.561) Right side", unless
    # a code of their own follows: "... (M54.16) Left sided sciatica (M54.32)")
    r"(?![ \t]+(?:Left|Right|Bilateral|Both|LEFT|RIGHT|BILATERAL|L|R|Lt|Rt|Or|And|With|Without|Nor"
    r"|OR|AND|WITH|WITHOUT)\b(?![^()\n]{0,60}\(\s*(?:ICD\S*\s*:?\s*)?[A-TV-Z]\d{2}))"
)
_QUESTION_END = re.compile(r"\?\W*$")
_LEAD_JUNK = re.compile(r"^[\s'\"`‘’“”~_|.,;:*=>—–-]*")
_TERMINAL = re.compile(r"[.!?:;]\s*$")
# A line ending in one of these words has not finished its clause ("favoring the\nRLE").
_OPEN_WORDS = (
    r"the|a|an|of|to|with|and|or|on|in|at|for|from|by|his|her|their|is|was|are|were"
    r"|be|been|as|than|into|onto|without|including|involving|favoring|favouring|favors"
    r"|favours|protecting|radiating|denies|any"
)
_OPEN_END = re.compile(rf"\b(?:{_OPEN_WORDS})\s*$", re.IGNORECASE)
# The same words, or a side, and a stray point: "Left ." + "knee unremarkable" is OCR's speck
# at a line's end, not a sentence end.
# (a side word before the point only with the speck's space: "Left ." + "knee", not "... on the
# right." + "knee exam normal")
_SPECK_END = re.compile(
    rf"\b(?:(?:{_OPEN_WORDS}|lower|bilateral|both)\s*|(?:right|left)\s+)\.$", re.IGNORECASE
)
# The longest _OPEN_END word: on text without trailing space, where a match must end, the
# pattern is looked for only this far from the end (re would try every position).
_OPEN_END_REACH = 12
_QUESTION_START = re.compile(
    r"^\W*(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|should)\b",
    re.IGNORECASE,
)
_OPTION = re.compile(
    r"\s*(?:yes|no|left|right|both|bilateral|mild|moderate|moderately|severe|none|not affected"
    r"|absent|normal|abnormal|positive|negative)\b",
    re.IGNORECASE,
)
_SUB_Q_START = re.compile(
    r"^\W*(?:side|sides|side affected|affected side|laterality)\s*:", re.IGNORECASE
)
_DANGLING_Q = re.compile(
    r"(?:side|sides|side affected|affected side|laterality)\s*:\s*$", re.IGNORECASE
)


def _first_char(line: str) -> str:
    return line[_LEAD_JUNK.match(line).end() :][:1]  # type: ignore[union-attr]


_last_items: tuple[str | None, list[Item]] = (None, [])


def _items(line: str) -> list[Item]:
    """`parse_line(line)`, kept for the line object last asked about: the helpers below
    each look at the same line (`_blocks` hands every one of them the same object)."""
    global _last_items
    last = _last_items
    if last[0] is not line:
        last = _last_items = (line, parse_line(line))
    return last[1]


def _ends_with_empty_box(line: str) -> bool:
    items = _items(line)
    if not items:
        return False
    last = items[-1]
    return not _ALNUM.search(line[last.label_start : last.label_end])


def _table_row(line: str) -> bool:
    """A row of a side-column table: two or more boxes, none labelled ("Moderate  [X]  [ ]")."""
    items = _items(line)
    return len(items) >= 2 and not any(
        _ALNUM.search(line[it.label_start : it.label_end]) for it in items
    )


def _starts_with_option_box(line: str) -> bool:
    """The line opens with a box whose label is an answer option ("[ ] Severe", "[X] Right")."""
    items = _items(line)
    if not items:
        return False
    first = items[0]
    return not _ALNUM.search(line[: first.question_end]) and bool(
        _OPTION.match(line, first.label_start, first.label_end)
    )


def _continues(prev: str, line: str, prev_form: bool, form: bool) -> bool:
    """True when `line` carries on the (non-blank) line before it rather than starting anew."""
    p = prev.rstrip()
    first = _first_char(line)
    if prev_form and form and (_starts_with_option_box(line) or _SUB_Q_START.match(line)):
        return True  # "Severity: [X] Mild [ ] Moderate" + "[ ] Severe"; "Side: [X] Right"
    if (
        prev_form
        and (_ends_with_empty_box(p) and not _table_row(p) or _DANGLING_Q.search(p))
        and (form and (_OPTION.match(line) or _starts_with_option_box(line)))
    ):
        return True  # "... Side: [ ]" + "Right [X] Left [ ] Both"
    if not prev_form and form and p.endswith(":") and _starts_with_option_box(line):
        return True  # "Radiculopathy:" + "[X] Yes [ ] No"
    if _BULLET.match(line) or _DATE_START.match(line):
        return False
    if first.islower() and not _TERMINAL.search(p):
        return True
    if first.islower() and _SPECK_END.search(p, max(0, len(p) - _OPEN_END_REACH - 3)):
        return True  # "Left ." + "knee unremarkable": OCR read a speck at the line's end
    if prev_form or _is_caps_header(p) or not first.isalnum():
        return False
    if form and not _ALNUM.search(line[: _items(line)[0].question_end]):
        return False  # the line opens with its own box: a new item
    if _OPEN_END.search(p, max(0, len(p) - _OPEN_END_REACH)):  # (p has no trailing space)
        return True
    # A DBQ question that wrapped: "Does the Veteran have ... symptoms" + "Due to ...? [X] Yes"
    return (
        form
        and bool(_QUESTION_START.match(p))
        and not _TERMINAL.search(p)
        and bool(_QUESTION_END.search(line[: _items(line)[0].question_end]))
    )


_DROP_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")
_DROP_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _is_caps_header(line: str) -> bool:
    s = line.strip()
    if len(s) > 60:
        return False  # settled before counting letters
    if s.isascii():  # letters are a-z and A-Z: count what str.translate removes
        upper = len(s) - len(s.translate(_DROP_UPPER))
        n = upper + len(s) - len(s.translate(_DROP_LOWER))
    else:
        letters = [c for c in s if c.isalpha()]
        upper, n = sum(c.isupper() for c in letters), len(letters)
    return n > 2 and upper >= 0.8 * n


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        if s == e:
            break
        if text[e - 1 : e] == "\n":
            e -= 1
        spans.append((s, e))
    return spans


def _blocks(text: str) -> list[tuple[int, int]]:
    if "\n" not in text:  # one line: one block, unless blank (what the loop below finds)
        return [(0, len(text))] if text.strip() else []
    lines = _line_spans(text)
    lengths = sorted(e - s for s, e in lines if text[s:e].strip())
    typical = lengths[len(lengths) * 3 // 4] if lengths else 80
    blocks: list[tuple[int, int]] = []
    cur: list[int] | None = None
    prev = ""
    prev_form = False
    prev_table = False
    blank = 0
    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            blank += 1
            continue
        form = has_checkbox(line)
        table = not form and "   " in line and len(_TABLE_GAP.findall(line)) >= 2
        if (
            cur is not None
            and blank <= 1
            and not table
            and not prev_table
            and _continues(prev, line, prev_form, form)
        ):
            cur[1] = e
            prev = line
            prev_form = prev_form or form
            blank = 0
            continue
        new = (
            cur is None
            or blank > 0
            or form
            or prev_form
            or table
            or prev_table
            or bool(_HEADER_START.match(line))
            or bool(_BULLET.match(line))
            or bool(_DATE_START.match(line))
            or _is_caps_header(prev)
            or bool(_END_PUNCT.search(prev))
            or (line.lstrip()[:1].isupper() and len(prev.rstrip()) < 0.6 * typical)
        )
        if new:
            if cur:
                blocks.append((cur[0], cur[1]))
            cur = [s, e]
        else:
            assert cur is not None
            cur[1] = e
        prev = line
        prev_form = form
        prev_table = table
        blank = 0
    if cur:
        blocks.append((cur[0], cur[1]))
    return blocks


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# _ABBREV ends at the end of the text before a "." and is never longer than this, so it is
# looked for only there (re would try it at every position of the sentence).
_ABBREV_REACH = 8
# Every _SPLIT match starts at one of these: re's scan goes straight to them.
_SPLIT_START = re.compile(r"[.!?]")


def _splits(text: str, bs: int, be: int) -> Iterator[re.Match[str]]:
    """`_SPLIT.finditer(text, bs, be)`, trying _SPLIT only where a match can start."""
    pos = bs
    while (c := _SPLIT_START.search(text, pos, be)) is not None:
        m = _SPLIT.match(text, c.start(), be)  # sees the text before it, as finditer does
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()  # never empty


def _side_point(before: str, text: str, after: int) -> bool:
    """The point after a side word names its limb, not a sentence end (see _SIDE_WORD_END)."""
    side = _SIDE_WORD_END.search(before, max(0, len(before) - 10))
    limb = side and _LIMB_AFTER_SIDE.match(text, after)
    if not limb:
        return False
    caps_limb = limb.group("caps") is not None
    return bool(
        side.group("abbr")
        or (side.group("caps") and caps_limb)
        or not caps_limb
        and (
            text[after:].lstrip()[:1].islower()
            # (a side and its root after a label: "Secondary diagnosis: Left. S1 radiculopathy")
            or limb.group().lstrip()[:1] in "LS"
            and _LABEL_SIDE.search(before, max(0, len(before) - 20))
        )
    )


def _prose_cuts(text: str, bs: int, be: int) -> list[int]:
    """Sentence ends inside text[bs:be] (absolute offsets), abbreviations skipped."""
    cuts = []
    start = bs
    for m in _splits(text, bs, be):
        before = text[start : m.start()]
        if not _ALNUM.search(before):
            continue  # "? L5 radiculopathy": a leading mark opens the sentence, it ends none
        if (
            text[m.start()] == "."
            and (
                _ABBREV.search(before, max(0, len(before) - _ABBREV_REACH))
                or _ENUM.fullmatch(before)
                or _SECTION_ENUM.fullmatch(before)
                and _SHORT_TITLE.match(text, m.end())
            )
            and not _ENDS_ANYWAY.search(before)
            and not (
                _SIDE_LETTER_CUT.search(before, max(0, len(before) - 24))
                and not _LIMB_NEXT.match(text, m.end())  # ("favors L. LE, shortened stance")
            )
            and not (_SIDE_LETTER_END.search(before) and _SIDE_NEXT.match(text, m.end()))
            # "EHL 4/5 R. A: R L5 radiculopathy": a note's next section, after a side letter
            and not _SECTION_NEXT.match(text, m.end())
        ) or (
            text[m.start()] == "."
            and m.end() - m.start() == 1
            and _side_point(before, text, m.end())
        ):
            continue
        cuts.append(m.end())
        start = m.end()
    if ")" in text[bs:be]:
        # a problem list run together on one line: each item ends at its code ("... without
        # radiculopathy (M47.817) Primary osteoarthritis of right knee (M17.11) Sciatica ...")
        coded = [m.end() for m in _CODE_END.finditer(text, bs, be)]
        if coded:
            cuts = sorted(set(cuts) | set(coded))
    return cuts


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of sentences and form lines, in order; whitespace trimmed."""
    out: list[tuple[int, int]] = []

    def emit(s: int, e: int) -> None:
        s, e = _trim(text, s, e)
        if e > s:
            out.append((s, e))

    for bs, be in _blocks(text):
        form_at = be
        if has_checkbox(text[bs:be]):
            # A form item whose question wrapped onto it keeps the question; sentences of the
            # block that end before the question starts stay prose.
            items = parse_line(text[bs:be])
            first_box = bs + items[0].question_end if items else bs
            form_at = bs
            cuts = [c for c in _prose_cuts(text, bs, first_box) if _ALNUM.search(text[c:first_box])]
            if cuts:
                form_at = cuts[-1]
        start = bs
        for cut in _prose_cuts(text, bs, form_at) + [form_at]:
            emit(start, cut)
            start = cut
        if form_at < be:
            emit(form_at, be)
    return out
