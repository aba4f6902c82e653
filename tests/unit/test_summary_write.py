"""Bulk writing of summaries: same files as one by one, all-or-nothing, no temporaries left."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.unit.test_summaries import CID, documents, frame, gait_right, radic_right, sc
from va_summaries import build_summary, write_summaries, write_summary


def _summaries() -> list[dict[str, Any]]:
    one = build_summary(CID, frame([sc(), radic_right()]), documents())
    two = build_summary(CID, frame([gait_right()]), documents()) | {"claimant_id": "C002"}
    return [one, two]


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_bulk_writes_the_same_files_as_one_by_one(tmp_path: Path) -> None:
    single, bulk = tmp_path / "single", tmp_path / "bulk"
    summaries = _summaries()
    for s in summaries:
        write_summary(single, s)
    paths = write_summaries(bulk, summaries)
    assert [p.name for p in paths] == ["C001.json", "C001.html", "C002.json", "C002.html"]
    assert _contents(bulk) == _contents(single)


def test_a_bad_summary_renames_nothing_and_leaves_no_temporaries(tmp_path: Path) -> None:
    old = _summaries()
    write_summaries(tmp_path, old)
    before = _contents(tmp_path)
    new = [build_summary(CID, frame([gait_right()]), documents()), old[1] | {"claimant_id": "../x"}]
    with pytest.raises(ValueError):
        write_summaries(tmp_path, new)
    assert _contents(tmp_path) == before


def test_a_failed_fsync_renames_nothing_and_removes_temporaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import va_summaries.write as write

    real = write.os.fsync

    def failing(fd: int) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(write.os, "fsync", failing)
    with pytest.raises(OSError):
        write_summaries(tmp_path, _summaries())
    monkeypatch.setattr(write.os, "fsync", real)
    assert list(tmp_path.iterdir()) == []


def test_the_quick_final_mask_agrees_with_mask_ssn() -> None:
    import random

    from va_core.privacy import mask_ssn
    from va_summaries.html_parts import mask_output

    rng = random.Random(3)
    pieces = [
        "123-45-6789",
        "123 45 6789",
        "SSN: 987654321",
        "ss# 111223333",
        "12-345-6789",
        "1234567890",
        "٣٤٥-٦٧-٨٩٠١",
        "p.12",
        "2019-03-02",
        " ",
        "x",
        "7",
        "-",
        "SSN ",
        "Social Security Number ",
        "sOcIaL sEcUrItY No. ",
        "SSN123456789",
        "3f1234567890ab",  # a finding key's digits: no cue by themselves
        "ſSN ",  # long s: (?i) folds it to "s"
        "— ",
    ]
    changed = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert mask_output(text) == mask_ssn(text), text
        changed += mask_ssn(text) != text
    assert changed > 100  # the sample exercises the masking path, not only the shortcut
