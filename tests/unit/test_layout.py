"""The layout contract: our packages come from this repo and imports point one way."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ["va_core", "extractors", "classifiers", "va_summaries", "va_synth", "va_pipeline"]

# What each package may import from this project (dags → pipeline → extractors/classifiers → core).
ALLOWED = {
    "va_core": set(),
    "extractors": {"va_core"},
    "classifiers": {"va_core"},
    "va_summaries": {"va_core"},
    "va_synth": {"va_core"},
    "va_pipeline": {"va_core", "extractors", "classifiers", "va_summaries", "va_synth"},
}


@pytest.mark.parametrize("name", PACKAGES)
def test_package_is_imported_from_this_repo(name: str) -> None:
    # `extractors` and `classifiers` are also unrelated projects on PyPI.
    module = importlib.import_module(name)
    assert Path(module.__file__).resolve().is_relative_to(REPO / name)


def _project_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found & (set(PACKAGES) | {"dags"})


@pytest.mark.parametrize("name", PACKAGES)
def test_imports_point_one_way(name: str) -> None:
    files = sorted((REPO / name).rglob("*.py"))
    assert files, f"{name} has no modules"
    for path in files:
        wrong = _project_imports(path) - ALLOWED[name] - {name}
        assert not wrong, (
            f"{path.relative_to(REPO)} imports {sorted(wrong)} against the one-way rule"
        )


def test_installed_packages_resolve_to_this_repo_from_any_folder(tmp_path: Path) -> None:
    """What the console script sees: imports from outside the checkout, not from the cwd."""
    import subprocess
    import sys

    code = "import importlib,sys\nfor n in sys.argv[1:]: print(importlib.import_module(n).__file__)"
    out = subprocess.run(
        [sys.executable, "-c", code, *PACKAGES],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert len(out) == len(PACKAGES)
    for name, path in zip(PACKAGES, out, strict=True):
        assert path != "None", f"{name} imports as a namespace package: reinstall with `make setup`"
        assert Path(path).resolve().is_relative_to(REPO / name)
