"""The bundled sample's ground truth, and a store's mentions in the same terms."""

from __future__ import annotations

import json
from collections import Counter

from tests.conftest import SAMPLE
from va_core.store import Store

KEY = ("concept", "assertion", "laterality")


def truth() -> dict[str, dict]:
    return {
        p.parent.name: json.loads(p.read_text()) for p in sorted(SAMPLE.glob("*/ground_truth.json"))
    }


def predicted_and_wanted(url: str) -> tuple[Counter, Counter]:
    """(claimant, file, page, concept, assertion, laterality) counts: the store's, the truth's."""
    store = Store.open(url)
    frame = store.mentions_frame()
    docs = store.documents_frame().set_index("doc_id")["file_name"]
    store.close()
    got = Counter(
        (
            row.claimant_id,
            docs[row.doc_id],
            int(row.page_no),
            row.concept,
            row.assertion,
            row.laterality,
        )
        for row in frame.itertuples()
    )
    want = Counter(
        (cid, f["document"], int(f["page"]), *(f[k] for k in KEY))
        for cid, t in truth().items()
        for f in t["findings"]
    )
    return got, want


def precision_recall(got: Counter, want: Counter) -> tuple[float, float]:
    true_pos = sum((got & want).values())
    return true_pos / max(1, sum(got.values())), true_pos / max(1, sum(want.values()))
