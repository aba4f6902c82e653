"""A medspaCy baseline for the tagging benchmark (benchmarks/tagging.py).

The pipeline is what `medspacy.load()` gives (blank English tokenizer, PyRuSH sentence
splitter, TargetMatcher, ConText with its default rules; nothing downloaded at run time;
`sentencizer="spacy"` swaps PyRuSH, pure Python and most of the pipeline's time, for spaCy's
rule-based `sentencizer`),
with TargetRules for the four va-evidence concepts read from `medspacy_rules.json`
(literal rules and regex patterns; `metadata` carries `knee_dx` / `condition`; category
`_ignore` marks look-alikes such as cervical radiculopathy, which win medspaCy's
longest-match pruning and are then dropped). Some rules set a ConText attribute themselves
("normal gait" is negated, "positive SLR" is possible), as docs/ANNOTATION.md asks.

Mapping to va-evidence's vocabulary:
  assertion   is_negated -> negated; is_uncertain or is_hypothetical -> possible; else present
  subject     is_family -> other (still emitted, as va-evidence does)
  historical  is_historical
  laterality  the side word (left/right/bilateral/both/B/L/bilat/R/L/RLE/LLE/BLE/rt/lt,
              "left and right") nearest to the target in its sentence, else unspecified
Then the unit rule of docs/ANNOTATION.md: one mention per concept per sentence (per knee_dx
for knee_condition); merged mentions take the strongest assertion (present > possible >
negated) and left + right -> bilateral.

Needs the `bench` extra: `pip install -e .[bench]`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from va_core.records import Mention

RULES_PATH = Path(__file__).resolve().with_name("medspacy_rules.json")
IGNORE = "_ignore"
_RANK = {"present": 0, "possible": 1, "negated": 2}
# Side words. Single letters only in capitals ("R", "L"), never "R/O" (rule out).
_SIDE = re.compile(
    r"\b(?P<bilat>(?:left|right)\s+and\s+(?:left|right)|bilateral(?:ly)?|bilat|both|b/l|ble)\b"
    r"|\b(?P<left>left|lt|lle)\b|(?-i:\b(?P<L>L)\b(?![-/]?\d))"
    r"|\b(?P<right>right|rt|rle)\b|(?-i:\b(?P<R>R)\b(?!/O))",
    re.IGNORECASE,
)


def _side_at(match: re.Match[str]) -> str:
    if match.group("bilat"):
        return "bilateral"
    return "left" if match.group("left") or match.group("L") else "right"


def nearest_side(sentence: str, start: int, end: int) -> str:
    """Side word nearest to the span [start, end) of `sentence` (offsets into it)."""
    best: tuple[int, str] | None = None
    for m in _SIDE.finditer(sentence):
        if m.end() <= start:
            dist = start - m.end()
        elif m.start() >= end:
            dist = m.start() - end
        else:
            dist = 0
        if best is None or dist < best[0]:
            best = (dist, _side_at(m))
    return best[1] if best else "unspecified"


def _merge(mentions: list[Mention]) -> list[Mention]:
    """One mention per (concept, knee_dx) per sentence: strongest assertion, sides combined."""
    groups: dict[tuple[int, str, str | None], list[Mention]] = {}
    for m in mentions:
        dx = m.knee_dx if m.concept == "knee_condition" else None
        groups.setdefault((m.sentence_start, m.concept, dx), []).append(m)
    out: list[Mention] = []
    for group in groups.values():
        best = min(group, key=lambda m: (_RANK[m.assertion], m.start))
        sides = {m.laterality for m in group} - {"unspecified"}
        if "bilateral" in sides or {"left", "right"} <= sides:
            side = "bilateral"
        elif sides:
            side = sides.pop()
        else:
            side = "unspecified"
        out.append(_replace_side(best, side))
    out.sort(key=lambda m: m.start)
    return out


def _replace_side(m: Mention, side: str) -> Mention:
    if m.laterality == side:
        return m
    d = m.to_dict()
    d["laterality"] = side
    d["nerve_roots"] = tuple(d["nerve_roots"])
    return Mention(**d)


class MedspacyBaseline:
    """medspaCy pipeline tagging text into va-evidence `Mention`s."""

    def __init__(
        self,
        rules_path: Path = RULES_PATH,
        extra_context: bool = False,
        sentencizer: str = "pyrush",
    ) -> None:
        import medspacy
        from loguru import logger
        from medspacy.context import ConTextRule
        from medspacy.target_matcher import TargetRule

        # PyRuSH logs a DEBUG line per token through loguru by default; that is console
        # noise, and timing it would measure the logger, not medspaCy.
        logger.disable("PyRuSH")
        if sentencizer == "pyrush":
            self.nlp = medspacy.load()
        elif sentencizer == "spacy":
            self.nlp = medspacy.load(
                medspacy_enable=["medspacy_target_matcher", "medspacy_context"]
            )
            self.nlp.add_pipe("sentencizer", first=True)
        else:
            raise ValueError(f"sentencizer={sentencizer!r}: use 'pyrush' or 'spacy'")
        data: dict[str, Any] = json.loads(rules_path.read_text(encoding="utf-8"))
        self.nlp.get_pipe("medspacy_target_matcher").add(
            [TargetRule.from_dict(r) for r in data["target_rules"]]
        )
        if extra_context:
            self.nlp.get_pipe("medspacy_context").add(
                [ConTextRule.from_dict(r) for r in data["extra_context_rules"]]
            )
        self.extra_context = extra_context
        self.sentencizer = sentencizer

    def tag(self, text: str) -> list[Mention]:
        """Mentions in one text, sorted by start."""
        return self._mentions(self.nlp(text))

    def tag_many(self, texts: Iterable[str], batch_size: int = 256) -> Iterator[list[Mention]]:
        """Mentions of each text, in order (spaCy's nlp.pipe batching)."""
        for doc in self.nlp.pipe(texts, batch_size=batch_size):
            yield self._mentions(doc)

    @staticmethod
    def _mentions(doc: Any) -> list[Mention]:
        found: list[Mention] = []
        for ent in doc.ents:
            if ent.label_ == IGNORE:
                continue
            x = ent._
            if x.is_negated:
                assertion = "negated"
            elif x.is_uncertain or x.is_hypothetical:
                assertion = "possible"
            else:
                assertion = "present"
            sent = ent.sent
            s0 = sent.start_char
            meta = x.target_rule.metadata or {}
            found.append(
                Mention(
                    concept=ent.label_,
                    assertion=assertion,
                    laterality=nearest_side(sent.text, ent.start_char - s0, ent.end_char - s0),
                    start=ent.start_char,
                    end=ent.end_char,
                    text=ent.text,
                    knee_dx=meta.get("knee_dx") if ent.label_ == "knee_condition" else None,
                    subject="other" if x.is_family else "veteran",
                    historical=bool(x.is_historical),
                    condition=meta.get("condition"),
                    sentence_start=s0,
                    sentence_end=sent.end_char,
                )
            )
        return _merge(found)
