"""Golden tests: summaries of generated claimants against what the generator knows.

`va_synth` plans each claimant from a scenario (both pathways, back denied, knee pain only,
contralateral gait, ipsilateral radiculopathy, evidence only against) and labels every
finding on its page. Its ground truth carries the pathways by its own implementation of the
rule, so these tests check the whole assembly (sides, bilateral, subjects, decisions) on
realistic mixes of findings, without OCR: the labels stand in for the tagger's mentions.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd
import pytest

import va_synth
from va_core.records import MENTION_COLUMNS
from va_summaries import build_summaries

SEEDS = (0, 1, 2)
N_PER_SEED = len(va_synth.SCENARIOS)  # indices 0..5 of a seed cover every scenario once
OTHER = {"left": "right", "right": "left"}


def _mentions(truth: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The ground truth as the store would hand it over: mention rows and documents."""
    cid = truth["claimant_id"]
    doc_ids = {d["file"]: f"{cid}-d{k}" for k, d in enumerate(truth["documents"])}
    docs = [
        {
            "doc_id": doc_ids[d["file"]],
            "claimant_id": cid,
            "doc_type": d["doc_type"],
            "doc_date": d["date"],
            "page_count": d["pages"],
            "file_name": d["file"],
        }
        for d in truth["documents"]
    ]
    kinds = {d["file"]: d["doc_type"] for d in truth["documents"]}
    rows = []
    for k, f in enumerate(truth["findings"]):
        rows.append(
            {
                "mention_id": k + 1,
                "claimant_id": cid,
                "doc_id": doc_ids[f["document"]],
                "doc_type": kinds[f["document"]],
                "doc_date": f["date"],
                "page_no": f["page"],
                **{key: f[key] for key in ("concept", "assertion", "laterality", "nerve_roots")},
                **{key: f[key] for key in ("knee_dx", "subject", "severity", "historical")},
                "condition": f["condition"],
                "service_connection": f["service_connection"],
                "start": 0,
                "end": len(f["text"]),
                "text": f["text"],
                "snippet": f["text"],
                "score": 1.0,
                "page_source": "ocr",
                "ocr_conf": 90.0,
                "model_version": "ground-truth",
                "diagnostic_code": None,
                "rating_percent": None,
                "effective_date": None,
                "low_confidence": False,
            }
        )
    return rows, docs


@pytest.fixture(scope="module")
def golden() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    truths = [
        va_synth.ground_truth(va_synth.plan_claimant(i, seed))
        for seed in SEEDS
        for i in range(N_PER_SEED)
    ]
    # Claimant ids repeat across seeds; make them unique so one pass builds them all.
    for t in truths:
        t["claimant_id"] = f"S{t['seed']}-{t['claimant_id']}"
    rows, docs = [], []
    for t in truths:
        r, d = _mentions(t)
        rows += r
        docs += d
    frame = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
    summaries = {s["claimant_id"]: s for s in build_summaries(frame, pd.DataFrame(docs))}
    return [(t, summaries[t["claimant_id"]]) for t in truths]


def _statuses(items: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    return {(p["knee"], p["mechanism"]): p["status"] for p in items}


def _side_of(truth: dict[str, Any], concept: str) -> str:
    sides = {
        f["laterality"]
        for f in truth["findings"]
        if f["concept"] == concept and f["assertion"] == "present" and f["subject"] == "veteran"
    }
    sides.discard("unspecified")
    (side,) = sides
    return side


def _of(golden: list, scenario: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    found = [(t, s) for t, s in golden if t["scenario"] == scenario]
    assert len(found) == len(SEEDS)
    return found


def test_every_scenario_is_covered(golden: list) -> None:
    assert {t["scenario"] for t, _ in golden} == set(va_synth.SCENARIOS)


def test_pathways_and_service_connection_match_the_ground_truth(golden: list) -> None:
    for truth, summary in golden:
        assert _statuses(summary["pathways"]) == _statuses(truth["pathways"]), truth["claimant_id"]
        assert summary["primary"]["service_connected"] is truth["service_connected_back"]


def test_both_pathways_at_once(golden: list) -> None:
    for truth, summary in _of(golden, "both_pathways"):
        radic, gait = _side_of(truth, "radiculopathy"), _side_of(truth, "antalgic_gait")
        supported = {k for k, v in _statuses(summary["pathways"]).items() if v == "supported"}
        # Radiculopathy loads the knee on its side; the gait loads the knee it does not favour.
        assert supported == {(radic, "radiculopathy"), (OTHER[gait], "antalgic_gait")}
        for p in summary["pathways"]:
            if p["status"] == "supported":
                assert p["missing"] == [] and len(p["chain"]) >= 3  # back, mechanism, knee
        assert all(summary["knees"][side]["diagnoses"] for side in ("left", "right"))


def test_no_service_connected_back(golden: list) -> None:
    for _, summary in _of(golden, "back_denied"):
        assert summary["primary"]["service_connected"] is False
        assert summary["primary"]["denied_conditions"]
        for p in summary["pathways"]:
            assert "primary condition not service-connected" in p["missing"]
            assert not any("service-connected" in step for step in p["chain"])
        assert summary["combined_rating"]["current"] is None


def test_no_knee_diagnosis(golden: list) -> None:
    for truth, summary in _of(golden, "knee_pain_only"):
        assert all(not summary["knees"][s]["diagnoses"] for s in ("left", "right"))
        assert all(p["status"] != "supported" for p in summary["pathways"])
        radic = _side_of(truth, "radiculopathy")
        ipsi = next(
            p
            for p in summary["pathways"]
            if p["knee"] == radic and p["mechanism"] == "radiculopathy"
        )
        assert ipsi["status"] == "partial"
        assert f"no knee diagnosis on the {radic}" in ipsi["missing"]
        assert any("pain documented without a diagnosis" in n for n in ipsi["notes"])
        assert summary["combined_rating"]["if_granted"]["both"] is None


def test_evidence_only_against(golden: list) -> None:
    for truth, summary in _of(golden, "evidence_against"):
        assert set(_statuses(summary["pathways"]).values()) == {"unsupported"}
        negated = [
            f
            for f in truth["findings"]
            if f["assertion"] == "negated" and f["subject"] == "veteran"
        ]
        assert len(summary["evidence_against"]) == len(negated) > 0
        concepts = {f["concept"] for f in summary["evidence_against"]}
        assert {"antalgic_gait", "radiculopathy"} <= concepts


def test_single_mechanism_scenarios(golden: list) -> None:
    for truth, summary in _of(golden, "gait_contralateral"):
        gait = _side_of(truth, "antalgic_gait")
        assert _statuses(summary["pathways"])[(OTHER[gait], "antalgic_gait")] == "supported"
    for truth, summary in _of(golden, "radiculopathy_ipsilateral"):
        radic = _side_of(truth, "radiculopathy")
        assert _statuses(summary["pathways"])[(radic, "radiculopathy")] == "supported"


def test_current_combined_rating_is_the_granted_decision(golden: list) -> None:
    seen = 0
    for truth, summary in golden:
        granted = [f for f in truth["findings"] if f["service_connection"] == "granted"]
        if not granted:
            continue
        stated = int(re.search(r"(\d+) percent", granted[-1]["text"]).group(1))
        current = summary["combined_rating"]["current"]
        assert current["ratings"][0]["percent"] == stated
        assert current["combined"] == (stated + 5) // 10 * 10
        seen += 1
    assert seen >= len(SEEDS) * (len(va_synth.SCENARIOS) - 1)
