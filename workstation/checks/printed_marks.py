"""Citation marks an import leaves as the page printed them: those citing a number its list
of works does not hold ("… at least 10 years (6).", "… especially well⁶.", "… lovers.<sup>7
</sup>", "(Ref. 5)", '."[^4]'), and those a Markdown file prints with a caret after the stop
("… blurred vision.^6"), whatever they cite. They still cite, so the checks read them here, with the
importers' own readers; a finding about one quotes it as printed, and keeps the fingerprint
it had when the import wrote every mark as "[6]"."""

from __future__ import annotations

import re

from workstation.importers.html_superscripts import link_html_superscripts
from workstation.importers.page_lines import carets_as_superscripts
from workstation.importers.parenthesised_citations import link_parenthesised_citations
from workstation.importers.superscript_citations import (
    SUPERSCRIPT_DIGITS,
    link_superscript_citations,
)
from workstation.structure import citations_in, display_text

_MAY_HOLD_ONE = re.compile(rf"\((?:\d|ref|source)|\[(?:ref|source)|<sup|\[\^|\^\d|[{SUPERSCRIPT_DIGITS}]", re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"[ \t]?\[\^(\d{1,3})\](?!:)")


def _linked(text: str) -> str:
    """The text with its printed marks written as citations ("[6]")."""
    text = _FOOTNOTE_MARK.sub(r" [\1]", text) if "[^" in text else text
    text = carets_as_superscripts(text)
    return link_parenthesised_citations(link_superscript_citations(link_html_superscripts(text)))


def printed_citations(quote: str) -> tuple[int, ...]:
    """The numbers a sentence cites by marks left as printed."""
    if _MAY_HOLD_ONE.search(quote) is None:
        return ()
    written = set(citations_in(quote))
    return tuple(n for n in citations_in(_linked(quote)) if n not in written)


def without_printed_marks(text: str) -> str:
    """The text as a reviewer reads it with its printed marks left out, as the "[6]" it would
    have held was."""
    if _MAY_HOLD_ONE.search(text) is None:
        return text
    return display_text(_linked(text))
