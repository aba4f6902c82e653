"""Is a PDF's text layer good enough to use instead of OCR?"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\S+")
_WORDLIKE = re.compile(r"^[A-Za-z][a-z]*[.,;:)]?$|^[A-Z]{2,}[.,;:]?$|^\d[\d/.\-:%°]*[.,;:)]?$")


def text_layer_is_good(text: str, *, min_chars: int = 40) -> bool:
    """True when the text is long enough and mostly made of word-like tokens.

    Scanners that add a hidden OCR layer of their own often produce garbage
    ("ﬁ{~ l1I"); such a layer is worse than our own OCR.
    """
    stripped = text.strip()
    if len(stripped) < min_chars:
        return False
    tokens = _TOKEN.findall(stripped)
    if not tokens:
        return False
    wordlike = sum(1 for t in tokens if _WORDLIKE.match(t))
    printable = sum(1 for ch in stripped if ch.isprintable() or ch in "\n\t")
    return wordlike / len(tokens) >= 0.6 and printable / len(stripped) >= 0.98
