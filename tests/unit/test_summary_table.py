"""The findings table across claimants (Parquet + CSV) and the summarise stage that writes it."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from tests.unit.test_summaries import (
    SSN,
    documents,
    frame,
    gait_right,
    knee,
    m,
    radic_right,
    sc,
)
from va_core.records import KneeMotion, Mention, PageMention, PageText
from va_core.store import DocumentRow, Store
from va_pipeline.summarise import summarise_claimants
from va_summaries import build_summaries
from va_summaries.table import (
    CSV_NAME,
    PARQUET_NAME,
    TABLE_DIR,
    findings_table,
    write_findings_table,
)


def _rows() -> list[dict]:
    return [
        sc(),
        radic_right(),
        gait_right(doc="D5"),
        knee("left", "osteoarthritis", "osteoarthritis"),
        m("antalgic_gait", "Gait normal", "Gait normal.", assertion="negated"),
        m("knee_condition", "arthritis", f"SSN {SSN}: mother has arthritis.", subject="other"),
        radic_right() | {"claimant_id": "C002"},
    ]


def _docs() -> pd.DataFrame:
    docs = pd.concat([documents(), documents().assign(claimant_id="C002")])
    docs.loc[docs["doc_id"] == "D2", "file_name"] = f"exam_{SSN}.pdf"
    return docs


def test_one_row_per_mention_placed_and_cited_as_in_the_summaries() -> None:
    rows = _rows()
    table = findings_table(frame(rows), _docs())
    assert len(table) == len(rows)
    assert table["mention_id"].is_unique
    placed = {}
    for s in build_summaries(frame(rows), _docs()):
        for sides in s["findings"].values():
            for items in sides.values():
                placed |= {(s["claimant_id"], f["mention_id"]): ("finding", f) for f in items}
        placed |= {
            (s["claimant_id"], f["mention_id"]): ("against", f) for f in s["evidence_against"]
        }
        placed |= {(s["claimant_id"], f["mention_id"]): ("other", f) for f in s["other_subjects"]}
    assert len(placed) == len(rows)
    for rec in table.to_dict("records"):
        category, finding = placed[(rec["claimant_id"], rec["mention_id"])]
        assert rec["category"] == category
        assert rec["cite"] == finding["cite"]
        assert rec["snippet"] == finding["snippet"]
    assert table.loc[table["concept"] == "radiculopathy", "nerve_roots"].tolist() == ["L4/L5"] * 2


def test_files_round_trip_and_mask_ssns(tmp_path: Path) -> None:
    table = findings_table(frame(_rows()), _docs())
    parquet, csv = write_findings_table(tmp_path, table)
    assert (parquet.name, csv.name) == (PARQUET_NAME, CSV_NAME)
    pd.testing.assert_frame_equal(pd.read_parquet(parquet), table)
    back = pd.read_csv(csv, dtype=str, keep_default_na=False)
    assert len(back) == len(table) and list(back.columns) == list(table.columns)
    for path in (parquet, csv):
        raw = path.read_bytes()
        assert SSN.encode() not in raw and b"***-**-6789" in raw
    assert sorted(p.name for p in tmp_path.iterdir()) == [CSV_NAME, PARQUET_NAME]


def test_empty_store_gives_an_empty_table_with_the_columns(tmp_path: Path) -> None:
    table = findings_table(frame([]), documents().iloc[0:0])
    assert table.empty and "cite" in table.columns
    parquet, _ = write_findings_table(tmp_path, table)
    assert list(pd.read_parquet(parquet).columns) == list(table.columns)


def _save(store: Store, cid: str, doc_id: str, mentions: list[Mention], motions=()) -> None:
    store.register_document(
        DocumentRow(doc_id, cid, doc_id * 8, "x.pdf", "/x.pdf", "pdf", 1, "registered")
    )
    store.save_document_results(
        doc_id,
        claimant_id=cid,
        page_texts=[PageText(1, "text", "text_layer")],
        page_mentions=[PageMention(1, mention, mention.text) for mention in mentions],
        page_motions=[(1, km) for km in motions],
        ocr_keys={},
        doc_type="cp_exam",
        doc_date="2020-05-01",
        model_version="test-1",
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(f"sqlite:///{tmp_path / 'store.sqlite'}")
    yield s
    s.close()


def test_summarise_stage_writes_summaries_index_and_the_table_for_everyone(
    store: Store, tmp_path: Path
) -> None:
    oa = Mention(
        "knee_condition", "present", "left", 0, 14, "osteoarthritis", knee_dx="osteoarthritis"
    )
    gait = Mention("antalgic_gait", "present", "right", 0, 13, "antalgic gait")
    _save(store, "C001", "d1", [oa, gait], [KneeMotion("flexion", 40, "left", 0, 2, "40")])
    _save(store, "C002", "d2", [gait])
    out = tmp_path / "summaries"
    summarise_claimants(store, out, ["C001", "C002"])
    summary = json.loads((out / "C001.json").read_text(encoding="utf-8"))
    assert summary["knees"]["left"]["suggested_rating"]["percent"] == 10  # flexion 40: DC 5260
    assert summary["knees"]["left"]["range_of_motion"][0]["cite"] == "2020-05-01 C&P exam p.1"
    # Re-summarising one claimant still rewrites the table over every claimant in the store.
    (out / TABLE_DIR / PARQUET_NAME).unlink()
    summarise_claimants(store, out, ["C002"])
    table = pd.read_parquet(out / TABLE_DIR / PARQUET_NAME)
    assert sorted(table["claimant_id"]) == ["C001", "C001", "C002"]
    assert (out / TABLE_DIR / CSV_NAME).is_file() and (out / "index.html").is_file()
