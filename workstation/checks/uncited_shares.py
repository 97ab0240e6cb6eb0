"""More shapes of a statistic for ``uncited_markers``: a share given as a range of fractions
("a quarter to a half of the amount"), a level set against an earlier one ("roughly half what
they were at 20"), what most of a service's own clients report of it ("Most of our clients
report sharper focus within 48 hours"), and a figure of most of a group picked out by what
happened to them ("Most people who fall from ladders had been on them for less than ten
minutes")."""

from __future__ import annotations

import re

from workstation.checks.uncited_counts import NUMBER_WORD, PEOPLE

_FRACTION = r"(?:a|one|two|three)[- ](?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)"
_HALF = rf"(?:half|{_FRACTION})"

SHARE_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a statistic",
        # a share of things counted, hedged as an estimate: "Up to a third of hamstring strains
        # recur", "Nearly half of all sharps injuries …", "well over half of gonococcal isolates"
        # (a count's plural, not an amount: "about half of the dose")
        re.compile(
            r"\b(?:up\s+to|nearly|almost|around|about|roughly|approximately|(?:well\s+)?over|"
            rf"more\s+than|at\s+least)\s+{_HALF}\s+of\s+(?:all\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?"
            r"[a-z][\w-]*[^\Wsu]s\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        # "only a quarter to a half of the amount", "between a third and two-thirds of"
        re.compile(rf"\b{_HALF}\s+(?:to|and)\s+{_HALF}\s+of\b", re.I),
    ),
    (
        "a statistic",
        # "by 50 they are roughly half what they were at 20", "double what it was in 2000"
        re.compile(
            rf"\b(?:{_HALF}|twice|double|triple|three\s+times|ten\s+times)\s+what\s+(?:it|they|"
            r"he|she|we|you)\s+(?:was|were|used\s+to\s+be|had\s+been)\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        # what most of a service's own clients report: a result, though no figure is given
        re.compile(
            r"\b(?:most|the\s+(?:vast\s+)?majority|nearly\s+all|almost\s+all)\s+of\s+our\s+"
            r"(?:[\w-]+\s+)?(?:clients|patients|customers|members|users)\s+(?:say\s+they\s+)?"
            r"(?:report|reported|notice|noticed|feel|felt|see|saw|experience|experienced)\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        # most of a group picked out by what happened to them, with a figure ("Most children
        # who swallow batteries are under four"); without one it describes ("Most people who get
        # a cold feel better on their own")
        re.compile(
            r"^(?:Most|The\s+(?:vast\s+)?majority\s+of|Nearly\s+all|Almost\s+all)\s+(?:[\w-]+\s+){0,2}?"
            rf"{PEOPLE}\s+(?:who|that)\s+[^.;:!?]{{0,100}}?\b{NUMBER_WORD}\b",
            re.I,
        ),
    ),
)
