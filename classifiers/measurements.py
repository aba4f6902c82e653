"""Knee range of motion: flexion and extension in degrees, per side.

Examiners write it many ways: DBQ lines ("Flexion (0 to 140): 0 to 95 degrees",
"Extension (140 to 0): 140 to 10 degrees"), notes ("R knee ROM 0-110", "flexion to 95°",
"lacks 10 degrees of extension", "extension -10", "extension limited to 15 degrees").
For flexion we keep the furthest flexion reached; for extension the deficit from full
extension (0 = full), which is what diagnostic codes 5260 and 5261 rate.
Spine motion ("forward flexion 0 to 60") is not knee motion: a line counts only when the
sentence or its section is about the knee.
"""

from __future__ import annotations

import re

from classifiers.laterality import Sections, combine
from classifiers.lexicon import KNEE_ANAT, SIDE, side_of
from classifiers.sentences import split_sentences
from va_core.records import KneeMotion

_DEG = r"(?:\s*(?:°|degrees?|deg\.?|o\b))?"
_NUM = r"(-?\d{1,3})"
_FLEXION = [
    # DBQ: "Flexion (0 to 140): 0 to 95 degrees"
    re.compile(
        r"flexion\s*\(\s*0\s*(?:to|-)\s*140\s*\)\s*:?\s*0\s*(?:to|-)\s*" + _NUM + _DEG, re.I
    ),
    # "flexion 0-110", "flexion from 0 to 110", "ROM 0-120" (knee context), "flexion to 95"
    re.compile(
        r"(?:flexion|flex|rom)\s*(?:from\s*)?:?\s*-?\d{1,2}\s*(?:to|-|–)\s*" + _NUM + _DEG, re.I
    ),
    re.compile(r"flexion\s+(?:to|of|limited\s+to|is|was|:)\s*" + _NUM + _DEG, re.I),
]
_EXTENSION = [
    # DBQ: "Extension (140 to 0): 140 to 10 degrees" -> deficit 10
    re.compile(
        r"extension\s*\(\s*140\s*(?:to|-)\s*0\s*\)\s*:?\s*140\s*(?:to|-)\s*" + _NUM + _DEG, re.I
    ),
    re.compile(
        r"(?:lacks|lacking|loss\s+of|deficit\s+of)\s+"
        + _NUM
        + _DEG
        + r"\s+(?:of\s+)?(?:full\s+)?extension",
        re.I,
    ),
    re.compile(
        r"extension\s+(?:limited\s+to|lag\s+of|deficit\s+of|to|of|is|was|:)?\s*" + _NUM + _DEG, re.I
    ),
]


def _sides(line: str) -> str | None:
    return combine({side_of(m.group()) for m in SIDE.finditer(line.lower())})


def _side(text: str, sentence: str, sections: Sections, pos: int) -> str:
    """From the sentence, else a header, else a recent line naming a side of the knee."""
    found = _sides(sentence) or sections.side(pos)
    if found:
        return found
    for line in reversed(text[max(0, pos - 300) : pos].splitlines()[-4:]):
        if KNEE_ANAT.search(line.lower()) and (side := _sides(line)):
            return side
    return "unspecified"


def find_knee_motion(text: str) -> list[KneeMotion]:
    """Every knee flexion/extension figure on a page, with its side."""
    sections = Sections(text)
    out: list[KneeMotion] = []
    for s, e in split_sentences(text):
        sentence = text[s:e]
        about_knee = KNEE_ANAT.search(sentence.lower()) or sections.anatomy(s) == "knee"
        if not about_knee or re.search(
            r"\b(?:forward|lateral)\s+flexion|\brotation\b", sentence, re.I
        ):
            continue
        for motion, patterns in (("flexion", _FLEXION), ("extension", _EXTENSION)):
            for pattern in patterns:
                m = pattern.search(sentence)
                if not m:
                    continue
                degrees = abs(int(m.group(1)))
                if motion == "flexion" and not 0 < degrees <= 160:
                    break
                if motion == "extension" and degrees > 90:
                    break
                out.append(
                    KneeMotion(
                        motion=motion,
                        degrees=degrees,
                        laterality=_side(text, sentence, sections, s),
                        start=s + m.start(),
                        end=s + m.end(),
                        text=m.group(),
                    )
                )
                break
    return out
