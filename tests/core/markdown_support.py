"""Our Markdown parser with one gated phase or none, for the tests that hold a gate to python-markdown's HTML."""

from __future__ import annotations

from collections.abc import Callable

import markdown
from markdown.extensions import Extension

from workstation import rendering


def parser_with(gate: Callable[[], Extension], *, gated: bool) -> markdown.Markdown:
    """Our parser as rendering builds it, with ``gate``'s phase or python-markdown's own."""
    return rendering.build_markdown([gate()] if gated else [])


def convert(md: markdown.Markdown, text: str) -> str:
    md.reset()
    return md.convert(text)
