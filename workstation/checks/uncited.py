"""``claim-uncited``: a statistic, study finding or regulatory fact that cites nothing.

Only sentences that carry such a marker are flagged; plain explanation ("The procedure
involves collecting the patient's own stem cells") is left alone. A citation at the end
of a paragraph is read as covering the sentences before it in that paragraph, except a
figure of people that stands on its own ("Around 1 in 4 adults snore."): a later citation in
its paragraph is for what that sentence says, not for how many are affected.

What counts as such a marker is in ``uncited_markers``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.checks.context import ArticleContext
from workstation.checks.finding import WARNING, Finding, make_finding, shorten
from workstation.checks.promotional import hype_terms
from workstation.checks.uncited_asides import (
    declares_interests,
    goes_on_with_figure,
    made_less_likely,
    own_offer,
    own_record,
)
from workstation.checks.uncited_counts import NUMBER_WORD, PEOPLE
from workstation.checks.uncited_markers import markers_for, uncited_marker
from workstation.checks.uncited_named_work import names_work_by_journal_and_year
from workstation.checks.uncited_ranks import rank_on_its_own, rank_taken_up, record_stated
from workstation.messages import message
from workstation.structure import Sentence

CODE = "claim-uncited"


# An instruction to the reader: "Use about six teaspoons …", "Reapply every two hours …".
_INSTRUCTION_RE = re.compile(
    r"^(?:Use|Apply|Reapply|Take|Avoid|Wear|Drink|Eat|Keep|Try|Ask|Talk|Call|Book|Check|Aim|"
    r"Choose|Wash|Stop|Start|Limit|Cut|Get|Make|See|Give|Put|Store|Remember)\b"
)


def _rank_taken_up(ctx: ArticleContext, index: int) -> bool:
    """Does the next sentence of the paragraph go on about a ranking stated on its own?"""
    sentences = ctx.structure.sentences
    if index + 1 >= len(sentences) or sentences[index + 1].block != sentences[index].block:
        return False
    return rank_taken_up(sentences[index].text, sentences[index + 1].text)


def _covered_by_paragraph(ctx: ArticleContext, sentence: Sentence, index: int) -> bool:
    """Does a later sentence of the same paragraph carry a citation? (One that tells the reader
    what to do cites the advice: it does not cover a figure before it.)"""
    figure = _FIGURE_RE.search(sentence.text) is not None
    for later in ctx.structure.sentences[index + 1 :]:
        if later.block != sentence.block:
            return False
        if ctx.cites_anything(later) and not (figure and _INSTRUCTION_RE.match(later.text)):
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
    reviews"), or someone's view of one ("she said the review showed …")?"""
    refers_back = _THE_SAME_WORKS_RE.search(sentence.text) or _VIEW_OF_THE_WORK_RE.search(sentence.text)
    return bool(refers_back) and any(
        ctx.cites_anything(earlier) for earlier in ctx.structure.sentences[:index]
    )


# The size of a study the sentence before cites, as its limit: "But it only included 20 people".
_SIZE_OF_IT_RE = re.compile(
    r"^(?:(?:But|And|Yet|However,?)\s+)?(?:it|they|the\s+(?:study|trial|review|survey))\s+"
    r"(?:only\s+|just\s+)?(?:included|involved|enrolled|recruited|looked\s+at|studied|followed)\s+"
    r"(?:only\s+|just\s+)?\d",
    re.IGNORECASE,
)


def _size_of_the_work_just_cited(ctx: ArticleContext, sentence: Sentence, index: int) -> bool:
    """Does the sentence give the size of the work its paragraph's sentence before cites?"""
    if index == 0 or _SIZE_OF_IT_RE.match(sentence.text) is None:
        return False
    before = ctx.structure.sentences[index - 1]
    return before.block == sentence.block and ctx.cites_anything(before)


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


def _borne_out_by_examples(ctx: ArticleContext, sentence: Sentence, index: int) -> bool:
    """Does the sentence end a paragraph that leads into its examples ("… trials have shown that
    shorter courses work as well. For example:"), two list items at least, each citing?"""
    sentences = ctx.structure.sentences
    blocks = ctx.structure.blocks
    rest = [later for later in sentences[index + 1 : index + 3] if later.block == sentence.block]
    if not blocks[sentence.block].text.rstrip().endswith(":") or any(
        not later.text.rstrip().endswith(":") for later in rest  # (only the lead-in: "For example:")
    ):
        return False
    items = []
    for block in range(sentence.block + 1, len(blocks)):
        if blocks[block].kind != "bullet":
            break
        items.append(block)
    examples = [later for later in sentences[index + 1 :] if later.block in items]
    return len(items) >= 2 and bool(examples) and all(ctx.cites_anything(later) for later in examples)


