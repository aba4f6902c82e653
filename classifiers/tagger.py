"""tag_text: sentences → candidates → assertion, laterality, attributes → Mentions.

Prose sentences go through the concept matchers; checkbox lines go through the form logic,
where the checked box, not the wording, decides. A Back DBQ radiculopathy question opens a
small section state whose following lines supply its side, roots and severity.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from itertools import islice

from classifiers import forms
from classifiers.assertion import NOT_A_TEST_AFTER, POINT_END, PSEUDO, assess, is_ordered
from classifiers.attributes import ordered, roots_in, severity_near, worst
from classifiers.candidates import Candidate, find_candidates, holds, matches, search
from classifiers.gates import quick
from classifiers.laterality import Sections, assign_sides, combine
from classifiers.lexicon import (
    CANE_HAND,
    KNEE_ANAT,
    OTHER_ANAT,
    PREFILTER,
    PROTECTED,
    RESULT_NEG,
    RESULT_NEG_WORDS,
    RESULT_POS,
    RESULT_POS_WORDS,
    SERVICE_DENIED,
    SERVICE_GRANTED,
    SIDE,
    WEIGHT_ON,
    side_of,
    sides_named,
)
from classifiers.lexicon import side_words as find_sides
from classifiers.model import AssertionModel
from classifiers.ocr_normalize import Normalized, normalize
from classifiers.rating_facts import RatingFacts, rating_facts
from classifiers.sentences import split_sentences
from va_core.records import Mention

_KNEES = re.compile(r"\bknees\b|\b(?:neither|either)\s+knee\b")
_NERVE_SIGN = re.compile(
    r"\b(?:pain|weak\w*|numb\w*|tingl\w*|paresthes\w*|drop|dorsiflex\w*|plantarflex\w*"
    r"|strength|sensation|sensory|radiat\w*|shooting|burning|reflex|atrophy|recruitment|[0-5]-?/5"
    r"|dermatom\w*|radicular|denervation|fibrillation|sciat\w*)"
)
_NERVE_ROW = re.compile(r"sciatic|femoral|nerve|root")
_ROS_MARK = re.compile(r"\(\s*[+-]\s*\)|\(\s*(?:pos|neg)\s*\)")
_LEG_PART = re.compile(
    r"\b(?:foot|feet|toes?|ankles?|calf|calves|thighs?|quad(?:riceps)?|shin|heel|hamstrings?"
    r"|gastrocnemius|ehl|dorsiflexion|plantarflexion)\b"
)
# A leg named with its own side ("I drag my right leg and it makes my left knee hurt"): where
# no gait or radicular finding claims it, its side is not the knee's.
_LEG = re.compile(
    r"\blegs?\b"
    # ("R leg weakness & knee buckling": both)
    r"(?!(?:\s+\w+){0,2}\s*(?:and|&|,|/|or)\s*(?:\w+\s+)?knees?)"
)
_PLURAL_LEGS = re.compile(
    r"\b(?:legs|lower\s+(?:extremities|limbs)|ble|les|bles|thighs|calves|feet"
    r"|either\s+(?:leg|lower\s+(?:extremity|limb)|side))\b"
)
_EXPLAINED = re.compile(
    r"\s*(?:\(|,?\s*(?:(?:likely|probably|most\s+likely)\s+)?(?:due\s+to|secondary\s+to|2/2|d/t"
    r"|from|caused\s+by|attributed\s+to|c/w|consistent\s+with|related\s+to)\b)"
    r"(?:\s*(?:the|his|her|(?:left|right|bilateral|lt|rt|l|r)\b|knees?|\w+\s+of\s+the))*\s*$"
)
_OPEN_QUESTION = re.compile(
    r"^\W*(?:(?:\d{1,2}[a-z]?|[a-z])(?:[.)]\W*|\s+))?(?:does|do|did|is|are|has|have|was|were)\s+the\s+"
    r"(?:veteran|patient|claimant)\b"
    r"[^?]*\?\W*$"
)
_RANK = {"present": 0, "possible": 1, "negated": 2}
_WEAK_BACK = {"chronic low back pain": 1, "back condition": 2}
# A nerve row of the DBQ's severity grid ("Sciatic nerve: Right: [X] Moderate  Left: ..."); the
# symptom rows above it ("Constant pain: Right lower extremity: [X] Mild") do not set the side.
_GRID_ROW = re.compile(
    r"^\W*(?:[a-e][.)]\s*)?(?:sciatic|femoral|obturator|lateral\s+femoral(?:\s+cutaneous)?"
    r"|peroneal|tibial)\s+nerve\b"
)
_SECTION_BREAK = re.compile(
    r"intervertebral disc syndrome|\bivds\b|ankylosis|assistive device|other neurologic"
    r"|diagnostic test|functional (?:loss|impact)|remarks|range of motion|flare-?ups"
    r"|^\s*(?:section\s+)?(?:\d{1,2}|[ivx]{1,4})[.)]\s+(?!.*(?:radic|nerve|sever|extremit))"
    r"|^\W*section\s+[\divxl|!\]\[]{1,5}(?![a-z])\W*(?!.*(?:radic|nerve|sever|extremit))",
    re.IGNORECASE,
)
# "Back problems: [ ] Mother [X] Father": a family-history checklist; the box says who.
_RELATIVE_LABEL = re.compile(
    r"\s*(?:mother|father|mom|dad|brothers?|sisters?|siblings?|sons?|daughters?|spouse|wife"
    r"|husband|parents?|grand(?:mother|father|parents?)|aunts?|uncles?|children|child)\b",
    re.IGNORECASE,
)
# "Pain location: [X] Low back [X] R knee", "Where is your pain? [X] Right knee": the checked
# sites are complaints; a knee among them is knee pain (a back site is no named condition).
_PAIN_WHERE = re.compile(
    r"\b(?:pain\s+(?:location|site)s?|locations?\s+of\s+(?:the\s+)?pain|site\s+of\s+pain"
    r"|where\s+is\s+(?:your|the)\s+pain|where\s+does\s+it\s+hurt|painful\s+(?:areas?|joints?|sites?)"
    r"|areas?\s+of\s+pain)\b",
    re.IGNORECASE,
)
_SIDE_Q = re.compile(r"\s*(?:side|sides|affected side|laterality)\b", re.IGNORECASE)
_SIDE_ONLY_Q = re.compile(
    r"\s*(?:right|left)(?:\s+lower\s+(?:extremity|limb))?\s*:?\s*$", re.IGNORECASE
)
_NO_SEVERITY = {"none", "not affected", "absent", "normal"}
# "Right lower extremity: constant pain [ ] none [X] mild": a per-limb severity line
_LIMB_Q = re.compile(
    r"^\W*(?:right|left|rt|lt|both|bilateral)\W*\s*lower\s+(?:extremity|extremities|limbs?)\b",
    re.IGNORECASE,
)
MODEL_THRESHOLD = 0.8
# The model may call a mention negated only where the sentence has some word of negation or
# normality; "assigned for painful motion ... with x-ray evidence of arthritis" has none.
# Nor does it call a finding possible in a sentence without a word of doubt ("Acute R L5
# radiculopathy", "1) Sciatica 2) R knee OA").
_POSS_CUE = re.compile(
    r"\?|possib|probab|likely|suspect|question|r/o|rule|\bvs\b|versus|consider|concern|\bmay\b"
    r"|might|could|sugges|cannot|can't|equivocal|differential|presum|vs\.|query|worrisome|c/w"
    r"|correlat"
)
_NEG_CUE = re.compile(
    r"\b(?:no|not|non|none|nor|never|neg|negative|den\w*|without|w/o|absent|absence|free"
    r"|normal|unremarkable|wnl|wfl|intact|resolved|ruled|stable|steady|even|denied)\b"
    r"|n't|\(-\)|(?:^|\s)-\s?\w|\bun(?!(?:it|der|til|ion|ivers|less)\w*)\w+|\bnon-"
)
_ABNORMAL_GAIT = re.compile(r"\b(?:abnormal\s+gait|gait\s+abnormalit(?:y|ies))\b")
_TEST_WORDS = (
    "straight",
    "slr",
    "lasegue",
    "slump",
    "lachman",
    "drawer",
    "instability",
    "stability",
    "murray",
    "thessaly",
    "varus",
    "valgus",
)
_TEST_QUICK = re.compile("(?i)" + "|".join(_TEST_WORDS))
_TEST_LOWER = re.compile("|".join(_TEST_WORDS))


def _test_quick(raw: str) -> bool:
    """`_TEST_QUICK.search(raw)`: on ASCII text (nearly all) a case-blind search for plain
    words is a search of the lower-cased text, which re does many times faster than (?i)."""
    if raw.isascii():
        return _TEST_LOWER.search(raw.lower()) is not None
    return _TEST_QUICK.search(raw) is not None


# A template line whose every box OCR read as "O" (none checked): it names no finding.
_O_TEMPLATE = re.compile(
    r"^\W*O\s+[A-Z][^\[\]☒☐]*\bO\s+(?:Right|Left|Yes)\s+O\s+(?:Left|Right|No)\b(?![^\n]*(?:\[[xX/]\]|☒|\bKl\b|X\]))"
)
_O_CODE = re.compile(r"[ \t]*O[ \t]+[A-TV-Z]\d{2}\.\w")
# "10. ", "VII. ", "Section 3) "
# ("l3." as OCR reads "13.")
_ENUM = r"^\s*(?:[Ss]ection\s+|SECTION\s+)?(?:[l|]?\d{1,2}|[IVX]{1,4})[.)]\s+"
_ENUM_START = re.compile(_ENUM)
_FORM_HEADING = re.compile(_ENUM + r"(?:\S+\s*){1,8}$")
# "SECTION V - RADICULOPATHY", "~ SECTION V - RADICULOPATHY _" (OCR reads roman numerals as
# "|", "Ill", "Vii", "I]" ...): the title of a form section, not a finding.
_SECTION_TITLE = re.compile(
    r"^[\W_]*section\s+[\dIVXLivxl|!\]\[]{1,5}\s*(?:[-–—:.)]\s*)?"
    r"(?P<title>[^:]*?)[\W_]*$",
    re.IGNORECASE,
)
_TITLE_CASE = re.compile(r"^(?:(?:[A-Z0-9(][\w()/&,'-]*|and|or|of|the|to|with|for|&|-|/)\s*){1,8}$")
_TITLE_WORDS = re.compile(
    r"\b(?:conditions?|questionnaire|disability benefits|dbq|section|department|examination"
    r"|history|exam|findings|diagnos[ie]s|impression|assessment|episodes\s+requiring)\b",
    re.IGNORECASE,
)
_INSTRUCTION = re.compile(
    r"^\W*(?:[a-z0-9]{1,2}[.)]\s+)?"  # an item label: "e. Indicate severity ..."
    r"(?:[il1|]ndicate|describe|check|list|provide|select|specify|mark|please|if\b|enter|note)"
    r"|^\W*\S+(?:\s+\S+){0,2}\s*:\s*$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Section:
    """State of an open Back DBQ radiculopathy section."""

    index: int | None = None
    lines: int = 0
    in_severity: bool = False
    sides: set[str] = field(default_factory=set)
    roots: set[str] = field(default_factory=set)
    severities: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Page:
    text: str
    sections: Sections
    model: AssertionModel | None
    out: list[Mention] = field(default_factory=list)
    radic: _Section = field(default_factory=_Section)
    last_form: list[int] = field(default_factory=list)
    radic_no: int | None = None  # a radiculopathy question answered "No" on the line before
    generic: list[int] = field(default_factory=list)  # "knee condition? [X] Yes" items
    dropped: set[int] = field(default_factory=set)
    stable: int | None = None  # the page's "stability tests normal" mention, one per page
    stab_header: tuple[int, int, int] | None = None  # "JOINT STABILITY TESTS": start, end, line
    pending: Normalized | None = None  # a question line whose boxes follow on the next lines
    typed_radic: bool = False  # the last typed answer was the radiculopathy question's
    line_no: int = 0
    pre_side: tuple[str, int] | None = None  # "Severity: Right lower extremity: [X] Mild"
    columns: tuple[str, str] | None = None  # a table's "Diagnosis   Right   Left" header
    yes_no_columns: bool = False  # under a "HAVE YOU EVER HAD ...  YES  NO" header
    column_at: tuple[int, int] = (0, 0)  # where in its line each of those two columns starts
    # a finding graded by boxes per side, its rows so far: index, sides graded, sides found
    graded: tuple[int, set[str], set[str]] | None = None
    report_side: str | None = None  # a structured report title's checked side


def _concat(a: Normalized, b: Normalized) -> Normalized:
    """Join two normalised pieces with a space (question + label of a form item)."""
    shift = len(a.text) + 1
    first_b = b.orig_starts[0] if b.orig_starts else 0
    return Normalized(
        a.text + " " + b.text,
        a.norm_starts + (len(a.text),) + tuple(x + shift for x in b.norm_starts),
        a.orig_starts + (first_b,) + b.orig_starts,
        a.orig_ends + (first_b,) + b.orig_ends,
        a.exact + (False,) + b.exact,
    )


def _service(text: str) -> str | None:
    if search(SERVICE_DENIED, text):
        return "denied"
    if search(SERVICE_GRANTED, text):
        return "granted"
    return None


def _decision_end(nt: str) -> int:
    """Where the sentence's first service decision ends ("Service connection ... is denied"):
    cues after it are the decision's reasons ("because the examiner found no instability")."""
    ends = [m.end() for rx in (SERVICE_DENIED, SERVICE_GRANTED) for m in matches(rx, nt)]
    return min(ends, default=0)


_CAUSE_BEFORE = re.compile(
    r"\b(?:due\s+to|secondary\s+to|2/2|d/t|from|because\s+of|caused\s+by)\s+(?:\w+\s+){0,3}$"
)
_OPPOSITE = {"left": "right", "right": "left"}
_BOTH_WORD = re.compile(r"\b(?:bilateral\w*|both|b/l|bilat)\b")
# A side stated negative in the same sentence ("negative on the left", "(-) R", "(-) LLE").
_NEGATIVE_SIDE = re.compile(
    r"(?:negative|neg|\(-\))\s*(?:on\s+(?:the\s+)?)?(?P<a>left|right|lt|rt|lle|rle|l|r)\b"
    r"|\b(?P<b>left|right|lt|rt|lle|rle|l|r)\s*(?:(?:is|was)\s+)?(?:negative|neg|\(-\))"
)


def _positive_side(nt: str) -> str | None:
    """The one side not stated negative, when the sentence states the other one negative
    (not where the finding itself is called bilateral: "bilateral L5 radiculopathy on EMG;
    SLR negative on the left")."""
    if _BOTH_WORD.search(nt):
        return None
    neg = {side_of(m.group("a") or m.group("b")) for m in _NEGATIVE_SIDE.finditer(nt)}
    if len(neg) == 1 and neg <= {"left", "right"}:
        return _OPPOSITE[neg.pop()]
    return None


def _key(c: Candidate, subject: str = "veteran") -> tuple[str, str | None, str]:
    return (c.concept, c.knee_dx if c.concept == "knee_condition" else None, subject)


def _nearest_cand(
    cands: list[Candidate], among: list[int], m: re.Match[str], starts: list[int] | None = None
) -> int:
    """Which of the candidates `among` (indexes, in order of start) lies nearest to the match
    `m`; in a long list only those around `m` are looked at (a run-on of findings).
    `starts`: the candidates' starts, where the caller asks for many matches."""
    if len(among) > 32:
        k = bisect_left(starts or [cands[i].start for i in among], m.start())
        among = among[max(0, k - 3) : k + 3]
    return min(
        among, key=lambda k: min(abs(m.start() - cands[k].end), abs(cands[k].start - m.end()))
    )


