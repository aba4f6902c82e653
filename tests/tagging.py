"""What the tagger finds in a text, as the classifier tests compare it (sorted triples)."""

from __future__ import annotations

from classifiers import tag_text


def found(text: str) -> list[tuple[str, str, str]]:
    """(concept, assertion, laterality) of every mention, sorted."""
    return sorted((m.concept, m.assertion, m.laterality) for m in tag_text(text))


def knee(text: str) -> list[tuple[str, str, str | None]]:
    """(assertion, laterality, knee_dx) of every knee mention, sorted."""
    return sorted(
        (m.assertion, m.laterality, m.knee_dx)
        for m in tag_text(text)
        if m.concept == "knee_condition"
    )
