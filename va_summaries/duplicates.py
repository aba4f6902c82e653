"""Repeated records: the same note uploaded, faxed and printed again, found by page text.

Two scans of one page never OCR the same, so pages are compared as sets of 8-character
shingles of their normalised text (lower case, letters and digits only: OCR splits and joins
words and drops punctuation at will). All pages are shingled in one chunked numpy pass; a
content-defined 1 in `SAMPLE` of the shingles is kept (copies keep the same ones), and each
page gets a one-permutation MinHash signature of `BINS` values. Pages whose signatures agree in
a band of `ROWS` bins become candidates (LSH), and a candidate pair matches when the share of
agreeing bins, an estimate of the Jaccard similarity, reaches `PAGE_THRESHOLD`. Thresholds and
the measurements on real Tesseract output behind them: benchmarks/README.md.

A document is a copy of another when at least `DOC_SHARE` of its pages with text match pages
of the other, which is at least as long; it then counts under the other's record
(`record_id`), dated as that record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

SHINGLE = 8
"""Characters per shingle of normalised text (one shingle is one uint64)."""
SAMPLE = 4
"""Keep 1 in SAMPLE shingles, chosen by hash value (so copies keep the same ones)."""
BINS = 64
"""MinHash signature length (one permutation, `BINS` bins)."""
ROWS = 3
"""Bins per LSH band: a pair agreeing on a whole band is compared."""
PAGE_THRESHOLD = 0.5
"""Estimated Jaccard at or above which two pages are the same page."""
DOC_SHARE = 0.8
"""Share of a document's text pages that must match for it to be a copy."""
MIN_SHINGLES = 32
"""Pages with fewer sampled shingles (blank, a stamp, a cover sheet) are not compared."""

