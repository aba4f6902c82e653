"""Write per-claimant evidence summaries (JSON + HTML), an index and the findings table."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

from va_core.store import Store

log = logging.getLogger(__name__)


def summarise_claimants(
    store: Store, out_dir: Path, claimant_ids: Sequence[str], *, cache_dir: Path | None = None
) -> Path:
    """Rebuild the summaries of `claimant_ids`, then the index over every summary in out_dir
    and the findings table (Parquet and CSV) over every claimant in the store.

    The pages the summaries cite are rendered under out_dir/pages (once) with their OCR word
    boxes from `cache_dir` (default: the `cache` folder beside out_dir, as `Settings` lays
    them out)."""
    import pandas as pd

    from va_pipeline.page_images import render_page_views
    from va_summaries import build_summaries, write_index, write_summaries
    from va_summaries.table import TABLE_DIR, findings_table, write_findings_table

    out_dir.mkdir(parents=True, exist_ok=True)
    if claimant_ids:
        mentions = store.mentions_frame(claimant_ids)
        views = render_page_views(store, out_dir, cache_dir or out_dir.parent / "cache", mentions)
        log.info(
            "page views: %d pages, %d with highlights", len(views), int(views["highlight"].sum())
        )
        summaries = build_summaries(
            mentions,
            store.documents_frame(claimant_ids),
            store.knee_motion_frame(claimant_ids),
            store.pages_frame(claimant_ids),
            pd.DataFrame(store.decisions(claimant_ids)),
            views,
        )
        write_summaries(out_dir, summaries)
        log.info("wrote %d claimant summaries", len(summaries))
    table = findings_table(store.mentions_frame(), store.documents_frame())
    write_findings_table(out_dir / TABLE_DIR, table)
    log.info("wrote the findings table: %d rows", len(table))
    everything = [
        json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(out_dir.glob("*.json"))
        if not p.name.startswith(".")
    ]
    return write_index(out_dir, everything)
