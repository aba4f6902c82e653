"""DBQ checkbox lines: find the boxes, decide which are checked, cut the line into items.

On a form the checked box decides, not the words: "[ ] Meniscal tear" is not a finding and
"[ ] Yes [X] No" is a negation. OCR reads a checked box as "[X]", "[x]", "X]", "[X", "☒",
"Kl" or "|X|" and an empty one as "[ ]", "[]", "[_]", "☐" or a bare "O".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_CHECKED = (
    r"\[\s*[xXvV✓✔/]\s*\]|\|\s*[xX]\s*\||[☒☑✅■✓✔]|\([xX]\)"
    # a bracket read as a brace, a mark read twice: "{X]", "[X}", "[xX]"
    r"|\{\s*[xX]\s*\]|\[\s*[xX]\s*\}|\[\s*[xX]{2,3}\s*\]"
    # ("EX]": a bracket read as "E", the box starting at its mark)
    r"|(?:(?<![\w\[])|(?<=(?<![\w\[])E))[xX]{1,2}\]|\[[xX](?![\w\]])"
    # (not Kellgren-Lawrence: "Osteoarthritis (KL):", "KL 3", "KL grade 3", "KL >= 3")
    r"|(?<![A-Za-z(])(?-i:KL(?!:|\s*[0-4]\b|\s*grade|\s*[<>≥≤])|K[l1Ii!|])!?(?![A-Za-z0-9)])"
    # Tesseract reads a filled box before an answer as "&" or "@": "& Yes O No", "0 Right & Left"
    r"|(?<![\w&])[&@](?=\s*(?:yes|no|right|left|both)\b)"
)
_UNCHECKED = (
    r"\[\s*(?:_{1,3}|[.,'`|-])?\s*\]|[☐□]|\(\s\)|\{\s*\]|\[\s*\}"
    # an empty box before an answer read as "O", "o", "0" or "0]": "O Yes & No", "0] Yes"
    r"|(?<![\w\[])[Oo0][\])]?(?=\s+(?:yes|no)\b)"
)
_BOX = re.compile(rf"(?P<on>{_CHECKED})|(?P<off>{_UNCHECKED})", re.IGNORECASE)
# Every _BOX match starts at one of these characters (k, o and x in either case, and the
# Kelvin sign, which (?i) takes for a k): re's scan goes straight to them, and _BOX, with its
# dozen alternatives, is tried only there.
_BOX_START = re.compile("[\\[{|(☒☑✅■✓✔☐□&@xXkK\u212aoO0]")
_O_BOX = re.compile(r"(?<![\w])[O0](?=\s+[A-Z0-9])")
_SUBQ = re.compile(
    r"(?:^|\s)((?:side|sides|side affected|affected side|laterality|severity|location"
    r"|date of diagnosis|if (?:yes|checked)[^:]{0,40}"
    r"|[A-Z][A-Za-z/()-]*(?: [A-Za-z/()-]+){0,5})\s*:"
    # a second question on the same line: "[X] Yes. Is arthritis documented? [ ] Yes [X] No"
    r"|[A-Z][^?\[\]:.]{4,150}\?)\s*$",
    re.IGNORECASE,
)
_SPECIFY = re.compile(r"\b(?:specify|other|describe)\W*$", re.IGNORECASE)
_NAMED_SUBQ = re.compile(
    r"(?:^|\s)((?:side|sides|side affected|affected side|laterality|severity|location"
    r"|date of diagnosis|date of surgery|icd code)\s*:)\s*$",
    re.IGNORECASE,
)
# (or a question asked after the words written in: "... knee pain  Was there instability?")
_ASKED = re.compile(r"\s{2,}([A-Z][^?\[\]:.]{4,150}\?)\s*$")
# A cheap look before _BOX, in two parts: alternatives that each open with a fixed character
# let re skip ahead to those characters; the "O Yes" form runs only where "es"/"No" is.
_QUICK = re.compile(r"\[|\]|☒|☑|✅|■|✓|✔|☐|□|\||K[l1I]\b|K[l1I]?!|\([xX ]\)")
_QUICK_ANSWER = re.compile(r"[&@Oo0]\)?\s+(?:[Yy]es|N[Oo])\b|[&@]\s*(?:[Rr]ight|[Ll]eft|[Bb]oth)\b")

# (after a speck: "[X].Yes")
YES = re.compile(r"\s*\.?\s*yes\b", re.IGNORECASE)
NO = re.compile(r"\s*\.?\s*no\b", re.IGNORECASE)
# (after a speck the box left: "[/]. Left")
SIDE_LABEL = re.compile(r"[\s.,]*(left|right|both|bilateral|lt|rt|l|r)\b(?![/'])", re.IGNORECASE)
_SIDE_ABBREV = {"lt": "left", "l": "left", "rt": "right", "r": "right"}
SEVERITY_LABEL = re.compile(
    r"\s*(moderately\s+severe|mild|moderate|severe|none|not\s+affected|absent)\b",
    re.IGNORECASE,
)
ATTRIBUTE_PREFIX = re.compile(
    r"\b(?:severity|involvement|nerve\s+roots?|side|sides|laterality|affected)\b", re.IGNORECASE
)


# An "&" read for a box before a side counts on a line with other boxes only ("Side: 0 Right
# & Left"); before "Yes"/"No" it counts anywhere ("& Yes O No").
_YES_NO_AFTER = re.compile(r"\s*(?:yes|no)\b", re.IGNORECASE)
_OTHER_BOX = re.compile(
    r"\[\s*[xX/]?\s*\]|(?:^|\s)[O0o]\)?\s+(?:right|left|both|yes|no)\b|[☐☒]|K[l1I]\b", re.IGNORECASE
)


def _amp_in_prose(line: str, end: int) -> bool:
    return not _YES_NO_AFTER.match(line, end) and not _OTHER_BOX.search(line)


_O_BEFORE = re.compile(r"(?<![\w.])([O0])\s+$")
_O_AFTER = re.compile(r"\s+([O0])(?![\w])")


def box_run(line: str) -> tuple[list[bool], int, int] | None:
    """A row of a YES/NO column table ("c. Lameness  [ ]  [X]", "[X] [ ] \"Trick\" or locked
    knee"): its boxes, checked or not, in order, and where its label starts and ends; None
    unless the boxes stand together at the start or at the end of the line."""
    boxes = [(m.start(), m.end(), m.lastgroup == "on") for m in _boxes(line)]
    if not boxes:
        return None
    # an empty box OCR read as "O" right beside a real one ("Kl O", "O  Kl")
    # (a row has three boxes at most: two looks each way, each over the few characters there)
    for _ in range(2):
        m = _O_BEFORE.search(line, max(0, boxes[0][0] - 8), boxes[0][0])
        if m is None:
            break
        boxes.insert(0, (m.start(1), m.end(1), False))
    for _ in range(2):
        m = _O_AFTER.match(line, boxes[-1][1])
        if m is None:
            break
        boxes.append((m.start(1), m.end(1), False))
    if not 2 <= len(boxes) <= 3 or any(
        line[a[1] : b[0]].strip() for a, b in zip(boxes, boxes[1:], strict=False)
    ):
        return None
    checked = [on for _, _, on in boxes]
    if not line[: boxes[0][0]].strip():
        return checked, boxes[-1][1], len(line.rstrip())
    if not line[boxes[-1][1] :].strip():
        return checked, 0, boxes[0][0]
    return None


def _boxes(line: str) -> Iterator[re.Match[str]]:
    """`_BOX.finditer(line)`, trying _BOX only where a match can start."""
    pos = 0
    while (c := _BOX_START.search(line, pos)) is not None:
        m = _BOX.match(line, c.start())  # sees the text before it, as finditer does
        if m is not None and m.group() in ("&", "@") and _amp_in_prose(line, m.end()):
            m = None  # "DJD of the right & left knees": an ampersand, not a box
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()  # never empty


def checked_spans(line: str) -> list[tuple[int, int]]:
    """Offsets of the checked boxes in a line."""
    return [(m.start(), m.end()) for m in _boxes(line) if m.lastgroup == "on"]


_last_box: tuple[str | None, bool] = (None, False)


def has_checkbox(line: str) -> bool:
    """True when the line holds at least one checkbox (checked or not).

    The answer for the line object last asked about is kept: a one-line page is asked about
    as its block, its sentence and its line, and a whole-string slice is the string itself.
    """
    global _last_box
    last = _last_box  # (read once: another thread may replace it)
    if last[0] is line:
        return last[1]
    quick = _QUICK.search(line) is not None or (
        ("es" in line or "No" in line or "NO" in line or "&" in line or "@" in line)
        and _QUICK_ANSWER.search(line) is not None
    )
    found = quick and next(_boxes(line), None) is not None
    _last_box = (line, found)
    return found


@dataclass(frozen=True, slots=True)
class Item:
    """One box with its label and the question (prefix or sub-question) it answers."""

    checked: bool
    label_start: int
    label_end: int
    question_start: int
    question_end: int


def parse_line(line: str) -> list[Item]:
    """Items of a checkbox line, offsets relative to the line; [] when it has no box."""
    boxes = [(m.start(), m.end(), m.lastgroup == "on") for m in _boxes(line)]
    if not boxes:
        return []
    taken = [(s, e) for s, e, _ in boxes]
    for m in _O_BOX.finditer(line):
        if not any(s <= m.start() < e for s, e in taken):
            boxes.append((m.start(), m.end(), False))
    boxes.sort()
    items: list[Item] = []
    q_start, q_end = 0, boxes[0][0]
    for k, (_, end, checked) in enumerate(boxes):
        nxt = boxes[k + 1][0] if k + 1 < len(boxes) else len(line)
        label_end = nxt
        sub = _SUBQ.search(line, end, nxt)
        if sub and _SPECIFY.search(line, end, sub.start(1)):
            # "[X] Other (specify): Meniscal tear  Side: ...": the words written in are the
            # label; only a named sub-question ("Side:") starts the next question
            sub = _NAMED_SUBQ.search(line, sub.start(1), nxt) or _ASKED.search(
                line, sub.start(1), nxt
            )
        new_q = None
        if sub and sub.start(1) > end + 1:
            label_end = sub.start(1)
            new_q = (sub.start(1), sub.end(1))
        items.append(Item(checked, end, label_end, q_start, q_end))
        if new_q:
            q_start, q_end = new_q
    return items


_SIDE_TEXT = re.compile(r"\bside\s*:\s*(left|right|both|bilateral)\s*\.?\s*$", re.IGNORECASE)
_TRAILING_SIDE = re.compile(r"\b(?:left|right|lt|rt)\s*:?\s*$", re.IGNORECASE)


def checked_only(line: str) -> str:
    """The line with every box and every unchecked option blanked out (same length), so that
    "Right: [X] Positive [ ] Negative" reads "Right:     Positive             "."""
    items = parse_line(line)
    chars = list(line)
    boxes = [(m.start(), m.end()) for m in _boxes(line)]
    if boxes:  # an "O" read for an empty box counts only where real boxes are (as in parse_line)
        boxes += [
            (m.start(), m.end())
            for m in _O_BOX.finditer(line)
            if not any(s <= m.start() < e for s, e in boxes)
        ]
    for bs, be in boxes:
        chars[bs:be] = " " * (be - bs)
    for it in items:
        if not it.checked:
            end = it.label_end
            keep = _TRAILING_SIDE.search(line, it.label_start, end)  # "[ ] Unable  Left [ ]"
            if keep:
                end = keep.start()
            chars[it.label_start : end] = " " * (end - it.label_start)
    return "".join(chars)


def _side_word(word: str) -> str:
    w = word.lower()
    w = _SIDE_ABBREV.get(w, w)
    return "bilateral" if w in ("both", "bilateral") else w


def checked_side(line: str, items: list[Item]) -> str | None:
    """The side chosen on a line ("Side: [X] Left [ ] Right"); both sides → bilateral."""
    sides = set()
    for k, it in enumerate(items):
        if it.checked:
            m = SIDE_LABEL.match(line, it.label_start, it.label_end)
            if m is None and k and not line[it.label_start : it.label_end].strip():
                # "Right ☐ Left ☒": a box written after its label, at the end of the line
                prev = items[k - 1]
                before = _TRAILING_SIDE.search(line, prev.label_start, prev.label_end)
                m = before and SIDE_LABEL.match(line, before.start(), before.end())
            if m:
                sides.add(_side_word(m.group(1)))
    if not sides and (text := _SIDE_TEXT.search(line)):
        # "(X) Slight ( ) Moderate  Side: Left": the side written out, without a box
        sides.add(_side_word(text.group(1)))
    if not sides:
        return None
    if len(sides) > 1 or "bilateral" in sides:
        return "bilateral"
    return sides.pop()


# A form line wrapped by the page: its last box's label, or the rest of its question, went on
# to the next line ("Right lower extremity: [ ] None [X]" / "Mild [ ] Moderate", "... due to" /
# "radiculopathy? [X] Yes [ ] No", "Left: [X] Not" / "affected").
_WRAP_AFTER_BOX = re.compile(
    rf"(?:{_CHECKED}|{_UNCHECKED})[ \t]*\n(?=[ \t]*(?:yes|no|none|mild|moderate|moderately"
    r"|severe|slight|normal|abnormal|not\s+affected|right|left|both|positive|negative)\b)",
    re.IGNORECASE,
)  # (the box's own label: a checklist's box after its label ends its line)
_ENDS_WITH_BOX = re.compile(rf"(?:{_CHECKED}|{_UNCHECKED})\s*$", re.IGNORECASE)
# (not an item, "b. Severity", nor a capital OCR read as "l": "lf yes, where:", "lndicate")
_WRAP_LOWER = re.compile(r"\n(?=[a-z])(?![a-z][.)]\s)(?!l(?:f|n[a-z]+)\b)")
_OWN_QUESTION = re.compile(r"[ \t]*(?:right|left|both|bilateral)\b[\w /()-]{0,40}:", re.I)


def unwrap(text: str) -> str:
    """`text` with the line breaks of wrapped form lines made spaces (same length, so offsets
    hold): a break after a box when a word follows, and a break before a lower-case word on
    a line next to a box."""
    if not _BOX_START.search(text) or not has_checkbox(text):
        return text
    chars = list(text)
    changed = False
    for m in _WRAP_AFTER_BOX.finditer(text):
        nl = m.end() - 1
        nxt_end = text.find("\n", nl + 1)
        nxt = text[nl + 1 : nxt_end if nxt_end >= 0 else len(text)]
        # (a table row ends with its boxes: "Moderate      [X]     [ ]")
        # (nor a new question: "Right lower extremity: [X] Mild")
        if (
            _BOX.match(nxt.lstrip()) is None
            and not _ENDS_WITH_BOX.search(nxt)
            and not _OWN_QUESTION.match(nxt)
        ):
            chars[nl] = " "
            changed = True
    for m in _WRAP_LOWER.finditer(text):
        nl = m.start()
        start = text.rfind("\n", 0, nl) + 1
        end = text.find("\n", nl + 1)
        pair = text[start : end if end >= 0 else len(text)]
        if text[start:nl].strip() and has_checkbox(pair):
            chars[nl] = " "
            changed = True
    return "".join(chars) if changed else text  # (the same object: callers compare by "is")
