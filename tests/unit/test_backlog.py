"""Backlog re-runs and nightly batching, on the store alone (no Airflow, no OCR)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

import classifiers
from va_core.errors import BadArguments
from va_core.settings import Settings
from va_core.store import DocumentRow, Store, documents, mentions, summaries
from va_pipeline import backlog, jobs
from va_pipeline.backlog import Scope
from va_pipeline.page_text import cache_path
from va_pipeline.tag_stage import tag_and_save

PAGE_1 = (
    "PROGRESS NOTE 03/14/2019\nGait: antalgic gait favoring the right leg.\n"
    "Assessment: right knee osteoarthritis. No radiculopathy."
)
PAGE_2 = "Lumbar strain, service connected. Left L5 radiculopathy, moderate."


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", workers=1, chunk_pages=3, max_chunks=2)


@pytest.fixture
def store(settings: Settings) -> Store:
    s = Store.open(settings.database_url)
    yield s
    s.close()


def _add(store: Store, doc_id: str, claimant: str, *, ocr_key: str | None, pages: int = 2) -> None:
    from va_core.records import PageText

    store.register_document(
        DocumentRow(
            doc_id,
            claimant,
            doc_id * 4,
            f"{doc_id}.pdf",
            f"/in/{doc_id}.pdf",
            "pdf",
            pages,
            "registered",
        )
    )
    texts = [PAGE_1, PAGE_2, PAGE_2, PAGE_2][:pages]
    source = "ocr" if ocr_key else "text_layer"
    page_texts = [
        PageText(i + 1, t, source, 90.0 if ocr_key else None) for i, t in enumerate(texts)
    ]
    keys = {p.page_no: ocr_key for p in page_texts} if ocr_key else {}
    tag_and_save(store, doc_id=doc_id, claimant_id=claimant, pages=page_texts, ocr_keys=keys)


def _age_model(store: Store, version: str = "rules-5+lr-1") -> None:
    """Make the store look as an older model left it."""
    with store.engine.begin() as conn:
        conn.execute(documents.update().values(model_version=version))
        conn.execute(mentions.update().values(model_version=version))


def test_stale_ocr_is_found_by_engine_and_settings_key(store: Store) -> None:
    _add(store, "d1", "C1", ocr_key="tess5.3.0-dpi300-eng-psm4")
    _add(store, "d2", "C1", ocr_key="tess4.1.1-dpi300-eng-psm4")
    _add(store, "d3", "C2", ocr_key=None)
    current = "tess5.3.0-dpi300-eng-psm4"
    assert [d for d, _ in store.documents_needing_ocr(current)] == ["d2"]
    assert [d for d, _ in store.documents_needing_ocr(current, force=True)] == ["d1", "d2"]
    assert store.documents_needing_ocr(current, claimant_ids=["C2"]) == []
    future = datetime.now(UTC) + timedelta(days=1)
    assert store.documents_needing_ocr(current, since=future) == []


def test_stale_tagging_is_found_by_model_version(store: Store) -> None:
    _add(store, "d1", "C1", ocr_key=None)
    assert store.documents_needing_tagging(classifiers.MODEL_VERSION) == []
    _age_model(store)
    assert store.documents_needing_tagging(classifiers.MODEL_VERSION) == [("d1", 2)]


def test_summary_is_stale_until_written_and_again_after_reprocessing(store: Store) -> None:
    _add(store, "d1", "C1", ocr_key=None)
    _add(store, "d2", "C2", ocr_key=None)
    assert store.claimants_needing_summary() == ["C1", "C2"]
    store.mark_summarised(["C1", "C2"])
    assert store.claimants_needing_summary() == []
    assert store.claimants_needing_summary(force=True) == ["C1", "C2"]
    with store.engine.begin() as conn:  # C2's document is processed after its summary
        conn.execute(summaries.update().values(built_at=datetime.now(UTC) - timedelta(hours=1)))
        conn.execute(
            documents.update()
            .where(documents.c.doc_id == "d1")
            .values(processed_at=datetime.now(UTC) - timedelta(hours=2))
        )
    assert store.claimants_needing_summary() == ["C2"]


def test_retagging_reuses_stored_text_and_keeps_reviewer_decisions(
    store: Store, settings: Settings
) -> None:
    _add(store, "d1", "C1", ocr_key=None)
    before = store.mentions_frame()
    assert len(before) >= 3
    keys = sorted(before["mention_id"].map(_key_of(store)))
    store.record_decision(keys[0], claimant_id="C1", decision="confirmed", reviewer="dr-a")
    _age_model(store)
    with store.engine.begin() as conn:  # the old model also missed a finding
        conn.execute(mentions.delete().where(mentions.c.mention_id == int(before["mention_id"][0])))

    chunks = backlog.plan(Scope(stage="classify"), settings)
    assert chunks == [{"stage": "classify", "doc_ids": ["d1"]}]
    assert backlog.redo_chunk(chunks[0], settings) == ["C1"]

    after = store.mentions_frame()
    assert set(after["model_version"]) == {classifiers.MODEL_VERSION}
    assert len(after) == len(before)
    assert sorted(after["mention_id"].map(_key_of(store))) == keys
    decided = store.decisions()
    assert [(d["finding_key"], d["decision"]) for d in decided] == [(keys[0], "confirmed")]
    assert backlog.plan(Scope(stage="classify"), settings) == []


def test_retagging_uses_cached_ocr_words_when_present(store: Store, settings: Settings) -> None:
    from va_core.records import PageText, Word
    from va_pipeline.page_text import page_to_json

    key = "tess5-test"
    _add(store, "d1", "C1", ocr_key=key, pages=1)
    words = tuple(
        Word(w, 0, 0, 1, 1, 12.0, PAGE_1.index(w), PAGE_1.index(w) + len(w))
        for w in ("antalgic", "gait")
    )
    path = cache_path(settings.cache_dir, "d1" * 4, 1, key)
    path.parent.mkdir(parents=True)
    path.write_text(page_to_json(PageText(1, PAGE_1, "ocr", 12.0, words)), encoding="utf-8")
    _age_model(store)
    for chunk in backlog.plan(Scope(stage="classify"), settings):
        backlog.redo_chunk(chunk, settings)
    gait = store.mentions_frame().query("concept == 'antalgic_gait'")
    # The cached words' confidence (12) reached the re-tagged mention: it needs a look.
    assert gait["low_confidence"].all()
    assert gait["ocr_conf"].max() <= 12.0


def test_backlog_is_chunked_by_pages_and_capped_per_run(store: Store, settings: Settings) -> None:
    for i in range(5):
        _add(store, f"d{i}", "C1", ocr_key=None, pages=2)
    _age_model(store)
    chunks = backlog.plan(Scope(stage="classify"), settings)  # 3 pages per chunk, 2 chunks
    assert chunks == [
        {"stage": "classify", "doc_ids": ["d0"]},
        {"stage": "classify", "doc_ids": ["d1"]},
    ]
    for chunk in chunks:
        backlog.redo_chunk(chunk, settings)
    assert [c["doc_ids"] for c in backlog.plan(Scope(stage="classify"), settings)] == [
        ["d2"],
        ["d3"],
    ]


def test_only_stale_or_forced_summaries_are_rebuilt(store: Store, settings: Settings) -> None:
    _add(store, "d1", "C1", ocr_key=None)
    _add(store, "d2", "C2", ocr_key=None)
    jobs.summarise([["C1", "C2"]], settings)
    first = _built(store)
    assert sorted(p.stem for p in settings.summaries_dir.glob("C*.json")) == ["C1", "C2"]
    backlog.summarise_stale(Scope(stage="summarize"), [], settings)
    assert _built(store) == first
    scope = Scope(stage="summarize", claimant_ids=("C2",), force=True)
    backlog.summarise_stale(scope, [], settings)
    again = _built(store)
    assert again["C1"] == first["C1"]
    assert again["C2"] > first["C2"]


def _built(store: Store) -> dict:
    with store.engine.connect() as conn:
        return dict(conn.execute(sa.select(summaries.c.claimant_id, summaries.c.built_at)).all())


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, Scope()),
        ({"stage": "classify", "force": True}, Scope(stage="classify", force=True)),
        ({"claimants": "C1, C2"}, Scope(claimant_ids=("C1", "C2"))),
        (
            {"claimants": ["C3"], "since": "2026-02-01"},
            Scope(claimant_ids=("C3",), since=datetime(2026, 2, 1, tzinfo=UTC)),
        ),
    ],
)
def test_scope_from_dag_params(params: dict, expected: Scope) -> None:
    assert Scope.from_params(params) == expected


@pytest.mark.parametrize("params", [{"stage": "ocr-and-more"}, {"since": "last tuesday"}])
def test_bad_params_are_refused_with_a_reason(params: dict) -> None:
    with pytest.raises(BadArguments, match="must be"):
        Scope.from_params(params)


def test_nightly_batches_stay_bounded() -> None:
    settings = Settings(batch_docs=25, max_batches=200)
    ids = [f"d{i}" for i in range(10_000)]
    batches = jobs.plan_batches(ids, settings)
    assert len(batches) <= 200
    assert [d for b in batches for d in b] == ids
    small = jobs.plan_batches(ids[:60], settings)
    assert [len(b) for b in small] == [25, 25, 10]
    assert jobs.plan_batches([], settings) == []


def test_scheduler_tasks_default_to_one_ocr_process() -> None:
    assert jobs.task_settings(Settings(workers=0)).workers == 1
    assert jobs.task_settings(replace(Settings(), workers=3)).workers == 3


def _key_of(store: Store):
    with store.engine.connect() as conn:
        keys = dict(conn.execute(sa.select(mentions.c.mention_id, mentions.c.finding_key)).all())
    return keys.get


def _two_documents(tmp_path: Path, claimant: str) -> tuple[Settings, list[str]]:
    """An inbox of two typed notes of one claimant, registered; (settings, their ids)."""
    from tests.docmaker import digital_pdf

    inbox = tmp_path / "inbox" / claimant
    inbox.mkdir(parents=True)
    digital_pdf(inbox / "a.pdf", ["Gait antalgic, favoring the right leg."])
    digital_pdf(inbox / "b.pdf", ["Right knee: moderate osteoarthritis on x-ray."])
    settings = Settings(data_dir=tmp_path / "data", inbox=tmp_path / "inbox", workers=1)
    return settings, jobs.register_new(settings)


def test_a_retried_batch_redoes_only_what_was_not_saved(tmp_path: Path) -> None:
    settings, ids = _two_documents(tmp_path, "C9")
    assert len(ids) == 2 and jobs.register_new(settings) == ids  # still pending, not new
    assert jobs.process_batch(ids[:1], settings) == ["C9"]  # a first try saved one document
    store = Store.open(settings.database_url)
    with store.engine.connect() as conn:
        stamp = conn.scalar(sa.select(documents.c.processed_at).where(documents.c.doc_id == ids[0]))
    assert jobs.process_batch(ids, settings) == ["C9"]  # the retry of the whole batch
    with store.engine.connect() as conn:
        again = conn.scalar(sa.select(documents.c.processed_at).where(documents.c.doc_id == ids[0]))
    assert again == stamp
    assert [d.status for d in store.documents_by_id(ids)] == ["processed", "processed"]
    assert jobs.register_new(settings) == []
    store.close()


def test_a_document_whose_tagging_breaks_is_quarantined_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from va_pipeline import run

    settings, ids = _two_documents(tmp_path, "C8")
    real = run.tag_and_save

    def flaky(store: Store, **kw: object) -> int:
        if kw["doc_id"] == ids[0]:
            raise ValueError("ZZ-SENTINEL-PHI in a message")
        return real(store, **kw)

    monkeypatch.setattr(run, "tag_and_save", flaky)
    assert jobs.process_batch(ids, settings) == ["C8"]
    store = Store.open(settings.database_url)
    quarantined = store.quarantined()
    assert [(q["reason"], q["detail"]) for q in quarantined] == [
        ("tagging_failed", "tagging failed (ValueError)")
    ]
    assert [d.status for d in store.documents_by_id(ids)] == ["processed"]  # b only
    assert jobs.register_new(settings) == []  # nothing left to retry every night
    store.close()


def test_finding_keys_do_not_move_to_a_new_equal_finding() -> None:
    from va_core.store import finding_keys

    def row(start: int, text: str) -> dict:
        return dict(page_no=1, start=start, end=start + len(text), concept="antalgic_gait",
                    laterality="right", assertion="present", knee_dx=None, text=text)  # fmt: skip

    before = [row(50, "antalgic gait")]
    finding_keys("d1", before)
    after = [row(10, "limping"), row(52, "antalgic  gait")]  # a new one earlier; offsets moved
    finding_keys("d1", after)
    assert after[1]["finding_key"] == before[0]["finding_key"]
    assert after[0]["finding_key"] != before[0]["finding_key"]
