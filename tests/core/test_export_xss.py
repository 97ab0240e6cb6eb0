"""No exported page carries active content, whatever the article's fields hold."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workstation.export import (
    IndexEntry,
    pdf_document_html,
    render_html,
    render_index,
    render_json,
    render_review_report_html,
    safe_filename,
)

try:
    from xss_vectors import (
        AT,
        VECTORS,
        export_article,
        find_active_content,
        hostile_draft,
        seed_draft,
    )
except ImportError:  # tests/core imported as a package
    from .xss_vectors import (
        AT,
        VECTORS,
        export_article,
        find_active_content,
        hostile_draft,
        seed_draft,
    )

RENDERERS = (render_html, render_review_report_html, pdf_document_html)


def test_the_corpus_is_large_and_the_checker_is_not_vacuous() -> None:
    assert len(VECTORS) >= 100
    assert len(set(VECTORS)) == len(VECTORS)
    raw_pages = ["<html><head><style></style></head><body>" + v + "</body></html>" for v in VECTORS]
    flagged = sum(bool(find_active_content(page)) for page in raw_pages)
    assert flagged >= 100  # the HTML vectors, unsanitized, are caught
    assert find_active_content('<a href=" j\ta&#x0A;vascript:x">') == [
        "href=' j\\ta\\nvascript:x' on <a>",
        "<style> elements: [] (expected 1 in head)",
    ]


@pytest.mark.parametrize("vector", VECTORS, ids=range(len(VECTORS)))
def test_vector_in_every_field_exports_inert(vector: str) -> None:
    article = export_article(hostile_draft(vector), text=vector)
    for render in RENDERERS:
        page = render(article)
        assert find_active_content(page) == [], render.__name__
    entry = IndexEntry(article.id, vector, AT, None,
                       (("HTML", safe_filename(vector, article.id, ".html")), (vector, vector)))
    assert find_active_content(render_index([entry], heading=vector)) == []


def test_all_vectors_in_one_article() -> None:
    body = "\n\n".join(VECTORS)
    draft = replace(hostile_draft(VECTORS[0]), body=body)
    page = render_html(export_article(draft, text=" ".join(VECTORS)))
    assert find_active_content(page) == []


FRAGMENTS = st.sampled_from([
    "<", ">", "\"", "'", "&", "&#", ";", "=", "/", "javascript:", "JaVaScRiPt:", "data:",
    "vbscript:", "<script>", "</script>", "<img src=x onerror=", "onload=", "<a href=",
    "<svg", "<iframe", "<style>", "</style>", "<meta http-equiv=refresh", "<base href=",
    "[x](", ")", "![", "](http://e.x/i.png)", "<javascript:", "\t", "\n", "\x00", "&#x09;",
    "&#106;", "style=", "expression(", "`", "--", "<!--", "]]>", "[1]",
])
HOSTILE_TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=6)), max_size=30).map("".join)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(title=HOSTILE_TEXT, body=HOSTILE_TEXT, ref=HOSTILE_TEXT)
def test_random_hostile_text_never_yields_active_content(title: str, body: str, ref: str) -> None:
    draft = hostile_draft(ref, base=seed_draft("003"))
    draft = replace(draft, title=title or "t", body=body + "\n\n" + draft.body)
    article = export_article(draft, text=title)
    for render in RENDERERS:
        assert find_active_content(render(article)) == [], render.__name__


PATHOLOGICAL = {
    "brackets-100k": "[" * 100_000,
    "lists-1000-deep": "".join("  " * i + "- x [1]\n" for i in range(1000)),
    "line-5mb": "word " * 1_000_000,
}


@pytest.mark.parametrize("body", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_bodies_export_in_bounded_time(body: str) -> None:
    article = export_article(replace(seed_draft("004"), body=body))
    # render_json is left out for the brackets: its section list comes from
    # structure.analyze, which is quadratic on "[" * n (see display_text's _LINK_RE).
    renderers = (render_html, pdf_document_html, render_review_report_html)
    if not body.startswith("["):
        renderers += (render_json,)
    for render in renderers:
        started = time.perf_counter()
        out = render(article)
        assert time.perf_counter() - started < 15.0, render.__name__
        assert out
        if render is not render_json:
            assert find_active_content(out) == []
