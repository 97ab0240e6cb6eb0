"""``promotional-language``: hype and absolute promises ("breakthrough", "no side effects").

Negated or cautionary uses are responsible writing and are left alone: "HSCT is not
risk-free", "there is no miracle cure", "be wary of clinics that promise guaranteed
results". Medical terms such as "breakthrough pain" are not hype either. Nor is hype the
page reports as what others say and then doubts: "some websites call statins a miracle
pill. That is not how doctors see them", "it is sold as a cure-all, but there is little
evidence that it helps". Reported and not doubted ("our customers call it a miracle"),
it is the page's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from workstation.checks.context import ArticleContext, word_set
from workstation.checks.finding import WARNING, Finding, make_finding, shorten
from workstation.checks.hype_patterns import (
    HYPE_RE,
    HYPE_STEMS,
    KILL_STEMS,
    ORDINARY_STEMS,
    PRODUCT_HYPE_RE,
)
from workstation.checks.open_promises import CUES as PROMISE_CUES
from workstation.checks.open_promises import open_promises
from workstation.checks.promotion_hedges import (
    cautioned,
    conceded,
    hearsay_turned,
    personal_and_qualified,
)
from workstation.checks.promotion_places import only_a_refund, places_in_quote, said_again_below
from workstation.messages import message
from workstation.prefilter import Branches, branches, occurring
from workstation.structure import Sentence

CODE = "promotional-language"



# The page's own product against the standard treatment: "our compounded hormones are safer
# and more effective than standard HRT" (a result of a named treatment in a trial is not
# the page's own: "tenecteplase was as safe as standard alteplase").
_BETTER = r"(?:safer|more\s+effective|better|stronger|faster|gentler)"
_OWN_AGAINST_STANDARD_RE = re.compile(
    rf"\b{_BETTER}(?:\s+and\s+{_BETTER})?\s+than\s+(?:the\s+)?(?:standard|conventional|"
    r"traditional|usual|regular|ordinary)\s+[\w-]+",
    re.IGNORECASE,
)
_OUR_RE = re.compile(r"\b(?:our|my)\b", re.IGNORECASE)


# A detox the page promises for its own product: "our drips flush out toxins" (advice that
# "lemon water flushes out toxins" is a dubious claim, not the page selling itself).
_OWN_DETOX_RE = re.compile(
    r"\b(?:flush(?:es|ing)?|draws?|drains?|purges?)\s+(?:out\s+)?(?:[\w-]+\s+){0,2}?toxins\b",
    re.IGNORECASE,
)


def _own_against_standard(text: str, pattern: re.Pattern[str] = _OWN_AGAINST_STANDARD_RE) -> list[re.Match[str]]:
    return [m for m in pattern.finditer(text) if _OUR_RE.search(text, 0, m.start())]


def _product_hype_possible(low: str) -> bool:
    return any(stem in low for stem in KILL_STEMS) or (
        (" than " in low or " as " in low) and any(stem in low for stem in ORDINARY_STEMS)
    )
# "Breakthrough" as a medical term or a regulatory designation.
_MEDICAL_BREAKTHROUGH_RE = re.compile(
    r"^breakthroughs?\s+(?:pain|bleeding|infections?|seizures?|symptoms?|disease|cases?|cancer|"
    r"relapses?|activity|varicella|ha?emorrhage|vomiting|nausea|fungal|hepatitis|"
    r"therapy\s+(?:designation|status))\b",
    re.IGNORECASE,
)
_NEGATORS = word_set(
    """not no never isn't aren't wasn't weren't isnt arent nor neither without cannot can't
    hardly nothing none doesn't don't didn't won't rarely nobody"""
)
_CAUTION_RE = re.compile(
    r"\b(?:beware|wary|skeptical|sceptical|be cautious|be careful|red flags?|"
    r"claims?\s+(?:of|that|to)|claims\s+(?:its|their|it|they|the)|"
    r"claiming|promis(?:e|es|ed)|advertis\w*|marketed|so-called|too good to be true|"
    r"scams?|unproven)\b",
    re.IGNORECASE,
)
# Hype given as what others call or sell something as: "X call it a miracle", "sold as a cure-all".
_REPORTED_RE = re.compile(
    r"\b(?:call|calls|called|calling|dub|dubs|dubbed|nickname[sd]?|"
    r"(?:influencers|fans|advocates|proponents|sellers|marketers|celebrities|websites)\s+(?:say|claim)|"
    r"(?:read|hear|heard|see|seen)\s+(?:online|on\s+(?:social\s+media|the\s+internet|forums?))\s+that|"
    r"(?:describ|market|tout|bill|hail|"
    r"brand|label|promot|pitch|present|advertis|sell|sold|hyp)\w*\b[^.;:!?]{0,60}?\bas)\b",
    re.IGNORECASE,
)
# A turn in the same sentence after which doubt can follow: "…, but there is little evidence", "…; no trial …".
_CONTRAST_RE = re.compile(r"[;\u2014]|[,\s]\s*(?:but|yet|however|although|though|while)\b", re.IGNORECASE)
# What doubt speaks of: the claim itself, or the evidence and the people who weigh it.
_DOUBT_TOPICS = word_set(
    """this that these those it they such claim claims evidence proof study studies trial
    trials research doctors experts scientists true work works worked help helps helped
    convinced see"""
)
_DOUBT_WORDS = word_set("little scant weak limited lacking unproven doubt doubtful myth false untrue questionable")
_NEGATION_AFTER_RE = re.compile(
    r"\b(?:(?:have|has|had|do|does|did|is|are|was|were)(?:\s+not|n't|n\u2019t)|never|failed)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK_RE = re.compile(r"[,;:\u2014\u2013()]")
_QUOTES = "\"'\u201c\u201d\u2018\u2019"


def _negated(text: str, start: int) -> bool:
    clause = _CLAUSE_BREAK_RE.split(text[:start])[-1]
    words = [w.strip(_QUOTES).lower().replace("\u2019", "'") for w in clause.split()[-5:]]
    return any(w in _NEGATORS for w in words)


def _quoted(text: str, start: int, end: int) -> bool:
    if text[max(0, start - 1) : start] in tuple(_QUOTES) and text[end : end + 1] in tuple(_QUOTES):
        return True
    # ... or in a short quoted phrase: a "detox miracle", a 'miracle cure'
    return any(
        quote.start() < start and end < quote.end() and len(quote.group(1).split()) <= 4
        for quote in _QUOTED_PHRASE_RE.finditer(text, max(0, start - 45), end + 45)
    )


# A phrase of a few words in quotes, opened after a space or a bracket and closed before one or
# a stop (an apostrophe inside a word opens none: "won't", "nature's").
_QUOTED_PHRASE_RE = re.compile(
    r"(?:^|(?<=[\s(]))[\"\u201c\u2018']([^\"\u201c\u201d\u2018\u2019'.!?]{1,40}?)[\"\u201d\u2019'](?=[\s.,;:!?)]|$)"
)


_STEMS_IN_ORDER = tuple(sorted(HYPE_STEMS))


def _has_stem(low: str, stems: tuple[str, ...] = _STEMS_IN_ORDER) -> bool:
    """Does the lower-cased text contain any of the stems? (Substring tests in a plain loop:
    several times faster than one search of their alternation, which tries every stem at
    every position.)"""
    for stem in stems:  # noqa: SIM110 - a loop, not a generator for each sentence
        if stem in low:
            return True
    return False


@dataclass(frozen=True)
class _PageTests:
    """The stem and branch tests narrowed to what a page's texts hold as a whole: a string
    absent from all of them is absent from each, so no text of the page need test it."""

    stems: tuple[str, ...] = _STEMS_IN_ORDER
    product: bool = True  # (_product_hype_possible of the whole)
    hype: Branches | None = None
    promise_cues: tuple[str, ...] | None = None  # (open_promises' cues: cues_in of the whole)

    @classmethod
    def of(cls, texts: list[str], also: list[str] | None = None) -> _PageTests:
        """The tests narrowed to ``texts``; ``also``: further texts read with these tests whose
        open promises are looked for as in the page's own (its other tests stay as they were)."""
        text, low = "\n".join(texts), "\n".join(t.lower() for t in texts)
        hype = branches(HYPE_RE)
        # the stems and the branches' strings looked for together: many hold one another
        # (and the promises' cues, which hold some of them: "ever", "world")
        present = occurring(_STEMS_IN_ORDER + hype.folded_strings() + PROMISE_CUES, low)
        stems = tuple(stem for stem in _STEMS_IN_ORDER if stem in present)
        also_low = "\n".join(t.lower() for t in also or ())
        cues = tuple(cue for cue in PROMISE_CUES if cue in present or cue in also_low)  # (as cues_in of both)
        return cls(stems, _product_hype_possible(low), hype.within(text, low, present), cues)