_RESULT_TAIL = re.compile(
    r"(?:\s*(?:tests?\s+)?(?:(?:is|was)\s+)?(?:"
    + RESULT_POS_WORDS
    + "|"
    + RESULT_NEG_WORDS
    + r"|equivocal))?\s+(?:on|at|in)\s+(?:the\s+)?(?:left|right|lt|rt|l|r)\b"
)


def _sides_for(
    nt: str, cands: list[Candidate], side_words: list[re.Match[str]]
) -> list[str | None]:
    heads = [(c.start, c.end) for c in cands]
    anatomy = [
        (c.anatomy_span[0], c.anatomy_span[1], i) for i, c in enumerate(cands) if c.anatomy_span
    ]
    knee_heads = [i for i, c in enumerate(cands) if c.concept == "knee_condition"]
    if knee_heads:
        starts = [cands[i].start for i in knee_heads]
        for m in matches(KNEE_ANAT, nt):
            anatomy.append((m.start(), m.end(), _nearest_cand(cands, knee_heads, m, starts)))
    # a test's result and the side it names are the test's: "Lachman negative on the right,
    # ACL tear on the left" (the right is the Lachman's, not the tear's)
    anatomy += [
        (c.end, r.end(), i)
        for i, c in enumerate(cands)
        if c.concept == "knee_condition" and (r := _RESULT_TAIL.match(nt, c.end)) is not None
    ]
    blockers = [
        (m.start(), m.end())
        for m in matches(OTHER_ANAT, nt)
        if not any(hs <= m.start() < he for hs, he in heads)
    ]
    if (
        knee_heads
        and len(nt) < 600  # (a long run-on would make the nearest-target scan quadratic)
        and all(c.concept in ("knee_condition", "back_condition") for c in cands)
    ):
        blockers += [(m.start(), m.end()) for m in _LEG.finditer(nt)]
    if not knee_heads:  # "left knee condition ... lumbar strain": the side is the knee's
        blockers += [
            (m.start(), m.end())
            for m in matches(KNEE_ANAT, nt)
            if not any(hs <= m.start() < he for hs, he in heads)
        ]
    sides = assign_sides(nt, heads, anatomy, blockers, side_words)
    unsided = [i for i, c in enumerate(cands) if c.concept == "radiculopathy" and sides[i] is None]
    parts = [m for m in _LEG_PART.finditer(nt) if not any(hs <= m.start() < he for hs, he in heads)]
    if not unsided or not parts:
        return sides
    # a radiculopathy without a side of its own takes the side of the leg part it affects:
    # "progressive right foot dorsiflexion weakness", "R anterior thigh pain, suggestive of
    # L3 radiculopathy" (not across a ROS item's own marker: "(-) radiating pain, (+) R foot")
    taken = set()
    for m in parts:
        i = _nearest_cand(cands, unsided, m)
        lo, hi = sorted((m.start(), cands[i].start))
        # a part with a nerve sign ("foot drop", "thigh pain", "dorsiflexion weakness"), not
        # an unrelated limb finding ("right foot plantar fasciitis", "left ankle ORIF")
        signed = _NERVE_SIGN.search(nt, max(0, m.start() - 50), m.end() + 50)
        if signed and not _ROS_MARK.search(nt, lo, hi):
            anatomy.append((m.start(), m.end(), i))
            taken.add((m.start(), m.end()))
    blockers = [b for b in blockers if b not in taken]
    again = assign_sides(nt, heads, anatomy, blockers, side_words)
    return [again[i] if i in unsided else x for i, x in enumerate(sides)]


_EQUIVOCAL = re.compile(
    r"\b(?P<test>[\w/'-]+)(?:\s+(?:tests?|testing|exam|maneuvers?|signs?))?\s+(?:(?:is|are|was|were)"
    r"\s+)?(?:equivocal|inconclusive|indeterminate)\b"
)
# the tests that confirm each finding: their equivocal result hedges it
_CONFIRMING = {
    "instability": re.compile(
        r"ligament(?:ous)?|ligaments|stability|lachman|drawer|varus"
        r"|valgus|stress"
    ),
    "meniscal_tear": re.compile(r"mcmurray|thessaly|meniscal|apley"),
    "radiculopathy": re.compile(r"slr|straight|neural|tension|slump|lasegue|dural"),
}


def _equivocal(nt: str, c: Candidate) -> bool:
    """A test for this finding, stated after it in the sentence, came out equivocal."""
    rx = _CONFIRMING.get(c.knee_dx if c.concept == "knee_condition" else c.concept or "")
    if rx is None or "equivocal" not in nt and "inconclusive" not in nt and "indeterm" not in nt:
        return False
    return any(
        rx.fullmatch(m.group("test")) or rx.match(m.group("test"))
        for m in _EQUIVOCAL.finditer(nt, c.end)
    )


# Clause boundaries, one per reach: a clause mark ends a side's or a cue's own clause; a hard
# break ends a limp's reach to a side (a line wrapped mid-sentence goes on in lower case); a
# clause end ends a denied radiculopathy's; the model's cue stops at a clause mark or at a
# point the splitter did not cut at.
_CLAUSE_MARK = re.compile(r"[,;]")
_HARD_BREAK = re.compile(r"[;]|\n(?![a-z])")
_CLAUSE_END = re.compile(r"[;.]|\bbut\b")  # (not a line break: a wrapped line goes on)
_CUE_BREAK = re.compile(r"[,;]|" + POINT_END.pattern)
# What a limp is due to, with its side: "antalgic gait 2/2 L knee OA", "limp from the R hip"
_GAIT_CAUSE = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:2/2|d/t|due\s+to|secondary\s+to|from|because\s+of|caused\s+by)\s+"
    r"(?:(?:the|his|her|a|an|chronic|severe|known)\s+)*(?P<side>left|right|lt|rt|l|r)\s+"
    r"(?:knee|leg|le|lower\s+extremity|hip|ankle|foot)\b"
)
_UNFILLED = re.compile(r"\s*:?\s*(?:\{|\*\*\*)")
_COUNTERFACTUAL = re.compile(
    r"^\W*(?:had|were|should)\s+(?:the\s+(?:veteran|patient|claimant)|he|she|they)\s+[^,;]*"
    # "Even if the Veteran's gait were antalgic, ...": a supposition
    # (and what it expects: "If the gait were antalgic, one would expect DJD of the left knee")
    r"|^\W*(?:even\s+)?if\s+[^,;]{0,60}?\bwere\b[^,;]*(?:,\s*one\s+would\s+(?:expect|anticipate)[^;.]*)?"
    # (an inverted "if", its consequence after the comma; not "Had sciatica which persisted")
    r"|^\W*had\s+(?!(?:\w+\s+){0,3}(?:which|that|who)\b)(?:\w+\s+){1,3}(?:recurred|developed"
    r"|persisted|worsened|returned|existed|been\s+present)\b[^,;]*"
    r"(?=,[^.;]*\b(?:would|could|might|should)\b)"
)
_FIELD_Q = re.compile(r"\bq\s*:")
_FIELD_R = re.compile(r"\br\s*:")
_FIELD_S = re.compile(r"\bs\s*:")


def _opqrst_r(nt: str) -> int:
    """Where a pain history's "R:" field starts ("O: ... P: ... Q: sharp  R: down L leg  S: 7"),
    -1 if the sentence has none: an "R:" within 200 characters after a "Q:", with an "S:" within
    200 after it (a bounded look: a long line of labels stays linear)."""
    for q in islice(_FIELD_Q.finditer(nt), 8):
        r = _FIELD_R.search(nt, q.end(), q.end() + 200)
        if r and _FIELD_S.search(nt, r.end(), r.end() + 200):
            return r.start()
    return -1


_COLON = re.compile(r"\s*:")
_NOT_SIDE = re.compile(r"\bnot\s+(?:in\s+|on\s+)?(?:the\s+)?$")
_RESULT_BOTH = re.compile(r"(?:neg|pos|\(-\)|\(\+\))\s+b$")
_LEG_SYMPTOM = re.compile(
    r"\b(?P<side>left|right|lt|rt|l|r)\s+(?:leg|lower\s+extremity|le)\s+(?:pain|numbness|tingling"
    r"|weakness|paresthesias?|symptoms|sx)\b"
)
_WOULD_AFTER = re.compile(r"\s+(?:\w+\s+)?would\b")
_SIDED_KNEE = re.compile(
    r"(?<![\w/])(?P<side>left|right|lt|rt|l|r)\s+(?:(?:total|partial|unicompartmental)\s+)?knee\b"
)
_KNEE_PAIR = re.compile(
    r"\b(?:left|right|lt|rt|l|r)\s+knee\s*(?:and|&|,|/|or)\s*(?:the\s+)?(?:left|right|lt|rt|l|r)"
    r"\s+knee\b"
)
_PLUS_BEFORE = re.compile(r"(?:\(\s*\+\s*\)|\(\s*pos\s*\))\s*(?:[\w/-]+\s+){0,3}$")
# a side word of the lower limb: "rt knee", "L ankle", "RLE", "on the right side" (not
# "right-hand dominant", "right shoulder")
_LOWER_LIMB_AT = re.compile(
    r"(?:lle|rle|(?:left|right|lt|rt|l|r)(?:-?sided)?\s+(?:great\s+|lower\s+)?(?:knees?|legs?|le\b"
    r"|lower|hips?|ankles?|foot|feet|toes?|thighs?|calf|calves|heel|side\b|sciatica|radic\w*"
    r"|[ls][1-5]\b))"
)


def _near_in_clause(nt: str, c: Candidate, s: int, e: int) -> bool:
    """[s, e) lies within 80 characters of the candidate, with no ";" or line break between."""
    lo, hi = (e, c.start) if e <= c.start else (c.end, s)
    return hi - lo <= 80 and not _HARD_BREAK.search(nt, lo, max(lo, hi))


def _same_clause(nt: str, c: Candidate, s: int, e: int) -> bool:
    """[s, e) lies within 40 characters of the candidate, in the same clause."""
    lo, hi = (e, c.start) if e <= c.start else (c.end, s)
    return hi - lo <= 40 and not _CLAUSE_END.search(nt, lo, max(lo, hi))


_LIMB_AFTER = re.compile(r"\s+(?:lower\s+extremit(?:y|ies)|legs?)\b")
_VERDICT_NEXT = re.compile(
    r"\s*(?:(?:currently|now|since|later|subsequently|completely|was|is|has|had)\s+)*"
    r"(?:resolved|negative|neg|absent|ruled|denied|none|normal|not|no\s+longer)\b"
    + NOT_A_TEST_AFTER  # ("effusion, negative Lachman": the next finding's result)
)


def _cue_window(nt: str, c: Candidate) -> tuple[int, int]:
    """Where a cue lets the model overrule: the finding's own clause ("- ant drawer, trace
    effusion": the "-" is the drawer's), and the next where it is the verdict ("sciatica L
    leg 2012, resolved w/ PT"), not another finding ("..., McMurray negative")."""
    before = [m.end() for m in _CUE_BREAK.finditer(nt, 0, c.start)]
    start = before[-1] if before else 0
    marks = [m.start() for m in _CUE_BREAK.finditer(nt, c.end)]
    if not marks:
        return start, len(nt)
    end = marks[0]
    if _VERDICT_NEXT.match(nt, end + 1):
        end = marks[1] if len(marks) > 1 else len(nt)
    return start, end


# A general statement about a condition, a population or the literature, with no patient in
# it, states no finding ("Sciatica occurs in 13% to 40% of people", "Quadriceps weakness from
# L4 radiculopathy is a recognized cause of knee instability", "Keywords: ...").
_GENERAL = re.compile(
    r"^\W*(?:keywords?|key\s+words|learning\s+points?)\s*:"
    r"|\b(?:is|are)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:causes?|mechanisms?|complications?"
    r"|consequences?|manifestations?)\s+of\b"
    r"|\b(?:incidence|prevalence|sensitivity|specificity|lifetime|cohort|pooled|meta-?analys\w*"
    r"|systematic\s+review|randomi[sz]ed|population|literature|studies\s+(?:have|show))\b"
    r"|\b(?:patients|people|individuals|adults|subjects)\s+(?:with|who|over|under|aged)\b"
    r"|\d\s*%\s+(?:of\s+)?(?:patients|people|individuals|adults|veterans|cases|subjects)\b"
    r"|\(\s*a\s*\)\s+[^()]+\(\s*b\s*\)"
    r"|\bcase\s+report\b|\bwe\s+(?:describe|report|present|believe)\b"
    # a report's boilerplate caveat: "A normal EMG/NCS does not exclude a radiculopathy ..."
    r"|\ba\s+normal\s+(?:\S+\s+){0,2}?(?:does|do|can|cannot)\s+not\s+(?:exclude|rule\s+out)"
    r"|\ba\s+normal\s+(?:\S+\s+){0,2}?(?:cannot|can't|doesn't)\s+(?:exclude|rule\s+out)"
)
# Education titles and return precautions name what they teach about, not a finding:
# "Patient Education: Sciatica: Exercises", "Return to the ED if ... pain that shoots down your
# leg" (the findings before them stand: "Left knee OA - education provided on weight loss").
_TEACHING = re.compile(
    r"\b(?:(?:patient|pt)\s+education|education\s+(?:provided|given)|handouts?"
    r"|discharge\s+instructions|care\s+instructions|return\s+precautions"
    r"|return\s+to\s+(?:the\s+)?(?:ed|er|emergency)|go\s+to\s+(?:the\s+)?(?:er|ed|emergency))\b"
    # a triage protocol's title: "Protocol used: Sciatica (Schmitt-Thompson)"
    r"|^\W*(?:triage\s+)?protocol(?:\s+used)?\s*:|^\W*education\s*:"
)
_RISKS = re.compile(
    r"(?:^|(?<=[.;:(]\s)|(?<=[.;:(]))\s*+(?:(?:discussed|reviewed|specific|procedure[\s-]specific"
    r"|surgical|potential|the|these)\s+)*risks?(?!\s+factors?)(?:,?\s*(?:and\s+|&\s*)?"
    r"(?:benefits|alternatives))*(?:\s+(?:of\s+(?:the\s+)?(?:procedure|surgery|operation|tka|block)"
    r"|discussed|reviewed|explained|included?|including|such\s+as))*\s*+:?"
    r"(?=\s*+\w)(?<=[:\w])(?<!\brisk)(?<!\brisks)"
    r"|\brisks?\s+(?:discussed|reviewed|explained)?\s*(?:include|including|such\s+as)\b"
    r"|\b(?:potential\s+)?complications?\s+(?:discussed|reviewed)?\s*(?:include\w*|discussed|reviewed)\b"
)
_ASSISTIVE_ITEM = re.compile(
    r"\b(?:identify|specify)\s+(?:the\s+)?(?:condition\s+and\s+identify\s+the\s+)?assistive\s+devices?"
)
_RESIDUAL_GRADE = re.compile(
    r"\b(?:intermediate\s+degrees\s+of\s+residual|chronic\s+residuals\s+consisting\s+of)\b"
)
_LIST_END = re.compile(r";|\)|\.(?:\s|$)|\s(?:were|was|for|and\s+(?:the|his|her))\s")
_PROCEDURE_LINE = re.compile(
    r"^\W*(?:procedures?|proc|operations?)(?:\s+performed)?(?:\s*\(s\))?\s*:", re.IGNORECASE
)
# (a dated one is a past operation a summary lists: "PROCEDURE: Left TKA, 9/8/99")
_DATED = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d\d\b")
_OPERATION = re.compile(
    r"ectom|plast|reconstruct|repair|arthroscop|scope|\btk[ar]\b|\buka\b|replacement|osteotomy"
)
_NOT_MET = re.compile(r"\bnot\s+met\b")
_VERDICT_MARK = re.compile(r"(?:[-:–(\[]|\s-)\s*$")
_CPT = re.compile(r"(?:^|[:;])[\W_]{0,6}[2-7]\d{4}(?:-[a-z]{2})?\s+[a-z]")
_PATIENT = re.compile(
    r"\b(?:he|she|his|her|him|pt|i|my|me|our\s+patient|(?:the|this)\s+(?:patient|veteran|man"
    r"|woman|claimant)|veteran's|patient's)\b"
)


