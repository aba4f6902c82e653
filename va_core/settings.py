"""Settings, read from VA_EVIDENCE_* environment variables. Never instantiated at import."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

ENV_PREFIX = "VA_EVIDENCE_"


def _env(name: str, default: str) -> str:
    return os.environ.get(ENV_PREFIX + name, default)


@dataclass(frozen=True, slots=True)
class OcrSettings:
    """Everything that changes OCR output; its key is part of the OCR cache key."""

    dpi: int = 300
    lang: str = "eng"
    psm: int = 4
    timeout_s: int = 180

    def cache_key(self, engine_version: str) -> str:
        """Stable key for cached OCR results made with these settings and engine."""
        return f"tess{engine_version}-dpi{self.dpi}-{self.lang}-psm{self.psm}"


@dataclass(frozen=True, slots=True)
class Settings:
    """Where data lives and how the pipeline behaves."""

    data_dir: Path = Path("data/run")
    """Store, OCR cache, quarantine and summaries live here."""
    db_url: str | None = None
    """SQLAlchemy URL; default is a SQLite file under data_dir."""
    ocr: OcrSettings = field(default_factory=OcrSettings)
    workers: int = 0
    """OCR processes; 0 means one per CPU core."""
    max_file_mb: int = 500
    max_pages: int = 3000
    text_layer_min_chars: int = 40
    """A text layer shorter than this on a page is treated as absent."""
    inbox: Path = Path("data/inbox")
    """Where the nightly DAG looks for new claim files (a folder or a manifest.csv)."""
    batch_docs: int = 25
    """Documents per mapped task of the nightly DAG (raised when a night would exceed
    max_batches, so a 10,000-document night stays far below Airflow's max_map_length)."""
    max_batches: int = 200
    chunk_pages: int = 500
    """Pages per chunk of a backlog re-run."""
    max_chunks: int = 100
    """Chunks per backlog run; the rest stays stale and the next run takes it."""
    nightly_cron: str = "0 2 * * *"
    backlog_cron: str = "0 4 * * 0"
    ocr_pool: str = "va_ocr"
    """Airflow pool that bounds concurrent OCR tasks."""

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Build settings from the environment, then apply explicit overrides."""
        base = cls(
            data_dir=Path(_env("DATA_DIR", "data/run")),
            db_url=os.environ.get(ENV_PREFIX + "DB_URL") or None,
            ocr=OcrSettings(
                dpi=int(_env("OCR_DPI", "300")),
                lang=_env("OCR_LANG", "eng"),
                psm=int(_env("OCR_PSM", "4")),
                timeout_s=int(_env("OCR_TIMEOUT_S", "180")),
            ),
            workers=int(_env("WORKERS", "0")),
            max_file_mb=int(_env("MAX_FILE_MB", "500")),
            max_pages=int(_env("MAX_PAGES", "3000")),
            inbox=Path(_env("INBOX", "data/inbox")),
            batch_docs=int(_env("BATCH_DOCS", "25")),
            max_batches=int(_env("MAX_BATCHES", "200")),
            chunk_pages=int(_env("CHUNK_PAGES", "500")),
            max_chunks=int(_env("MAX_CHUNKS", "100")),
            nightly_cron=_env("NIGHTLY_CRON", "0 2 * * *"),
            backlog_cron=_env("BACKLOG_CRON", "0 4 * * 0"),
            ocr_pool=_env("OCR_POOL", "va_ocr"),
        )
        clean = {k: v for k, v in overrides.items() if v is not None}
        return replace(base, **clean) if clean else base  # type: ignore[arg-type]

    @property
    def database_url(self) -> str:
        """The URL the store connects to."""
        if self.db_url:
            return self.db_url
        return f"sqlite:///{(self.data_dir / 'store.sqlite').resolve()}"

    @property
    def effective_workers(self) -> int:
        """Worker processes to use for OCR."""
        return self.workers if self.workers > 0 else max(1, os.cpu_count() or 1)

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"

    @property
    def quarantine_dir(self) -> Path:
        return self.data_dir / "quarantine"

    @property
    def summaries_dir(self) -> Path:
        return self.data_dir / "summaries"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"
