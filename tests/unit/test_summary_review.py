"""Reviewer decisions: shown on each finding; a rejected one stays visible and stops counting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from tests.unit.test_summaries import (
    CID,
    assert_plain_json,
    documents,
    frame,
    knee,
    m,
    pathway,
    radic_right,
    sc,
)
from va_summaries import build_summary, render_html


def keyed(row: dict[str, Any], key: str) -> dict[str, Any]:
    return row | {"finding_key": key}


def decisions(*items: tuple[str, str], note: str | None = None) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "finding_key": key,
                "claimant_id": CID,
                "decision": decision,
                "reviewer": "dr-a",
                "note": note,
                "decided_at": pd.Timestamp("2026-11-20 10:00", tz="UTC"),
            }
            for key, decision in items
        ]
    )


def _rows() -> list[dict[str, Any]]:
    return [
        keyed(sc(), "k-sc"),
        keyed(radic_right(), "k-radic"),
        keyed(knee("right", "osteoarthritis", "degenerative joint disease"), "k-knee"),
    ]


def test_rejected_mechanism_stops_supporting_but_stays_listed() -> None:
    before = build_summary(CID, frame(_rows()), documents())
    assert pathway(before, "right", "radiculopathy")["status"] == "supported"
    s = build_summary(
        CID, frame(_rows()), documents(), decisions=decisions(("k-radic", "rejected"))
    )
    right = pathway(s, "right", "radiculopathy")
    assert right["status"] == "partial"
    assert "no radiculopathy documented on the right" in right["missing"]
    assert "rejected by the reviewer, not counted: 1 record" in right["notes"]
    (radic,) = s["findings"]["radiculopathy"]["right"]
    assert radic["review"] == {
        "decision": "rejected",
        "reviewer": "dr-a",
        "decided_at": "2026-11-20",
        "note": None,
    }
    assert all(t["concept"] != "radiculopathy" for t in s["timeline"])
    assert "rejected by reviewer" in render_html(s)
    assert_plain_json(s)
    json.dumps(s, allow_nan=False)


def test_rejected_knee_diagnosis_leaves_the_knee_and_its_rating() -> None:
    s = build_summary(
        CID,
        frame(_rows()),
        documents(),
        decisions=decisions(("k-knee", "rejected"), ("k-radic", "confirmed")),
    )
    assert s["knees"]["right"]["diagnoses"] == []
    assert s["knees"]["right"]["suggested_rating"]["percent"] is None
    right = pathway(s, "right", "radiculopathy")
    assert right["status"] == "partial" and "no knee diagnosis on the right" in right["missing"]
    (radic,) = s["findings"]["radiculopathy"]["right"]
    assert radic["review"]["decision"] == "confirmed"
    html = render_html(s)
    assert 'class="review confirmed"' in html and 'class="review rejected"' in html


def test_rejected_grant_is_not_service_connection() -> None:
    s = build_summary(CID, frame(_rows()), documents(), decisions=decisions(("k-sc", "rejected")))
    assert s["primary"]["service_connected"] is None
    assert (
        "no rating decision on the back condition"
        in pathway(s, "right", "radiculopathy")["missing"]
    )


def test_rejected_evidence_against_leaves_the_notes_and_plot() -> None:
    against = keyed(
        m("radiculopathy", "radiculopathy", "No radiculopathy.", assertion="negated"), "k-neg"
    )
    rows = [*_rows(), against]
    kept = build_summary(CID, frame(rows), documents())
    assert any(
        "evidence against radiculopathy" in n
        for n in pathway(kept, "right", "radiculopathy")["notes"]
    )
    s = build_summary(CID, frame(rows), documents(), decisions=decisions(("k-neg", "rejected")))
    assert not any(
        "evidence against radiculopathy" in n for n in pathway(s, "right", "radiculopathy")["notes"]
    )
    assert [f["review"]["decision"] for f in s["evidence_against"]] == ["rejected"]
    lanes = s["timeline_plot"]["lanes"]
    assert all(not lane["against"] for lane in lanes)


def test_notes_are_ssn_masked() -> None:
    s = build_summary(
        CID,
        frame(_rows()),
        documents(),
        decisions=decisions(("k-radic", "rejected"), note="wrong veteran 123-45-6789"),
    )
    (radic,) = s["findings"]["radiculopathy"]["right"]
    assert "123-45-6789" not in radic["review"]["note"] and "6789" in radic["review"]["note"]


def test_decisions_recorded_in_the_store_reach_the_written_summary(tmp_path: Path) -> None:
    from va_core.records import Mention, PageMention, PageText
    from va_core.store import DocumentRow, Store
    from va_pipeline.summarise import summarise_claimants

    store = Store.open(f"sqlite:///{tmp_path / 'store.sqlite'}")
    radic = Mention("radiculopathy", "present", "right", 0, 13, "radiculopathy")
    oa = Mention(
        "knee_condition", "present", "right", 20, 34, "osteoarthritis", knee_dx="osteoarthritis"
    )
    store.register_document(
        DocumentRow("d1", CID, "a" * 64, "x.pdf", "/x.pdf", "pdf", 1, "registered")
    )
    store.save_document_results(
        "d1",
        claimant_id=CID,
        page_texts=[PageText(1, "radiculopathy; osteoarthritis", "text_layer")],
        page_mentions=[PageMention(1, radic, radic.text), PageMention(1, oa, oa.text)],
        ocr_keys={},
        doc_type="cp_exam",
        doc_date="2020-05-01",
        model_version="test-1",
    )
    mentions = store.mentions_frame([CID])
    key = mentions.loc[mentions["concept"] == "radiculopathy", "finding_key"].item()
    assert isinstance(key, str) and len(key) == 40
    out = tmp_path / "summaries"
    summarise_claimants(store, out, [CID])
    first = json.loads((out / f"{CID}.json").read_text(encoding="utf-8"))
    store.record_decision(key, claimant_id=CID, decision="rejected", reviewer="dr-b")
    summarise_claimants(store, out, [CID])
    store.close()
    second = json.loads((out / f"{CID}.json").read_text(encoding="utf-8"))
    assert pathway(first, "right", "radiculopathy")["status"] == "supported"
    assert pathway(second, "right", "radiculopathy")["status"] == "partial"
    (finding,) = second["findings"]["radiculopathy"]["right"]
    assert finding["finding_key"] == key and finding["review"]["reviewer"] == "dr-b"
