"""data/corpus/: the labelled sentence corpus (hand-written and generated records)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from va_core import records
from va_synth import corpus

HAND = corpus.HAND_FILE
GENERATED = corpus.GENERATED_FILE


def _lines(path: Path) -> list[str]:
    return [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@pytest.fixture(scope="module")
def hand() -> list[dict]:
    return [json.loads(x) for x in _lines(HAND)]


@pytest.fixture(scope="module")
def generated() -> list[dict]:
    return [json.loads(x) for x in _lines(GENERATED)]


@pytest.mark.parametrize("path", [HAND, GENERATED], ids=["hand", "generated"])
def test_every_line_parses_as_an_object(path: Path) -> None:
    for n, line in enumerate(_lines(path), 1):
        obj = json.loads(line)
        assert isinstance(obj, dict), f"{path.name}:{n}"
        assert isinstance(obj["mentions"], list) and isinstance(obj["text"], str)


def test_vocabulary_and_spans_are_valid(hand: list[dict], generated: list[dict]) -> None:
    errs = [e for r in hand + generated for e in corpus.validate(r)]
    assert not errs, "\n".join(errs[:30])
    for r in hand + generated:
        assert r["style"] in corpus.STYLES
        for m in r["mentions"]:
            assert m["concept"] in records.CONCEPTS
            assert m["assertion"] in records.ASSERTIONS
            assert m["laterality"] in records.LATERALITIES
            assert m["subject"] in records.SUBJECTS
            assert m["knee_dx"] is None or m["knee_dx"] in records.KNEE_DX
            assert m["severity"] is None or m["severity"] in records.SEVERITIES
            assert all(x in records.NERVE_ROOTS for x in m["nerve_roots"])
            sc = m["service_connection"]
            assert sc is None or sc in records.SERVICE_CONNECTION
            assert m["span"] and m["span"] in r["text"], (r["id"], m["span"])
            if m["concept"] == "knee_condition" and m["assertion"] == "present":
                assert m["knee_dx"] is not None, r["id"]


def test_ids_unique(hand: list[dict], generated: list[dict]) -> None:
    ids = [r["id"] for r in hand + generated]
    assert len(ids) == len(set(ids))


def test_sources(hand: list[dict], generated: list[dict]) -> None:
    assert {r["source"] for r in hand} == {"hand"}
    assert {r["source"] for r in generated} == {"generated"}


def test_groups_are_consistent(hand: list[dict], generated: list[dict]) -> None:
    """A group stays in one file and one style family, and its members say the same thing
    (same concepts, assertions and subjects; a side swap changes only the laterality)."""
    hand_groups = {r["group"] for r in hand}
    assert not hand_groups & {r["group"] for r in generated}
    by_group: dict[str, list[dict]] = defaultdict(list)
    for r in hand + generated:
        by_group[r["group"]].append(r)
    for gid, members in by_group.items():
        assert len({corpus.STYLE_FAMILY[r["style"]] for r in members}) == 1 or gid.startswith(
            "gen-"
        ), gid
        shapes = {
            tuple(sorted((m["concept"], m["assertion"], m["subject"]) for m in r["mentions"]))
            for r in members
        }
        assert len(shapes) == 1, (gid, shapes)
    # the hand-written groups with more than one member are real near-duplicates
    assert sum(1 for g in hand_groups if len(by_group[g]) > 1) >= 30


def test_hand_written_file_is_compiled_from_source(hand: list[dict]) -> None:
    assert hand == corpus.build_hand()


def test_generated_file_equals_the_function() -> None:
    expected = corpus.generated_records(600, 7)
    assert GENERATED.read_text(encoding="utf-8") == corpus.dumps(expected)
    assert expected == corpus.generated_records(600, 7)
    assert len(expected) == 600


def test_hand_written_counts(hand: list[dict]) -> None:
    assert len(hand) >= 700
    per: Counter[tuple[str, str]] = Counter(
        (m["concept"], m["assertion"]) for r in hand for m in r["mentions"]
    )
    for c in records.CONCEPTS:
        assert per[(c, "present")] >= 60, c
        assert per[(c, "negated")] >= 25, c
        assert per[(c, "possible")] >= 15, c
    assert sum(1 for r in hand if not r["mentions"]) >= 80
    assert sum(1 for r in hand if any(m["subject"] == "other" for m in r["mentions"])) >= 40


def test_hand_written_coverage(hand: list[dict]) -> None:
    """Each style covers several concepts; sided concepts appear on every side."""
    concepts_per_style: dict[str, set[str]] = defaultdict(set)
    for r in hand:
        concepts_per_style[r["style"]].update(m["concept"] for m in r["mentions"])
    assert set(concepts_per_style) == set(corpus.STYLES)
    for style, cs in concepts_per_style.items():
        assert len(cs) >= 3, (style, cs)
    lat = Counter((m["concept"], m["laterality"]) for r in hand for m in r["mentions"])
    for c in ("antalgic_gait", "radiculopathy", "knee_condition"):
        for side in records.LATERALITIES:
            assert lat[(c, side)] >= 8, (c, side)


def test_swap_sides_leaves_abbreviations_alone() -> None:
    assert corpus.swap_sides("R/o R knee OA, B/L L5, RLE") == "R/o L knee OA, B/L L5, LLE"
