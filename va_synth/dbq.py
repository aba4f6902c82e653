"""Back and knee Disability Benefits Questionnaires (C&P exams) as checkbox forms."""

from __future__ import annotations

import random

from .documents import AUTHORS, fmt_date
from .model import Block, Finding, Sent, form, para, s
from .phrases import BACK_NAMES, cap, gait

FEMORAL = ("L2", "L3", "L4")
SCIATIC = ("L4", "L5", "S1", "S2", "S3")
KNEE_ITEMS = [
    ("Knee strain", "other_diagnosis"),
    ("Degenerative arthritis", "osteoarthritis"),
    ("Meniscal tear", "meniscal_tear"),
    ("Patellofemoral pain syndrome", "patellofemoral"),
    ("ACL tear", "instability"),
    ("Recurrent subluxation", "instability"),
]
ICD = {
    "lumbosacral strain": "S39.012A",
    "lumbar strain": "S39.012A",
    "degenerative disc disease": "M51.36",
    "intervertebral disc syndrome": "M51.36",
    "spinal stenosis": "M48.061",
    "herniated disc": "M51.26",
    "spondylosis": "M47.816",
}
SEVERITIES = ["Mild", "Moderate", "Moderately severe", "Severe"]


class Boxes:
    """Checkbox renderer: `[X]`/`[x]` checked, `[ ]` empty."""

    def __init__(self, rng: random.Random) -> None:
        self.mark = "x" if rng.random() < 0.2 else "X"

    def __call__(self, checked: bool) -> str:
        return f"[{self.mark}]" if checked else "[ ]"

    def opts(self, options: list[str], chosen: set[str]) -> str:
        return " ".join(f"{self(o in chosen)} {o}" for o in options)


def _sides(b: Boxes, lat: str | None) -> str:
    chosen = {
        "Right"
        if lat == "right"
        else "Left"
        if lat == "left"
        else "Both"
        if lat == "bilateral"
        else ""
    }
    return "Side: " + b.opts(["Right", "Left", "Both"], chosen)


def _head(rng: random.Random, title: str, iso: str) -> Block:
    return form(
        title,
        "DISABILITY BENEFITS QUESTIONNAIRE",
        f"Date of examination: {fmt_date(iso, rng.choice([0, 1, 2, 3]))}",
        f"Examiner: {rng.choice(AUTHORS)}, MD    Evidence review: [X] VA claims file reviewed",
        gap=0,
        bold_first=True,
    )


