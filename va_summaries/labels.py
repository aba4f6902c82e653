"""Display words for the mention vocabulary, shared by the summary and its HTML."""

from __future__ import annotations

from va_core.records import NERVE_ROOTS

CONCEPT_ORDER: tuple[str, ...] = (
    "radiculopathy",
    "antalgic_gait",
    "knee_condition",
    "back_condition",
)
SIDE_ORDER: tuple[str, ...] = ("left", "right", "bilateral", "unspecified")
KNEES: tuple[str, ...] = ("left", "right")
MECHANISMS: tuple[str, ...] = ("radiculopathy", "antalgic_gait")
OPPOSITE = {"left": "right", "right": "left"}

CONCEPT_LABELS = {
    "radiculopathy": "Radiculopathy",
    "antalgic_gait": "Antalgic gait",
    "knee_condition": "Knee condition",
    "back_condition": "Back condition",
}
MECHANISM_LABELS = {
    "radiculopathy": "Radiculopathy (same side)",
    "antalgic_gait": "Antalgic gait (opposite side)",
}
DOC_TYPE_LABELS = {
    "cp_exam": "C&P exam",
    "treatment_note": "treatment note",
    "imaging": "imaging report",
    "rating_decision": "rating decision",
    "other": "document",
}
KNEE_DX_LABELS = {
    "osteoarthritis": "osteoarthritis",
    "meniscal_tear": "meniscal tear",
    "patellofemoral": "patellofemoral syndrome",
    "instability": "instability",
    "limited_motion": "limited motion",
    "other_diagnosis": "other diagnosis",
    "pain_only": "pain only (no diagnosis)",
}


def concept_label(concept: str) -> str:
    """Human name of a concept (falls back to the raw word)."""
    return CONCEPT_LABELS.get(concept, concept.replace("_", " ").capitalize())


def doc_type_label(doc_type: str | None) -> str:
    """Human name of a document type."""
    return DOC_TYPE_LABELS.get(doc_type or "other", "document")


def knee_dx_label(knee_dx: str | None) -> str:
    """Human name of a knee diagnosis kind ("knee condition" when unknown)."""
    return KNEE_DX_LABELS.get(knee_dx or "", "knee condition")


def roots_label(roots: list[str]) -> str:
    """Roots as text: "L4-L5" for two adjacent roots, "L2/L3/L4" otherwise, "" for none."""
    ordered = sorted(roots, key=lambda r: NERVE_ROOTS.index(r) if r in NERVE_ROOTS else 99)
    known = [NERVE_ROOTS.index(r) for r in ordered if r in NERVE_ROOTS]
    if len(ordered) == 2 and len(known) == 2 and known[1] - known[0] == 1:
        return f"{ordered[0]}-{ordered[1]}"
    return "/".join(ordered)


def cite(date: str | None, doc_type: str | None, page: int | None) -> str:
    """Short citation: "2019-03-02 C&P exam p.2"."""
    where = f" p.{page}" if page is not None else ""
    return f"{date or 'undated'} {doc_type_label(doc_type)}{where}"
