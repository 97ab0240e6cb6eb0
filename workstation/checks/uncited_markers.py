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

from workstation.checks.uncited_as_read import as_read
from workstation.checks.uncited_counts import (
    NUMBER_WORD,
    PEOPLE,
    PEOPLE_MODIFIER,
    STRENGTH_OF,
    compared_in_study,
    counted,
    rate,
    study_of,
    windows,
)
from workstation.checks.uncited_products import AGAINST_BRANDS, PRODUCT_STRENGTH
from workstation.checks.uncited_ranks import RANK_MARKERS
from workstation.checks.uncited_shares import SHARE_MARKERS
from workstation.checks.uncited_words import WORDED_MARKERS
from workstation.prefilter import prefilter

# (kind, pattern): the kind names the marker in the message.
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a statistic",
        re.compile(
            # "100% natural": an intensifier, not a proportion of anything ("100% of cases" is)
            # (what a product contains: "contains 2% ketoconazole", a strength, not a finding)
            r"\b(?<!contains\s)(?<!containing\s)(?<!contain\s)"
            r"(?!100\s?(?:%|percent\b|per\s+cent\b)\s+(?!of\b)[A-Za-z])"
            r"\d+(?:[.,]\d+)?\s?(?:%|percent\b|per\s+cent\b)"
            # "70% alcohol", "1% hydrocortisone": a strength, not a finding; "15% off": a
            # discount; "at least 80% of your arm", "20% of your body weight": the reader's own
            # measure in an instruction or a promise, not a share of anyone studied; "5%
            # permethrin cream", "4% coal tar solution": the strength of a product's form
            rf"(?!\s+(?:{STRENGTH_OF}|off\b|of\s+your\b|{PRODUCT_STRENGTH}))",
            re.I,
        ),
    ),
    (
        "a statistic",
        # ... but a share of "your" body that opens the sentence is said of everyone: "70% of
        # your immune system lives in your gut"
        re.compile(r"^(?:(?:about|around|almost|nearly|over|up\s+to)\s+)?\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)\s+of\s+your\b", re.I),
    ),
    (
        "a statistic",
        re.compile(
            rf"\b{NUMBER_WORD}\s+(?:out\s+)?(?:of|in)\s+(?:the\s+|every\s+|all\s+|each\s+)?"
            rf"{NUMBER_WORD}\b(?:\s+[\w-]+){{0,3}}?\s+{PEOPLE}\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            # ... or of things counted: "1 in 5 falls", "one in three full-body scans" (not a
            # measure: "1 in 100 mg")
            rf"\b{NUMBER_WORD}\s+(?:out\s+of|in)\s+(?:every\s+)?{NUMBER_WORD}\s+"
            r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[^\Wsu]s\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            # a count of ten or more: "up to 2 people in the room" is not a statistic
            r"\b(?:\d[\d,]*\d(?:\.\d+)?|\d+(?:\.\d+)?\s+(?i:million|billion|thousand))\s+"
            r"(?:(?i:million|billion|thousand)\s+)?"
            rf"(?:{PEOPLE_MODIFIER}\s+){{0,2}}(?i:{PEOPLE})\b"
        ),
    ),
    # (a sum of money is not a count: "a £2.1 million investment")
    ("a statistic", re.compile(r"(?<![£$€\d.])\b\d+(?:\.\d+)?\s+(?:million|billion)\b", re.I)),
    (
        "a statistic",
        re.compile(
            r"\b(?:half|one[- ]third|a third|two[- ]thirds|one[- ]quarter|a quarter|"
            r"three[- ]quarters)\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?" + PEOPLE + r"\b",
            re.I,
        ),
    ),
    # a share in plural fractions of anything ("two fifths of the sugar we drink"), not a
    # measure ("three quarters of an hour")
    (
        "a statistic",
        re.compile(
            r"\b(?:two|three|four)[- ](?:thirds|quarters|fifths)\s+of\s+(?!an?\s)"
            r"(?:the|all|our|us|them|those|these|[A-Z0-9])",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            r"(?:\bp\s*[<=>\u2264\u2265]\s*0?\.\d+|\b(?:hazard|odds) ratio\b|\brelative risk\b|"
            r"\bconfidence interval\b|\bstatistically significant\b|\b\d+(?:\.\d+)?[- ]fold\b|"
            rf"\b(?:\d+(?:\.\d+)?|{NUMBER_WORD}|several|many)\s+times\s+(?:more|less|higher|lower|greater|as)\b"
            rf"(?!{AGAINST_BRANDS})|"
            r"\b(?:twice|three times|half) as (?:likely|many|high|often)\b|"
            # a group compared with another: "are less likely than women to", "no more likely to"
            r"\b(?:are|is|were|was|be|been)\s+(?:(?:no|much|far|slightly)\s+)?(?:more|less)\s+likely\s+"
            r"(?:than|to)\b|"
            # a count on the move: "a growing number of deaths"
            r"\ba\s+(?:growing|rising|increasing|falling|record)\s+number\s+of\b)",
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
            r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|"
            r"seventy|eighty|ninety|hundred|thousand)[- ]?fold\b",
            re.I,
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
            # ("the evidence comes from observational studies" says where evidence comes from)
            r"(?<!comes\s)(?<!come\s)(?<!came\s)"
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
            # who is most at risk, what causes most cases: "the age group most at risk of",
            # "a strain that causes most cases in children"
            r"\bthe\s+(?:[\w-]+\s+)?groups?\s+most\s+at\s+risk\b|"
            r"\bcause[sd]?\s+(?:most|the\s+majority\s+of)\s+(?:cases|infections|deaths)\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            # a trend over time: "has more than doubled since 2000", "have nearly halved"
            r"\b(?:has|have|had)\s+(?:more\s+than\s+|nearly\s+|almost\s+|roughly\s+|about\s+)?"
            r"(?:doubled|tripled|trebled|quadrupled|halved)\b|"
            # ... or a sharp one over a stated time: "have risen sharply across England in the
            # past five summers"
            r"\b(?:has|have|had)\s+(?:risen|increased|grown|climbed|fallen|dropped|soared)\s+"
            r"(?:sharply|steeply|dramatically|markedly|rapidly)\b[^.;:]{0,60}?\b(?:in|over|during)\s+the\s+"
            r"(?:past|last)\s+(?:[\w-]+\s+)?(?:years|decades|summers|winters|months)\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            # a share of people stated without its noun: "around 1 in 10 still have pain a year
            # later", "about one in three will need surgery"
            rf"\b(?:about|around|roughly|nearly|almost|up\s+to)\s+{NUMBER_WORD}\s+in\s+(?:every\s+)?"
            rf"{NUMBER_WORD}\s+(?:still\s+|will\s+|go\s+on\s+to\s+|later\s+)?"
            r"(?:have|has|are|develop|get|need|experience|report|die|recover)\b",
            re.I,
        ),
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
            # (not a reason among others: "one of the most common reasons people see a GP")
            r"\b(?!(?<=\bone\sof\s)the\s+(?:most\s+common|commonest|biggest|main)\s+reasons\b)the\s+(?:[A-Za-z]+['\u2019]s\s+)?(?:(?:second|third|fourth|fifth|single)[- ])?"
            r"(?:leading|biggest|largest|greatest|commonest|most\s+common|number[- ]one|"
            r"most\s+(?:commonly|frequently|often)\s+(?:diagnosed|reported|occurring|prescribed|used))\s+"
            r"(?:[\w-]+\s+){0,2}?"
            # ... or of reasons for what happens to people ("the most common reason why
            # children are admitted to hospital"; not "the most common reason for stopping")
            r"(?:causes?|killers?|risk\s+factors?|cancers?|diseases?|conditions?|infections?|"
            rf"reasons?(?=\s+(?:(?:why|for)\s+)?(?:[\w-]+\s+){{0,3}}?{PEOPLE}\b)|"
            # ... or of what is prescribed ("the most commonly prescribed medicines for")
            r"(?<=prescribed\s)(?:medicines?|drugs?|medications?|treatments?)|"
            r"(?<=used\s)(?:medicines?|drugs?|medications?|treatments?)|"
            r"illness(?:es)?|disabilit(?:y|ies)|(?:types?|forms?|kinds?)\s+of\s+[\w-]+(?:\s+[\w-]+){0,2}?)"
            rf"(?=\s+(?:of|in|for|among|amongst|worldwide|globally|across|after|behind|why|{PEOPLE})\b|"
            r"\s*[,.;:!?)]|\s*$)",
            re.I,
        ),
    ),
    (
        "a regulatory fact",
        re.compile(
            # (not an approval denied: "They are not approved by the MHRA for …" states no act)
            r"(?<!\bnot\s)(?<!\bnever\s)(?<!\bnot\sbeen\s)(?<!n't\sbeen\s)"
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
            # (not a share of things people have: "many of the treatments people receive"; not
            # the writer's own patients: "many of the patients I see")
            r"\b(?:most|many|few|nearly\s+all|almost\s+all|(?:the|a)\s+(?:large\s+|small\s+)?"
            r"(?:majority|minority))\s+of\s+(?:the|these|those|them|all)\s+"
            rf"(?:[\w-]*[^\Ws]\s+){{0,2}}?{PEOPLE}\b(?!\s+(?:I|we)\s)",
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
            rf"\bmedian\b)[^.;!?]{{0,80}}?\b{NUMBER_WORD}\b",
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
            r"(?:advises|recommends|warns|says|urges|(?:does\s+not|doesn't|does\s+no\s+longer)\s+"
            r"(?:recommend|advise|support))\b",
        ),
    ),
    (
        "a study finding",
        re.compile(
            # a named body's finding, the body the sentence's subject: "The Loop found that",
            # "NHS Digital found that" (not "I found that", "My GP found")
            r"^(?:The\s+(?:[A-Z][\w'\u2019-]*\s+){1,5}|[A-Z]{2,}(?:\s+[A-Z][\w-]*){0,3}\s+)"
            r"(?:has\s+|have\s+)?(?:found|showed|reported|estimates?|estimated)\s+that\b",
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
        "a study finding",
        re.compile(
            # a kind of case set against the others of its kind: "strokes caused by AF are more
            # severe than other strokes" (not a product against other brands: promotion)
            r"\b(?:more|less)\s+(?:[a-z]+ly\s+)?[a-z][\w-]+\s+than\s+(?:all\s+|most\s+)?other\s+"
            r"(?!(?:[\w-]+\s+){0,2}?(?:brands?|products?|options?)\b)[a-z][\w-]*",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            # how often it happens to someone: "Someone in the UK develops dementia every three
            # minutes", "Every 40 seconds, someone has a heart attack" (not "take it every 4 hours")
            r"\b(?:someone|somebody|one\s+person|a\s+(?:person|man|woman|child|baby))\b"
            rf"[^.;:!?]{{0,80}}?\bevery\s+(?:{NUMBER_WORD}\s+)?(?:seconds?|minutes?|hours?)\b|"
            rf"\b[Ee]very\s+(?:{NUMBER_WORD}\s+)?(?:seconds?|minutes?|hours?),?\s+"
            r"(?:someone|somebody|one\s+person|a\s+(?:person|man|woman|child|baby))\b",
            re.I,
        ),
    ),
    (
        "a statistic",
        re.compile(
            # a count without a figure: "kept thousands of older people out of hospital"
            # (a shop's own clientele is its boast: "thousands of happy customers")
            # (not a range of sizes in a description, "hundreds or thousands of people"; not
            # an activity or whom care is for, "meeting hundreds of new people", "care for
            # thousands of patients")
            r"(?<!\bor\s)(?<!ing\s)(?<!\bfor\s)(?<!familiar\sto\s)(?<!known\sto\s)"
            # (nor a service's own count of whom it serves: "Every year we help hundreds of people")
            r"(?<!\bwe\shelp\s)(?<!\bwe\shave\shelped\s)(?<!\bwe've\shelped\s)(?<!\bwe\streat\s)"
            r"(?<!\bwe\ssupport\s)(?<!\bwe\ssee\s)"
            r"\b(?:hundreds|thousands|millions|tens\s+of\s+thousands|hundreds\s+of\s+thousands)\s+"
            r"of\s+(?!(?:[\w-]+\s+){0,2}?(?:customers|users|readers|owners|buyers|subscribers|"
            r"followers|members)\b)"
            rf"(?:{PEOPLE_MODIFIER}\s+){{0,2}}{PEOPLE}\b",
            re.I,
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
    *SHARE_MARKERS,
    *WORDED_MARKERS,
    *RANK_MARKERS,
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
        ("|thousand)[- ]?fold", ("fold",)),
        ("(?:thirds|quarters|fifths)", ("thirds", "quarters", "fifths")),
        ("(?:more|less)\\s+(?:[a-z]+ly", (" other ",)),
        ("(?:someone|somebody|one", ("every",)),
        ("(?:hundreds|thousands|millions", ("hundreds", "thousands", "millions")),
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
        ("(?:Agency|Authority|Administration", ("advises", "recommends", "warns", "says", "urges", "recommend", "advise", "support")),
    )
}
_TIME_WORDS = ("year", "month", "week", " day")


_DIGIT_RE = re.compile(r"\d")


def _may_mark(pattern: re.Pattern[str], text: str, low: str) -> bool:
    """False when ``text`` lacks the cue words or the words the pattern needs."""
    cues = _MARKER_CUES.get(id(pattern))
    if cues is not None:
        for cue in cues:
            if cue in low:
                break
        else:
            return False
    return prefilter(pattern).may_match(text, low)


def markers_for(texts: list[str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The markers that may match one of ``texts`` (a page's sentences): the words a pattern
    needs, absent from all of them as read, are absent from each."""
    read = [as_read(text) for text in texts]
    joined, low = "\n".join(read), "\n".join(text.lower() for text in read)
    return tuple((kind, pattern) for kind, pattern in _MARKERS if _may_mark(pattern, joined, low))


def uncited_marker(
    text: str, markers: tuple[tuple[str, re.Pattern[str]], ...] | None = None
) -> tuple[str, str] | None:
    """(kind, matched words) of the first statistic, study finding or regulatory fact
    (``markers``: those of :func:`markers_for` the sentence's page, where known)."""
    text = as_read(text)
    low = text.lower()
    # The patterns the sentence has the words for, chosen once for all its windows.
    tried = _MARKERS if markers is None else markers
    candidates = [(kind, pattern) for kind, pattern in tried if _may_mark(pattern, text, low)]
    for start, end in windows(text) if candidates else ():
        best: tuple[int, str, str] | None = None
        for kind, pattern in candidates:
            match = pattern.search(text, start, end)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), kind, match.group(0))
        if best is not None:
            return best[1], best[2]
    # Slower readings, only where no pattern above speaks.
    compared = compared_in_study(text)
    if compared is not None:
        return "a study finding", compared
    if any(word in low for word in _TIME_WORDS):
        found = rate(text)
        if found is not None:
            return "a statistic", found
    if _DIGIT_RE.search(text):
        for start, end in windows(text):
            part = text[start:end]
            study = study_of(part)
            if study is not None:
                return "a study finding", study
            count = counted(part)
            if count is not None:
                return "a statistic", count
    return None
