"""Render one claimant's summary dict as a self-contained, printable HTML page."""

from __future__ import annotations

from typing import Any

from va_summaries.html_parts import badge, checklist, esc, page, table
from va_summaries.labels import (
    MECHANISM_LABELS,
    concept_label,
    doc_type_label,
    knee_dx_label,
    roots_label,
)
from va_summaries.render_knees import combined_section, knees_section
from va_summaries.render_timeline import timeline_svg

_SC_BADGE = {True: ("granted", "Service-connected"), False: ("denied", "Not service-connected")}


def highlight(snippet: str | None, start: int | None, end: int | None) -> str:
    """Escaped snippet with the matched span wrapped in <mark>."""
    text = snippet or ""
    if start is None or end is None or not 0 <= start < end <= len(text):
        return esc(text)
    return f"{esc(text[:start])}<mark>{esc(text[start:end])}</mark>{esc(text[end:])}"


def _snippet(f: dict[str, Any]) -> str:
    return f'<span class="snippet">{highlight(f["snippet"], f["span_start"], f["span_end"])}</span>'


def _document(f: dict[str, Any]) -> str:
    doc = f["document"]
    name = esc(doc["file_name"] or doc["doc_id"])
    copy = f'<br><span class="copy">copy of {esc(f["copy_of"])}</span>' if f.get("copy_of") else ""
    return f'{name}<br><span class="muted">{esc(doc_type_label(f["doc_type"]))}</span>{copy}'


def _details(f: dict[str, Any]) -> str:
    parts = []
    if f["nerve_roots"]:
        parts.append(roots_label(f["nerve_roots"]))
    if f["severity"]:
        parts.append(f["severity"])
    if f["knee_dx"]:
        parts.append(knee_dx_label(f["knee_dx"]))
    if f["condition"]:
        parts.append(f["condition"])
    if f["service_connection"]:
        parts.append(f"SC {f['service_connection']}")
    if f.get("diagnostic_code"):
        parts.append(f"DC {f['diagnostic_code']}")
    if f.get("rating_percent") is not None:
        parts.append(f"{f['rating_percent']}%")
    if f.get("effective_date"):
        parts.append(f"effective {f['effective_date']}")
    if f["historical"]:
        parts.append("history")
    return esc(", ".join(parts))


def _score(f: dict[str, Any]) -> str:
    score = "" if f["score"] is None else f"{f['score']:.2f}"
    if f.get("low_confidence"):
        # OCR was unsure of the words this finding rests on: send the reviewer to the page.
        conf = f.get("ocr_conf")
        title = f"OCR confidence {conf:.0f}/100: check the page" if conf is not None else ""
        score += f' <span class="lowconf" title="{esc(title)}">check page</span>'
    return score


def _page_cell(f: dict[str, Any]) -> str:
    """The page number, linked to the page view when one was rendered."""
    if not f.get("page_view"):
        return esc(f["page"])
    title = (
        "page image, phrase highlighted"
        if f.get("highlighted")
        else "page image (text-layer page: no word boxes to highlight)"
    )
    mark = "" if f.get("highlighted") else '<span class="muted">*</span>'
    return f'<a href="{esc(f["page_view"])}" title="{title}">{esc(f["page"])}</a>{mark}'


def _review(f: dict[str, Any]) -> str:
    """The reviewer's mark: a rejected finding stays listed but counts for nothing."""
    review = f.get("review")
    if not review:
        return ""
    who = " ".join(p for p in (review["reviewer"], review["decided_at"]) if p)
    note = f": {review['note']}" if review.get("note") else ""
    label = "rejected by reviewer" if review["decision"] == "rejected" else "confirmed"
    return (
        f'<br><span class="review {esc(review["decision"])}" title="{esc(who + note)}">'
        f"{esc(label)}</span>"
    )


