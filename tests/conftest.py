"""Shared fixtures and the tool-dependent markers.

Tests marked `tesseract` or `postgres` skip with a reason where the tool is missing on a
developer's machine, and fail instead when the CI environment variable is set.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from va_core.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "sample"
SENTINEL = "ZZ-SENTINEL-PHI"
PG_URL = os.environ.get(
    "VA_EVIDENCE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
IN_CI = bool(os.environ.get("CI"))


def skip_or_fail(reason: str) -> None:
    """Skip on a laptop; fail in CI, where every tool must be present."""
    if IN_CI:
        pytest.fail(f"CI is set, so this may not skip: {reason}")
    pytest.skip(reason)


def postgres_reachable(url: str) -> bool:
    import sqlalchemy as sa

    try:
        engine = sa.create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(sa.text("select 1"))
        engine.dispose()
        return True
    except Exception:  # noqa: BLE001 - any failure means "not reachable here"
        return False


@pytest.fixture(autouse=True)
def _require_tools(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("tesseract"):
        missing = [t for t in ("tesseract", "pdftoppm") if shutil.which(t) is None]
        if missing:
            skip_or_fail(f"needs {', '.join(missing)} (run `make setup`)")
    if request.node.get_closest_marker("postgres") and not postgres_reachable(PG_URL):
        skip_or_fail(f"needs PostgreSQL at {PG_URL.split('@')[-1]} (set VA_EVIDENCE_TEST_PG_URL)")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with everything under a temporary data folder and one OCR worker."""
    return Settings(data_dir=tmp_path / "data", workers=1)


@pytest.fixture
def pg_url() -> str:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    import uuid

    import sqlalchemy as sa

    if not postgres_reachable(PG_URL):
        skip_or_fail("PostgreSQL not reachable")
    name = f"va_evidence_test_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = PG_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
