"""Model artifacts on disk: data/models/<name>/<version>/{model.json, card.json, card.md}.

The model is plain JSON (vocabulary, coefficients, intercepts): loading it cannot execute
code. card.json records the sha256 of model.json; a file that does not match, does not parse,
or carries another version or feature set is refused with `ModelArtifactError` (exit code 5),
never silently replaced. Writes are deterministic (sorted keys, fixed float repr, no times).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from pathlib import Path
from typing import Any

from classifiers.model import FEATURES, NAME, VERSION, AssertionModel
from va_core.atomicio import write_bytes_atomic
from va_core.errors import ModelArtifactError

MODELS_DIR = Path(__file__).resolve().parents[1] / "data" / "models"
ENV_DIR = "VA_EVIDENCE_MODELS_DIR"
MODEL_FILE, CARD_JSON, CARD_MD = "model.json", "card.json", "card.md"
FORMAT = 1


def models_dir() -> Path:
    """Where artifacts live: $VA_EVIDENCE_MODELS_DIR or data/models of this checkout."""
    env = os.environ.get(ENV_DIR)
    return Path(env) if env else MODELS_DIR


def artifact_dir(root: Path | None = None) -> Path:
    """data/models/<name>/<version> for the model version this code expects."""
    return (root or models_dir()) / NAME / VERSION


def dumps(obj: Any, compact: bool = False) -> bytes:
    """Deterministic JSON bytes (sorted keys, one trailing newline)."""
    layout: dict[str, Any] = {"separators": (",", ":")} if compact else {"indent": 1}
    return (
        json.dumps(obj, sort_keys=True, ensure_ascii=False, allow_nan=False, **layout) + "\n"
    ).encode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_weights(d: Any, where: Path) -> None:
    def bad(why: str) -> ModelArtifactError:
        return ModelArtifactError(f"model artifact {where} refused: {why}")

    if not isinstance(d, dict):
        raise bad("not a JSON object")
    if d.get("format") != FORMAT or d.get("name") != NAME:
        raise bad(f"format/name {d.get('format')!r}/{d.get('name')!r}, expected {FORMAT}/{NAME}")
    if d.get("version") != VERSION:
        raise bad(
            f"version {d.get('version')!r}, this code expects {VERSION!r}; run `va-evidence train`"
        )
    if d.get("features") != FEATURES:
        raise bad("feature settings differ from this code's")
    classes, terms, coef, icpt = (d.get(k) for k in ("classes", "terms", "coef", "intercept"))
    if not (
        isinstance(classes, list)
        and len(classes) >= 2
        and all(c in ("negated", "possible", "present") for c in classes)
    ):
        raise bad("bad classes")
    if not (
        isinstance(terms, list)
        and all(isinstance(t, str) for t in terms)
        and terms == sorted(set(terms))
    ):
        raise bad("terms are not a sorted list of distinct strings")
    if not (
        isinstance(coef, list)
        and isinstance(icpt, list)
        and len(coef) == len(icpt) == len(classes)
        and all(isinstance(r, list) and len(r) == len(terms) for r in coef)
    ):
        raise bad("coefficient shapes do not match")
    for x in [*icpt, *(v for r in coef for v in r)]:
        if not isinstance(x, int | float) or isinstance(x, bool) or not math.isfinite(x):
            raise bad("non-numeric weight")


def write(model: AssertionModel, card: dict[str, Any], card_md: str, root: Path) -> Path:
    """Write model.json, card.json (with the model's sha256) and card.md; return the folder."""
    out = artifact_dir(root)
    out.mkdir(parents=True, exist_ok=True)
    blob = dumps({"format": FORMAT, **model.to_dict()}, compact=True)
    card = {**card, "model_file": MODEL_FILE, "model_sha256": sha256(blob)}
    for name, data in ((MODEL_FILE, blob), (CARD_JSON, dumps(card)), (CARD_MD, card_md.encode())):
        write_bytes_atomic(out / name, data).chmod(0o644)  # mkstemp makes 0600
    return out


def load(root: Path | None = None) -> AssertionModel | None:
    """The verified model under `root`; None when no artifact of this name exists at all."""
    base = (root or models_dir()) / NAME
    folder = base / VERSION
    if not folder.exists():
        others = sorted(p.name for p in base.iterdir() if p.is_dir()) if base.is_dir() else []
        if others:
            raise ModelArtifactError(
                f"model artifact {base} has version(s) {', '.join(others)}, this code expects "
                f"{VERSION}; run `va-evidence train`"
            )
        return None
    try:
        card = json.loads((folder / CARD_JSON).read_bytes())
        blob = (folder / MODEL_FILE).read_bytes()
    except (OSError, ValueError) as exc:
        raise ModelArtifactError(
            f"model artifact {folder} unreadable ({type(exc).__name__})"
        ) from None
    if not isinstance(card, dict) or card.get("model_sha256") != sha256(blob):
        raise ModelArtifactError(
            f"model artifact {folder} refused: model.json does not match the sha256 in card.json"
        )
    if card.get("version") != VERSION:
        raise ModelArtifactError(
            f"model artifact {folder} refused: card version "
            f"{card.get('version')!r}, expected {VERSION!r}"
        )
    try:
        data = json.loads(blob)
    except ValueError:
        raise ModelArtifactError(f"model artifact {folder} refused: not JSON") from None
    _check_weights(data, folder)
    return AssertionModel.from_dict(data)


def load_default() -> AssertionModel | None:
    """`load()` from the default models folder."""
    return load(None)


def read_card(root: Path | None = None) -> dict[str, Any]:
    """card.json of the expected version (for reports)."""
    try:
        return dict(json.loads((artifact_dir(root) / CARD_JSON).read_bytes()))
    except (OSError, ValueError) as exc:
        raise ModelArtifactError(f"model card unreadable ({type(exc).__name__})") from None
