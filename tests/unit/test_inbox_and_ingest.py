"""Inbox discovery, registration and quarantine of bad files (no OCR needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.docmaker import bad_files, digital_pdf
from va_core.errors import BadArguments
from va_core.settings import Settings
from va_core.store import Store
from va_pipeline import ingest
from va_pipeline.inbox import InboxItem, discover


def test_folder_layout_lists_claimant_files_in_order(tmp_path: Path) -> None:
    for claimant, names in {"C002": ["b.pdf", "a.tif"], "C001": ["z.pdf"]}.items():
        (tmp_path / claimant).mkdir()
        for name in names:
            (tmp_path / claimant / name).write_bytes(b"%PDF-1.4")
    (tmp_path / "C001" / "ground_truth.json").write_text("{}")
    (tmp_path / "C001" / ".DS_Store").write_text("")
    items = discover(tmp_path)
    assert [(i.claimant_id, i.path.name) for i in items] == [
        ("C001", "z.pdf"),
        ("C002", "a.tif"),
        ("C002", "b.pdf"),
    ]


def test_manifest_layout(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "x.pdf").write_bytes(b"%PDF-1.4")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("claimant_id,path\nV-17,docs/x.pdf\n")
    assert discover(manifest) == [InboxItem("V-17", tmp_path / "docs" / "x.pdf")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("claimant_id,file\nC1,x.pdf\n", "missing: path"),
        ("claimant_id,path\nJohn Smith,x.pdf\n", "internal id"),
        ("claimant_id,path\nC1,nope.pdf\n", "file not found"),
    ],
)
def test_bad_manifest_says_what_to_fix(tmp_path: Path, content: str, message: str) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text(content)
    with pytest.raises(BadArguments, match=message):
        discover(manifest)


def test_flat_inbox_is_refused_with_advice(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(BadArguments, match="claimant folders"):
        discover(tmp_path)


def test_bad_files_are_quarantined_with_a_reason_and_good_ones_registered(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox" / "C001"
    inbox.mkdir(parents=True)
    expected = bad_files(inbox)
    digital_pdf(inbox / "good.pdf", ["Gait antalgic."])
    settings = Settings(data_dir=tmp_path / "data", max_file_mb=1)
    store = Store.open(settings.database_url)
    outcomes = {
        i.path.name: ingest.register(store, settings, i) for i in discover(tmp_path / "inbox")
    }
    assert outcomes["good.pdf"].status == "new"
    got = {name: o.reason for name, o in outcomes.items() if o.status == "quarantined"}
    assert got == expected
    rows = store.quarantined()
    assert {r["file_name"]: r["reason"] for r in rows} == expected
    for row in rows:
        assert Path(row["quarantined_path"]).is_file()
        assert "ZZ-SENTINEL-PHI" not in row["detail"]
    # The inbox is never modified, and a second pass records nothing twice.
    assert len(list(inbox.iterdir())) == len(expected) + 1
    again = [ingest.register(store, settings, i).status for i in discover(tmp_path / "inbox")]
    assert sorted(again) == ["already_quarantined"] * len(expected) + ["known"]
    assert len(store.quarantined()) == len(expected)
    store.close()


def test_too_many_pages_is_quarantined(tmp_path: Path) -> None:
    folder = tmp_path / "inbox" / "C9"
    folder.mkdir(parents=True)
    digital_pdf(folder / "long.pdf", ["page"] * 4)
    settings = Settings(data_dir=tmp_path / "data", max_pages=3)
    store = Store.open(settings.database_url)
    (item,) = discover(tmp_path / "inbox")
    assert ingest.register(store, settings, item).reason == "too_large"
    store.close()
