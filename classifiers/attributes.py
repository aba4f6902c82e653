"""Radiculopathy attributes stated in text: nerve roots and severity."""

from __future__ import annotations

import re

from va_core.records import NERVE_ROOTS

_RANGE = re.compile(r"\b([ls])\s?([1-5])\s*(?:-|–|to|through|/)\s*([ls])?\s?([1-5])\b")
_SINGLE = re.compile(r"\b(?:l\s?[1-5]|s\s?[1-3])\b")
_SEVERITY = re.compile(r"\b(moderately\s+severe|mild|moderate|severe)\b")
FEMORAL = ("L2", "L3", "L4")
SCIATIC = ("L4", "L5", "S1", "S2", "S3")


def roots_in(text: str) -> set[str]:
    """Roots written in normalised text: "l4-5" → L4, L5; "femoral nerve" → L2-L4."""
    found: set[str] = set()
    for m in _RANGE.finditer(text):
        a = (m.group(1) + m.group(2)).upper()
        b = ((m.group(3) or m.group(1)) + m.group(4)).upper()
        if a in NERVE_ROOTS and b in NERVE_ROOTS:
            ia, ib = NERVE_ROOTS.index(a), NERVE_ROOTS.index(b)
            if ia <= ib:
                found.update(NERVE_ROOTS[ia : ib + 1])
    for m in _SINGLE.finditer(text):
        root = m.group().replace(" ", "").upper()
        if root in NERVE_ROOTS:
            found.add(root)
    if "femoral nerve" in text:
        found.update(FEMORAL)
    if "sciatic nerve" in text:
        found.update(SCIATIC)
    return found


def ordered(roots: set[str]) -> tuple[str, ...]:
    """Roots in anatomical order."""
    return tuple(r for r in NERVE_ROOTS if r in roots)


def severity_near(text: str, start: int, end: int) -> str | None:
    """Severity word closest to the head, within a short reach on either side."""
    best: tuple[int, str] | None = None
    for m in _SEVERITY.finditer(text):
        if m.end() <= start:
            d = start - m.end()
            if d > 40:
                continue
        elif m.start() >= end:
            d = m.start() - end + 5
            if d > 35:
                continue
        else:
            d = 0
        if best is None or d < best[0]:
            best = (d, re.sub(r"\s+", " ", m.group(1)))
    return best[1] if best else None


def worst(severities: list[str]) -> str | None:
    """The most severe of several stated severities."""
    order = ("mild", "moderate", "moderately severe", "severe")
    found = [s for s in severities if s in order]
    return max(found, key=order.index) if found else None
