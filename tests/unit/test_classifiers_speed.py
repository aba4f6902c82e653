"""The tagger's speed devices give exactly the answers of the plain code they stand in for.

Each device is checked against that plain code (the pattern run without its gate, re's own
scan, the case-blind pattern) on every sentence of the labelled corpus.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

import classifiers
from classifiers import candidates, forms, gates, lexicon, ocr_normalize, rating_facts, tagger
from classifiers.model import _word_grams, default_model
from classifiers.sentences import split_sentences

CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus"
_PLAIN_QUICK = re.compile(
    r"[\[\]☒☑✅■✓✔☐□|]|K[l1I]\b|K[l1I]?!|\([xX ]\)|[&@Oo0]\)?\s+(?:[Yy]es|N[Oo])\b"
    r"|[&@]\s*(?:[Rr]ight|[Ll]eft|[Bb]oth)\b"
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    out = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.append(json.loads(line)["text"])
    assert out
    return out


@pytest.fixture(scope="module")
def lines(texts: list[str]) -> list[str]:
    raw = {t[s:e] for t in texts for s, e in split_sentences(t)}
    raw |= {line for t in texts for line in t.split("\n")}
    return sorted(raw)


@pytest.fixture(scope="module")
def sentences(lines: list[str]) -> list[str]:
    return sorted({ocr_normalize.normalize(x).text for x in lines})


def _gated() -> list[re.Pattern[str]]:
    return list(candidates._GATES._patterns)


def test_gate_words_are_in_every_match(sentences: list[str]) -> None:
    for rx in _gated():
        words = gates.words_of(rx)
        if words is None:
            continue
        for text in sentences:
            for m in rx.finditer(text):
                assert any(w in m.group() for w in words), (rx.pattern[:40], m.group())


def test_gate_set_never_skips_a_match(sentences: list[str]) -> None:
    gate_set = candidates._GATES
    for text in sentences:
        allowed = gate_set.allowed(text)
        for rx in _gated():
            found = rx.search(text) is not None
            assert not found or allowed & gate_set.bits[id(rx)], (rx.pattern[:40], text)
            assert gate_set.holds(rx, text) == found, (rx.pattern[:40], text)


def test_sure_words_match_by_themselves() -> None:
    assert gates.sure_words(re.compile(r"lumb|dis[ck]|\bls\b")) == {"lumb", "disc", "disk"}
    for word in gates.sure_words(lexicon.PREFILTER) or ():
        assert lexicon.PREFILTER.search(f"x {word} x"), word
    assert gates.words_of(re.compile(r"\b[ab]\s+l[1-5]\b")) == {f"l{n}" for n in range(1, 6)}


def test_tagging_without_gates_gives_the_same_mentions(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sample = texts[::7]
    with_gates = [classifiers.tag_text(t) for t in sample]
    # every pattern may match, none surely; every word set of an alternative is there
    everything = sum(candidates._GATES.bits.values()) | candidates._GATES.set_bits
    monkeypatch.setattr(candidates._GATES, "allowed", lambda text: everything)
    classifiers.clear_caches()
    assert [classifiers.tag_text(t) for t in sample] == with_gates
    classifiers.clear_caches()


def test_side_words_are_the_pattern_matches(sentences: list[str], lines: list[str]) -> None:
    extra = ["(l) knee", "on the r.", "either knee", "b/l", "r", "l 5", "rt-sided", "left)"]
    for text in [*sentences, *(x.lower() for x in lines), *extra]:
        for rx in (lexicon.SIDE, lexicon.SIDE_STRICT):
            for pos in (0, len(text) // 2):
                want = [(m.span(), m.group()) for m in rx.finditer(text, pos)]
                got = lexicon.side_words(text, rx, pos)
                assert [(m.span(), m.group()) for m in got] == want


def test_checkbox_quick_look_is_the_single_pattern(lines: list[str]) -> None:
    for line in [
        *lines,
        "O Yes",
        "0 NO",
        "Kl Mild",
        "( ) none",
        "@ yes",
        "K! No",
        "0) No",
        "& Left",
    ]:
        quick = forms._QUICK.search(line) is not None or (
            forms._QUICK_ANSWER.search(line) is not None
        )
        assert quick == (_PLAIN_QUICK.search(line) is not None), line


def test_case_blind_look_ups_match_the_patterns(lines: list[str]) -> None:
    for line in [*lines, "STRAİGHT leg", "ſlump test", "Lachman", "DRAWER"]:
        assert tagger._test_quick(line) == (tagger._TEST_QUICK.search(line) is not None), line


def test_rating_facts_gates_change_nothing(
    lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = [
        "Service connection for lumbar strain (DC 5237) is continued at 20 percent.",
        "Evaluation increased to 30% effective 2019-02-01; currently 40 percent disabling.",
        "Rated 10 per cent under 5260, effective March 1, 2015.",
        "ſervice connection: 20 PERCENT, DIAGNOSTİC CODE 5243",
    ]
    gated = [rating_facts.rating_facts(x) for x in [*lines, *extra]]
    monkeypatch.setattr(rating_facts, "_may", lambda low, *words: True)
    assert [rating_facts.rating_facts(x) for x in [*lines, *extra]] == gated


def test_tokens_without_the_hyphen_alternative(lines: list[str]) -> None:
    for line in lines:
        if not ("-" in line and "\n" in line):
            assert ocr_normalize._TOKEN_NO_HYPHEN.findall(line) == (
                ocr_normalize._TOKEN.findall(line)
            )


def test_model_scores_equal_the_plain_sum(sentences: list[str]) -> None:
    model = default_model()
    for text in sentences[::5]:
        ctx = text[:40] + " qqc " + text[40:80]
        grams = {g for w in ctx.split() for g in _word_grams(w)}
        scores = list(model._intercept)
        for g in grams:
            for k, v in enumerate(model._weights.get(g, ())):
                scores[k] += v
        top = max(scores)
        exps = [math.exp(x - top) for x in scores]
        want = {c: x / sum(exps) for c, x in zip(model.classes, exps, strict=True)}
        got = model.proba_context(ctx)
        assert all(abs(got[c] - want[c]) < 1e-12 for c in want)


def test_clear_caches_drops_word_caches() -> None:
    classifiers.tag_text("Antalgic gait favoring the right; no radiculopathy.")
    classifiers.clear_caches(words=True)
    assert ocr_normalize._plain.cache_info().currsize == 0
    assert candidates._GATES.token_bits.cache_info().currsize == 0
    assert default_model().word_rows.cache_info().currsize == 0


def test_box_and_split_scans_are_the_pattern_matches(texts: list[str], lines: list[str]) -> None:
    from classifiers import sentences

    extra = ["[X] Yes [ ] No", "\u212al Mild", "kl severe", "O yes 0] no", "|x| (x) ( ) [_]"]
    for line in [*lines, *extra]:
        want = [(m.span(), m.lastgroup) for m in forms._BOX.finditer(line)]
        assert [(m.span(), m.lastgroup) for m in forms._boxes(line)] == want, line
    for text in texts:
        for bs in (0, len(text) // 3):
            want = [m.span() for m in sentences._SPLIT.finditer(text, bs, len(text))]
            assert [m.span() for m in sentences._splits(text, bs, len(text))] == want


def test_abbreviation_reach_covers_the_pattern() -> None:
    from re import _parser

    from classifiers import sentences

    width = _parser.parse(sentences._ABBREV.pattern, sentences._ABBREV.flags).getwidth()[1]
    assert width <= sentences._ABBREV_REACH


def test_open_end_reach_covers_its_words(lines: list[str]) -> None:
    from classifiers import sentences

    words = re.findall(r"[a-z]+", sentences._OPEN_END.pattern)
    assert max(map(len, words)) <= sentences._OPEN_END_REACH
    for line in lines:
        p = line.rstrip() + " favouring"
        reach = max(0, len(p) - sentences._OPEN_END_REACH)
        assert bool(sentences._OPEN_END.search(p, reach)) == bool(sentences._OPEN_END.search(p))


def test_quick_patterns_find_the_same_matches(sentences: list[str]) -> None:
    from classifiers import assertion

    plain = [
        *_gated(),
        *(re.compile(p) for p in (r"(?:(?<=\s)|^|(?<=[(,:]))(?:no|not)\b", r"\b(?:a|bc)?d")),
    ]
    for rx in plain:
        fast = gates.quick(rx)
        for text in sentences:
            for pos in (0, len(text) // 2):
                want = [(m.span(), m.groups(), m.lastgroup) for m in rx.finditer(text, pos)]
                got = [(m.span(), m.groups(), m.lastgroup) for m in fast.finditer(text, pos)]
                assert got == want, (rx.pattern[:40], text)
    for rx in (assertion._PRE, assertion.TERMINATOR, assertion._PSEUDO, assertion._FAMILY):
        assert rx.pattern.startswith("(?=[")  # each got its look-ahead


def test_module_quick_patterns_match_as_before(sentences: list[str]) -> None:
    """Every pattern the modules keep behind its look-ahead ("(?=[...])(?:pattern)") finds
    what the pattern alone finds, in windows too."""
    from classifiers import assertion, laterality

    found = 0
    for module in (assertion, candidates, laterality, lexicon, tagger):
        for name, fast in vars(module).items():
            if not isinstance(fast, re.Pattern) or not fast.pattern.startswith("(?=["):
                continue
            found += 1
            rx = re.compile(fast.pattern[fast.pattern.index("])(?:") + 5 : -1], fast.flags)
            for text in sentences:
                half = len(text) // 2
                for span in ((0, len(text)), (half, len(text)), (0, half)):
                    want = [(m.span(), m.groups()) for m in rx.finditer(text, *span)]
                    got = [(m.span(), m.groups()) for m in fast.finditer(text, *span)]
                    assert got == want, (module.__name__, name, text)
    assert found >= 20


def test_quick_leaves_unknown_starts_alone() -> None:
    for pattern in (r"a?", r"\w+x", r"[^a]b", r"(?i)knee", r"(?:ab)*c?", r"(?i:a)b"):
        rx = re.compile(pattern)
        assert gates.quick(rx) is rx, pattern
    assert gates.quick(re.compile(r"\b(?:ab|c[d-f])*x")).pattern.startswith("(?=[acx])")


def test_finer_gates_never_skip_a_match(sentences: list[str]) -> None:
    gate_set = candidates._GATES
    assert len(gate_set.fine) >= 20
    extra = ["pain in the left knee", "knee pain", "l knee: tender at the medial joint line"]
    for text in [*sentences, *extra]:
        ok = gate_set.allowed(text)
        for rx in _gated():
            if rx.search(text) is not None:
                assert gates.fits(ok, gate_set.fine.get(id(rx))), (rx.pattern[:40], text)


def test_alternatives_of_reads_each_alternative() -> None:
    alts = gates.alternatives_of(re.compile(r"\b(?:knee\s+pain|ache\s+(?:in|of)\s+knees?)\b"))
    assert alts == [[{"knee"}, {"pain"}], [{"ache"}, {"in", "of"}, {"knee"}]]
    assert gates.alternatives_of(re.compile(r"\bknee\b")) is None  # no finer than words_of
    assert gates.alternatives_of(re.compile(r"knee|\w+")) is None  # an alternative of no word


def test_finders_skipped_by_their_bits_find_nothing(sentences: list[str]) -> None:
    gate_set = candidates._GATES
    for text in sentences:
        ok = gate_set.allowed(text)
        if not ok & candidates._GAIT_BITS:
            assert candidates._gait(text) == []
        if not ok & candidates._RADIC_BITS:
            assert candidates._radic(text) == []
        if not ok & candidates._KNEE_BITS:
            assert candidates._knee(text, None, []) == ([], [])
            assert candidates._knee(text, "knee", []) == ([], [])


def test_column_header_quick_look(lines: list[str]) -> None:
    extra = ["Diagnosis      Right    Left", "RIGHT\t\tLEFT", "right \u2003left"]
    for line in [*lines, *extra]:
        if tagger._COLUMNS.match(line):
            assert tagger._TWO_SPACES.search(line), line
