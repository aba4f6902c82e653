"""The labelled sentence corpus (data/corpus/): hand-written records and generated ones.

Record format (one JSON object per line, docs/ANNOTATION.md decides the labels):

    {"id", "group", "style", "source": "hand" | "generated", "text",
     "mentions": [{"concept", "assertion", "laterality", "nerve_roots", "knee_dx", "subject",
                   "severity", "historical", "condition", "service_connection", "span"}]}

Hand-written records are authored in a compact text format under data/corpus/src/ (see
`parse_source`) and compiled to data/corpus/hand_written.jsonl. Generated records come from
the labelled sentence banks in va_synth.phrases and va_synth.filler (`generated_records`).

Rebuild both files:  python -m va_synth.corpus
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from va_core.records import (
    ASSERTIONS,
    CONCEPTS,
    KNEE_DX,
    LATERALITIES,
    NERVE_ROOTS,
    SERVICE_CONNECTION,
    SEVERITIES,
    SUBJECTS,
)

from . import filler as F
from . import phrases as P
from .model import Finding, Sent

REPO = Path(__file__).resolve().parents[1]
CORPUS_DIR = REPO / "data" / "corpus"
SRC_DIR = CORPUS_DIR / "src"
HAND_FILE = CORPUS_DIR / "hand_written.jsonl"
GENERATED_FILE = CORPUS_DIR / "generated.jsonl"
GENERATED_N = 600
GENERATED_SEED = 7

STYLES = {
    "examiner_dbq": "dbq",
    "cp_exam_narrative": "cpn",
    "primary_care": "pcp",
    "orthopaedics": "ortho",
    "physical_therapy": "pt",
    "pain_clinic": "pain",
    "radiology": "rad",
    "rating_decision": "rd",
    "neurology": "neuro",
    "emergency": "ed",
    "nursing": "rn",
    "other": "oth",
}
"""Style -> id prefix (and the short name used in the source files)."""

STYLE_FAMILY = {
    "examiner_dbq": "cp_exam",
    "cp_exam_narrative": "cp_exam",
    "primary_care": "treatment",
    "orthopaedics": "treatment",
    "physical_therapy": "treatment",
    "pain_clinic": "treatment",
    "neurology": "treatment",
    "emergency": "treatment",
    "nursing": "treatment",
    "radiology": "imaging",
    "rating_decision": "rating_decision",
    "other": "other",
}
"""Records of one group stay within one family (paraphrases across similar note types)."""

MENTION_KEYS = (
    "concept",
    "assertion",
    "laterality",
    "nerve_roots",
    "knee_dx",
    "subject",
    "severity",
    "historical",
    "condition",
    "service_connection",
    "span",
)

# --------------------------------------------------------------------------------------------
# Hand-written source format
# --------------------------------------------------------------------------------------------
#
#   @pcp g=tag swap            header: style short name, optional group tag, optional "swap"
#   Pt c/o LBP with pain radiating down the RLE.     text line(s), joined with "\n"
#   = R + R roots=L5 sev=moderate | pain radiating down the RLE
#
# Mention line: "= CONCEPT ASSERTION SIDE [options] | span"
#   CONCEPT  G antalgic_gait, R radiculopathy, K knee_condition, B back_condition
#   ASSERT   + present, - negated, ? possible
#   SIDE     R right, L left, B bilateral, U unspecified
#   options  dx=oa|mt|pf|in|lm|od|po   roots=L4,L5   sev=mild|moderate|modsev|severe
#            o (subject other)   h (historical)   c=condition_name   sc=g|d (granted/denied)
# "swap" also emits the mirror record (right<->left in text, spans and labels), same group.
# Lines starting with "#" are comments (no record's text line starts with "#").

_CONCEPT = {
    "G": "antalgic_gait",
    "R": "radiculopathy",
    "K": "knee_condition",
    "B": "back_condition",
}
_ASSERT = {"+": "present", "-": "negated", "?": "possible"}
_SIDE = {"R": "right", "L": "left", "B": "bilateral", "U": "unspecified"}
_DX = {
    "oa": "osteoarthritis",
    "mt": "meniscal_tear",
    "pf": "patellofemoral",
    "in": "instability",
    "lm": "limited_motion",
    "od": "other_diagnosis",
    "po": "pain_only",
}
_SEV = {"mild": "mild", "moderate": "moderate", "modsev": "moderately severe", "severe": "severe"}
_SC = {"g": "granted", "d": "denied"}
_SHORT_STYLE = {v: k for k, v in STYLES.items()}

_SWAP_WORDS = {
    "right": "left",
    "Right": "Left",
    "RIGHT": "LEFT",
    "RLE": "LLE",
    "Rt": "Lt",
    "rt": "lt",
    "R": "L",
    "RT": "LT",
}
_SWAP_WORDS.update({v: k for k, v in list(_SWAP_WORDS.items())})
_SWAP_RE = re.compile(
    r"(?<![\w/])("
    + "|".join(sorted(map(re.escape, _SWAP_WORDS), key=len, reverse=True))
    + r")(?![\w/])"
)
_SWAP_SIDE = {"right": "left", "left": "right"}


def swap_sides(text: str) -> str:
    """Mirror right and left words ("R" in "R/o" or "B/L" is left alone)."""
    return _SWAP_RE.sub(lambda m: _SWAP_WORDS[m.group(1)], text)


def _mention(line: str, where: str) -> dict[str, Any]:
    head, sep, span = line[1:].partition("|")
    if not sep or not span.strip():
        raise ValueError(f"{where}: mention needs '| span': {line!r}")
    parts = head.split()
    if len(parts) < 3:
        raise ValueError(f"{where}: bad mention {line!r}")
    c, a, lat, *opts = parts
    m: dict[str, Any] = {
        "concept": _CONCEPT[c],
        "assertion": _ASSERT[a],
        "laterality": _SIDE[lat],
        "nerve_roots": [],
        "knee_dx": None,
        "subject": "veteran",
        "severity": None,
        "historical": False,
        "condition": None,
        "service_connection": None,
        "span": span.strip(),
    }
    for o in opts:
        k, _, v = o.partition("=")
        if k == "dx":
            m["knee_dx"] = _DX[v]
        elif k == "roots":
            m["nerve_roots"] = [r for r in NERVE_ROOTS if r in v.split(",")]
            if len(m["nerve_roots"]) != len(v.split(",")):
                raise ValueError(f"{where}: bad roots {v!r}")
        elif k == "sev":
            m["severity"] = _SEV[v]
        elif k == "o":
            m["subject"] = "other"
        elif k == "h":
            m["historical"] = True
        elif k == "c":
            m["condition"] = v.replace("_", " ")
        elif k == "sc":
            m["service_connection"] = _SC[v]
        else:
            raise ValueError(f"{where}: unknown option {o!r}")
    return m


def parse_source(text: str, name: str = "<src>") -> list[dict[str, Any]]:
    """Records (without id/group yet) from one source file; see the format above."""
    out: list[dict[str, Any]] = []
    cur: dict[str, Any] | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        where = f"{name}:{n}"
        line = raw.rstrip()
        if line.startswith("@"):
            parts = line[1:].split()
            style = _SHORT_STYLE.get(parts[0])
            if style is None:
                raise ValueError(f"{where}: unknown style {parts[0]!r}")
            cur = {"style": style, "tag": None, "swap": False, "lines": [], "mentions": []}
            for p in parts[1:]:
                if p.startswith("g="):
                    cur["tag"] = p[2:]
                elif p == "swap":
                    cur["swap"] = True
                else:
                    raise ValueError(f"{where}: bad header option {p!r}")
            out.append(cur)
        elif line.startswith("#"):
            # a comment, wherever it stands: before the next header it used to join the text
            # of a record without mention lines
            continue
        elif cur is None or (not line.strip() and not cur["mentions"] and not cur["lines"]):
            continue
        elif line.startswith("= "):
            cur["mentions"].append(_mention(line, where))
        elif cur["mentions"] or not line.strip():
            if line.strip() and not line.startswith("#"):
                raise ValueError(f"{where}: text after mention lines: {line!r}")
        else:
            cur["lines"].append(raw.rstrip())
    return out


def build_hand(src_dir: Path = SRC_DIR) -> list[dict[str, Any]]:
    """Compile data/corpus/src/*.txt (in name order) into hand-written records."""
    counters: Counter[str] = Counter()
    records: list[dict[str, Any]] = []

    def emit(style: str, text: str, mentions: list[dict[str, Any]], group: str | None) -> str:
        counters[style] += 1
        rid = f"{STYLES[style]}-{counters[style]:04d}"
        records.append(
            {
                "id": rid,
                "group": group or rid,
                "style": style,
                "source": "hand",
                "text": text,
                "mentions": mentions,
            }
        )
        return rid

    for path in sorted(src_dir.glob("*.txt")):
        for r in parse_source(path.read_text(encoding="utf-8"), path.name):
            text = "\n".join(r["lines"]).strip("\n")
            if not text:
                raise ValueError(f"{path.name}: empty record")
            group = f"g-{r['tag']}" if r["tag"] else None
            rid = emit(r["style"], text, r["mentions"], group)
            if r["swap"]:
                group = group or rid
                records[-1]["group"] = group
                mirrored = []
                for m in r["mentions"]:
                    m2 = dict(m)
                    m2["laterality"] = _SWAP_SIDE.get(m["laterality"], m["laterality"])
                    m2["span"] = swap_sides(m["span"])
                    mirrored.append(m2)
                text2 = swap_sides(text)
                if text2 == text:
                    raise ValueError(f"{path.name}: swap changed nothing in {text!r}")
                emit(r["style"], text2, mirrored, group)
    return records


# --------------------------------------------------------------------------------------------
# Generated records from the sentence banks
# --------------------------------------------------------------------------------------------

_K = r"(?:right|left|R|L|rt|Rt|lt|Lt|bilateral|B/L|both|bilat) knees?"
_RADIC_HEADS = [
    r"(?:L[1-5]|S[1-3])(?:-(?:L[1-5]|S[1-3]))? radiculopathy",
    r"lumbar radiculopathy",
    r"radiculopathy",
    r"radicular (?:pain|symptoms)",
    r"pain radiating (?:down|into) the (?:\S+ )*?(?:legs?|RLE|LLE|BLE|extremit(?:y|ies))",
    r"radiating pain",
    r"sciatica",
    r"straight leg raise",
    r"SLR",
]
_GAIT_HEADS = [
    r"non-antalgic",
    r"antalgic gait",
    r"gait (?:is )?antalgic",
    r"antalgic pattern",
    r"normal gait",
    r"gait is normal",
    r"limp(?:ing)?",
    r"favou?ring the \S+(?: leg| lower extremity)?",
]
_KNEE_FALLBACK = [
    r"knee OA",
    r"DJD of both knees",
    r"(?:medial )?meniscal tear",
    r"knees? exam normal",
    r"knee abnormality",
]


def _template_re(template: str) -> str:
    return re.escape(template).replace(re.escape("{k}"), _K)


def _first(text: str, patterns: Iterable[str]) -> str | None:
    for p in patterns:
        m = re.search(p, text, flags=re.IGNORECASE)
        if m:
            return m.group(0)
    return None


def head_span(text: str, f: Finding) -> str:
    """The head phrase of a bank finding in its sentence."""
    if f.concept == "radiculopathy":
        span = _first(text, _RADIC_HEADS)
    elif f.concept == "antalgic_gait":
        span = _first(text, _GAIT_HEADS)
    elif f.concept == "knee_condition":
        dxs = [f.knee_dx] if f.knee_dx else list(P.KNEE_DX_TEXT)
        pats = [_template_re(t) for dx in dxs for t in P.KNEE_DX_TEXT[dx]]
        span = _first(text, pats + _KNEE_FALLBACK)
    else:
        names = sorted((n for ns in P.BACK_NAMES.values() for n in ns), key=len, reverse=True)
        span = _first(text, [re.escape(n) for n in names])
    if not span:
        raise ValueError(f"no head phrase for {f.concept} in {text!r}")
    return span


def _finding_dict(f: Finding, text: str) -> dict[str, Any]:
    return {**f.to_dict(), "span": head_span(text, f)}


_SKELETON_WORDS = sorted(
    {w for d in (P._SIDE, P._LEG, P._KNEE) for ws in d.values() for w in ws}
    | {n for ns in P.BACK_NAMES.values() for n in ns}
    | set(P.ROOT_SETS)
    | {"Mother", "Father", "Brother", "Sister", "mother", "father", "brother", "sister"}
    | {"Mild", "Moderate", "Severe", "mild", "moderate", "severe"},
    key=len,
    reverse=True,
)
_SKELETON_RE = re.compile(
    r"(?<![\w/])(" + "|".join(map(re.escape, _SKELETON_WORDS)) + r")(?![\w/])"
)


def skeleton(text: str) -> str:
    """The sentence with sides, names, roots and numbers blanked: one per surface template."""
    t = _SKELETON_RE.sub("_", text)
    return re.sub(r"\d+", "#", t)


def _group(kind: str, text: str) -> str:
    return f"gen-{kind}-{hashlib.sha1(skeleton(text).encode()).hexdigest()[:8]}"


_SIDED = ("right", "left", "bilateral")
_GEN_STYLE = {
    "gait": ["physical_therapy", "primary_care", "orthopaedics", "cp_exam_narrative"],
    "radic": ["pain_clinic", "neurology", "primary_care", "cp_exam_narrative"],
    "knee": ["orthopaedics", "primary_care", "radiology", "cp_exam_narrative"],
    "back": ["primary_care", "pain_clinic", "cp_exam_narrative"],
    "lookalike": ["primary_care", "physical_therapy", "neurology", "orthopaedics"],
    "filler": ["primary_care", "nursing"],
    "pt_filler": ["physical_therapy"],
}


def _bank_draw(rng: random.Random) -> tuple[str, Sent]:
    """One labelled sentence from the banks: (kind, sentence)."""
    kind = rng.choices(
        ["gait", "radic", "knee", "back", "lookalike", "filler", "pt_filler"],
        weights=[18, 20, 24, 14, 12, 9, 3],
    )[0]
    if kind == "gait":
        a = rng.choices(["present", "negated", "possible", "other"], [6, 3, 1, 1])[0]
        if a == "other":
            return kind, P.gait(rng, "unspecified", subject="other")
        if a == "negated":
            return kind, P.gait(rng, "unspecified", "negated")
        lat = rng.choice(("right", "left", "unspecified") if a == "present" else ("right", "left"))
        return kind, P.gait(rng, lat, a)
    if kind == "radic":
        a = rng.choices(["present", "negated", "possible", "history"], [6, 3, 2, 1])[0]
        if a == "history":
            return kind, P.radic(rng, rng.choice(_SIDED), historical=True)
        if a == "negated":
            return kind, P.radic(rng, rng.choice(("unspecified", *_SIDED)), "negated")
        roots = rng.choice([None, None, *P.ROOT_SETS])
        sev = rng.choice([None, None, "mild", "moderate", "severe"]) if a == "present" else None
        return kind, P.radic(rng, rng.choice(_SIDED), a, roots=roots, severity=sev)
    if kind == "knee":
        a = rng.choices(["present", "negated", "possible", "other"], [6, 2, 2, 1])[0]
        if a == "other":
            return kind, P.knee_sent(rng, "osteoarthritis", "bilateral", subject="other")
        if a == "possible":
            dx = rng.choice(["osteoarthritis", "meniscal_tear", "patellofemoral", "instability"])
            return kind, P.knee_sent(rng, dx, rng.choice(_SIDED), "possible")
        if a == "negated":
            dx = rng.choice([None, None, "meniscal_tear", "osteoarthritis", "instability"])
            lat = rng.choice(("unspecified", *_SIDED)) if dx is None else rng.choice(_SIDED)
            return kind, P.knee_sent(rng, dx, lat, "negated")
        return kind, P.knee_sent(rng, rng.choice(list(P.KNEE_DX_TEXT)), rng.choice(_SIDED))
    if kind == "back":
        a = rng.choices(["present", "negated", "other"], [7, 1, 1])[0]
        cond = rng.choice(sorted(P.BACK_NAMES))
        if a == "other":
            return kind, P.back_sent(rng, cond, subject="other")
        return kind, P.back_sent(rng, cond, a)
    if kind == "lookalike":
        return kind, Sent(rng.choice(F.LOOKALIKES))
    if kind == "pt_filler":
        return kind, Sent(rng.choice(F.PT_FILLER))
    bank = rng.choice(["vitals", "ros", "meds", "social", "plans", "pain"])
    text = {
        "vitals": lambda: F.vitals(rng),
        "ros": lambda: rng.choice(F.ROS),
        "meds": lambda: rng.choice(F.MEDS),
        "social": lambda: rng.choice(F.SOCIAL),
        "plans": lambda: rng.choice(F.PLANS),
        "pain": lambda: F.pain_score(rng),
    }[bank]()
    return kind, Sent(text)


def generated_records(n: int, seed: int) -> list[dict[str, Any]]:
    """n records drawn from the labelled sentence banks (deterministic for a seed)."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for i in range(n):
        kind, sent = _bank_draw(rng)
        style = rng.choice(_GEN_STYLE[kind])
        out.append(
            {
                "id": f"gen-{i + 1:04d}",
                "group": _group(kind, sent.text),
                "style": style,
                "source": "generated",
                "text": sent.text,
                "mentions": [_finding_dict(f, sent.text) for f in sent.findings],
            }
        )
    return out


# --------------------------------------------------------------------------------------------
# Files, validation, counts
# --------------------------------------------------------------------------------------------


def dumps(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


_UNIT_END = re.compile(r"\n|(?<=[.!?])\s+(?=[A-Z(\[])")


def _unit_of(text: str, span: str) -> int:
    """Index of the sentence or form line holding the first occurrence of `span`."""
    at = max(text.find(span), 0)
    return sum(1 for m in _UNIT_END.finditer(text) if m.end() <= at)


def validate(record: dict[str, Any]) -> list[str]:
    """Problems with one record (empty list when it is well formed)."""
    errs: list[str] = []
    rid = record.get("id")
    if set(record) != {"id", "group", "style", "source", "text", "mentions"}:
        errs.append(f"{rid}: keys {sorted(record)}")
    if record.get("style") not in STYLES:
        errs.append(f"{rid}: style {record.get('style')!r}")
    if record.get("source") not in ("hand", "generated"):
        errs.append(f"{rid}: source {record.get('source')!r}")
    text = record.get("text", "")
    seen: Counter[tuple[str, str | None]] = Counter()
    for m in record.get("mentions", []):
        checks: list[tuple[str, Any, Iterable[Any]]] = [
            ("concept", m.get("concept"), CONCEPTS),
            ("assertion", m.get("assertion"), ASSERTIONS),
            ("laterality", m.get("laterality"), LATERALITIES),
            ("subject", m.get("subject"), SUBJECTS),
            ("knee_dx", m.get("knee_dx"), (None, *KNEE_DX)),
            ("severity", m.get("severity"), (None, *SEVERITIES)),
            ("service_connection", m.get("service_connection"), (None, *SERVICE_CONNECTION)),
            ("historical", m.get("historical"), (True, False)),
        ]
        for name, value, allowed in checks:
            if value not in tuple(allowed):
                errs.append(f"{rid}: {name}={value!r}")
        if tuple(m) != MENTION_KEYS:
            errs.append(f"{rid}: mention keys {list(m)}")
        if any(r not in NERVE_ROOTS for r in m.get("nerve_roots", [])):
            errs.append(f"{rid}: nerve_roots {m.get('nerve_roots')}")
        if not m.get("span") or m["span"] not in text:
            errs.append(f"{rid}: span {m.get('span')!r} not in text")
        c = m.get("concept")
        if c != "knee_condition" and m.get("knee_dx") is not None:
            errs.append(f"{rid}: knee_dx on {c}")
        if c != "radiculopathy" and (m.get("nerve_roots") or m.get("severity")):
            errs.append(f"{rid}: roots/severity on {c}")
        if c != "back_condition" and m.get("condition"):
            errs.append(f"{rid}: condition on {c}")
        if c == "back_condition" and not m.get("condition"):
            errs.append(f"{rid}: back_condition without condition")
        unit = _unit_of(text, m.get("span") or "")
        seen[(c, m.get("knee_dx") if c == "knee_condition" else None, unit)] += 1
    for key, k in seen.items():
        if k > 1:
            errs.append(f"{rid}: {k} mentions of {key[:2]} in one sentence or form line")
    return errs


def stats(records: list[dict[str, Any]]) -> dict[str, Counter[Any]]:
    """Counters per style, concept x assertion, concept x laterality, subject, knee_dx."""
    out: dict[str, Counter[Any]] = {
        k: Counter()
        for k in ("style", "concept_assertion", "concept_laterality", "subject", "knee_dx", "other")
    }
    for r in records:
        out["style"][r["style"]] += 1
        if not r["mentions"]:
            out["other"]["records without mentions"] += 1
        if any(m["subject"] == "other" for m in r["mentions"]):
            out["other"]["records with subject other"] += 1
        out["other"]["records"] += 1
        for m in r["mentions"]:
            out["other"]["mentions"] += 1
            out["concept_assertion"][(m["concept"], m["assertion"])] += 1
            out["concept_laterality"][(m["concept"], m["laterality"])] += 1
            out["subject"][(m["concept"], m["subject"])] += 1
            if m["knee_dx"]:
                out["knee_dx"][(m["knee_dx"], m["assertion"])] += 1
            if m["historical"]:
                out["other"]["historical mentions"] += 1
    return out


def _table(head: list[str], rows: list[list[Any]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def stats_markdown(records: list[dict[str, Any]]) -> str:
    """Markdown tables of `stats` (pasted into data/corpus/README.md)."""
    st = stats(records)
    parts = [
        _table(["style", "records"], [[s, st["style"][s]] for s in STYLES]),
        _table(
            ["concept", *ASSERTIONS],
            [[c, *(st["concept_assertion"][(c, a)] for a in ASSERTIONS)] for c in CONCEPTS],
        ),
        _table(
            ["concept", *LATERALITIES],
            [[c, *(st["concept_laterality"][(c, x)] for x in LATERALITIES)] for c in CONCEPTS],
        ),
        _table(
            ["concept", *SUBJECTS],
            [[c, *(st["subject"][(c, x)] for x in SUBJECTS)] for c in CONCEPTS],
        ),
        _table(
            ["knee_dx", *ASSERTIONS],
            [[d, *(st["knee_dx"][(d, a)] for a in ASSERTIONS)] for d in KNEE_DX],
        ),
        _table(["", "count"], sorted([k, v] for k, v in st["other"].items())),
    ]
    return "\n\n".join(parts) + "\n"


def write_all(report: Callable[[str], Any] | None = None) -> None:
    hand = build_hand()
    errs = [e for r in hand for e in validate(r)]
    if errs:
        raise ValueError("\n".join(errs[:50]))
    HAND_FILE.write_text(dumps(hand), encoding="utf-8")
    GENERATED_FILE.write_text(dumps(generated_records(GENERATED_N, GENERATED_SEED)), "utf-8")
    if report:
        report("## hand_written.jsonl\n\n" + stats_markdown(hand))
        report("## generated.jsonl\n\n" + stats_markdown(load(GENERATED_FILE)))


if __name__ == "__main__":
    write_all(print)  # noqa: T201
