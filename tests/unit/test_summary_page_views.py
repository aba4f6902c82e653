"""Findings link to their page image; OCR word boxes highlight the phrase there."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from tests import docmaker
from tests.unit.test_summaries import CID, documents, frame, m
from va_core.records import Mention, PageMention, PageText, Word
from va_core.store import DocumentRow, Store
from va_pipeline.page_images import render_page_views
from va_pipeline.page_text import cache_path, page_to_json
from va_summaries import build_summary, render_html


def test_findings_carry_links_and_the_html_marks_text_layer_pages() -> None:
    rows = [
        m("antalgic_gait", "antalgic gait", doc="D2", laterality="right", page_no=2),
        m("antalgic_gait", "antalgic gait", doc="D4", laterality="right", page_no=1),
        m("antalgic_gait", "antalgic gait", doc="D3", laterality="right", page_no=1),
    ]
    views = pd.DataFrame({"doc_id": ["D2", "D4"], "page_no": [2, 1], "highlight": [True, False]})
    s = build_summary(CID, frame(rows), documents(), page_views=views)
    by_doc = {f["document"]["doc_id"]: f for f in s["findings"]["antalgic_gait"]["right"]}
    assert by_doc["D2"]["page_view"] == f"pages/D2/p2.html#m{by_doc['D2']['mention_id']}"  # no key
    assert by_doc["D2"]["highlighted"] is True
    assert by_doc["D4"]["page_view"].startswith("pages/D4/p1.html#m")
    assert by_doc["D4"]["highlighted"] is False
    assert by_doc["D3"]["page_view"] is None  # not rendered: no link
    html = render_html(s)
    assert f'href="{by_doc["D2"]["page_view"]}"' in html
    assert "no word boxes to highlight" in html
    assert 'href="pages/D3' not in html


WORDS = "Gait antalgic favoring the right"


def _store_with_pages(tmp_path: Path) -> tuple[Store, Path, list[int]]:
    """A TIFF scanned page with cached OCR word boxes and a digital PDF (text layer)."""
    store = Store.open(f"sqlite:///{tmp_path / 'store.sqlite'}")
    cache = tmp_path / "cache"
    tif = docmaker.tiff(tmp_path / "scan.tif", [WORDS])
    pdf = docmaker.digital_pdf(tmp_path / "note.pdf", ["Knee: osteoarthritis of the left knee."])
    # Word boxes as Tesseract gives them, offsets into the page text.
    words, pos = [], 0
    for k, w in enumerate(WORDS.split()):
        words.append(Word(w, 100 + 150 * k, 200, 120, 40, 91.0, pos, pos + len(w)))
        pos += len(w) + 1
    ocr_page = PageText(1, WORDS, "ocr", 91.0, tuple(words), image_size=(1700, 2200))
    gait = Mention("antalgic_gait", "present", "right", 5, 13, "antalgic")
    oa = Mention(
        "knee_condition", "present", "left", 6, 20, "osteoarthritis", knee_dx="osteoarthritis"
    )
    for doc_id, path, media, page, mention, key in (
        ("dscan", tif, "tiff", ocr_page, gait, "k1"),
        ("dnote", pdf, "pdf", PageText(1, "Knee: osteoarthritis", "text_layer"), oa, None),
    ):
        sha = (doc_id * 16)[:64]
        store.register_document(
            DocumentRow(doc_id, CID, sha, path.name, str(path), media, 1, "registered")
        )
        if key:
            target = cache_path(cache, sha, 1, key)
            target.parent.mkdir(parents=True)
            target.write_text(page_to_json(page), encoding="utf-8")
        store.save_document_results(
            doc_id,
            claimant_id=CID,
            page_texts=[page],
            page_mentions=[PageMention(1, mention, mention.text)],
            ocr_keys={1: key} if key else {},
            doc_type="treatment_note",
            doc_date="2020-05-01",
            model_version="test-1",
        )
    keys = store.mentions_frame([CID]).set_index("doc_id")["finding_key"].to_dict()
    return store, cache, keys


@pytest.mark.tesseract  # needs poppler's pdftoppm for the PDF page
def test_page_views_render_once_and_box_the_mention(tmp_path: Path) -> None:
    store, cache, keys = _store_with_pages(tmp_path)
    out = tmp_path / "summaries"
    views = render_page_views(store, out, cache, store.mentions_frame([CID]))
    assert sorted(map(tuple, views.to_numpy().tolist())) == [
        ("dnote", 1, False),
        ("dscan", 1, True),
    ]
    png = out / "pages" / "dscan" / "p1.png"
    from PIL import Image

    with Image.open(png) as img:
        assert img.width == 850  # the 200-dpi scan scaled to 100 dpi
    with Image.open(out / "pages" / "dnote" / "p1.png") as img:
        assert abs(img.width - 850) <= 2  # letter page at 100 dpi
    view = (out / "pages" / "dscan" / "p1.html").read_text(encoding="utf-8")
    group = re.search(rf'<g class="hit" id="f{keys["dscan"]}">(.*?)</g>', view).group(1)
    # "antalgic" is the second word: one box, exactly its own.
    assert group == '<rect x="250" y="200" width="120" height="40"/>'
    assert 'viewBox="0 0 1700 2200"' in view and 'href="p1.png"' in view
    text_view = (out / "pages" / "dnote" / "p1.html").read_text(encoding="utf-8")
    assert "no OCR word boxes" in text_view and "<rect" not in text_view
    # Rendered once: a second run leaves the PNG alone but rewrites the view.
    before = png.stat().st_mtime_ns
    render_page_views(store, out, cache, store.mentions_frame([CID]))
    assert png.stat().st_mtime_ns == before
    assert oct(png.stat().st_mode & 0o777) == "0o600"
    store.close()


@pytest.mark.tesseract
def test_unreadable_source_is_skipped_not_fatal(tmp_path: Path) -> None:
    store, cache, _mids = _store_with_pages(tmp_path)
    (tmp_path / "scan.tif").write_bytes(b"not a tiff")
    shutil.rmtree(tmp_path / "cache")
    views = render_page_views(store, tmp_path / "summaries", cache, store.mentions_frame([CID]))
    assert views["doc_id"].tolist() == ["dnote"]
    store.close()
