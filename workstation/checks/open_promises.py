"""Promotion in open-ended shapes: a superlative no experience can ever match ("the most
powerful cleanse you will ever experience", "the most accurate tracking ever put on a wrist"),
an offer found nowhere else ("results you won't find anywhere else", "Nothing else on the
market comes close"), results left to speak for themselves, a cure for good ("so it doesn't
come back"), a life changed overnight, a remedy that "works with your body rather than
against it", a life unlocked, a world-class standard for all, a lead on mainstream medicine, a
clock stopped, a worry gone for good, the quickest way to a service in a place, praise
against every other of a kind in the world, a body kept free of a disease for life,
protection from every illness of a kind, a place wholly safe from a named harm, customers who
never come to harm, a product that works after one use, and the only one a profession trusts."""

from __future__ import annotations

import re

_APOS = "['\u2019]"
_PERSON = r"(?:lad|lads|man|men|woman|women|boy|boys|girl|girls|son|daughter|mum|mother|dad|father|friend|friends|brother|sister|husband|wife|person|kid|people|teacher|colleague)\b"
# Praise a product takes, ranked in a place (the ranks of fact, "highest", "largest", are not here).
_PRAISE_EST = (
    r"(?:lightest|safest|quietest|smoothest|softest|gentlest|purest|tastiest|comfiest|cleanest|"
    r"freshest|friendliest|cheapest|sleekest|smartest)"
)
_PLACES = r"(?:world|country|UK|Britain|England|Scotland|Wales|Ireland|Europe|market)\b"
_PROMISE_RE = re.compile(
    r"(?<![\w-])(?:"
    # a superlative no one will ever meet again: "the most powerful cleanse you will ever
    # experience", "the best coffee you'll ever taste", "the most accurate … ever put on a wrist"
    # (not praise of a person: "the best lad you could ever meet", as a family remembers him)
    rf"(?:most\s+[\w-]+|best|finest|[a-z]+est)\s+(?!(?:[\w-]+\s+)?{_PERSON})(?:[\w-]+\s+){{0,5}}?"
    rf"(?:you(?:{_APOS}ll|\s+will|\s+could|\s+can)?\s+ever|ever\s+(?:put|made|built|created|designed|"
    r"developed|invented|offered|sold|seen|tested))|"
    # found nowhere else: "results you simply won't find anywhere else"
    rf"(?:won{_APOS}t|will\s+not|can{_APOS}t|cannot|couldn{_APOS}t)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:find|get|buy|see|experience)\s+(?:[\w-]+\s+){0,2}?anywhere\s+else|"
    # nothing matches it: "Nothing else on the market comes close", "no other clinic comes close"
    r"(?:nothing|no\s+other\s+[\w-]+|no\s+one)\s+(?:else\s+)?(?:[\w-]+\s+){0,4}?comes?\s+close\b|"
    r"(?:results|reviews|outcomes)\s+speak\s+for\s+themselves|"
    # a cure for good: "… so it doesn't come back", "and the pain never comes back"
    rf"(?:so|and)\s+(?:that\s+)?(?:it|they|the\s+[\w-]+)\s+(?:doesn{_APOS}t|does\s+not|won{_APOS}t|"
    r"will\s+not|never)\s+comes?\s+back|"
    # a life changed in a night: "transform your sex life overnight"
    r"(?:transforms?|changes?|restores?|revolutioni[sz]es?)\s+your\s+(?:[\w-]+\s+){1,3}?overnight|"
    # nature's way: "works with your body rather than against it"
    r"works?\s+with\s+your\s+body,?\s+(?:rather\s+than|not)\s+against\s+it|"
    # a life unlocked, a standard set for all, a lead on medicine, a clock stopped: "unlock a
    # pain-free life", "a world-class example that sets the standard for every hospital",
    # "decades ahead of mainstream medicine", "stopping the clock on ageing"
    r"unlock(?:s|ing)?\s+(?:your|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:potential|life|youth|"
    r"vitality|energy|self|health|wellbeing|well-being)|world[- ]class|"
    r"sets?\s+the\s+(?:gold\s+)?standard\s+for\s+(?:every|all|the\s+(?:whole|entire|rest))|"
    r"(?:years|decades|light[- ]years)\s+ahead\s+of\s+(?:(?:mainstream|conventional|modern|"
    r"traditional|standard)\s+)?(?:medicine|science|the\s+competition|everyone|anyone)|"
    r"(?:stops?|stopping|turns?|turning)\s+(?:back\s+)?the\s+clock\s+on|"
    # a worry gone for good: "never worry about gum disease again", "you'll never have to worry
    # about lice again"
    r"never\s+(?:have\s+to\s+|need\s+to\s+)?worry\s+about\s+(?:[\w'\u2019-]+\s+){1,5}?again|"
    # the quickest way to a service in a place: "the fastest and easiest way to get UTI
    # treatment in the UK" (not advice: "the easiest way to remove a tick is …")
    r"(?:fastest|easiest|quickest|simplest|cheapest|best)(?:\s+and\s+(?:[a-z]+est|most\s+[a-z]+))?"
    r"\s+way\s+to\s+(?:get|access|book|order|see|buy|start|find)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"in\s+(?:the\s+)?(?:country|world|UK|region|area|city|county|Britain|England|Scotland|Wales|Ireland)|"
    # praise against every other of a kind: "the most advanced sanitation standards of any cruise
    # line in the world" (not a rank of fact: "the highest rate of any country")
    r"(?:best|finest|greatest|most\s+(?:advanced|accurate|trusted|experienced|innovative|effective|"
    r"comprehensive|reliable|powerful|luxurious|rigorous|stringent|modern))\s+(?:[\w'\u2019-]+\s+){0,3}?"
    r"of\s+any\s+(?:other\s+)?(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]+\s+in\s+the\s+(?:world|country|UK|industry)|"
    # ... or what it gives the reader: "seats give you the most legroom of any airline"
    r"(?:gives?|offers?)\s+you\s+the\s+most\s+[\w-]+\s+of\s+any\b|"
    # the page's own best ever: "our most advanced recipe ever", "our best formula yet"
    r"\bour\s+(?:best|finest|most\s+[a-z]+|[a-z]+est)\s+(?:[\w-]+\s+){0,2}?(?:ever|yet)\b|"
    # a superlative over all its kind: "the most accurate algorithm available on any wearable"
    r"(?:most\s+[\w-]+|best|[a-z]+est)\s+(?:[\w-]+\s+){0,5}?available\s+(?:on|in|from)\s+any\b|"
    # a comfort ranked first in a place: "the lightest rollator in the UK", "the safest BBL in
    # the world" (not a rank of fact: "the highest rate in the UK")
    rf"the\s+{_PRAISE_EST}\s+(?:[\w'\u2019-]+\s+){{0,3}}?in\s+(?:the\s+)?{_PLACES}|"
    # a problem ended for good: "your back pain will be gone for good", "melt away bloating for
    # good", "stops it coming back for good", "Silence your tinnitus for good"
    # "clears scalp psoriasis for good", "cures athlete's foot for good"
    r"(?:gone|melts?\s+away|silences?|stops?\s+(?:it|them)\s+(?:from\s+)?coming\s+back|clears?(?:\s+up)?|"
    r"cures?|wipes?\s+out)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:for\s+good|forever)|"
    # wholly safe from a named harm: "completely malaria-safe", "totally tick-safe"
    r"(?:completely|totally|entirely|fully|100\s?%)\s+[a-z]+-safe|"
    # the seller's own people never come to harm: "our guests never get bitten"
    r"\bour\s+(?:[\w-]+\s+)?(?:guests|customers|clients|patients|users|members|travell?ers|visitors|"
    r"residents|families)\s+never\s+(?:get|catch|fall|suffer|develop|pick\s+up)\b|"
    # working after a single use: "it works in just one wash", "works after only a single use"
    r"works?\s+(?:in|after|with(?:in)?)\s+(?:just|only)\s+(?:one|a\s+single|a)\s+"
    r"(?:wash|application|use|dose|session|treatment|spray|tablet|capsule|go)\b|"
    # a service as the quickest and safest way to be treated: "the fastest and safest way to get
    # treated" (two ranks, one of them of safety or worth; not advice: "the quickest way to get help")
    r"(?:fastest|quickest|easiest|simplest|best|safest)\s+and\s+(?:safest|best|most\s+effective)\s+way\s+to\b|"
    # the only product a profession trusts: "the only adhesive that dentists trust"
    r"the\s+only\s+(?:[\w-]+\s+){1,3}?(?:(?:that|which)\s+)?(?:doctors|dentists|pharmacists|experts|"
    r"dermatologists|vets|nurses|midwives|surgeons|physios|physiotherapists|podiatrists|opticians|"
    r"hygienists|professionals|clinicians)\s+(?:really\s+|truly\s+)?(?:trust|recommend|use|choose|prefer)\b|"
    # a problem that will never come again: "you'll never be caught off guard by a migraine
    # again", "your child will never need stronger glasses again"
    rf"(?:you|your\s+(?:[\w-]+\s+)?[\w-]+)(?:{_APOS}ll|\s+will)\s+never\s+(?:[\w'\u2019-]+\s+){{1,8}}?again|"
    # a body kept free of a disease for life: "your children's teeth will stay cavity-free for life"
    rf"(?:{_APOS}ll|\bwill)\s+(?:stay|remain|be|keep)\s+(?:[\w-]+\s+)?[a-z]+-free\s+(?:for\s+life|for\s+good|forever)|"
    # protection from every illness of a kind: "you'll be fully protected against Zika and every
    # other travel illness"
    r"protect(?:s|ed|ion)?\s+(?:you\s+|them\s+)?(?:against|from)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:every|all|any)\s+"
    r"(?:other\s+)?(?:[\w-]+\s+)?(?:illness|disease|infection|bug|germ|virus)(?:es|s)?\b"
    r")(?![\w-])",
    re.IGNORECASE,
)
# Words without one of which no promise above can be made.
_CUES = (
    "ever", "anywhere", "close", "themselves", "back", "overnight", "against", "unlock", "world",
    "standard for", "ahead of", "the clock on", "worry about", "way to", "of any", "yet",
    "available", "for good", "forever", "again", "lightest", "safest", "quietest", "smoothest",
    "softest", "gentlest", "purest", "tastiest", "comfiest", "cleanest", "freshest", "friendliest",
    "cheapest", "sleekest", "smartest", "for life", "protect", "-safe", "never ", "just one",
    "only one", "a single", "just a", "only a", "safest", "best and", "the only",
)


# (public: a page's tests look for them with their other strings)
CUES = _CUES


def cues_in(low: str) -> tuple[str, ...]:
    """The cues ``low`` holds. Where ``low`` is the lower case of a page's texts joined by new
    lines (which no cue holds), a cue it lacks is in none of them: :func:`open_promises` of
    each of those texts need look for these only."""
    return tuple(cue for cue in _CUES if cue in low)


def open_promises(text: str, low: str, cues: tuple[str, ...] = _CUES) -> list[re.Match[str]]:
    """The open-ended promises of ``text`` (``low``: the text in lower case; ``cues``: those of
    :func:`cues_in` of a page ``text`` is part of, where known)."""
    for cue in cues:
        if cue in low:
            return list(_PROMISE_RE.finditer(text))
    return []
