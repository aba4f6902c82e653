"""Deterministic synthetic VA claimant files (scanned/digital records) with ground truth.

See docs/ANNOTATION.md for what the ground truth records.
"""

from __future__ import annotations

from pathlib import Path

from .generate import SENTINEL, generate, generate_claimant, ground_truth, plan_claimant
from .model import pathways
from .scenario import SCENARIOS

SAMPLE_SEED = 42
SAMPLE_CLAIMANTS = 4
SAMPLE_MAX_PAGES = 10
"""Per claimant; the bundled sample has at most SAMPLE_CLAIMANTS * SAMPLE_MAX_PAGES pages."""


def generate_sample(out_dir: Path) -> list[Path]:
    """Regenerate the bundled sample (data/sample/) byte for byte."""
    return generate(SAMPLE_CLAIMANTS, SAMPLE_SEED, Path(out_dir), max_pages=SAMPLE_MAX_PAGES)


__all__ = [
    "SAMPLE_CLAIMANTS",
    "SAMPLE_MAX_PAGES",
    "SAMPLE_SEED",
    "SCENARIOS",
    "SENTINEL",
    "generate",
    "generate_claimant",
    "generate_sample",
    "ground_truth",
    "pathways",
    "plan_claimant",
]