_EMPTY = np.iinfo(np.uint64).max
_MUL = np.uint64(0x9E3779B97F4A7C15)  # odd: x -> x * _MUL is a bijection of uint64
_MUL_BIN = np.uint64(0xD6E8FEB86659FD93)
_KEEP_BELOW = np.uint64((1 << 64) // SAMPLE)
_BIN_SHIFT = np.uint64(64 - int(np.log2(BINS)))
_CHUNK = 1 << 20  # positions per numpy chunk: no temporaries of the whole text's size
_KEEP = bytes(range(ord("a"), ord("z") + 1)) + bytes(range(ord("0"), ord("9") + 1)) + b"\0"
_DROP = bytes(b for b in range(256) if b not in _KEEP)


def _normalised(texts: list[str]) -> np.ndarray:
    """All texts lower-cased, reduced to [a-z0-9] and joined by NUL, as bytes (one C pass)."""
    raw = "\0".join(t.replace("\0", " ") for t in texts).lower()
    return np.frombuffer(raw.encode("ascii", "ignore").translate(None, _DROP), dtype=np.uint8)


def sampled_shingles(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(text index, mixed shingle value) of the kept shingles, in text order.

    A shingle is 8 bytes read as one uint64 (an unaligned view); multiplying by an odd
    constant mixes it without collisions, and its top bits choose the sample."""
    buf = _normalised(texts)
    n = len(buf) - SHINGLE + 1
    if n <= 0:
        return np.zeros(0, np.int64), np.zeros(0, np.uint64)
    view = np.ndarray((n,), dtype="<u8", buffer=buf, strides=(1,))
    scratch = np.empty(min(n, _CHUNK), dtype=np.uint64)
    positions, values = [], []
    for lo in range(0, n, _CHUNK):
        part = scratch[: min(n, lo + _CHUNK) - lo]
        part[:] = view[lo : lo + len(part)]
        np.multiply(part, _MUL, out=part)
        kept = np.flatnonzero(part < _KEEP_BELOW)
        positions.append(kept + lo)
        values.append(part[kept])
    pos, val = np.concatenate(positions), np.concatenate(values)
    seps = np.flatnonzero(buf == 0)
    text = np.searchsorted(seps, pos, side="right")
    # Drop windows that run into the next text (or start on a separator).
    ends = np.append(seps, len(buf))[text]
    ok = (pos + SHINGLE <= ends) & (buf[pos] != 0)
    return text[ok].astype(np.int64), val[ok]


def signatures(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """One-permutation MinHash signatures (len(texts) x BINS, empty bins = max uint64) and
    the number of sampled shingles of each text."""
    text, val = sampled_shingles(texts)
    sig = np.full(len(texts) * BINS, _EMPTY, dtype=np.uint64)
    if len(val):
        bins = (val * _MUL_BIN) >> _BIN_SHIFT
        np.minimum.at(sig, text * BINS + bins.astype(np.int64), val)
    return sig.reshape(len(texts), BINS), np.bincount(text, minlength=len(texts))


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> np.ndarray:
    """Estimated Jaccard of row pairs: agreeing bins over bins filled in either."""
    filled = (sig_a != _EMPTY) | (sig_b != _EMPTY)
    agree = (sig_a == sig_b) & filled
    return agree.sum(axis=-1) / np.maximum(filled.sum(axis=-1), 1)


def text_similarity(a: str, b: str) -> float:
    """Estimated Jaccard of two page texts, as `page_matches` judges them."""
    sig, _sizes = signatures([a, b])
    return float(similarity(sig[0], sig[1]))


def _candidate_pairs(group: np.ndarray, sig: np.ndarray, usable: np.ndarray) -> pd.DataFrame:
    """Page pairs (a < b) of the same group that agree on at least one whole band."""
    rows = np.flatnonzero(usable)
    n_bands = BINS // ROWS
    keys = np.zeros((len(rows), n_bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(ROWS):
            keys = keys * _MUL + sig[rows][:, r : n_bands * ROWS : ROWS]
    df = pd.DataFrame(
        {
            "g": np.repeat(group[rows], n_bands),
            "band": np.tile(np.arange(n_bands), len(rows)),
            "key": keys.ravel(),
            "p": np.repeat(rows, n_bands),
        }
    )
    df = df[df.duplicated(["g", "band", "key"], keep=False)]  # most buckets hold one page
    pairs = df.merge(df, on=["g", "band", "key"], suffixes=("_a", "_b"))
    pairs = pairs[pairs["p_a"] < pairs["p_b"]]
    return pairs[["p_a", "p_b"]].drop_duplicates()


def page_matches(pages: pd.DataFrame) -> pd.DataFrame:
    """Pairs of near-identical pages of the same claimant in different documents.

    `pages` has claimant_id, doc_id, page_no, text. Returns doc_a, page_a, doc_b, page_b,
    jaccard (estimated), one row per matching pair."""
    return _page_matches(pages.reset_index(drop=True))[0]


def _page_matches(pages: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """`page_matches` and each page's number of sampled shingles (pages: a 0..n-1 index)."""
    cols = ["doc_a", "page_a", "doc_b", "page_b", "jaccard"]
    if pages.empty:
        return pd.DataFrame(columns=cols), np.zeros(0, np.int64)
    sig, sizes = signatures(pages["text"].fillna("").astype(str).tolist())
    group = pd.factorize(pages["claimant_id"])[0]
    cand = _candidate_pairs(group, sig, sizes >= MIN_SHINGLES)
    doc = pages["doc_id"].to_numpy()
    a, b = cand["p_a"].to_numpy(), cand["p_b"].to_numpy()
    differ = doc[a] != doc[b]
    a, b = a[differ], b[differ]
    jac = similarity(sig[a], sig[b])
    hit = jac >= PAGE_THRESHOLD
    nos = pages["page_no"].to_numpy()
    matches = pd.DataFrame(
        {
            "doc_a": doc[a[hit]],
            "page_a": nos[a[hit]],
            "doc_b": doc[b[hit]],
            "page_b": nos[b[hit]],
            "jaccard": jac[hit].round(3),
        },
        columns=cols,
    )
    return matches, sizes


@dataclass(frozen=True)
class RecordGroups:
    """Which documents are copies of which."""

    record_of: dict[str, str]
    """doc_id -> doc_id of its record (itself for an original); only documents with copies
    or that are copies appear."""
    copies: list[dict[str, Any]]
    """One entry per copy: doc_id, record_id, pages_matched, pages_with_text, similarity."""


def _matches_and_text_pages(pages: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, int]]:
    """Page matches, and per document the number of its pages with enough text to compare."""
    pages = pages.reset_index(drop=True)
    matches, sizes = _page_matches(pages)
    if matches.empty:
        return matches, {}
    usable = pd.Series(sizes >= MIN_SHINGLES, index=pages.index)
    return matches, usable.groupby(pages["doc_id"]).sum().astype(int).to_dict()


def record_groups(pages: pd.DataFrame, docs: pd.DataFrame) -> RecordGroups:
    """Copies among the documents of `pages` (claimant_id, doc_id, page_no, text).

    `docs` (prepared documents) gives dates for the tie-break: between two documents that
    copy each other, the longer one, then the earlier, then the smaller id is the record."""
    matches, text_pages = _matches_and_text_pages(pages)
    if matches.empty:
        return RecordGroups({}, [])
    dates = pd.to_datetime(docs.set_index("doc_id")["doc_date"], errors="coerce", format="ISO8601")
    both = pd.concat(
        [
            matches,
            matches.rename(
                columns={"doc_a": "doc_b", "page_a": "page_b", "doc_b": "doc_a", "page_b": "page_a"}
            ),
        ],
        ignore_index=True,
    )
    # For each (copy candidate a, original candidate b): a's pages that match some page of b.
    per = both.groupby(["doc_a", "doc_b"]).agg(
        matched=("page_a", "nunique"), similarity=("jaccard", "mean")
    )

    def rank(doc_id: str) -> tuple[int, Any, str]:
        when = dates.get(doc_id)
        stamp = when.value if when is not None and not pd.isna(when) else np.iinfo(np.int64).max
        return (-text_pages.get(doc_id, 0), stamp, str(doc_id))

    parent: dict[str, tuple[str, int, float]] = {}
    for (a, b), matched, sim in zip(
        per.index, per["matched"].tolist(), per["similarity"].tolist(), strict=True
    ):
        need = max(1, int(np.ceil(DOC_SHARE * text_pages.get(a, 0))))
        if matched < need or not rank(b) < rank(a):
            continue
        best = parent.get(a)
        if best is None or rank(b) < rank(best[0]):
            parent[a] = (b, int(matched), float(sim))

    def root(doc_id: str) -> str:
        seen = set()
        while doc_id in parent and doc_id not in seen:
            seen.add(doc_id)
            doc_id = parent[doc_id][0]
        return doc_id

    record_of: dict[str, str] = {}
    copies = []
    for a, (_b, matched, sim) in sorted(parent.items()):
        r = root(a)
        record_of[a] = r
        record_of.setdefault(r, r)
        copies.append(
            {
                "doc_id": a,
                "record_id": r,
                "pages_matched": matched,
                "pages_with_text": text_pages.get(a, 0),
                "similarity": round(sim, 3),
            }
        )
    return RecordGroups(record_of, copies)


def apply_record_groups(
    frame: pd.DataFrame, docs: pd.DataFrame, groups: RecordGroups
) -> pd.DataFrame:
    """Point each prepared mention row at its record: `record_id` and `record_date` (the
    record's date, or the copy's own when the record has none)."""
    if not groups.record_of:
        return frame
    record = frame["doc_id"].map(groups.record_of).fillna(frame["doc_id"])
    dates = pd.to_datetime(
        docs.drop_duplicates("doc_id").set_index("doc_id")["doc_date"],
        errors="coerce",
        format="ISO8601",
    )
    frame = frame.assign(record_id=record)
    frame["record_date"] = record.map(dates).fillna(frame["date"])
    return frame


def repeated_records(groups: RecordGroups | None, docs: pd.DataFrame) -> dict[str, list[dict]]:
    """claimant -> records that were filed more than once, each with where its copies are."""
    if groups is None or not groups.copies:
        return {}
    info = docs.drop_duplicates("doc_id").set_index("doc_id")
    info = info.astype(object).where(info.notna(), None)

    def describe(doc_id: str) -> dict[str, Any]:
        row = info.loc[doc_id]
        return {
            "doc_id": doc_id,
            "file_name": row["file_name"],
            "doc_type": row["doc_type"],
            "date": row["doc_date"],
            "pages": None if row["page_count"] is None else int(row["page_count"]),
        }

    by_record: dict[str, list[dict[str, Any]]] = {}
    for copy in groups.copies:
        by_record.setdefault(copy["record_id"], []).append(copy)
    out: dict[str, list[dict]] = {}
    for record_id, copies in sorted(by_record.items()):
        if record_id not in info.index:
            continue
        cid = info.loc[record_id, "claimant_id"]
        out.setdefault(cid, []).append(
            {
                "record": describe(record_id),
                "copies": [
                    {
                        **describe(c["doc_id"]),
                        **{k: c[k] for k in ("pages_matched", "pages_with_text", "similarity")},
                    }
                    for c in copies
                    if c["doc_id"] in info.index
                ],
            }
        )
    return out
