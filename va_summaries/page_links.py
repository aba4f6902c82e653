"""Links from findings to their page views (written by va_pipeline.page_images)."""

from __future__ import annotations

import pandas as pd

PAGES_DIR = "pages"


def mark_ids(finding_keys: pd.Series, mention_ids: pd.Series) -> pd.Series:
    """The highlight's element id on a page view: f<finding_key>, stable across re-runs and
    re-tagging (m<mention_id> for rows without a key)."""
    by_key = "f" + finding_keys.astype("string")
    return by_key.fillna("m" + mention_ids.astype("string"))


def apply_page_views(frame: pd.DataFrame, views: pd.DataFrame | None) -> pd.DataFrame:
    """Add `page_view` (href relative to the summary, None when the page was not rendered)
    and `highlighted` (OCR word boxes mark the mention there). `frame` has finding_key."""
    out = frame.drop(columns=["page_view", "highlighted"], errors="ignore")
    if views is None or views.empty or out.empty:
        return out.assign(page_view=None, highlighted=False)
    known = views[["doc_id", "page_no", "highlight"]].drop_duplicates(["doc_id", "page_no"])
    known = known.assign(page_no=pd.to_numeric(known["page_no"]).astype("int64"))
    page = pd.to_numeric(out["page_no"], errors="coerce").astype("Int64")
    hit = pd.MultiIndex.from_arrays([out["doc_id"], page]).isin(
        pd.MultiIndex.from_frame(known[["doc_id", "page_no"]])
    )
    lookup = dict(
        zip(zip(known["doc_id"], known["page_no"], strict=True), known["highlight"], strict=True)
    )
    href = (
        f"{PAGES_DIR}/"
        + out["doc_id"].astype(str)
        + "/p"
        + page.astype("string")
        + ".html#"
        + mark_ids(out["finding_key"], out["mention_id"])
    )
    out["page_view"] = href.where(hit, None).astype(object)
    out["highlighted"] = [
        bool(lookup.get((d, p), False)) if h else False
        for d, p, h in zip(out["doc_id"], page.tolist(), hit, strict=True)
    ]
    return out
