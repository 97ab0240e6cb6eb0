"""Markdown with YAML front matter: the import format, so an export can be imported again."""

from __future__ import annotations

from dataclasses import replace

from workstation.export.model import ExportArticle
from workstation.importers.markdown_file import write_markdown


def render_markdown_export(article: ExportArticle) -> str:
    """The approved article in the import format, with status Approved.

    :func:`workstation.importers.markdown_file.parse_markdown` reads it back
    to the same article.
    """
    text = write_markdown(replace(article.draft, status="Approved"))
    # The audit head as a front-matter field the importer ignores: an anchor for `audit verify --against`.
    return text.replace("\n---\n", f"\naudit_head: '{article.audit_events}:{article.audit_head_hash}'\n---\n", 1)
