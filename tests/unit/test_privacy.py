from __future__ import annotations

import pytest

from va_core.privacy import mask_ssn, pseudonym


@pytest.mark.parametrize(
    ("raw", "masked"),
    [
        ("SSN: 123-45-6789", "SSN: ***-**-6789"),
        ("ssn 123 45 6789 on file", "ssn ***-**-6789 on file"),
        ("SSN#123456789", "SSN#***-**-6789"),
        ("Social Security Number: 987654321.", "Social Security Number: ***-**-4321."),
    ],
)
def test_ssns_are_masked_to_last_four(raw: str, masked: str) -> None:
    assert mask_ssn(raw) == masked


@pytest.mark.parametrize(
    "text",
    ["L4-L5 radiculopathy", "BP 120/80, flexion 0-110 degrees", "tel 555-1234", "claim 12345678"],
)
def test_clinical_numbers_are_left_alone(text: str) -> None:
    assert mask_ssn(text) == text


def test_pseudonym_is_stable_and_hides_the_value() -> None:
    assert pseudonym("ZZ-SENTINEL-PHI") == pseudonym("ZZ-SENTINEL-PHI")
    assert "SENTINEL" not in pseudonym("ZZ-SENTINEL-PHI")
