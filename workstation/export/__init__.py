"""Export of approved articles: a standalone HTML page, Markdown, JSON for a
content-management system, the review report, and the HTML the Qt layer
prints to PDF. Renderers are pure functions; :mod:`.files` writes the results.
"""

from __future__ import annotations

from workstation.export.files import safe_filename, write_atomic
from workstation.export.html_page import render_html, render_index
from workstation.export.json_export import render_json
from workstation.export.markdown_export import render_markdown_export
from workstation.export.model import (
    ExportArticle,
    IndexEntry,
    SignatureInfo,
)
from workstation.export.pdf_source import pdf_document_html
from workstation.export.report import render_review_report_html

__all__ = [
    "ExportArticle",
    "IndexEntry",
    "SignatureInfo",
    "pdf_document_html",
    "render_html",
    "render_index",
    "render_json",
    "render_markdown_export",
    "render_review_report_html",
    "safe_filename",
    "write_atomic",
]
