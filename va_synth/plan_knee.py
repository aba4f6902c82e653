"""Knee imaging and orthopaedic documents, and later follow-up visits, for one claimant."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from . import documents as D
from . import filler as F
from . import phrases as P
from .model import Doc, Finding, Sent, s

if TYPE_CHECKING:
    from .scenario import Profile


def iso_in(rng: random.Random, year: int) -> str:
    """A seeded ISO date in `year` (capped at 2024)."""
    return f"{min(year, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def lookalikes(rng: random.Random, k: int = 2) -> list[str]:
    return F.pick(rng, F.LOOKALIKES, k)


def knee_docs(rng: random.Random, p: Profile) -> list[Doc]:
    y = p.sep_year + 6
    out: list[Doc] = []
    sides = sorted(set(p.knee) | set(p.pain))
    exam = (
        "XR KNEES BILATERAL 3 VIEWS" if len(sides) == 2 else f"XR KNEE {sides[0].upper()} 3 VIEWS"
    )
    hist = [P.knee_sent(rng, "pain_only", "bilateral" if len(sides) == 2 else sides[0])]
    imp: list[Sent | str] = []
    for sd in sides:
        dx = p.knee.get(sd)
        if dx == "osteoarthritis":
            imp.append(
                s(
                    f"Moderate medial compartment osteoarthritis of the {sd} knee.",
                    Finding("knee_condition", "present", sd, knee_dx="osteoarthritis"),
                )
            )
        elif dx is None and p.scenario == "knee_pain_only":
            imp.append(P.knee_sent(rng, "osteoarthritis", sd, "possible"))
        else:
            imp.append(
                s(
                    f"No significant abnormality of the {sd} knee.",
                    Finding("knee_condition", "negated", sd),
                )
            )
    iso = iso_in(rng, y)
    out.append(
        Doc(
            "knee_xray",
            "imaging",
            iso,
            "Knee X-ray",
            D.imaging(
                rng,
                iso,
                exam,
                hist,
                ["No fracture or dislocation.", "Soft tissues unremarkable."],
                imp,
            ),
            priority=8,
        )
    )
    tear = [sd for sd, d in p.knee.items() if d == "meniscal_tear"]
    if tear or p.scenario == "knee_pain_only":
        sd = tear[0] if tear else p.pain[0]
        iso = iso_in(rng, y)
        f = (
            s(
                f"Complex tear of the posterior horn of the medial meniscus, {sd} knee.",
                Finding("knee_condition", "present", sd, knee_dx="meniscal_tear"),
            )
            if tear
            else P.knee_sent(rng, "meniscal_tear", sd, "negated")
        )
        out.append(
            Doc(
                "knee_mri",
                "imaging",
                iso,
                "MRI knee",
                D.imaging(
                    rng,
                    iso,
                    f"MRI {sd.upper()} KNEE WITHOUT CONTRAST",
                    [P.knee_sent(rng, "pain_only", sd)],
                    ["Cruciate and collateral ligaments intact.", "Extensor mechanism intact."],
                    [f],
                ),
                priority=5,
            )
        )
    iso = iso_in(rng, y + 1)
    sub: list[Sent | str] = [P.knee_sent(rng, "pain_only", sd) for sd in sides]
    if p.gait:
        sub.append(P.gait(rng, p.gait))
    sub.append(P.knee_sent(rng, "osteoarthritis", "bilateral", subject="other"))
    assess: list[Sent | str] = [P.knee_sent(rng, dx, sd) for sd, dx in sorted(p.knee.items())]
    if not p.knee:
        assess.append(P.knee_sent(rng, "meniscal_tear", sides[0], "possible"))
    out.append(
        Doc(
            "ortho_note",
            "treatment_note",
            iso,
            "Orthopaedics",
            D.note(
                rng,
                iso,
                "ORTHOPAEDIC SURGERY CONSULT",
                "ORTHOPAEDIC SURGERY CONSULT",
                [("HPI:", sub), ("EXAM:", [*D.ortho_exam_filler(rng), *lookalikes(rng)])],
                assess + F.pick(rng, F.PLANS, 1),
                cprs=rng.random() < 0.75,
            ),
            priority=7,
        )
    )
    return out


def followup(rng: random.Random, p: Profile, iso: str, prio: int) -> Doc:
    """A later primary-care visit repeating the gait / knee story, or a filler visit."""
    sub: list[Sent | str] = [
        F.pick(
            rng,
            [
                "Here for 6 month f/u.",
                "Routine f/u, no new complaints.",
                "F/u HTN and chronic pain.",
            ],
        )[0]
    ]
    obj: list[Sent | str] = [F.vitals(rng)]
    if p.gait and rng.random() < 0.7:
        obj.append(P.gait(rng, p.gait))
    elif rng.random() < 0.5:
        obj.append(P.gait(rng, "unspecified", "negated"))
    if p.pain and rng.random() < 0.5:
        sub.append(P.knee_sent(rng, "pain_only", rng.choice(p.pain)))
    if rng.random() < 0.3:
        sub.append(P.back_sent(rng, p.back, subject="other"))
    if rng.random() < 0.2:
        sub.append(P.gait(rng, "unspecified", subject="other"))
    if not p.radic and rng.random() < 0.5:
        sub.append(P.radic(rng, "unspecified", "negated"))
    obj += lookalikes(rng)
    return Doc(
        "pc_note",
        "treatment_note",
        iso,
        "Primary care",
        D.note(
            rng,
            iso,
            "PRIMARY CARE OUTPATIENT NOTE",
            "PRIMARY CARE NOTE",
            [("S:", sub), ("ROS:", [F.pick(rng, F.ROS)[0]]), ("O:", obj)],
            [P.back_sent(rng, p.back), *F.pick(rng, F.PLANS, 2)],
            cprs=rng.random() < 0.85,
        ),
        priority=prio,
    )
