"""Sentence banks for the four concepts, each sentence returned with its labels."""

from __future__ import annotations

import random

from .model import Finding, Sent, s

_SIDE = {
    "right": ["right", "right", "R", "rt", "Rt"],
    "left": ["left", "left", "L", "lt", "Lt"],
    "bilateral": ["bilateral", "B/L", "bilat"],
}
_LEG = {
    "right": ["right leg", "RLE", "right lower extremity", "R leg"],
    "left": ["left leg", "LLE", "left lower extremity", "L leg"],
    "bilateral": ["both legs", "BLE", "bilateral lower extremities"],
}
_KNEE = {
    "right": ["right knee", "right knee", "R knee", "rt knee", "Rt knee"],
    "left": ["left knee", "left knee", "L knee", "lt knee", "Lt knee"],
    "bilateral": ["bilateral knees", "B/L knees", "both knees", "bilat knees"],
}
_FULL = {"right": "right", "left": "left", "bilateral": "bilateral"}
ROOT_SETS = {
    "L4": ("L4",),
    "L5": ("L5",),
    "S1": ("S1",),
    "L4-L5": ("L4", "L5"),
    "L5-S1": ("L5", "S1"),
    "L3-L4": ("L3", "L4"),
}


def side(rng: random.Random, lat: str) -> str:
    return rng.choice(_SIDE[lat])


def leg(rng: random.Random, lat: str) -> str:
    return rng.choice(_LEG[lat])


def knee(rng: random.Random, lat: str) -> str:
    return rng.choice(_KNEE[lat])


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def radic(
    rng: random.Random,
    lat: str,
    assertion: str = "present",
    roots: str | None = None,
    severity: str | None = None,
    historical: bool = False,
) -> Sent:
    """A radiculopathy sentence. `roots` is a key of ROOT_SETS written into the text."""
    rt = ROOT_SETS[roots] if roots else ()
    rw = f"{roots} " if roots else ""
    f = Finding("radiculopathy", assertion, lat, rt, severity=severity, historical=historical)
    if historical:
        t = rng.choice(
            [f"History of sciatica on the {_FULL[lat]}.", f"Hx of {side(rng, lat)} sided sciatica."]
        )
        return s(t, Finding("radiculopathy", "present", lat, historical=True))
    if assertion == "negated":
        f = Finding("radiculopathy", "negated", lat)
        if lat == "bilateral":
            return s(
                rng.choice(["Negative straight leg raise bilaterally.", "SLR negative B/L."]), f
            )
        if lat != "unspecified":
            return s(f"SLR negative on the {_FULL[lat]}.", f)
        t = rng.choice(
            [
                "Denies radiating pain.",
                "No radicular symptoms.",
                "Denies sciatica.",
                "No evidence of lumbar radiculopathy on exam today.",
                "Pt denies any pain radiating into the legs.",
            ]
        )
        if t.endswith("into the legs."):
            # both legs named, under a negation: bilateral (corpus README, labelling decisions)
            f = Finding("radiculopathy", "negated", "bilateral")
        return s(t, f)
    if assertion == "possible":
        opts = [
            f"Positive SLR on the {_FULL[lat]} at {rng.choice([35, 40, 45, 50])} degrees.",
            f"R/o lumbar radiculopathy, {side(rng, lat)}.",
            f"? {rw}radiculopathy on the {_FULL[lat]}.",
            f"Possible {rw}radiculopathy of the {leg(rng, lat)}.",
        ]
        t = rng.choice(opts)
        if t.startswith("Positive SLR") or t.startswith("R/o"):
            f = Finding("radiculopathy", "possible", lat)
        return s(t, f)
    sev = f"{cap(severity)} " if severity else ""
    opts = [
        (f"{sev}{rw}radiculopathy of the {leg(rng, lat)}.", rt, severity),
        (
            f"Radicular pain in the {roots or 'L5'} distribution, {side(rng, lat)}.",
            rt or ("L5",),
            None,
        ),
        (
            f"Reports pain radiating down the {leg(rng, lat)} to the foot, worse with sitting.",
            (),
            None,
        ),
        (f"Lumbar radiculopathy, {_FULL[lat]}, {severity or 'mild'}.", (), severity or "mild"),
        (f"Ongoing {_FULL[lat]}-sided sciatica.", (), None),
    ]
    t, r, sv = rng.choice(opts)
    return s(cap(t), Finding("radiculopathy", "present", lat, r, severity=sv))


KNEE_DX_TEXT = {
    "osteoarthritis": [
        "{k} OA",
        "DJD of the {k}",
        "degenerative joint disease of the {k}",
        "{k} osteoarthritis",
        "medial compartment degenerative change of the {k}",
        "degenerative arthritis of the {k}",
    ],
    "meniscal_tear": [
        "tear of the medial meniscus, {k}",
        "{k} medial meniscus tear",
        "degenerative tear of the {k} lateral meniscus",
        "torn medial meniscus, {k}",
    ],
    "patellofemoral": [
        "{k} patellofemoral pain syndrome",
        "chondromalacia patellae, {k}",
        "PFPS of the {k}",
    ],
    "instability": ["{k} instability", "ACL laxity of the {k}", "recurrent subluxation of the {k}"],
    "limited_motion": ["limitation of flexion of the {k}", "limitation of extension of the {k}"],
    "other_diagnosis": [
        "{k} strain",
        "pes anserine bursitis of the {k}",
        "patellar tendinitis of the {k}",
    ],
    "pain_only": ["{k} pain", "arthralgia of the {k}"],
}