# A textbook's sentence, when it names no side either (telegraphic notes name no patient:
# "Antalgic gait is a sign of ongoing R knee pain" is a finding): "Medial meniscal degeneration
# is common in men over 50", "Meniscal pathology does not produce dermatomal sensory loss",
# "Knee pain alone is a symptom, not a diagnosis"
_TEXTBOOK = re.compile(
    r"\b(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:symptom|sign)\s*,\s*not\b"
    r"|\b(?:is|are)\s+(?:very\s+)?(?:common|uncommon|rare|frequent)\s+(?:in|among)\s+(?!the\b)"
    r"(?:\w+\s+){0,2}(?:men|women|people|adults|patients|veterans|athletes|runners|soldiers)\b"
    r"|\b(?:does|do)\s+not\s+(?:produce|cause)\s+(?!the\b|his\b|her\b)|\bproposed\s+as\b"
)


def _general(nt: str) -> bool:
    if _PATIENT.search(nt) is not None:
        return False
    if _GENERAL.search(nt) is not None:
        return True
    return _TEXTBOOK.search(nt) is not None and ";" not in nt and not find_sides(nt)


def _line_end(text: str, pos: int) -> int:
    """Where the line holding `pos` ends (the text's end for its last line)."""
    eol = text.find("\n", pos)
    return len(text) if eol < 0 else eol


