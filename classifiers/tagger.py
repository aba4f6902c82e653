"""tag_text: sentences → candidates → assertion, laterality, attributes → Mentions.

Prose sentences go through the concept matchers; checkbox lines go through the form logic,
where the checked box, not the wording, decides. A Back DBQ radiculopathy question opens a
small section state whose following lines supply its side, roots and severity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from classifiers import forms
from classifiers.assertion import assess
from classifiers.attributes import ordered, roots_in, severity_near, worst
from classifiers.candidates import Candidate, find_candidates
from classifiers.laterality import Sections, assign_sides, combine
from classifiers.lexicon import (
    KNEE_ANAT,
    OTHER_ANAT,
    PREFILTER,
    SERVICE_DENIED,
    SERVICE_GRANTED,
    SIDE,
    side_of,
)
from classifiers.model import AssertionModel
from classifiers.ocr_normalize import Normalized, normalize
from classifiers.sentences import split_sentences
from va_core.records import Mention

_RANK = {"present": 0, "possible": 1, "negated": 2}
_WEAK_BACK = {"low back pain": 1, "chronic low back pain": 1, "back condition": 2}
_SECTION_BREAK = re.compile(
    r"intervertebral disc syndrome|\bivds\b|ankylosis|assistive device|other neurologic"
    r"|diagnostic test|functional (?:loss|impact)|remarks|range of motion|flare-?ups"
    r"|^\s*(?:section\s+)?(?:\d{1,2}|[ivx]{1,4})[.)]\s+(?!.*(?:radic|nerve|sever|extremit))"
    r"|^\W*section\s+[\divxl|!\]\[]{1,5}(?![a-z])\W*(?!.*(?:radic|nerve|sever|extremit))",
    re.IGNORECASE,
)
_SIDE_Q = re.compile(r"\s*(?:side|sides|affected side|laterality)\b", re.IGNORECASE)
_SIDE_ONLY_Q = re.compile(
    r"\s*(?:right|left)(?:\s+lower\s+(?:extremity|limb))?\s*:?\s*$", re.IGNORECASE
)
_NO_SEVERITY = {"none", "not affected", "absent", "normal"}
MODEL_THRESHOLD = 0.8
_FORM_HEADING = re.compile(r"^\s*(?:section\s+)?(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?:\S+\s*){1,8}$")
# "SECTION V - RADICULOPATHY", "~ SECTION V - RADICULOPATHY _" (OCR reads roman numerals as
# "|", "Ill", "Vii", "I]" ...): the title of a form section, not a finding.
_SECTION_TITLE = re.compile(
    r"^[\W_]*section\s+[\dIVXLivxl|!\]\[]{1,5}\s*(?:[-–—:.)]\s*)?"
    r"(?P<title>[^:]*?)[\W_]*$",
    re.IGNORECASE,
)
_TITLE_CASE = re.compile(
    r"^(?:(?:[A-Z0-9(][\w()/&,'-]*|and|or|of|the|to|with|for|&|-|/)\s*){1,8}$"
)
_TITLE_WORDS = re.compile(
    r"\b(?:conditions?|questionnaire|disability benefits|dbq|section|department|examination"
    r"|history|exam|findings|diagnos[ie]s|impression|assessment)\b",
    re.IGNORECASE,
)
_INSTRUCTION = re.compile(
    r"^\W*(?:indicate|describe|check|list|provide|select|specify|mark|please|if\b|enter|note)"
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
    if SERVICE_DENIED.search(text):
        return "denied"
    if SERVICE_GRANTED.search(text):
        return "granted"
    return None


def _key(c: Candidate, subject: str = "veteran") -> tuple[str, str | None, str]:
    return (c.concept, c.knee_dx if c.concept == "knee_condition" else None, subject)


def _sides_for(nt: str, cands: list[Candidate]) -> list[str | None]:
    heads = [(c.start, c.end) for c in cands]
    anatomy = [(c.anatomy_span[0], c.anatomy_span[1], i) for i, c in enumerate(cands)
               if c.anatomy_span]
    knee_heads = [i for i, c in enumerate(cands) if c.concept == "knee_condition"]
    if knee_heads:
        for m in KNEE_ANAT.finditer(nt):
            i = min(knee_heads, key=lambda k: min(abs(m.start() - cands[k].end),
                                                   abs(cands[k].start - m.end())))
            anatomy.append((m.start(), m.end(), i))
    blockers = [(m.start(), m.end()) for m in OTHER_ANAT.finditer(nt)
                if not any(hs <= m.start() < he for hs, he in heads)]
    if not knee_heads:  # "left knee condition ... lumbar strain": the side is the knee's
        blockers += [(m.start(), m.end()) for m in KNEE_ANAT.finditer(nt)
                     if not any(hs <= m.start() < he for hs, he in heads)]
    return assign_sides(nt, heads, anatomy, blockers)


def _prose(page: _Page, norm: Normalized, s: int, e: int) -> list[Mention]:
    nt = norm.text
    cands = find_candidates(nt, page.sections.anatomy(s))
    if not cands:
        return []
    decision = _service(nt)
    sides = _sides_for(nt, cands)
    scored = []
    for c, side in zip(cands, sides, strict=True):
        ctx = assess(nt, c.start, c.end, post=decision is None)
        assertion = c.fixed or ctx.assertion
        score = c.score
        if page.model is not None and c.fixed is None:
            proba = page.model.proba(nt[: c.start], nt[c.end :])
            if not ctx.triggered:
                alt = max(("negated", "possible"), key=proba.__getitem__)
                if proba[alt] >= MODEL_THRESHOLD:
                    assertion = alt
            score = 0.5 * c.score + 0.5 * proba[assertion]
        if c.concept == "back_condition" and decision:
            assertion = "present"
        scored.append((c, side, ctx, assertion, score))
    best: dict[tuple[str, str | None, str], tuple] = {}
    votes: dict[tuple[str, str | None, str], set[str]] = {}
    for item in scored:
        c, side, ctx, assertion, _ = item
        k = _key(c, ctx.subject)
        rank = (_RANK[assertion], _WEAK_BACK.get(c.condition or "", 0), -c.score, c.start)
        if k not in best or rank < best[k][0]:
            best[k] = (rank, item)
    for item in scored:
        c, side, ctx, assertion, _ = item
        k = _key(c, ctx.subject)
        if side and assertion == best[k][1][3]:
            votes.setdefault(k, set()).add(side)
    has_dx = any(k[0] == "knee_condition" and k[1] not in ("pain_only", None)
                 and v[1][3] != "negated" for k, v in best.items())
    pain_sides = set().union(*(v for k, v in votes.items() if k[1] == "pain_only"))
    out = []
    for k, (_, (c, _, ctx, assertion, score)) in best.items():
        if k[:2] == ("knee_condition", "pain_only") and has_dx:
            continue
        lat = combine(votes.get(k, set()))
        if lat is None and c.concept == "knee_condition" and has_dx:
            lat = combine(pain_sides)  # "R knee pain, r/o meniscal tear"
        if lat is None and c.concept == "knee_condition" and re.search(r"\bknees\b", nt):
            lat = "bilateral"
        if lat is None and c.concept in ("knee_condition", "radiculopathy"):
            lat = page.sections.side(s)
        roots: tuple[str, ...] = ()
        severity = None
        if c.concept == "radiculopathy":
            roots = ordered(roots_in(nt))
            severity = severity_near(nt, c.start, c.end)
        os_, oe = norm.to_orig(c.start, c.end)
        out.append(Mention(
            concept=c.concept, assertion=assertion, laterality=lat or "unspecified",
            start=os_, end=oe, text=page.text[os_:oe], nerve_roots=roots, knee_dx=c.knee_dx,
            subject=ctx.subject, score=round(min(1.0, max(0.0, score)), 3), severity=severity,
            historical=ctx.historical or page.sections.history(s),
            condition=c.condition,
            service_connection=decision if c.concept == "back_condition" else None,
            sentence_start=s, sentence_end=e,
        ))
    return out


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
    if not (forms.ATTRIBUTE_PREFIX.search(q) or sec.in_severity and side_only):
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
        for it, kind in checked if kind == "severity"
    ]
    sevs = [forms.SEVERITY_LABEL.match(x).group(1) for x in sevs]  # type: ignore[union-attr]
    real = [x for x in sevs if x not in _NO_SEVERITY]
    if real and ("severity" in q or sec.in_severity):
        sec.severities.extend(real)
        q_sides = {side_of(m.group()) for m in SIDE.finditer(q)}
        if q_sides:
            sec.sides.add(combine(q_sides) or "bilateral")
        elif side:
            sec.sides.add(side)
    return True


def _emit_form(page: _Page, c: Candidate, norm: Normalized, assertion: str, lat: str | None,
               s: int, e: int) -> int:
    os_, oe = norm.to_orig(c.start, c.end)
    page.out.append(Mention(
        concept=c.concept, assertion=assertion, laterality=lat or "unspecified", start=os_,
        end=oe, text=page.text[os_:oe], knee_dx=c.knee_dx, score=0.9, condition=c.condition,
        historical=page.sections.history(s), sentence_start=s, sentence_end=e,
    ))
    return len(page.out) - 1


def _form_line(page: _Page, s: int, e: int) -> None:
    text = page.text
    line = text[s:e]
    items = forms.parse_line(line)
    _section_line(page, line)
    if not items:
        return
    question = line[items[0].question_start : items[0].question_end]
    explicit = forms.checked_side(line, items)
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
    context = page.sections.anatomy(s)
    kinds = [_label_kind(line, it) for it in items]
    qn = normalize(question, base=s + items[0].question_start)
    page.last_form = []
    if "yes" in kinds or "no" in kinds:
        yes = any(it.checked and k == "yes" for it, k in zip(items, kinds, strict=True))
        no = any(it.checked and k == "no" for it, k in zip(items, kinds, strict=True))
        cands = find_candidates(qn.text, context) if (yes or no) else []
        if not cands:
            return
        c = cands[0]
        if c.concept == "radiculopathy" and page.radic.index is not None:
            return
        lat = combine({side_of(m.group()) for m in SIDE.finditer(qn.text)}) or explicit
        idx = _emit_form(page, c, qn, "present" if yes else "negated", lat, s, e)
        if c.concept == "radiculopathy" and yes:
            page.radic = _Section(index=idx)
        return
    emitted: list[int] = []
    for it, kind in zip(items, kinds, strict=True):
        if not it.checked or kind != "other":
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
            words = {side_of(m.group()) for m in SIDE.finditer(norm.text)}
            lat = combine(words) or explicit
            idx = _emit_form(page, c, norm, c.fixed or ctx.assertion, lat, s, e)
            if lat is None:
                emitted.append(idx)
    if not emitted and explicit and not any(it.checked and k == "other"
                                           for it, k in zip(items, kinds, strict=True)):
        cands = find_candidates(qn.text, context)
        if cands and page.radic.index is None:
            _emit_form(page, cands[0], qn, "present", explicit, s, e)
    page.last_form = emitted


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 2 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _is_instruction(raw: str) -> bool:
    """A form instruction or a bare label ending in ':' ("Indicate severity ... :", "Left:")."""
    body = raw.rstrip()
    return body.endswith(":") and body[:-1].count(":") == 0 and bool(_INSTRUCTION.search(body))


def _is_heading(raw: str, is_form: bool) -> bool:
    """A title line: "SECTION V - RADICULOPATHY", "KNEE AND LOWER LEG CONDITIONS ..."; on a
    form page also a bare all-caps line ("RADICULOPATHY"). On other pages a bare all-caps line
    may be a problem-list entry, so it stays a finding unless it reads like a title."""
    line = raw.strip()
    if "\n" in line or len(line) > 120:
        return False
    sec = _SECTION_TITLE.match(line)
    if sec:
        title = sec.group("title")
        title = title.strip()
        return not title or bool(_caps(title) or _TITLE_CASE.match(title)) and not SIDE.search(
            title.lower())
    if is_form and _FORM_HEADING.match(line) and not SIDE.search(line.lower()):
        return True
    if not _caps(line) or ":" in line.rstrip(":") or re.search(r"[.!?;]\s", line):
        return False
    return bool(_TITLE_WORDS.search(line)) or (is_form and not SIDE.search(line.lower()))


def tag(text: str, model: AssertionModel | None) -> list[Mention]:
    """Tag one page; `model=None` gives the rules alone (used to measure the model)."""
    if not text or not text.strip():
        return []
    page = _Page(text, Sections(text), model)
    spans = split_sentences(text)
    is_form = sum(forms.has_checkbox(text[s:e]) for s, e in spans) >= 3
    for s, e in spans:
        raw = text[s:e]
        if forms.has_checkbox(raw):
            _form_line(page, s, e)
            continue
        _section_line(page, raw)
        if page.radic.index is not None:
            low = raw.lower()
            page.radic.in_severity = "severity" in low
            if "root" in low:
                page.radic.roots |= roots_in(normalize(raw).text)
        page.last_form = []
        if _is_instruction(raw) or _is_heading(raw, is_form):
            continue  # headings and form instructions are not findings
        norm = normalize(raw, base=s)
        if not PREFILTER.search(norm.text):
            continue
        page.out.extend(_prose(page, norm, s, e))
    _close_section(page)
    return sorted(page.out, key=lambda m: (m.start, m.end, m.concept))
