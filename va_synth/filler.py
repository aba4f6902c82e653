"""Filler and look-alike sentences: they must never contain a finding."""

from __future__ import annotations

import random

LOOKALIKES = [
    "Patellar reflexes 2+ and symmetric.",
    "Knee-jerk reflexes 2+ bilaterally, Achilles 1+.",
    "DTRs: patellar 2+/2+, Achilles 2+/2+.",
    "Right hip osteoarthritis, followed by ortho.",
    "Mild degenerative changes of the left hip on prior films.",
    "Left shoulder arthritis; continue HEP.",
    "Continue gait training with a rolling walker.",
    "Gait belt used for safety during transfers.",
    "Normal neuro exam.",
    "Sensation intact to light touch in all dermatomes.",
    "Strength 5/5 in BLE.",
    "Right ankle sprain 2017, resolved.",
    "Cervical radiculopathy of the left upper extremity, managed by neurosurgery.",
    "Bilateral hand OA, uses topical diclofenac.",
    "Hip pain with prolonged standing, likely trochanteric.",
]

VITALS = [
    "BP {sbp}/{dbp}  HR {hr}  T 98.{t}  RR {rr}  SpO2 {sat}%  Wt {wt} lb  BMI {bmi}.{bmd}.",
    "Vitals: BP {sbp}/{dbp}, P {hr}, R {rr}, Temp 98.{t} F, O2 sat {sat}% RA, weight {wt} lbs.",
]

ROS = [
    "Constitutional: denies fever, chills, wt loss. CV: denies CP, palpitations. "
    "Resp: denies SOB, cough. GI: denies N/V, abd pain. GU: denies dysuria. Skin: no rashes.",
    "12-point ROS otherwise negative except as noted in HPI.",
    "HEENT neg. CV neg. Pulm neg. GI neg. GU neg. Psych: denies depression, SI/HI.",
]

MEDS = [
    "Meloxicam 15 mg PO daily, gabapentin 300 mg PO TID, lisinopril 10 mg PO daily.",
    "Naproxen 500 mg BID PRN, cyclobenzaprine 10 mg QHS PRN, atorvastatin 20 mg.",
    "Acetaminophen 650 mg q6h PRN, duloxetine 60 mg daily, metformin 500 mg BID.",
    "Tramadol 50 mg q8h PRN severe pain, omeprazole 20 mg daily.",
]

SOCIAL = [
    "SH: retired truck driver, lives with spouse, former smoker (quit 2012), 2-3 beers/week.",
    "Social: works part time at a warehouse, married, 2 children, denies tobacco.",
    "Served US Army 1998-2010, 88M motor transport operator; two deployments to Iraq.",
    "Served USMC 2003-2011 as infantry rifleman; multiple airborne jumps.",
]

PLANS = [
    "RTC 3 months or sooner PRN.",
    "Labs ordered: CBC, BMP, lipid panel, A1c.",
    "Discussed weight loss, diet and daily walking.",
    "Flu vaccine given today, tolerated well.",
    "Tobacco cessation counseling offered.",
    "Pt verbalized understanding of the plan.",
    "Renew meds x 90 days.",
    "Continue home exercise program as instructed.",
    "Follow up with PCP in 6 months.",
    "HTN: controlled, continue lisinopril.",
    "HLD: continue statin, recheck lipids next visit.",
    "Depression screen (PHQ-2) negative.",
]

PT_FILLER = [
    "Ther-ex: core stabilization, bridging, bird-dog x 10 reps each.",
    "Manual therapy: soft tissue mobilization to lumbar paraspinals x 8 min.",
    "Pt tolerated tx well with no adverse reaction.",
    "Moist heat x 10 min prior to exercise.",
    "Updated HEP issued with written handout.",
]


def pick(rng: random.Random, bank: list[str], k: int = 1) -> list[str]:
    """k distinct entries of `bank` in a seeded order."""
    return rng.sample(bank, min(k, len(bank)))


def vitals(rng: random.Random) -> str:
    return rng.choice(VITALS).format(
        sbp=rng.randint(112, 148),
        dbp=rng.randint(68, 94),
        hr=rng.randint(58, 92),
        t=rng.randint(0, 8),
        rr=rng.choice([14, 16, 18]),
        sat=rng.randint(95, 99),
        wt=rng.randint(168, 262),
        bmi=rng.randint(24, 36),
        bmd=rng.randint(0, 9),
    )


def pain_score(rng: random.Random) -> str:
    return f"Pain: {rng.randint(3, 8)}/10."
