"""More shapes of a statistic for ``uncited_markers``, given in words: a count of people in
millions ("Around one million people in the UK live with …"), an average wait ("On average,
people wait more than a decade for …") and an effect promised to most of those who try
something ("Going gluten-free lowers antibodies in most people with …")."""

from __future__ import annotations

import re

from workstation.checks.uncited_counts import PEOPLE, PEOPLE_MODIFIER

WORDED_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a statistic",
        re.compile(
            # a count of people in millions given in words: "Around one million people", "half a
            # million adults"
            r"\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|twenty|a|half\s+a)\s+(?i:million|billion)\s+"
            rf"(?:{PEOPLE_MODIFIER}\s+){{0,2}}(?i:{PEOPLE})\b"
        ),
    ),
    (
        "a statistic",
        re.compile(
            # an average wait or delay: "On average, people wait more than a decade for …"
            r"\bon\s+average,?\s+(?:[\w-]+\s+){1,3}?(?:wait|waits|waited|waiting|delay|delays|take|takes|took)\s+"
            r"(?:(?:more\s+than|over|almost|nearly|about|around|up\s+to|at\s+least)\s+)?"
            r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+"
            r"(?:decades?|years?|months?|weeks?)\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            # an effect promised to most of those who try it: "lowers thyroid antibodies in most
            # people with …", "clears eczema in the majority of children"
            r"\b(?:lowers?|reduces?|cuts?|raises?|improves?|reverses?|cures?|clears?|halves?|stops?)\s+"
            r"(?:[\w'\u2019-]+\s+){1,4}?in\s+(?:most|the\s+majority\s+of|nearly\s+all|almost\s+all)\s+"
            rf"(?:{PEOPLE_MODIFIER}\s+){{0,2}}{PEOPLE}\b",
            re.I,
        ),
    ),
)
