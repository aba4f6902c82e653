"""OCR confidence of a finding: its own words and the words that decided it."""

from __future__ import annotations

from va_core.records import Mention, PageText, Word
from va_pipeline.tag_stage import LOW_CONFIDENCE, mention_confidence, span_confidence


def _page(text: str, confs: dict[str, float]) -> PageText:
    words, pos = [], 0
    for token in text.split(" "):
        words.append(Word(token, 0, 0, 10, 10, confs.get(token, 95.0), pos, pos + len(token)))
        pos += len(token) + 1
    return PageText(1, text, "ocr", mean_conf=90.0, words=tuple(words))


def test_a_finding_is_as_sure_as_its_weakest_deciding_word() -> None:
    text = "No radicular pain in the left leg"
    page = _page(text, {"No": 31.0})
    start = text.index("radicular pain")
    m = Mention(
        "radiculopathy",
        "negated",
        "left",
        start,
        start + 14,
        "radicular pain",
        evidence_spans=((0, 2), (text.index("left"), text.index("left") + 4)),
    )
    assert span_confidence(page, m.start, m.end) == 95.0
    assert mention_confidence(page, m) == 31.0 < LOW_CONFIDENCE


def test_text_layer_pages_have_no_ocr_confidence() -> None:
    page = PageText(1, "Antalgic gait.", "text_layer")
    m = Mention("antalgic_gait", "present", "unspecified", 0, 13, "Antalgic gait")
    assert mention_confidence(page, m) is None
