"""docker-compose.yml cannot run here (no Docker daemon): check that it parses and that its
services, images, volumes and environment agree with the settings the code reads."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from va_core.settings import ENV_PREFIX, Settings

REPO = Path(__file__).resolve().parents[2]
AIRFLOW_SERVICES = {
    "airflow-apiserver": "api-server",
    "airflow-scheduler": "scheduler",
    "airflow-dag-processor": "dag-processor",
    "airflow-triggerer": "triggerer",
    "airflow-worker": "celery",
}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def _settings_env_names() -> set[str]:
    """Every VA_EVIDENCE_* variable the code reads."""
    names = set()
    for path in [*REPO.glob("va_*/*.py"), *REPO.glob("classifiers/*.py")]:
        text = path.read_text()
        names |= {ENV_PREFIX + n for n in re.findall(r'_env\("([A-Z_]+)"', text)}
        names |= set(re.findall(r'"(VA_EVIDENCE_[A-Z_]+)"', text))
        names |= {ENV_PREFIX + n for n in re.findall(r'ENV_PREFIX \+ "([A-Z_]+)"', text)}
    return names


def _volumes(service: dict) -> list[tuple[str, str]]:
    """(source, target) of each volume; a ${VAR:-default} source counts as a bind mount."""
    pairs = []
    for spec in service.get("volumes", []):
        source, target = re.sub(r"\$\{[^}]*\}", "${VAR}", spec).split(":")[:2]
        pairs.append((source, target))
    return pairs


def _volume_targets(service: dict) -> set[str]:
    return {target for _, target in _volumes(service)}


def test_every_airflow_service_runs_the_project_image(compose: dict) -> None:
    services = compose["services"]
    assert set(AIRFLOW_SERVICES) | {"postgres", "redis", "airflow-init", "pipeline"} <= set(
        services
    )
    for name, command in AIRFLOW_SERVICES.items():
        svc = services[name]
        assert svc["image"] == services["pipeline"]["image"] == "va-evidence:latest"
        assert svc["build"] == "."
        assert svc["entrypoint"] == ["airflow"] and svc["command"][0] == command
        assert {"/inbox", "/data"} <= _volume_targets(svc), name
    worker = services["airflow-worker"]
    assert "container_name" not in worker and "ports" not in worker  # --scale works


def test_environment_matches_what_the_code_reads(compose: dict, monkeypatch) -> None:
    env = compose["services"]["airflow-worker"]["environment"]
    known = _settings_env_names()
    ours = {k: v for k, v in env.items() if k.startswith(ENV_PREFIX)}
    assert set(ours) <= known, set(ours) - known
    for key, value in ours.items():
        monkeypatch.setenv(key, re.sub(r"\$\{[A-Z_]+:-(.*)\}", r"\1", value))
    settings = Settings.from_env()
    assert str(settings.data_dir) == "/data" and str(settings.inbox) == "/inbox"
    assert settings.nightly_cron == "0 2 * * *"
    services = set(compose["services"])
    # Every URL points at a service of this file.
    for url in (
        settings.database_url,
        env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"],
        env["AIRFLOW__CELERY__BROKER_URL"],
        env["AIRFLOW__CELERY__RESULT_BACKEND"],
        env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"],
    ):
        assert urlsplit(url).hostname in services, url
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    # The pool the DAGs ask for is the pool airflow-init creates.
    init = " ".join(compose["services"]["airflow-init"]["command"])
    assert f"pools set {settings.ocr_pool} " in init and "db migrate" in init


def test_databases_and_volumes_exist(compose: dict) -> None:
    services = compose["services"]
    pg = services["postgres"]["environment"]
    env = services["airflow-worker"]["environment"]
    store = urlsplit(env["VA_EVIDENCE_DB_URL"])
    assert (store.username, store.password, store.path) == (
        pg["POSTGRES_USER"],
        pg["POSTGRES_PASSWORD"],
        "/" + pg["POSTGRES_DB"],
    )
    meta = urlsplit(env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
    init_sql = (REPO / "docker" / "postgres-init.sql").read_text()
    assert f"CREATE DATABASE {meta.path.lstrip('/')} OWNER {meta.username}" in init_sql
    assert f"ROLE {meta.username} LOGIN PASSWORD '{meta.password}'" in init_sql
    mounted = [v.split(":")[0] for s in services.values() for v in s.get("volumes", [])]
    named = {m for m in mounted if not m.startswith(("$", ".", "/"))}
    assert named <= set(compose["volumes"])
    files = [m for m in mounted if m.startswith("./")]
    assert all((REPO / f).exists() for f in files), files


def test_dockerfile_ships_packages_dags_and_airflow() -> None:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    top_level = [p for p in config["packages"] if "." not in p]
    dockerfile = (REPO / "Dockerfile").read_text()
    for package in top_level:
        assert f"COPY {package} ./{package}" in dockerfile
    assert "tesseract-ocr" in dockerfile and "poppler-utils" in dockerfile
    assert "COPY dags ./dags" in dockerfile and '".[airflow]"' in dockerfile
    assert "AIRFLOW__CORE__DAGS_FOLDER=/opt/va-evidence/dags" in dockerfile
    # The committed model artifacts ship with the image, found through the setting the code reads.
    from classifiers.artifacts import ENV_DIR

    assert "COPY data/models ./data/models" in dockerfile
    assert f"{ENV_DIR}=/opt/va-evidence/data/models" in dockerfile
