"""The institution a sentence gives as the one behind the work it cites: "a study from
Moorfields Eye Hospital", "a survey led by the University of Calgary", "A Harvard study", "a
2021 study by Harvard researchers". Who paid for or commissioned a work is not who did it
("a review commissioned by the WHO"), and a place or a people is not an institution ("a
Nottingham trial", "A Danish study"): neither is read."""

from __future__ import annotations

import re

from workstation.prefilter import prefilter

# The work, perhaps with a year or a size before it.
_WORK = r"(?i:study|studies|review|survey|paper|analysis|meta-analysis|research|trial|report)"
_NAME = r"[A-Z][\w'\u2019&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w'\u2019&-]*){0,6}"
# "a study from Moorfields Eye Hospital", "a survey led by the University of Calgary", "a
# trial run at Guy's Hospital", "a study by researchers at the University of Leeds".
_FROM_RE = re.compile(
    rf"\b{_WORK}\s+(?:(?i:from|at|by|led\s+by|run\s+(?:by|at)|conducted\s+(?:by|at)|"
    r"carried\s+out\s+(?:by|at))\s+)"
    r"(?:(?i:researchers|scientists|a\s+team|the\s+team|investigators|doctors)\s+(?i:at|from)\s+)?"
    rf"(?:the\s+)?(?P<name>{_NAME})"
)
# "a 2021 study by Harvard researchers", "a study by Stanford scientists".
_BY_PEOPLE_RE = re.compile(
    rf"\b{_WORK}\s+by\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+"
    r"(?i:researchers|scientists|doctors|academics|investigators)\b"
)
# "A Harvard study showed", "a 2017 Yale paper": one capitalised word before the work, at the
# sentence's start or after "a", "an" or "one".
_BEFORE_WORK_RE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:(?:19|20)\d\d\s+)?(?P<name>[A-Z][a-z][\w'\u2019-]*)\s+"
    r"(?i:study|review|paper|analysis|meta-analysis|survey)\b"
)
# Words that end an institution's name: a hospital, a university, a clinic, a trust.
_INSTITUTION_WORDS = frozenset(
    ["university", "college", "hospital", "hospitals", "clinic", "institute", "school", "trust", "infirmary", "centre", "center", "foundation", "laboratory", "laboratories"]
)
# A people or a place's adjective ("Danish", "French", "Canadian", "Swiss", "Japanese"), and
# capitalised words that open a sentence without naming anyone.
_NOT_AN_INSTITUTION_RE = re.compile(
    r"(?:ish|ese|ian|ean|an|ch|ss|ic|i)$|^(?:Large|Small|Recent|New|Major|Landmark|Key|Further|"
    r"Previous|Similar|Separate|Single|Systematic|Cochrane|National|Global|Pilot|Clinical|Follow|"
    r"Real|Long|Short|Randomised|Randomized|Controlled|Cohort|Population|Community|Twin|Mouse|"
    r"Rat|Lab|Laboratory|Landmark|Nationwide|Worldwide|Government|Company|Industry|Research)$"
)


def institutions_named(text: str) -> list[str]:
    """The institutions the sentence names as behind its work, as written."""
    names: list[str] = []
    if "stud" not in text and "review" not in text and "survey" not in text and "paper" not in text \
            and "research" not in text and "trial" not in text and "analys" not in text:
        return names
    low = text.lower()
    # (each pattern only where the words it needs are there: most sentences name no institution)
    for match in _FROM_RE.finditer(text) if prefilter(_FROM_RE).may_match(text, low) else ():
        name = match.group("name")
        words = name.lower().split()
        if any(w in _INSTITUTION_WORDS for w in words) and words[0] not in ("department",):
            names.append(name)
    for pattern in (_BY_PEOPLE_RE, _BEFORE_WORK_RE):
        for match in pattern.finditer(text) if prefilter(pattern).may_match(text, low) else ():
            name = match.group("name")
            if not _NOT_AN_INSTITUTION_RE.search(name.split()[-1]):
                names.append(name)
    return names
