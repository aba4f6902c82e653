"""The bundled sample is exactly what the generator writes for its fixed settings."""

from __future__ import annotations

import hashlib
from pathlib import Path

import va_synth
from tests.conftest import SAMPLE


def _digests(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_sample_regenerates_byte_for_byte(tmp_path: Path) -> None:
    va_synth.generate_sample(tmp_path)
    assert _digests(tmp_path) == _digests(SAMPLE), "data/sample is stale: run `make sample`"


def test_sample_is_small() -> None:
    total = sum(p.stat().st_size for p in SAMPLE.rglob("*") if p.is_file())
    assert total < 5_000_000