# A work the next paragraph takes up by name: "The study, published in …", "In the trial, …",
# "The team followed …".
_TAKES_UP_A_WORK_RE = re.compile(
    r"^(?:In\s+)?(?:The|This|Their)\s+(?:new\s+|latest\s+)?(?:study|trial|review|analysis|"
    r"meta-analysis|research|researchers|team|scientists|survey|paper|findings)\b",
    re.IGNORECASE,
)
_NAMES_RESEARCH_RE = re.compile(
    r"\b(?:research|researchers|scientists|study|trial|review|analysis|meta-analysis|survey)\b",
    re.IGNORECASE,
)


def _lede_for_next_paragraph(ctx: ArticleContext, sentence: Sentence, index: int) -> bool:
    """Is the sentence a news lede: a paragraph of one sentence that credits research ("…,
    according to new research", "…, a major review has found"), the next paragraph opening
    on that work by name and citing it?"""
    sentences = ctx.structure.sentences
    if (
        (index > 0 and sentences[index - 1].block == sentence.block)
        or index + 1 >= len(sentences)
        or sentences[index + 1].block != sentence.block + 1
        or not _NAMES_RESEARCH_RE.search(sentence.text)
        or not _TAKES_UP_A_WORK_RE.match(sentences[index + 1].text)
    ):
        return False
    following = sentences[index + 1 :]
    return any(ctx.cites_anything(later) for later in following if later.block == sentence.block + 1)


# Someone's view of a work cited before: "Professor Lee said the review showed a link, not …".
_VIEW_OF_THE_WORK_RE = re.compile(
    r"\b(?:said|says|told|added|explained|cautioned|warned|stressed)\s+(?:that\s+)?the\s+"
    r"(?:new\s+)?(?:study|trial|review|analysis|meta-analysis|research|findings|results)\b",
    re.IGNORECASE,
)


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


