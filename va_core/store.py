"""The store: documents, pages, mentions and quarantine, in SQLite or PostgreSQL.

SQLAlchemy Core keeps one code path for both engines. The schema is created and
migrated by `Store.open`, which applies the numbered steps of `MIGRATIONS` that the
database has not seen yet, each in its own transaction.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from va_core.errors import StorageError
from va_core.records import KneeMotion, PageMention, PageText

log = logging.getLogger(__name__)

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("doc_id", sa.String(32), primary_key=True),
    sa.Column("claimant_id", sa.String(64), nullable=False, index=True),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("file_name", sa.Text, nullable=False),
    sa.Column("source_path", sa.Text, nullable=False),
    sa.Column("media_type", sa.String(16), nullable=False),
    sa.Column("page_count", sa.Integer, nullable=False),
    sa.Column("doc_type", sa.String(32)),
    sa.Column("doc_date", sa.String(10)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("model_version", sa.String(64)),
    sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("processed_at", sa.DateTime(timezone=True)),
    sa.UniqueConstraint("claimant_id", "sha256", name="uq_documents_claimant_sha"),
)

pages = sa.Table(
    "pages",
    metadata,
    sa.Column("doc_id", sa.String(32), sa.ForeignKey("documents.doc_id"), primary_key=True),
    sa.Column("page_no", sa.Integer, primary_key=True),
    sa.Column("source", sa.String(16), nullable=False),
    sa.Column("mean_conf", sa.Float),
    sa.Column("ocr_key", sa.String(128)),
    sa.Column("text", sa.Text, nullable=False),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("mention_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "doc_id", sa.String(32), sa.ForeignKey("documents.doc_id"), nullable=False, index=True
    ),
    sa.Column("claimant_id", sa.String(64), nullable=False, index=True),
    sa.Column("page_no", sa.Integer, nullable=False),
    sa.Column("concept", sa.String(32), nullable=False),
    sa.Column("assertion", sa.String(16), nullable=False),
    sa.Column("laterality", sa.String(16), nullable=False),
    sa.Column("nerve_roots", sa.Text, nullable=False),  # JSON list
    sa.Column("knee_dx", sa.String(32)),
    sa.Column("subject", sa.String(16), nullable=False),
    sa.Column("severity", sa.String(32)),
    sa.Column("historical", sa.Boolean, nullable=False),
    sa.Column("condition", sa.Text),
    sa.Column("service_connection", sa.String(16)),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("snippet", sa.Text, nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("ocr_conf", sa.Float),
    sa.Column("model_version", sa.String(64), nullable=False),
    # schema 2
    sa.Column("diagnostic_code", sa.String(16)),
    sa.Column("rating_percent", sa.Integer),
    sa.Column("effective_date", sa.String(10)),
    sa.Column("low_confidence", sa.Boolean, nullable=False, server_default=sa.false()),
    # Stable across re-runs (see finding_keys): reviewer decisions attach to it, not to
    # mention_id, which changes whenever a document is re-tagged.
    sa.Column("finding_key", sa.String(40), index=True),
)

knee_motion = sa.Table(
    "knee_motion",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "doc_id", sa.String(32), sa.ForeignKey("documents.doc_id"), nullable=False, index=True
    ),
    sa.Column("claimant_id", sa.String(64), nullable=False, index=True),
    sa.Column("page_no", sa.Integer, nullable=False),
    sa.Column("motion", sa.String(16), nullable=False),
    sa.Column("degrees", sa.Integer, nullable=False),
    sa.Column("laterality", sa.String(16), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

quarantine = sa.Table(
    "quarantine",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("claimant_id", sa.String(64), nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("file_name", sa.Text, nullable=False),
    sa.Column("source_path", sa.Text, nullable=False),
    sa.Column("reason", sa.String(32), nullable=False),
    sa.Column("detail", sa.Text, nullable=False),
    sa.Column("quarantined_path", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("claimant_id", "sha256", name="uq_quarantine_claimant_sha"),
)

# When each claimant's summary was last written: the backlog re-run rebuilds a summary
# whose claimant has documents processed after it.
summaries = sa.Table(
    "summaries",
    metadata,
    sa.Column("claimant_id", sa.String(64), primary_key=True),
    sa.Column("built_at", sa.DateTime(timezone=True), nullable=False),
)

# A reviewer's confirm/reject of a finding. Never touched by re-runs.
review_decisions = sa.Table(
    "review_decisions",
    metadata,
    sa.Column("finding_key", sa.String(40), primary_key=True),
    sa.Column("claimant_id", sa.String(64), nullable=False, index=True),
    sa.Column("decision", sa.String(16), nullable=False),
    sa.Column("reviewer", sa.String(64), nullable=False),
    sa.Column("note", sa.Text),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
)


def _add_missing_columns(conn: Connection, table: sa.Table) -> None:
    """ALTER TABLE ADD COLUMN for every column the live table lacks (new columns are nullable
    or have a server default, so this works on SQLite and PostgreSQL alike)."""
    present = {c["name"] for c in sa.inspect(conn).get_columns(table.name)}
    for column in table.columns:
        if column.name in present:
            continue
        ddl = sa.schema.CreateColumn(column).compile(dialect=conn.dialect)
        conn.execute(sa.text(f"ALTER TABLE {table.name} ADD COLUMN {ddl}"))


def _migration_1(conn: Connection) -> None:
    for table in (documents, pages, mentions, quarantine):
        table.create(conn, checkfirst=True)


def _migration_2(conn: Connection) -> None:
    """Rating facts and OCR-confidence flag on mentions; knee range of motion."""
    _add_missing_columns(conn, mentions)
    knee_motion.create(conn, checkfirst=True)


def _migration_3(conn: Connection) -> None:
    """Finding keys, summary build times and reviewer decisions (backlog re-runs)."""
    _add_missing_columns(conn, mentions)
    present = {i["name"] for i in sa.inspect(conn).get_indexes("mentions")}
    for index in mentions.indexes:
        if index.name not in present:
            index.create(conn)
    summaries.create(conn, checkfirst=True)
    review_decisions.create(conn, checkfirst=True)
    # Mentions saved before this schema get their keys now, so reviewers can decide on them
    # without waiting for a re-tag (the keys are the ones a re-tag would give).
    cols = ("mention_id", "doc_id", "page_no", "start", "end", "concept", "laterality")
    cols += ("assertion", "knee_dx", "text")
    query = sa.select(*(mentions.c[c] for c in cols)).where(mentions.c.finding_key.is_(None))
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for row in conn.execute(query).mappings():
        by_doc.setdefault(row["doc_id"], []).append(dict(row))
    updates = []
    for doc_id, rows in by_doc.items():
        finding_keys(doc_id, rows)
        updates += [{"mid": r["mention_id"], "key": r["finding_key"]} for r in rows]
    if updates:
        conn.execute(
            mentions.update()
            .where(mentions.c.mention_id == sa.bindparam("mid"))
            .values(finding_key=sa.bindparam("key")),
            updates,
        )


# (version, step). Append new steps; never edit an applied one. A fresh database runs them
# all: step 1 creates tables from today's metadata, so later steps must be no-ops on them.
MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [
    (1, _migration_1),
    (2, _migration_2),
    (3, _migration_3),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(ts: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes (stored as UTC); make them comparable."""
    if ts is not None and ts.tzinfo is None:
        return ts.replace(tzinfo=UTC)
    return ts


