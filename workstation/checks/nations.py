"""The country a sentence gives the work it cites ("In the Kenyan trial in cisgender women",
"a Danish trial", "a Dutch study") against the countries the cited works' titles name ("…
in France (ANRS 174 DOXYVAC) …"). Only a title that names a country, and none of them the
sentence's, contradicts it: most titles name no place at all, and those neither confirm nor
contradict."""

from __future__ import annotations

import re
from collections.abc import Sequence

from workstation.model import ReferenceData

# A people's adjective, and the names its country goes by.
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "American": ("United States", "USA", "US", "America"),
    "Australian": ("Australia",),
    "Austrian": ("Austria",),
    "Belgian": ("Belgium",),
    "Brazilian": ("Brazil",),
    "British": ("United Kingdom", "UK", "Britain", "England", "Scotland", "Wales", "Northern Ireland"),
    "Canadian": ("Canada",),
    "Chinese": ("China",),
    "Danish": ("Denmark",),
    "Dutch": ("Netherlands", "Holland"),
    "English": ("England", "United Kingdom", "UK", "Britain"),
    "Finnish": ("Finland",),
    "French": ("France",),
    "German": ("Germany",),
    "Indian": ("India",),
    "Irish": ("Ireland",),
    "Israeli": ("Israel",),
    "Italian": ("Italy",),
    "Japanese": ("Japan",),
    "Kenyan": ("Kenya",),
    "Korean": ("Korea", "South Korea"),
    "Nigerian": ("Nigeria",),
    "Norwegian": ("Norway",),
    "Scottish": ("Scotland", "United Kingdom", "UK", "Britain"),
    "South African": ("South Africa",),
    "Spanish": ("Spain",),
    "Swedish": ("Sweden",),
    "Swiss": ("Switzerland",),
    "Ugandan": ("Uganda",),
    "Welsh": ("Wales", "United Kingdom", "UK", "Britain"),
}
_WORK = r"(?:trial|trials|study|studies|survey|cohort|cohort\s+study|analysis|audit)"
# (one of which a sentence must hold to give a work a country)
_WORK_WORDS = ("trial", "stud", "survey", "cohort", "analysis", "audit")
# "In the Kenyan trial", "a Danish study", "a large French cohort", "one Swedish trial of …"
_NAMED_RE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?:large|small|big|major|new|recent|earlier|later|"
    r"randomi[sz]ed|national|nationwide|landmark|(?:19|20)\d\d)\s+)*"
    rf"(?P<people>{'|'.join(sorted(_COUNTRIES, key=len, reverse=True))})\s+{_WORK}\b"
)
# Every name a country goes by, as a sentence may name where something was reported ("reported in
# the UK"): a place, not a journal.
COUNTRY_NAMES = frozenset(n.casefold() for names in _COUNTRIES.values() for n in names)
# Where a title says its work was done: "… in France (ANRS 174 DOXYVAC) …", "… among adults in
# the United States" (not a journal's or a body's name: "American Journal of …").
_ANY_COUNTRY_RE = re.compile(
    r"\b(?:in|from|among|across)\s+(?:the\s+)?(?P<country>"
    + "|".join(sorted({re.escape(n) for names in _COUNTRIES.values() for n in names}, key=len, reverse=True))
    + r")\b"
)


def nation_contradicted(text: str, refs: Sequence[ReferenceData]) -> str | None:
    """The work the sentence gives a country ("Kenyan trial") when every cited work's title
    names a country and none names that one; else None."""
    if not refs or not any(work in text for work in _WORK_WORDS):
        return None
    named = _NAMED_RE.search(text)
    if named is None:
        return None
    own = _COUNTRIES[named.group("people")]
    for ref in refs:
        printed = {m.group("country") for m in _ANY_COUNTRY_RE.finditer(ref.title)}
        if not printed or any(name in printed for name in own):
            return None
    return named.group(0).split(None, 1)[1]