_ANY_PAGE = _PageTests()


def hype_terms(text: str, page: _PageTests = _ANY_PAGE) -> list[str]:
    """The hype words of ``text`` that are meant, not negated, quoted or medical terms
    (``page``: the tests narrowed to the page the text is part of)."""
    low = text.lower()
    product = page.product and _product_hype_possible(low)
    promises = open_promises(text, low) if page.promise_cues is None else open_promises(text, low, page.promise_cues)
    if not product and not promises and not _has_stem(low, page.stems):
        return []
    # only the branches the words allow
    hype = (page.hype or branches(HYPE_RE)).pattern_for(text, low)
    matches = sorted([*(hype.finditer(text) if hype is not None else ()), *promises], key=lambda m: m.start())
    own = " our " in f" {low}" or " my " in f" {low}"
    if product:
        matches = sorted([*matches, *PRODUCT_HYPE_RE.finditer(text)], key=lambda m: m.start())
        if own:
            matches = sorted([*matches, *_own_against_standard(text)], key=lambda m: m.start())
    if own and "toxins" in low:
        matches = sorted([*matches, *_own_against_standard(text, _OWN_DETOX_RE)], key=lambda m: m.start())
    if not matches or cautioned(text, _CAUTION_RE):
        return []
    terms: list[str] = []
    for match in matches:
        if _MEDICAL_BREAKTHROUGH_RE.match(text[match.start() : match.start() + 60]):
            continue
        if _negated(text, match.start()) or _quoted(text, match.start(), match.end()):
            continue
        if conceded(text, match.start()) or personal_and_qualified(text, match.start()):
            continue
        term = match.group(0)
        if not any(term.lower() in t.lower() for t in terms):  # (nor a part of one found)
            terms.append(term)
    return terms


