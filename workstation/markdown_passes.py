"""python-markdown's passes over a whole document, skipped where the document lacks what they act on.

Three passes go over every document, and most articles give them nothing to do: the fenced
code blocks (a search of the whole text for a fence of three backticks or tildes), the raw
HTML blocks (an HTML parser over the whole text, which only finds something at a "<" or an
"&") and, after the tree is built, the backslash escapes (a substitution in every text and
attribute, of the placeholders the escapes left, which begin with STX). Each is skipped, or
answers at once, for a text without its trigger, with what it returns for such a text; only
for the exact classes (and, where there is one, regular expression) below, so the HTML is the
same.
"""

from __future__ import annotations

from collections.abc import Callable

import markdown
from markdown import util
from markdown.extensions import Extension

_FENCE = "(?P<fence>^(?:~{3,}|`{3,}))"  # where the fenced-code expression begins
_ESCAPED = f"{util.STX}(\\d+){util.ETX}"  # the placeholder of a backslash escape


def _fence_pass(run: Callable[[list[str]], list[str]]) -> Callable[[list[str]], list[str]]:
    def fenced_code(lines: list[str]) -> list[str]:
        if any("```" in line or "~~~" in line for line in lines):
            return run(lines)
        return lines  # no fence: its search finds nothing and the lines come back as they were

    return fenced_code


def _html_pass(run: Callable[[list[str]], list[str]]) -> Callable[[list[str]], list[str]]:
    def html_blocks(lines: list[str]) -> list[str]:
        if any("<" in line or "&" in line for line in lines):
            return run(lines)
        return lines  # the HTML parser hands such a text back whole, as one run of data

    return html_blocks


def _escape_pass(unescape: Callable[[str], str]) -> Callable[[str], str]:
    def unescaped(text: str) -> str:
        if util.STX in text:
            return unescape(text)
        return text if type(text) is str else str(text)  # the substitution's result: a plain str

    return unescaped


class GatedPassesExtension(Extension):
    """Gates the fenced-code and raw-HTML preprocessors and the escapes' tree processor."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802
        for processor in md.preprocessors:
            kind = type(processor).__module__ + "." + type(processor).__qualname__
            if kind == "markdown.extensions.fenced_code.FencedBlockPreprocessor" and getattr(
                getattr(processor, "FENCED_BLOCK_RE", None), "pattern", ""
            ).lstrip().startswith(_FENCE):
                processor.run = _fence_pass(processor.run)  # type: ignore[method-assign]
            elif kind == "markdown.preprocessors.HtmlBlockPreprocessor":
                processor.run = _html_pass(processor.run)  # type: ignore[method-assign]
        for processor in md.treeprocessors:
            kind = type(processor).__module__ + "." + type(processor).__qualname__
            if kind == "markdown.treeprocessors.UnescapeTreeprocessor" and processor.RE.pattern == _ESCAPED:
                processor.unescape = _escape_pass(processor.unescape)  # type: ignore[method-assign]
