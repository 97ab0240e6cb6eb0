"""The organisations, journals and trials a sentence gives as its source, wherever they stand.

A name from the shipped vocabulary (:mod:`workstation.checks.vocabulary`) counts as the
sentence's source when the sentence uses it so:

- an organisation as the one who speaks ("The ESC concluded …", "NICE suggests …",
  "The AHA's 2023 guideline …", "GOLD 2024 report"), after "according to", as the
  author of a publication ("a guideline from the ACR", "published by the WHO"), or in
  a parenthesis with a year ("(ESC, 2021)"); "approved by the FDA" names a regulator,
  not a source;
- a journal wherever it is named, unless its name is an everyday word ("Circulation"),
  which counts only where the sentence calls it a journal (see :mod:`.sources`);
- a trial wherever it is named, as are capitalised trial names the vocabulary does not
  know when "trial" or "study" follows them ("the HALT-MS study", "the STEP 1 trial").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workstation.checks.context import word_set
from workstation.checks.sources import MEDICAL_ABBREVIATIONS, may_name_by_shape
from workstation.checks.vocabulary import (
    JOURNAL,
    ORGANISATION,
    TRIAL,
    Mention,
    Source,
    trial_key,
    vocabulary,
)


@dataclass(frozen=True)
class NamedSource:
    """A source the sentence names: the vocabulary's entry, or None for an unknown trial."""

    kind: str
    name: str
    source: Source | None
    start: int
    end: int


_SPEAKING_VERB = (
    r"(?:recommend|recommends|recommended|advise|advises|advised|conclude|concludes|concluded|"
    r"found|finds|report|reports|reported|state|states|stated|say|says|said|estimate|"
    r"estimates|estimated|suggest|suggests|suggested|warn|warns|warned|note|notes|noted|"
    r"endorse|endorses|endorsed|issued|published|updated|released|list|lists|listed|"
    r"support|supports|supported|define|defines|defined|call|calls|urge|urges|consider|"
    r"considers|made|lowered|raised|favour|favours|favor|favors|kept|advocate|advocates|"
    r"position|positions|proposed|agree|agrees|agreed|confirmed|highlights|highlighted|"
    r"caution|cautions|cautioned|recognise|recognises|recognised|recognize|recognizes|recognized|"
    r"set|sets|aims|class|classes|classed|classify|classifies|classified|categorise|categorises|categorised)"
)
_GUIDANCE_NOUN = (
    r"(?:guidelines?|guidance|recommendations?|criteria|statements?|consensus|reports?|advice|"
    r"standards|update|position|data|figures|estimates|survey|review|pathway|algorithm|"
    r"classification|task\s+force|panel|committee|expert\s+panel|framework|scientific|roadmap|"
    r"strategy|goal|targets?|research|rules)"
)
_ADVERB = r"(?:also|now|still|no\s+longer|not|jointly|then|further|likewise|strongly|first|currently|once|later|\w+ly)"
# "NICE did not recommend …", "The ESC has since advised …": an auxiliary, perhaps negated.
_AUXILIARY = (
    r"(?:did|does|do|has|have|had|will|would|may|might|can|could|should|must|is|are|was|were)"
    r"(?:n't|n\u2019t)?"
)
_AFTER_SPEAKER_RE = re.compile(
    rf"^(?:'s|\u2019s)?\s+(?:{_AUXILIARY}\s+)?(?:{_ADVERB}\s+){{0,2}}{_SPEAKING_VERB}\b",
    re.IGNORECASE,
)
_AFTER_AUTHOR_RE = re.compile(
    rf"^(?:'s|\u2019s)?\s+(?:(?:(?:19|20)\d\d|[\w-]+)\s+){{0,3}}?{_GUIDANCE_NOUN}\b",
    re.IGNORECASE,
)
_BEFORE_AUTHOR_RE = re.compile(
    r"(?:\baccording\s+to|"
    rf"\b{_GUIDANCE_NOUN}\s+(?:(?:issued|published|developed|released|produced|endorsed|"
    r"updated|written)\s+)?(?:from|by|of)|"
    r"\b(?:published|issued|released|developed|endorsed|produced|written|updated)\s+by)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PARENTHESIS_RE = re.compile(r"^\s*,?\s*(?:19|20)\d\d\s*\)")
_COORDINATED_RE = re.compile(r"^\s*(?:,|and|&|/|or)?\s*(?:the\s+)?$", re.IGNORECASE)

# A word of two or more capitals, split at each capital so that a line in capitals has one
# reading, not one per way of sharing its letters out (which took minutes on "SUBSCRIBE TODAY
# AND GET …"), and atomic so that the hyphens of a long name are not tried both ways either.
_TRIAL_WORD = r"(?>[A-Z][a-z0-9]*(?:-?[A-Z][a-z0-9]*)+)"
TRIAL_NAME = rf"{_TRIAL_WORD}(?:[ -](?:{_TRIAL_WORD}|\d{{1,3}}[A-Za-z]?|[IVX]{{1,4}}))*"
_TRIAL_RE = re.compile(
    rf"(?<![\w-])(?P<name>{TRIAL_NAME})\s+(?:(?i:phase)\s+(?:\d|I{{1,3}}V?)\s+)?"
    # the kind of trial between its name and "trial": "the LAP-02 randomised controlled trial"
    r"(?:(?i:randomi[sz]ed|controlled|clinical|pilot|pivotal|multicent(?:re|er)|"
    r"double-blind|placebo-controlled|open-label|cohort|observational)\s+){0,3}"
    r"(?i:trials?|study|studies)\b"
)