# Doubt by explanation: "…, but the dark colour comes from sweat", "… is mostly water"; or by
# a measure: "the research so far is far less exciting".
_EXPLAINED_RE = re.compile(
    r"\b(?:comes?|came)\s+from\b|\b(?:caused|explained)\s+by\b|\bdue\s+to\b|"
    r"\bless\s+(?:exciting|impressive|convincing|clear|certain|promising)\b|"
    r"\b(?:is|are|was|were)\s+(?:just|only|simply|merely|mostly|largely|really|actually)\b",
    re.IGNORECASE,
)


def _doubts(text: str) -> bool:
    """Does ``text`` deny, doubt or explain away a claim ("That is not how doctors see them",
    "little evidence", "the colour comes from sweat")?"""
    if _EXPLAINED_RE.search(text):
        return True
    words = {w.strip(_QUOTES + ".,;:!?").lower().replace("\u2019", "'") for w in text.split()}
    return bool(words & (_NEGATORS | _DOUBT_WORDS)) and bool(words & _DOUBT_TOPICS)


def reported_and_doubted(text: str, following: str = "") -> bool:
    """Hype the sentence reports as what others say, doubted in its own second half or next."""
    if hearsay_turned(text, _CONTRAST_RE):
        return True
    reported = _REPORTED_RE.search(text)
    if reported is None:
        return False
    turn = _CONTRAST_RE.search(text, reported.end())
    if turn is None:
        # "Brain games sold as a guaranteed way to stop dementia have not lived up to the
        # claims": the reported hype is the subject, and the predicate doubts it.
        hype = HYPE_RE.search(text, reported.end())
        turn = hype if hype is not None and _NEGATION_AFTER_RE.search(text, hype.end()) else None
    return bool(turn and _doubts(text[turn.end():])) or bool(following and _doubts(following))