# The page's own practitioner, named by title as the sentence's subject: "Dr Rees is …".
_PRACTITIONER_RE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+(?:[A-Z][\w'\u2019-]+\s+){1,2}(?:is|has|was)\b")


# "the only pillow proven to …": a product's boast of being proven, in a sentence of promotion
_PROVEN_TO_RE = re.compile(r"^(?:shown|proven|demonstrated)\s+to$", re.IGNORECASE)


def _the_boast_itself(text: str, words: str) -> bool:
    """Is the finding a product's "proven to" in a sentence of promotion ("the only pillow
    proven to stop reflux for good")? The sentence is promotion (one promotional-language
    finding), as "clinically proven to" already is."""
    return _PROVEN_TO_RE.match(words) is not None and bool(hype_terms(text))


def _own_boast(sentence: Sentence) -> bool:
    """Is the figure the page's boast about its own service or its practitioner ("Our response
    rate of 92% is unmatched by any other clinic", "Dr Rees is the country's most sought-after
    surgeon, with 5,000 operations behind her")? That is promotion (promotional-language), not a
    finding."""
    own = (
        _OWN_RE.search(sentence.text) or _PRACTITIONER_RE.match(sentence.text)
        or _CUSTOMERS_RE.search(sentence.text)
    )
    return bool(own) and bool(hype_terms(sentence.text))


# The seller's count of its own customers: "trusted by over 200,000 happy customers".
_CUSTOMERS_RE = re.compile(r"\b(?:happy|satisfied|loyal|delighted)\s+(?:customers|clients|users|shoppers)\b", re.IGNORECASE)


# A figure of people or cases: "1 in 4 adults", "half of children", "2 million workers": the
# people end the words, and a figure stands before them on their line. (Asked as two searches:
# one pattern, the figure then ".*" then the people, went to the end again from every digit.)
_FIGURE_RE = re.compile(rf"\d|\b(?:half|third|quarter|{NUMBER_WORD})(?:fold)?\b", re.IGNORECASE)
_PEOPLE_AT_END_RE = re.compile(rf"\b{PEOPLE}$", re.IGNORECASE)
# What makes a sentence part of a study's account, or a figure the next sentences go on about.
_OF_A_STUDY_RE = re.compile(
    r"\b(?:study|studies|trials?|reviews?|surveys?|analys[ie]s|meta-analys[ie]s|research|"
    r"researchers|investigators|participants|volunteers|cohort|enrolled|recruited|validated|"
    r"randomi[sz]ed|randomly)\b",
    re.IGNORECASE,
)
# (but not "It affects around 1.5 million people": the condition, and how many have it)
_BACK_REFERENCE_RE = re.compile(
    r"^(?:It|They|This|These|Those|Their|Its|He|She|Of\s+(?:these|those|them))\b"
    r"(?!\s+(?:now\s+)?(?:affects|affected|affect|kills|killed)\b)"
)


_SHARE = r"(?:half|(?:a|one|two)[- ](?:third|quarter)s?|three[- ]quarters)"
# A risk or a share stated as a fact of its own: "… are up to 1.5 times more likely to …",
# "… causes more than 90% of outbreaks".
_RATE_ON_ITS_OWN_RE = re.compile(
    r"\b(?:\d+(?:\.\d+)?|several|many)\s+times\s+(?:more|less)\s+likely\b|"
    # a rise or fall by a fold ("have risen more than tenfold in the last decade")
    rf"\b(?:risen|rose|grown|grew|increased|fallen|fell|dropped)\s+(?:by\s+)?(?:more\s+than\s+|over\s+|"
    rf"nearly\s+|almost\s+|about\s+|around\s+)?(?:{NUMBER_WORD}|\d+(?:\.\d+)?-)fold\b|"
    # ("around 40% of players report …": a share given as an estimate, as it is on its own)
    r"\b(?:more\s+than|over|up\s+to|nearly|almost|around|about|roughly|approximately)\s+\d+(?:\.\d+)?\s?%\s+of\b|"
    # a count of homes or households ("Around 1 in 25 homes in England has a damp problem")
    r"\b\d+\s+in\s+(?:every\s+)?\d[\d,]*\s+(?:homes|households|houses|families|schools)\b|"
    # a count of deaths or cases ("there were nearly 3,000 heat-related deaths in England")
    r"\b\d[\d,]*(?:\.\d+)?(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+){0,2}?(?:deaths|cases|admissions)\b|"
    # an effect by a share ("boosts collagen production by 31% after just four sessions")
    # ... or a decline or rise by one ("muscle mass falls by around 1 to 2% a year")
    r"\b(?:increases?|boosts?|raises?|reduces?|cuts?|lowers?|improves?|falls?|drops?|declines?|rises?)\s+"
    r"(?:[\w-]+\s+){0,3}?by\s+(?:up\s+to\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:to|-|\u2013)\s*)?\d+(?:\.\d+)?\s?%|"
    # a rate that has doubled since a time ("Melanoma rates in the UK have more than doubled since
    # the early 1990s")
    r"\b(?:rates?|cases|numbers?|incidence)\b[^.;:!?]{0,40}?\b(?:have|has)\s+(?:more\s+than\s+|nearly\s+|almost\s+)?"
    r"(?:doubled|tripled|trebled|quadrupled|halved)\s+(?:since|in|over)\b|"
    # a figure given as an average ("have on average four or five recurrences in the first year")
    rf"\bon\s+average\s+(?:about\s+|around\s+|roughly\s+)?{NUMBER_WORD}\b|"
    # a share in words of people, or a range of shares ("Between a quarter and a half of
    # first-time users feel some symptoms")
    rf"\b{_SHARE}(?:\s+(?:and|to)\s+(?:a\s+)?{_SHARE})?\s+of\s+(?:all\s+)?(?:[\w-]+\s+){{0,2}}?{PEOPLE}\b",
    re.IGNORECASE,
)


def _people_figure(words: str) -> bool:
    people = _PEOPLE_AT_END_RE.search(words)
    if people is None:
        return False
    line_start = words.rfind("\n", 0, people.start()) + 1
    return _FIGURE_RE.search(words, line_start, people.start()) is not None


def _figure_on_its_own(sentence: Sentence, words: str) -> bool:
    """Is the sentence's marker a figure of people that the sentence states on its own ("Around
    1 in 4 adults snore."), not part of a study's account ("In the trial, 36 people …", "It gave
    120 adults …")? A later citing sentence of its paragraph then does not cover it."""
    return (
        (_people_figure(words) or _RATE_ON_ITS_OWN_RE.search(sentence.text) is not None
         or rank_on_its_own(sentence.text))
        and _OF_A_STUDY_RE.search(sentence.text) is None
        and _BACK_REFERENCE_RE.match(sentence.text) is None
    )


# A shop's line: a price beside a rating ("… 300 g – £24.99 ★★★★☆ (1,482 reviews)"), a price
# list run into one line ("Single session: £450 Course of 3: £1,150 …"), or a rating's stars
# ("★★★★★ 4.8/5 from 12,304 reviews").
_PRICE_RE = re.compile(r"[£$€]\s?\d")
_RATING_RE = re.compile(
    r"[\u2605\u2606]|\b\d(?:\.\d)?\s*/\s*5\b|\b\d\.\d\s+stars?\b|\(\s*[\d,]+\s+(?:reviews|ratings)\s*\)",
    re.IGNORECASE,
)


_STARS_RE = re.compile(r"[\u2605\u2606]{3,}")
# A sentence's end, perhaps in its closing quote or emphasis: "… at home.", "… dose.*".
_SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)\]*_]*$")


