"""``claim-uncited``: a statistic, study finding or regulatory fact that cites nothing.

Only sentences that carry such a marker are flagged; plain explanation ("The procedure
involves collecting the patient's own stem cells") is left alone. A citation at the end
of a paragraph is read as covering the sentences before it in that paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.checks.context import ArticleContext
from workstation.checks.finding import WARNING, Finding, make_finding, shorten
from workstation.structure import Sentence

CODE = "claim-uncited"

_NUMBER_WORD = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|a thousand|thousand)"
)
_PEOPLE = (
    r"(?:people|persons|patients|participants|adults|children|kids|women|men|subjects|cases|"
    r"individuals|volunteers|americans|users|respondents|deaths|survivors|recipients)"
)
_PEOPLE_MODIFIER = (
    r"(?:(?i:adult|older|young|younger|elderly|newly|diagnosed|treated|untreated|eligible|"
    r"enrolled|healthy|more|fewer|other|additional)|[A-Z]{2,}s?)"
)
_STRENGTH_OF = (
    r"alcohol|fat|saline|solution|cream|gel|ointment|lotion|lidocaine|hydrocortisone|dextrose|"
    r"glucose|oxygen|cotton|humidity|deet|zinc|proof|juice|milk|strength|concentration"
)
# (kind, pattern): the kind names the marker in the message.
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a statistic",
        re.compile(
            r"\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b)"
            # "70% alcohol", "1% hydrocortisone": a strength, not a finding
            rf"(?!\s+(?:{_STRENGTH_OF}))",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            rf"\b{_NUMBER_WORD}\s+(?:out\s+)?(?:of|in)\s+(?:the\s+|every\s+|all\s+|each\s+)?"
            rf"{_NUMBER_WORD}\b(?:\s+[\w-]+){{0,3}}?\s+{_PEOPLE}\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            # a count of ten or more: "up to 2 people in the room" is not a statistic
            r"\b(?:\d[\d,]*\d(?:\.\d+)?|\d+(?:\.\d+)?\s+(?i:million|billion|thousand))\s+"
            r"(?:(?i:million|billion|thousand)\s+)?"
            rf"(?:{_PEOPLE_MODIFIER}\s+){{0,2}}(?i:{_PEOPLE})\b"
        ),
    ),
    ("a statistic", re.compile(r"\b\d+(?:\.\d+)?\s+(?:million|billion)\b", re.I)),
    (
        "a statistic",
        re.compile(
            r"\b(?:half|one[- ]third|a third|two[- ]thirds|one[- ]quarter|a quarter|"
            r"three[- ]quarters)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            r"(?:\bp\s*[<=>\u2264\u2265]\s*0?\.\d+|\b(?:hazard|odds) ratio\b|\brelative risk\b|"
            r"\bconfidence interval\b|\bstatistically significant\b|\b\d+(?:\.\d+)?[- ]fold\b|"
            r"\b\d+(?:\.\d+)?\s+times\s+(?:more|less|higher|lower|as)\b|"
            r"\b(?:twice|three times|half) as (?:likely|many|high|often)\b)",
            re.I,
        ),
    ),
    (
        "a study finding",
        re.compile(
            r"\b(?:study|studies|trial|trials|analysis|analyses|meta-analysis|review|survey|"
            r"research|researchers|scientists|data|evidence)\b[^.;:!?]{0,80}?\b(?:found|finds|"
            r"showed|shows|shown|showing|demonstrated|demonstrates|reported|reports|concluded|"
            r"concludes|revealed|reveals|suggests|suggested|suggesting|indicates|indicated|"
            r"indicating|confirmed|confirms)\b",
            re.I,
        ),
    ),
    (
        "a study finding",
        re.compile(
            r"\baccording\s+to\s+(?:(?:a|the|recent|new|several|some|one|many|large|published)\s+)*"
            r"(?:[\w-]+\s+)?(?:study|studies|research|trials?|data|survey|report|analysis|"
            r"researchers|experts)\b",
            re.I,
        ),
    ),
    ("a study finding", re.compile(r"\b(?:shown|proven|demonstrated)\s+to\b", re.I)),
    (
        "a regulatory fact",
        re.compile(
            r"\b(?:approved|cleared|authori[sz]ed|licensed|rejected)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:by|in)\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:FDA|Food and Drug Administration|EMA|"
            r"European Medicines Agency|MHRA|Health Canada|TGA|NICE)\b",
            re.I,
        ),
    ),
    (
        "a regulatory fact",
        re.compile(
            r"\b(?:FDA|EMA)[- ](?:approved|cleared|approval|clearance|authori[sz]ed)\b|"
            r"\bofficially\s+approved\b|\bapproval\s+(?:from|by)\s+the\s+(?:FDA|EMA)\b",
            re.I,
        ),
    ),
)


def uncited_marker(text: str) -> tuple[str, str] | None:
    """(kind, matched words) of the first statistic, study finding or regulatory fact."""
    best: tuple[int, str, str] | None = None
    for kind, pattern in _MARKERS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), kind, match.group(0))
    return None if best is None else (best[1], best[2])


def _covered_by_paragraph(ctx: ArticleContext, sentence: Sentence, index: int) -> bool:
    """Does a later sentence of the same paragraph carry a citation?"""
    for later in ctx.structure.sentences[index + 1 :]:
        if later.block != sentence.block:
            return False
        if later.citations:
            return True
    return False


def check(ctx: ArticleContext) -> Iterator[Finding]:
    """One warning per factual claim with a statistic or study finding and no citation."""
    for index, sentence in enumerate(ctx.structure.sentences):
        if not sentence.is_claim or sentence.citations or not ctx.in_article_text(sentence):
            continue
        marker = uncited_marker(sentence.text)
        if marker is None or _covered_by_paragraph(ctx, sentence, index):
            continue
        kind, words = marker
        message = (
            f"This claim states {kind} (\u201c{shorten(words, 60)}\u201d) but cites no source. "
            "Add a citation to the study, guideline or label that supports it, or remove "
            "the claim."
        )
        yield make_finding(
            CODE, WARNING, message, shorten(sentence.text, 400), sentence.start, sentence.end
        )