def back_dbq(
    rng: random.Random,
    iso: str,
    back: str,
    dx_year: int,
    radic_lat: str | None,
    roots: str | None,
    severity: str,
    gait_lat: str | None,
    slr: dict[str, bool],
) -> list[Block]:
    """Back (Thoracolumbar Spine) Conditions DBQ. `slr` maps side -> positive."""
    b = Boxes(rng)
    name = cap(BACK_NAMES[back][0])
    dx = s(
        f"Diagnosis #1: {name}    ICD code: {ICD.get(back, 'M54.50')}    "
        f"Date of diagnosis: {dx_year}",
        Finding("back_condition", condition=back),
    )
    blocks = [
        _head(rng, "BACK (THORACOLUMBAR SPINE) CONDITIONS", iso),
        form(
            "SECTION I - DIAGNOSIS",
            dx,
            "Other diagnoses: "
            + b.opts(["Spinal stenosis", "Spondylolisthesis", "Ankylosing spondylitis"], set()),
        ),
        form(
            "SECTION II - MEDICAL HISTORY",
            f"Onset during service in {dx_year} while lifting equipment; progressive since.",
            f"Does the Veteran report flare-ups? {b(True)} Yes {b(False)} No",
            "Flare-ups: unable to sit more than 30 minutes, needs to lie down.",
        ),
        form(
            "SECTION III - RANGE OF MOTION",
            f"Forward flexion (0 to 90): 0 to {rng.choice([50, 55, 60, 70])} degrees",
            f"Extension (0 to 30): 0 to {rng.choice([15, 20, 25])} degrees",
            f"Right lateral flexion (0 to 30): 0 to {rng.choice([20, 25, 30])} degrees",
            f"Left lateral flexion (0 to 30): 0 to {rng.choice([20, 25, 30])} degrees",
            f"Does pain cause functional loss? {b(True)} Yes {b(False)} No",
        ),
        form(
            "SECTION IV - STRENGTH, REFLEX AND SENSORY EXAM",
            "Hip flexion: Right 5/5 Left 5/5    Ankle plantar flexion: Right 5/5 Left 5/5",
            "Reflexes: Knee (patellar): Right 2+ Left 2+    Ankle (Achilles): Right 2+ Left 2+",
            "Sensation to light touch, upper anterior thigh (L2): Right normal Left normal",
            "Sensation to light touch, foot/toes (L5): Right normal Left normal",
        ),
    ]
    slr_lines: list[Sent | str] = []
    for side in ("right", "left"):
        pos = slr.get(side, False)
        t = (
            f"Straight leg raising test, {cap(side)}: {b(not pos)} Negative {b(pos)} Positive "
            f"{b(False)} Unable to perform"
        )
        slr_lines.append(s(t, Finding("radiculopathy", "possible" if pos else "negated", side)))
    blocks.append(form(*slr_lines))
    present = radic_lat is not None
    q = (
        "Does the Veteran have radicular pain or any other signs or symptoms due to "
        "radiculopathy? "
        f"{b(present)} Yes {b(not present)} No"
    )
    if not present:
        blocks.append(form("SECTION V - RADICULOPATHY", s(q, Finding("radiculopathy", "negated"))))
    else:
        rts = tuple(r for r in (roots or "").split("-") if r)
        fem = bool(rts) and all(r in ("L2", "L3", "L4") for r in rts)
        nerve_roots = FEMORAL if fem else SCIATIC
        sev = severity.capitalize()
        sev_lines = []
        for side in ("Right", "Left"):
            hit = radic_lat in (side.lower(), "bilateral")
            sev_lines.append(
                f"Severity, {side} lower extremity: "
                + b.opts(SEVERITIES + ["Not affected"], {sev} if hit else {"Not affected"})
            )
        blocks.append(
            form(
                "SECTION V - RADICULOPATHY",
                s(
                    q,
                    Finding("radiculopathy", "present", radic_lat, nerve_roots, severity=severity),
                ),
                "Involvement of L2/L3/L4 nerve roots (femoral nerve): "
                f"{b(fem)} Yes {b(not fem)} No  " + _sides(b, radic_lat if fem else None),
                "Involvement of L4/L5/S1/S2/S3 nerve roots (sciatic nerve): "
                f"{b(not fem)} Yes {b(fem)} No  " + _sides(b, None if fem else radic_lat),
                *sev_lines,
            )
        )
    if gait_lat is None:
        g = s(
            rng.choice(["Gait: normal", "Gait: normal, non-antalgic"]),
            Finding("antalgic_gait", "negated"),
        )
    else:
        word = {"right": "right", "left": "left"}[gait_lat]
        g = s(
            f"Gait: antalgic, favoring the {word} lower extremity",
            Finding("antalgic_gait", "present", gait_lat),
        )
    blocks.append(
        form(
            "SECTION VI - GAIT AND ASSISTIVE DEVICES",
            g,
            "Assistive devices: "
            + b.opts(["Cane", "Walker", "Brace"], {"Cane"} if gait_lat else set()),
        )
    )
    blocks.append(
        form(
            "SECTION VII - FUNCTIONAL IMPACT",
            "Unable to lift more than 20 lbs or stand more than 30 minutes at a time.",
            f"Examiner signature: {rng.choice(AUTHORS)}, MD",
        )
    )
    return blocks


