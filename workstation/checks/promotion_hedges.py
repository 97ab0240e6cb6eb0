"""Hype a page does not make its own: a superlative conceded ("Even the best kit in the world
won't keep you warm …"), a share of people who have no side effects ("Most people have few or no
side effects", a fact of a medicine, not a promise), hearsay put to the reader and then turned
("You may have heard that hibiscus tea is a miracle cure …, but …"), and a caution word that is
only part of a name ("our Golden Promise funeral plan"), and a writer's own experience qualified
for others ("For me it has been a game changer, but everyone's different")."""

from __future__ import annotations

import re

# What comes before the hype: "Even the …", "most people have (few or) …".
_CONCEDED_BEFORE_RE = re.compile(
    r"(?:\beven\s+(?:the\s+|a\s+|our\s+)?|"
    r"\b(?:most|many|some|few|the\s+majority\s+of)\s+(?:[\w-]+\s+){0,2}?(?:have|get|experience|report|had|got|notice)\s+"
    r"(?:(?:few|little|very\s+few|mild|only\s+mild)\s+or\s+)?)$",
    re.IGNORECASE,
)
# Hearsay put to the reader: "You may have heard that …", "You may hear people on the wing say …".
_HEARSAY_RE = re.compile(
    r"\byou\s+(?:may|might|could|will|often)\s+(?:have\s+)?(?:hear|heard|read|seen|see|been\s+told)\b",
    re.IGNORECASE,
)


def conceded(text: str, start: int) -> bool:
    """Is the hype at ``start`` conceded ("even the best …") or a share of people ("most people
    have no side effects")?"""
    return _CONCEDED_BEFORE_RE.search(text[max(0, start - 60) : start]) is not None


def hearsay_turned(text: str, contrast: re.Pattern[str]) -> bool:
    """Is the sentence hearsay put to the reader, turned in its second half ("…, but …")?"""
    heard = _HEARSAY_RE.search(text)
    return heard is not None and contrast.search(text, heard.end()) is not None


def cautioned(text: str, caution: re.Pattern[str]) -> bool:
    """Does the sentence warn about promises (``caution``)? Not where the word is part of a name:
    "Golden Promise", "Promise Plan" (a capital after a capitalised word, or before one)."""
    for match in caution.finditer(text):
        word = match.group(0)
        if word[:1].isupper() and re.search(r"[A-Z][\w'-]*\s$", text[: match.start()]) and match.start() > 0:
            continue
        return True
    return False


# A writer's own experience before the hype: "For me …", "In my experience …", "Personally, …".
_PERSONAL_BEFORE_RE = re.compile(
    r"\b(?:for\s+me|in\s+my\s+(?:own\s+)?experience|personally|speaking\s+for\s+myself)\b", re.IGNORECASE
)
# The same sentence qualifying it for others: "but everyone's different", "it isn't for
# everyone", "it may not work for you" (not a seller's "results may vary").
_QUALIFIED_FOR_OTHERS_RE = re.compile(
    r"\bevery(?:one|body)(?:['\u2019]s|\s+is)\s+different\b|"
    r"\b(?:isn['\u2019]t|is\s+not|won['\u2019]t\s+be|may\s+not\s+be|might\s+not\s+be)\s+for\s+every(?:one|body)\b|"
    r"\b(?:may|might|won['\u2019]t|will\s+not)\s+(?:not\s+)?(?:work|suit)\s+(?:for\s+)?(?:you|every(?:one|body))\b",
    re.IGNORECASE,
)


def personal_and_qualified(text: str, start: int) -> bool:
    """Is the hype at ``start`` the writer's own experience ("For me it has been a game
    changer"), qualified for others in the same sentence ("but everyone's different")?"""
    return _PERSONAL_BEFORE_RE.search(text[:start]) is not None and _QUALIFIED_FOR_OTHERS_RE.search(text) is not None