def finding_keys(doc_id: str, rows: Sequence[dict[str, Any]]) -> list[str]:
    """A key per mention row (set as row["finding_key"] and returned in the rows' order) that
    a re-run reproduces when it finds the same thing.

    Built from what a reviewer judged (document, page, concept, side, assertion, knee
    diagnosis), the finding's own words (letters and digits only) and its rank among equal
    ones on its page; never from character offsets, which a new OCR engine may shift. The
    words keep a decision from moving to another finding when a re-run finds one more of
    the same kind on the page; an OCR change in the words themselves detaches the decision
    instead (safer than attaching it to the wrong finding).
    """
    seen: dict[tuple[Any, ...], int] = {}
    for row in sorted(rows, key=lambda r: (r["page_no"], r["start"], r["end"])):
        ident = (
            row["page_no"],
            row["concept"],
            row["laterality"],
            row["assertion"],
            row.get("knee_dx") or "",
            "".join(ch for ch in str(row.get("text", "")).lower() if ch.isalnum()),
        )
        rank = seen.get(ident, 0)
        seen[ident] = rank + 1
        raw = "\0".join(str(part) for part in (doc_id, *ident, rank))
        row["finding_key"] = hashlib.sha1(raw.encode()).hexdigest()
    return [row["finding_key"] for row in rows]


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A registered document, as the pipeline needs it."""

    doc_id: str
    claimant_id: str
    sha256: str
    file_name: str
    source_path: str
    media_type: str
    page_count: int
    status: str


class Store:
    """Thin data-access layer over one SQLAlchemy engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect, create the schema if needed and apply pending migrations."""
        try:
            if url.startswith("sqlite:///"):
                Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
            # hide_parameters: a failed write must never put page or mention text into an
            # exception message, which would reach a log or a scheduler's task log.
            engine = sa.create_engine(url, future=True, hide_parameters=True)
            store = cls(engine)
            store.migrate()
        except SQLAlchemyError as exc:
            # The URL may hold a password: name the dialect only.
            dialect = url.split(":", 1)[0]
            raise StorageError(
                f"cannot open the {dialect} store ({type(exc).__name__}); "
                "check VA_EVIDENCE_DB_URL and that the database is reachable"
            ) from None
        return store

    def close(self) -> None:
        self.engine.dispose()

    def migrate(self) -> int:
        """Apply migrations the database has not seen; return the schema version."""
        with self.engine.begin() as conn:
            schema_version.create(conn, checkfirst=True)
            applied = set(conn.scalars(sa.select(schema_version.c.version)))
        for version, step in MIGRATIONS:
            if version in applied:
                continue
            with self.engine.begin() as conn:
                step(conn)
                conn.execute(schema_version.insert().values(version=version, applied_at=_now()))
            log.info("store migrated to schema version %d", version)
        return SCHEMA_VERSION

    def current_version(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(sa.select(sa.func.max(schema_version.c.version))) or 0

    # --- documents -------------------------------------------------------------------
    def find_document(self, claimant_id: str, sha256: str) -> DocumentRow | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(*_DOC_COLS).where(
                    documents.c.claimant_id == claimant_id, documents.c.sha256 == sha256
                )
            ).first()
        return DocumentRow(*row) if row else None

    def register_document(self, row: DocumentRow) -> bool:
        """Insert a document unless (claimant, sha256) is known; True when it was new."""
        if self.find_document(row.claimant_id, row.sha256):
            return False
        with self.engine.begin() as conn:
            conn.execute(
                documents.insert().values(
                    doc_id=row.doc_id,
                    claimant_id=row.claimant_id,
                    sha256=row.sha256,
                    file_name=row.file_name,
                    source_path=row.source_path,
                    media_type=row.media_type,
                    page_count=row.page_count,
                    status=row.status,
                    registered_at=_now(),
                )
            )
        return True

    def documents_with_status(self, status: str) -> list[DocumentRow]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(*_DOC_COLS)
                .where(documents.c.status == status)
                .order_by(documents.c.claimant_id, documents.c.file_name)
            ).all()
        return [DocumentRow(*r) for r in rows]

    def save_document_results(
        self,
        doc_id: str,
        *,
        claimant_id: str,
        page_texts: Sequence[PageText],
        page_mentions: Iterable[PageMention],
        ocr_keys: dict[int, str],
        doc_type: str,
        doc_date: str | None,
        model_version: str,
        page_motions: Iterable[tuple[int, KneeMotion]] = (),
    ) -> int:
        """Replace a document's pages, mentions and knee motion in one transaction.

        Returns the number of mentions saved.
        """
        mention_rows = [
            {
                "doc_id": doc_id,
                "claimant_id": claimant_id,
                "page_no": page_no,
                "concept": m.concept,
                "assertion": m.assertion,
                "laterality": m.laterality,
                "nerve_roots": json.dumps(list(m.nerve_roots)),
                "knee_dx": m.knee_dx,
                "subject": m.subject,
                "severity": m.severity,
                "historical": m.historical,
                "condition": m.condition,
                "service_connection": m.service_connection,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "snippet": snippet,
                "score": float(m.score),
                "ocr_conf": pm.ocr_conf,
                "model_version": model_version,
                "diagnostic_code": m.diagnostic_code,
                "rating_percent": m.rating_percent,
                "effective_date": m.effective_date,
                "low_confidence": pm.low_confidence,
            }
            for pm in page_mentions
            for m, page_no, snippet in [(pm.mention, pm.page_no, pm.snippet)]
        ]
        motion_rows = [
            {
                "doc_id": doc_id,
                "claimant_id": claimant_id,
                "page_no": page_no,
                "motion": km.motion,
                "degrees": km.degrees,
                "laterality": km.laterality,
                "start": km.start,
                "end": km.end,
                "text": km.text,
            }
            for page_no, km in page_motions
        ]
        page_rows = [
            {
                "doc_id": doc_id,
                "page_no": p.page_no,
                "source": p.source,
                "mean_conf": p.mean_conf,
                "ocr_key": ocr_keys.get(p.page_no),
                "text": p.text,
            }
            for p in page_texts
        ]
        finding_keys(doc_id, mention_rows)
        with self.engine.begin() as conn:
            conn.execute(mentions.delete().where(mentions.c.doc_id == doc_id))
            conn.execute(knee_motion.delete().where(knee_motion.c.doc_id == doc_id))
            conn.execute(pages.delete().where(pages.c.doc_id == doc_id))
            if page_rows:
                conn.execute(pages.insert(), page_rows)
            if mention_rows:
                conn.execute(mentions.insert(), mention_rows)
            if motion_rows:
                conn.execute(knee_motion.insert(), motion_rows)
            conn.execute(
                documents.update()
                .where(documents.c.doc_id == doc_id)
                .values(
                    status="processed",
                    doc_type=doc_type,
                    doc_date=doc_date,
                    model_version=model_version,
                    processed_at=_now(),
                )
            )
        return len(mention_rows)

    def documents_by_id(self, doc_ids: Sequence[str]) -> list[DocumentRow]:
        """The given documents (any status), in claimant and file order."""
        if not doc_ids:
            return []
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(*_DOC_COLS)
                .where(documents.c.doc_id.in_(list(doc_ids)))
                .order_by(documents.c.claimant_id, documents.c.file_name)
            ).all()
        return [DocumentRow(*r) for r in rows]

    def stored_pages(self, doc_id: str) -> list[dict[str, Any]]:
        """A document's saved pages: page_no, source, mean_conf, ocr_key, text."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(
                    pages.c.page_no,
                    pages.c.source,
                    pages.c.mean_conf,
                    pages.c.ocr_key,
                    pages.c.text,
                )
                .where(pages.c.doc_id == doc_id)
                .order_by(pages.c.page_no)
            ).mappings()
            return [dict(r) for r in rows]

    # --- backlog: what is stale --------------------------------------------------------
    def _processed_in_scope(
        self, claimant_ids: Sequence[str] | None, since: datetime | None
    ) -> sa.Select:
        query = sa.select(
            documents.c.doc_id, documents.c.page_count, documents.c.claimant_id
        ).where(documents.c.status == "processed")
        if claimant_ids:
            query = query.where(documents.c.claimant_id.in_(list(claimant_ids)))
        if since is not None:
            query = query.where(documents.c.registered_at >= since)
        # A document quarantined after it was processed (its file vanished, or it failed a
        # re-run) is not planned again every week.
        gone = sa.select(quarantine.c.id).where(
            quarantine.c.claimant_id == documents.c.claimant_id,
            quarantine.c.sha256 == documents.c.sha256,
        )
        query = query.where(~sa.exists(gone))
        return query.order_by(documents.c.claimant_id, documents.c.file_name)

    def documents_needing_ocr(
        self,
        ocr_key: str,
        *,
        claimant_ids: Sequence[str] | None = None,
        since: datetime | None = None,
        force: bool = False,
    ) -> list[tuple[str, int]]:
        """(doc_id, page_count) of processed documents with a page OCR'd under another key
        (engine version or settings); with force, every document that has an OCR'd page."""
        query = self._processed_in_scope(claimant_ids, since)
        stale = sa.select(pages.c.doc_id).where(pages.c.source == "ocr")
        if not force:
            stale = stale.where(sa.or_(pages.c.ocr_key.is_(None), pages.c.ocr_key != ocr_key))
        query = query.where(documents.c.doc_id.in_(stale))
        with self.engine.connect() as conn:
            return [(r.doc_id, r.page_count) for r in conn.execute(query)]

    def documents_needing_tagging(
        self,
        model_version: str,
        *,
        claimant_ids: Sequence[str] | None = None,
        since: datetime | None = None,
        force: bool = False,
    ) -> list[tuple[str, int]]:
        """(doc_id, page_count) of processed documents tagged by another model version."""
        query = self._processed_in_scope(claimant_ids, since)
        if not force:
            query = query.where(
                sa.or_(
                    documents.c.model_version.is_(None),
                    documents.c.model_version != model_version,
                )
            )
        with self.engine.connect() as conn:
            return [(r.doc_id, r.page_count) for r in conn.execute(query)]

    def claimants_needing_summary(
        self, claimant_ids: Sequence[str] | None = None, *, force: bool = False
    ) -> list[str]:
        """Claimants whose summary is missing or older than one of their processed documents."""
        query = (
            sa.select(documents.c.claimant_id, sa.func.max(documents.c.processed_at))
            .where(documents.c.status == "processed")
            .group_by(documents.c.claimant_id)
        )
        if claimant_ids:
            query = query.where(documents.c.claimant_id.in_(list(claimant_ids)))
        with self.engine.connect() as conn:
            latest = {cid: _aware(ts) for cid, ts in conn.execute(query)}
            built = {
                cid: _aware(ts)
                for cid, ts in conn.execute(
                    sa.select(summaries.c.claimant_id, summaries.c.built_at)
                )
            }
        return sorted(
            cid
            for cid, ts in latest.items()
            if force or cid not in built or (ts is not None and ts > built[cid])
        )

    def mark_summarised(self, claimant_ids: Iterable[str], read_at: datetime | None = None) -> None:
        """Record that these claimants' summaries were written from the store as it was at
        `read_at` (default now); a document processed after that keeps them stale."""
        ids = sorted(set(claimant_ids))
        if not ids:
            return
        at = read_at or _now()
        with self.engine.begin() as conn:
            conn.execute(summaries.delete().where(summaries.c.claimant_id.in_(ids)))
            conn.execute(summaries.insert(), [{"claimant_id": c, "built_at": at} for c in ids])

    # --- reviewer decisions ------------------------------------------------------------
    def record_decision(
        self,
        finding_key: str,
        *,
        claimant_id: str,
        decision: str,
        reviewer: str,
        note: str | None = None,
    ) -> None:
        """Save (or replace) a reviewer's decision on one finding."""
        if decision not in ("confirmed", "rejected"):
            raise ValueError(f"decision must be confirmed or rejected, not {decision!r}")
        with self.engine.begin() as conn:
            conn.execute(
                review_decisions.delete().where(review_decisions.c.finding_key == finding_key)
            )
            conn.execute(
                review_decisions.insert().values(
                    finding_key=finding_key,
                    claimant_id=claimant_id,
                    decision=decision,
                    reviewer=reviewer,
                    note=note,
                    decided_at=_now(),
                )
            )

    def decisions(self, claimant_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        query = sa.select(review_decisions).order_by(review_decisions.c.finding_key)
        if claimant_ids is not None:
            query = query.where(review_decisions.c.claimant_id.in_(list(claimant_ids)))
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    # --- quarantine ------------------------------------------------------------------
    def quarantine_document(
        self,
        *,
        claimant_id: str,
        sha256: str,
        file_name: str,
        source_path: str,
        reason: str,
        detail: str,
        quarantined_path: str | None,
    ) -> bool:
        """Record a quarantined file once; True when it was new."""
        with self.engine.begin() as conn:
            known = conn.execute(
                sa.select(quarantine.c.id).where(
                    quarantine.c.claimant_id == claimant_id, quarantine.c.sha256 == sha256
                )
            ).first()
            if known:
                return False
            conn.execute(
                quarantine.insert().values(
                    claimant_id=claimant_id,
                    sha256=sha256,
                    file_name=file_name,
                    source_path=source_path,
                    reason=reason,
                    detail=detail,
                    quarantined_path=quarantined_path,
                    created_at=_now(),
                )
            )
            # A document that failed mid-way leaves its registration behind; drop it.
            conn.execute(
                documents.delete().where(
                    documents.c.claimant_id == claimant_id,
                    documents.c.sha256 == sha256,
                    documents.c.status != "processed",
                )
            )
        return True

    def is_quarantined(self, claimant_id: str, sha256: str) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(
                    sa.select(quarantine.c.id).where(
                        quarantine.c.claimant_id == claimant_id, quarantine.c.sha256 == sha256
                    )
                ).first()
                is not None
            )

    def quarantined(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(quarantine).order_by(quarantine.c.id)).mappings().all()
        return [dict(r) for r in rows]

    # --- reads for summaries ---------------------------------------------------------
    def claimant_ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(
                conn.scalars(
                    sa.select(documents.c.claimant_id).distinct().order_by(documents.c.claimant_id)
                )
            )

    def _frame(
        self, query: sa.Select, claimant_column: sa.Column, claimant_ids: Sequence[str] | None
    ) -> Any:
        """Run `query` (limited to `claimant_ids` when given) into a DataFrame whose columns are
        the query's, even when no row matches. pandas is imported lazily: the store is also
        used without it."""
        import pandas as pd

        if claimant_ids is not None:
            query = query.where(claimant_column.in_(list(claimant_ids)))
        with self.engine.connect() as conn:
            return pd.DataFrame(
                conn.execute(query).mappings().all(), columns=list(query.selected_columns.keys())
            )

    def documents_frame(self, claimant_ids: Sequence[str] | None = None) -> Any:
        """Processed documents as a pandas DataFrame."""
        query = sa.select(
            documents.c.doc_id,
            documents.c.claimant_id,
            documents.c.doc_type,
            documents.c.doc_date,
            documents.c.page_count,
            documents.c.file_name,
        ).where(documents.c.status == "processed")
        return self._frame(query, documents.c.claimant_id, claimant_ids)

    def mentions_frame(self, claimant_ids: Sequence[str] | None = None) -> Any:
        """Mentions joined with their document and page, columns = records.MENTION_COLUMNS."""
        import pandas as pd

        from va_core.records import MENTION_COLUMNS

        query = (
            sa.select(
                mentions.c.mention_id,
                mentions.c.claimant_id,
                mentions.c.doc_id,
                documents.c.doc_type,
                documents.c.doc_date,
                mentions.c.page_no,
                mentions.c.concept,
                mentions.c.assertion,
                mentions.c.laterality,
                mentions.c.nerve_roots,
                mentions.c.knee_dx,
                mentions.c.subject,
                mentions.c.severity,
                mentions.c.historical,
                mentions.c.condition,
                mentions.c.service_connection,
                mentions.c.start,
                mentions.c.end,
                mentions.c.text,
                mentions.c.snippet,
                mentions.c.score,
                pages.c.source.label("page_source"),
                mentions.c.ocr_conf,
                mentions.c.model_version,
                mentions.c.diagnostic_code,
                mentions.c.rating_percent,
                mentions.c.effective_date,
                mentions.c.low_confidence,
                mentions.c.finding_key,
            )
            .join(documents, documents.c.doc_id == mentions.c.doc_id)
            .join(
                pages,
                sa.and_(pages.c.doc_id == mentions.c.doc_id, pages.c.page_no == mentions.c.page_no),
            )
            .order_by(mentions.c.claimant_id, mentions.c.mention_id)
        )
        frame = self._frame(query, mentions.c.claimant_id, claimant_ids)
        assert tuple(frame.columns) == MENTION_COLUMNS, "query and MENTION_COLUMNS disagree"
        frame["nerve_roots"] = frame["nerve_roots"].map(json.loads) if len(frame) else []
        frame["historical"] = frame["historical"].astype(bool)
        frame["low_confidence"] = frame["low_confidence"].astype(bool)
        # Keep ints and None (JSON-ready); pandas would otherwise make a column with gaps float.
        frame["rating_percent"] = (
            frame["rating_percent"]
            .map(lambda v: None if v is None or pd.isna(v) else int(v))
            .astype(object)
        )
        return frame

    def knee_motion_frame(self, claimant_ids: Sequence[str] | None = None) -> Any:
        """Knee range-of-motion figures with their document's date."""
        query = (
            sa.select(
                knee_motion.c.claimant_id,
                knee_motion.c.doc_id,
                documents.c.doc_date,
                knee_motion.c.page_no,
                knee_motion.c.motion,
                knee_motion.c.degrees,
                knee_motion.c.laterality,
                knee_motion.c.text,
            )
            .join(documents, documents.c.doc_id == knee_motion.c.doc_id)
            .order_by(knee_motion.c.claimant_id, knee_motion.c.id)
        )
        return self._frame(query, knee_motion.c.claimant_id, claimant_ids)

    def pages_frame(self, claimant_ids: Sequence[str] | None = None) -> Any:
        """Pages of processed documents (read-only): claimant_id, doc_id, page_no, source,
        ocr_key, text. Summaries compare page texts to find repeated records."""
        query = (
            sa.select(
                documents.c.claimant_id,
                pages.c.doc_id,
                pages.c.page_no,
                pages.c.source,
                pages.c.ocr_key,
                pages.c.text,
            )
            .join(documents, documents.c.doc_id == pages.c.doc_id)
            .where(documents.c.status == "processed")
            .order_by(documents.c.claimant_id, pages.c.doc_id, pages.c.page_no)
        )
        return self._frame(query, documents.c.claimant_id, claimant_ids)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "documents": conn.scalar(sa.select(sa.func.count()).select_from(documents)) or 0,
                "pages": conn.scalar(sa.select(sa.func.count()).select_from(pages)) or 0,
                "mentions": conn.scalar(sa.select(sa.func.count()).select_from(mentions)) or 0,
                "quarantined": conn.scalar(sa.select(sa.func.count()).select_from(quarantine)) or 0,
            }


_DOC_COLS = (
    documents.c.doc_id,
    documents.c.claimant_id,
    documents.c.sha256,
    documents.c.file_name,
    documents.c.source_path,
    documents.c.media_type,
    documents.c.page_count,
    documents.c.status,
)
