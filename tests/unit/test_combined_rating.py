"""The worked examples of 38 CFR 4.25 and 4.26 (as quoted in ../shared/DOMAIN.md)."""

from __future__ import annotations

import pytest

from va_summaries.combined_rating import (
    bilateral_value,
    combine,
    combine_with_bilateral,
    combined_value,
    to_nearest_ten,
)


def test_two_disabilities_50_and_30_give_65_reported_70() -> None:
    assert combined_value([30, 50]) == 65
    assert combine([50, 30]) == 70


def test_three_disabilities_60_40_20_give_76_then_81_reported_80() -> None:
    assert combined_value([60, 40]) == 76
    assert combined_value([60, 40, 20]) == 81
    assert combine([20, 60, 40]) == 80


@pytest.mark.parametrize(
    ("value", "reported"), [(64, 60), (65, 70), (94, 90), (95, 100), (0, 0), (4, 0), (5, 10)]
)
def test_conversion_to_the_nearest_ten_rounds_5_up(value: int, reported: int) -> None:
    assert to_nearest_ten(value) == reported


def test_bilateral_factor_example_of_4_26() -> None:
    # 60, 20, 10, 10 with the two 10s bilateral: 10 and 10 combine to 19; plus 1.9 is 20.9,
    # so 21; then 60, 21 and 20 combine to 68 and 74, reported as 70.
    assert bilateral_value([10, 10]) == 21
    result = combine_with_bilateral(other=[60, 20], left=[10], right=[10])
    assert (result.bilateral_value, result.combined_value, result.combined) == (21, 74, 70)
    assert result.bilateral_ratings == (10, 10)


def test_without_both_legs_there_is_no_bilateral_factor() -> None:
    result = combine_with_bilateral(other=[20], left=[10, 10], right=[])
    assert result.bilateral_value is None
    assert result.combined == combine([20, 10, 10])


def test_leaving_a_disability_out_of_the_bilateral_group_when_that_is_higher() -> None:
    # All four in the group: (40,10,10,10) -> 58 -> 64; alone with 50: 82 -> 80.
    # Leaving nothing out must never beat the best subset; the chosen result is the maximum.
    result = combine_with_bilateral(other=[50], left=[40, 10], right=[10, 10])
    exhaustive = max(
        combine([50, *rest, bilateral_value(group)])
        for group, rest in [
            ([40, 10, 10, 10], []),
            ([40, 10], [10, 10]),
            ([40, 10, 10], [10]),
            ([10, 10], [40, 10]),
            ([10, 10, 10], [40]),
        ]
    )
    assert result.combined == max(exhaustive, combine([50, 40, 10, 10, 10]))


def test_no_ratings_is_zero() -> None:
    assert combine([]) == 0
    assert combine_with_bilateral(other=[], left=[], right=[]).combined == 0
