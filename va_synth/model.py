"""Data model of synthetic documents: sentences carrying labelled findings, blocks, documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from va_core.records import CONCEPTS

SIDES = ("left", "right")


@dataclass(frozen=True, slots=True)
class Finding:
    """What a tagger must emit for one concept in one sentence (docs/ANNOTATION.md)."""

    concept: str
    assertion: str = "present"
    laterality: str = "unspecified"
    nerve_roots: tuple[str, ...] = ()
    knee_dx: str | None = None
    subject: str = "veteran"
    severity: str | None = None
    historical: bool = False
    condition: str | None = None
    service_connection: str | None = None

    def __post_init__(self) -> None:
        if self.concept not in CONCEPTS:
            raise ValueError(self.concept)

    def to_dict(self) -> dict[str, Any]:
        """The labels as ground truth and the corpus write them (JSON-ready)."""
        return {
            "concept": self.concept,
            "assertion": self.assertion,
            "laterality": self.laterality,
            "nerve_roots": list(self.nerve_roots),
            "knee_dx": self.knee_dx,
            "subject": self.subject,
            "severity": self.severity,
            "historical": self.historical,
            "condition": self.condition,
            "service_connection": self.service_connection,
        }


@dataclass(frozen=True, slots=True)
class Sent:
    """One sentence (or form line) and the findings it holds."""

    text: str
    findings: tuple[Finding, ...] = ()


def check_unit(sent: Sent) -> None:
    """ANNOTATION.md "Unit": one finding per concept per sentence (knee: per distinct knee_dx)."""
    keys = [
        (f.concept, f.knee_dx if f.concept == "knee_condition" else None) for f in sent.findings
    ]
    if len(keys) != len(set(keys)):
        raise ValueError(f"two findings of one concept in one sentence: {sent.text!r}")


def s(text: str, *findings: Finding) -> Sent:
    """Shorthand constructor."""
    return Sent(text, tuple(findings))


Line = list[Sent]
"""A logical line: its sentences joined by one space, wrapped by the renderer."""


@dataclass(slots=True)
class Block:
    """Lines kept together on one page. `bold` marks headings."""

    lines: list[Line]
    bold: bool = False
    gap: int = 1
    """Blank lines before the block (dropped at the top of a page)."""

    def texts(self) -> list[str]:
        return [" ".join(x.text for x in line) for line in self.lines]

    def findings(self) -> list[tuple[Finding, str]]:
        return [(f, x.text) for line in self.lines for x in line for f in x.findings]


def para(*sents: Sent | str, gap: int = 1) -> Block:
    """A one-line prose block from sentences (plain strings are filler)."""
    return Block([[x if isinstance(x, Sent) else Sent(x) for x in sents]], gap=gap)


def form(*lines: Sent | str, gap: int = 1, bold_first: bool = False) -> Block:
    """A block with one sentence per line (form items)."""
    return Block([[x if isinstance(x, Sent) else Sent(x)] for x in lines], gap=gap, bold=bold_first)


@dataclass(slots=True)
class Doc:
    """One document of a claimant file before rendering."""

    kind: str
    """File-name kind, e.g. "cp_back_dbq"."""
    doc_type: str
    date: str
    """ISO date."""
    title: str
    blocks: list[Block]
    priority: int = 5
    """Higher survives page caps longer."""
    mono: bool = True
    fmt: str = "scanned_pdf"
    meta: dict[str, Any] = field(default_factory=dict)


def pathways(findings: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The four knee x mechanism entries, per the rule at the end of docs/ANNOTATION.md."""
    vet = [f for f in findings if f["subject"] == "veteran" and f["assertion"] == "present"]

    def on(f: dict[str, Any], side: str) -> bool:
        return f["laterality"] in (side, "bilateral")

    out = []
    for knee in ("left", "right"):
        opposite = "right" if knee == "left" else "left"
        dx = any(
            f["concept"] == "knee_condition"
            and f["knee_dx"] not in (None, "pain_only")
            and on(f, knee)
            for f in vet
        )
        radic = any(f["concept"] == "radiculopathy" and on(f, knee) for f in vet)
        gait = any(f["concept"] == "antalgic_gait" and on(f, opposite) for f in vet)
        for mech, has in (("radiculopathy", radic), ("antalgic_gait", gait)):
            status = "supported" if has and dx else "partial" if has or dx else "unsupported"
            out.append({"knee": knee, "mechanism": mech, "status": status})
    return out
