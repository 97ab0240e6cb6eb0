"""The standalone article page, the folder index, the review report and the PDF source."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from workstation.export import (
    IndexEntry,
    pdf_document_html,
    render_html,
    render_index,
    render_review_report_html,
)
from workstation.export.page import CONTENT_SECURITY_POLICY, DISCLAIMERS
from workstation.export.references import doi_url, pubmed_url, web_url
from workstation.model import ReferenceData

try:
    from xss_vectors import AT, export_article, find_active_content, seed_draft
except ImportError:  # tests/core imported as a package
    from .xss_vectors import AT, export_article, find_active_content, seed_draft

SEED_NAMES = ("000", "001", "002", "003", "004")


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_seed_exports_to_an_inert_standalone_page(name: str) -> None:
    page = render_html(export_article(seed_draft(name)))
    assert page.startswith("<!DOCTYPE html>\n")
    assert '<meta charset="utf-8">' in page
    assert (
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
        in page
    )
    assert CONTENT_SECURITY_POLICY.startswith("default-src 'none'; style-src 'unsafe-inline'")
    assert find_active_content(page) == []
    assert "http://" not in page.split("<body", 1)[0]  # nothing remote in the head


def test_page_of_seed_004() -> None:
    article = export_article(seed_draft("004"))
    page = render_html(article)
    assert "<h1>What is the role of autologous (self-derived) Hematopoietic" in page
    assert (
        '<p class="stamp">Reviewed by the Medical Advisory Board \u00b7 approved on 2 May 2025 '
        "by Dr. Ada Approver \u00b7 last updated 23 April 2025 \u00b7 next review 2 May 2026</p>"
    ) in page
    assert "<h2>From the Guidelines</h2>" in page
    assert 'href="#ref-2"' in page
    assert '<ol class="references">' in page
    for n in (1, 2, 3):
        assert f'<li id="ref-{n}" value="{n}">' in page
    # The body's own disclaimer stays; no second one is added.
    assert "<h2>Professional Medical Disclaimer</h2>" in page
    assert DISCLAIMERS["clinician"] not in page
    assert "content hash " + article.content_hash in page


def test_standard_disclaimer_when_the_body_has_none() -> None:
    article = export_article(seed_draft("001"))
    page = render_html(replace(article, next_review=None))
    assert DISCLAIMERS["default"] in page
    assert "next review" not in page and "last updated" not in page
    assert "<ol" not in page  # no references, no list


def test_fields_are_escaped() -> None:
    draft = replace(seed_draft("003"), title='Fish & <Chips> "quoted"', authors=("A <b>",),
                    topic="Topic & more")
    page = render_html(export_article(draft))
    assert "<title>Fish &amp; &lt;Chips&gt; &quot;quoted&quot;</title>" in page
    assert "<h1>Fish &amp; &lt;Chips&gt; \"quoted\"</h1>" in page
    assert "By A &lt;b&gt; \u00b7 Topic &amp; more \u00b7 For patients" in page


@pytest.mark.parametrize(
    ("doi", "expected"),
    [
        ("10.1016/j.bbmt.2018.01.001", "https://doi.org/10.1016/j.bbmt.2018.01.001"),
        ("doi:10.1000/xyz(123)", "https://doi.org/10.1000/xyz(123)"),
        ("https://doi.org/10.1000/abc", "https://doi.org/10.1000/abc"),
        ("10.1000/a b", None),
        ("11.1000/abc", None),
        ("10.1000/<script>", None),
        ("javascript:alert(1)//10.1000/x", None),
        ("", None),
    ],
)
def test_doi_links_only_for_valid_shapes(doi: str, expected: str | None) -> None:
    assert doi_url(doi) == expected


@pytest.mark.parametrize(
    ("pmid", "expected"),
    [
        ("29412345", "https://pubmed.ncbi.nlm.nih.gov/29412345/"),
        ("PMID: 123", "https://pubmed.ncbi.nlm.nih.gov/123/"),
        ("0123", None),
        ("12a", None),
        ("1234567890", None),
        ("123/../x", None),
    ],
)
def test_pmid_links_only_for_valid_shapes(pmid: str, expected: str | None) -> None:
    assert pubmed_url(pmid) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("HTTP://example.org/\u00fc", "http://example.org/%C3%BC"),
        ("javascript:alert(1)", None),
        ("//example.org/x", None),
        ("https://", None),
        ("https://exa mple.org", None),
        ('https://example.org/"onclick=x', None),
        ("ftp://example.org/", None),
    ],
)
def test_web_links_only_for_http(url: str, expected: str | None) -> None:
    assert web_url(url) == expected


def test_reference_list_links() -> None:
    refs = (
        ReferenceData(1, "research", "Good.", "J", 2020, "10.1000/abc", "123", "https://e.org/"),
        ReferenceData(5, "other", "Bad", "", None, "nope", "x1", "javascript:alert(1)"),
    )
    page = render_html(export_article(replace(seed_draft("001"), references=refs)))
    assert '<a href="https://doi.org/10.1000/abc" rel="noopener noreferrer">10.1000/abc</a>' in page
    assert 'href="https://pubmed.ncbi.nlm.nih.gov/123/"' in page
    assert '<li id="ref-5" value="5">' in page
    assert "DOI: nope" in page and "PMID: x1" in page
    assert "javascript:alert(1)" in page  # shown as text only
    assert find_active_content(page) == []


def test_index_lists_exported_files() -> None:
    entries = [
        IndexEntry(2, "Zeta <i>", AT, date(2026, 1, 1), (("HTML", "0002-zeta.html"),)),
        IndexEntry(1, "Alpha & Beta", AT, None,
                   (("HTML", "0001-alpha.html"), ("Report", "0001-alpha.report.html"))),
    ]
    page = render_index(entries)
    assert find_active_content(page) == []
    assert page.index("Alpha &amp; Beta") < page.index("Zeta &lt;i&gt;")
    assert '<a href="0001-alpha.report.html" rel="noopener noreferrer">Report</a>' in page
    assert "2 approved articles" in page
    assert '<time datetime="2025-05-02T14:03:09+00:00">2 May 2025</time>' in page


def test_review_report() -> None:
    article = export_article(seed_draft("004"))
    report = render_review_report_html(article)
    assert find_active_content(report) == []
    assert "<title>Review report: What is the role" in report
    assert '<section class="claim" id="claim-11">' in report
    assert "AHSCT improves skin thickening." in report
    assert "Section: From the Guidelines" in report
    assert '<a href="#ref-1" rel="noopener noreferrer">[1]</a>' in report
    assert '<td class="verdict-supported">Supported</td>' in report
    assert "<blockquote>AHSCT should be considered for selected patients.</blockquote>" in report
    assert "Matches the 2023 EULAR update." in report
    assert "Dr. Rev Iewer<br>2 May 2025, 14:03 UTC" in report
    assert "No verdicts recorded." in report
    assert "Dismissed by Dr. Approver: Common knowledge." in report
    assert '<td class="resolution-open">Not dismissed</td>' in report
    assert "Audit chain head " + "ab" * 32 in report
    assert '<li id="ref-3" value="3">' in report


def test_report_without_signature_claims_or_findings() -> None:
    article = replace(export_article(seed_draft("001")), signature=None, claims=(), findings=())
    report = render_review_report_html(article)
    assert "none recorded" in report
    assert "No claims were recorded" in report
    assert "found nothing to report" in report


def test_pdf_source_has_article_references_and_signature_page() -> None:
    article = export_article(seed_draft("004"))
    source = pdf_document_html(article)
    assert find_active_content(source) == []
    for unsupported in ("display:", "grid", "flex", "<script"):
        assert unsupported not in source
    assert "<h2>From the Guidelines</h2>" in source
    assert '<p id="ref-2">[2] Autologous Hematopoietic' in source
    assert "Meta-Analysis. Biology of blood" in source
    signature_page = source[source.index('<h2 class="new-page">Electronic signature</h2>'):]
    assert "<tr><th>Printed name</th><td>Dr. Ada Approver</td></tr>" in signature_page
    assert "<tr><th>Date and time (UTC)</th><td>2 May 2025, 14:03 UTC</td></tr>" in signature_page
    assert "<tr><th>Meaning</th><td>Approved for publication</td></tr>" in signature_page
    assert '<table border="1" cellspacing="0" cellpadding="4" width="100%">' in signature_page
    assert ".new-page { page-break-before: always; }" in source


def test_pdf_source_without_signature() -> None:
    source = pdf_document_html(replace(export_article(seed_draft("001")), signature=None))
    assert "No electronic signature was recorded." in source
    assert DISCLAIMERS["default"] in source