def _unmet_criteria(nt: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates a criterion marked NOT MET does not assert: it names nothing ("Criteria:
    radicular pain > 6 weeks despite conservative care - NOT MET"), on its own line only ("[MET]
    ... antalgic gait\n[NOT MET] Non-operative treatment"), and what follows may refute it
    ("(menisci intact)"). The verdict first takes the whole line ("[NOT MET] Knee OA with KL
    grade 3 or 4"); after the criterion it needs a mark or a criteria column ("Criterion 2:
    radiculopathy on EMG    NOT MET"), not a goal's "LTG #2 not met"."""
    for m in _NOT_MET.finditer(nt):
        line_start = nt.rfind("\n", 0, m.start()) + 1
        eol = _line_end(nt, m.end())
        first = not nt[line_start : m.start()].strip(" [(*-")
        column = "criteri" in nt[line_start : m.start()] and not nt[m.end() : eol].strip(" .;:")
        if not first and not column and not _VERDICT_MARK.search(nt, line_start, m.start()):
            continue
        line_end = eol if first else m.start()
        cands = [c for c in cands if not line_start <= c.start < line_end]
    return cands


def _prose(page: _Page, norm: Normalized, s: int, e: int) -> list[Mention]:
    nt = norm.text
    if _OPEN_QUESTION.match(nt):
        return []  # a form question left unanswered ("Does the Veteran have ...?")
    if _general(nt):
        return []
    cands = find_candidates(nt, page.sections.anatomy(s))
    if cands and (_PROCEDURE_LINE.match(nt) and not _DATED.search(nt) or _CPT.search(nt)):
        # an operative note's "PROCEDURE: Left knee arthroscopy with partial medial meniscectomy"
        # names what was done today, not a finding (the diagnosis lines name those); so does a
        # billed or requested one: "Service: 27447 TKA, left", "29881 Arthroscopy, knee,
        # surgical; with meniscectomy" (a CPT code names what is done)
        cands = [c for c in cands if not _OPERATION.search(nt, c.start, c.end)]
    if cands and "assistive" in nt and (dev := _ASSISTIVE_ITEM.search(nt)):
        # the DBQ's assistive-device item names the condition a device is for, not a finding:
        # "... identify the assistive device used for each condition: straight cane, for low back"
        cands = [c for c in cands if c.end <= dev.start()]
    if (
        "rad" in nt
        and not any(c.concept == "radiculopathy" for c in cands)
        and (field := _radiation_words(page, nt, s)) is not None
    ):
        cands = sorted([*cands, field], key=lambda c: c.start)
    if cands and "residual" in nt and _RESIDUAL_GRADE.search(nt):
        cands = []  # a knee replacement's residuals graded (DC 5055), not a finding
    if cands and "not met" in nt:
        cands = _unmet_criteria(nt, cands)
    if cands and ("risk" in nt or "complication" in nt) and (risk := _RISKS.search(nt)):
        # a consent's list of what may go wrong names no finding: "Risks discussed: infection,
        # stiffness, persistent pain, instability, limp" (to the list's end)
        stop = _LIST_END.search(nt, risk.end())
        cut = stop.start() if stop else len(nt)
        cands = [c for c in cands if c.end <= risk.start() or cut <= c.start]
    if cands and (ins := _TEACHING.search(nt)):
        # a title's whole line ("Patient Education Provided: Knee OA: ...; Sciatica: ..."), else
        # to the end of its clause ("Return to ER if ...; pt has L5 radiculopathy on the left")
        title = not nt[: ins.start()].strip(" -:*#") and not ins.group().startswith(
            ("return", "go")
        )
        stop = -1 if title else nt.find(";", ins.end())
        cands = [c for c in cands if c.end <= ins.start() or 0 <= stop <= c.start]
    if cands and (cf := _COUNTERFACTUAL.match(nt)):
        # "Had the Veteran developed radiculopathy, one would expect ...": a supposition, and
        # what its consequence expects ("..., a right-sided limp would be expected")
        cands = [c for c in cands if c.start >= cf.end() and not _WOULD_AFTER.match(nt, c.end)]
    if cands and ("{" in nt or "***" in nt):
        # an unfilled template field: "Radiating symptoms: {Yes/No:19197::"***"}"
        cands = [c for c in cands if not _UNFILLED.match(nt, c.end)]
    if not cands:
        return []
    decision = _service(nt)
    decided_by = _decision_end(nt) if decision else 0  # (once per sentence, not per finding)
    side_words = find_sides(nt)  # once: sides and the evidence of each mention
    if " not " in nt:  # "the meniscal tear is in the LEFT knee, not the right": no vote
        side_words = [
            m for m in side_words if not _NOT_SIDE.search(nt, max(0, m.start() - 16), m.start())
        ]
    if "r:" in nt:
        # a pain history's "R:" is its radiation field, not the right side (between its "Q:"
        # and "S:", or at the start of the radiation it names: "R: down L leg")
        r_field = _opqrst_r(nt)
        radic_starts = {c.start for c in cands if c.concept == "radiculopathy"}
        side_words = [
            m
            for m in side_words
            if not (
                m.group() == "r"
                and _COLON.match(nt, m.end())
                and (m.start() == r_field or m.start() in radic_starts)
            )
        ]
    if " b" in nt:
        # a test's "neg B" is its own result ("Clonus neg B, SLR positive on the left"): it
        # reaches no finding but the one it follows
        side_words = [
            m
            for m in side_words
            if m.group() != "b"
            or not _RESULT_BOTH.search(nt, max(0, m.start() - 6), m.end())
            or any(m.start() - 8 <= c.end <= m.start() for c in cands)
        ]
    sides = _sides_for(nt, cands, side_words)
    back_sides = {
        x for c, x in zip(cands, sides, strict=True) if x and c.concept == "back_condition"
    }
    if back_sides:  # "radiculopathy ... secondary to L5-S1 HNP, right": the disc's side
        sides = [
            combine(back_sides) if x is None and c.concept == "radiculopathy" else x
            for c, x in zip(cands, sides, strict=True)
        ]
    scored = []
    for c, side in zip(cands, sides, strict=True):
        if is_ordered(nt[: c.start], nt[c.end : c.end + 40]):
            continue
        ctx = assess(nt, c.start, c.end, post=decision is None)
        assertion = c.fixed or ctx.assertion
        score = c.score
        if page.model is not None and c.fixed is None:
            proba = page.model.proba(nt[: c.start], nt[c.end :])
            # (not a finding a ROS template marks positive: "(+) joint pain R knee (-) limp")
            if not ctx.triggered and not _PLUS_BEFORE.search(nt, max(0, c.start - 30), c.start):
                alt = max(("negated", "possible"), key=proba.__getitem__)
                cue = _NEG_CUE if alt == "negated" else _POSS_CUE
                if (
                    proba[alt] >= MODEL_THRESHOLD
                    and cue.search(nt, *(window := _cue_window(nt, c)))
                    # (not a "no" that denies nothing: "I have no doubt that ...", "stenosis
                    # does not account for the effusion")
                    and not (alt == "negated" and PSEUDO.search(nt, 0, max(c.start, window[1])))
                ):
                    assertion = alt
            score = 0.5 * c.score + 0.5 * proba[assertion]
        if decision and (
            c.concept == "back_condition"
            or c.fixed is None
            and (ctx.trigger is None or ctx.trigger[0] < decided_by)
        ):
            # a decided claim names the condition (README: rating decisions), not a finding
            # the decision's reasons deny ("denied because ... found no instability")
            assertion = "present"
        if assertion == "present" and c.fixed is None and _equivocal(nt, c):
            assertion = "possible"  # "L knee instability ...; ligament tests equivocal"
        scored.append((c, side, ctx, assertion, score))
    dx_starts = [
        c.start
        for c, _, _, a, _ in scored
        if c.concept == "knee_condition" and c.knee_dx not in ("pain_only", None) and a == "present"
    ]
    if dx_starts:  # "knee pain due to OA", "R knee pain (OA)": the pain is the diagnosis's
        kept = [
            x
            for x in scored
            if x[0].knee_dx != "pain_only"
            or not any(_EXPLAINED.match(nt, x[0].end, d) for d in dx_starts if d >= x[0].end)
        ]
        lent = combine({x[1] for x in scored if x not in kept and x[1]})
        scored = (
            [
                (c, lent if side is None and c.start in dx_starts else side, *rest)
                for c, side, *rest in kept
            ]
            if lent
            else kept
        )
    best: dict[tuple[str, str | None, str], tuple] = {}
    votes: dict[tuple[str, str | None, str], set[str]] = {}
    for item in scored:
        c, side, ctx, assertion, _ = item
        k = _key(c, ctx.subject)
        rank = (
            c.fixed is not None and c.concept == "knee_condition" and c.knee_dx is not None,
            _RANK[assertion],
            _WEAK_BACK.get(c.condition or "", 0),
            -c.score,
            c.start,
        )
        if k not in best or rank < best[k][0]:
            best[k] = (rank, item)
    for item in scored:
        c, side, ctx, assertion, _ = item
        k = _key(c, ctx.subject)
        if side and assertion == best[k][1][3]:
            votes.setdefault(k, set()).add(side)
    for item in scored:  # "+ patellar grind R - c/w PFPS": the test's side is the finding's
        c, side, ctx, assertion, _ = item
        k = _key(c, ctx.subject)
        if side and k not in votes and best[k][1][1] is None:
            votes.setdefault(k, set()).add(side)
    knee_sides = set().union(*(v for k, v in votes.items() if k[0] == "knee_condition"))
    protected = (  # looked for only where a gait finding may use it
        {side_of(m.group("side")) for m in matches(PROTECTED, nt)}
        if any(k[0] == "antalgic_gait" for k in best)
        else set()
    )
    # knee diagnoses: their side is the knee's, not a limp's ("L knee OA ... antalgic gait")
    knee_dx = [c for c, *_ in scored if c.concept == "knee_condition" and c.knee_dx != "pain_only"]
    out = []
    for k, (_, (c, _, ctx, assertion, score)) in best.items():
        lat = combine(votes.get(k, set()))
        if c.concept == "radiculopathy" and assertion == "negated":
            # a denied radiculopathy has a side only where one is written with it ("no
            # radiculopathy of the left leg", "... or neuropathy affecting the left lower
            # extremity"), not from the sentence's other findings ("facet pain L4-5
            # bilaterally, without radiculopathy")
            # ("EMG of the right lower extremity ... showed no evidence of radiculopathy")
            lat = combine(
                {
                    side_of(m.group())
                    for m in side_words
                    if lat
                    and _same_clause(nt, c, m.start(), m.end())
                    or _LIMB_AFTER.match(nt, m.end())
                    and not _CLAUSE_END.search(nt, *sorted((c.end, m.start())))
                    and not _CLAUSE_END.search(nt, *sorted((c.start, m.end())))
                }
            )
        if lat == "bilateral" and c.concept == "knee_condition" and ctx.subject == "veteran":
            # "L knee 'gave out' on stairs, fell onto R side": the side on the finding's own
            # knee word is its side, whatever else the sentence names
            own = {
                side_of(m.group("side"))
                for m in _SIDED_KNEE.finditer(nt, max(0, c.start - 16), c.end)
                if m.end() > c.start or not _CLAUSE_MARK.search(nt, m.end(), c.start)
            }
            # (not where two knees share the finding: "Left knee and right knee pain")
            if len(own) == 1 and not _KNEE_PAIR.search(nt, max(0, c.start - 40), c.end):
                lat = own.pop()
        if lat is None and c.concept == "knee_condition":
            lat = combine(knee_sides)  # "limitation of flexion, right knee, secondary to DJD"
        if c.concept == "antalgic_gait" and (protected or assertion == "negated"):
            lat = combine(protected)  # a normal gait has a side only where one is stated
        if c.concept == "antalgic_gait" and not protected and assertion != "negated":
            weight = WEIGHT_ON.search(nt)  # "limp ... my weight on my left leg": spares the R
            if weight:
                lat = _OPPOSITE[side_of(weight.group("side"))]
        if c.concept == "antalgic_gait" and lat is None and assertion != "negated":
            cane = search(CANE_HAND, nt)  # "antalgic gait, SPC in the L hand": protects the R
            if cane:
                lat = _OPPOSITE[side_of(cane.group("side"))]
        if c.concept == "antalgic_gait" and lat is None and assertion != "negated":
            cause = _GAIT_CAUSE.match(nt, c.end)  # "antalgic gait 2/2 L knee OA": that knee
            if cause:
                lat = side_of(cause.group("side"))
        if c.concept == "antalgic_gait" and lat is None and assertion != "negated":
            # "c/o rt knee pain and swelling after a ruck, limping since": a limp takes the one
            # side the sentence names (the painful limb it spares)
            named = {
                side_of(m.group())
                for m in side_words
                if _near_in_clause(nt, c, m.start(), m.end())
                and _LOWER_LIMB_AT.match(nt, m.start())  # a leg's side ("rt knee", "L ankle")
                and not any(d.start - 15 <= m.start() < d.end + 15 for d in knee_dx)
            }
            if len(named) == 1 and "bilateral" not in named:
                lat = named.pop()
        if lat == "bilateral" and c.concept == "radiculopathy" and assertion != "negated":
            lat = _positive_side(nt) or lat  # "SLR (+) L 35 deg, (-) R": the left only
        if (
            lat is None
            and c.concept == "radiculopathy"
            and protected
            and _CAUSE_BEFORE.search(nt, max(0, c.start - 40), c.start)
        ):
            lat = combine(protected)  # "favoring the left leg secondary to sciatica"
        if lat is None and c.concept == "radiculopathy" and assertion != "negated":
            # "Indication: R leg pain and numbness; r/o radiculopathy vs peroneal neuropathy": the
            # one leg whose symptoms the sentence names, across its clauses
            legs = {side_of(m.group("side")) for m in _LEG_SYMPTOM.finditer(nt)}
            if len(legs) == 1:
                lat = legs.pop()
        if lat is None and c.concept == "radiculopathy" and _PLURAL_LEGS.search(nt):
            lat = "bilateral"  # "radiating pain to legs", "no radiculopathy in the lower limbs"
        if lat is None and c.concept == "knee_condition" and _KNEES.search(nt):
            lat = "bilateral"
        if lat is None and c.concept in ("knee_condition", "radiculopathy"):
            lat = page.sections.side(s, knee=c.concept == "knee_condition")
        roots: tuple[str, ...] = ()
        severity = None
        if c.concept == "radiculopathy":
            roots = ordered(roots_in(nt))
            severity = severity_near(nt, c.start, c.end)
        os_, oe = norm.to_orig(c.start, c.end)
        evidence = []
        if ctx.trigger is not None:
            evidence.append(norm.to_orig(*ctx.trigger))
        if lat:
            wanted = {"left", "right"} if lat == "bilateral" else {lat}
            words = [m for m in side_words if side_of(m.group()) in wanted | {"bilateral"}]
            evidence.extend(norm.to_orig(m.start(), m.end()) for m in words)
            header = page.sections.side_header(s)
            if not words and header is not None:
                evidence.append((header.start, _line_end(page.text, header.start)))
        out.append(
            Mention(
                evidence_spans=tuple(evidence),
                concept=c.concept,
                assertion=assertion,
                laterality="unspecified" if c.concept == "back_condition" else lat or "unspecified",
                start=os_,
                end=oe,
                text=page.text[os_:oe],
                nerve_roots=roots,
                knee_dx=c.knee_dx,
                subject="other" if page.sections.family(s) else ctx.subject,
                score=round(min(1.0, max(0.0, score)), 3),
                severity=severity,
                historical=ctx.historical or page.sections.history(s),
                condition=c.condition,
                service_connection=decision if c.concept == "back_condition" else None,
                sentence_start=s,
                sentence_end=e,
            )
        )
    if out and ("status" in nt or "confirmation" in nt):
        out = _record_status(nt, norm, out)
    return out


# the status values that leave a finding as it is written
_STATUS_PRESENT = (
    "active",
    "chronic",
    "confirmed",
    "current",
    "ongoing",
    "stable",
    "improving",
    "worsening",
)
# A coded record's status field, after its title: "Name: Lumbar strain | Status: Resolved",
# "Tear of lateral meniscus of left knee  Confirmation: Ruled Out", "Problem: ... Life Cycle
# Status: Canceled" (Cerner, C-CDA and JLV problem rows)
_STATUS_FIELD = re.compile(
    r"\b(?:(?:life\s+cycle\s+|problem\s+|clinical\s+)?"
    # (not another status: "functional status: possible decline", "work status: ...")
    r"(?<!functional\s)(?<!work\s)(?<!discharge\s)(?<!mental\s)(?<!bearing\s)(?<!ambulatory\s)"
    r"(?<!code\s)(?<!marital\s)(?<!smoking\s)(?<!performance\s)(?<!neurovascular\s)"
    r"(?<!activity\s)(?<!duty\s)(?<!cognitive\s)(?<!nutritional\s)(?<!housing\s)(?<!fall\s)"
    r"(?<!appointment\s)(?<!consult\s)(?<!appeal\s)(?<!claim\s)(?<!authorization\s)(?<!referral\s)"
    r"(?<!order\s)(?<!request\s)(?<!case\s)(?<!review\s)(?<!insurance\s)(?<!payment\s)"
    r"status|confirmation)\s*:\s*(?P<v>resolved"
    r"|inactive|ruled\s+out|canceled|cancelled|entered\s+in\s+error|possible|probable"
    r"|provisional|differential|suspected|" + "|".join(_STATUS_PRESENT) + r")\b"
    # (a row's own "Active" ends the search: the next row's "Resolved" is not this one's)
    # (the value ends its field; "resolved after microdiscectomy" says enough)
    r"(?:(?=\s*(?:[|,;.)]|$|\s\S+\s*:|\s\s))|(?<=resolved)|(?<=inactive)|(?<=out))"
)
_STATUS_ASSERTION = {"resolved": "negated", "ruled out": "negated"}


def _record_status(nt: str, norm: Normalized, out: list[Mention]) -> list[Mention]:
    """The assertion a row's status field gives the findings named before it on the row."""
    kept = []
    fields = [(norm.to_orig(f.start(), f.end())[0], f) for f in _STATUS_FIELD.finditer(nt)]
    for m in out:
        # the first field after the finding, and no other finding between them
        field = next((f for at, f in fields if at >= m.end), None)
        if field is None or any(
            x is not m and m.end <= x.start < norm.to_orig(field.start(), field.end())[0]
            for x in out
        ):
            kept.append(m)
            continue
        v = re.sub(r"\s+", " ", field.group("v"))
        if v in _STATUS_PRESENT:
            kept.append(m)
        elif v in ("canceled", "cancelled", "entered in error"):
            pass  # a row withdrawn: no finding
        elif v == "inactive":
            kept.append(replace(m, historical=True))
        elif v in _STATUS_ASSERTION:
            kept.append(replace(m, assertion=_STATUS_ASSERTION[v], historical=True))
        else:
            kept.append(replace(m, assertion="possible") if m.assertion == "present" else m)
    return kept


def _close_section(page: _Page) -> None:
    sec = page.radic
    if sec.index is not None:
        m = page.out[sec.index]
        page.out[sec.index] = replace(
            m,
            laterality=combine(sec.sides) or m.laterality,
            nerve_roots=ordered(sec.roots | set(m.nerve_roots)),
            severity=worst(sec.severities) or m.severity,
        )
    page.radic = _Section()


def _section_line(page: _Page, line: str) -> None:
    """Bookkeeping for an open radiculopathy section on every line."""
    sec = page.radic
    if sec.index is None:
        return
    sec.lines += 1
    if sec.lines > 40 or _SECTION_BREAK.search(line):
        _close_section(page)


def _label_kind(line: str, it: forms.Item) -> str:
    if forms.YES.match(line, it.label_start, it.label_end):
        return "yes"
    if forms.NO.match(line, it.label_start, it.label_end):
        return "no"
    if forms.SIDE_LABEL.match(line, it.label_start, it.label_end):
        return "side"
    if forms.SEVERITY_LABEL.match(line, it.label_start, it.label_end):
        return "severity"
    return "other"


def _absorb(page: _Page, line: str, question: str, items: list[forms.Item]) -> bool:
    """Use a follow-up line of an open radiculopathy section; True when it was one."""
    sec = page.radic
    q = question.lower()
    side_only = bool(_SIDE_ONLY_Q.match(question))
    limb = bool(_LIMB_Q.match(question)) or bool(_GRID_ROW.search(q))
    if not (forms.ATTRIBUTE_PREFIX.search(q) or limb or sec.in_severity and side_only):
        sec.in_severity = False
        return False
    if "severity" in q:
        sec.in_severity = True
    checked = [(it, _label_kind(line, it)) for it in items if it.checked]
    side = forms.checked_side(line, items)
    answered_no = any(k == "no" for _, k in checked) and not any(k == "yes" for _, k in checked)
    if ("root" in q or "nerve" in q or "involvement" in q) and side and not answered_no:
        sec.sides.add(side)
        sec.roots |= roots_in(normalize(question).text)
    sevs = [
        re.sub(r"\s+", " ", line[it.label_start : it.label_end].strip().lower())
        for it, kind in checked
        if kind == "severity"
    ]
    sevs = [forms.SEVERITY_LABEL.match(x).group(1) for x in sevs]  # type: ignore[union-attr]
    real = [x for x in sevs if x not in _NO_SEVERITY]
    if real and ("severity" in q or sec.in_severity or limb):
        sec.severities.extend(real)
        # "Right lower extremity: [X] Mild  Left lower extremity: [X] None": each checked
        # severity belongs to the side written last before it
        per_box = {
            side_of(found[-1].group())
            for it, kind in checked
            if kind == "severity"
            and (found := find_sides(line[: it.label_start].lower()))
            and forms.SEVERITY_LABEL.match(line, it.label_start, it.label_end).group(1).lower()  # type: ignore[union-attr]
            not in _NO_SEVERITY
        }
        q_sides = per_box or sides_named(q)
        if q_sides:
            sec.sides.add(combine(q_sides) or "bilateral")
        elif side:
            sec.sides.add(side)
    return True


_MENISCUS_SYMPTOM = re.compile(
    r"\bfrequent\s+episodes\s+of\s+(?:joint\s+)?(?:[\"“]?locking|effusion|pain)"
)


def _emit_form(
    page: _Page,
    c: Candidate,
    norm: Normalized,
    assertion: str,
    lat: str | None,
    s: int,
    e: int,
    subject: str = "veteran",
) -> int:
    if page.generic and c.concept == "knee_condition" and _MENISCUS_SYMPTOM.search(norm.text):
        # "meniscus condition? [X] Yes" then "[X] Frequent episodes of joint effusion  Side:
        # [X] Left": a symptom of the condition checked, which gives it its side
        i = page.generic[-1]
        if lat is not None:
            g = page.out[i]
            side = lat if g.laterality == "unspecified" else combine({g.laterality, lat})
            page.out[i] = replace(g, laterality=side or lat)
        return i
    if not c.generic:  # "meniscus condition? [X] Yes" then "[X] Meniscal tear": the tear only
        for i in page.generic:
            if page.out[i].concept == c.concept:
                page.dropped.add(i)
    os_, oe = norm.to_orig(c.start, c.end)
    if lat is None and c.concept == "knee_condition":
        lat = page.report_side
    page.out.append(
        Mention(
            concept=c.concept,
            assertion=assertion,
            laterality=lat or "unspecified",
            start=os_,
            end=oe,
            text=page.text[os_:oe],
            knee_dx=c.knee_dx,
            score=0.9,
            condition=c.condition,
            historical=page.sections.history(s),
            sentence_start=s,
            sentence_end=e,
            subject="other" if page.sections.family(s) else subject,
        )
    )
    return len(page.out) - 1


# A side-column header of a DBQ table ("Diagnosis      Right    Left"): the boxes of the rows
# below it answer per column.
_COLUMNS = re.compile(
    r"^\s*(?:[a-z][\w ()/.]{0,40}?\s{2,})?(right|left|rt|lt|r|l)"
    r"(?:\s+(?:lower\s+extremity|le|knee|side))?"
    r"\s{2,}(right|left|rt|lt|r|l)(?:\s+(?:lower\s+extremity|le|knee|side))?\s*$",
    re.IGNORECASE,
)
_COLUMN_SIDE = {"r": "right", "rt": "right", "l": "left", "lt": "left"}
# the cells of a row laid out in columns, two spaces or more apart
_CELL = re.compile(r"\S+(?: \S+)*")
_CELL_POS = re.compile(r"\s*(?:\+|pos\b|positive|\(\+\)|[1-3]\+)", re.IGNORECASE)
_CELL_SOME = re.compile(r"\s*(?:trace|small|mild|moderate|large|present|yes)\b", re.IGNORECASE)
_VARUS_VALGUS = re.compile(r"\b(?:varus|valgus)\b")
_GRIND_HEAD = re.compile(r"\b(?:patellar\s+grind|clarke'?s?)\b")
_FINDING_HEAD = re.compile(r"^\W*(?:joint\s+)?effusion\b")
_CELL_NEG = re.compile(
    r"\s*(?:-(?!\w)|neg\b|negative|\(-\)|normal|nl\b|stable|intact|wnl|none\b)", re.IGNORECASE
)


# Every _COLUMNS match holds two white-space characters in a row: a quick look before it.
_TWO_SPACES = re.compile(r"\s\s")


def _column_row(page: _Page, line: str, items: list[forms.Item], s: int, e: int) -> bool:
    """A row of a side-column table ("Degenerative arthritis   [X]   [X]"); True if handled."""
    if (
        page.columns is None
        or len(items) != 2
        or any(line[it.label_start : it.label_end].strip() for it in items)
    ):
        return False
    sides = {col for col, it in zip(page.columns, items, strict=True) if it.checked}
    if not sides:
        return True  # a row left blank: nothing documented
    qn = normalize(line[items[0].question_start : items[0].question_end], base=s)
    seen: set[tuple[str, str | None, str]] = set()
    for c in find_candidates(qn.text, page.sections.anatomy(s) or "knee"):
        if _key(c) not in seen:
            seen.add(_key(c))
            _emit_form(page, c, qn, c.fixed or "present", combine(sides), s, e)
    return True


def _text_column_row(page: _Page, s: int, e: int) -> bool:
    """A test row of a table laid out in side columns, with words for results ("SLR   neg
    pos @ 40 deg" under "SPECIAL TESTS   R   L"): one mention, on the positive side(s), else
    negated on the sides tested, as a test line written out. True if it was one."""
    assert page.columns is not None
    text = page.text
    cells = list(_CELL.finditer(text, s, e))
    if len(cells) < 3:
        return False
    name = cells[0]
    norm = normalize(text[name.start() : name.end()], base=name.start())
    nt = norm.text
    finding = False
    if (test := _test_head(page, s, nt)) is not None:
        head, concept, dx, pos_assertion = test
    elif (head := _GRIND_HEAD.search(nt)) is not None:
        concept, dx, pos_assertion = "knee_condition", "patellofemoral", "possible"
    elif (head := _VARUS_VALGUS.search(nt)) is not None:
        if page.sections.anatomy(s) == "back":
            return False
        concept, dx, pos_assertion = "knee_condition", "instability", "present"
    elif (head := _FINDING_HEAD.search(nt)) is not None:
        concept, dx, pos_assertion, finding = "knee_condition", "other_diagnosis", "present", True
    else:
        return False
    results: dict[str, bool] = {}
    values = cells[1:3]
    for k, cell in enumerate(values):
        # two values: in the columns' order (rows often overrun the header); one: by position
        side = (
            page.columns[k]
            if len(values) == 2
            else _column_side(page, _line_column(text, cell.start()))
        )
        value = cell.group()
        if _CELL_POS.match(value) or finding and _CELL_SOME.match(value):
            results[side] = True
        elif _CELL_NEG.match(value):
            results.setdefault(side, False)
    if not results:
        return False
    positive = {k for k, v in results.items() if v}
    lat = combine(positive or set(results))
    assertion = pos_assertion if positive else "negated"
    stab = dx == "instability" and assertion == "negated"
    if stab and page.stable is not None:
        _widen_stable(page, lat)  # a table of stability tests, all normal: one finding
        return True
    c = Candidate(concept, head.start(), head.end(), knee_dx=dx)
    if stab:
        c, norm, s, e = _stab_anchor(page, c, norm, s, e)
    idx = _emit_form(page, c, norm, assertion, lat, s, e)
    if stab:
        page.stable = idx
    return True


def _stab_anchor(
    page: _Page, c: Candidate, norm: Normalized, s: int, e: int
) -> tuple[Candidate, Normalized, int, int]:
    """A section of stability tests, all normal: the finding is the section's title ("JOINT
    STABILITY TESTS", "Joint stability testing   Right knee   Left knee"), as examiners and
    reviewers read it, not its first test; the candidate, its text and span to emit."""
    header = page.stab_header
    if header is None or page.line_no - header[2] > 8:
        return c, norm, s, e
    hs, he, _ = header
    norm = normalize(page.text[hs:he], base=hs)
    return Candidate(c.concept, 0, len(norm.text.rstrip(" :")), knee_dx=c.knee_dx), norm, hs, he


def _line_column(text: str, pos: int) -> int:
    """Where `pos` lies in its physical line (sentences are trimmed; columns are not)."""
    return pos - (text.rfind("\n", 0, pos) + 1)


def _column_side(page: _Page, col: int) -> str:
    """The side of the page's side column nearest to line column `col`."""
    assert page.columns is not None
    (a, b), (sa, sb) = page.column_at, page.columns
    return sa if abs(col - a) <= abs(col - b) else sb


def _radic_columns(page: _Page, line: str, items: list[forms.Item], indent: int) -> bool:
    """A row of the radiculopathy grid laid out in side columns ("Constant pain   [X] None
    [X] Moderate" under "RIGHT LOWER EXTREMITY   LEFT LOWER EXTREMITY"; "Sciatic (L4-S3)  [X]
    [ ]" under "Right  Left"): the side of each checked box is its column's. True if used."""
    assert page.columns is not None
    if len(items) < 2:
        return False  # not a row of the grid
    question = line[items[0].question_start : items[0].question_end].lower()
    nerve_row = bool(_NERVE_ROW.search(question))
    sev_row = forms.SEVERITY_LABEL.match(question)
    for it in items:
        if not it.checked:
            continue
        side = _column_side(page, indent + it.label_start)
        label = line[it.label_start : it.label_end].strip()
        sev = forms.SEVERITY_LABEL.match(label) if label else sev_row
        if sev is not None and sev.group(1).lower() in _NO_SEVERITY:
            continue
        if sev is not None or nerve_row and not label:
            page.radic.sides.add(side)
            if nerve_row:
                page.radic.roots |= roots_in(normalize(question).text)
            if sev is not None:
                page.radic.severities.append(sev.group(1).lower())
    return True


_FREE_FIELD = re.compile(r"(?<!\s)\s{3,}([A-Z][A-Za-z0-9/()-]*(?: [A-Za-z/()-]+){0,3}\s*:\s*\S)")


def _form_line(page: _Page, s: int, e: int) -> None:
    text = page.text
    line = text[s:e]
    items = forms.parse_line(line)
    _section_line(page, line)
    if not items:
        return
    indent = _line_column(text, s)
    if page.radic.index is not None and page.columns and _radic_columns(page, line, items, indent):
        return
    if _column_row(page, line, items, s, e):
        return
    last = items[-1]
    free = None
    if not last.checked and not any(forms.YES.match(line, it.label_start) for it in items):
        free = _FREE_FIELD.search(line, last.label_start, last.label_end)
    if free is None:
        _form_items(page, line, items, s, e)
        return
    # "[ ] Assist x1   Device: SPC   Gait: antalgic (L)": the fields written after the last
    # (unchecked) box are prose of their own (not a "Describe:" or "Date:" that tells more of a
    # Yes, nor what the line's boxes already say: "[X] Antalgic ...  Describe: antalgic, ...")
    at = free.start(1)
    written = _prose(page, normalize(line[at : last.label_end], base=s + at), s, e)
    before = len(page.out)
    _form_items(page, line, items, s, e)
    boxed = {(page.out[i].concept, page.out[i].knee_dx): i for i in range(before, len(page.out))}
    for m in written:
        i = boxed.get((m.concept, m.knee_dx))
        if i is None:
            page.out.append(m)
        elif page.out[i].laterality == "unspecified" and m.laterality != "unspecified":
            page.out[i] = replace(page.out[i], laterality=m.laterality)  # ("Describe: ..., left")


def _form_items(page: _Page, line: str, items: list[forms.Item], s: int, e: int) -> None:
    """The findings of a checkbox line's items (see _form_line)."""
    question = line[items[0].question_start : items[0].question_end]
    explicit = forms.checked_side(line, items)
    if explicit is None and (lead := _SIDE_LABEL.match(question)):
        explicit = side_of(lead.group(1).lower())  # "RLE: [X] PAIN - KNEE [ ] DEFORMITY"
    if explicit and _REPORT_SIDE.match(question):
        # a structured report's title with its side: "KNEE RADIOGRAPH - STRUCTURED REPORT
        # Side: [ ] Right [X] Left" (the side of every knee finding after it)
        page.report_side = explicit
        return
    if _SIDE_Q.match(question):
        if explicit:
            for i in page.last_form:
                page.out[i] = replace(page.out[i], laterality=explicit)
            if page.radic.index is not None:
                page.radic.sides.add(explicit)
        page.last_form = []
        return
    if page.radic.index is not None and _absorb(page, line, question, items):
        return
    if page.radic.index is None and ("severity" in question.lower() or _LIMB_Q.match(question)):
        # a severity line above its radiculopathy question: its side, if one follows soon
        q_sides = sides_named(question.lower())
        sevs = [
            forms.SEVERITY_LABEL.match(line, it.label_start, it.label_end)
            for it in items
            if it.checked
        ]
        if q_sides and any(m and m.group(1).lower() not in _NO_SEVERITY for m in sevs):
            page.pre_side = (combine(q_sides) or "bilateral", page.line_no)
    if (
        "ad" in question.lower()  # (a cheap look before the normaliser: "RADlATES T0")
        and _RADIATION_Q.match(normalize(question).text)
        and _radiation_field(page, line, items, s, e)
    ):
        page.last_form = []
        return
    if _PAIN_WHERE.search(question) or _body_checklist(line, question, items):
        _pain_sites(page, line, items, s, e)
        page.last_form = []
        return
    context = page.sections.anatomy(s)
    kinds = [_label_kind(line, it) for it in items]
    qn = normalize(question, base=s + items[0].question_start)
    page.last_form = []
    if "yes" in kinds or "no" in kinds:
        groups: dict[tuple[int, int], list[tuple[forms.Item, str]]] = {}
        for it, k in zip(items, kinds, strict=True):
            groups.setdefault((it.question_start, it.question_end), []).append((it, k))
        for (qs, qe), group in groups.items():
            if any(k in ("yes", "no") for _, k in group):
                _yes_no(page, line, s, e, qs, qe, group, explicit, context)
        return
    grade = [
        k == "severity"
        or k == "other"
        and bool(_GRADE_WORD.match(line, it.label_start, it.label_end))
        for it, k in zip(items, kinds, strict=True)
    ]
    graded = [
        (
            line[it.label_start : it.label_end].strip().lower(),
            _ROW_SIDE.findall(line, 0, it.label_start),
        )
        for it, g in zip(items, grade, strict=True)
        if it.checked and g
    ]
    if (
        graded
        and page.radic.index is None
        and not any(
            it.checked and k == "other" and not g
            for it, k, g in zip(items, kinds, grade, strict=True)
        )
    ):
        # a finding graded by boxes: "Effusion: [X] None [ ] Trace [ ] Moderate", "history of
        # recurrent subluxation? [ ] None [X] Slight" (none: denied; a grade: present)
        cands = [c for c in find_candidates(qn.text, context) if c.concept != "radiculopathy"]
        # per side where the row is split by side ("Right: [X] None ... Left: [X] Slight")
        rows = [(g, side_of(found[-1].lower()) if found else None) for g, found in graded]
        present = {x for g, x in rows if not _NO_GRADE.match(g)}
        if cands:
            assertion = "negated" if not present else cands[0].fixed or "present"
            lat = combine({x for x in (present or {x for _, x in rows}) if x}) or explicit
            idx = _emit_form(page, cands[0], qn, assertion, lat, s, e)
            page.last_form = [idx]
            page.graded = (idx, {x for _, x in rows if x}, {x for x in present if x})
            return
        if page.graded is not None and _SIDE_ONLY.match(question):
            # the next side's row under it: "Left: [ ] None [X] Slight [ ] Moderate"
            idx, seen, found = page.graded
            seen |= {x for _, x in rows if x}
            found |= {x for x in present if x}
            m = page.out[idx]
            page.out[idx] = replace(
                m,
                assertion=(m.assertion if m.assertion != "negated" else "present")
                if found
                else "negated",
                laterality=combine(found or seen) or m.laterality,
            )
            page.last_form = [idx]
            return
    page.graded = None
    emitted: list[int] = []
    if context is None and "side" in kinds:
        context = "knee"  # "[X] Degenerative arthritis  Side: [ ] Left [X] Both": a limb
    family_done: set[tuple[int, int]] = set()
    # "Pt denies (check all): [X] radiating pain [X] leg weakness": what is checked is denied
    denies = bool(_DENIES_Q.search(question))
    for it, kind in zip(items, kinds, strict=True):
        if not it.checked or kind != "other":
            continue
        if _RELATIVE_LABEL.match(line, it.label_start, it.label_end):
            if (it.question_start, it.question_end) not in family_done:
                family_done.add((it.question_start, it.question_end))
                _family_item(page, line, it, s, e)
            continue
        ln = normalize(line[it.label_start : it.label_end], base=s + it.label_start)
        norm = ln
        cands = find_candidates(ln.text, context)
        if not cands:
            norm = _concat(qn, ln)
            cands = find_candidates(norm.text, context)
        seen: set[tuple[str, str | None, str]] = set()
        for c in cands:
            if _key(c) in seen:
                continue
            seen.add(_key(c))
            ctx = assess(norm.text, c.start, c.end)
            words = sides_named(norm.text)
            lat = combine(words) or explicit
            assertion = c.fixed or ctx.assertion
            if denies and assertion == "present" and norm is ln:
                assertion = "negated"
            idx = _emit_form(page, c, norm, assertion, lat, s, e)
            if lat is None:
                emitted.append(idx)
    if (
        not emitted
        and explicit
        and not any(it.checked and k == "other" for it, k in zip(items, kinds, strict=True))
    ):
        cands = find_candidates(qn.text, context)
        if cands and page.radic.index is None:
            _emit_form(page, cands[0], qn, "present", explicit, s, e)
    page.last_form = emitted


_NO_GRADE = re.compile(r"(?:none|absent|not\s+affected)\b")
_REPORT_SIDE = re.compile(
    r"\s*[A-Z][A-Z /&()-]{0,40}\b(?:REPORT|RADIOGRAPHS?|IMAGING|X-?RAYS?|XR|MRI|EXAM|EXAMINATION"
    r"|EVALUATION)\b[A-Z /&()-]{0,30}?\s{2,}(?:[Ss]ide|SIDE)\s*:\s*$"
)
_SIDE_ONLY = re.compile(r"\s*(?:right|left)\s*:\s*$", re.IGNORECASE)
_GRADE_WORD = re.compile(r"\s*(?:slight|trace|small|minimal|large)\b", re.IGNORECASE)
_ROW_SIDE = re.compile(r"\b(right|left)\s*:", re.IGNORECASE)
_DENIES_Q = re.compile(
    r"^\W*(?:(?:pt|patient|veteran|vet)\s+)?(?:denies|denied|negative\s+for)\b[^\[\]]{0,30}$",
    re.IGNORECASE,
)
_FORM_TITLE = re.compile(
    r"^[^\n]*\b(?:spine|back|neck)\b[^\n]*\b(?:conditions?|questionnaire|dbq|radiculopathy)\b[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
_NECK = re.compile(r"\b(?:neck|cervical)\b", re.IGNORECASE)


def _neck_form(text: str, pos: int) -> bool:
    """The nearest form title above `pos` is the Neck (Cervical Spine) DBQ's."""
    titles = list(_FORM_TITLE.finditer(text, 0, pos)) if "\n" in text[:pos] else []
    return bool(titles) and bool(_NECK.search(titles[-1].group()))


# a pain form's radiation field answered by boxes: "Radiation: [ ] R leg [ ] L leg [X] none",
# "RADIATES TO: [ ] none [ ] R leg [X] L leg [ ] buttock", "Radiates to: X] R thigh X] R calf"
_RADIATION_Q = re.compile(
    r"^\W*(?:(?:pain\s+)?radiat(?:es|ion|ing)(?:\s+to)?|does\s+(?:the\s+|your\s+)?pain\s+"
    r"(?:radiate|travel|spread|go\s+down)(?:\s+to)?\W*(?:where\W*)?)\s*[:?]?\s*$",
    re.IGNORECASE,
)
# (a radiation field counts for a low-back complaint only, as a pain row's does)
_BACK_NEAR = re.compile(
    r"\b(?:lbp|low(?:er)?\s+back|back|lumbar|lumbo\w*|sciatica|l-?spine|buttocks?)\b"
)
_OTHER_PAIN_NEAR = re.compile(
    r"\b(?:chest|neck|cervical|abdominal|abdomen|head|shoulder|arm|knee)\s+(?:pain|assessment)|\bheadache"
    r"|(?:\[\s*x\s*\]|x\])\s*(?:r|l|rt|lt|left|right|b/l)?\s*knee"
)
_RADIATION_NONE = re.compile(r"\s*(?:none|no|denies|n/a|non-?radiating)\b", re.IGNORECASE)
_RADIATION_LIMB = re.compile(
    r"\b(?:legs?|le|lle|rle|ble|thighs?|calf|calves|shin|foot|feet|toes?|ankles?|lower\s+extremit\w*)\b"
)


# a pain row's radiation field answered in words: "Location: low back. Radiation: denies.",
# "Location: low back Quality: sharp Radiation: LLE to foot"
_RADIATION_WORDS = re.compile(
    r"\b(?:radiation|radiates|radiating|rad)\s*:\s*(?:(?P<none>none|no|denies|denied|n/a"
    r"|non-?radiating)\b|(?:to\s+|into\s+|down\s+)?(?:the\s+)?(?:(?:b/l|bilat|both|left|right|lt|rt"
    r"|l|r)\s+)?(?:rle|lle|ble|legs?|lower\s+extremit\w+|thighs?|calf|calves|foot|feet)\b)"
)
_PAIN_ROW = re.compile(r"\b(?:pain|location|site|lbp|ache|aching|quality|intensity)\b")
_SITE_WORDS = re.compile(
    r"\b(?:knees?|neck|cervical|chest|abd\w*|head|shoulders?|arms?|hips?|ankles?|feet|foot|hands?)\b"
)


def _radiation_words(page: _Page, nt: str, s: int) -> Candidate | None:
    """A radiculopathy for a radiation field of a low-back pain row (the last site named
    before it is the back): negated where it says "none", else present; None for no field."""
    m = _RADIATION_WORDS.search(nt)
    if m is None:
        return None
    before = normalize(page.text[max(0, s - 160) : s]).text + " " + nt[: m.start()]
    if not _PAIN_ROW.search(before):
        return None  # (not an imaging study's dose: "CT lumbar spine. Radiation: none")
    back = [b.end() for b in _BACK_NEAR.finditer(before)]
    other = [o.end() for o in _SITE_WORDS.finditer(before)]
    if not back or other and other[-1] > back[-1]:
        return None
    none = m.group("none") is not None
    return Candidate("radiculopathy", m.start(), m.end(), fixed="negated" if none else None)


def _radiation_field(page: _Page, line: str, items: list[forms.Item], s: int, e: int) -> bool:
    """One radiculopathy for a radiation field's checked boxes: present on the checked legs'
    sides, negated where "none" is checked; a buttock alone is no radiation to a leg."""
    if any(it.checked and _label_kind(line, it) in ("yes", "no") for it in items):
        return False  # "Radiating: [ ] Yes [X] No": the yes/no reading
    near = forms.checked_only(page.text[max(0, s - 160) : e]).lower()
    if not _BACK_NEAR.search(near) and _OTHER_PAIN_NEAR.search(near):
        return True  # a chest's, a neck's or a knee's radiation field: no radiculopathy
    sides: set[str] = set()
    limb = none = False
    for it in items:
        if not it.checked:
            continue
        label = line[it.label_start : it.label_end]
        if _RADIATION_NONE.match(label):
            none = True
            continue
        low = normalize(label).text
        if _RADIATION_LIMB.search(low):
            limb = True
            sides |= sides_named(low)
    if not limb and not none:
        return False
    q0, q1 = items[0].question_start, items[0].question_end
    qn = normalize(line[q0:q1], base=s + q0)
    lead = len(qn.text) - len(qn.text.lstrip())
    c = Candidate("radiculopathy", lead, max(lead + 1, len(qn.text.rstrip(" :?"))))
    if limb:
        _emit_form(page, c, qn, "present", combine(sides), s, e)
    else:
        _emit_form(page, c, qn, "negated", None, s, e)
    return True


def _pain_sites(page: _Page, line: str, items: list[forms.Item], s: int, e: int) -> None:
    """The checked knee sites of a pain-location item: one knee-pain finding, their sides."""
    first: Normalized | None = None
    sides: set[str] = set()
    for it in items:
        if not it.checked:
            continue
        ln = normalize(line[it.label_start : it.label_end], base=s + it.label_start)
        if not KNEE_ANAT.search(ln.text):
            continue
        first = first or ln
        # ("[X] Knees" is both)
        sides |= sides_named(ln.text) or (
            {"bilateral"} if _KNEES.search(ln.text) else {"unspecified"}
        )
    if first is not None:
        lead = len(first.text) - len(first.text.lstrip())
        c = Candidate("knee_condition", lead, len(first.text.rstrip()), knee_dx="pain_only")
        lat = combine(sides - {"unspecified"})
        _emit_form(page, c, first, "present", lat, s, e)


_BODY_PART = re.compile(
    r"\s*(?:(?:right|left|r|l|rt|lt|both|b/l)\s+)?(?:hands?|wrists?|shoulders?|hips?|knees?|ankles?"
    r"|feet|foot|neck|(?:low(?:er)?|mid|upper)\s+back|back|elbows?|head|chest|legs?|arms?)\s*$",
    re.IGNORECASE,
)


# what a row of body parts may answer: where it hurts, not what was ordered or injected
_WHERE_HURTS = re.compile(
    r"^\W*$|pain|hurt|ach(?:e|es|ing)\b|sore|symptom|complain|affected|problem|joints?\b"
    r"|location|sites?\b|areas?\b|where",
    re.IGNORECASE,
)


def _body_checklist(line: str, question: str, items: list[forms.Item]) -> bool:
    """A row of body parts to check ("[ ] Hands [ ] Wrists [X] Knees [X] Low back"): where it
    hurts, as a pain-location question would ask (not "X-rays ordered: [X] Knees ...")."""
    if not _WHERE_HURTS.search(question):
        return False
    parts = sum(bool(_BODY_PART.match(line, it.label_start, it.label_end)) for it in items)
    return parts >= 3 and parts * 2 > len(items)


def _family_item(page: _Page, line: str, it: forms.Item, s: int, e: int) -> None:
    """A family checklist item ("Knee arthritis: [X] Mother"): a named condition only, about
    the relative; the page's body part is not borrowed for a bare "Arthritis"."""
    qn = normalize(line[it.question_start : it.question_end], base=s + it.question_start)
    for c in find_candidates(qn.text, None)[:1]:
        if c.generic or c.condition in _WEAK_BACK:
            return
        _emit_form(page, c, qn, c.fixed or "present", None, s, e, subject="other")


def _yes_no(
    page: _Page,
    line: str,
    s: int,
    e: int,
    qs: int,
    qe: int,
    group: list[tuple[forms.Item, str]],
    explicit: str | None,
    context: str | None,
) -> None:
    """One Yes/No question of a form line: the checked box decides; words written after the
    answer ("[X] Yes MRI: L4-5 disc herniation", "Describe: antalgic, favors left") add the
    finding or its side."""
    yes = any(it.checked and k == "yes" for it, k in group)
    no = any(it.checked and k == "no" for it, k in group)
    if not (yes or no):
        return
    qn = normalize(line[qs:qe], base=s + qs)
    if page.pending is not None and not re.search(r"[a-z]{2}", qn.text):
        qn = page.pending  # "Does the Veteran have ...?" then "[X] Yes" on the next line
    page.pending = None
    rest = None
    for it, k in group:
        if k in ("yes", "no"):
            m = (forms.YES if k == "yes" else forms.NO).match(line, it.label_start, it.label_end)
            tail = line[m.end() : it.label_end] if m else ""  # type: ignore[union-attr]
            if re.search(r"[A-Za-z]{2}", tail):
                rest = normalize(tail, base=s + m.end())  # type: ignore[union-attr]
    _answered(page, qn, yes, rest, explicit, context, s, e)


def _answered(
    page: _Page,
    qn: Normalized,
    yes: bool,
    rest: Normalized | None,
    explicit: str | None,
    context: str | None,
    s: int,
    e: int,
    inverted: bool = False,
) -> list[int]:
    """The finding a form question answered Yes or No names (see _yes_no); its indexes.
    `inverted`: a question that asks after the normal ("Is the Veteran's gait normal?")."""
    no = not yes
    if _IMPACT_Q.search(qn.text) or no and _SURGERY_Q.search(qn.text):
        return []  # a functional-impact question, a surgery not had: no finding either way
    cands = find_candidates(qn.text, context)
    if not cands and _ABNORMAL_GAIT.search(qn.text):
        m = _ABNORMAL_GAIT.search(qn.text)
        cands = [Candidate("antalgic_gait", m.start(), m.end())]  # type: ignore[union-attr]
    if not cands:
        if yes and rest is not None:
            page.out.extend(_prose(page, rest, s, e))
        return []
    c = cands[0]
    if c.concept == "radiculopathy" and page.radic.index is not None:
        return []
    if c.concept == "radiculopathy" and _neck_form(page.text, s):
        return []  # "NECK (CERVICAL SPINE) CONDITIONS - RADICULOPATHY": the arms' radiculopathy
    lat = combine(sides_named(qn.text)) or explicit
    if lat is None and yes and rest is not None:
        lat = combine(sides_named(rest.text))
    if lat is None and c.concept == "knee_condition":
        lat = page.sections.side(s)  # "RIGHT KNEE" above "Abnormal ... range: [X] Yes"
    if c.generic and no:
        c = replace(c, knee_dx=None)
    if c.fixed == "negated":  # the question names the normal: "Is the SLR negative? Yes"
        assertion = (
            "negated" if yes else ("possible" if c.concept == "radiculopathy" else "present")
        )
    elif c.fixed == "possible":  # "Is the SLR positive? Yes"
        assertion = "possible" if yes else "negated"
    else:
        assertion = "present" if yes != inverted else "negated"
    present = assertion != "negated"
    idx = _emit_form(page, c, qn, assertion, lat, s, e)
    if c.knee_dx == "instability" and not present and _CLINICAL_Q.search(qn.text):
        # "Is there clinical evidence of joint instability? No", then each knee's tests
        # normal: one finding, on the knees tested (as a stability section's)
        page.stable = idx
    if c.generic and present:
        page.generic.append(idx)
    if c.concept == "radiculopathy":
        if present:
            page.radic = _Section(index=idx)
            if page.pre_side is not None and page.line_no - page.pre_side[1] <= 3:
                page.radic.sides.add(page.pre_side[0])
            page.pre_side = None
        else:
            page.radic_no = idx
    return [idx]


# An exported form's typed answers: the question on one line, "Yes"/"No" alone on the next
# (vendor DBQ exports, electronic forms printed as text), and its follow-up lines
# ("Side affected: Left", "Left: Moderate").
# (whole words, each ended by a space or the line's end: no way to split a word into pieces)
_NUMBERED_TITLE = re.compile(_ENUM + r"(?:[^\s.?!:;]++(?:\s++|$)){1,12}$")
# a form section's title of a word or two on its own line: "Radiculopathy", "Gait"
_BARE_TITLE = re.compile(r"[A-Z][a-z0-9]{2,20}+(?: [A-Za-z][a-z0-9]{1,20}+)?")
_NEXT_QUESTION = re.compile(
    r"\s*(?:[a-z0-9]{1,2}[.)]\s*)?(?:does|do|did|is|are|has|have|was|were)\s+the\s+(?:veteran|patient)",
    re.IGNORECASE,
)
_NUMBERED_CAPS = re.compile(r"\s*(?:\d{1,2}[A-Z]?[.)]|[IVX]{1,4}[.)])\s+[A-Z][A-Z /&()-]{2,40}\s*$")
_TYPED_ANSWER = re.compile(
    r"\s*(?P<a>yes|no)\b(?![/'-]\w)[\s.,:;-]*(?P<rest>.*)", re.IGNORECASE | re.DOTALL
)
_TYPED_SIDE = re.compile(
    r"\s*(?:side|sides|side\s+affected|affected\s+side|laterality)\s*:\s*"
    r"(?P<side>left|right|both|bilateral|lt|rt)\s*\.?[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
_TYPED_SEVERITY = re.compile(
    r"\s*(?P<side>left|right)(?:\s+lower\s+extremity)?\s*:\s*(?P<sev>moderately\s+severe|mild"
    r"|moderate|severe)\s*\.?\s*$",
    re.IGNORECASE,
)
_IMPACT_Q = re.compile(r"\bimpact\b|\bability\s+to\s+(?:work|perform)")
_SURGERY_Q = re.compile(
    r"\bhad\s+(?:a\s+|an\s+|any\s+)?(?:[\w/-]+\s+){0,4}(?:replacement|meniscectomy|surgery"
    r"|arthroscop\w*|arthroplasty|procedures?|operations?)\b"
)
_GATE_Q = re.compile(r"\b(?:now\s+have\s+or\s+has\s+he/she\s+ever\s+had|ever\s+had)\b")
_DIAGNOSES_NEXT = re.compile(
    r"\s*(?:(?:\d{1,2}[a-z]?\.|[a-z]\.)\s*)*(?:se[l1]ect\s+diagnos|diagnos[ie]s?\s*#?\s*\d"
    r"|list\s+diagnos)",
    re.IGNORECASE,
)
# a typed answer's description on the next line: "Describe: antalgic gait favoring the right"
_DESCRIBE = re.compile(
    r"\s*(?:if\s+(?:yes|no)\W*)?(?:describe|description|specify|explain)[^:\n]{0,60}:",
    re.IGNORECASE,
)
_Q_THEN_ANSWER = re.compile(r"\?[ \t]*\n[ \t]*(?P<a>yes|no)\b[^\n?]{0,40}$", re.IGNORECASE)
_ANSWER_SEP = re.compile(r"[ \t]*(?:[-–:;,.)(]|\n|\s{2,}|$)")
_NOT_FINDING_Q = re.compile(
    r"\b(?:for|regarding|about)\s+(?:the\s+|his\s+|her\s+|this\s+|any\s+)?(?:[\w/-]+\s+){0,3}"
    r"(?:tear|oa|djd|arthritis|radiculopathy|sciatica|ddd|strain|condition|instability|pain)\b"
)
# an opinion's question: the condition it asks about stays present whatever the answer
_NEXUS_Q = re.compile(
    r"\b(?:proximately|aggravated\s+by|caused\s+by|at\s+least\s+as\s+likely|more\s+likely"
    r"|less\s+likely|secondary\s+to|due\s+to\s+(?:the\s+|his\s+|her\s+)?(?:service|sc\b|back|lumbar)"
    r"|related\s+to|begin\s+in\s+service|incurred)"
)
_NOT_NORMAL_Q = re.compile(r"\b(?:without|negative|neg|brace|device|cane|keep)\b")
_RADIC_PART_Q = re.compile(
    r"nerve\s+roots?|involvement|numbness|paresthes|dysesthes|constant\s+pain|intermittent\s+pain"
    r"|sciatic|femoral|radicul|severity"
)
_CLINICAL_Q = re.compile(r"\bclinical\s+evidence\s+of\s+(?:joint\s+)?instability")
# a question that asks after the normal: "Yes" denies the finding
_NORMAL_Q = re.compile(r"\b(?:normal|stable|intact|full)\s*\?\s*$")


# A hearing transcript's or interview's speaker: "JUDGE HARTWELL:", "THE VETERAN:", "MS. ORTIZ:",
# "Q.", "A:"
_SPEAKER = (
    r"[ \t]*+(?:(?:Q|A)\s*[.:]|(?:THE\s+)?(?:JUDGE|VLJ|VETERAN|WITNESS|APPELLANT|CLAIMANT"
    r"|REP(?:RESENTATIVE)?|COUNSEL|ATTORNEY|HEARING\s+OFFICER|DRO|(?:MR|MRS|MS|DR)\.?\s+[A-Z0-9]"
    r"[A-Za-z0-9'-]+)(?:\s+[A-Z][A-Za-z0-9'-]+)?\s*:)\s*"
)
_ASKER = (
    r"[ \t]*+(?:Q\s*[.:]+|(?:JUDGE|VLJ|REP(?:RESENTATIVE)?|COUNSEL|ATTORNEY|HEARING\s+OFFICER|DRO"
    r"|(?:MR|MRS|MS|DR)\.?\s+[A-Z0-9][A-Za-z0-9'-]+)(?:\s+[A-Z][A-Za-z0-9'-]+)?\s*:)\s*"
)
# (a yes/no question: "Do you limp?", "Any shooting pain in the right leg?"; not "Which leg?")
_SPEAKER_QUESTION = re.compile(
    _ASKER
    + r"(?:and\s+|so\s+|now\s+)?(?:d[o0]|d[o0]es|did|is|are|was|were|have|has|had|any|can|could"
    r"|would|will)\b[^\n]*\?\s*$",
    re.IGNORECASE,
)
_SPOKEN_ANSWER = re.compile(
    _SPEAKER + r"(?P<a>yes|no|n0|yeah|nope)\b[\s,.!]*(?:(?:sir|ma'?am|your\s+honor)\b[\s,.!]*)?"
    r"(?P<rest>[^\n]*)",
    re.IGNORECASE,
)


def _spoken_question(page: _Page, s: int, e: int, nxt: tuple[int, int] | None) -> bool:
    """A transcript's question ("JUDGE: Do you walk with a limp?", "Q. Any shooting pain in
    the right leg?"): no finding of its own; answered "Yes"/"No" on the next speaker's line,
    the finding it asks after, unless the answer names that finding itself. True when taken."""
    tail = page.text[e : _line_end(page.text, e)]
    if not _SPEAKER_QUESTION.match(page.text, s, e):
        return False
    m = None
    if tail.strip():  # the answer on the question's own line: "Q: ... leg(s)?   A: No"
        m = _SPOKEN_ANSWER.fullmatch(tail.rstrip())
        if m is None or m.group("rest").strip():
            return False
    elif nxt is not None:  # (the answer's whole line: "Yes ma'am. I limp on the left.")
        m = _SPOKEN_ANSWER.match(page.text, nxt[0], _line_end(page.text, nxt[0]))
    if m is None:
        return True  # asked, and not answered yes or no: nothing
    qn = normalize(page.text[s:e], base=s)
    rest = normalize(m.group("rest")).text
    said = {c.concept for c in find_candidates(rest, None)}
    asked = [c for c in find_candidates(qn.text, page.sections.anatomy(s)) if c.concept not in said]
    if asked:
        yes = m.group("a").lower() in ("yes", "yeah")
        page.last_form = _answered(page, qn, yes, None, None, page.sections.anatomy(s), s, e)
    return True


def _typed_answer(page: _Page, qs: int, qe: int, s: int, e: int) -> bool:
    """A question [qs, qe) answered by a typed "Yes"/"No" line [s, e); True when taken."""
    m = _TYPED_ANSWER.match(page.text, s, e)
    if m is None:
        return False
    tail = m.group("rest")
    if re.search(r"[A-Za-z]{2}", tail) and (
        len(tail) > 40
        or tail.rstrip().endswith("?")
        or not _ANSWER_SEP.match(page.text, m.end("a"))  # ("No guarantees were made.")
    ):
        return False  # a sentence that starts with "No ...", or a question of its own
    qn = normalize(page.text[qs:qe], base=qs)
    if _NOT_FINDING_Q.search(qn.text):
        return False  # a question about a finding's treatment, records or cause, not the finding
    yes = m.group("a").lower() == "yes" or bool(_NEXUS_Q.search(qn.text))
    if yes and _GATE_Q.search(qn.text) and _DIAGNOSES_NEXT.match(page.text, e):
        return True  # the gate question's "Yes" only announces the diagnoses listed after it
    rest = None
    if yes and re.search(r"[A-Za-z]{2}", tail):
        rest = normalize(tail, base=m.start("rest"))
    inverted = bool(_NORMAL_Q.search(qn.text)) and not _NOT_NORMAL_Q.search(qn.text)
    page.last_form = _answered(
        page,
        qn,
        yes,
        rest,
        None,
        page.sections.anatomy(qs),
        qs,
        e,
        inverted=inverted,
    )
    page.typed_radic = page.radic.index is not None and (
        page.radic.index in page.last_form
        # (a later question about the same radiculopathy: "Involvement of L4/L5/S1 nerve roots?")
        or page.typed_radic
        and not page.last_form
        and bool(_RADIC_PART_Q.search(qn.text))
    )
    return True


def _typed_describe(page: _Page, s: int, e: int, labelled: bool = True) -> None:
    """A description under a typed answer: its findings stand for the answer's ("Resulting in
    abnormal gait ...? Yes" / "Describe: antalgic gait favoring the right lower extremity")."""
    m = _DESCRIBE.match(page.text, s, e) if labelled else None
    at = m.end() if m is not None else s
    norm = normalize(page.text[at:e], base=at)
    found = _prose(page, norm, s, e)
    concepts = {x.concept for x in found}
    for i in page.last_form:
        if page.out[i].concept in concepts:
            page.dropped.add(i)
    first = len(page.out)
    page.out.extend(found)
    page.last_form = [i for i in page.last_form if i not in page.dropped] + list(
        range(first, len(page.out))
    )


def _typed_followup(page: _Page, raw: str) -> bool:
    """A typed side or severity line after a typed answer; True when used."""
    side_m = _TYPED_SIDE.match(raw)
    if side_m is not None:
        side = side_of(side_m.group("side").lower().replace("both", "bilateral"))
        if page.radic.index is not None and (
            page.radic.index in page.last_form or not page.last_form and page.typed_radic
        ):
            # (the radiculopathy's own side line, not a later question's: "... muscle
            # atrophy? Yes" / "Side affected: Right")
            page.radic.sides.add(side)
            return True
        for i in page.last_form:
            if page.out[i].laterality == "unspecified":
                page.out[i] = replace(page.out[i], laterality=side)
        return bool(page.last_form)
    sev = _TYPED_SEVERITY.match(raw)
    if sev is not None and page.radic.index is not None:
        page.radic.sides.add(side_of(sev.group("side").lower()))
        page.radic.severities.append(re.sub(r"\s+", " ", sev.group("sev").lower()))
        return True
    return False


_SLR_HEAD = re.compile(
    r"\b(?:straight[\s-]+leg[\s-]+rais\w*(?:\s+test(?:ing)?)?|slr|lasegue'?s?|slump(?:\s+test)?)\b"
)
# "(+) SLR R at 45°", "neg slump L", "+ Lachman left": the result written before the test and
# the side right after it.
_PRE_RESULT = re.compile(
    r"(?:^|(?<=\s))(?:(?P<pos>positive|pos|\+|\(\+\))|(?P<neg>negative|neg|\(-\)|-))\s*$"
)
# what follows a test and its side as a clause of its own: "... with joint line tenderness"
_REST_CLAUSE = re.compile(r"\s*(?:[,;]\s*|\s(?:with|and|w/|plus)\s)\s*\S")
_SIDE_AFTER = re.compile(
    r"\s*(?:on\s+the\s+)?(?P<side>left|right|lt|rt|l|r|bilateral(?:ly)?"
    r"|b/l|both)\b"
)
# A section title of stability tests on its own line (a "Right  Left" column header is not).
_STAB_SECTION = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s*)?(?:joint\s+)?stability\s+test(?:s|ing)?\s*:?\s*$", re.IGNORECASE
)
_STAB_HEAD = re.compile(
    r"\b(?:(?:(?:anterior|posterior|medial|lateral)\s+)?instability|lachman|(?:anterior\s+|posterior\s+)?"
    r"drawer|joint\s+stability(?:\s+tests?)?|stability|mc\s?murray|thessaly"
    r"|(?:varus|valgus)(?:\s*/\s*(?:varus|valgus))?(?=\s+(?:stress\s+)?\d))\b"
)
_RESULT = re.compile(
    r"\s*[:=-]?\s*(?:(?P<pos>"
    + RESULT_POS
    + r"|[1-3]\+|abnormal)|(?P<neg>"
    + RESULT_NEG
    + r"))(?![\w+])"
)


def side_results(text: str, start: int = 0) -> dict[str, bool]:
    """Per side, whether a test written as "Right: Negative Left: Positive" or "Right 1+ Left
    Normal" was positive (normalised text, from `start`)."""
    out: dict[str, bool] = {}
    for m in find_sides(text, SIDE, start):
        r = _RESULT.match(text, m.end())
        if r:
            side = side_of(m.group())
            for one in ("left", "right") if side == "bilateral" else (side,):
                out[one] = out.get(one, False) or bool(r.group("pos"))
    return out


def _test_head(page: _Page, s: int, nt: str) -> tuple[re.Match[str], str, str | None, str] | None:
    """(head, concept, knee_dx, assertion when positive) of an exam test named in `nt`: SLR
    and its kin, or a knee stability or meniscal test (not in a back section)."""
    head = _SLR_HEAD.search(nt)
    if head is not None:
        return head, "radiculopathy", None, "possible"
    head = _STAB_HEAD.search(nt)
    if head is None or page.sections.anatomy(s) == "back":
        return None
    word = head.group()
    if "murray" in word or "thessaly" in word:
        return head, "knee_condition", "meniscal_tear", "possible"
    return head, "knee_condition", "instability", "present"


def _widen_stable(page: _Page, lat: str | None) -> None:
    """Add `lat` to the page's one "stable" finding (its stability tests, all normal)."""
    i = page.stable
    assert i is not None
    page.out[i] = replace(
        page.out[i],
        laterality=combine({page.out[i].laterality, lat or "unspecified"} - {"unspecified"})
        or "unspecified",
    )


_ONE_RESULT = (
    # (a template for str.format: the shared words hold no braces)
    "(?:(?P<p{n}>" + RESULT_POS + ")|(?:" + RESULT_NEG + r"|nl))(?![\w+])"
)
_TWO_RESULTS = re.compile(
    r"(?:\s+(?:stress|test|sign))?\s*[:=]?\s*(?:\d+(?:\s*/\s*\d+)?\s*(?:deg\w*|°)?\s*)?"
    + _ONE_RESULT.format(n=1)
    + r"\s+"
    + _ONE_RESULT.format(n=2)
    + r"\s*(?:[.;,]|$)"
)
# "Right knee: Anterior instability (Lachman test): Normal; Posterior instability ...: Normal":
# a knee's label, then its tests and their results
_LEAD_SIDE = re.compile(r"^\W*(?P<side>right|left|rt|lt|r|l)(?:\s+knee)?\s*:\s*")
_PAREN_NOTE = re.compile(r"\s*\([^)]{0,40}\)")


def _labelled_results(nt: str, head_start: int) -> dict[str, bool]:
    lead = _LEAD_SIDE.match(nt)
    if lead is None or lead.end() > head_start or _LETTERS.search(nt, lead.end(), head_start):
        return {}  # (the test first after the label, not "L knee: effusion, + McMurray")
    results = []
    for h in _STAB_HEAD.finditer(nt, lead.end()):
        at = h.end()
        note = _PAREN_NOTE.match(nt, at)
        r = _RESULT.match(nt, note.end() if note else at)
        if r is not None:
            results.append(bool(r.group("pos")))
    if not results:
        return {}
    return {side_of(lead.group("side")): any(results)}


def _test_line(page: _Page, s: int, e: int) -> bool:
    """A line reporting an exam test per side ("Straight leg raising test: Right: [X] Positive
    [ ] Negative Left: ..."; "Anterior instability (Lachman test): Right 1+ Left Normal"): one
    mention, on the positive side(s), else negated on the sides tested."""
    raw = page.text[s:e]
    clean = forms.checked_only(raw) if forms.has_checkbox(raw) else raw
    norm = normalize(clean, base=s)
    nt = norm.text
    test = _test_head(page, s, nt)
    if test is None:
        return False
    head, concept, dx, pos_assertion = test
    res = side_results(nt, head.end())
    rest = None
    if not res and (two := _TWO_RESULTS.match(nt, head.end())) is not None:
        # a table's two columns, no side written: "Varus 0/30 neg neg", "Ant drawer neg neg",
        # "Valgus stress 30 stable stable" (both the same: both knees or legs)
        a, b = bool(two.group("p1")), bool(two.group("p2"))
        if a == b:
            res = {"left": a, "right": a}
    if (
        not res
        and concept == "knee_condition"
        and (
            page.stable is not None
            or page.stab_header is None
            or page.line_no - page.stab_header[2] > 8
        )
    ):
        res = _labelled_results(nt, head.start())
    if not res:
        pre = _PRE_RESULT.search(nt, 0, head.start())
        after = _SIDE_AFTER.match(nt, head.end())
        if pre is None or after is None or _RESULT.match(nt, after.end()):
            return False
        side = side_of(after.group("side"))
        res = {
            one: bool(pre.group("pos"))
            for one in (("left", "right") if side == "bilateral" else (side,))
        }
        if _REST_CLAUSE.match(nt, after.end()):
            rest = after.end()
    positive = {k for k, v in res.items() if v}
    sides = positive or set(res)
    lat = combine(sides)
    assertion = pos_assertion if positive else "negated"
    if concept == "radiculopathy" and not positive and page.radic_no is not None:
        i = page.radic_no  # the "No" radiculopathy question this test line supports
        page.out[i] = replace(page.out[i], laterality=lat or page.out[i].laterality)
        return True
    stab = concept == "knee_condition" and not positive and dx == "instability"
    if stab:  # a knee found unstable on another test of the page is not "stable" here
        unstable = {
            m.laterality
            for m in page.out
            if m.knee_dx == "instability" and m.assertion == "present"
        }
        lat = combine(sides - _each_side(unstable)) or lat
    if stab and page.stable is not None:
        # "Lachman test - Right: [X] Normal" then "- Left: [X] Normal": one finding
        _widen_stable(page, lat)
        return True
    c = Candidate(concept, head.start(), head.end(), knee_dx=dx)
    if stab:
        c, norm, s, e = _stab_anchor(page, c, norm, s, e)
    own = norm.to_orig(head.start(), head.end()) if c.start else (s, s)
    idx = _emit_form(page, c, norm, assertion, lat, s, e)
    if stab:
        page.stable = idx
    # "Positive McMurray on the left with medial joint line tenderness; MRI to r/o ...": the
    # rest of the sentence holds findings of its own; so does what is not the test's ("Gait
    # with limping on the left, SLR left positive at 50 deg", "- ant drawer, trace effusion")
    after = norm.to_orig(rest, rest)[0] if rest is not None else e + 1
    if rest is not None or c.start and _LETTERS.search(nt[: head.start()] + nt[head.end() :]):
        for m in _prose(page, norm, s, e):
            if m.start >= after:
                page.out.append(m)
            elif m.end <= own[0] or m.start >= own[1]:
                if (m.concept, m.knee_dx) != (concept, dx):
                    page.out.append(m)
                elif (
                    m.assertion == "present"
                    and assertion == "possible"
                    and m.subject == "veteran"
                    and not m.historical
                ):
                    # "pain shooting down the left leg ..., with a positive SLR on the left":
                    # one finding of the kind per sentence, the stated one over the test's
                    # doubt, on both their sides ("... right leg, + SLR L"); not over a negative
                    # test ("Claims sciatica, negative SLR bilaterally")
                    both = {m.laterality, page.out[idx].laterality} - {"unspecified"}
                    page.out[idx] = replace(m, laterality=combine(both) or "unspecified")
    return True


_LETTERS = re.compile(r"[A-Za-z]{3}")
# a form line whose label is a limb's side: "RLE:", "Left knee:", "L LE:"
_SIDE_LABEL = re.compile(
    r"^\W*(RLE|LLE|right|left|rt|lt)(?:\s+(?:knee|leg|lower\s+extremity|le))?\s*:\s*$",
    re.IGNORECASE,
)
# a medical-history form's column header: "11. HAVE YOU EVER HAD OR DO YOU NOW HAVE:  YES  NO",
# "YES NO DON'T KNOW"
_YES_NO_HEADER = re.compile(r"\bYES\s+N[O0](?:\s+(?:DON'?T\s+KNOW|UNK\w*|\?))?\s*$", re.IGNORECASE)


def _yes_no_row(page: _Page, s: int, e: int) -> bool:
    """A row under a YES/NO column header: the first box is Yes, the second No (a third,
    "Don't know", asserts nothing). Its label's findings, present or negated."""
    line = page.text[s:e]
    row = forms.box_run(line)
    if row is None:
        return False
    checked, ls, le = row
    if checked.count(True) != 1 or checked.index(True) > 1:
        return True  # unanswered, doubly answered or "don't know": no finding
    assertion = "present" if checked[0] else "negated"
    norm = normalize(line[ls:le], base=s + ls)
    # one item, one finding: the first its label names ("Knee trouble (locking, giving out,
    # pain ...)" is knee trouble); the label alone says where (not the page's back section)
    cands = find_candidates(norm.text, None)
    if cands:
        c = min(cands, key=lambda c: c.start)
        lat = combine(sides_named(norm.text))
        # (a label that denies its own words: "Had your knee fluid drained (no arthritis)")
        if c.fixed is None and assess(norm.text, c.start, c.end).assertion == "negated":
            assertion = "negated"
        _emit_form(page, c, norm, c.fixed or assertion, lat, s, e)
    return True


def _each_side(sides: set[str]) -> set[str]:
    return set().union(*({"left", "right"} if x == "bilateral" else {x} for x in sides)) - {
        "unspecified"
    }


# Deletion tables: a count of ASCII lower- or upper-case letters is the length that
# str.translate removes, without a list of every match.
_DROP_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")
_DROP_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _caps(text: str) -> bool:
    lower = len(text) - len(text.translate(_DROP_LOWER))
    if lower > 0.1 * len(text):
        return False  # most prose: settled without counting every letter
    upper = len(text) - len(text.translate(_DROP_UPPER))
    letters = upper + lower + sum(c.isalpha() and not c.isascii() for c in text)
    return letters > 2 and upper >= 0.9 * letters


def _is_instruction(raw: str) -> bool:
    """A form instruction or a bare label ending in ':' ("Indicate severity ... :", "Left:")."""
    body = raw.rstrip()
    return body.endswith(":") and body[:-1].count(":") == 0 and bool(_INSTRUCTION.search(body))


_DENIAL_START = re.compile(r"(?:NO|NEGATIVE|DENIES|WITHOUT)\s")


def _is_heading(raw: str, is_form: bool) -> bool:
    """A title line: "SECTION V - RADICULOPATHY", "KNEE AND LOWER LEG CONDITIONS ..."; on a
    form page also a bare all-caps line ("RADICULOPATHY"). On other pages a bare all-caps line
    may be a problem-list entry, so it stays a finding unless it reads like a title."""
    line = raw.strip()
    if "\n" in line or len(line) > 120 or _DENIAL_START.match(line):
        return False  # ("NO RADICULOPATHY ON EXAM.": a finding in capitals, not a title)
    sec = _SECTION_TITLE.match(line)
    if sec:
        title = sec.group("title")
        title = title.strip()
        return (
            not title
            or bool(_caps(title) or _TITLE_CASE.match(title))
            and not SIDE.search(title.lower())
        )
    if is_form and _FORM_HEADING.match(line) and not SIDE.search(line.lower()):
        return True
    line = _ENUM_START.sub("", line, count=1)  # "VII. INTERVERTEBRAL DISC SYNDROME (IVDS) ..."
    if not _caps(line) or ":" in line.rstrip(":") or re.search(r"[.!?;]\s", line):
        return False
    if line.endswith(".") and len(line.split()) > 6:
        return False  # a sentence in capitals: "1. NO ORTHOPEDIC DISABILITY OF THE RIGHT KNEE ..."
    return bool(_TITLE_WORDS.search(line)) or (is_form and not SIDE.search(line.lower()))


def tag(text: str, model: AssertionModel | None) -> list[Mention]:
    """Tag one page; `model=None` gives the rules alone (used to measure the model)."""
    if not text or not text.strip():
        return []
    orig, text = text, forms.unwrap(text)  # (same length: offsets hold for both)
    page = _Page(text, Sections(text), model)
    spans = _join_test_rows(text, split_sentences(text))
    boxed = {span: forms.has_checkbox(text[span[0] : span[1]]) for span in spans}
    typed = sum(
        1
        for (s0, e0), nxt in zip(spans, spans[1:], strict=False)
        if text[e0 - 1 : e0] == "?"
        and _TYPED_ANSWER.fullmatch(text, nxt[0], min(nxt[1], nxt[0] + 12))
    )
    is_form = sum(boxed.values()) + typed >= 3
    answered = -1  # the span of a typed answer already taken with its question
    for k, (s, e) in enumerate(spans):
        if k == answered:
            continue
        raw = text[s:e]
        page.line_no += 1
        if not boxed[s, e]:
            if (
                raw.rstrip().endswith("?") and ":" in raw[:40] or raw.lstrip()[:2] in ("Q.", "Q:")
            ) and _spoken_question(page, s, e, spans[k + 1] if k + 1 < len(spans) else None):
                continue
            if (
                k + 1 < len(spans)
                and raw.rstrip().endswith("?")
                and not boxed[spans[k + 1]]
                and _typed_answer(page, s, e, *spans[k + 1])
            ):
                answered = k + 1
                d = _DESCRIBE.match(text, *spans[k + 2]) if k + 2 < len(spans) else None
                if d is not None:
                    if not _LETTERS.search(text, d.end(), spans[k + 2][1]) and k + 3 < len(spans):
                        # ("If no, describe ...:" on its line, the description on the next)
                        _typed_describe(page, spans[k + 3][0], spans[k + 3][1], labelled=False)
                        answered = k + 3
                    else:
                        _typed_describe(page, *spans[k + 2])
                        answered = k + 2
                continue
            if (page.last_form or page.radic.index is not None) and _typed_followup(page, raw):
                continue
            # the question and its typed answer in one span ("...instability?\nNo")
            if (
                "\n" in raw
                and (qa := _Q_THEN_ANSWER.search(raw)) is not None
                and _typed_answer(page, s, s + qa.start() + 1, s + qa.start("a"), e)
            ):
                continue
        radic_no, page.radic_no = page.radic_no, None  # lasts for the next line only
        if page.columns and not boxed[s, e] and _text_column_row(page, s, e):
            continue  # "SLR        neg      pos" under "SPECIAL TESTS    R    L"
        if _STAB_SECTION.match(raw):
            lead = len(raw) - len(raw.lstrip())
            page.stab_header = (s + lead, s + len(raw.rstrip()), page.line_no)
            continue
        if _test_quick(raw):
            page.radic_no = radic_no
            done = _test_line(page, s, e)
            page.radic_no = None
            if done:
                continue
        if boxed[s, e]:
            if page.yes_no_columns and _yes_no_row(page, s, e):
                continue
            _form_line(page, s, e)
            continue
        page.yes_no_columns = bool(_YES_NO_HEADER.search(raw))
        _section_line(page, raw)
        header = _COLUMNS.match(raw) if _TWO_SPACES.search(raw) else None
        page.columns = (
            tuple(_COLUMN_SIDE.get(g.lower(), g.lower()) for g in header.groups())  # type: ignore[assignment]
            if header
            else None
        )
        if header:  # (columns counted from the start of the physical line, as for the rows)
            indent = _line_column(text, s)
            page.column_at = (indent + header.start(1), indent + header.start(2))
        page.pending = None
        if header:
            page.last_form = []
            continue  # a table header names columns, not findings
        if page.radic.index is not None:
            low = raw.lower()
            page.radic.in_severity = "severity" in low
            if "root" in low:
                page.radic.roots |= roots_in(normalize(raw).text)
        page.last_form = []
        if _is_instruction(raw) or _is_heading(raw, is_form):
            continue  # headings and form instructions are not findings
        if (
            (
                _NUMBERED_CAPS.match(raw)
                or _NUMBERED_TITLE.match(raw.strip())
                or is_form
                and _BARE_TITLE.fullmatch(raw.strip())
            )
            and k + 1 < len(spans)
            and (
                text[spans[k + 1][0] : spans[k + 1][1]].rstrip().endswith("?")
                or _NEXT_QUESTION.match(text, spans[k + 1][0])
            )
        ):
            # a form section's (numbered) title over its first question ("9. RADICULOPATHY",
            # "13. Intervertebral disc syndrome (IVDS) and episodes requiring bed rest",
            # "Radiculopathy")
            continue
        if " O " in raw and _O_TEMPLATE.search(raw) or _O_CODE.match(raw):
            # "O Meniscal tear  Side: O Right O Left O Both", "O M54.16 Radiculopathy, lumbar
            # region": OCR'd boxes, none checked
            continue
        norm = normalize(raw, base=s)
        if _OPEN_QUESTION.match(norm.text):
            page.pending = norm
            continue
        if not holds(PREFILTER, norm.text):
            continue
        found = _prose(page, norm, s, e)
        if found and k + 1 < len(spans) and _TYPED_SIDE.match(text, *spans[k + 1]):
            # "Diagnosis #1: Degenerative arthritis, knee" then "Side affected: Left": a listed
            # diagnosis, which the gate question's "Yes" only announced
            first = len(page.out)
            page.out.extend(found)
            page.last_form = list(range(first, len(page.out)))
            for i in page.generic:
                if any(m.concept == page.out[i].concept for m in found):
                    page.dropped.add(i)
            continue
        page.out.extend(found)
    _close_section(page)
    out = [m for i, m in enumerate(page.out) if i not in page.dropped]
    if out:
        low = text.lower()  # (one lower-casing for the two cheap looks below)
        if any(w in low for w in _RELATIVE_WORDS):
            out = _relative_sides(text, out)
        if any(w in low for w in _STUDY_WORDS):
            out = _study_sides(text, out)
    if text is not orig:
        out = [replace(m, text=orig[m.start : m.end]) for m in out]
    facts: dict[tuple[int, int], RatingFacts] = {}  # per sentence: mentions share sentences
    return sorted(
        (_enrich(text, m, boxed, facts) for m in out), key=lambda m: (m.start, m.end, m.concept)
    )


# A side named relative to another finding's: "The ipsilateral knee has a degenerative tear",
# "The contralateral knee ... showed osteoarthritis", "he limps on the same side"
_RELATIVE_WORDS = ("lateral", "opposite", "same", "other")
_RELATIVE_SIDE = re.compile(
    r"\b(?:(?P<same>(?P<lateral>ipsi-?\s?lateral)|(?:the\s+)?same\s+(?:side|leg|knee|extremity|limb))"
    r"|(?P<opp>(?P<lateral2>contra-?\s?lateral)|(?:the\s+)?opposite|the\s+other)\s+(?:knee|leg"
    r"|lower\s+extremity"
    r"|lower\s+limb|side))\b",
    re.IGNORECASE,
)
_PATHWAY = ("radiculopathy", "antalgic_gait")
_SIDE_WORD = re.compile(r"\b(?:left|right|bilateral|bilat|lt|rt|l|r|b/l|both)\b", re.IGNORECASE)


def _relative_sides(text: str, out: list[Mention]) -> list[Mention]:
    """An unsided finding whose sentence names its side relative to another's takes it from
    the last finding before with one side: the same, or (contralateral, opposite, the other)
    the other side."""
    by_start = sorted(out, key=lambda m: m.start)
    result = []
    for m in out:
        if m.laterality != "unspecified" or m.subject != "veteran":
            result.append(m)
            continue
        if m.concept == "back_condition":
            result.append(m)
            continue
        rel = None
        for k, r in enumerate(_RELATIVE_SIDE.finditer(text, m.sentence_start, m.sentence_end)):
            if k == 4:
                break  # (a few looks: a sentence of them names no one finding's side)
            if not _SIDE_WORD.search(text, min(r.end(), m.end), max(r.start(), m.start)):
                rel = r
        anchor = None
        if rel is not None:
            anchor = next(
                (
                    a
                    for a in reversed(by_start)
                    if a.start < min(rel.start(), m.start)
                    and a.subject == "veteran"
                    and a.laterality in _OPPOSITE
                    # (ipsilateral, contralateral: to the pathway's radiculopathy or limp)
                    and (
                        not (rel.group("lateral") or rel.group("lateral2")) or a.concept in _PATHWAY
                    )
                ),
                None,
            )
        if rel is None or anchor is None:
            result.append(m)
            continue
        side = anchor.laterality if rel.group("same") else _OPPOSITE[anchor.laterality]
        result.append(replace(m, laterality=side))
    return result


# An electrodiagnostic study's title or "Side studied" line gives its side to the report's
# radiculopathy: "EMG/NCS - RIGHT LOWER EXTREMITY" ... "Impression: ... L5 radiculopathy"
_STUDY_WORDS = ("emg", "ncs", "conduction", "studied", "electrodiagnostic")
_STUDY_SIDE = re.compile(
    r"^[ \t]*+(?:(?:emg|ncs|emg/ncs|ncs/emg|nerve\s+conduction\s+stud\w*|electrodiagnostic"
    r"\s+(?:study|studies|consult\w*))\b[^\n]{0,30}?|sides?\s+studied\s*:\s*)"
    r"\b(?P<side>right|left|rt|lt|r|l|bilateral|b/l)\b(?![^\n]*\b(?:left|right)\b)"
    # (the limb's, to the line's end: "EMG/NCS - RIGHT LOWER EXTREMITY", not "left-handed")
    r"(?=[ \t]*(?:l[o0]wer\s+(?:extrem\w*|limb)|le|leg)?[ \t]*(?:[:.]|\s[-–:]\s[^\n]{0,20})?$)",
    re.IGNORECASE | re.MULTILINE,
)


def _study_sides(text: str, out: list[Mention]) -> list[Mention]:
    """An unsided radiculopathy after a study's sided title takes the study's side."""
    titles = [
        (m.start(), side_of(m.group("side").lower()))
        for m in _STUDY_SIDE.finditer(text)
        # (one side on the line: not "EMG of the right and left legs")
        if len(sides_named(normalize(text[m.start() : _line_end(text, m.end())]).text)) == 1
    ]
    if not titles:
        return out
    result = []
    for m in out:
        side = next((x for at, x in reversed(titles) if at < m.start), None)
        if (
            side is not None
            and m.concept == "radiculopathy"
            and m.laterality == "unspecified"
            and m.subject == "veteran"
        ):
            m = replace(m, laterality=side)
        result.append(m)
    return result


# A test's name on a line of its own, its results per side on the lines after it:
# "Straight leg raising test" / "Right: [ ] Positive [X] Negative" / "Left: [X] Positive ..."
_BARE_SLR = re.compile(
    r"\s*(?:[a-z0-9]{1,2}[.)]\s*)?(?:straight[\s-]+leg[\s-]+rais\w*(?:\s+test(?:ing)?)?|slr"
    r"|slump(?:\s+test)?)(?:\s*\([^)]{0,30}\))?[\s:]*$",
    re.IGNORECASE,
)
_ROW_RESULT = re.compile(
    r"\b(?:pos\w*|neg\w*|normal|abnormal|wnl|reproduc\w*)\b|\(\s*[+-]\s*\)|\[\s*[xX]\s*\]"
    r"|[:=]\s*[+-](?:ve)?(?=\s|$|@|\d)|\s[+-](?:ve)?\s*$",
    re.IGNORECASE,
)
# a DBQ's stability test on its own line, its rows per side after it: "Anterior instability
# (Lachman test):" / "Right: [X] Normal [ ] 1+ ..." / "Left: [X] Normal ..."
_BARE_STAB = re.compile(
    r"\s*(?:[a-z0-9]{1,2}[.)]\s*)?(?:(?:anterior|posterior|medial|lateral)\s+instability"
    r"|lachman(?:\s+test)?|(?:anterior\s+|posterior\s+)?drawer(?:\s+test)?)"
    r"(?:\s*\([^()\n]{0,100}\))?[\s:]*$",
    re.IGNORECASE,
)
_ROW_INSTRUCTION = re.compile(
    r"\s*(?:provide|indicate|record|enter|document)\b[^\n]{0,80}:\s*$", re.IGNORECASE
)
_SIDE_ROW = re.compile(r"\s*(?:right|left|rt|lt|r|l)\b\s*[:=-]", re.IGNORECASE)


def _join_test_rows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with a bare SLR line joined to the one or two side rows that answer it."""
    if "\n" not in text:
        return spans
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        s, e = spans[i]
        if (_BARE_SLR.match(text, s, e) or _BARE_STAB.match(text, s, e)) and i + 1 < len(spans):
            k = i + 1
            if k + 1 < len(spans) and _ROW_INSTRUCTION.match(text, *spans[k]):
                k += 1  # ("Provide straight leg raising results:" between)
            first = k
            while (
                k < len(spans)
                and k <= first + 1
                and _SIDE_ROW.match(text, spans[k][0])
                and _ROW_RESULT.search(text, spans[k][0], spans[k][1])
            ):
                k += 1
            if k > first:
                out.append((s, spans[k - 1][1]))
                i = k
                continue
        out.append((s, e))
        i += 1
    return out


# Sentence-wide patterns behind a look-ahead for their first characters (gates.quick): the
# same matches, found sooner.
_NEG_CUE, _PLURAL_LEGS, _KNEES, _EQUIVOCAL, _SLR_HEAD, _STAB_HEAD = map(
    quick, (_NEG_CUE, _PLURAL_LEGS, _KNEES, _EQUIVOCAL, _SLR_HEAD, _STAB_HEAD)
)


def _enrich(
    text: str,
    m: Mention,
    boxed: dict[tuple[int, int], bool],
    facts_of: dict[tuple[int, int], RatingFacts],
) -> Mention:
    """Add what the whole sentence says: rating facts, and checked boxes as evidence."""
    span = (m.sentence_start, m.sentence_end)
    sentence = text[m.sentence_start : m.sentence_end]
    changes: dict[str, object] = {}
    has_box = boxed[span] if span in boxed else forms.has_checkbox(sentence)
    if has_box and not m.evidence_spans:
        changes["evidence_spans"] = tuple(
            (m.sentence_start + s, m.sentence_start + e) for s, e in forms.checked_spans(sentence)
        )
    if m.subject == "veteran" and m.assertion == "present":
        facts = facts_of.get(span)
        if facts is None:
            facts = facts_of[span] = rating_facts(sentence)
        if facts.diagnostic_code or facts.rating_percent is not None or facts.effective_date:
            changes.update(
                diagnostic_code=facts.diagnostic_code,
                rating_percent=facts.rating_percent,
                effective_date=facts.effective_date,
            )
        if (
            m.concept == "back_condition"
            and m.service_connection is None
            and facts.implies_service_connection
        ):
            changes["service_connection"] = "granted"
    return replace(m, **changes) if changes else m
