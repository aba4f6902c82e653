"""Document type and document date from a document's first page.

Type: weighted cue phrases, counted more heavily near the top of the page where titles sit.
Date: a labelled visit/exam/decision date wins; DOB, diagnosis, injury, effective and
received dates are never the document date; failing labels, the first plain date in the
header area.
"""

from __future__ import annotations

import datetime as dt
import re

from classifiers.ocr_normalize import normalize

_CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "rating_decision": (
        (r"\brating\s+decision\b", 6),
        (r"\bcodesheet\b|\bcode\s+sheet\b", 5),
        (r"\breasons?\s+for\s+decision\b", 5),
        (r"service\s+connection\s+for\b", 3),
        (r"\bis\s+(?:granted|denied)\b", 2),
        (r"\bevaluation\s+of\s+\d+\s+percent\b", 3),
        (r"\bregional\s+office\b", 2),
        (r"\bdecision\s*:", 2),
        (r"\beffective\s+date\b", 1.5),
        (r"\bdiagnostic\s+code\b", 1.5),
        (r"\bcombined\s+(?:evaluation|rating)\b", 2),
    ),
    "cp_exam": (
        (r"disability\s+benefits\s+questionnaire", 6),
        (r"\bdbq\b", 5),
        (r"\bc\s*&\s*p\b|compensation\s+and\s+pension", 5),
        (r"\bmedical\s+opinion\b", 2),
        (r"(?:thoracolumbar\s+spine|knee\s+and\s+lower\s+leg)\s+conditions", 4),
        (r"\bexaminer\b", 1.5),
        (r"\bclaim\s+file\b|\bc-?file\b|\bvbms\b", 1.5),
        (r"does\s+the\s+veteran\s+(?:have|use|now)", 2),
        (r"\bat\s+least\s+as\s+likely\b", 2),
    ),
    "imaging": (
        (r"\bradiology\s+report\b|\bdiagnostic\s+imaging\b", 5),
        (r"\bimpression\s*:", 2),
        (r"\bfindings\s*:", 1.5),
        (r"\btechnique\s*:", 3),
        (r"\bcomparison\s*:", 3),
        (
            r"\b(?:x-?rays?|radiographs?|mri|ct|mr)\s+(?:of\s+the\s+)?(?:left|right|bilateral|lumbar"
            r"|knee|l-?spine)",
            2,
        ),
        (r"\b\d\s+views?\b", 2),
        (r"\bclinical\s+(?:history|indication)\b", 2),
        (r"\bexam\s*:\s*(?:xr|mri|ct|x-?ray)", 4),
        (r"\bradiologist\b", 3),
    ),
    "treatment_note": (
        (r"\bprogress\s+note\b", 4),
        (r"\b(?:subjective|objective)\s*:", 2.5),
        (r"\bassessment\s*(?:and|&|/)?\s*plan\b|\bplan\s*:", 2),
        (r"\bchief\s+complaint\b|\bcc\s*:", 3),
        (r"\bhpi\b|history\s+of\s+present\s+illness", 3),
        (r"\bvital\s+signs\b|\bvitals\s*:", 2),
        (r"\blocal\s+title\b|\bstandard\s+title\b", 4),
        (r"\bphysical\s+therapy\b|\bpt\s+note\b", 3),
        (r"\bfollow[\s-]?up\b", 1),
        (r"\belectronically\s+signed\b|/es/", 1.5),
        (r"\bclinic\b", 1),
        (r"\bmedications?\s*:", 1.5),
    ),
}
_COMPILED = {k: tuple((re.compile(p), w) for p, w in v) for k, v in _CUES.items()}


def classify_doc_type(text: str) -> str:
    """One of DOC_TYPES for a document, judged from its first page."""
    if not text or not text.strip():
        return "other"
    norm = normalize(text[:6000]).text
    head = norm[:600]
    scores = {}
    for kind, cues in _COMPILED.items():
        total = 0.0
        for rx, w in cues:
            if rx.search(norm):
                total += w
                if rx.search(head):
                    total += w * 0.5
        scores[kind] = total
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] >= 4 else "other"


