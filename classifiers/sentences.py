"""Sentence and form-line splitting for OCR'd clinical pages.

OCR keeps the page's line breaks, so a line break is usually *not* a sentence end. We join
lines into blocks unless the layout says otherwise (blank line, header, bullet, checkbox line,
short line followed by a capital), then split blocks at sentence punctuation that is not an
abbreviation.
"""

from __future__ import annotations

import re

from classifiers.forms import has_checkbox

_LINE = re.compile(r"[^\n]*(?:\n|$)")
_HEADER_START = re.compile(
    r"^\s*(?:[A-Z][A-Za-z0-9 /&(),'#.-]{0,40}:|[A-Z][A-Z0-9 /&()#.-]{2,60}$)"
)
_BULLET = re.compile(r"^\s*(?:[-*•·>]|\d{1,2}[.)]|[a-zA-Z][.)]|\(\d{1,2}\)|#\d+)\s")
_DATE_START = re.compile(r"^\s*\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b")
_END_PUNCT = re.compile(r"[.!?:]\s*$")
_SPLIT = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")
_ENUM = re.compile(r"\s*(?:\d{1,3}|[ivxIVX]{1,4})")
_ABBREV = re.compile(
    r"(?:\b(?:dr|mr|mrs|ms|vs|etc|pt|hx|no|approx|st|jr|sr|fig|dept|inc|min|max|ca|cf|al|ie|eg"
    r"|[A-Za-z])|\b(?:e\.g|i\.e|a\.m|p\.m|u\.s|b\.i\.d|t\.i\.d|q\.d))$",
    re.IGNORECASE,
)


def _is_caps_header(line: str) -> bool:
    s = line.strip()
    letters = [c for c in s if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return len(letters) > 2 and len(s) <= 60 and upper >= 0.8 * len(letters)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        if s == e:
            break
        if text[e - 1 : e] == "\n":
            e -= 1
        spans.append((s, e))
    return spans


def _blocks(text: str) -> list[tuple[int, int]]:
    lines = _line_spans(text)
    lengths = sorted(e - s for s, e in lines if text[s:e].strip())
    typical = lengths[len(lengths) * 3 // 4] if lengths else 80
    blocks: list[tuple[int, int]] = []
    cur: list[int] | None = None
    prev = ""
    prev_form = False
    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            if cur:
                blocks.append((cur[0], cur[1]))
            cur = None
            prev = ""
            continue
        form = has_checkbox(line)
        new = (
            cur is None
            or form
            or prev_form
            or bool(_HEADER_START.match(line))
            or bool(_BULLET.match(line))
            or bool(_DATE_START.match(line))
            or _is_caps_header(prev)
            or bool(_END_PUNCT.search(prev))
            or (line.lstrip()[:1].isupper() and len(prev.rstrip()) < 0.6 * typical)
        )
        if new:
            if cur:
                blocks.append((cur[0], cur[1]))
            cur = [s, e]
        else:
            assert cur is not None
            cur[1] = e
        prev = line
        prev_form = form
    if cur:
        blocks.append((cur[0], cur[1]))
    return blocks


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of sentences and form lines, in order; whitespace trimmed."""
    out: list[tuple[int, int]] = []
    for bs, be in _blocks(text):
        start = bs
        block = text[bs:be]
        if has_checkbox(block):
            s, e = _trim(text, bs, be)
            out.append((s, e))
            continue
        for m in _SPLIT.finditer(block):
            cut = bs + m.end()
            before = text[start : bs + m.start()]
            if text[bs + m.start()] == "." and (_ABBREV.search(before) or _ENUM.fullmatch(before)):
                continue
            s, e = _trim(text, start, cut)
            if e > s:
                out.append((s, e))
            start = cut
        s, e = _trim(text, start, be)
        if e > s:
            out.append((s, e))
    return out
