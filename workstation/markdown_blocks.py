"""python-markdown's block phase, without asking block processors about blocks they cannot take.

For every block (a paragraph, a list …) python-markdown asks each block processor in turn
whether it takes it, until one does; most of them answer with a regular-expression search
over the whole block (a heading looks for "#" at a line's start, a quote for ">", a
definition list for ":"), and three (footnote, abbreviation and link definitions) search it
in ``run`` and give the block back. On a 1,000-word article that was a fifth of its
rendering. Every block each processor gated here takes holds one of its trigger texts; for a
block without any, the processor answers no at once, as its search would have. Gated are only
the processors of the classes below whose regular expression is exactly the one the table was
checked against (another python-markdown's are asked as before), so the HTML is the same.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

import markdown
from markdown.extensions import Extension

_MD = "markdown.blockprocessors."
_EXT = "markdown.extensions."
# (processor class, the regular expression its answer comes from): the texts one of which
# each block it takes holds. The expressions are python-markdown's (3.11).
BLOCK_GATES: dict[tuple[str, str | None], tuple[str, ...]] = {
    (_MD + "HashHeaderProcessor",
     r"(?:^|\n)(?P<level>#{1,6})(?P<header>(?:\\.|[^\\#]|#+(?=[^#\n]))*?)#*(?:\n|$)"): ("#",),
    (_MD + "SetextHeaderProcessor", r"^.*?\n(?:=+|-+)[ ]*(\n|$)"): ("\n=", "\n-"),
    (_MD + "HRProcessor",
     r"^[ ]{0,3}(?=(?P<atomicgroup>(-+[ ]{0,2}){3,}|(_+[ ]{0,2}){3,}|(\*+[ ]{0,2}){3,}))(?P=atomicgroup)[ ]*$"):
        ("-", "_", "*"),
    (_MD + "BlockQuoteProcessor", r"(^|\n)[ ]{0,3}>[ ]?(.*)"): (">",),
    (_EXT + "def_list.DefListProcessor", r"(^|\n)[ ]{0,3}:[ ]{1,3}(.*?)(\n|$)"): (":",),
    # These three take every block in ``test`` and give back in ``run`` one their search misses.
    (_EXT + "footnotes.FootnoteBlockProcessor", r"^[ ]{0,3}\[\^([^\]]*)\]:[ ]*(.*)$"): ("[^",),
    (_EXT + "abbr.AbbrBlockprocessor", r"^[*]\[(?P<abbr>[^\\]*?)\][ ]?:[ ]*\n?[ ]*(?P<title>.*)$"): ("*[",),
    (_MD + "ReferenceProcessor",
     r"""^[ ]{0,3}\[([^\[\]]*)\]:[ ]*(?:\n[ ]*)?([^\s]+)[ ]*(?:\n[ ]*)?((["\'])(.*)\4[ ]*|\((.*)\)[ ]*)?$"""):
        ("]:",),
    # A table's header row is cut into cells at its pipes, or has one at an end (no expression).
    (_EXT + "tables.TableProcessor", None): ("|",),
}


def block_triggers(processor: object) -> tuple[str, ...] | None:
    """The trigger texts of a block processor; None: it is asked about every block."""
    kind = type(processor)
    compiled = getattr(processor, "SEARCH_RE", None) or getattr(processor, "RE", None)
    pattern = compiled.pattern if isinstance(compiled, re.Pattern) else None
    return BLOCK_GATES.get((f"{kind.__module__}.{kind.__qualname__}", pattern))


def _gated(test: Callable[[etree.Element, str], bool], triggers: tuple[str, ...]) -> Callable[[etree.Element, str], bool]:
    def gated_test(parent: etree.Element, block: str) -> bool:
        for text in triggers:
            if text in block:
                return test(parent, block)
        return False  # what its search answers for a block without any

    return gated_test


class GatedBlocksExtension(Extension):
    """Gates the block processors registered before it (list it after the other extensions)."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802
        for processor in md.parser.blockprocessors:
            triggers = block_triggers(processor)
            if triggers is not None:
                processor.test = _gated(processor.test, triggers)  # type: ignore[method-assign]
