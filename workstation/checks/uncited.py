"""``claim-uncited``: a statistic, study finding or regulatory fact that cites nothing.

Only sentences that carry such a marker are flagged; plain explanation ("The procedure
involves collecting the patient's own stem cells") is left alone. A citation at the end
of a paragraph is read as covering the sentences before it in that paragraph.

What counts as such a marker is in ``uncited_markers``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.checks.context import ArticleContext
from workstation.checks.finding import WARNING, Finding, make_finding, shorten
from workstation.checks.uncited_markers import uncited_marker
from workstation.messages import message
from workstation.structure import Sentence

CODE = "claim-uncited"


def _covered_by_paragraph(ctx: ArticleContext, sentence: Sentence, index: int) -> bool:
    """Does a later sentence of the same paragraph carry a citation?"""
    for later in ctx.structure.sentences[index + 1 :]:
        if later.block != sentence.block:
            return False
        if ctx.cites_anything(later):
            return True
    return False


def _masthead(ctx: ArticleContext) -> int:
    """The index of the body's first block if it is the site's masthead, else -1: a
    paragraph before any heading or prose with no sentence's end anywhere in it
    ("Online Doctor and Pharmacy Start consultation Trusted by over 2 million customers")."""
    blocks = ctx.structure.blocks
    if not blocks or blocks[0].kind != "paragraph":
        return -1
    text = blocks[0].text.rstrip()
    if re.search(r"[.!?:;][\"'\u201d\u2019)\]]*(?:\s|$)", text):
        return -1
    return 0


def check(ctx: ArticleContext) -> Iterator[Finding]:
    """One warning per factual claim with a statistic or study finding and no citation."""
    masthead = _masthead(ctx)
    for index, sentence in enumerate(ctx.structure.sentences):
        if (
            not sentence.is_claim
            or ctx.cites_anything(sentence)
            or not ctx.in_article_text(sentence)
        ):
            continue
        if sentence.block == masthead:
            continue  # site furniture: "Trusted by over 2 million customers"
        if _covered_by_paragraph(ctx, sentence, index):
            continue  # (cheap, so asked first: the markers are searched only where they count)
        marker = uncited_marker(sentence.text)
        if marker is None:
            continue
        kind, words = marker
        yield make_finding(
            CODE,
            WARNING,
            message("finding.claim-uncited", kind=kind, words=shorten(words, 60)),
            shorten(sentence.text, 400),
            sentence.start,
            sentence.end,
        )
