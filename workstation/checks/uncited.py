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
from workstation.checks.promotional import hype_terms
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


# A finding credited to the page's evidence as a whole, with no figure: "the evidence
# suggests that the statin is often not the cause".
_THE_EVIDENCE_RE = re.compile(
    r"\bthe\s+(?:evidence|research|trials|studies)\s+(?:so\s+far\s+)?"
    r"(?:suggests?|shows?|indicates?|finds?)\b",
    re.IGNORECASE,
)


def _summed_up_before_its_section(ctx: ArticleContext, sentence: Sentence, index: int) -> bool:
    """Does the sentence sum up the evidence that the next section sets out with citations?
    It credits "the evidence" with no figure, ends its paragraph, and a heading follows
    whose section opens with a citing sentence."""
    if any(ch.isdigit() for ch in sentence.text) or not _THE_EVIDENCE_RE.search(sentence.text):
        return False
    sentences = ctx.structure.sentences
    if index + 1 >= len(sentences):
        return False
    following = sentences[index + 1]
    blocks = ctx.structure.blocks
    between = blocks[sentence.block + 1 : following.block]
    return (
        len(between) == 1
        and between[0].kind == "heading"
        and ctx.cites_anything(following)
    )


# A finding of works the page has cited already: "the trials in the same reviews showed".
_THE_SAME_WORKS_RE = re.compile(
    r"\b(?:the\s+same|these|those|both)\s+(?:[\w-]+\s+)?(?:reviews?|trials?|studies|study|"
    r"meta-analys[ie]s|analys[ie]s|papers?)\b",
    re.IGNORECASE,
)


def _cited_before(ctx: ArticleContext, sentence: Sentence, index: int) -> bool:
    """Does the sentence report what works cited earlier found ("these studies", "the same
    reviews")?"""
    return bool(_THE_SAME_WORKS_RE.search(sentence.text)) and any(
        ctx.cites_anything(earlier) for earlier in ctx.structure.sentences[:index]
    )


def _masthead(ctx: ArticleContext) -> int:
    """The index of the body's first block if it is the site's masthead, else -1: a
    paragraph before any heading or prose with no sentence's end anywhere in it
    ("Online Doctor and Pharmacy Start consultation Trusted by over 2 million customers"),
    or one whose items are set apart by bars and that ends with no sentence's end ("Shop:
    the #1 app | 4.8 stars from 95,000 ratings")."""
    blocks = ctx.structure.blocks
    # A strip set apart by bars may come after the page's title given as a heading.
    first = next((i for i, block in enumerate(blocks) if block.kind != "heading"), -1)
    if first < 0 or blocks[first].kind != "paragraph":
        return -1
    text = blocks[first].text.rstrip()
    if " | " in text and not re.search(r"[.!?][\"'\u201d\u2019)\]]*$", text):
        return first
    if first != 0:
        return -1
    if re.search(r"[.!?:;][\"'\u201d\u2019)\]]*(?:\s|$)", text):
        return -1
    return 0


# A work the sentence introduces ("…, a new study has found"), and the next sentence taking
# it up by name ("The study, published today in … [1], followed …").
_INTRODUCED_RE = re.compile(
    r"\b(?:a|an|one)\s+(?:(?:new|recent|large|major|small|landmark|published|\w+-year)\s+)*"
    r"(?P<work>study|trial|review|analysis|survey|report)\b",
    re.IGNORECASE,
)


def _taken_up_next(ctx: ArticleContext, sentence: Sentence, index: int) -> bool:
    """Does the next sentence name the work this one introduces, and cite it?"""
    introduced = _INTRODUCED_RE.search(sentence.text)
    sentences = ctx.structure.sentences
    if introduced is None or index + 1 >= len(sentences):
        return False
    following = sentences[index + 1]
    work = introduced.group("work").lower()
    return bool(
        re.match(rf"(?:The|This|That)\s+(?:new\s+)?{work}\b", following.text, re.IGNORECASE)
    ) and ctx.cites_anything(following)


# What a maker or seller says of its product, reported by the page: "One brand claims its
# blanket …", "Manufacturers market the drinks as …". The figure is theirs, not the page's.
_MAKERS_CLAIM_RE = re.compile(
    r"\b(?:claims|claimed)\s+(?:that\s+)?(?:its|their|it|they|the)\b|"
    r"\b(?:market|markets|marketed|advertise|advertises|advertised|sell|sells)\b[^.;:!?]{0,40}?\bas\b",
    re.IGNORECASE,
)


def _makers_claim(sentence: Sentence) -> bool:
    return _MAKERS_CLAIM_RE.search(sentence.text) is not None and not _OWN_RE.search(sentence.text)


_OWN_RE = re.compile(r"\b(?:our|we|us)\b", re.IGNORECASE)


def _own_boast(sentence: Sentence) -> bool:
    """Is the figure the page's boast about its own service ("Our response rate of 92% is
    unmatched by any other clinic")? That is promotion (promotional-language), not a finding."""
    return bool(_OWN_RE.search(sentence.text)) and bool(hype_terms(sentence.text))


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
        if marker is None or _summed_up_before_its_section(ctx, sentence, index):
            continue
        if _cited_before(ctx, sentence, index) or _own_boast(sentence) or _taken_up_next(ctx, sentence, index):
            continue
        if _makers_claim(sentence):
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
