"""The store on SQLite and on PostgreSQL: schema, migrations, idempotent writes."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from va_core.errors import StorageError
from va_core.records import KneeMotion, Mention, PageMention, PageText
from va_core.store import SCHEMA_VERSION, DocumentRow, Store, finding_keys


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'nested' / 'store.sqlite'}"
    else:
        url = request.getfixturevalue("pg_url")
    s = Store.open(url)
    yield s
    s.close()


def _doc(doc_id: str = "d1", sha: str = "a" * 64) -> DocumentRow:
    return DocumentRow(doc_id, "C001", sha, "note.pdf", "/x/note.pdf", "pdf", 2, "registered")


def _mention(concept: str = "antalgic_gait") -> Mention:
    return Mention(
        concept=concept,
        assertion="present",
        laterality="right",
        start=0,
        end=13,
        text="antalgic gait",
    )


def test_schema_is_created_and_migrate_is_idempotent(store: Store) -> None:
    assert store.current_version() == SCHEMA_VERSION
    assert store.migrate() == SCHEMA_VERSION
    with store.engine.connect() as conn:
        versions = conn.scalars(sa.text("select version from schema_version order by 1")).all()
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    assert set(sa.inspect(store.engine).get_table_names()) >= {
        "documents",
        "pages",
        "mentions",
        "knee_motion",
        "quarantine",
    }


def test_register_is_idempotent_by_claimant_and_hash(store: Store) -> None:
    assert store.register_document(_doc()) is True
    assert store.register_document(_doc()) is False
    assert store.find_document("C001", "a" * 64).doc_id == "d1"
    assert [d.doc_id for d in store.documents_with_status("registered")] == ["d1"]


def test_saving_results_twice_replaces_rather_than_duplicates(store: Store) -> None:
    store.register_document(_doc())
    pages = [PageText(1, "Antalgic gait.", "text_layer"), PageText(2, "x", "ocr", mean_conf=80.0)]
    for _ in range(2):
        n = store.save_document_results(
            "d1",
            claimant_id="C001",
            page_texts=pages,
            page_mentions=[
                PageMention(1, _mention(), "Antalgic gait.", None),
                PageMention(2, _mention("radiculopathy"), "x", 61.5, low_confidence=True),
            ],
            page_motions=[(2, KneeMotion("flexion", 95, "right", 0, 3, "x"))],
            ocr_keys={2: "k"},
            doc_type="treatment_note",
            doc_date="2019-03-02",
            model_version="test-1",
        )
        assert n == 2
    assert store.counts() == {"documents": 1, "pages": 2, "mentions": 2, "quarantined": 0}
    frame = store.mentions_frame()
    assert list(frame["concept"]) == ["antalgic_gait", "radiculopathy"]
    assert frame.iloc[0]["nerve_roots"] == []
    assert frame.iloc[1]["page_source"] == "ocr"
    assert frame.iloc[0]["doc_date"] == "2019-03-02"
    assert store.documents_with_status("processed")[0].doc_id == "d1"
    docs = store.documents_frame(["C001"])
    assert list(docs["doc_type"]) == ["treatment_note"]
    assert list(frame["low_confidence"]) == [False, True]
    assert list(frame["rating_percent"]) == [None, None]
    motion = store.knee_motion_frame(["C001"])
    assert motion[["motion", "degrees", "laterality"]].values.tolist() == [["flexion", 95, "right"]]


def test_a_schema_1_database_is_migrated_in_place(store: Store) -> None:
    """Simulate a store written before schema 2, with data, and open it again."""
    store.register_document(_doc())
    store.save_document_results(
        "d1",
        claimant_id="C001",
        page_texts=[PageText(1, "Antalgic gait.", "text_layer")],
        page_mentions=[PageMention(1, _mention(), "Antalgic gait.")],
        ocr_keys={},
        doc_type="treatment_note",
        doc_date=None,
        model_version="test-1",
    )
    with store.engine.begin() as conn:
        conn.execute(sa.text("DROP INDEX ix_mentions_finding_key"))
        for column in (
            "diagnostic_code",
            "rating_percent",
            "effective_date",
            "low_confidence",
            "finding_key",
        ):
            conn.execute(sa.text(f"ALTER TABLE mentions DROP COLUMN {column}"))
        for table in ("knee_motion", "summaries", "review_decisions"):
            conn.execute(sa.text(f"DROP TABLE {table}"))
        conn.execute(sa.text("DELETE FROM schema_version WHERE version > 1"))
    assert store.current_version() == 1
    reopened = Store.open(store.engine.url.render_as_string(hide_password=False))
    assert reopened.current_version() == SCHEMA_VERSION == 3
    frame = reopened.mentions_frame()
    assert list(frame["concept"]) == ["antalgic_gait"]
    assert list(frame["low_confidence"]) == [False]
    assert reopened.knee_motion_frame().empty
    assert reopened.claimants_needing_summary() == ["C001"]
    # The old mention got the key a re-tag would give it, so a reviewer can decide on it now.
    cols = ["page_no", "start", "end", "concept", "laterality", "assertion", "knee_dx", "text"]
    rows = frame[cols].to_dict("records")
    assert list(frame["finding_key"]) == finding_keys("d1", rows)
    assert reopened.decisions() == []
    indexes = {i["name"] for i in sa.inspect(reopened.engine).get_indexes("mentions")}
    assert "ix_mentions_finding_key" in indexes
    reopened.close()


def test_quarantine_is_recorded_once_and_drops_unfinished_registration(store: Store) -> None:
    store.register_document(_doc())
    kwargs = dict(
        claimant_id="C001",
        sha256="a" * 64,
        file_name="note.pdf",
        source_path="/x",
        reason="corrupt",
        detail="bad xref",
        quarantined_path=None,
    )
    assert store.quarantine_document(**kwargs) is True
    assert store.quarantine_document(**kwargs) is False
    assert store.is_quarantined("C001", "a" * 64)
    assert store.find_document("C001", "a" * 64) is None
    assert [q["reason"] for q in store.quarantined()] == ["corrupt"]


def test_unreachable_database_is_a_storage_error_without_the_password() -> None:
    with pytest.raises(StorageError) as info:
        Store.open("postgresql+psycopg://user:hunter2@127.0.0.1:1/none?connect_timeout=2")
    assert "hunter2" not in str(info.value)
    assert info.value.exit_code == 6


def test_a_failed_write_never_quotes_page_text(store: Store) -> None:
    from tests.conftest import SENTINEL

    store.register_document(_doc())
    with store.engine.begin() as conn:  # a pages table the insert of page text fails on
        conn.execute(sa.text("DROP TABLE pages"))
        conn.execute(
            sa.text(
                "CREATE TABLE pages (doc_id VARCHAR(32), page_no INTEGER, source VARCHAR(16), "
                "mean_conf FLOAT, ocr_key VARCHAR(128))"
            )
        )
    with pytest.raises(Exception) as failure:  # noqa: PT011 - whatever the driver raises
        store.save_document_results(
            "d1",
            claimant_id="C001",
            page_texts=[PageText(1, f"Antalgic gait. {SENTINEL}", "text_layer")],
            page_mentions=[PageMention(1, _mention(), f"Antalgic gait. {SENTINEL}")],
            ocr_keys={},
            doc_type="treatment_note",
            doc_date=None,
            model_version="test-1",
        )
    assert SENTINEL not in str(failure.value)
    assert "INSERT INTO pages" in str(failure.value)  # the error still says what broke