def knee_dbq(
    rng: random.Random,
    iso: str,
    knee: dict[str, str],
    pain: list[str],
    gait_lat: str | None,
) -> list[Block]:
    """Knee and Lower Leg Conditions DBQ. `knee` maps side -> knee_dx."""
    b = Boxes(rng)
    dx_lines: list[Sent | str] = ["SECTION I - DIAGNOSIS (check all that apply)"]
    both = len(knee) == 2 and len(set(knee.values())) == 1
    seen: set[str] = set()
    for label, kind in KNEE_ITEMS:
        sides = [sd for sd, d in knee.items() if d == kind and kind not in seen]
        seen.add(kind)
        lat = "bilateral" if both and sides else (sides[0] if sides else None)
        t = f"{b(bool(sides))} {label}    {_sides(b, lat)}"
        dx_lines.append(
            s(t, Finding("knee_condition", "present", lat, knee_dx=kind)) if sides else t
        )
        if len(sides) == 2 and not both:
            raise ValueError("one DBQ item per side pair")
    dx_lines.append(f"{b(False)} Other: ______________")
    flex = {
        sd: (rng.choice([95, 105, 110, 120]) if sd in knee else 140) for sd in ("right", "left")
    }
    blocks = [
        _head(rng, "KNEE AND LOWER LEG CONDITIONS", iso),
        form(*dx_lines),
        form(
            "SECTION II - MEDICAL HISTORY",
            "Onset: gradual over several years.",
            f"Does the Veteran report flare-ups? {b(True)} Yes {b(False)} No",
        ),
        form(
            "SECTION III - RANGE OF MOTION",
            "Range of motion    Right    Left",
            f"Flexion (0-140)    0-{flex['right']}    0-{flex['left']}",
            "Extension (140-0)    0    0",
        ),
        form(
            "SECTION IV - JOINT STABILITY TESTS",
            # Every test normal on both knees: one piece of evidence against instability.
            *[
                s(line, Finding("knee_condition", "negated", "bilateral", knee_dx="instability"))
                if i == 0
                else line
                for i, line in enumerate(
                    f"{t} - {sd}: {b(True)} Normal {b(False)} 1+ {b(False)} 2+ {b(False)} 3+"
                    for t in ("Lachman test", "Posterior drawer test")
                    for sd in ("Right", "Left")
                )
            ],
        ),
    ]
    oa = [sd for sd, d in knee.items() if d == "osteoarthritis"]
    lat = "bilateral" if len(oa) == 2 else (oa[0] if oa else None)
    q = (
        "Is degenerative arthritis documented by imaging? "
        f"{b(bool(oa))} Yes {b(not oa)} No  {_sides(b, lat)}"
    )
    arth = s(
        q,
        Finding(
            "knee_condition",
            "present" if oa else "negated",
            lat or "unspecified",
            knee_dx="osteoarthritis",
        ),
    )
    blocks.append(
        form(
            "SECTION V - DIAGNOSTIC TESTING",
            f"Has imaging been performed and are results available? {b(True)} Yes {b(False)} No",
            arth,
        )
    )
    remarks: list[Sent | str] = [
        "Functional impact: difficulty with prolonged standing, squatting and stairs."
    ]
    if not knee:
        lat = "bilateral" if len(pain) == 2 else pain[0] if pain else "bilateral"
        word = {"bilateral": "bilateral", "right": "right", "left": "left"}[lat]
        remarks.append(
            s(
                f"Veteran reports {word} knee pain.",
                Finding("knee_condition", "present", lat, knee_dx="pain_only"),
            )
        )
        remarks.append(
            s("Knee exam normal bilaterally.", Finding("knee_condition", "negated", "bilateral"))
        )
    if gait_lat:
        remarks.append(gait(rng, gait_lat))
    blocks.append(
        para(
            Sent("SECTION VI - REMARKS:"), *[x if isinstance(x, Sent) else Sent(x) for x in remarks]
        )
    )
    blocks.append(form(f"Examiner signature: {rng.choice(AUTHORS)}, MD"))
    return blocks
