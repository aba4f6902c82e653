"""ConText-style assertion, history and subject, on normalised sentence text.

A trigger governs a concept when it precedes it (or, for post-triggers, follows it) within a
short window and no terminator ("but", "however", ";", "reports", ...) lies in between. That
keeps "no fracture; moderate DJD" and "denies numbness but has sciatica" right while letting
"no A, B or C" negate all three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NEG_PRE = (
    r"no|not|never|denie[sd]|deny|denying|negative\s+for|neg\s+for|without|w/o|absence\s+of"
    r"|absent|free\s+of|ruled\s+out|r/o'?d|resolved|no\s+evidence\s+of|no\s+signs?\s+of"
    r"|no\s+history\s+of|no\s+complaints?\s+of|fails?\s+to\s+(?:reveal|demonstrate|show)"
    r"|does\s+not\s+(?:have|demonstrate|show|exhibit|report)|did\s+not\s+(?:have|report|show)"
    r"|non|un|nothing(?:\s+to\s+(?:suggest|indicate))?|no\s+\w+\s+to\s+suggest"
)
_POSS_PRE = (
    r"possible|possibly|probable|probably|likely|suspect(?:ed|s)?|suspicious\s+(?:for|of)"
    r"|questionable|question\s+of|\?|rule\s+out|r/o|concern(?:ing)?\s+for|may\s+have"
    r"|may|might|could"
    r"|cannot\s+(?:exclude|rule\s+out)|can'?t\s+(?:exclude|rule\s+out)|differential\s+includes"
    r"|consider|considered|versus|vs\.?|query|equivocal|suggestive\s+of|suggests|presumed"
)
_NEG_POST = (
    r"ruled\s+out|was\s+excluded|(?:is|was|are|were)\s+negative|negative|not\s+(?:present|seen"
    r"|identified|found|noted|demonstrated|appreciated)|absent|resolved|denied|none"
)
_POSS_POST = (
    r"(?:cannot|can\s*not|can'?t)\s+be\s+(?:excluded|ruled\s+out)|not\s+(?:excluded|ruled\s+out)"
    r"|(?:is|are|was)\s+(?:suspected|possible|probable|likely|questioned)|suspected|\?"
    r"|vs\.?|versus|(?:is|was)\s+not\s+(?:certain|clear)"
)
_PSEUDO = re.compile(
    r"\b(?:no\s+(?:significant\s+)?(?:change|increase|interval\s+change)|not\s+only|no\s+longer\s+"
    r"able|not\s+necessarily|gram\s+negative|not\s+improved|not\s+relieved|without\s+(?:relief"
    r"|improvement|difficulty|assist\w*))\b"
)
TERMINATOR = re.compile(
    r"\b(?:but|however|although|though|yet|except|aside\s+from|apart\s+from|which|who|whereas"
    r"|while|reports?|reported|complains?|c/o|endorses?|admits?|positive\s+for|presents?\s+with"
    r"|has|have|with|now|there\s+is|shows?|demonstrates?|consistent\s+with|notes?|noted"
    r"|states?|describes?|continues?|impression|assessment)\b"
    r"|[;:]|,\s*(?:mild|moderate|severe|minimal|marked|small|large|advanced|extensive|and\s+)"
)
_PRE = re.compile(rf"(?:(?<=\s)|^|(?<=[(,:]))(?:(?P<neg>{_NEG_PRE})|(?P<poss>{_POSS_PRE}))(?=\W|$)")
PRE_TRIGGER = _PRE
_POST = re.compile(rf"^[\s,:-]*(?:\w+\s+)?(?:(?P<poss>{_POSS_POST})|(?P<neg>{_NEG_POST}))(?=\W|$)")
_WORD = re.compile(r"[a-z0-9/']+")
_PRE_WINDOW = 9

_HIST = re.compile(
    r"\b(?:history\s+of|hx\s+of|h/o|hx|pmh|pmhx|past\s+medical\s+history|previous(?:ly)?|prior"
    r"|in\s+the\s+past|s/p|status\s+post|remote|years?\s+ago|formerly)\b"
)
_FAMILY = re.compile(
    r"\b(?:family\s+history|fhx|fh|mother|mom|father|dad|brother|sister|sibling|son|daughter"
    r"|wife|husband|spouse|grandmother|grandfather|grandparent|aunt|uncle|cousin|parents?|twin"
    r"|friend|buddy|fellow\s+(?:soldier|service\s*member|marine|sailor)|another\s+soldier)(?:'s)?\b"
)
_FAMILY_BREAK = re.compile(r"[;]|\b(?:but|and|however)\b")
_SELF = re.compile(r"\b(?:he|she|veteran|vet|patient|pt|claimant|him|himself|herself|i|me|my)\b")


@dataclass(frozen=True, slots=True)
class Context:
    """What the triggers around one concept say."""

    assertion: str
    triggered: bool
    historical: bool
    subject: str


def _pre_trigger(left: str) -> str | None:
    """The trigger in `left` (text before the concept) that still reaches the concept."""
    best = None
    for m in _PRE.finditer(left):
        tail = left[m.end() :]
        if TERMINATOR.search(tail):
            continue
        if len(_WORD.findall(tail)) > _PRE_WINDOW:
            continue
        if _PSEUDO.match(left, m.start()):
            continue
        word = m.group()
        if word in ("non", "un") and not tail.startswith("-"):
            continue
        best = "negated" if m.lastgroup == "neg" else "possible"
    return best


def _post_trigger(right: str) -> str | None:
    m = _POST.match(right[:60])
    if not m:
        return None
    if TERMINATOR.search(right[: m.start(m.lastgroup)].lstrip(" ,:-")):
        return None
    return "negated" if m.lastgroup == "neg" else "possible"


def assess(sentence: str, start: int, end: int, *, post: bool = True) -> Context:
    """Assertion, history and subject for the concept at [start, end) of `sentence`."""
    left = sentence[max(0, start - 160) : start]
    right = sentence[end:]
    found = _pre_trigger(left)
    if found is None and post:
        found = _post_trigger(right)
    assertion = found or "present"
    subject = "veteran"
    fam = None
    for m in _FAMILY.finditer(left):
        fam = m
    if fam is not None:
        between = left[fam.end() :]
        if not _SELF.search(between) and not _FAMILY_BREAK.search(between):
            subject = "other"
    hist = False
    if subject == "veteran":
        for m in _HIST.finditer(left):
            if not TERMINATOR.search(left[m.end() :]) and len(_WORD.findall(left[m.end() :])) <= 8:
                hist = True
        if not hist and re.match(r"[\s,]*(?:in\s+the\s+past|previously|\(?resolved)", right):
            hist = True
    return Context(assertion, found is not None, hist, subject)
