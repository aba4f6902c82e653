"""Corpus split, reproducible training, artifact checks, evaluation metrics, train/eval CLI."""

from __future__ import annotations

import io
import json
import logging
import random
from pathlib import Path

import pytest

from classifiers import artifacts, corpus
from classifiers.evaluate import Report, evaluate, score_unit
from classifiers.model import VERSION, default_model
from va_core.errors import BadArguments, ExitCode
from va_core.records import Mention
from va_pipeline.cli import run_cli

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two independent `train` runs over the fixture corpus."""
    roots = []
    for name in ("a", "b"):
        root = tmp_path_factory.mktemp(name)
        code = run_cli(
            ["train", "--seed", "3", "--corpus", str(FIXTURE), "--out", str(root)],
            out=io.StringIO(),
        )
        assert code == ExitCode.ok
        roots.append(root)
    return roots[0], roots[1]


def test_split_is_by_group_and_ignores_file_order(tmp_path: Path) -> None:
    lines = (FIXTURE / "hand_written.jsonl").read_text().splitlines()
    body = [ln for ln in lines if not ln.startswith("#")]
    random.Random(1).shuffle(body)
    (tmp_path / "hand_written.jsonl").write_text("\n".join(body) + "\n")
    a, b = corpus.load(FIXTURE), corpus.load(tmp_path)
    assert a == b
    for split in corpus.SPLITS:
        assert corpus.select(a, split) == corpus.select(b, split)
    assert {corpus.split_of(r["group"]) for r in a if r["group"] == a[0]["group"]} == {
        corpus.split_of(a[0]["group"])
    }
    assert {s: len(corpus.select(a, s)) for s in corpus.SPLITS} == {"train": 7, "dev": 2, "test": 3}
    counts = {s: 0 for s in corpus.SPLITS}
    for i in range(4000):
        counts[corpus.split_of(f"group-{i}")] += 1
    assert 0.66 < counts["train"] / 4000 < 0.74 and 0.12 < counts["test"] / 4000 < 0.18


@pytest.mark.parametrize(
    "change",
    [
        {"concept": "hip_pain"},
        {"assertion": "maybe"},
        {"laterality": "up"},
        {"span": [5, 999]},
        {"span": "not in it"},
        {"nerve_roots": ["L9"]},
        {"knee_dx": "sprain"},
    ],
)
def test_corpus_vocabulary_is_validated(tmp_path: Path, change: dict[str, object]) -> None:
    rec = json.loads((FIXTURE / "hand_written.jsonl").read_text().splitlines()[1])
    rec["mentions"][0].update(change)
    (tmp_path / "generated.jsonl").write_text(json.dumps(rec) + "\n")
    with pytest.raises(BadArguments, match="generated.jsonl line 1"):
        corpus.load(tmp_path)


def test_two_train_runs_are_byte_identical(trained: tuple[Path, Path]) -> None:
    a, b = (artifacts.artifact_dir(r) for r in trained)
    names = sorted(p.name for p in a.iterdir())
    assert names == ["card.json", "card.md", "model.json"]
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    card = json.loads((a / "card.json").read_text())
    assert card["seed"] == 3 and card["version"] == VERSION
    assert card["splits"] == {"train": 7, "dev": 2, "test": 3}
    assert set(card["metrics"]) == {"dev", "test"}
    assert {"python", "scikit-learn", "numpy"} <= set(card["libraries"])
    assert len(card["training_data_sha256"]) == 64


def test_artifact_loads_and_matches_sklearn(trained: tuple[Path, Path]) -> None:
    model = artifacts.load(trained[0])
    assert model is not None
    for ctx in ["no qqc today", "possible qqc of the left knee", "dcnies qqc"]:
        fast, slow = model.proba_context(ctx), model.sklearn_proba(ctx)
        assert all(abs(fast[k] - v) < 1e-9 for k, v in slow.items())


def _copy(src: Path, dst: Path) -> Path:
    folder = artifacts.artifact_dir(dst)
    folder.mkdir(parents=True)
    for p in artifacts.artifact_dir(src).iterdir():
        (folder / p.name).write_bytes(p.read_bytes())
    return folder


def test_tampered_artifact_is_refused(trained: tuple[Path, Path], tmp_path: Path) -> None:
    folder = _copy(trained[0], tmp_path)
    data = json.loads((folder / "model.json").read_text())
    data["coef"][0][0] += 5.0
    (folder / "model.json").write_text(json.dumps(data, sort_keys=True))
    with pytest.raises(artifacts.ModelArtifactError, match="sha256"):
        artifacts.load(tmp_path)
    code = run_cli(["eval", "--corpus", str(FIXTURE), "--models", str(tmp_path)], out=io.StringIO())
    assert code == ExitCode.model_artifact == 5


def test_corrupt_or_other_version_is_refused(trained: tuple[Path, Path], tmp_path: Path) -> None:
    folder = _copy(trained[0], tmp_path / "x")
    (folder / "model.json").write_bytes(b"{not json")
    with pytest.raises(artifacts.ModelArtifactError):
        artifacts.load(tmp_path / "x")
    old = _copy(trained[0], tmp_path / "y")
    old.rename(old.parent / "lr-0")
    with pytest.raises(artifacts.ModelArtifactError, match="expects"):
        artifacts.load(tmp_path / "y")


def test_missing_artifact_trains_in_process_with_a_log_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(artifacts.ENV_DIR, str(tmp_path))
    default_model.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            model = default_model()
        assert model.proba("denies any", "")["negated"] > 0.5
        assert any("training in-process" in r.getMessage() for r in caplog.records)
    finally:
        default_model.cache_clear()


def _m(concept: str, assertion: str, laterality: str, start: int) -> Mention:
    return Mention(concept, assertion, laterality, start, start + 3, "xxx")


def test_metrics_multiset_per_sentence() -> None:
    rec = {
        "id": "r1",
        "group": "g",
        "text": "Left knee OA. No limp. Right knee DJD.",
        "mentions": [
            {
                "concept": "knee_condition",
                "assertion": "present",
                "laterality": "left",
                "span": [0, 12],
            },
            {
                "concept": "antalgic_gait",
                "assertion": "negated",
                "laterality": "unspecified",
                "span": [17, 21],
            },
            {
                "concept": "knee_condition",
                "assertion": "present",
                "laterality": "right",
                "span": [23, 37],
            },
        ],
    }
    pred = [
        _m("knee_condition", "present", "left", 0),  # right
        _m("antalgic_gait", "present", "unspecified", 17),  # wrong assertion
        _m("knee_condition", "present", "right", 5),  # right triple, wrong sentence
        _m("radiculopathy", "present", "left", 25),
    ]  # spurious
    report = evaluate([rec], lambda text: pred)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 3, 2)
    assert report.per_concept["knee_condition"].prf()[0] == 0.5
    assert report.pairs == 2 and report.assertion_ok == 1 and report.laterality_ok == 2
    kinds = sorted(e.kind for e in report.errors)
    assert kinds == ["assertion", "missed", "spurious", "spurious"]


def test_pairing_prefers_agreeing_candidates() -> None:
    report = Report()
    gold = [("knee_condition", "present", "left"), ("knee_condition", "negated", "right")]
    pred = [("knee_condition", "negated", "right"), ("knee_condition", "present", "right")]
    score_unit(report, "r", 0, "", gold, pred)
    assert report.overall.tp == 1 and report.pairs == 2
    assert report.assertion_ok == 2 and report.laterality_ok == 1


def test_eval_cli_prints_table(trained: tuple[Path, Path]) -> None:
    out = io.StringIO()
    code = run_cli(
        [
            "eval",
            "--split",
            "all",
            "--corpus",
            str(FIXTURE),
            "--models",
            str(trained[0]),
            "--show-errors",
            "3",
        ],
        out=out,
    )
    assert code == ExitCode.ok
    text = out.getvalue()
    for word in ("antalgic_gait", "overall", "assertion acc", "laterality acc"):
        assert word in text
    assert run_cli(["eval", "--ocr", "--corpus", str(FIXTURE)], out=io.StringIO()) == 1


def test_train_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    blobs = []
    for hash_seed in ("1", "2"):
        out = tmp_path / hash_seed
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        code = "import sys; from va_pipeline.cli import main; main(sys.argv[1:])"
        subprocess.run(
            [sys.executable, "-c", code, "train", "--corpus", str(FIXTURE), "--out", str(out)],
            check=True,
            env=env,
            capture_output=True,
        )
        blobs.append((artifacts.artifact_dir(out) / "model.json").read_bytes())
    assert blobs[0] == blobs[1]


def test_tagging_does_not_depend_on_the_hash_seed() -> None:
    """Set order must never leak into output: same text, same mentions, in every process."""
    import hashlib
    import os
    import subprocess
    import sys

    code = (
        "import hashlib, json, classifiers\n"
        "from classifiers import corpus\n"
        "texts = [r['text'] for r in corpus.load()]\n"
        "out = [[m.to_dict() for m in classifiers.tag_text(t)] for t in texts]\n"
        "print(hashlib.sha256(json.dumps(out, sort_keys=True).encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1
    assert hashlib.sha256(b"").hexdigest() not in digests


def test_eval_groups_scores_only_the_named_groups(trained: tuple[Path, Path]) -> None:
    records = corpus.load(FIXTURE)
    fx2 = corpus.select(records, "all", ["fx2"])
    assert fx2 and {r["group"] for r in fx2} == {"fx2"}
    assert {r["group"] for r in corpus.select(records, "all", ["fx1", "fx3"])} == {
        "fx1",
        "fx10",
        "fx3",
    }
    assert corpus.select(records, "all", []) == records

    def figures(*extra: str) -> dict[str, object]:
        out = io.StringIO()
        argv = ["eval", "--split", "all", "--corpus", str(FIXTURE), "--models", str(trained[0])]
        assert run_cli([*argv, "--json", *extra], out=out) == ExitCode.ok
        return json.loads(out.getvalue())["clean"]

    whole, part = figures(), figures("--groups", "fx2")
    assert part["records"] == len(fx2) < whole["records"]
    assert run_cli(["eval", "--corpus", str(FIXTURE), "--groups", "nope-"], out=io.StringIO()) == 1
