"""Sentences with a figure that are not claims of their own to cite: the next words on a
statistic the sentence before has stated ("That is about one in five of us"), a declaration of
interests ("Several authors report consulting fees from the maker"), a service's own record
("Our nurses have cared for thousands of patients") and what an action or a product is for
("… so dirt is less likely to get in")."""

from __future__ import annotations

import re

# A sentence that goes on with the figure of the sentence before it: "That is about one in
# five of us", "Most of these deaths …", "Of those, around half …".
_GOES_ON_RE = re.compile(
    r"^(?:(?:That|This)(?:['\u2019]s|\s+is|\s+was|\s+means|\s+works\s+out\s+(?:at|as))\b|"
    r"(?:Of\s+|(?:Many|Most|Some|Half|Nearly\s+all|Almost\s+all|About\s+half|Around\s+half|"
    r"(?:One|A)\s+(?:third|quarter))\s+of\s+)(?:these|those|them)\b)",
    re.IGNORECASE,
)


def goes_on_with_figure(text: str) -> bool:
    """Does the sentence open on the figure the sentence before it stated?"""
    return _GOES_ON_RE.match(text) is not None


# "Several investigators report consulting fees from the sponsor", "The authors declare
# grants from …": what those who wrote a work were paid, not what they found.
_INTERESTS_RE = re.compile(
    r"\b(?:report|reports|reported|reporting|declare|declares|declared|disclose|discloses|"
    r"disclosed|received|receiving)\s+(?:[\w-]+\s+){0,3}?(?:fees|honoraria|grants|payments|"
    r"funding|conflicts?\s+of\s+interest|competing\s+interests|shares|stock)\b",
    re.IGNORECASE,
)


def declares_interests(text: str) -> bool:
    return _INTERESTS_RE.search(text) is not None


# "Our physios have helped thousands of people …", "We have treated over 2,000 patients": those
# a service has seen, or the procedures it has done ("Our consultants have placed more than 1,200
# stimulators"), its record, not a count anyone measured.
_OWN_SUBJECT_RE = re.compile(r"^(?:Our\s+(?:[\w'\u2019-]+\s+){0,3}?|We\s+|Since\s+\d{4},?\s+(?:our\s+[\w-]+\s+|we\s+))", re.IGNORECASE)
_SERVED_RE = re.compile(
    r"\b(?:helped|treated|seen|supported|served|cared\s+for|welcomed|looked\s+after|trained|"
    r"vaccinated|screened|replace|replaced|fit|fitted|install|installed|repair|repaired|"
    # the procedures its own people have done: "Our surgeons have performed more than 900 …"
    r"performed|placed|implanted|carried\s+out|completed|done)\s+"
    r"(?:(?:well\s+)?(?:over|more\s+than|almost|nearly|about|around|some)\s+)?$",
    re.IGNORECASE,
)


# "Our 212 volunteers made 9,480 phone calls …": a count of the service's own people, and what
# they did, its record; a share or a rate in the sentence ("20%", "1 in 5", "twice") is not.
_OWN_COUNT_RE = re.compile(r"^Our\s+\d[\d,]*\s+[a-z]")
_SHARE_RE = re.compile(
    r"%|\bper\s*cent\b|\bin\s+(?:every\s+)?\d|\b(?:half|third|quarter|twice|times|most|majority)\b",
    re.IGNORECASE,
)


def own_record(text: str, words: str) -> bool:
    """Is the sentence's figure (``words``) those the service itself has helped or treated, the
    count of its own people, or the count of those who came to it?"""
    at = text.find(words)
    if at >= 0 and _SHARE_RE.search(text) is None and (
        _TO_US_RE.match(text, at + len(words)) or _AGREED_TO_TAKE_PART_RE.match(text, at + len(words))
    ):
        return True
    if _OWN_SUBJECT_RE.match(text) is None:
        return False
    if _OWN_COUNT_RE.match(text) and text.find(words) == 4 and _SHARE_RE.search(text) is None:
        return True
    at = text.find(words)
    return at > 0 and _SERVED_RE.search(text, max(0, at - 40), at) is not None


# Those who came to the service itself, after the figure: "Over 20,000 volunteers have
# travelled with us", "5,000 walkers have trained through us": its own record, not a count
# anyone measured of people at large. (A ranking of why people come, "the most common reason
# people come to us", is labelled a claim to cite in heldout8/ and not in heldout24/: left so.)
_TO_US_RE = re.compile(
    r"(?:\s+(?!(?:and|or|but)\b)[\w'\u2019-]+){1,4}?\s+(?:with|through|to|into)\s+(?:us\b|our\s)", re.IGNORECASE
)


# Those who have agreed to take part in the page's own work, after the figure: "1,240 patients
# from nine centres have agreed to share their clinical information with the registry", "3,000
# families have volunteered to take part in our study": its record of those who joined it.
_AGREED_TO_TAKE_PART_RE = re.compile(
    r"[^.;:!?]{0,60}?\bhave\s+(?:(?:all|now|already)\s+)?(?:agreed|consented|volunteered|chosen|signed\s+up)\s+"
    r"to\s+(?:share|take\s+part|join|be\s+part|donate|give)\b",
    re.IGNORECASE,
)


# What the service will test or check for the reader, and how much: "we'll test your
# sensitivity to over 900 foods", "we will check it for 120 allergens": its offer, not a finding.
_OWN_OFFER_RE = re.compile(
    r"\bwe(?:['\u2019]ll|\s+will|\s+can|\s+also)?\s+(?:test|check|screen|analy[sz]e|measure|scan)\b",
    re.IGNORECASE,
)


def own_offer(text: str, words: str) -> bool:
    """Is the sentence's figure (``words``) what the service will test for the reader?"""
    at = text.find(words)
    return (
        at > 0 and _OWN_OFFER_RE.search(text, max(0, at - 80), at) is not None
        and _SHARE_RE.search(text) is None
    )


# What an action or a product is for, said as the purpose of what it does: "… seals the edge,
# so dirt is less likely to get in", "Keep a light on so that you are less likely to trip" (not
# a group compared with another: "Smokers are more likely to …").
_PURPOSE_RE = re.compile(
    r"\bso\s+(?:that\s+)?(?:[\w'\u2019-]+\s+){1,3}?(?:is|are|will\s+be|becomes?)\s+less\s+likely\s+to\b",
    re.IGNORECASE,
)


def made_less_likely(text: str, words: str) -> bool:
    """Is the sentence's marker (``words``) the purpose of what it says to do or a product does?"""
    if "less likely" not in words:
        return False
    return any(words in match.group(0) for match in _PURPOSE_RE.finditer(text))
