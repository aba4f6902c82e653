"""Claimant scenarios and the seeded plan of documents that tells each one's story."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import documents as D
from . import filler as F
from . import phrases as P
from .dbq import back_dbq, knee_dbq
from .model import Doc, Finding, Sent, s
from .plan_knee import followup, iso_in, knee_docs, lookalikes

SCENARIOS = (
    "both_pathways",
    "back_denied",
    "knee_pain_only",
    "gait_contralateral",
    "radiculopathy_ipsilateral",
    "evidence_against",
)
OTHER = {"left": "right", "right": "left"}


@dataclass(slots=True)
class Profile:
    """The clinical facts of one synthetic claimant."""

    scenario: str
    back: str
    back_sc: bool
    rating_pct: int
    radic: str | None
    roots: str | None
    severity: str
    gait: str | None
    knee: dict[str, str] = field(default_factory=dict)
    pain: list[str] = field(default_factory=list)
    sep_year: int = 2010


def make_profile(rng: random.Random, scenario: str) -> Profile:
    """Seeded facts for `scenario`."""
    side = rng.choice(["left", "right"])
    back = rng.choice(
        [
            "lumbosacral strain",
            "degenerative disc disease",
            "intervertebral disc syndrome",
            "lumbar strain",
            "spinal stenosis",
            "herniated disc",
        ]
    )
    p = Profile(
        scenario,
        back,
        scenario != "back_denied",
        rng.choice([10, 20, 20, 40]),
        None,
        rng.choice(["L4", "L5", "L4-L5", "L5-S1", "L3-L4", None]),
        rng.choice(["mild", "moderate", "moderately severe"]),
        None,
        sep_year=rng.randint(2008, 2013),
    )
    dx_ipsi = rng.choice(
        ["osteoarthritis", "meniscal_tear", "patellofemoral", "instability", "other_diagnosis"]
    )
    if scenario == "both_pathways":
        p.radic, p.gait = side, side
        p.knee = {side: dx_ipsi, OTHER[side]: "osteoarthritis"}
    elif scenario in ("back_denied", "radiculopathy_ipsilateral"):
        p.radic = side
        p.knee = {side: rng.choice(["osteoarthritis", "meniscal_tear"])}
    elif scenario == "gait_contralateral":
        p.gait = side
        p.knee = {OTHER[side]: "osteoarthritis"}
    elif scenario == "knee_pain_only":
        p.radic, p.gait = side, rng.choice([side, None])
        p.pain = [side]
    else:
        p.pain = [side, OTHER[side]] if rng.random() < 0.5 else [side]
    if not p.pain:
        p.pain = sorted(p.knee)
    return p


def plan(rng: random.Random, p: Profile, extra_notes: int) -> list[Doc]:
    """All documents of one claimant, in no particular order (dates are set)."""
    y0 = p.sep_year
    docs: list[Doc] = []
    name = P.BACK_NAMES[p.back][0]
    if p.back_sc:
        dec = s(
            f"Service connection for {name} is granted with an evaluation of "
            f"{p.rating_pct} percent "
            f"effective {D.fmt_date(f'{y0}-{rng.randint(1, 12):02d}-01', 2)}.",
            Finding("back_condition", condition=p.back, service_connection="granted"),
        )
        why = [
            "The VA examination showed forward flexion of the thoracolumbar spine to "
            f"{rng.choice([45, 55, 60])} "
            f"degrees, which supports a {p.rating_pct} percent evaluation."
        ]
    else:
        dec = s(
            f"Service connection for {name} is denied.",
            Finding("back_condition", condition=p.back, service_connection="denied"),
        )
        why = [
            "Your service treatment records do not show an injury or treatment involving "
            "the spine during "
            "service, and no medical opinion links the current condition to service."
        ]
    branch = rng.choice(["Army", "Marine Corps", "Navy", "Air Force"])
    svc = (
        branch,
        f"{rng.randint(1, 12):02d}/{y0 - rng.randint(4, 10)}",
        f"{rng.randint(1, 12):02d}/{y0}",
    )
    decisions: list[Sent | str] = [
        dec,
        "Service connection for tinnitus is granted with an evaluation of 10 percent.",
        "Service connection for bilateral hearing loss is denied.",
    ]
    iso = iso_in(rng, y0 + 1)
    docs.append(
        Doc(
            "rating_decision",
            "rating_decision",
            iso,
            "Rating Decision",
            D.rating(
                rng,
                iso,
                svc,
                decisions,
                why,
                ["Service treatment records", "VA examination", "VA treatment records"],
            ),
            priority=10,
            mono=False,
        )
    )
    R, G = p.radic, p.gait
    # Early primary care: baseline (no radiating pain, normal gait).
    iso = iso_in(rng, y0 + 2)
    docs.append(
        Doc(
            "pc_note",
            "treatment_note",
            iso,
            "Primary care",
            D.note(
                rng,
                iso,
                "PRIMARY CARE OUTPATIENT NOTE",
                "PRIMARY CARE NOTE",
                [
                    ("CC:", ["New patient, establish care, med refill."]),
                    (
                        "S:",
                        [
                            P.back_sent(rng, "chronic low back pain"),
                            P.radic(rng, "unspecified", "negated"),
                            *F.pick(rng, F.SOCIAL, 1),
                        ],
                    ),
                    ("ROS:", [F.pick(rng, F.ROS)[0]]),
                    (
                        "MEDS:",
                        [
                            *F.pick(rng, F.MEDS, 1),
                            rng.choice(["NKDA.", "Allergies: penicillin (rash)."]),
                        ],
                    ),
                    (
                        "O:",
                        [F.vitals(rng), P.gait(rng, "unspecified", "negated"), *lookalikes(rng)],
                    ),
                ],
                [P.back_sent(rng, p.back), *F.pick(rng, F.PLANS, 2)],
                cprs=True,
            ),
            priority=4,
        )
    )
    # Physical therapy.
    iso = iso_in(rng, y0 + 4)
    o = [
        P.gait(rng, G) if G else P.gait(rng, "unspecified", "negated"),
        "Continue gait training as tolerated.",
    ]
    sub: list[Sent | str] = [P.back_sent(rng, "chronic low back pain")]
    sub.append(P.radic(rng, R) if R else P.radic(rng, "unspecified", "negated"))
    docs.append(
        Doc(
            "pt_note",
            "treatment_note",
            iso,
            "Physical therapy",
            D.note(
                rng,
                iso,
                "PHYSICAL THERAPY DAILY NOTE",
                "PHYSICAL THERAPY NOTE",
                [
                    ("S:", sub),
                    ("O:", [F.pain_score(rng), *o]),
                    ("TX:", F.pick(rng, F.PT_FILLER, 3)),
                ],
                F.pick(rng, F.PLANS, 2),
                cprs=rng.random() < 0.8,
            ),
            priority=5,
        )
    )
    # Pain clinic.
    iso = iso_in(rng, y0 + 5)
    if R:
        sub = [
            P.radic(rng, R, roots=p.roots, severity=p.severity),
            P.radic(rng, R, historical=True),
        ]
        obj = [P.radic(rng, R, "possible"), P.radic(rng, OTHER[R], "negated")]
        assess = [P.back_sent(rng, p.back), P.radic(rng, R, roots=p.roots)]
    else:
        sub = [P.radic(rng, "unspecified", "negated")]
        obj = [P.radic(rng, "bilateral", "negated")]
        assess = [P.back_sent(rng, p.back)]
    docs.append(
        Doc(
            "pain_clinic_note",
            "treatment_note",
            iso,
            "Pain clinic",
            D.note(
                rng,
                iso,
                "PAIN MANAGEMENT FOLLOW-UP",
                "PAIN MANAGEMENT NOTE",
                [
                    ("S:", sub + F.pick(rng, F.MEDS, 1)),
                    ("O:", [F.vitals(rng), *obj, *lookalikes(rng)]),
                ],
                assess + F.pick(rng, F.PLANS, 1),
                cprs=rng.random() < 0.8,
            ),
            priority=6,
        )
    )
    # Lumbar MRI.
    iso = iso_in(rng, y0 + 5)
    hist: list[Sent | str] = [
        s(
            rng.choice(["Chronic low back pain.", "Chronic LBP."]),
            Finding("back_condition", condition="chronic low back pain"),
        )
    ]
    if R:
        hist.append(P.radic(rng, R))
    docs.append(
        Doc(
            "lumbar_mri",
            "imaging",
            iso,
            "MRI lumbar spine",
            D.imaging(
                rng,
                iso,
                "MRI LUMBAR SPINE WITHOUT CONTRAST",
                hist,
                [
                    "Vertebral body heights are maintained.",
                    "Conus terminates at L1.",
                    "Paraspinal soft tissues unremarkable.",
                ],
                [
                    s(
                        "Degenerative disc disease, most pronounced at L4-L5.",
                        Finding("back_condition", condition="degenerative disc disease"),
                    ),
                    s(
                        "No spondylolisthesis.",
                        Finding("back_condition", "negated", condition="spondylolisthesis"),
                    ),
                ],
            ),
            priority=3,
        )
    )
    docs += knee_docs(rng, p)
    iso = iso_in(rng, y0 + 9)
    slr = {R: True} if R in ("left", "right") else {}
    docs.append(
        Doc(
            "cp_back_dbq",
            "cp_exam",
            iso,
            "Back DBQ",
            back_dbq(rng, iso, p.back, y0 - 1, R, p.roots, p.severity, G, slr),
            priority=9,
            mono=False,
        )
    )
    iso = iso_in(rng, y0 + 9)
    docs.append(
        Doc(
            "cp_knee_dbq",
            "cp_exam",
            iso,
            "Knee DBQ",
            knee_dbq(rng, iso, p.knee, p.pain, G),
            priority=9,
            mono=False,
        )
    )
    for i in range(extra_notes):
        docs.append(followup(rng, p, iso_in(rng, y0 + 3 + i % 7), 2 if i < 2 else 1))
    return docs
