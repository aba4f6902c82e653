"""Typed records passed between stages.

These are the contract between the packages: extractors produce `PageText`, classifiers
produce `Mention`, the pipeline stores `PageMention` rows, summaries read them back as a
DataFrame with `MENTION_COLUMNS`. The mention vocabulary is fixed by the product
(see docs/ANNOTATION.md); extra fields may be added, existing words never change.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

CONCEPTS = ("antalgic_gait", "radiculopathy", "knee_condition", "back_condition")
ASSERTIONS = ("present", "negated", "possible")
LATERALITIES = ("left", "right", "bilateral", "unspecified")
KNEE_DX = (
    "osteoarthritis",
    "meniscal_tear",
    "patellofemoral",
    "instability",
    "limited_motion",
    "other_diagnosis",
    "pain_only",
)
SUBJECTS = ("veteran", "other")
SEVERITIES = ("mild", "moderate", "moderately severe", "severe")
NERVE_ROOTS = ("L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3")
DOC_TYPES = ("cp_exam", "treatment_note", "imaging", "rating_decision", "other")
SERVICE_CONNECTION = ("granted", "denied")


def _check(name: str, value: Any, allowed: tuple[Any, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"{name}={value!r} is not one of {allowed}")


@dataclass(frozen=True, slots=True)
class Mention:
    """One finding in a piece of text, as the classifiers emit it."""

    concept: str
    """One of CONCEPTS."""
    assertion: str
    """present | negated | possible."""
    laterality: str
    """left | right | bilateral | unspecified. For antalgic gait: the side protected/favoured."""
    start: int
    """Character offset of the matched span in the input text."""
    end: int
    """Exclusive end offset of the matched span."""
    text: str
    """The matched span, text[start:end]."""
    nerve_roots: tuple[str, ...] = ()
    """Lumbosacral roots for radiculopathy, e.g. ("L4", "L5"); empty otherwise."""
    knee_dx: str | None = None
    """Kind of knee diagnosis for knee_condition (KNEE_DX), else None."""
    subject: str = "veteran"
    """veteran | other (family history and other people)."""
    score: float = 1.0
    """Confidence 0..1."""
    severity: str | None = None
    """Radiculopathy severity (SEVERITIES) when stated."""
    historical: bool = False
    """Stated as history ("history of sciatica"); still evidence, dated by the note."""
    condition: str | None = None
    """Named back condition ("lumbosacral strain"), for back_condition."""
    service_connection: str | None = None
    """granted | denied when a rating decision decides service connection."""
    sentence_start: int = 0
    """Offset of the sentence (or form line) that holds the mention."""
    sentence_end: int = 0
    """Exclusive end of that sentence."""
    diagnostic_code: str | None = None
    """Rating-schedule code stated with the condition ("5237", "5010-5260")."""
    rating_percent: int | None = None
    """Evaluation in percent stated in a rating decision."""
    effective_date: str | None = None
    """Effective date (ISO) stated in a rating decision."""
    evidence_spans: tuple[tuple[int, int], ...] = ()
    """Offsets of the words that decided assertion and side (trigger, side word, checked box)."""

    def __post_init__(self) -> None:
        _check("concept", self.concept, CONCEPTS)
        _check("assertion", self.assertion, ASSERTIONS)
        _check("laterality", self.laterality, LATERALITIES)
        _check("subject", self.subject, SUBJECTS)
        if self.knee_dx is not None:
            _check("knee_dx", self.knee_dx, KNEE_DX)
        if self.severity is not None:
            _check("severity", self.severity, SEVERITIES)
        if self.service_connection is not None:
            _check("service_connection", self.service_connection, SERVICE_CONNECTION)
        for root in self.nerve_roots:
            _check("nerve_root", root, NERVE_ROOTS)
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score {self.score} outside 0..1")
        if self.rating_percent is not None and not 0 <= self.rating_percent <= 100:
            raise ValueError(f"rating_percent {self.rating_percent} outside 0..100")

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict (nerve_roots as a list)."""
        d = asdict(self)
        d["nerve_roots"] = list(self.nerve_roots)
        d["evidence_spans"] = [list(span) for span in self.evidence_spans]
        return d


@dataclass(frozen=True, slots=True)
class KneeMotion:
    """One knee range-of-motion figure (what diagnostic codes 5260 and 5261 rate)."""

    motion: str
    """flexion | extension"""
    degrees: int
    """Flexion reached, or extension deficit (0 = full extension)."""
    laterality: str
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        _check("motion", self.motion, ("flexion", "extension"))
        _check("laterality", self.laterality, LATERALITIES)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class PageMention:
    """A mention placed on its page, as the store keeps it."""

    page_no: int
    mention: Mention
    snippet: str
    """The sentence or form line, newlines flattened (offsets unchanged)."""
    ocr_conf: float | None = None
    """Lowest mean OCR confidence (0..100) of the mention's words and its deciding words."""
    low_confidence: bool = False
    """The finding rests on words OCR was unsure of: the reviewer should look at the page."""


@dataclass(frozen=True, slots=True)
class Word:
    """One OCR word with its box in page-image pixels and its character offsets in PageText.text."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PageText:
    """The text of one page and where it came from."""

    page_no: int
    """1-based page number."""
    text: str
    source: str
    """"text_layer" or "ocr"."""
    mean_conf: float | None = None
    """Mean Tesseract word confidence (0..100) for OCR pages."""
    words: tuple[Word, ...] = field(default=())
    """Word boxes (OCR pages only)."""
    image_size: tuple[int, int] | None = None
    """(width, height) of the page image the boxes refer to."""

    def __post_init__(self) -> None:
        if self.page_no < 1:
            raise ValueError("page_no is 1-based")
        _check("source", self.source, ("text_layer", "ocr"))


# Columns of the mentions table as the store hands it to summaries (one row per mention).
MENTION_COLUMNS = (
    "mention_id",  # int
    "claimant_id",  # str
    "doc_id",  # str, pseudonymous document id
    "doc_type",  # DOC_TYPES
    "doc_date",  # ISO date string or None
    "page_no",  # int, 1-based
    "concept",
    "assertion",
    "laterality",
    "nerve_roots",  # list[str]
    "knee_dx",
    "subject",
    "severity",
    "historical",  # bool
    "condition",
    "service_connection",
    "start",  # offsets in the page text
    "end",
    "text",  # matched span
    "snippet",  # the sentence or form line that holds it
    "score",
    "page_source",  # "text_layer" | "ocr"
    "ocr_conf",  # lowest mean confidence of the mention's and its deciding words, or None
    "model_version",
    "diagnostic_code",
    "rating_percent",  # int or None
    "effective_date",  # ISO date or None
    "low_confidence",  # bool
    "finding_key",  # str or None: what reviewer decisions attach to (store.finding_keys)
)
