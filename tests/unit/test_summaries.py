"""va_summaries: summary JSON, pathway status, HTML safety and atomic writes."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from va_core.records import CONCEPTS, LATERALITIES, MENTION_COLUMNS
from va_summaries import build_summaries, build_summary, render_html, write_index, write_summary
from va_summaries.labels import CONCEPT_ORDER, SIDE_ORDER

CID = "C001"
DOCS = [
    ("D1", "rating_decision", "2018-05-01", 3, "2018-05-01_rating_decision.pdf"),
    ("D2", "cp_exam", "2019-03-02", 4, "2019-03-02_cp_back_dbq.pdf"),
    ("D3", "imaging", "2020-01-15", 1, "2020-01-15_xray_knees.pdf"),
    ("D4", "treatment_note", "2021-06-01", 2, "2021-06-01_pcp.pdf"),
    ("D5", "treatment_note", None, 1, "undated_note.pdf"),
]
_DATES = {d[0]: d[2] for d in DOCS}
_TYPES = {d[0]: d[1] for d in DOCS}
_ids = iter(range(1, 1_000_000))


def m(
    concept: str,
    text: str,
    snippet: str | None = None,
    *,
    doc: str = "D2",
    assertion: str = "present",
    laterality: str = "unspecified",
    **extra: Any,
) -> dict[str, Any]:
    """One mentions-table row with contract defaults."""
    snippet = snippet if snippet is not None else f"Assessment: {text}."
    row: dict[str, Any] = {
        "mention_id": next(_ids),
        "claimant_id": CID,
        "doc_id": doc,
        "doc_type": _TYPES[doc],
        "doc_date": _DATES[doc],
        "page_no": 2,
        "concept": concept,
        "assertion": assertion,
        "laterality": laterality,
        "nerve_roots": [],
        "knee_dx": None,
        "subject": "veteran",
        "severity": None,
        "historical": False,
        "condition": None,
        "service_connection": None,
        "start": 100 + snippet.find(text),
        "end": 100 + snippet.find(text) + len(text),
        "text": text,
        "snippet": snippet,
        "score": 0.9,
        "page_source": "ocr",
        "ocr_conf": 88.5,
        "model_version": "rules-1.0",
        "diagnostic_code": None,
        "rating_percent": None,
        "effective_date": None,
        "low_confidence": False,
    }
    row.update(extra)
    return row


def frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(MENTION_COLUMNS))


def documents() -> pd.DataFrame:
    return pd.DataFrame(
        [(d[0], CID, d[1], d[2], d[3], d[4]) for d in DOCS],
        columns=["doc_id", "claimant_id", "doc_type", "doc_date", "page_count", "file_name"],
    )


def sc(decision: str = "granted") -> dict[str, Any]:
    return m(
        "back_condition",
        "lumbosacral strain",
        f"Service connection for lumbosacral strain is {decision}, evaluated at 20 percent.",
        doc="D1",
        condition="lumbosacral strain",
        service_connection=decision,
        page_no=1,
    )


def radic_right() -> dict[str, Any]:
    return m(
        "radiculopathy",
        "L4 radiculopathy",
        "Right L4 radiculopathy, moderate.",
        laterality="right",
        nerve_roots=["L4", "L5"],
        severity="moderate",
    )


def gait_right(doc: str = "D2") -> dict[str, Any]:
    return m(
        "antalgic_gait",
        "antalgic gait",
        "Gait: antalgic gait, favoring the right lower extremity.",
        laterality="right",
        doc=doc,
    )


def knee(side: str, dx: str, text: str, doc: str = "D3", **kw: Any) -> dict[str, Any]:
    return m(
        "knee_condition",
        text,
        f"X-ray: {text} of the {side} knee.",
        doc=doc,
        laterality=side,
        knee_dx=dx,
        **kw,
    )


def pathway(summary: dict[str, Any], knee_side: str, mechanism: str) -> dict[str, Any]:
    (hit,) = [
        p for p in summary["pathways"] if p["knee"] == knee_side and p["mechanism"] == mechanism
    ]
    return hit


def statuses(summary: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(p["knee"], p["mechanism"]): p["status"] for p in summary["pathways"]}


def assert_plain_json(value: Any) -> None:
    """Only dict/list/str/int/float/bool/None, no NaN, no numpy scalars."""
    if isinstance(value, dict):
        assert all(isinstance(k, str) for k in value)
        for v in value.values():
            assert_plain_json(v)
    elif isinstance(value, list):
        for v in value:
            assert_plain_json(v)
    else:
        assert value is None or type(value) in (str, int, float, bool), type(value)
        if type(value) is float:
            assert value == value


def test_both_pathways_supported() -> None:
    rows = [
        sc(),
        radic_right(),
        knee("right", "osteoarthritis", "degenerative joint disease"),
        gait_right(),
        gait_right(doc="D4"),
        knee("left", "meniscal_tear", "medial meniscal tear", doc="D4"),
    ]
    s = build_summary(CID, frame(rows), documents())
    assert s["primary"]["service_connected"] is True
    assert s["primary"]["conditions"] == ["lumbosacral strain"]
    assert s["primary"]["citations"][0]["rating_percent"] == 20
    assert statuses(s) == {
        ("left", "radiculopathy"): "partial",
        ("left", "antalgic_gait"): "supported",
        ("right", "radiculopathy"): "supported",
        ("right", "antalgic_gait"): "partial",
    }
    right = pathway(s, "right", "radiculopathy")
    assert right["missing"] == []
    assert "Right L4-L5 radiculopathy, moderate — 2019-03-02 C&P exam p.2" in right["chain"]
    assert right["chain"][0].startswith("Lumbosacral strain service-connected, 20%")
    left_gait = pathway(s, "left", "antalgic_gait")
    assert any("favouring the right" in c and "first of 2 records" in c for c in left_gait["chain"])
    assert any("Left knee meniscal tear" in c for c in left_gait["chain"])
    assert pathway(s, "left", "radiculopathy")["missing"] == [
        "no radiculopathy documented on the left"
    ]
    assert pathway(s, "right", "antalgic_gait")["missing"] == [
        "no antalgic gait favouring the left (opposite) side"
    ]
    finding = s["findings"]["radiculopathy"]["right"][0]
    assert finding["document"] == {"file_name": "2019-03-02_cp_back_dbq.pdf", "doc_id": "D2"}
    assert finding["nerve_roots"] == ["L4", "L5"] and finding["severity"] == "moderate"
    assert finding["snippet"][finding["span_start"] : finding["span_end"]] == "L4 radiculopathy"
    assert s["generated_from"]["model_versions"] == ["rules-1.0"]
    assert s["generated_from"]["documents"] == 5 and s["generated_from"]["pages"] == 11
    assert s["generated_from"]["mentions"] == 6


def test_bilateral_radiculopathy_counts_for_both_knees() -> None:
    rows = [
        sc(),
        m("radiculopathy", "radiculopathy", laterality="bilateral"),
        knee("bilateral", "osteoarthritis", "osteoarthritis"),
    ]
    s = build_summary(CID, frame(rows), documents())
    assert pathway(s, "left", "radiculopathy")["status"] == "supported"
    assert pathway(s, "right", "radiculopathy")["status"] == "supported"
    assert pathway(s, "left", "antalgic_gait")["status"] == "partial"


def test_back_service_connection_denied() -> None:
    rows = [sc("denied"), radic_right(), knee("right", "osteoarthritis", "DJD")]
    s = build_summary(CID, frame(rows), documents())
    assert s["primary"]["service_connected"] is False
    assert s["primary"]["denied_conditions"] == ["lumbosacral strain"]
    right = pathway(s, "right", "radiculopathy")
    assert right["status"] == "supported"  # the rule is about mechanism + knee diagnosis only
    assert "primary condition not service-connected" in right["missing"]
    assert all("service-connected" not in c for c in right["chain"])


def test_no_rating_decision_is_null() -> None:
    rows = [m("back_condition", "chronic low back pain", condition="chronic low back pain")]
    s = build_summary(CID, frame(rows), documents())
    assert s["primary"]["service_connected"] is None
    assert s["primary"]["conditions"] == ["chronic low back pain"]
    assert (
        "no rating decision on the back condition" in pathway(s, "left", "radiculopathy")["missing"]
    )


def test_knee_pain_only_is_not_a_diagnosis() -> None:
    rows = [
        sc(),
        radic_right(),
        knee("right", "pain_only", "knee pain"),
        knee("left", "pain_only", "knee pain"),
    ]
    s = build_summary(CID, frame(rows), documents())
    assert statuses(s) == {
        ("left", "radiculopathy"): "unsupported",
        ("left", "antalgic_gait"): "unsupported",
        ("right", "radiculopathy"): "partial",
        ("right", "antalgic_gait"): "unsupported",
    }
    right = pathway(s, "right", "radiculopathy")
    assert "no knee diagnosis on the right" in right["missing"]
    assert any("pain documented without a diagnosis" in n for n in right["notes"])
    assert len(s["findings"]["knee_condition"]["right"]) == 1  # still shown as a finding


def test_possible_findings_do_not_count() -> None:
    rows = [
        sc(),
        m("radiculopathy", "straight leg raise", assertion="possible", laterality="left"),
        knee("left", "meniscal_tear", "meniscal tear", assertion="possible"),
    ]
    s = build_summary(CID, frame(rows), documents())
    assert pathway(s, "left", "radiculopathy")["status"] == "unsupported"
    assert len(s["findings"]["radiculopathy"]["left"]) == 1
    assert s["evidence_against"] == []


def test_evidence_only_against() -> None:
    rows = [
        sc(),
        m("antalgic_gait", "Gait normal", "Gait normal, no limp.", assertion="negated"),
        m("radiculopathy", "radiating pain", "Denies radiating pain.", assertion="negated"),
        m(
            "knee_condition",
            "knee exam normal",
            "Left knee exam normal.",
            assertion="negated",
            laterality="left",
        ),
    ]
    s = build_summary(CID, frame(rows), documents())
    assert set(statuses(s).values()) == {"unsupported"}
    assert len(s["evidence_against"]) == 3
    assert {f["concept"] for f in s["evidence_against"]} == {
        "antalgic_gait",
        "radiculopathy",
        "knee_condition",
    }
    assert all(f["assertion"] == "negated" for f in s["evidence_against"])
    assert all(
        items == []
        for c in ("radiculopathy", "antalgic_gait", "knee_condition")
        for items in s["findings"][c].values()
    )
    assert any("evidence against" in n for n in pathway(s, "left", "radiculopathy")["notes"])
    html = render_html(s)
    against = html[html.index("<h2>Evidence against</h2>") :]
    assert "Denies <mark>radiating pain</mark>" in against and "<mark>Gait normal</mark>" in against


def test_family_history_does_not_count() -> None:
    rows = [
        sc(),
        radic_right(),
        m(
            "knee_condition",
            "knee arthritis",
            "Mother has right knee arthritis.",
            subject="other",
            laterality="right",
            knee_dx="osteoarthritis",
        ),
        m(
            "antalgic_gait",
            "limp",
            "His wife's limp favoring the left.",
            subject="other",
            laterality="left",
        ),
    ]
    s = build_summary(CID, frame(rows), documents())
    assert statuses(s)[("right", "radiculopathy")] == "partial"
    assert statuses(s)[("right", "antalgic_gait")] == "unsupported"
    assert s["findings"]["knee_condition"]["right"] == []
    assert [f["subject"] for f in s["other_subjects"]] == ["other", "other"]
    html = render_html(s)
    others = html[html.index("<h2>Family history") :]
    assert "Mother has right <mark>knee arthritis</mark>" in others


def test_findings_shape_and_chronology() -> None:
    rows = [
        gait_right(doc="D5"),  # undated: last
        gait_right(doc="D4"),
        gait_right(doc="D2"),
    ]
    s = build_summary(CID, frame(rows), documents())
    assert list(s["findings"]) == list(CONCEPT_ORDER)
    assert all(list(sides) == list(SIDE_ORDER) for sides in s["findings"].values())
    dates = [f["date"] for f in s["findings"]["antalgic_gait"]["right"]]
    assert dates == ["2019-03-02", "2021-06-01", None]
    (tl,) = s["timeline"]
    assert tl["concept"] == "antalgic_gait" and tl["side"] == "right"
    assert (tl["first"], tl["last"], tl["n_documents"], tl["n_undated"]) == (
        "2019-03-02",
        "2021-06-01",
        3,
        1,
    )
    assert tl["years"] == 2.3  # 822 days


def test_other_claimants_rows_are_ignored() -> None:
    other = radic_right() | {"claimant_id": "C999"}
    s = build_summary(CID, frame([other]), documents())
    assert s["generated_from"]["mentions"] == 0
    assert set(statuses(s).values()) == {"unsupported"}


def test_empty_claimant() -> None:
    s = build_summary(CID, frame([]), documents().iloc[0:0])
    assert len(s["pathways"]) == 4 and set(statuses(s).values()) == {"unsupported"}
    assert s["primary"]["service_connected"] is None
    assert s["timeline"] == [] and s["evidence_against"] == []
    json.dumps(s, allow_nan=False)
    assert "Evidence summary" in render_html(s)


def test_missing_column_is_an_error() -> None:
    with pytest.raises(ValueError, match="lacks columns"):
        build_summary(CID, frame([radic_right()]).drop(columns=["snippet"]), documents())


SSN = "123-45-6789"


def ssn_summary() -> dict[str, Any]:
    rows = [
        sc(),
        m("radiculopathy", "sciatica", f"SSN {SSN}: sciatica on the right.", laterality="right"),
        m(
            "back_condition",
            "lumbar strain",
            "Social Security Number: 987654321 lumbar strain.",
            condition="lumbar strain",
        ),
    ]
    docs = documents()
    docs.loc[docs["doc_id"] == "D2", "file_name"] = f"exam_{SSN}.pdf"
    return build_summary(CID, frame(rows), docs)


def test_ssn_masked_in_json_and_html() -> None:
    s = ssn_summary()
    text = json.dumps(s)
    html = render_html(s)
    for out in (text, html):
        assert SSN not in out and "123 45 6789" not in out and "987654321" not in out
        assert "***-**-6789" in out and "***-**-4321" in out
    f = s["findings"]["radiculopathy"]["right"][0]
    assert f["snippet"][f["span_start"] : f["span_end"]] == "sciatica"  # span after masking


def test_html_escapes_script_snippet() -> None:
    evil = '<script>alert("x")</script> antalgic gait & more'
    rows = [m("antalgic_gait", "antalgic gait", evil, laterality="left")]
    docs = documents()
    docs.loc[docs["doc_id"] == "D2", "file_name"] = "<img src=x onerror=alert(1)>.pdf"
    html = render_html(build_summary(CID, frame(rows), docs))
    assert "<script" not in html.lower()
    assert "<img" not in html
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>antalgic gait</mark> &amp; more"
        in html
    )


def test_html_layout() -> None:
    rows = [sc(), radic_right(), knee("right", "osteoarthritis", "degenerative joint disease")]
    html = render_html(build_summary(CID, frame(rows), documents()))
    order = [
        html.index(h)
        for h in (
            "<h1>",
            "Pathways:",
            "Primary condition",
            "Findings for",
            "Evidence against",
            "Family history",
            "<footer>",
        )
    ]
    assert order == sorted(order)
    assert "@media print" in html and 'class="badge supported"' in html
    assert "<mark>L4 radiculopathy</mark>" in html
    assert "rules-1.0" in html[html.index("<footer>") :]
    assert "http://" not in html and "https://" not in html and "<link" not in html


def test_json_round_trips_and_is_plain() -> None:
    rows = [
        sc(),
        radic_right() | {"score": float("nan"), "ocr_conf": None, "page_no": 3},
        knee("left", "osteoarthritis", "OA", historical=True),
        gait_right(doc="D5"),
        m("knee_condition", "knee exam normal", assertion="negated", severity=float("nan")),
    ]
    s = build_summary(CID, frame(rows), documents())
    assert_plain_json(s)
    text = json.dumps(s, allow_nan=False)
    assert json.loads(text) == s
    f = s["findings"]["radiculopathy"]["right"][0]
    assert f["score"] is None and f["ocr_conf"] is None and f["page"] == 3


def test_write_summary_atomic(tmp_path: Path) -> None:
    s = build_summary(CID, frame([sc(), radic_right()]), documents())
    out = tmp_path / "out"
    json_path, html_path = write_summary(out, s)
    assert (json_path, html_path) == (out / "C001.json", out / "C001.html")
    assert json.loads(json_path.read_text(encoding="utf-8")) == s
    assert html_path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    write_summary(out, s)  # overwrite in place
    index = write_index(out, [s])
    assert index == out / "index.html"
    assert 'href="C001.html"' in index.read_text(encoding="utf-8")
    assert sorted(p.name for p in out.iterdir()) == ["C001.html", "C001.json", "index.html"]


def test_write_summary_failure_leaves_no_temp_file(tmp_path: Path) -> None:
    s = build_summary(CID, frame([radic_right()]), documents())
    s["findings"]["radiculopathy"]["right"][0]["score"] = float("nan")
    with pytest.raises(ValueError):
        write_summary(tmp_path, s)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("bad", ["../x", "a/b", SSN, "", ".hidden"])
def test_write_summary_refuses_unsafe_ids(tmp_path: Path, bad: str) -> None:
    s = build_summary(CID, frame([]), documents()) | {"claimant_id": bad}
    with pytest.raises(ValueError):
        write_summary(tmp_path, s)
    assert list(tmp_path.iterdir()) == []


def test_build_summaries_splits_by_claimant() -> None:
    rows = [radic_right(), radic_right() | {"claimant_id": "C002"}]
    docs = pd.concat([documents(), documents().assign(claimant_id="C002")])
    out = build_summaries(frame(rows), docs)
    assert [s["claimant_id"] for s in out] == ["C001", "C002"]
    assert [s["generated_from"]["mentions"] for s in out] == [1, 1]
    assert out[0] == build_summary(CID, frame(rows), docs)


def test_label_orders_cover_the_vocabulary() -> None:
    assert sorted(CONCEPT_ORDER) == sorted(CONCEPTS)
    assert sorted(SIDE_ORDER) == sorted(LATERALITIES)


def _rule(rows: list[dict[str, Any]], knee_side: str, mechanism: str) -> str:
    """docs/ANNOTATION.md "Pathways", written out row by row as an independent oracle."""
    vet = [r for r in rows if r["subject"] == "veteran" and r["assertion"] == "present"]
    opposite = {"left": "right", "right": "left"}[knee_side]
    dx = any(
        r["concept"] == "knee_condition"
        and r["knee_dx"] != "pain_only"
        and r["laterality"] in (knee_side, "bilateral")
        for r in vet
    )
    sides = (knee_side, "bilateral") if mechanism == "radiculopathy" else (opposite,)
    mech = any(r["concept"] == mechanism and r["laterality"] in sides for r in vet)
    return "supported" if mech and dx else "partial" if mech or dx else "unsupported"


def test_pathway_status_matches_the_rule_on_random_claimants() -> None:
    rng = random.Random(7)
    rows = []
    for c in range(120):
        for _ in range(rng.randint(0, 12)):
            concept = rng.choice(CONCEPTS)
            rows.append(
                m(
                    concept,
                    "finding",
                    doc=rng.choice(["D1", "D2", "D3", "D4", "D5"]),
                    assertion=rng.choice(["present", "present", "negated", "possible"]),
                    laterality=rng.choice(LATERALITIES),
                    subject=rng.choice(["veteran", "veteran", "veteran", "other"]),
                    knee_dx=rng.choice(["osteoarthritis", "pain_only", "meniscal_tear"])
                    if concept == "knee_condition"
                    else None,
                    claimant_id=f"R{c:03d}",
                )
            )
    docs = pd.concat([documents().assign(claimant_id=f"R{c:03d}") for c in range(120)])
    summaries = build_summaries(frame(rows), docs)
    assert len(summaries) == 120
    seen = set()
    for s in summaries:
        mine = [r for r in rows if r["claimant_id"] == s["claimant_id"]]
        for (knee_side, mechanism), status in statuses(s).items():
            assert status == _rule(mine, knee_side, mechanism), (s["claimant_id"], knee_side)
            seen.add(status)
        n = sum(len(v) for sides in s["findings"].values() for v in sides.values())
        assert n + len(s["evidence_against"]) + len(s["other_subjects"]) == len(mine)
    assert seen == {"supported", "partial", "unsupported"}
    one = summaries[5]
    assert one == build_summary(one["claimant_id"], frame(rows), docs)


def test_interrupted_write_keeps_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import va_core.atomicio as atomicio

    old = build_summary(CID, frame([radic_right()]), documents())
    _, html_path = write_summary(tmp_path, old)
    before = html_path.read_text(encoding="utf-8")
    real_replace = atomicio.os.replace

    def replace(src: str, dst: Any) -> None:
        if str(dst).endswith(".html"):
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr(atomicio.os, "replace", replace)
    new = build_summary(CID, frame([radic_right(), gait_right()]), documents())
    with pytest.raises(OSError):
        write_summary(tmp_path, new)
    assert html_path.read_text(encoding="utf-8") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["C001.html", "C001.json"]


def test_low_confidence_findings_send_the_reviewer_to_the_page() -> None:
    row = gait_right()
    row.update(low_confidence=True, ocr_conf=41.0)
    summary = build_summary(CID, frame([row]), documents())
    (finding,) = summary["findings"]["antalgic_gait"]["right"]
    assert finding["low_confidence"] is True
    assert "check page" in render_html(summary)
    row.update(low_confidence=False)
    assert "check page" not in render_html(build_summary(CID, frame([row]), documents()))


def test_rating_facts_are_shown() -> None:
    row = sc()
    row.update(diagnostic_code="5237", rating_percent=20, effective_date="2015-03-01")
    summary = build_summary(CID, frame([row]), documents())
    html = render_html(summary)
    assert "DC 5237" in html and "20%" in html and "effective 2015-03-01" in html


def test_a_span_that_crosses_a_line_break_is_still_highlighted() -> None:
    row = m(
        "radiculopathy",
        "pain radiating down\nthe right leg",
        "Reports pain radiating down the right leg to the foot.",
        laterality="right",
    )
    summary = build_summary(CID, frame([row]), documents())
    (finding,) = summary["findings"]["radiculopathy"]["right"]
    assert (finding["span_start"], finding["span_end"]) == (8, 41)
    assert "<mark>pain radiating down the right leg</mark>" in render_html(summary)
