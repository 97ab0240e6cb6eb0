"""Rankings, records, trends and forecasts as claims to cite, for ``uncited_markers`` and
``uncited``: "the worst rate of fatal injury of any major industry", "the fastest-growing
genetic condition in the UK", "one of the three leading causes of sudden death", "at their
highest level since records began", "By 2050, half the world's population will …". And when
such a ranking or trend stands on its own ("Major trauma is the leading cause of death in
people under 45."), so that a later citing sentence of its paragraph, about something else,
does not cover it."""

from __future__ import annotations

import re

RANK_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a ranking",
        re.compile(
            # the highest or worst of any of a kind: "the worst rate of fatal injury of any major
            # industry", "the highest death rate of any cosmetic procedure"
            r"\bthe\s+(?:highest|lowest|worst)\s+(?:[\w-]+\s+){0,2}?(?:rates?|levels?|numbers?|"
            r"proportions?|risks?)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:of|in)\s+any\b|"
            # a condition growing fastest: "the fastest-growing genetic condition in the UK"
            r"\bthe\s+fastest[- ]growing\s+(?:[\w-]+\s+){0,2}?(?:conditions?|diseases?|causes?|"
            r"cancers?|infections?|illness(?:es)?|disorders?)\b|"
            # one of a few leading causes: "one of the three leading causes of sudden death"
            r"\bone\s+of\s+the\s+(?:two|three|four|five|ten|top\s+\w+)\s+(?:leading|biggest|most\s+common)\s+"
            r"(?:causes?|killers?)\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            # a record: "at their highest level since records began", "the highest on record"
            r"\b(?:at|to)\s+(?:its|their|the)\s+(?:highest|lowest)\s+(?:level|rate|number|point)s?\s+"
            r"(?:since\s+records\s+began|on\s+record|ever\s+recorded)|"
            # a trend: "now contain twice as much MDMA as they did ten years ago"
            r"\b(?:twice|double|three\s+times|\d+\s+times)\s+as\s+(?:much|many)\b[^.;]{0,60}?\b"
            r"(?:years?|decades?)\s+ago\b|"
            # a forecast with a share of people: "By 2050, half the world's population will be …"
            r"^By\s+(?:19|20)\d\d,\s+(?:half|a\s+(?:third|quarter|fifth)|\d+\s?%|\d+\s+in\s+\d+)\s+"
            r"(?:of\s+)?(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:will|could|may)\b",
            re.I,
        ),
    ),
)

# A ranking, record or trend the sentence states of its subject on its own: "Major trauma is
# the leading cause of death …", "Drug deaths … are at their highest level since records
# began", "Ecstasy pills … now contain on average twice as much MDMA as they did ten years ago".
_ON_ITS_OWN_RE = re.compile(
    r"^[A-Z][\w'\u2019 -]{0,80}?\s(?:is|are|remains?)\s+(?:now\s+|still\s+)?(?:one\s+of\s+)?the\s+"
    r"(?:(?:second|third|two|three|four|five|single)[- ]|[A-Za-z]+['\u2019]s\s+)?"
    r"(?:leading|biggest|largest|most\s+common|commonest|number[- ]one|fastest[- ]growing)\b",
    re.IGNORECASE,
)
# A record or a trend, which holds a figure's weight with no figure in it ("at their highest
# level since records began", "have more than trebled in the last decade").
_RECORD_RE = re.compile(
    r"\b(?:at|to)\s+(?:its|their|the)\s+(?:highest|lowest)\s+(?:level|rate|number|point)s?\s+"
    r"(?:since\s+records\s+began|on\s+record)|"
    # "Hospital admissions for scurvy … have more than trebled in the last decade"
    r"\b(?:more\s+than\s+|nearly\s+|almost\s+)?(?:doubled|trebled|tripled|quadrupled|halved)\s+"
    r"(?:in|over|since)\s+(?:the\s+)?(?:last|past)\s+(?:decade|\w+\s+(?:years|decades))\b|"
    r"\b(?:twice|double|three\s+times|\d+\s+times)\s+as\s+(?:much|many)\b[^.;]{0,60}?\b(?:years?|decades?)\s+ago\b",
    re.IGNORECASE,
)


def rank_on_its_own(text: str) -> bool:
    """Does the sentence state a ranking, record or trend of its subject on its own?"""
    return _ON_ITS_OWN_RE.search(text) is not None or record_stated(text)


def record_stated(text: str) -> bool:
    """Does the sentence state a record or a trend ("at their highest level since records
    began")? Like a figure, a later citing sentence of its paragraph does not cover it."""
    return _RECORD_RE.search(text) is not None


_TAKEN_UP_BY_PRONOUN_RE = re.compile(r"^(?:It|They|This|These|Its|Their)\b")
_WORD_RE = re.compile(r"[a-z][a-z'\u2019-]{4,}")


def rank_taken_up(text: str, following: str) -> bool:
    """Does the next sentence go on about a ranking stated on its own, so that its citation
    covers it? It does when it refers back to the subject ("Iron deficiency is the most common
    cause of anaemia. It affects about 1 in 4 pregnant women … 1.") or names what the subject
    is ranked in ("… the largest single modifiable risk factor for dementia. … could prevent
    around 7% of dementia cases [1]"); not when it moves on to something else ("Glaucoma is
    the leading cause of irreversible blindness worldwide. Open-angle glaucoma … develops
    slowly [1]")."""
    if _TAKEN_UP_BY_PRONOUN_RE.match(following):
        return True
    ranked = _ON_ITS_OWN_RE.search(text)
    if ranked is None:
        return False
    ranked_in = set(_WORD_RE.findall(text[ranked.end() :].lower()))
    return bool(ranked_in & set(_WORD_RE.findall(following.lower())))
