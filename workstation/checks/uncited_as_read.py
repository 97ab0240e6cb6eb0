"""A sentence as the uncited-claim markers read it: a study the sentence asks about ("whether
the studies found a benefit"), a 100% that says "all" ("No sunscreen blocks 100% of UV
rays", "kills 100% of mites"), a share aimed at ("the national target is 90%") and a strength a
label states ("drinks labelled 0.0%") are masked, so none reads as a finding or a statistic."""

from __future__ import annotations

import re

# "No sunscreen blocks 100% of UV rays": after a negation, 100% says "all", not a measured share.
# "kills 100% of mites": a product's absolute promise (promotional-language), not a measured share.
_PROMISED_ALL_RE = re.compile(
    r"(\b(?:kills?|killed|eliminates?|eradicates?|destroys?|removes?|wipes?\s+out)\s+)"
    r"(100\s?(?:%|percent\b|per\s+cent\b))",
    re.IGNORECASE,
)
_NEGATED_ALL_RE = re.compile(
    r"(\b(?:no|not|nothing|none|never|cannot|can't|won't|doesn't|don't|isn't)\b[^.;:,!?]{0,60}?)"
    r"(\b100\s?(?:%|percent\b|per\s+cent\b))",
    re.IGNORECASE,
)


# "… looks at what the big trials have really shown", "whether the studies found a benefit":
# a question the page goes on to answer states no finding; its study is set aside.
_ASKED_RE = re.compile(
    r"(\b(?:what|whether|how|if)\s+(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?)"
    r"(stud(?:y|ies)|trials?|research|evidence|data)\b",
    re.IGNORECASE,
)
_QUESTION_WORDS = ("what ", "whether ", "how ", "if ")
# "The national target is 90%", "a goal of 95% by 2030": a share aimed at, not one measured.
_TARGET_RE = re.compile(
    r"(\b(?:target|goal|aim|ambition|standard|benchmark)s?\s+(?:is|was|are|were|of|set\s+at|"
    r"remains)\s+(?:at\s+least\s+|over\s+|above\s+|below\s+|under\s+)?)"
    r"(\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b))",
    re.IGNORECASE,
)
_TARGET_WORDS = ("target", "goal", "aim", "ambition", "standard", "benchmark")


# A strength a label states: "choose drinks labelled 0.0%", "beers of up to 0.5% are labelled low
# alcohol", "spirits of 37.5% or more": the product or the rule for it, not a share of anyone.
_LABELLED_STRENGTH_RE = re.compile(
    r"(\b(?:labell?ed|marked|sold)\s+(?:as\s+)?(?:up\s+to\s+|under\s+|below\s+|at\s+)?|"
    r"\b(?:drinks?|beers?|wines?|lagers?|ciders?|spirits|ales?)\s+(?:of|at|under|below|above|over)\s+"
    r"(?:up\s+to\s+|less\s+than\s+|more\s+than\s+|at\s+least\s+|around\s+|about\s+)?)"
    r"(\d+(?:\.\d+)?\s?%)",
    re.IGNORECASE,
)
_LABEL_WORDS = ("label", "marked", "sold", "drink", "beer", "wine", "lager", "cider", "spirits", "ale")


def as_read(text: str) -> str:
    """``text`` as the markers read it: a study asked about, and a 100% that says "all",
    masked."""
    low = text.lower()
    if any(word in low for word in _QUESTION_WORDS):
        text = _ASKED_RE.sub(lambda m: m.group(1) + "-" * len(m.group(2)), text)
    if any(word in low for word in _TARGET_WORDS):
        text = _TARGET_RE.sub(lambda m: m.group(1) + "-" * len(m.group(2)), text)
    if "%" in text and any(word in low for word in _LABEL_WORDS):
        text = _LABELLED_STRENGTH_RE.sub(lambda m: m.group(1) + "-" * len(m.group(2)), text)
    if "100" in text:
        text = _NEGATED_ALL_RE.sub(lambda m: m.group(1) + "all".ljust(len(m.group(2))), text)
        text = _PROMISED_ALL_RE.sub(lambda m: m.group(1) + "all".ljust(len(m.group(2))), text)
    return text