_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    r"(?P<iso>\b(?P<y1>(?:19|20)\d\d)-(?P<m1>[01]?\d)-(?P<d1>[0-3]?\d)\b)"
    r"|(?P<us>\b(?P<m2>[01]?\d)[/.-](?P<d2>[0-3]?\d)[/.-](?P<y2>(?:19|20)?\d\d)\b)"
    r"|(?P<long>\b(?P<mon3>" + _MON + r")\s+(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
    r"(?P<y3>(?:19|20)\d\d))"
    r"|(?P<eur>\b(?P<d4>[0-3]?\d)\s+(?P<mon4>" + _MON + r"),?\s+(?P<y4>(?:19|20)\d\d))",
    re.IGNORECASE,
)
_GOOD = re.compile(
    r"(?:date\s+of\s+(?:exam(?:ination)?|visit|service|note|report|decision|study|evaluation"
    r"|procedure|encounter|entry)|exam(?:ination)?\s+date|visit\s+date|decision\s+date"
    r"|note\s+date|report\s+date|study\s+date|service\s+date|entry\s+date|encounter\s+date"
    r"|\bdos\b|\bdated\b|date\s*/\s*time|\bsigned\b|\bdate\b)\s*(?:[:#-]|\s)\s*$",
    re.IGNORECASE,
)
_STRONG = re.compile(
    r"exam|visit|decision|service|note|report|study|encounter|entry|dos", re.IGNORECASE
)
_BAD = re.compile(
    r"(?:birth|dob|d\.o\.b|diagnos\w*|injury|onset|effective|received|claim|discharge|separation"
    r"|enlist\w*|entered|service\s+from|eod|rad|print\w*|scanned|fax\w*|admission|surgery"
    r"|last\s+seen|prior|previous|comparison|since|in)\b[^\n]{0,25}$",
    re.IGNORECASE,
)
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5"})
_DATEISH = re.compile(r"[0-9OolI|S]{1,4}[/.-][0-9OolI|S]{1,2}[/.-][0-9OolI|S]{2,4}")


def _to_date(m: re.Match[str]) -> dt.date | None:
    try:
        if m.group("iso"):
            y, mo, d = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
        elif m.group("us"):
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
            if y < 100:
                y += 2000 if y <= (dt.date.today().year % 100) else 1900
        elif m.group("long"):
            y, d = int(m.group("y3")), int(m.group("d3"))
            mo = _MONTHS[m.group("mon3")[:3].lower()]
        else:
            y, d = int(m.group("y4")), int(m.group("d4"))
            mo = _MONTHS[m.group("mon4")[:3].lower()]
        if not 1940 <= y <= 2100:
            return None
        return dt.date(y, mo, d)
    except (ValueError, KeyError):
        return None


def find_document_date(text: str) -> dt.date | None:
    """The visit/exam/decision date of the document, from its first page; None if unsure."""
    if not text:
        return None
    page = _DATEISH.sub(lambda m: m.group().translate(_OCR_DIGITS), text[:8000])
    best: tuple[float, int, dt.date] | None = None
    for m in _DATE.finditer(page):
        date = _to_date(m)
        if date is None:
            continue
        line_start = page.rfind("\n", 0, m.start()) + 1
        before = page[line_start : m.start()]
        prev_line = page[page.rfind("\n", 0, max(line_start - 1, 0)) + 1 : line_start]
        label = before if before.strip() else prev_line.strip() + " "
        if _BAD.search(label):
            continue
        good = _GOOD.search(label)
        if good:
            rank = 0.0 if _STRONG.search(good.group()) else 1.0
        elif m.start() < 800:
            rank = 2.0
        else:
            rank = 3.0
        if best is None or (rank, m.start()) < (best[0], best[1]):
            best = (rank, m.start(), date)
    if best is None or best[0] >= 3.0:
        return None
    return best[2]
