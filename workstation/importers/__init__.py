"""Importers: captured pages and Markdown with front matter, both to one ArticleDraft."""

from __future__ import annotations

from pathlib import Path

from workstation.errors import ImportFailed
from workstation.importers.decoding import decode_text, read_text_file
from workstation.importers.markdown_file import has_front_matter, parse_markdown, write_markdown
from workstation.importers.page_capture import parse_page
from workstation.messages import message
from workstation.model import ArticleDraft
from workstation.references.files import sniff

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}

__all__ = ["ImportFailed", "parse_text", "read_article", "write_markdown", "parse_markdown", "parse_page"]


_REFERENCE_FORMATS = {"ris": "RIS", "bibtex": "BibTeX", "medline": "PubMed/MEDLINE", "csl-json": "CSL-JSON"}


def parse_text(text: str, *, name: str = "") -> ArticleDraft:
    """Choose the format by the file name and the content, then parse."""
    if Path(name).suffix.lower() in MARKDOWN_SUFFIXES or has_front_matter(text):
        return parse_markdown(text)
    reference_format = sniff(text)
    if reference_format is not None:
        raise ImportFailed(message("import.reference-file", format=_REFERENCE_FORMATS[reference_format]))
    return parse_page(text)


def parse_bytes(data: bytes, *, name: str = "") -> ArticleDraft:
    return parse_text(decode_text(data), name=name)


def read_article(path: str | Path) -> ArticleDraft:
    """Read and parse one file; raises :class:`ImportFailed` with the reason."""
    path = Path(path)
    if path.is_dir():
        raise ImportFailed(message("import.folder"))
    return parse_text(read_text_file(path), name=path.name)
