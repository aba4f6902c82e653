"""Concept candidates in one normalised sentence: what matched, where, and its fixed attributes.

Candidates are found before assertion and laterality so that overlaps can be settled first
("lumbar DJD" is a back condition, not a knee one; "non-antalgic" is not "antalgic").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from classifiers import gates
from classifiers import lexicon as lx

_KNEE_BEFORE = re.compile(
    r"(?:(?<![\w/])(?:(?:left|right|bilateral|both|b/l|bilat|lt|rt|l|r)\.?\s+)?knees?(?:\s+joints?)?"
    r"(?:\s*[,:-])?\s+)$"
)
_KNEE_AFTER = re.compile(
    r"^\s*,?\s*(?:of|in|involving|at|on)\s+(?:the\s+|both\s+|his\s+|her\s+)?"
    r"(?:(?:left|right|bilateral|lt|rt|l|r)\.?\s+)?knees?\b"
)
_DENIED_BEFORE = re.compile(
    r"\b(?:no|without|w/o|denies|negative\s+for)\s+(?:(?:any|prior|history|of|other)\s+){0,3}"
    r"(?:\w+\s+){0,2}$"
)
# "Negative McMurray, Lachman, and posterior drawer": the tests listed after the first share its
# result.
_LISTED_TEST = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?P<name>(?:anterior\s+|posterior\s+)?"
    r"(?:drawer|lachman|mc\s?murray|thessaly|pivot\s+shift|varus|valgus)(?:'?s)?"
    r"(?:\s*(?:/|and)\s*(?:varus|valgus))?(?:\s+(?:stress|tests?|testing))?)"
)
_ARTHRITIS_TO_BACK = {
    "osteoarthritis": "degenerative arthritis of the spine",
    "other_diagnosis": "lumbar strain",
}


_EPISODES_Q = re.compile(r"^\W*(?:if\s+yes\b|.*\bepisodes?\s+of\s+acute\b)")
_NEGATIVE_FOR = re.compile(r"\b(?:negative|neg)\s+for\s+$")
_ANKLE = re.compile(r"\b(?:ankles?|talar|talus|atfl|inversion)\b")
# a tear named, not denied ("Menisci: intact, no tear" names none)
_TEAR = re.compile(r"(?<!\bno\s)(?<!without\s)(?<!w/o\s)(?<!\bno\sdiscrete\s)\btears?\b")
_GAIT_PHASE = re.compile(
    r"\s+(?:in|during|at|through)\s+(?:the\s+)?(?:swing|stance|initial\s+contact|terminal|loading"
    r"|gait|heel\s+strike|toe[\s-]off|mid-?stance)"
)
_REPLACEMENT = re.compile(r"\b(?:tkas?|tkr|arthroplast(?:y|ies)|replacements?|replaced)\b")
_CLAIMED_AS = re.compile(r"\((?:also\s+)?claimed\s+as\b[^)]*\)")
_LIMP_NOT_GAIT = re.compile(r"\s+(?:and\s+flaccid|extremity|arm)")
# A clause break between a diagnosis and a body part (after it: "of"/"in" bridges it).
_GAP_AFTER = re.compile(r"[;.]|\b(?:and|but|with)\b")
_OF_AFTER = re.compile(r"\s*(?:of|in|involving)\b")
_GAP_BEFORE = re.compile(r"[;]|\b(?:and|but|with|or)\b|,")
_NOT_LIMB = re.compile(r"\b(?:chest|jaw|epigastr\w*|abdom\w*|flank|groin|testic\w*|head)\b")


# The lexicon patterns run over a whole sentence, gated (see gates.py).
_GATES = gates.GateSet(
    [
        *(rx for rx, *_ in (*lx.KNEE_PATTERNS, *lx.KNEE_TESTS, *lx.BACK_PATTERNS)),
        *(lx.KNEE_ANAT, lx.BACK_ANAT, lx.OTHER_ANAT, lx.UPPER_LIMB, lx.LOWER_LIMB),
        *(lx.GAIT_NEGATED, lx.GAIT_PRESENT, lx.SLR, lx.NONRADICULAR, lx.RADIC, lx.RADIATING),
        *(lx.NERVE_PALSY, lx.DERMATOME, lx.ROOT_IMPINGE, lx.KNEE_STABLE, lx.GENERIC_KNEE),
        lx.MENISCUS_INTACT,
        *(lx.BACK_GATE, lx.NOT_LUMBAR, lx.LUMBAR),
        # run by the tagger over the same sentence, before and after the candidates
        *(lx.PREFILTER, lx.SERVICE_DENIED, lx.SERVICE_GRANTED, lx.PROTECTED, lx.CANE_HAND),
    ]
)


_BIT = _GATES.bits
# The families the candidate finders loop over, each pattern with its gate bit, its finer
# gate (gates.fits) and its form that runs (gates.quick: the same matches, found sooner).
_KNEE_TESTS, _KNEE_PATTERNS, _BACK_PATTERNS = (
    tuple((_BIT[id(rx)], _GATES.fine.get(id(rx)), _GATES.quick[id(rx)], *rest) for rx, *rest in f)
    for f in (lx.KNEE_TESTS, lx.KNEE_PATTERNS, lx.BACK_PATTERNS)
)


def clear_word_caches() -> None:
    """Forget the gate words found per token (benchmarks' cold pass)."""
    _GATES.token_bits.cache_clear()


def matches(rx: re.Pattern[str], text: str) -> Iterable[re.Match[str]]:
    """`rx.finditer(text)` for a lexicon pattern over a sentence, through this module's gates."""
    return _GATES.finditer(rx, text)


def search(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`rx.search(text)` for a lexicon pattern over a sentence, through this module's gates."""
    return _GATES.search(rx, text)


def holds(rx: re.Pattern[str], text: str) -> bool:
    """`bool(rx.search(text))` for a lexicon pattern over a sentence, through the gates."""
    return _GATES.holds(rx, text)


@dataclass(slots=True)
class Candidate:
    """One concept match inside a normalised sentence."""

    concept: str
    start: int
    end: int
    knee_dx: str | None = None
    condition: str | None = None
    fixed: str | None = None  # assertion decided by the pattern itself
    score: float = 0.9
    anatomy_span: tuple[int, int] | None = None
    generic: bool = False  # "knee condition": dropped where a named diagnosis is given


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < b and a < e for a, b in spans)


_ANAT_KINDS = (("knee", lx.KNEE_ANAT), ("back", lx.BACK_ANAT), ("other", lx.OTHER_ANAT))
_ANAT_REACH = 60  # beyond this a word binds nothing (before a finding: 60 / 0.9)


@lru_cache(maxsize=8)
def _anatomy_words(text: str) -> tuple[tuple[str, tuple[int, ...], tuple[int, ...]], ...]:
    """Per kind, the starts and ends of the sentence's anatomy words (one scan per sentence,
    not one per finding: a run-on of a thousand findings stays linear)."""
    out = []
    for kind, rx in _ANAT_KINDS:
        found = [(m.start(), m.end()) for m in _GATES.finditer(rx, text)]
        out.append((kind, tuple(a for a, _ in found), tuple(b for _, b in found)))
    return tuple(out)


def bind_anatomy(text: str, s: int, e: int) -> tuple[str | None, tuple[int, int] | None]:
    """Body part a diagnosis at [s, e) refers to: nearest knee/back/other word in its clause."""
    best: tuple[float, str, tuple[int, int]] | None = None
    for kind, starts, ends in _anatomy_words(text):
        # (only the words near enough to win; a word's end is at most 100 past its start)
        first = bisect_left(starts, s - _ANAT_REACH / 0.9 - 100)
        for k in range(first, len(starts)):
            ms, me = starts[k], ends[k]
            if ms > e + _ANAT_REACH:
                break
            if ms >= s and me <= e:
                dist = 0.0
            else:
                # distance first: the gap is read only for a word near enough to win (a long
                # run-on of findings would otherwise read every gap, quadratic in its length)
                dist = float(ms - e) if ms >= e else float(s - me) * 0.9
                if dist > _ANAT_REACH or (best is not None and dist >= best[0]):
                    continue
                if ms >= e:
                    gap = text[e:ms]
                    if _GAP_AFTER.search(gap) and not _OF_AFTER.match(gap):
                        continue
                elif _GAP_BEFORE.search(text[me:s]):
                    continue
            if best is None or dist < best[0]:
                best = (dist, kind, (ms, me))
    if best is None:
        return None, None
    return best[1], best[2]


_Limbs = tuple[list[int], list[tuple[int, int, int]]]


def _limb_words(text: str) -> _Limbs:
    """The sentence's limb words as (start, end, 0 for an arm or neck word / 1 for a leg or
    lumbar word), in order of start, with their starts: found once per sentence, not once per
    candidate."""
    words = sorted(
        (m.start(), m.end(), order)
        for order, rx in enumerate((lx.UPPER_LIMB, lx.LOWER_LIMB))
        for m in _GATES.finditer(rx, text)
    )
    return [w[0] for w in words], words


def _limb_context(limbs: _Limbs, s: int, e: int) -> str | None:
    """'upper' when the nearest limb word is an arm/neck word, 'lower' for leg/lumbar words
    (ties: an arm word first, then the earlier word). Only the words around the candidate are
    looked at: the nearest one starts inside it or is a neighbour of its start or end."""
    starts, words = limbs
    if not words:
        return None
    near = words
    if len(words) > 8:
        a, b = bisect_left(starts, s), bisect_left(starts, e)
        near = words[max(0, a - 3) : b + 3]
    best = min(
        near,
        key=lambda w: (0 if s <= w[0] < e else min(abs(w[0] - e), abs(s - w[1])), w[2], w[0]),
    )
    return "upper" if best[2] == 0 else "lower"


def _gait(text: str) -> list[Candidate]:
    neg = [
        Candidate("antalgic_gait", m.start(), m.end(), fixed="negated", score=0.9)
        for m in _GATES.finditer(lx.GAIT_NEGATED, text)
    ]
    spans = [(c.start, c.end) for c in neg]
    out = list(neg)
    for m in _GATES.finditer(lx.GAIT_PRESENT, text):
        if _overlaps(m.start(), m.end(), spans):
            continue
        word = m.group()
        if word.startswith("limp") and _LIMP_NOT_GAIT.match(text, m.end()):
            continue
        score = 0.95 if word.startswith("antalgic") else (0.85 if word.startswith("limp") else 0.8)
        out.append(Candidate("antalgic_gait", m.start(), m.end(), score=score))
    return out


_REPRODUCED = re.compile(
    r"\b(?:reproduc\w*|producing|produced|provok\w*|elicit\w*|recreat\w*)(?:\s+of)?\s+"
    r"(?:(?:his|her|the|a|an|some|sharp|shooting|burning|electric|radiating|usual|typical)\s+){0,3}$"
)
_A_TEST = re.compile(
    r"\b(?:slr|straight\s+leg|lasegue|slump|kemp|fnst?|femoral\s+(?:nerve\s+)?stretch|bragard"
    r"|tests?|signs?|maneuvers?)\b"
)
_NOT_BEFORE = re.compile(r"\b(?:not|no|without|w/o|nor)\s*$|n't\s*$")
_NOT_RADICULAR = re.compile(
    r"[\"”']?\s+(?:is|was)\s+not\s+(?:radicular|neuropathic|true\s+sciatica|a\s+radiculopathy)\b"
)
# (the denial of the motion itself: not "pain which doesn't go away radiates down the leg")
_DENIED_INSIDE = re.compile(
    r"\b(?:does\s*n[o']?t|no\s+longer|never)\s+(?:radiat\w*|shoot\w*|go(?:es)?|travel\w*|runs?"
    r"|extend\w*|spread\w*)\b(?!\s+away)"
)


def _radic(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    spans: list[tuple[int, int]] = []
    for m in _GATES.finditer(lx.SLR, text):
        pol = (m.group("pol1") or m.group("pol2") or "").strip("()")
        fixed = "negated" if pol in ("negative", "neg", "-") else "possible"
        out.append(Candidate("radiculopathy", m.start(), m.end(), fixed=fixed, score=0.85))
        spans.append((m.start(), m.end()))
    for m in _GATES.finditer(lx.NONRADICULAR, text):
        out.append(Candidate("radiculopathy", m.start(), m.end(), fixed="negated", score=0.9))
        spans.append((m.start(), m.end()))
    for rx, score in ((lx.RADIC, 0.95), (lx.RADIATING, 0.85), (lx.NERVE_PALSY, 0.9)):
        for m in _GATES.finditer(rx, text):
            if _overlaps(m.start(), m.end(), spans):
                if rx is lx.RADIATING:  # "sciatic pain radiating to the left foot": its side
                    for c in out:
                        if c.start < m.end() and m.start() < c.end and c.fixed is None:
                            c.anatomy_span = (m.start(), m.end())
                continue
            if (
                rx is lx.RADIATING
                and m.group().startswith("radiating")
                and not _LEG_NAMED.search(m.group())  # ("(-) radiating leg pain" after "hands")
                and (_GATES.search(lx.UPPER_LIMB, text) or _NOT_LIMB.search(text))
            ):
                continue
            # (a denial inside the words: 'the pain "doesn't go down my legs anymore"'; the pain
            # a test reproduced is the test's result: "SLR positive on the left, reproducing
            # shooting pain to the lateral calf")
            fixed = "negated" if _DENIED_INSIDE.search(m.group()) else None
            if (
                fixed is None
                and rx is lx.RADIATING
                and (rep := _REPRODUCED.search(text, 0, m.start()))
                and _A_TEST.search(text, 0, rep.start())
                and not _NOT_BEFORE.search(text, max(0, rep.start() - 12), rep.start())
            ):
                fixed = "possible"
            elif fixed is None and rx is lx.RADIC and _NOT_RADICULAR.match(text, m.end()):
                fixed = "negated"  # 'what he calls his "sciatica" is not radicular'
            out.append(Candidate("radiculopathy", m.start(), m.end(), fixed=fixed, score=score))
            spans.append((m.start(), m.end()))
    for m in _GATES.finditer(lx.DERMATOME, text):
        if not _overlaps(m.start(), m.end(), spans):
            out.append(Candidate("radiculopathy", m.start(), m.end(), score=0.8))
            spans.append((m.start(), m.end()))
    for m in _GATES.finditer(lx.ROOT_IMPINGE, text):
        rest = text[: m.start()] + " " + text[m.end() :]
        if not _overlaps(m.start(), m.end(), spans) and (
            _SYMPTOM_WORDS.search(rest)
            or _NO_EVIDENCE.search(text, max(0, m.start() - 50), m.start())
        ):  # (an imaging finding with the symptoms it explains, or an examiner's denial)
            out.append(Candidate("radiculopathy", m.start(), m.end(), score=0.75))
    if not out:
        return out
    limbs = _limb_words(text)
    return [c for c in out if _limb_context(limbs, c.start, c.end) != "upper"]


def _back(text: str, context: str | None) -> list[Candidate]:
    out: list[Candidate] = []
    spans: list[tuple[int, int]] = []
    ok = _GATES.allowed(text)
    for bit, fine, rx, name, needs in _BACK_PATTERNS:
        if not ok & bit or fine is not None and not gates.fits(ok, fine):
            continue
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if _overlaps(s, e, spans):
                continue
            kind, _ = bind_anatomy(text, s, e)
            # "chronic LBP ..., numbness L foot": a name that carries its own anatomy is not
            # moved to a nearby body part
            own = "lbp" in m.group() or lx.BACK_ANAT.search(m.group())
            if (kind in ("other", "knee") and not own) or (needs and (kind or context) != "back"):
                continue
            if lx.NOT_LUMBAR.search(text, max(0, s - 12), s) and not lx.LUMBAR.search(m.group()):
                continue  # "C5-6 DDD with neck pain; L-spine not imaged"
            if _EPISODES_Q.search(text, 0, s):
                continue  # "If yes, has the Veteran had any episodes ... due to IVDS": a question
            if name == "back condition" and _GENERIC_BLOCK.search(text, max(0, s - 60), s):
                continue  # "caused by the service-connected back disability"
            out.append(
                Candidate(
                    "back_condition",
                    s,
                    e,
                    condition=name,
                    score=0.95,
                    generic=name == "back condition",
                )
            )
            spans.append((s, e))
    if out and _GATES.search(lx.NOT_LUMBAR, text) and not _GATES.search(lx.LUMBAR, text):
        return []
    return out


_BAD_KNEES = re.compile(
    r"bad\W|kn\s?ees?\s+(?:(?:are|is|were|was|now)\s+){1,2}(?:so\s+|too\s+)?[\"“]?bad\b"
)


def _knee(
    text: str, context: str | None, taken: list[tuple[int, int]]
) -> tuple[list[Candidate], list[Candidate]]:
    """Knee candidates, plus back candidates found through ambiguous words bound to the spine."""
    out: list[Candidate] = []
    back: list[Candidate] = []
    spans = list(taken)
    ok = _GATES.allowed(text)
    for bit, fine, rx, dx, positive, needs in _KNEE_TESTS:
        if not ok & bit or fine is not None and not gates.fits(ok, fine):
            continue
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            bound = bind_anatomy(text, s, e)[0]
            if (
                _overlaps(s, e, spans)
                or bound == "other"
                or (needs and (bound or context) not in ("knee", None))
            ):
                continue  # "positive anterior drawer test of the ankle" is no knee test
            if (
                "drawer" in m.group()
                and _ANKLE.search(text)
                and not _GATES.holds(lx.KNEE_ANAT, text)
            ):
                continue  # an ankle's drawer: "ankle instability L, positive anterior drawer"
            neg = m.group("pre_neg") or m.group("neg")
            out.append(
                Candidate(
                    "knee_condition",
                    s,
                    e,
                    knee_dx=dx,
                    score=0.85,
                    fixed="negated" if neg else "possible" if m.group("eq") else positive,
                )
            )
            spans.append((s, e))
    for c in [c for c in out if c.fixed == "negated"]:
        pos = c.end
        while (more := _LISTED_TEST.match(text, pos)) is not None:
            ns, ne = more.span("name")
            dx = (
                "meniscal_tear"
                if re.search(r"murray|thessaly", more.group("name"))
                else "instability"
            )
            if not _overlaps(ns, ne, spans) and not any(
                o.knee_dx == dx and o.fixed == "negated" for o in out
            ):
                out.append(
                    Candidate("knee_condition", ns, ne, knee_dx=dx, score=0.85, fixed="negated")
                )
                spans.append((ns, ne))
            pos = more.end()
    for m in _GATES.finditer(lx.KNEE_STABLE, text):
        s, e = m.start(), m.end()
        if _overlaps(s, e, spans):
            continue
        kind, _ = bind_anatomy(text, s, e)
        if (kind or context) == "knee" or "knee" in m.group():
            out.append(
                Candidate(
                    "knee_condition", s, e, knee_dx="instability", fixed="negated", score=0.85
                )
            )
            spans.append((s, e))
    for m in _GATES.finditer(lx.MENISCUS_INTACT, text):
        s, e = m.start(), m.end()
        # (not beside a tear named elsewhere: "... intact; lateral tear")
        if not _overlaps(s, e, spans) and not (_TEAR.search(text, 0, s) or _TEAR.search(text, e)):
            out.append(
                Candidate(
                    "knee_condition", s, e, knee_dx="meniscal_tear", fixed="negated", score=0.85
                )
            )
            spans.append((s, e))
    for bit, fine, rx, dx, needs in _KNEE_PATTERNS:
        if not ok & bit or fine is not None and not gates.fits(ok, fine):
            continue
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if _overlaps(s, e, spans):
                continue
            if _REFLEX.search(text, e, min(len(text), e + 20)):
                continue
            if dx == "limited_motion" and _GAIT_PHASE.match(text, e):
                continue  # "decreased knee flexion in swing": gait kinematics, not a knee finding
            kdx = dx
            if dx == "osteoarthritis" and _ARTHRITIS_LOOKALIKE.search(text[max(0, s - 20) : s]):
                kdx = "other_diagnosis"
            kind, anat = bind_anatomy(text, s, e)
            if m.group() in ("gout", "contusion") and kind != "knee":
                continue  # common words elsewhere: only when bound to a knee
            if needs:
                where = kind or context
                to_back = (
                    dx == "osteoarthritis"
                    and m.group()[0] != "k"
                    or (  # (not a KL grade)
                        dx == "other_diagnosis" and m.group() in ("strain", "sprain")
                    )
                )
                if where == "back" and to_back:
                    back.append(
                        Candidate(
                            "back_condition",
                            s,
                            e,
                            condition=_ARTHRITIS_TO_BACK[dx],
                            score=0.85 if kind == "back" else 0.7,
                        )
                    )
                    spans.append((s, e))
                    continue
                if where != "knee":
                    continue
            elif kind == "other" and dx in ("osteoarthritis", "other_diagnosis", None):
                continue
            ks, ke = s, e
            before = _KNEE_BEFORE.search(text, max(0, s - 30), s)
            if before:
                ks = before.start()
            after = _KNEE_AFTER.match(text[e : e + 40])
            if after:
                ke = e + after.end()
            fixed = "negated" if dx is None else None
            denial = _PAIN_DENIED.search(m.group()) if dx == "pain_only" else None
            if denial is not None and (
                denial.group().startswith("no longer")
                or denial.group().startswith("never")
                and not _UNTIL.match(text, e)
                or _DENIAL_ENDS.match(text, e)
            ):
                fixed = "negated"  # (not "doesn't hurt when sitting but aches on stairs")
            if dx == "pain_only" and m.group().startswith("non"):
                if _SKIN_BEFORE.search(text, max(0, s - 50), s):
                    continue  # "portal scars, well healed, nontender": the scars'
                fixed = "negated"
            score = 0.9 if (kind == "knee" or not needs) else 0.75
            out.append(
                Candidate(
                    "knee_condition",
                    ks,
                    ke,
                    knee_dx=kdx,
                    fixed=fixed,
                    score=score,
                    anatomy_span=anat if kind == "knee" else None,
                )
            )
            spans.append((s, e))
    for c in out:
        if _BAD_KNEES.match(text, c.start):
            # a lay "bad knees" names a knee finding only where the sentence names no other
            # ("my own knees are bad too, Dr says arthritis in both knees": the arthritis)
            c.generic = True
    if "tear" in text:
        out += _bare_tears(text, context, spans)
    for m in _GATES.finditer(lx.GENERIC_KNEE, text):
        s, e = m.start(), m.end()
        same = [c for c in out if c.start <= s and e <= c.end]
        if same:
            same[0].generic = True
            continue
        if (
            _GENERIC_BLOCK.search(text, max(0, s - 60), s)
            or m.group().endswith("s")
            and not _DENIED_BEFORE.search(text, max(0, s - 40), s)
            or lx.GENERIC_NEXUS.match(text, e)
        ):
            continue  # "due to knee and back conditions", "caused by the knee disability"
        if _overlaps(s, e, spans):
            continue
        ks = s
        before = _KNEE_BEFORE.search(text, max(0, s - 30), s)
        if before and not m.group().startswith("knee"):
            ks = before.start()
        out.append(
            Candidate("knee_condition", ks, e, knee_dx="other_diagnosis", score=0.8, generic=True)
        )
        spans.append((s, e))
    named = [c for c in out if not c.generic and c.knee_dx]
    if named:
        out = [c for c in out if not c.generic]
    if any(c.knee_dx is None for c in out) and any(
        c.knee_dx and c.fixed is None and _NEGATIVE_FOR.search(text, max(0, c.start - 14), c.start)
        for c in out
    ):
        # "XR L knee negative for OA": one finding, the OA denied (not a normal knee besides)
        out = [c for c in out if c.knee_dx is not None]
    # A knee replacement is a finding once done ("OA, s/p L TKA"), not when planned ("wants
    # to discuss R TKA", "TKA recommended"), and not beside the diagnosis it was done for
    # ("B/L TKA for OA": one finding, the OA).
    for c in [
        c
        for c in out
        if c.knee_dx == "other_diagnosis" and _REPLACEMENT.search(text, c.start, c.end)
    ]:
        if (
            _planned_before(text, c)
            or _PLANNED_AFTER.match(text, c.end)
            or any(
                d is not c and d.start >= c.end and _DONE_FOR.match(text[c.end : d.start])
                for d in named
            )
        ):
            out.remove(c)
    # any other knee operation only planned or discussed is no finding either ("Plan R knee
    # scope w/ partial medial meniscectomy", "Discussed arthroscopic partial meniscectomy")
    out = [
        c for c in out if not (_PROCEDURE.search(text, c.start, c.end) and _planned_before(text, c))
    ]
    return out, back


# A report's tear named by its kind alone, the structure named elsewhere in the sentence or the
# report ("... posterior horn of the medial meniscus; a small tear cannot be excluded", "ACL
# thickened ...; a partial tear cannot be excluded", "A small undersurface tear ...").
_BARE_TEAR = re.compile(
    r"\b(?:(?:small|subtle|tiny|focal|partial|low[\s-]grade|high[\s-]grade|recurrent|complete"
    r"|full[\s-]thickness|undersurface|(?:inferior|superior)(?:\s+articular)?\s+surface"
    r"|articular\s+surface|surface|intrasubstance|interstitial|graft)\s+){1,3}tears?\b"
)
# the structures a tear may be of, nearest first; a tendon's, a muscle's or cartilage's is no
# meniscus's or ligament's ("Partial tear of the popliteus tendon, cruciate ligaments intact")
_TEAR_OF = re.compile(
    r"\b(?P<meniscal_tear>menisc\w*|horns?|ph[ml]m)\b"
    r"|\b(?P<other>tendons?|popliteus|gastrocnemius|quadriceps|quad|patellar\s+(?:ligament|tendon)"
    r"|cartilage|chondral|labr\w+|rotator|supraspinatus|hamstrings?|muscle)\b"
    r"|\b(?P<instability>[amlp]cl|cruciates?|collaterals?|graft|ligaments?)\b"
)


_OF_OTHER = re.compile(
    r"[^;,.]{0,40}?\b(?:of|in|involving|at)\s+the\s+(?:\w+\s+){0,2}?(?:tendons?|popliteus"
    r"|gastrocnemius|quadriceps|patellar\s+(?:tendon|ligament)|cartilage|muscle)\b"
)


@lru_cache(maxsize=8)
def _tear_structures(text: str) -> tuple[tuple[int, ...], tuple[tuple[int, int, str], ...]]:
    """The sentence's structure words, once (starts, then (start, end, kind)), in order."""
    found = tuple((m.start(), m.end(), m.lastgroup or "") for m in _TEAR_OF.finditer(text))
    return tuple(f[0] for f in found), found


def _bare_tears(text: str, context: str | None, spans: list[tuple[int, int]]) -> list[Candidate]:
    """Tears named by their kind alone, of the meniscus or ligament the sentence names nearest
    (a surface tear is a meniscus's), in a knee's sentence or section."""
    out = []
    for m in _BARE_TEAR.finditer(text):
        s, e = m.start(), m.end()
        if _overlaps(s, e, spans):
            continue
        kind, _ = bind_anatomy(text, s, e)
        if (kind or context) != "knee":
            continue
        if _OF_OTHER.match(text, e):
            continue  # "a small focal tear cannot be excluded in the patellar tendon"
        starts, words = _tear_structures(text)
        k = bisect_left(starts, s)
        # (a structure after the tear is more likely its own: "tear ... in the patellar tendon")
        near = [
            ((ws - e) * 0.5 if ws >= e else abs(s - we), kind)
            for ws, we, kind in words[max(0, k - 2) : k + 2]
        ]
        dx = min(near)[1] if near else None
        if dx == "other":
            continue
        if dx is None and "surface" in m.group():
            dx = "meniscal_tear"
        if dx is None:
            continue
        out.append(Candidate("knee_condition", s, e, knee_dx=dx, score=0.8))
        spans.append((s, e))
    return out


def _planned_before(text: str, c: Candidate) -> bool:
    """A word of planning shortly before the operation, and no word of its being done between
    ("Pt declines further injections, s/p R TKA 2016" is done)."""
    ends = [m.end() for m in _PLANNED.finditer(text, max(0, c.start - 60), c.start)]
    return bool(ends) and not _DONE_MARK.search(text, ends[-1], c.start)


# (a scar's, a nodule's or the belly's: "ABDOMEN: Soft, nontender" under a knee heading)
_SKIN_BEFORE = re.compile(
    r"\b(?:scars?|incisions?|nodules?|mass|lump|portals?|wounds?|abdomen|abd|belly)\b"
)
_PLANNED_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}?(?:recommend\w*|eval\w*|candida\w*|consult\w*|planned|scheduled"
    r"|pending|discussed|declined)\b"
)
_DONE_MARK = re.compile(
    r"\b(?:s/p|status\s+post|underwent|hx\s+of|history\s+of|post(?!-?\s?op)|performed"
    r"|pod\s*\d*)\b"
)
_DONE_FOR = re.compile(
    # (not a visit's reason: "s/p L TKA, presents for R knee OA")
    r"[^;.]{0,30}?(?<!presents\s)(?<!here\s)(?<!seen\s)(?<!returns\s)(?<!visit\s)"
    r"(?:\bfor\b|\bd/t\b|\bdue\s+to\b|\b2/2\b|\bsecondary\s+to\b)[^;.]*$"
)
_PROCEDURE = re.compile(
    r"meniscectom\w*|reconstruct\w*|arthroscop\w*|\bscope\b|repair|chondroplasty|debridement"
    r"|\baclr\b"
)


# The helper patterns behind a look-ahead for their first characters (gates.quick): the
# same matches, found sooner.
_KNEE_BEFORE, _DENIED_BEFORE, _REPLACEMENT, _GAP_AFTER, _GAP_BEFORE, _NOT_LIMB = map(
    gates.quick, (_KNEE_BEFORE, _DENIED_BEFORE, _REPLACEMENT, _GAP_AFTER, _GAP_BEFORE, _NOT_LIMB)
)
_SYMPTOM_WORDS, _GENERIC_BLOCK, _REFLEX, _ARTHRITIS_LOOKALIKE, _PLANNED = map(
    gates.quick,
    (lx.SYMPTOM_WORDS, lx.GENERIC_BLOCK, lx.REFLEX, lx.ARTHRITIS_LOOKALIKE, lx.PLANNED),
)


def find_candidates(text: str, context: str | None = None) -> list[Candidate]:
    """All concept candidates in normalised `text`; `context` is 'knee'/'back' from headers."""
    return [
        Candidate(
            c.concept,
            c.start,
            c.end,
            c.knee_dx,
            c.condition,
            c.fixed,
            c.score,
            c.anatomy_span,
            c.generic,
        )
        for c in _find_candidates(text, context)
    ]


def _bits(*patterns: re.Pattern[str]) -> int:
    return sum({_BIT[id(rx)] for rx in patterns})


# The gate bits of every pattern each finder runs (a pattern added to a finder belongs here).
_GAIT_BITS = _bits(lx.GAIT_NEGATED, lx.GAIT_PRESENT)
_RADIC_BITS = _bits(
    lx.SLR, lx.NONRADICULAR, lx.RADIC, lx.RADIATING, lx.NERVE_PALSY, lx.DERMATOME, lx.ROOT_IMPINGE
)
_KNEE_BITS = _bits(
    *(rx for rx, *_ in (*lx.KNEE_TESTS, *lx.KNEE_PATTERNS)), lx.KNEE_STABLE, lx.GENERIC_KNEE
)


_LEG_NAMED = re.compile(
    r"\b(?:legs?|lower|le|lle|rle|ble|thighs?|calf|calves|feet|foot|buttocks?)\b"
)
_UNTIL = re.compile(r"\s+(?:until|before|till|prior)\b")
# (a denial unless a qualifier follows: "doesn't hurt when sitting but aches on stairs", "does
# not hurt as much since the injection")
_DENIAL_ENDS = re.compile(
    r"(?![\"”'\s]*(?:[^.;]{0,30}\b(?:but|except|only|much|until|before|unless)\b))"
)
_PAIN_DENIED = re.compile(r"\b(?:no\s+longer|don'?t|do\s+not|doesn'?t|does\s+not|never)\s")
# (an examiner's "no objective evidence of nerve root compromise", not imaging's "without
# evidence of nerve root impingement", which names no radiculopathy)
_NO_EVIDENCE = re.compile(
    r"\b(?:no|without)\s+(?:(?:objective|clinical)\s+(?:[\w-]+\s+)?(?:evidence|signs?)"
    r"|(?:[\w-]+\s+)?signs?)\s+of\s+$"
)
_KNEE_TEST_WORD = re.compile(r"\b(?:lachman|mc\s?murray|thessaly|pivot\s+shift|apley)")


@lru_cache(maxsize=20_000)
def _find_candidates(text: str, context: str | None) -> tuple[Candidate, ...]:
    """`find_candidates`, cached (a pure function of its arguments); callers get copies."""
    # The sentence itself names only one body part, knee or back: its context. (Other body
    # parts are looked for only where that one part is found.)
    kinds = [
        k for k, rx in (("knee", lx.KNEE_ANAT), ("back", lx.BACK_ANAT)) if _GATES.holds(rx, text)
    ]
    if len(kinds) == 1 and not _GATES.holds(lx.OTHER_ANAT, text):
        context = kinds[0]
    elif not kinds and context is None and _KNEE_TEST_WORD.search(text) and "instab" not in text:
        # a knee test names the knee: "McMurray positive on the left, effusion on the right"
        # (not a DBQ's stability-test rows, "Anterior instability (Lachman test)", which the
        # form reader takes)
        context = "knee"
    elif not kinds and context == "knee" and _GATES.holds(lx.OTHER_ANAT, text):
        context = "other"  # "Residual limb: mild distal tenderness" under a knee heading
    # A finder none of whose patterns can match (by the gates) finds nothing: skipped.
    ok = _GATES.allowed(text)
    # no gait finding in a goal: "Pt will amb without antalgic gait"
    gait = [] if not ok & _GAIT_BITS or lx.GOAL.match(text) else _gait(text)
    radic = _radic(text) if ok & _RADIC_BITS else []
    back = _back(text, context) if _GATES.holds(lx.BACK_GATE, text) else []
    knee, back2 = (
        _knee(text, context, [(c.start, c.end) for c in back]) if ok & _KNEE_BITS else ([], [])
    )
    if back2 and _GATES.search(lx.NOT_LUMBAR, text) and not _GATES.search(lx.LUMBAR, text):
        back2 = []
    claimed = [(m.start(), m.end()) for m in _CLAIMED_AS.finditer(text)]
    if claimed:  # "DJD (also claimed as left knee pain)": the claim's wording is no finding
        back = [c for c in back if not _overlaps(c.start, c.end, claimed)]
        knee = [c for c in knee if not _overlaps(c.start, c.end, claimed)]
    return tuple(sorted(gait + radic + back + back2 + knee, key=lambda c: (c.start, c.end)))
