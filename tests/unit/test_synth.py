"""va_synth: deterministic synthetic claimant files, ground truth per docs/ANNOTATION.md."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

import va_synth
from va_core import records
from va_synth.filler import LOOKALIKES

SEED = 0  # claimants 1-2: both_pathways, back_denied
MAX_PAGES = 8
FINDING_KEYS = {
    "concept",
    "assertion",
    "laterality",
    "nerve_roots",
    "knee_dx",
    "subject",
    "document",
    "page",
    "date",
    "text",
}


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("synth")
    seen: list[int] = []
    dirs = va_synth.generate(2, SEED, root / "a", max_pages=MAX_PAGES, progress=seen.append)
    assert [d.name for d in dirs] == ["C001", "C002"] and seen == [1, 2]
    return root


@pytest.fixture(scope="module")
def truths(out: Path) -> list[tuple[Path, dict]]:
    return [
        (p.parent, json.loads(p.read_text()))
        for p in sorted((out / "a").glob("C*/ground_truth.json"))
    ]


def _pages_in_file(path: Path) -> int:
    if path.suffix == ".tif":
        with Image.open(path) as im:
            return im.n_frames
    return len(PdfReader(path).pages)


def test_deterministic(out: Path) -> None:
    va_synth.generate(2, SEED, out / "b", max_pages=MAX_PAGES)
    a, b = _files(out / "a"), _files(out / "b")
    assert a.keys() == b.keys() and len(a) > 6
    assert all(a[k] == b[k] for k in a), [k for k in a if a[k] != b[k]]


def test_schema_and_vocabulary(truths: list[tuple[Path, dict]]) -> None:
    for folder, gt in truths:
        assert gt["claimant_id"] == folder.name and gt["seed"] == SEED
        assert isinstance(gt["service_connected_back"], bool)
        names = [d["file"] for d in gt["documents"]]
        assert len(names) == len(set(names)) and sorted(p.name for p in folder.iterdir()) == sorted(
            [*names, "ground_truth.json"]
        )
        for d in gt["documents"]:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}_[a-z_0-9]+\.(pdf|tif)", d["file"])
            assert d["file"].startswith(d["date"]) and date.fromisoformat(d["date"])
            assert d["doc_type"] in records.DOC_TYPES
            assert d["format"] in ("scanned_pdf", "digital_pdf", "tiff")
            assert (d["format"] == "tiff") == d["file"].endswith(".tif")
            assert d["pages"] == _pages_in_file(folder / d["file"])
        assert sum(d["pages"] for d in gt["documents"]) <= MAX_PAGES
        for f in gt["findings"]:
            assert f.keys() >= FINDING_KEYS
            assert f["concept"] in records.CONCEPTS and f["assertion"] in records.ASSERTIONS
            assert f["laterality"] in records.LATERALITIES and f["subject"] in records.SUBJECTS
            assert all(r in records.NERVE_ROOTS for r in f["nerve_roots"])
            assert f["knee_dx"] is None or f["knee_dx"] in records.KNEE_DX
            assert (f["knee_dx"] is None) or f["concept"] == "knee_condition"
            assert f["concept"] != "knee_condition" or f["knee_dx"] or f["assertion"] == "negated"
            assert f["severity"] is None or f["severity"] in records.SEVERITIES
            assert f["service_connection"] in (None, *records.SERVICE_CONNECTION)
            assert f["text"] and f["text"] == " ".join(f["text"].split())


def test_pages_and_dates_match_documents(truths: list[tuple[Path, dict]]) -> None:
    for _, gt in truths:
        docs = {d["file"]: d for d in gt["documents"]}
        for f in gt["findings"]:
            d = docs[f["document"]]
            assert 1 <= f["page"] <= d["pages"] and f["date"] == d["date"]


def test_digital_text_layer_holds_findings_and_sentinel(truths: list[tuple[Path, dict]]) -> None:
    checked = 0
    for folder, gt in truths:
        for d in (d for d in gt["documents"] if d["format"] == "digital_pdf"):
            pages = [
                " ".join(p.extract_text().split()) for p in PdfReader(folder / d["file"]).pages
            ]
            assert all(va_synth.SENTINEL in p for p in pages)
            for f in (f for f in gt["findings"] if f["document"] == d["file"]):
                assert f["text"] in pages[f["page"] - 1], f["text"]
                checked += 1
    assert checked > 0


def test_lookalikes_and_unchecked_items_are_not_findings(truths: list[tuple[Path, dict]]) -> None:
    bad = re.compile(
        r"(?i)gait training|gait belt|reflex|\bhip\b|shoulder|cervical|hand OA|normal neuro"
    )
    for _, gt in truths:
        texts = {f["text"] for f in gt["findings"]}
        assert not texts & set(LOOKALIKES)
        for f in gt["findings"]:
            assert not bad.search(f["text"]) or f["subject"] == "other", f["text"]
            if (
                "[" in f["text"]
                and f["concept"] == "knee_condition"
                and f["assertion"] == "present"
            ):
                assert re.search(r"\[[Xx]\]", f["text"])


def _expected_pathways(findings: list[dict]) -> list[dict]:
    vet = [f for f in findings if f["subject"] == "veteran" and f["assertion"] == "present"]
    out = []
    for knee in ("left", "right"):
        opp = {"left": "right", "right": "left"}[knee]
        dx = any(
            f["concept"] == "knee_condition"
            and f["knee_dx"] != "pain_only"
            and f["laterality"] in (knee, "bilateral")
            for f in vet
        )
        mech = {
            "radiculopathy": any(
                f["concept"] == "radiculopathy" and f["laterality"] in (knee, "bilateral")
                for f in vet
            ),
            "antalgic_gait": any(
                f["concept"] == "antalgic_gait" and f["laterality"] in (opp, "bilateral")
                for f in vet
            ),
        }
        for m in ("radiculopathy", "antalgic_gait"):
            n = int(mech[m]) + int(dx)
            out.append(
                {"knee": knee, "mechanism": m, "status": ["unsupported", "partial", "supported"][n]}
            )
    return out


def test_pathways_and_service_connection_follow_the_rule(truths: list[tuple[Path, dict]]) -> None:
    for _, gt in truths:
        assert gt["pathways"] == _expected_pathways(gt["findings"])
        decided = [f["service_connection"] for f in gt["findings"] if f["service_connection"]]
        assert gt["service_connected_back"] == (decided[-1:] == ["granted"])
    by_scenario = {gt["scenario"]: gt for _, gt in truths}
    both = {
        (p["knee"], p["mechanism"]): p["status"] for p in by_scenario["both_pathways"]["pathways"]
    }
    assert sorted(both.values()).count("supported") == 2
    assert by_scenario["back_denied"]["service_connected_back"] is False


def test_sample_settings_cover_the_scenarios() -> None:
    first = [
        va_synth.SCENARIOS[(va_synth.SAMPLE_SEED + i) % len(va_synth.SCENARIOS)]
        for i in range(va_synth.SAMPLE_CLAIMANTS)
    ]
    assert {"both_pathways", "back_denied", "knee_pain_only"} <= set(first)
    assert va_synth.SAMPLE_CLAIMANTS * va_synth.SAMPLE_MAX_PAGES <= 40