def _finding_rows(items: list[dict[str, Any]], with_concept: bool = False) -> list[list[str]]:
    rows = []
    for f in items:
        row = [
            esc(f["date"] or "undated"),
            _document(f),
            _page_cell(f),
            esc(f["assertion"]) + _review(f),
        ]
        if with_concept:
            row = [esc(concept_label(f["concept"])), esc(f["side"]), *row]
        row += [_details(f), _snippet(f), _score(f)]
        rows.append(row)
    return rows


_HEAD = ["Date", "Document", "Page", "Assertion", "Details", "Snippet", "Score"]


def _notes(notes: list[str]) -> str:
    items = "".join(f"<li>{esc(n)}</li>" for n in notes)
    return f'<ul class="notes">{items}</ul>' if items else ""


def _pathways(summary: dict[str, Any]) -> str:
    rows = [
        [
            esc(p["knee"].capitalize()),
            esc(MECHANISM_LABELS.get(p["mechanism"], p["mechanism"])),
            badge(p["status"], p["status"].capitalize()),
            checklist(p["chain"], p["missing"]),
            _notes(p.get("notes", [])),
        ]
        for p in summary["pathways"]
    ]
    return (
        '<section class="pathways"><h2>Pathways: knee secondary to the back condition</h2>\n'
        + table(
            ["Knee", "Mechanism", "Status", "Evidence (☑ documented, ☐ missing)", "Notes"], rows
        )
        + '<p class="muted">Status per knee: supported = mechanism and knee diagnosis both'
        " documented; partial = one of the two; unsupported = neither. Knee pain alone is not a"
        " diagnosis. Radiculopathy loads the knee on the same side; antalgic gait loads the knee"
        " opposite the protected side.</p></section>"
    )


def _primary(primary: dict[str, Any]) -> str:
    cls, label = _SC_BADGE.get(
        primary["service_connected"], ("unknown", "No rating decision found")
    )
    names = ", ".join(primary["conditions"]) or "none named"
    rows = [
        [
            esc(c["date"] or "undated"),
            _document(c),
            esc(c["page"]),
            esc(c["condition"]),
            badge(c["service_connection"], c["service_connection"])
            if c["service_connection"]
            else "",
            esc(f"{c['rating_percent']}%") if c.get("rating_percent") is not None else "",
            _snippet(c),
        ]
        for c in primary["citations"]
    ]
    cites = (
        table(["Date", "Document", "Page", "Condition", "Decision", "Rating", "Snippet"], rows)
        if rows
        else '<p class="empty">No back condition documented.</p>'
    )
    return (
        f"<section><h2>Primary condition (back)</h2>\n<p>{badge(cls, label)} "
        f"Conditions documented: {esc(names)}</p>\n{cites}</section>"
    )


def _timeline(items: list[dict[str, Any]], plot: dict[str, Any] | None) -> str:
    if not items and not plot:
        return ""
    rows = [
        [
            esc(concept_label(t["concept"])),
            esc(t["side"]),
            esc(t["first"] or "undated"),
            esc(t["last"] or "undated"),
            esc("" if t["years"] is None else t["years"]),
            esc(t["n_records"]),
            esc(t["n_mentions"]),
        ]
        for t in items
    ]
    head = [
        "Finding",
        "Side",
        "First documented",
        "Last documented",
        "Years",
        "Records",
        "Mentions",
    ]
    return (
        '<section class="timeline"><h2>Timeline</h2>\n'
        + timeline_svg(plot)
        + (
            "\n<h3>Present findings: first and last documented</h3>\n"
            + table(head, rows, (4, 5, 6))
            if rows
            else ""
        )
        + "</section>"
    )


def _doc_cell(d: dict[str, Any]) -> str:
    kind = f"{doc_type_label(d['doc_type'])}, {d['doc_id']}"
    return f'{esc(d["file_name"] or d["doc_id"])}<br><span class="muted">{esc(kind)}</span>'


