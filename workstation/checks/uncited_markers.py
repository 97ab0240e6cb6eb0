"""What makes a sentence a claim to cite: a statistic, a study finding or a regulatory fact.

``uncited_marker`` names the first such marker in a sentence (its kind and its words), or
None. Besides percentages, ratios and counts of people, a statistic is any large count of
things counted ("more than 120,000 veterans", "1,200 hospital stays"): a number of a
hundred or more before a plural noun, unless the noun is a unit of measure or time
("2,000 calories", "150 minutes"). A study introduced by whom it studied ("a study of 60
shift workers") reports a finding, as do researchers, investigators or authors who found,
saw or observed something; so do rankings, rates, approvals and a named body's advice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.checks.context import word_set

_NUMBER_WORD = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|a thousand|thousand)"
)
_PEOPLE = (
    r"(?:people|persons|patients|participants|adults|children|kids|women|men|subjects|cases|"
    r"individuals|volunteers|americans|users|respondents|deaths|survivors|recipients|teenagers|"
    r"teens|adolescents|girls|boys|babies|infants|toddlers|smokers|students|workers|mothers|"
    r"fathers|parents|pregnancies|births|families|households|couples|seniors|veterans|residents|"
    r"employees|athletes|drivers|carers|caregivers|readers|customers|owners|sufferers)"
)
_PEOPLE_MODIFIER = (
    r"(?:(?i:adult|older|young|younger|elderly|newly|diagnosed|treated|untreated|eligible|"
    r"enrolled|healthy|more|fewer|other|additional)|[A-Z]{2,}s?)"
)
_STRENGTH_OF = (
    r"alcohol|fat|saline|solution|cream|gel|ointment|lotion|lidocaine|hydrocortisone|dextrose|"
    r"glucose|oxygen|cotton|humidity|deet|zinc|proof|juice|milk|strength|concentration"
)
# Units of measure and time: a number before one is an amount ("2,000 calories"), not a count.
_UNITS = word_set(
    """second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks
    month months year years decade decades century centuries mg milligram milligrams mcg
    microgram micrograms ug g gram grams kg kilogram kilograms kilo kilos lb lbs pound pounds
    oz ounce ounces ml millilitre millilitres milliliter milliliters l litre litres liter
    liters dl iu unit units calorie calories kcal kilocalories kj step steps km kilometre
    kilometres kilometer kilometers mile miles metre metres meter meters m cm mm inch inches
    foot feet yard yards mmhg mmol mol beat beats bpm breath breaths degree degrees percent
    cigarette cigarettes drink drinks cup cups glass glasses serving servings portion portions
    tablet tablets capsule capsules pill pills dose doses puff puffs drop drops spoon spoons
    teaspoon teaspoons tablespoon tablespoons times words pages""",
)
# Words after which a count's noun cannot come: the number is followed by a phrase of its own.
_NOT_A_MODIFIER = word_set(
    """to of in on at by for from with and or than as per a an the is are was were be been
    more less fewer most each every times""",
)
_COUNT_RE = re.compile(
    r"(?<![\w.,/-])(?P<number>\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s+(?:million|billion|thousand))"
    r"(?P<words>(?:[ \t]+[A-Za-z][\w'\u2019-]*){1,3})"
)
_STUDY_OF_RE = re.compile(
    r"\b(?:study|studies|trial|trials|survey|surveys|analysis|analyses|review|registry|cohort|poll|"
    r"experiment)\s+(?:of|in|among|involving|including|enrolling|(?:that\s+|which\s+)?"
    r"(?:followed|tracked|included|enrolled|recruited|surveyed))\s+"
    r"(?:(?:more|fewer|less)\s+than\s+|nearly\s+|almost\s+|about\s+|around\s+|over\s+|some\s+|"
    r"roughly\s+|approximately\s+|just\s+(?:over|under)\s+|up\s+to\s+)?"
    r"(?P<number>\d[\d,.]*)(?P<next>\s+[\w-]+)?",
    re.I,
)


def _plural_noun(word: str) -> bool:
    low = word.lower()
    return (
        len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "\u2019s"))
    )


def _counted(text: str) -> str | None:
    """A large count of things counted ("more than 120,000 veterans"), not an amount or a year."""
    for match in _COUNT_RE.finditer(text):
        number = match.group("number")
        if re.fullmatch(r"(?:19|20)\d\d", number):
            continue  # a year: "the 2018 guidelines"
        for word in match.group("words").split():
            low = word.lower().strip("'\u2019")
            if low in _UNITS or "/" in low or low in _NOT_A_MODIFIER:
                break
            if _plural_noun(low):
                return f"{number} {match.group('words').strip()}"
    return None


# A result set against a comparator ("no better than placebo", "as well as surgery",
# "compared with usual care") ...
_COMPARISON_RE = re.compile(
    r"\b(?:(?:better|worse|more\s+effective|less\s+effective|safer|superior|inferior|"
    r"non-?inferior)\s+(?:than|to)|as\s+(?:well|good|effective|safe)\s+as|compared\s+(?:with|to)"
    r"|versus|vs\.?)\s+\S",
    re.I,
)
# ... and placed in a study: "in a large trial", "in two trials", "from the study".
_IN_STUDY_RE = re.compile(
    r"\b(?:in|from|across)\s+(?:(?:a|an|the|one|two|three|four|several|many|some|other|these|"
    r"those|this|that|large|small|recent|new|big|randomi[sz]ed|controlled|clinical|\d[\d,]*)\s+)"
    r"{0,3}(?:trials?|stud(?:y|ies)|meta-analys[ie]s|reviews?)\b",
    re.I,
)


# How often something happens to people: "Adults catch two to four colds a year". The time
# is found first (a few words), then the count before it.
_PER_TIME_RE = re.compile(r"\s(?:a|per|each|every)\s+(?:year|month|week|day)\b", re.I)
_RATE_HEAD_RE = re.compile(
    rf"(?<![\w.,])(?:(?:up\s+to|about|around|as\s+many\s+as|on\s+average)\s+)?{_NUMBER_WORD}"
    rf"(?:\s*(?:to|or|-|\u2013)\s*{_NUMBER_WORD})?\s+(?P<noun>[a-z][\w-]*s)$",
    re.I,
)


def _rate(text: str) -> str | None:
    """A count of events per time ("two to four colds a year"), not a dose ("2 tablets a day")
    nor an amount of time or measure ("150 minutes a week")."""
    for per in _PER_TIME_RE.finditer(text):
        head = _RATE_HEAD_RE.search(text, max(0, per.start() - 60), per.start())
        if head is None:
            continue
        noun = head.group("noun").lower()
        if noun not in _UNITS and _plural_noun(noun):
            return text[head.start() : per.end()]
    return None


def _compared_in_study(text: str) -> str | None:
    """A study's result without a figure: "glucosamine did no better than placebo in a trial".

    The comparison and the study may lie far apart in a long sentence; each is looked for a
    window at a time, so no single search holds the interpreter lock over megabytes.
    """
    comparison = _first_match(_COMPARISON_RE, text)
    if comparison is None:
        return None
    placed = _first_match(_IN_STUDY_RE, text)
    return None if placed is None else text[min(comparison.start(), placed.start()) :][:80]


def _first_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text``, searched in the windows of :func:`_windows`."""
    for start, end in _windows(text):
        match = pattern.search(text, start, end)
        if match is not None:
            return match
    return None


