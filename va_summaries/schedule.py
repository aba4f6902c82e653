"""The knee rows of the rating schedule (38 CFR 4.71a) that a summary can apply to extracted facts.

Figures (checked against 38 CFR 4.71a, Diagnostic Codes 5256-5263 and 5003):
- 5260 limitation of flexion: limited to 60° 0%, 45° 10%, 30° 20%, 15° 30%.
- 5261 limitation of extension: limited to 5° 0%, 10° 10%, 15° 20%, 20° 30%, 30° 40%, 45° 50%.
- Flexion and extension limitation of one knee may be rated separately (VAOPGCPREC 9-2004).
- 38 CFR 4.59: actually painful motion of a joint earns at least the minimum compensable rating
  for the joint (10% for the knee), never on top of a compensable limitation-of-motion rating
  (4.14, no pyramiding).
A knee measured better than the first row of a table (flexion beyond 60°, extension deficit
below 5°) is rated 0% under that code: noncompensable, but rated.
"""

from __future__ import annotations

# (limit in degrees, percent), most severe first: the first row the figure reaches applies.
FLEXION_5260: tuple[tuple[int, int], ...] = ((15, 30), (30, 20), (45, 10), (60, 0))
EXTENSION_5261: tuple[tuple[int, int], ...] = (
    (45, 50),
    (30, 40),
    (20, 30),
    (15, 20),
    (10, 10),
    (5, 0),
)
PAINFUL_MOTION_MINIMUM = 10
"""38 CFR 4.59: the minimum compensable rating for the knee."""

CODE_TITLES = {
    "5003": "degenerative arthritis (rated on limitation of motion)",
    "5257": "recurrent subluxation or lateral instability",
    "5258": "semilunar cartilage, dislocated, with locking, pain and effusion",
    "5259": "semilunar cartilage, removal of, symptomatic",
    "5260": "leg, limitation of flexion",
    "5261": "leg, limitation of extension",
}

# knee_dx -> the codes a rater would look at first. Conditions without a code of their own
# (patellofemoral syndrome, other diagnoses) are rated on limitation of motion (4.20, analogy).
DX_CODES: dict[str, tuple[str, ...]] = {
    "osteoarthritis": ("5003", "5260", "5261"),
    "meniscal_tear": ("5258", "5259"),
    "instability": ("5257",),
    "patellofemoral": ("5260", "5261"),
    "limited_motion": ("5260", "5261"),
    "other_diagnosis": ("5260", "5261"),
}


def flexion_percent(degrees: int) -> int:
    """DC 5260 for flexion reached to `degrees` (0% at 60° or better)."""
    for limit, percent in FLEXION_5260:
        if degrees <= limit:
            return percent
    return 0


def extension_percent(deficit: int) -> int:
    """DC 5261 for extension lacking `deficit` degrees (0 = full extension)."""
    for limit, percent in EXTENSION_5261:
        if deficit >= limit:
            return percent
    return 0


def suggested_codes(knee_dxs: list[str], has_motion: bool) -> list[dict[str, str]]:
    """Codes for a knee's diagnosis kinds, in schedule order; 5260/5261 also when measured."""
    codes = {c for dx in knee_dxs for c in DX_CODES.get(dx, ())}
    if has_motion and knee_dxs:
        codes |= {"5260", "5261"}
    return [{"code": c, "title": CODE_TITLES[c]} for c in sorted(codes)]
