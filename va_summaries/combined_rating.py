"""Combined ratings (38 CFR 4.25) and the bilateral factor (38 CFR 4.26).

Ratings are not added: each takes its share of the efficiency that remains. Ordered from
highest to lowest, two values combine as a + b(100 - a)/100, rounded to a whole number at each
step (the Combined Ratings Table holds whole numbers); the final value is converted to the
nearest 10, a 5 rounding up. When both legs (or both arms) carry compensable disabilities,
those combine first, 10% of that value is added (not combined), and the result, rounded,
counts as one disability among the rest. Since 2023 a disability may be left out of the
bilateral computation when that gives a higher combined rating.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations


def _round_half_up(value: float) -> int:
    return int(value + 0.5)


def combined_value(ratings: Iterable[int]) -> int:
    """The whole-number combined value of 4.25's table, before conversion to a tenth."""
    values = sorted((r for r in ratings if r > 0), reverse=True)
    if not values:
        return 0
    total = values[0]
    for rating in values[1:]:
        total = _round_half_up(total + rating * (100 - total) / 100)
    return total


def to_nearest_ten(value: int) -> int:
    """4.25(a): 65 becomes 70, 64 becomes 60."""
    return min(100, (value + 5) // 10 * 10)


def combine(ratings: Iterable[int]) -> int:
    """The combined rating (a multiple of 10) of independent disabilities."""
    return to_nearest_ten(combined_value(ratings))


def bilateral_value(ratings: Sequence[int]) -> int:
    """4.26: combine the paired-limb ratings, add 10% of that value, round."""
    value = combined_value(ratings)
    return _round_half_up(value * 1.1) if value else 0


@dataclass(frozen=True, slots=True)
class CombinedRating:
    """A combined rating and how it was reached."""

    combined: int
    """The reported rating, a multiple of 10."""
    combined_value: int
    """The whole-number value before conversion to a tenth."""
    bilateral_value: int | None
    """The bilateral group's value (with its 10%), when 4.26 was applied."""
    bilateral_ratings: tuple[int, ...] = ()
    """The ratings that went into the bilateral computation."""


def combine_with_bilateral(
    other: Sequence[int], left: Sequence[int], right: Sequence[int]
) -> CombinedRating:
    """Combined rating of `other` disabilities plus those of the left and right leg.

    4.26 applies when both legs carry a compensable rating. Every subset of the paired
    ratings that keeps a compensable disability on each side is tried (the rest combining as
    ordinary disabilities), and a smaller group is used only when strictly higher (4.26(d)).
    """
    plain = list(other) + list(left) + list(right)
    paired = [("L", r) for r in left if r > 0] + [("R", r) for r in right if r > 0]
    candidates: list[CombinedRating] = []
    # Largest group first: 4.26 applies to all paired disabilities unless leaving some out
    # gives a strictly higher rating, so on a tie the earlier (fuller) computation stands.
    for size in range(len(paired), 1, -1):
        for group in combinations(range(len(paired)), size):
            if {paired[i][0] for i in group} != {"L", "R"}:
                continue
            inside = [paired[i][1] for i in group]
            outside = [paired[i][1] for i in range(len(paired)) if i not in group]
            bil = bilateral_value(inside)
            value = combined_value([*other, *outside, bil])
            candidates.append(
                CombinedRating(
                    to_nearest_ten(value), value, bil, tuple(sorted(inside, reverse=True))
                )
            )
    candidates.append(CombinedRating(combine(plain), combined_value(plain), None))
    best = candidates[0]
    for candidate in candidates[1:]:
        if (candidate.combined, candidate.combined_value) > (best.combined, best.combined_value):
            best = candidate
    return best
