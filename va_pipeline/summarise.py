"""Write per-claimant evidence summaries (JSON + HTML) and an index from the store."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

from va_core.store import Store

log = logging.getLogger(__name__)


def summarise_claimants(store: Store, out_dir: Path, claimant_ids: Sequence[str]) -> Path:
    """Rebuild the summaries of `claimant_ids`, then the index over every summary in out_dir."""
    from va_summaries import build_summary, write_index, write_summary

    out_dir.mkdir(parents=True, exist_ok=True)
    if claimant_ids:
        mentions = store.mentions_frame(claimant_ids)
        docs = store.documents_frame(claimant_ids)
        by_claimant_m = dict(tuple(mentions.groupby("claimant_id", sort=False)))
        by_claimant_d = dict(tuple(docs.groupby("claimant_id", sort=False)))
        for claimant_id in claimant_ids:
            summary = build_summary(
                claimant_id,
                by_claimant_m.get(claimant_id, mentions.iloc[0:0]),
                by_claimant_d.get(claimant_id, docs.iloc[0:0]),
            )
            write_summary(out_dir, summary)
        log.info("wrote %d claimant summaries", len(claimant_ids))
    summaries = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(out_dir.glob("*.json"))
        if not p.name.startswith(".")
    ]
    return write_index(out_dir, summaries)