# A trial given its name after it is described: "A large Dutch trial of more than 84,000 adults
# aged 65 and over, called CAPiTA, found …".
_CALLED_RE = re.compile(
    rf"\b(?i:trials?|study)\b[^.;()]{{0,80}}?,?\s+(?:called|named|known\s+as)\s+(?P<name>{TRIAL_NAME})(?![\w-])"
)

# "The AAO's Preferred Practice Pattern lists …": a document's title between owner and verb.
_AFTER_TITLED_DOCUMENT_RE = re.compile(
    rf"^(?:'s|\u2019s)\s+(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w-]*\s+){{1,4}}(?:{_ADVERB}\s+)?"
    rf"{_SPEAKING_VERB}\b"
)


_COMMISSIONER_RE = re.compile(
    r"\b(?:commissioned|funded|sponsored|conducted|led|run|carried\s+out)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _speaks(text: str, mention: Mention) -> bool:
    """Is the organisation the one the sentence cites, by where its name stands?"""
    after = text[mention.end : mention.end + 80]
    before = text[max(0, mention.start - 80) : mention.start]
    if _COMMISSIONER_RE.search(before):
        return False  # "reviews commissioned by the WHO found …": the reviews found
    return bool(
        _AFTER_SPEAKER_RE.match(after)
        or _AFTER_TITLED_DOCUMENT_RE.match(after)
        or _AFTER_AUTHOR_RE.match(after)
        or _BEFORE_AUTHOR_RE.search(before)
        or (before.rstrip().endswith("(") and _PARENTHESIS_RE.match(after))
    )


# A study's name by its shape, where the sentence cites it without "trial" or "study":
# "In KEYNOTE-407, …", "In monarchE, …", "VALOR-HCM showed …", "… in ORION-9 1."
_SHAPED_NAME = (
    r"(?:[A-Z][A-Za-z0-9]*(?:[-:][A-Za-z0-9]+)*|[a-z]+[A-Z][A-Za-z0-9]*)"
    r"(?:[ -](?:[A-Z][A-Z0-9]+(?:-[A-Za-z0-9]+)*|\d{1,3}[A-Za-z]?))*"
)
_FINDING_VERB = (
    r"(?:found|finds|showed|shows|shown|reported|reports|demonstrated|extended|added|compared|"
    r"enrolled|randomi[sz]ed|tested|confirmed|suggested|included|followed)"
)
_CITING_POSITION_RES = (
    re.compile(rf"^\s*(?:In|in)\s+(?:the\s+)?(?P<name>{_SHAPED_NAME}),"),
    re.compile(rf"^\s*(?P<name>{_SHAPED_NAME})\s+(?:(?:also|later|then)\s+)?{_FINDING_VERB}\b"),
    re.compile(rf"\bin\s+(?:the\s+)?(?P<name>{_SHAPED_NAME})\s*(?:\[[^\]]{{1,20}}\])?\s*[.;]?\s*$"),
)


def _shaped(name: str) -> bool:
    """Does ``name`` look like a study's acronym: two capitals in a word, or a lower-case
    word with a capital inside ("monarchE"), and not medical shorthand?"""
    first = re.split(r"[ -:]", name)[0]
    return bool(
        (re.search(r"[A-Z].*[A-Z]", name) or re.match(r"[a-z]+[A-Z]", first))
        and len(re.sub(r"[^A-Za-z]", "", name)) >= 3
        and first.upper() not in MEDICAL_ABBREVIATIONS
        and name.upper() not in MEDICAL_ABBREVIATIONS
    )


def _cited_by_shape(text: str, mentions: list[Mention]) -> list[NamedSource]:
    found = []
    tail = max(0, len(text) - 80)
    for pattern, offset in zip(_CITING_POSITION_RES, (0, 0, tail), strict=True):
        match = pattern.search(text[offset : offset + 80])
        if match is None:
            continue
        start, end = match.start("name") + offset, match.end("name") + offset
        name = match.group("name")
        if _shaped(name) and not any(m.start < end and start < m.end for m in mentions):
            found.append(NamedSource(TRIAL, name, vocabulary().trials_by_key.get(trial_key(name)), start, end))
    return found


def is_trial_name(name: str) -> bool:
    """A capitalised name that is not medical shorthand ("MRI", "COVID-19") nor a body."""
    parts = re.split(r"[ -]", name)
    return (
        any(re.search(r"[A-Z].*[A-Z]", p) and p.upper() not in MEDICAL_ABBREVIATIONS for p in parts)
        and name.upper() not in MEDICAL_ABBREVIATIONS
    )


_MEMBER_NUMBER_RE = re.compile(r"[ -]?(\d{1,3}[A-Za-z]?)(?![\w-]|[.,]\d)")


def _numbered_member(text: str, mention: Mention) -> NamedSource:
    """A known trial name, or the numbered member of its series that the sentence names:
    "TRAILBLAZER-ALZ 4" is not the TRAILBLAZER-ALZ trial the vocabulary knows."""
    number = _MEMBER_NUMBER_RE.match(text, mention.end)
    if number is None:
        return NamedSource(TRIAL, mention.text, mention.source, mention.start, mention.end)
    end = number.end()
    name = text[mention.start : end]
    member = vocabulary().trials_by_key.get(trial_key(name))
    return NamedSource(TRIAL, name, member, mention.start, end)


# ("States": "the United States Food and Drug Administration" is the FDA, named with its country.)
_NOT_PART_OF_A_NAME = word_set("The A An In At On For By And Of Its Their Our This That These Those But Both States")


def _inside_longer_name(text: str, mention: Mention) -> bool:
    """Is a body's name the end of a longer name, another body's: "British Menopause
    Society" is not the Menopause Society. A capitalised word right before the name
    (not an initialism such as "US", nor a word that starts a sentence's phrase) extends it."""
    if mention.source.kind != ORGANISATION or " " not in mention.text:
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    word = re.search(r"([A-Za-z]+) $", before)
    if word is None:
        return False
    word_text = word.group(1)
    return (
        word_text[0].isupper()
        and word_text[1:].islower()
        and len(word_text) > 1
        and word_text not in _NOT_PART_OF_A_NAME
    )


def named_sources(text: str) -> list[NamedSource]:
    """The sources ``text`` names as its own, in order."""
    mentions = [m for m in vocabulary().mentions(text) if not _inside_longer_name(text, m)]
    chosen: list[NamedSource] = []
    speaking = [m.source.kind == ORGANISATION and _speaks(text, m) for m in mentions]
    # "The ACC and the AHA say …", "ACC/AHA guideline": a coordinated name speaks too.
    for i in range(len(mentions) - 2, -1, -1):
        gap = text[mentions[i].end : mentions[i + 1].start]
        if (
            speaking[i + 1]
            and mentions[i].source.kind == ORGANISATION
            and _COORDINATED_RE.match(gap)
        ):
            speaking[i] = True
    for mention, speaks in zip(mentions, speaking, strict=True):
        kind = mention.source.kind
        if kind == TRIAL:
            chosen.append(_numbered_member(text, mention))
        elif (kind == ORGANISATION and speaks) or (kind == JOURNAL and not mention.source.common):
            chosen.append(
                NamedSource(kind, mention.text, mention.source, mention.start, mention.end)
            )
    shaped_names = may_name_by_shape(text)  # (both the patterns below need a second capital)
    if shaped_names and ("rial" in text or "tud" in text):
        for match in _TRIAL_RE.finditer(text):
            start, end = match.span("name")
            if any(c.start <= start < c.end or start <= c.start < end for c in chosen):
                continue
            if any(m.start <= start < m.end for m in mentions):
                continue  # a known organisation or journal, not a trial
            name = match.group("name")
            if is_trial_name(name):
                chosen.append(NamedSource(TRIAL, name, None, start, end))
        for match in _CALLED_RE.finditer(text):
            start, end = match.span("name")
            if not any(c.start < end and start < c.end for c in chosen) and is_trial_name(match.group("name")):
                chosen.append(NamedSource(TRIAL, match.group("name"), None, start, end))
    for shaped in _cited_by_shape(text, mentions) if shaped_names else ():
        if not any(c.start < shaped.end and shaped.start < c.end for c in chosen):
            chosen.append(shaped)
    chosen.sort(key=lambda n: n.start)
    return chosen


_SENTENCE_YEAR_RE = re.compile(r"^\s*In\s+((?:19|20)\d\d),?\s+(?:the\s+)?[A-Z]")
_YEAR_OF_ACTION_RE = re.compile(
    rf"\b{_SPEAKING_VERB}\b[^,;:]{{0,80}}?\bin\s+((?:19|20)\d\d)\b(?![%\d])", re.IGNORECASE
)
# The end of every match of _YEAR_OF_ACTION_RE, which few sentences have.
_IN_YEAR_RE = re.compile(r"\bin\s+(?:19|20)\d\d\b", re.IGNORECASE)


def organisation_years(text: str, named: list[NamedSource]) -> list[int]:
    """Years the sentence gives for what an organisation it cites said or published:
    "In 2022 the WHO said …", "The ESC concluded in 2022 …", "… published … in 2020"."""
    if not any(n.kind == ORGANISATION for n in named):
        return []
    years: list[int] = []
    initial = _SENTENCE_YEAR_RE.match(text)
    if initial:
        years.append(int(initial.group(1)))
    first = min(n.start for n in named if n.kind == ORGANISATION)
    if not _IN_YEAR_RE.search(text, first):
        return years  # (the long verb list is slow to try at every word)
    for match in _YEAR_OF_ACTION_RE.finditer(text, first):
        year = int(match.group(1))
        if year not in years:
            years.append(year)
    return years
