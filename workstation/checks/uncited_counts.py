"""Statistics and findings the marker patterns leave to slower readings: large counts of
things counted, rates of events, studies introduced by their size, results compared in a
study; and the words they share with the patterns (numbers in words, people, units).

Long sentences are searched a window at a time (:func:`windows`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.checks.context import word_set

NUMBER_WORD = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred|a thousand|thousand)"
)
PEOPLE = (
    r"(?:people|persons|patients|participants|adults|children|kids|women|men|subjects|cases|"
    r"individuals|volunteers|americans|users|respondents|deaths|survivors|recipients|teenagers|"
    r"teens|adolescents|girls|boys|babies|infants|toddlers|smokers|students|workers|mothers|"
    r"fathers|parents|pregnancies|births|families|households|couples|seniors|veterans|residents|"
    r"employees|athletes|drivers|carers|caregivers|readers|customers|owners|sufferers|pupils|"
    r"donors|suicides|"
    # people by their work: "1 in 3 bar staff", "two in five nurses", "half of farmers"
    r"staff|nurses|doctors|teachers|farmers|miners|builders|musicians|"
    # those who do something, and children by their age: "half of trekkers", "a quarter of
    # 5-year-olds"
    r"trekkers|climbers|mountaineers|hikers|walkers|runners|cyclists|swimmers|divers|skiers|"
    r"travellers|travelers|drinkers|vapers|gamblers|commuters|(?:\d{1,2}|[a-z]+)-year-olds)"
)
PEOPLE_MODIFIER = (
    r"(?:(?i:adult|older|young|younger|elderly|newly|diagnosed|treated|untreated|eligible|"
    r"enrolled|healthy|more|fewer|other|additional)|[A-Z]{2,}s?)"
)
STRENGTH_OF = (
    r"alcohol|fat|saline|solution|cream|gel|ointment|lotion|lidocaine|hydrocortisone|dextrose|"
    r"glucose|oxygen|cotton|humidity|deet|zinc|proof|juice|milk|strength|concentration|"
    # a drink's strength: "a 175 ml glass of 13% wine", "5% lager", "40% ABV"
    r"(?:wine|beer|lager|cider|ale|spirits?|abv)\b(?!-)"
)
# Units of measure and time: a number before one is an amount ("2,000 calories"), not a count
# (parts of a day as days are: "training runs six nights a week").
UNITS = word_set(
    """second seconds sec secs minute minutes min mins hour hours hr hrs day days night nights
    morning mornings afternoon afternoons evening evenings week weeks
    month months year years decade decades century centuries mg milligram milligrams mcg
    microgram micrograms ug g gram grams kg kilogram kilograms kilo kilos lb lbs pound pounds
    oz ounce ounces ml millilitre millilitres milliliter milliliters l litre litres liter
    liters dl iu unit units calorie calories kcal kilocalories kj step steps km kilometre
    kilometres kilometer kilometers mile miles metre metres meter meters m cm mm inch inches
    foot feet yard yards mmhg mmol mol beat beats bpm breath breaths degree degrees percent
    cigarette cigarettes drink drinks cup cups glass glasses serving servings portion portions
    tablet tablets capsule capsules pill pills dose doses puff puffs drop drops spoon spoons
    gummy gummies sachet sachets lozenge lozenges scoop scoops softgel softgels teaspoon teaspoons tablespoon tablespoons times words pages""",
)
# Words after which a count's noun cannot come: the number is followed by a phrase of its own.
_NOT_A_MODIFIER = word_set(
    """to of in on at by for from with and or than as per a an the is are was were be been
    more less fewer most each every times""",
)
# A business's own network ("over 400 partner opticians", "our 120 branches") is what it
# offers, not a count anyone measured.
_OWN_NETWORK = word_set("partner partners branches outlets stores shops")
# What a page's readers did with a post ("– 312 replies", "1,200 likes"): its furniture.
_ENGAGEMENT = word_set("replies comments likes views shares downloads posts votes reactions answers")
_COUNT_RE = re.compile(
    r"(?<![\w.,/\u00a3$\u20ac-])(?P<number>\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s+(?:million|billion|thousand))"
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


def counted(text: str) -> str | None:
    """A large count of things counted ("more than 120,000 veterans"), not an amount or a year."""
    for match in _COUNT_RE.finditer(text):
        number = match.group("number")
        if re.fullmatch(r"(?:19|20)\d\d", number):
            continue  # a year: "the 2018 guidelines"
        for word in match.group("words").split():
            low = word.lower().strip("'\u2019")
            if low in UNITS or "/" in low or low in _NOT_A_MODIFIER or low in _OWN_NETWORK or low in _ENGAGEMENT:
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
    rf"(?<![\w.,])(?:(?:up\s+to|about|around|as\s+many\s+as|on\s+average)\s+)?{NUMBER_WORD}"
    rf"(?:\s*(?:to|or|-|\u2013)\s*{NUMBER_WORD})?\s+(?P<noun>[a-z][\w-]*s)$",
    re.I,
)

# The reader's own schedule: "You will come to 2 sessions a week", "you'll attend 3 classes a week".
_READERS_SCHEDULE_RE = re.compile(
    r"\byou(?:['\u2019]ll|\s+will|\s+should|\s+can|\s+need\s+to|\s+may)?\s+"
    r"(?:come\s+to|attend|go\s+to|join|book|do|have)\s+$",
    re.I,
)


# An instruction to the reader, its verb first: "Eat three small meals and two snacks a day",
# "Offer your toddler five or six drinks a day", "Aim for two portions of oily fish a week".
_INSTRUCTION_RE = re.compile(
    r"^[\"'\u201c\u2018]?(?:Eat|Drink|Have|Take|Aim\s+for|Try|Offer|Give|Serve|Plan|Stick\s+to|Keep\s+to)\b"
)


# What a treatment or a course is given in: "two or three sessions a week", "four classes a week".
_SCHEDULED = frozenset({"sessions", "classes", "lessons"})


# Someone speaking of their own habits: "I'm here three mornings a week", "I swim 4 lengths a day".
_SPEAKERS_OWN_RE = re.compile(r"\bI(?:['\u2019](?:m|ve|d)|\s+(?:am|go|come|have|do|swim|walk|run))\b")


# How fast something changes: "The body's clock shifts by only about one hour a day" (not the
# reader's, the writer's or an instruction: "You can move bedtime by an hour a day").
_CHANGE_RATE_RE = re.compile(
    r"\b(?:adjusts?|shifts?|changes?|grows?|moves?|rises?|falls?|drops?|declines?|slows?)\s+by\s+"
    r"(?:only\s+|just\s+)?(?:about\s+|around\s+|roughly\s+|up\s+to\s+)?"
    rf"{NUMBER_WORD}\s+[a-z]+\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b",
    re.I,
)
_OWN_SUBJECT_RE = re.compile(r"\b(?:you|your\s+(?:team|child|baby)|we|our|I|us)\b", re.I)


def rate(text: str) -> str | None:
    """A count of events per time ("two to four colds a year"), not a dose ("2 tablets a day")
    nor an amount of time or measure ("150 minutes a week"); or how fast something changes
    ("shifts by about one hour a day")."""
    change = _CHANGE_RATE_RE.search(text) if " by " in text else None
    if change is not None and _OWN_SUBJECT_RE.search(text, 0, change.start()) is None:
        return change.group(0)
    for per in _PER_TIME_RE.finditer(text):
        if _INSTRUCTION_RE.match(text):
            return None  # "Eat … two or three snacks a day": what to do, not a rate measured
        head = _RATE_HEAD_RE.search(text, max(0, per.start() - 60), per.start())
        if head is None:
            continue
        noun = head.group("noun").lower()
        if _READERS_SCHEDULE_RE.search(text, max(0, head.start() - 40), head.start()):
            continue
        if _SPEAKERS_OWN_RE.search(text, 0, head.start()):
            continue  # "Now I'm here three mornings a week": the speaker's own week
        if noun in _SCHEDULED:
            continue  # "two or three sessions a week": how a treatment or a course is given
        if noun not in UNITS and _plural_noun(noun):
            return text[head.start() : per.end()]
    return None


def compared_in_study(text: str) -> str | None:
    """A study's result without a figure: "glucosamine did no better than placebo in a trial".

    The comparison and the study may lie far apart in a long sentence; each is looked for a
    window at a time, so no single search holds the interpreter lock over megabytes.
    """
    comparison = first_match(_COMPARISON_RE, text)
    if comparison is None:
        return None
    placed = first_match(_IN_STUDY_RE, text)
    return None if placed is None else text[min(comparison.start(), placed.start()) :][:80]


def first_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text``, searched in the windows of :func:`windows`."""
    for start, end in windows(text):
        match = pattern.search(text, start, end)
        if match is not None:
            return match
    return None


def study_of(text: str) -> str | None:
    """A study introduced by the number of people or things it studied: "a trial of 60 workers"."""
    for match in _STUDY_OF_RE.finditer(text):
        following = (match.group("next") or "").strip().lower()
        if following in UNITS:
            continue  # "a study of 12 weeks": a duration
        return match.group(0)
    return None


# A sentence of megabytes is searched a window at a time: one regular-expression call over all of
# it holds the interpreter lock for up to half a second, and the window for that long.
WINDOW_CHARS = 4_000
WINDOW_OVERLAP = 400  # longer than any marker can match


def windows(text: str) -> Iterator[tuple[int, int]]:
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