def knee_dx_phrase(rng: random.Random, dx: str, lat: str) -> str:
    """The diagnosis head phrase with the side written in."""
    return rng.choice(KNEE_DX_TEXT[dx]).format(k=knee(rng, lat))


def knee_sent(
    rng: random.Random,
    dx: str | None,
    lat: str,
    assertion: str = "present",
    subject: str = "veteran",
) -> Sent:
    """A knee_condition sentence."""
    f = Finding("knee_condition", assertion, lat, knee_dx=dx, subject=subject)
    if subject == "other":
        who = rng.choice(["Mother", "Father", "Brother", "Sister"])
        t = rng.choice(
            [f"{who} has bilateral knee OA.", f"FHx: {who.lower()} with DJD of both knees."]
        )
        return s(
            t,
            Finding(
                "knee_condition", "present", "bilateral", knee_dx="osteoarthritis", subject="other"
            ),
        )
    if assertion == "negated":
        if dx is None:
            t = (
                rng.choice(
                    [f"{cap(knee(rng, lat))} exam normal.", f"No {_FULL[lat]} knee abnormality."]
                )
                if lat != "unspecified"
                else "Knee exam normal."
            )
            return s(t, f)
        if dx == "meniscal_tear":
            return s(f"No meniscal tear in the {knee(rng, lat)}.", f)
        return s(f"No evidence of {knee_dx_phrase(rng, dx, lat)}.", f)
    if assertion == "possible":
        if dx == "osteoarthritis":
            return s(f"Possible early DJD of the {knee(rng, lat)}.", f)
        if dx == "meniscal_tear":
            return s(
                rng.choice(
                    [
                        f"R/o {knee(rng, lat)} medial meniscal tear.",
                        f"Cannot exclude a {_FULL[lat]} meniscal tear.",
                    ]
                ),
                f,
            )
        return s(f"Suspected {knee_dx_phrase(rng, dx, lat)}.", f)
    phrase = knee_dx_phrase(rng, dx or "pain_only", lat)
    if dx == "pain_only":
        t = rng.choice(
            [
                f"C/o {phrase} for the past {rng.randint(2, 9)} months.",
                f"Reports {phrase}, worse with stairs.",
                f"{cap(phrase)}, ongoing for years.",
            ]
        )
        return s(t, f)
    t = rng.choice(
        [
            f"Assessment: {phrase}.",
            f"{cap(phrase)}, stable.",
            f"Dx: {phrase}.",
            f"Impression: {phrase}.",
        ]
    )
    return s(t, f)


def gait(
    rng: random.Random, lat: str, assertion: str = "present", subject: str = "veteran"
) -> Sent:
    """An antalgic_gait sentence; `lat` is the side protected."""
    f = Finding("antalgic_gait", assertion, lat, subject=subject)
    if subject == "other":
        return s(
            rng.choice(
                [
                    "Father walked with a limp after a hip fracture.",
                    "His wife has a limp and he does most of the driving.",
                ]
            ),
            Finding("antalgic_gait", "present", "unspecified", subject="other"),
        )
    if assertion == "negated":
        return s(
            rng.choice(
                [
                    "Gait is normal.",
                    "Normal gait.",
                    "Gait: steady, non-antalgic.",
                    "No limp noted.",
                    "Ambulates without a limp.",
                ]
            ),
            f,
        )
    if assertion == "possible":
        return s(f"Possible slight limp favoring the {_FULL[lat]}.", f)
    if lat == "unspecified":
        return s(rng.choice(["Antalgic gait.", "Walks with a mild limp."]), f)
    return s(
        rng.choice(
            [
                f"Gait antalgic, favoring the {_FULL[lat]}.",
                f"Ambulates with an antalgic gait favoring the {leg(rng, lat)}.",
                f"Walks with a limp, favoring the {_FULL[lat]} leg.",
                f"Antalgic gait with decreased stance time on the {side(rng, lat)}.",
                f"Walks with an antalgic pattern, protecting the {leg(rng, lat)}.",
                f"Noted to be favoring the {leg(rng, lat)} when walking down the hall.",
            ]
        ),
        f,
    )


BACK_NAMES = {
    "lumbosacral strain": ["lumbosacral strain", "LS strain"],
    "lumbar strain": ["lumbar strain"],
    "degenerative disc disease": ["degenerative disc disease of the lumbar spine", "lumbar DDD"],
    "intervertebral disc syndrome": ["intervertebral disc syndrome", "IVDS, lumbar"],
    "spinal stenosis": ["lumbar spinal stenosis", "spinal stenosis at L3-L4"],
    "chronic low back pain": ["chronic low back pain", "chronic LBP"],
    "herniated disc": ["herniated disc at L4-L5", "L5-S1 herniated disc"],
    "spondylosis": ["lumbar spondylosis"],
}


def back_sent(
    rng: random.Random, condition: str, assertion: str = "present", subject: str = "veteran"
) -> Sent:
    """A back_condition sentence naming `condition` (a key of BACK_NAMES)."""
    f = Finding("back_condition", assertion, "unspecified", subject=subject, condition=condition)
    name = rng.choice(BACK_NAMES[condition])
    if subject == "other":
        return s(f"FHx: father with {name}; mother with DM2.", f)
    if assertion == "negated":
        return s(f"No {name}.", f)
    i = rng.randrange(4)
    t = [
        f"{cap(name)}.",
        f"{cap(name)}, stable on current regimen.",
        f"Known {name}, on chronic NSAIDs.",
        f"Hx of {name} since military service.",
    ][i]
    if i == 3:
        f = Finding(
            "back_condition", "present", "unspecified", condition=condition, historical=True
        )
    return s(t, f)
