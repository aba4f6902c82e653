"""Builders for treatment notes, imaging reports and rating decisions (blocks of labelled text)."""

from __future__ import annotations

import random
from datetime import date

from . import filler
from .model import Block, Line, Sent, form, para

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
AUTHORS = [
    "NGUYEN,THANH",
    "OKAFOR,CHIDI A",
    "BRENNAN,KATHLEEN M",
    "PATEL,RAVI",
    "MORALES,ANA L",
    "WHITFIELD,JAMES R",
    "KOWALSKI,MAREK",
    "JOHNSON,TERESA",
]
FACILITIES = ["VA MEDICAL CENTER", "VA HEALTH CARE SYSTEM", "VA OUTPATIENT CLINIC"]


def fmt_date(iso: str, style: int) -> str:
    """0: 03/02/2019, 1: MAR 02, 2019, 2: March 2, 2019, 3: 2019-03-02."""
    d = date.fromisoformat(iso)
    if style == 0:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == 1:
        return f"{MONTHS[d.month - 1]} {d.day:02d}, {d.year}"
    if style == 2:
        return f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}"
    return iso


def cprs_dt(rng: random.Random, iso: str) -> tuple[str, str]:
    """CPRS 'DATE OF NOTE' and 'ENTRY DATE' values."""
    h, m = rng.randint(7, 16), rng.randint(0, 59)
    return (
        f"{fmt_date(iso, 1)}@{h:02d}:{m:02d}",
        f"{fmt_date(iso, 1)}@{h:02d}:{min(m + 17, 59):02d}:{rng.randint(10, 59)}",
    )


def items(xs: list[Sent | str]) -> list[Sent]:
    return [x if isinstance(x, Sent) else Sent(x) for x in xs]


def note(
    rng: random.Random,
    iso: str,
    local: str,
    standard: str,
    sections: list[tuple[str, list[Sent | str]]],
    plan: list[Sent | str],
    cprs: bool = True,
) -> list[Block]:
    """A SOAP-style treatment note, CPRS header or a community-care header."""
    author = rng.choice(AUTHORS)
    if cprs:
        dn, de = cprs_dt(rng, iso)
        head = form(
            f"LOCAL TITLE: {local}",
            f"STANDARD TITLE: {standard}",
            f"DATE OF NOTE: {dn}    ENTRY DATE: {de}",
            f"AUTHOR: {author}    EXP COSIGNER:",
            "URGENCY:    STATUS: COMPLETED",
            gap=0,
        )
    else:
        head = form(
            f"{rng.choice(['RIVERSIDE', 'LAKEVIEW', 'SUMMIT'])} {standard.split()[0]} ASSOCIATES "
            "(COMMUNITY CARE)",
            f"{standard.title()}",
            f"Date of Service: {fmt_date(iso, rng.choice([0, 2, 3]))}",
            f"Provider: {author.split(',')[1].title()} {author.split(',')[0].title()}, MD",
            gap=0,
        )
    blocks = [head]
    for label, sents in sections:
        if sents:
            blocks.append(para(Sent(label), *items(sents)))
    if plan:
        lines: list[Line] = [[Sent("A/P:")]]
        lines += [[Sent(f"{i}."), x] for i, x in enumerate(items(plan), 1)]
        blocks.append(Block(lines))
    blocks.append(
        form(
            f"/es/ {author}",
            f"Signed: {fmt_date(iso, 0)} {rng.randint(17, 19)}:{rng.randint(10, 59)}",
        )
    )
    return blocks


def imaging(
    rng: random.Random,
    iso: str,
    exam: str,
    history: list[Sent | str],
    findings: list[Sent | str],
    impression: list[Sent | str],
) -> list[Block]:
    """A radiology report."""
    style = rng.choice([0, 1, 2, 3])
    return [
        form(
            f"{rng.choice(FACILITIES)} - DEPARTMENT OF RADIOLOGY",
            f"Exam: {exam}",
            f"Date of exam: {fmt_date(iso, style)}",
            f"Ordering provider: {rng.choice(AUTHORS)}    Case #: {rng.randint(1000, 9999)}",
            gap=0,
        ),
        para(Sent("CLINICAL HISTORY:"), *items(history)),
        para("COMPARISON:", rng.choice(["None.", "None available.", "Prior study not available."])),
        para(Sent("FINDINGS:"), *items(findings)),
        Block(
            [[Sent("IMPRESSION:")]]
            + [[Sent(f"{i}."), x] for i, x in enumerate(items(impression), 1)]
        ),
        form(f"Interpreted by: {rng.choice(AUTHORS)}, MD (Radiology)", "Electronically signed."),
    ]


def rating(
    rng: random.Random,
    iso: str,
    service: tuple[str, str, str],
    decisions: list[Sent | str],
    reasons: list[str],
    evidence: list[str],
) -> list[Block]:
    """A rating decision. `service` = (branch, from, to)."""
    style = rng.choice([0, 2, 2, 3])
    branch, start, end = service
    return [
        form(
            "DEPARTMENT OF VETERANS AFFAIRS",
            f"{rng.choice(['Houston', 'St. Petersburg', 'Seattle'])} Regional Office",
            "RATING DECISION",
            f"Decision Date: {fmt_date(iso, style)}",
            gap=0,
        ),
        para("INTRODUCTION"),
        para(
            f"The records reflect that you are a Veteran who served in the {branch} "
            f"from {start} to {end}.",
            "You filed a claim for compensation that was received by VA.",
            gap=0,
        ),
        para("DECISION"),
        Block([[Sent(f"{i}."), x] for i, x in enumerate(items(decisions), 1)], gap=0),
        para("EVIDENCE"),
        form(*[f"- {e}" for e in evidence], gap=0),
        para("REASONS FOR DECISION"),
        para(*reasons, gap=0),
    ]


def ortho_exam_filler(rng: random.Random) -> list[str]:
    """Exam lines with no finding."""
    return filler.pick(
        rng,
        [
            "Skin intact, no erythema or warmth.",
            "Neurovascularly intact distally.",
            f"ROM 0-{rng.choice([110, 115, 120, 125, 130])} degrees.",
            "Distal pulses 2+.",
            "Calves soft and non-tender.",
        ],
        2,
    )
