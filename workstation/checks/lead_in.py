"""``dangling-lead-in``: a sentence that announces a list ("… include:") with no list after it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.checks.context import ArticleContext, word_set
from workstation.checks.finding import WARNING, Finding, make_finding, shorten
from workstation.messages import message
from workstation.structure import Block

CODE = "dangling-lead-in"

# Blocks that can carry what a lead-in announces.
_CONTINUATIONS = frozenset({"bullet", "table", "code"})
_QUOTE_LINE_RE = re.compile(r"^[ \t]{0,3}>")
# "Note:" or "Important:" before a paragraph is a label, not a lead-in.
_LABELS = word_set(
    """note notes important warning caution tip tips summary example examples update
    disclaimer remember answer question source sources reminder"""
)

# "A: Dr Eleanor Fitch writes:" before her answer: a byline for the passage that follows.
_BYLINE_RE = re.compile(r"\b(?:writes|replies|answers|responds)\s*:$", re.IGNORECASE)


# A lead-in that offers information, not items: "Some info that might help:", "A bit of background
# first:". A paragraph after it is the passage it offers. (One that names items, "the signs to
# watch for:", "Three things help:", needs its list.)
# ... or a summary of what is known: "Quick summary of the evidence, with links at the bottom:".
_OFFERS_INFORMATION_RE = re.compile(
    r"(?:(?:here\s+is|here['\u2019]s)\s+)?(?:(?:some|a\s+bit\s+of|a\s+little|more)\s+"
    r"(?:[a-z]+\s+)?(?:info|information|background|context)\b|"
    r"(?:an?\s+)?(?:quick|short|brief)\s+(?:summary|overview|rundown|recap)\b)",
    re.IGNORECASE,
)
_NAMES_ITEMS_RE = re.compile(
    r"\b(?:things?|tips?|steps?|signs?|ways?|items?|symptoms?|options?|list|following|these|below|"
    r"what|which|how|where|when|who|watch|look\s+out|check|points?|facts?|questions?|reasons?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|few|several|some\s+of)\b",
    re.IGNORECASE,
)


def _offers_a_passage(lead_in: str) -> bool:
    """Does the lead-in open by offering information ("Some info …")? Only its own line counts:
    a heading run into it ("Safety information") offers nothing."""
    own = lead_in.rsplit("\n", 1)[-1].strip()
    return _OFFERS_INFORMATION_RE.match(own) is not None and _NAMES_ITEMS_RE.search(own) is None


def _follows(ctx: ArticleContext, block: Block | None) -> str | None:
    """What follows a lead-in, or None when it is the list or passage it announces."""
    if block is None:
        return message("finding.follows-nothing")
    if block.kind in _CONTINUATIONS:
        return None
    line_start = ctx.body.rfind("\n", 0, block.start) + 1
    if _QUOTE_LINE_RE.match(ctx.body[line_start : block.start + 1]):
        return None
    if block.kind == "heading":
        return message("finding.follows-heading", heading=shorten(block.text, 60))
    return message("finding.follows-paragraph")


def check(ctx: ArticleContext) -> Iterator[Finding]:
    """One warning per lead-in whose announced list is missing."""
    blocks = ctx.structure.blocks
    for sentence in ctx.structure.sentences:
        if not sentence.is_lead_in or not ctx.in_article_text(sentence):
            continue
        block = blocks[sentence.block]
        if ctx.body[sentence.end : block.end].strip():
            continue  # the paragraph goes on after the colon
        words = sentence.text.rstrip(":").split()
        if len(words) <= 2 and words and words[0].lower().strip("*_") in _LABELS:
            continue
        before_a_paragraph = sentence.block + 1 < len(blocks) and blocks[sentence.block + 1].kind == "paragraph"
        if before_a_paragraph and (_BYLINE_RE.search(sentence.text.rstrip()) or _offers_a_passage(sentence.text)):
            continue  # "Dr Rees writes:", "Some info that might help:": the paragraph is what follows
        following = _follows(
            ctx, blocks[sentence.block + 1] if sentence.block + 1 < len(blocks) else None
        )
        if following is None:
            continue
        yield make_finding(
            CODE, WARNING, message("finding.dangling-lead-in", following=following), shorten(sentence.text, 400), sentence.start, sentence.end
        )