def _study_of(text: str) -> str | None:
    """A study introduced by the number of people or things it studied: "a trial of 60 workers"."""
    for match in _STUDY_OF_RE.finditer(text):
        following = (match.group("next") or "").strip().lower()
        if following in _UNITS:
            continue  # "a study of 12 weeks": a duration
        return match.group(0)
    return None


# A product measured against other brands ("5 times more absorbable than other collagen
# brands") is promotion (promotional-language), not a statistic to cite.
_AGAINST_BRANDS = (
    r"[^.;:!?]{0,60}?\bthan\s+(?:any\s+|all\s+)?(?:the\s+|its\s+)?(?:(?:other|leading|rival|"
    r"competing)\s+(?:[\w-]+\s+){0,2}?(?:brands?|products?)|competit(?:ors|ion))\b"
)

# (kind, pattern): the kind names the marker in the message.
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a statistic",
        re.compile(
            # "100% natural": an intensifier, not a proportion of anything ("100% of cases" is)
            r"\b(?!100\s?(?:%|percent\b|per\s+cent\b)\s+(?!of\b)[A-Za-z])"
            r"\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b)"
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
            rf"\b(?:\d+(?:\.\d+)?|{_NUMBER_WORD})\s+times\s+(?:more|less|higher|lower|greater|as)\b"
            rf"(?!{_AGAINST_BRANDS})|"
            r"\b(?:twice|three times|half) as (?:likely|many|high|often)\b)",
            re.I,
        ),
    ),
    (
        "a study finding",
        re.compile(
            r"\b(?:study|studies|trial|trials|analysis|analyses|meta-analysis|review|survey|"
            r"research|researchers|scientists|investigators|authors|data|evidence)\b[^.;:!?]{0,80}?"
            r"\b(?:found|finds|showed|shows|shown|showing|demonstrated|demonstrates|reported|reports|"
            r"concluded|concludes|revealed|reveals|suggests|suggested|suggesting|indicates|indicated|"
            r"indicating|confirmed|confirms|saw|observed|observes|noted|discovered|identified)\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)[- ]?fold\b", re.I
        ),
    ),
    (
        "a study finding",
        re.compile(
            # what researchers say, wherever the sentence puts it: "…, researchers say."
            # (experts who "think" or "said it was a game-changer" give an opinion)
            r"\b(?:researchers|scientists|investigators|study\s+authors)\s+"
            r"(?:(?:now|also|still)\s+)?(?:say|says|said|estimate|estimated|warn|"
            r"warned|report|conclude|concluded)\b",
            re.I,
        ),
    ),
    (
        "a study finding",
        re.compile(
            # a finding placed in a kind of study: "calms inflammation in laboratory studies"
            r"\b(?:in|from)\s+(?:(?:some|several|many|early|small|recent)\s+)?(?:laboratory|lab|"
            r"animal|test[- ]tube|cell|mouse|rat|observational|population)\s+"
            r"(?:studies|experiments|research)\b",
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
    # "clinically proven to …" is promotion (promotional-language), not a finding to cite
    (
        "a study finding",
        re.compile(r"(?<!clinically )\b(?:shown|proven|demonstrated)\s+to\b", re.I),
    ),
    (
        "a ranking",
        re.compile(
            # a ranking without a figure: "the leading cause of death", "the second biggest
            # cause of disability", "the most common cancer in men", "the largest changeable
            # risk factor for dementia" (a ranking of causes or diseases, not of side effects
            # or complaints, and only before what it ranks among: "of", "in", "for" …)
            # ... also by a place ("the world's biggest killer"), of a kind of disease ("the
            # most common type of arthritis") or of diagnoses ("the most commonly diagnosed
            # sexually transmitted infection")
            r"\bthe\s+(?:[A-Za-z]+['\u2019]s\s+)?(?:(?:second|third|fourth|fifth|single)[- ])?"
            r"(?:leading|biggest|largest|greatest|commonest|most\s+common|number[- ]one|"
            r"most\s+(?:commonly|frequently|often)\s+(?:diagnosed|reported|occurring))\s+"
            r"(?:[\w-]+\s+){0,2}?"
            r"(?:causes?|killers?|risk\s+factors?|cancers?|diseases?|conditions?|infections?|"
            r"illness(?:es)?|disabilit(?:y|ies)|(?:types?|forms?|kinds?)\s+of\s+[\w-]+(?:\s+[\w-]+){0,2}?)"
            r"(?=\s+(?:of|in|for|among|amongst|worldwide|globally|across|after|behind)\b|"
            r"\s*[,.;:!?)]|\s*$)",
            re.I,
        ),
    ),
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
        "a statistic",
        re.compile(
            # a proportion of a group of people: "most of the children who caught measles"
            r"\b(?:most|many|few|nearly\s+all|almost\s+all|(?:the|a)\s+(?:large\s+|small\s+)?"
            r"(?:majority|minority))\s+of\s+(?:the|these|those|them|all)\s+"
            rf"(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            # an average with its figure: "on average, it takes 7 to 10 years"
            rf"(?:\b(?:on\s+average|(?:an?|the)\s+(?:average|mean|median)\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?:of|is|was|were|age|time|duration|delay|wait)\b)|"
            # a median is always a figure: "Median predicted survival … now exceeds 50 years"
            rf"\bmedian\b)[^.;!?]{{0,80}}?\b{_NUMBER_WORD}\b",
            re.I,
        ),
    ),
    (
        "a regulatory fact",
        re.compile(
            # a regulator that acted: granted, approved, authorised, withdrew, warned …
            r"\b(?:(?:U\.?S\.?|US)\s+)?(?:FDA|Food and Drug Administration|EMA|European Medicines "
            r"Agency|MHRA|Medicines and Healthcare products Regulatory Agency|Health Canada|TGA|FTC|"
            r"Federal Trade Commission|Advertising Standards Authority)\s+"
            r"(?:(?:has|had|have|did|does|then|later|also|first|formally|officially|not|never|now|"
            r"still|already|recently)\s+)*(?:(?:granted|approved|authori[sz]ed|licensed|cleared|"
            r"rejected|refused|withdrew|suspended|restricted|revoked|warned|recalled|banned|"
            r"required|advised|recommended|added|issued|extended|allowed|fined|sued|charged|"
            r"ordered|took\s+action|acted)|(?:grant|approve|authori[sz]e|license|clear|reject|"
            r"refuse|withdraw|suspend|restrict|revoke|warn|recall|ban|require|advise|recommend|"
            r"allow|fine|sue|order)s?)\b",
        ),
    ),
    (
        "a regulatory fact",
        re.compile(
            # a medicine approved, whoever approved it: "was approved for the condition in 2024"
            r"\b(?:was|were|has\s+been|have\s+been|had\s+been|got|became)\s+(?:(?:first|"
            r"recently|newly|only|formally|officially|finally)\s+)?(?:approved|licensed|"
            r"authori[sz]ed)\s+(?:for|in|as|to\s+treat)\b",
            re.I,
        ),
    ),
    (
        "a body's advice",
        re.compile(
            # a named body's advice, the body the sentence's subject: "The Food Standards
            # Agency advises …" ("A 2020 guideline from the … College … recommends" names
            # its source: the guideline)
            r"^(?:The\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,5}(?:Agency|Authority|Administration|Commission|"
            r"Institute|Institutes|Society|Association|College|Academy|Council|Committee|Board|"
            r"Service|Department|Ministry|Faculty|Organi[sz]ation|Centers|Centres|Foundation)"
            r"(?:\s+(?:of|for)\s+(?:[A-Z][\w-]*\s*){1,4})?\s+(?:now\s+|also\s+|strongly\s+)?"
            r"(?:advises|recommends|warns|says|urges)\b",
        ),
    ),
    (
        "a regulatory fact",
        re.compile(
            # taken off the market, by whoever: "was withdrawn worldwide", "were recalled in 2019"
            r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|since\s+|voluntarily\s+)?"
            r"(?:withdrawn|recalled|banned|pulled)\s+(?:worldwide|globally|from\s+(?:the\s+)?"
            r"(?:market|sale|shelves)|in\s+(?:the\s+)?(?:US|UK|EU|Europe|\d{4}|[A-Z][a-z]+))",
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


# Words without one of which a marker cannot match (in lower case): the marker is searched
# only in a sentence that has one. Markers not listed are searched in every sentence.
def _marker(fragment: str) -> re.Pattern[str]:
    return next(pattern for _, pattern in _MARKERS if fragment in pattern.pattern)


_MARKER_CUES: dict[int, tuple[str, ...]] = {
    id(_marker(fragment)): cues
    for fragment, cues in (
        (
            "(?:researchers|scientists|investigators",
            ("researchers", "scientists", "investigators", "authors"),
        ),
        ("(?:laboratory|lab|animal", ("studies", "experiments", "research")),
        ("|hundred)[- ]?fold", ("fold",)),
        (
            "(?:leading|biggest|largest",
            (
                "leading",
                "biggest",
                "largest",
                "greatest",
                "common",
                "number",
                "frequently",
                "often",
            ),
        ),
        (
            "(?:approved|cleared|authori[sz]ed|licensed|rejected)\\s+",
            ("approved", "cleared", "authori", "licensed", "rejected"),
        ),
        ("|became)", ("approved", "licensed", "authorised", "authorized")),
        ("(?:Agency|Authority|Administration", ("advises", "recommends", "warns", "says", "urges")),
    )
}
_TIME_WORDS = ("year", "month", "week", " day")


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


# A sentence of megabytes is searched a window at a time: one regular-expression call over all of
# it holds the interpreter lock for up to half a second, and the window for that long.
WINDOW_CHARS = 4_000
WINDOW_OVERLAP = 400  # longer than any marker can match
_DIGIT_RE = re.compile(r"\d")


def uncited_marker(text: str) -> tuple[str, str] | None:
    """(kind, matched words) of the first statistic, study finding or regulatory fact."""
    if "100" in text:
        text = _NEGATED_ALL_RE.sub(lambda m: m.group(1) + "all".ljust(len(m.group(2))), text)
        text = _PROMISED_ALL_RE.sub(lambda m: m.group(1) + "all".ljust(len(m.group(2))), text)
    low = text.lower()
    for start, end in _windows(text):
        best: tuple[int, str, str] | None = None
        for kind, pattern in _MARKERS:
            cues = _MARKER_CUES.get(id(pattern))
            if cues is not None and not any(cue in low for cue in cues):
                continue
            match = pattern.search(text, start, end)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), kind, match.group(0))
        if best is not None:
            return best[1], best[2]
    # Slower readings, only where no pattern above speaks.
    compared = _compared_in_study(text)
    if compared is not None:
        return "a study finding", compared
    if any(word in low for word in _TIME_WORDS):
        rate = _rate(text)
        if rate is not None:
            return "a statistic", rate
    if _DIGIT_RE.search(text):
        for start, end in _windows(text):
            part = text[start:end]
            study = _study_of(part)
            if study is not None:
                return "a study finding", study
            count = _counted(part)
            if count is not None:
                return "a statistic", count
    return None


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """The text in windows of about WINDOW_CHARS, cut at spaces; each begins inside the last, at a word."""
    start = 0
    while True:
        end = (
            len(text)
            if len(text) - start <= WINDOW_CHARS
            else text.rfind(" ", start + WINDOW_CHARS // 2, start + WINDOW_CHARS)
        )
        if end <= start:
            end = start + WINDOW_CHARS
        yield start, end
        if end >= len(text):
            return
        # The next window begins at a word boundary inside this one, so a marker across the cut is seen whole.
        space = text.find(" ", max(start + 1, end - WINDOW_OVERLAP), end)
        start = space + 1 if space >= 0 else end