def _message(terms: list[str], where: str) -> str:
    """``where``: title, heading or sentence."""
    return message(f"finding.promotional-{where}", terms=", ".join(f"\u201c{t}\u201d" for t in terms))


# Where a sentence joins two claims of its own: "…, and …", "…; …". (What the promise goes on to
# do, after a comma, is the same promise: "the purest oil on earth, unlocking deep sleep from the
# very first drop".)
_CLAUSE_JOIN_RE = re.compile(r",\s+(?:and|but|or)\s+|;\s+")


def _hyped_clauses(text: str) -> list[tuple[int, str, list[str]]]:
    """The clauses of a sentence that joins claims, with where each starts and its hype: "the best
    clinic in the city, and you will feel ten years younger" holds two promises, one finding each."""
    clauses: list[tuple[int, str, list[str]]] = []
    start = 0
    for join in [*_CLAUSE_JOIN_RE.finditer(text), None]:
        clause = text[start : join.start() if join else len(text)]
        terms = hype_terms(clause)
        if terms:
            clauses.append((start, clause, terms))
        if join is not None:
            start = join.end()
    return clauses


def _sentence_findings(sentence: Sentence, terms: list[str]) -> Iterator[Finding]:
    """One finding for the sentence, or one for each of its clauses that promises on its own
    (its excerpt that clause, so that each is dismissed on its own)."""
    clauses = _hyped_clauses(sentence.text) if _CLAUSE_JOIN_RE.search(sentence.text) else []
    if len(clauses) < 2:
        yield make_finding(
            CODE, WARNING, _message(terms, "sentence"), shorten(sentence.text, 400),
            sentence.start, sentence.end,
        )
        return
    places = places_in_quote(sentence.quote, sentence.text)
    for offset, clause, clause_terms in clauses:
        start = sentence.start + places[offset]
        end = min(sentence.start + places[offset + len(clause) - 1] + 1, sentence.end)
        yield make_finding(CODE, WARNING, _message(clause_terms, "sentence"), shorten(clause, 400), start, end)


def check(ctx: ArticleContext) -> Iterator[Finding]:
    """One warning per sentence, heading or title that uses hype (per clause, where a sentence
    joins two promises)."""
    headings = [
        b for b in ctx.structure.blocks if b.kind == "heading" and ctx.kind_of(b.section) not in ("references",)
    ]
    sentences = ctx.structure.sentences
    checked = [i for i, sentence in enumerate(sentences) if ctx.in_article_text(sentence)]
    # the sentence below each heading, read with the page's tests (whether or not it is the page's own)
    belows = [next((s for s in sentences if s.start >= block.end), None) for block in headings]
    page = _PageTests.of([ctx.title, *(b.text for b in headings), *(sentences[i].text for i in checked)],
                         also=[below.text for below in belows if below is not None])
    terms = hype_terms(ctx.title, page)
    if terms:
        yield make_finding(CODE, WARNING, _message(terms, "title"), shorten(ctx.title, 400))
    for block, below in zip(headings, belows, strict=True):
        terms = hype_terms(block.text, page)
        if terms and not (below is not None and said_again_below(terms, hype_terms(below.text, page))):
            yield make_finding(
                CODE, WARNING, _message(terms, "heading"), shorten(block.text, 400), block.start, block.end
            )
    for index in checked:
        sentence = sentences[index]
        if sentence.text.count(" | ") >= 2:
            continue  # a site's menu run into its next line: "Saddles | … | Cart Free UK delivery"
        terms = hype_terms(sentence.text, page)
        if terms and not only_a_refund(sentence.text, terms):
            after = sentences[index + 1] if index + 1 < len(sentences) else None
            following = after.text if after is not None and after.block == sentence.block else ""
            if reported_and_doubted(sentence.text, following):
                continue
            yield from _sentence_findings(sentence, terms)
