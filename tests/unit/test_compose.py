"""docker-compose.yml cannot run here (no Docker daemon); check it parses and matches the code."""

from __future__ import annotations

from pathlib import Path

import yaml

from va_core.settings import ENV_PREFIX, Settings

REPO = Path(__file__).resolve().parents[2]


def test_compose_parses_and_matches_settings(monkeypatch) -> None:
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    services = compose["services"]
    pipeline = services["pipeline"]
    env = pipeline["environment"]
    assert all(key.startswith(ENV_PREFIX) for key in env)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    settings = Settings.from_env()
    assert str(settings.data_dir) == "/data"
    assert settings.database_url.startswith("postgresql+psycopg://")
    assert (
        settings.database_url.split("@")[1].split(":")[0] in services
    )  # host is a compose service
    volumes = [
        v.rsplit(":", 2)[1] if v.endswith(":ro") else v.rsplit(":", 1)[1]
        for v in pipeline["volumes"]
    ]
    assert "/data" in volumes and "/inbox" in volumes
    named = {v.split(":")[0] for v in pipeline["volumes"] if not v.startswith(("$", "."))}
    assert named <= set(compose["volumes"])
    pg_env = services["postgres"]["environment"]
    assert f"{pg_env['POSTGRES_USER']}:{pg_env['POSTGRES_PASSWORD']}@" in settings.database_url
    assert settings.database_url.endswith("/" + pg_env["POSTGRES_DB"])


def test_dockerfile_copies_every_package() -> None:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    top_level = [p for p in config["packages"] if "." not in p]
    dockerfile = (REPO / "Dockerfile").read_text()
    for package in top_level:
        assert f"COPY {package} ./{package}" in dockerfile
    assert "tesseract-ocr" in dockerfile and "poppler-utils" in dockerfile
    # The committed model artifacts ship with the image, found through the setting the code reads.
    from classifiers.artifacts import ENV_DIR

    assert "COPY data/models ./data/models" in dockerfile
    assert f"{ENV_DIR}=/opt/va-evidence/data/models" in dockerfile