def _repeated(records: list[dict[str, Any]]) -> str:
    if not records:
        return ""
    rows = []
    for r in records:
        for c in r["copies"]:
            rows.append(
                [
                    _doc_cell(r["record"]),
                    esc(r["record"]["date"] or "undated"),
                    _doc_cell(c),
                    esc(c["date"] or "undated"),
                    esc(f"{c['pages_matched']} of {c['pages_with_text']}"),
                    esc(f"{c['similarity']:.2f}"),
                ]
            )
    head = ["Record", "Date", "Copy", "Copy dated", "Pages matched", "Similarity"]
    return (
        '<section class="repeats"><h2>Repeated records</h2>\n'
        '<p class="muted">The same record filed more than once (uploaded, faxed, printed again),'
        " found by near-identical page text. Its copies count once in the numbers of records and"
        " years above; findings on a copy are listed with it and marked as a copy.</p>\n"
        + table(head, rows, (4, 5))
        + "</section>"
    )


def _findings(grouped: dict[str, dict[str, list[dict[str, Any]]]]) -> str:
    out = ["<section><h2>Findings for the veteran</h2>"]
    for concept, sides in grouped.items():
        out.append(f"<h3>{esc(concept_label(concept))}</h3>")
        filled = {s: items for s, items in sides.items() if items}
        if not filled:
            out.append('<p class="empty">None documented.</p>')
        for side, items in filled.items():
            out.append(f"<h4>{esc(side)} ({len(items)})</h4>")
            out.append(table(_HEAD, _finding_rows(items), (2, 6)))
    out.append("</section>")
    return "\n".join(out)


def _listing(title: str, cls: str, intro: str, items: list[dict[str, Any]], empty: str) -> str:
    body = (
        table(["Finding", "Side", *_HEAD], _finding_rows(items, with_concept=True), (4, 8))
        if items
        else f'<p class="empty">{esc(empty)}</p>'
    )
    intro_html = f'<p class="muted">{esc(intro)}</p>'
    return f'<section class="{cls}"><h2>{esc(title)}</h2>\n{intro_html}\n{body}</section>'


def _footer(summary: dict[str, Any]) -> str:
    g = summary["generated_from"]
    versions = ", ".join(g["model_versions"]) or "unknown"
    return (
        f"<footer>Model version(s): {esc(versions)} · {esc(g['documents'])} documents,"
        f" {esc(g['pages'])} pages, {esc(g['mentions'])} mentions"
        f" ({esc(g['documents_with_mentions'])} documents with mentions)."
        " Machine-extracted evidence: verify every finding on its cited page (a linked page"
        " number opens the page image with the phrase highlighted; * marks a text-layer page,"
        " which has no word boxes to highlight).</footer>"
    )


def render_html(summary: dict[str, Any]) -> str:
    """The claimant's evidence summary as one HTML document (inline CSS, no scripts)."""
    cid = esc(summary["claimant_id"])
    body = "\n".join(
        [
            f"<header><h1>Evidence summary — claimant {cid}</h1>"
            "<p>Knee condition secondary to a service-connected back condition"
            " (38 CFR 3.310)</p></header>",
            _pathways(summary),
            _primary(summary["primary"]),
            knees_section(summary["knees"]),
            combined_section(summary["combined_rating"]),
            _timeline(summary["timeline"], summary.get("timeline_plot")),
            _findings(summary["findings"]),
            _repeated(summary.get("repeated_records", [])),
            _listing(
                "Evidence against",
                "against",
                "Negated findings and normal exams (e.g. gait normal, no radicular symptoms,"
                " knee exam normal). Listed in full; weigh them against the findings above.",
                summary["evidence_against"],
                "No evidence against was found.",
            ),
            _listing(
                "Family history and other people",
                "others",
                "Mentions about someone other than the veteran. Not evidence for this claim.",
                summary["other_subjects"],
                "None.",
            ),
            _footer(summary),
        ]
    )
    return page(f"Evidence summary — {summary['claimant_id']}", body)