def _shop_line(text: str) -> bool:
    """A price beside a rating, two prices or more, or a row of rating stars."""
    prices = len(_PRICE_RE.findall(text)) if "£" in text or "$" in text or "€" in text else 0
    if prices >= 2 or (prices == 1 and _RATING_RE.search(text) is not None):
        return True
    return ("\u2605" in text or "\u2606" in text) and _STARS_RE.search(text) is not None


def check(ctx: ArticleContext) -> Iterator[Finding]:
    """One warning per factual claim with a statistic or study finding and no citation."""
    masthead = _masthead(ctx)
    asked: list[tuple[int, Sentence, bool]] = []
    named_in = -1  # the paragraph whose sentence named its work by journal and year
    for index, sentence in enumerate(ctx.structure.sentences):
        if (
            not sentence.is_claim
            or ctx.cites_anything(sentence)
            or not ctx.in_article_text(sentence)
        ):
            continue
        if names_work_by_journal_and_year(sentence.text):
            named_in = sentence.block  # its source given in words: it and what goes on with it
            continue
        if sentence.block == masthead or sentence.text.count(" | ") >= 2 or _shop_line(sentence.text):
            # site furniture: "Trusted by over 2 million customers", or a menu run into the
            # page's first line ("Treatments | Prices | Contact 0% finance available.")
            continue
        if sentence.text.count(" \u00b7 ") >= 2 and not _SENTENCE_END_RE.search(sentence.text):
            continue  # the page's line about itself: "Health desk · 4 min read · Shared 2,310 times"
        # (cheap, so asked first: the markers are searched only where they count)
        covered = sentence.block == named_in or _covered_by_paragraph(ctx, sentence, index)
        if covered and not _FIGURE_RE.search(sentence.text) and not record_stated(sentence.text) and not (
            rank_on_its_own(sentence.text) and not _rank_taken_up(ctx, index)
        ):
            continue
        asked.append((index, sentence, covered))
    # the markers the page has the words for (one sentence alone chooses its own)
    markers = markers_for([sentence.text for _, sentence, _ in asked]) if len(asked) > 1 else None
    flagged = -1
    for index, sentence, covered in asked:
        marker = uncited_marker(sentence.text, markers)
        if marker is None or _summed_up_before_its_section(ctx, sentence, index):
            continue
        if flagged == index - 1 and goes_on_with_figure(sentence.text) and (
            ctx.structure.sentences[flagged].block == sentence.block
        ):
            continue  # "That is about one in five of us": the figure flagged just before, again
        if declares_interests(sentence.text) or own_record(sentence.text, marker[1]) or own_offer(sentence.text, marker[1]):
            continue
        if made_less_likely(sentence.text, marker[1]):
            continue
        if marker[0] == "a study finding" and _the_boast_itself(sentence.text, marker[1]):
            continue
        if covered and not _figure_on_its_own(sentence, marker[1]):
            continue
        if _cited_before(ctx, sentence, index) or _own_boast(sentence) or _taken_up_next(ctx, sentence, index):
            continue
        if _lede_for_next_paragraph(ctx, sentence, index) or _size_of_the_work_just_cited(ctx, sentence, index):
            continue
        if _borne_out_by_examples(ctx, sentence, index):
            continue
        if _makers_claim(sentence):
            continue
        kind, words = marker
        flagged = index
        yield make_finding(
            CODE,
            WARNING,
            message("finding.claim-uncited", kind=kind, words=shorten(words, 60)),
            shorten(sentence.text, 400),
            sentence.start,
            sentence.end,
        )
