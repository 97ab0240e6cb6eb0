"""What a sentence names as its source: years, journals, organisations, named studies.

Precision comes first. A year counts only inside an attribution phrase ("a 2025 study",
"published in 2023"), not "in 2019, 40 patients …" or "a 54-month effect"; an acronym
counts only when it names a study, trial or guideline ("the SCOT study", "EULAR
recommendations") or an organisation, never medical shorthand such as MS or HSCT.
"""

from __future__ import annotations

import re

from workstation.checks.context import word_set
from workstation.checks.institutions import institutions_named
from workstation.checks.nations import COUNTRY_NAMES
from workstation.prefilter import prefilter

_YEAR = r"(?:19|20)\d{2}"
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_PUBLICATION_NOUN = (
    r"(?:study|studies|trial|trials|review|reviews|meta-analysis|meta-analyses|analysis|analyses|"
    r"report|reports|guideline|guidelines|recommendation|recommendations|update|statement|"
    r"consensus|survey|paper|article|publication|criteria|registry|overview|cohort study|"
    r"position paper|editorial)"
)
_SOURCE_FRAME = (
    r"(?i:study|trial|recommendations?|guidelines?|criteria|update|statement|consensus|report|"
    r"registry|task force|position paper|working group|study group|investigators|collaboration|"
    r"panel|project|programme)"
)
# A capitalised name, allowing lower-case joining words: "New England Journal of Medicine".
_NAME = (
    r"[A-Z][\w'\u2019&.-]*"
    r"(?:\s+(?:(?:of|and|for|the|in|on|&|de|du|la|der)\s+)*[A-Z][\w'\u2019&.-]*)*"
)
_ACRONYM = r"[A-Z][A-Z0-9]+(?:[-/][A-Z0-9]+)*"

YEAR_RE = re.compile(rf"(?<![\w.,/-]){_YEAR}(?![\w%]|[-\u2013/]\d|[.,]\d)")
_YEAR_AFTER_VERB_RE = re.compile(
    r"\b(?:published|reported|released|issued|updated|presented|appeared|appearing|printed|"
    r"revised)\s+(?:online\s+)?(?:(?:in|on|during)\s+)?"
    rf"(?:(?:early|late|mid|spring|summer|autumn|fall|winter|{_MONTHS})"
    r"[\s,-]+(?:\d{1,2},?\s+)?)?$",
    re.IGNORECASE,
)
_YEAR_AFTER_DETERMINER_RE = re.compile(
    r"(?:\b(?:a|an|the|this|that|one|another|their|its|whose|his|her|our)|'s|\u2019s)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_NOUN_AFTER_YEAR_RE = re.compile(
    rf"^\s+(?:[\w/&'-]+\s+){{0,3}}?{_PUBLICATION_NOUN}\b", re.IGNORECASE
)
_YEAR_AFTER_ET_AL_RE = re.compile(r"\bet\s+al\.?,?\s*\(?\s*$", re.IGNORECASE)
_YEAR_AFTER_FROM_RE = re.compile(
    rf"\b{_PUBLICATION_NOUN}\s+(?:(?:published|issued|released)\s+)?from\s+$", re.IGNORECASE
)

_JOURNAL_AFTER_VERB_RE = re.compile(
    r"\b(?i:published|reported|appear(?:ed|ing|s)|printed)\s+(?:(?i:online|today|this\s+week)\s+)?"
    rf"(?:in\s+(?:(?:early|late|mid|{_MONTHS})\s+)?{_YEAR},?\s+)?"
    rf"in\s+(?:the\s+)?(?:journal\s+)?(?P<name>{_NAME})"
)
_JOURNAL_AFTER_NOUN_RE = re.compile(
    r"\b(?i:study|studies|trial|review|analysis|meta-analysis|article|paper|report|letter|"
    r"editorial|publication|commentary|survey)\s+(?:(?:published|reported)\s+)?in\s+"
    rf"(?:the\s+)?(?P<journal>journal\s+)?(?P<name>{_NAME})"
)
_ACRONYM_SOURCE_RE = re.compile(
    rf"(?<![\w-])(?P<name>{_ACRONYM})(?![\w-])"
    rf"(?:\s+(?:{_YEAR}|[A-Z][\w-]*|classification|clinical|practice|treatment|consensus|"
    r"position|evidence-based|updated?|phase\s+(?:[1-4]|I{1,3}V?|IV))){0,2}"
    rf"\s+{_SOURCE_FRAME}\b"
)
# A journal that names the work it printed: "A landmark Nature study", "a 2019 Cochrane review".
_JOURNAL_BEFORE_WORK_RE = re.compile(
    rf"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:(?:{_YEAR}|[a-z][\w-]*)\s+){{0,2}}(?P<name>{_NAME})\s+"
    r"(?i:study|paper|review|analysis|meta-analysis|article)\b"
)
_NAMED_STUDY_RE = re.compile(r"\b(?P<name>(?:[A-Z][\w'\u2019-]*\s+){1,4}(?:Study|Trial))\b")
_ORGANISATION_RES = (
    re.compile(rf"\b(?i:according)\s+to\s+(?:the\s+)?(?P<name>{_NAME})"),
    re.compile(
        r"\b(?i:guidelines?|recommendations?|criteria|statement|consensus|report|advice)\s+"
        r"(?:(?:issued|published|developed|released)\s+)?(?:from|by|of)\s+"
        rf"(?:the\s+)?(?P<name>{_NAME})"
    ),
    re.compile(
        r"\b(?i:published|issued|recommended|released|developed|endorsed|approved|required)\s+by\s+"
        rf"(?:the\s+)?(?P<name>{_NAME})"
    ),
    re.compile(
        # an organisation by its shape, saying or advising, perhaps with an auxiliary and a
        # negation first: "The British Thyroid Association says", "NICE did not recommend"
        # ... or names its dated work: "The UK Sepsis Trust's 2017 report estimated", "Safe Work
        # Australia's 2023 decision to halve the limit"
        rf"(?P<name>{_NAME})(?:'s|\u2019s)?\s+(?:{_YEAR}\s+(?=(?i:report|guidance|guidelines?|recommendations?|"
        r"criteria|position\s+statement|consensus\s+statement|decision)\b))?"
        r"(?:(?:did|does|do|has|have|had|will|would|is|are|was|were)(?:n't|n\u2019t)?\s+)?"
        r"(?:(?:not|also|now|still|never|no\s+longer|strongly|jointly)\s+){0,2}"
        r"(?:recommends?|recommended|advises?|advised|states?|stated|says|said|say|warns?|warned|"
        r"suggests?|suggested|endorses?|endorsed|issued|published|released|reports?|reported|"
        r"requires?|required|approves?|approved|"
        r"concludes?|concluded|found|finds|estimates?|estimated|supports?|supported|reviewed|"
        r"confirms?|confirmed|guidelines?|recommendations?|criteria|standards\s+say|guidance|"
        r"position statement|consensus statement|decision(?=\s+to\b))\b"
    ),
    # a body's dated investigation before its verb: "A 2018 Northshire Fire Brigade investigation
    # found" (a body's own work, as its report is; a university's "study" is not read so)
    re.compile(
        rf"\b(?:[Aa]n?|[Tt]he)\s+(?:{_YEAR}\s+)?(?P<name>{_NAME})\s+(?i:investigation|inquiry|audit|report)\s+"
        r"(?:(?:has|have|had)\s+)?(?:found|finds|showed|shows|concluded|estimated|reported|revealed)\b"
    ),
)

_PASSIVE_RE = _ORGANISATION_RES[2]
_SPEAKER_RE = _ORGANISATION_RES[3]
_OBJECT_OF_PREPOSITION_RE = re.compile(
    r"\b(?:on|of|for|in|with|about|into|against|among|than|"
    # who paid for or ran the work is not who found: "reviews commissioned by the WHO found"
    r"(?:commissioned|funded|sponsored|conducted|led|run|carried\s+out)\s+by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# Substrings without which the organisation patterns above cannot match.
_ORGANISATION_CUES = (
    ("according to",),
    (" from ", " by ", " of "),
    (" by ",),
    ("recommend", "advise", "state", "guideline", "criteria", " say", " said", "warn", "suggest",
     "endorse", "issued", "published", "released", "report", "conclude", "found", "finds",
     "estimat", "support", "confirm", "standards", "reviewed", "guidance", "require", "approve",
     "decision"),
    (" investigation ", " inquiry ", " audit ", " report "),
)
# ... and the words each of them needs besides (a second test, where the first is common).
_ORGANISATION_WORD_CUES = (
    (),
    ("guideline", "recommendation", "criteria", "statement", "consensus", "report", "advice"),
    ("published", "issued", "recommended", "released", "developed", "endorsed", "approved",
     "required"),
    (),
    ("found", "finds", "showed", "shows", "concluded", "estimated", "reported", "revealed"),
)
# The nouns without one of which _JOURNAL_AFTER_NOUN_RE cannot match.
_STUDY_NOUN_CUES = (
    "stud", "trial", "review", "analysis", "article", "paper", "report", "letter", "editorial",
    "publication", "commentary", "survey",
)
_TWO_CAPITALS_RE = re.compile(r"[A-Z][A-Z0-9]")
_CAPITAL_RE = re.compile(r"[A-Z]")
# The end of every match of _JOURNAL_AFTER_NOUN_RE, "in the Lancet": found faster alone.
_IN_NAME_RE = re.compile(r"\bin\s+(?:the\s+)?(?:journal\s+)?[A-Z]")

# Medical shorthand is not a source, even before "study" ("an MRI study").
MEDICAL_ABBREVIATIONS = word_set(
    """MS RRMS SPMS PPMS CIS HSCT AHSCT ASCT ALLO-HSCT BMT SCT MSC MSCS SSC DCSSC LCSSC ATG IV
    IM SC PO MRI CT PET EEG ECG EKG DNA RNA HIV AIDS COVID COVID-19 SARS SARS-COV-2 COPD CKD
    RA SLE IBD UC GVHD TRM EDSS NEDA CI HR OR RR RCT QOL FVC TLC DLCO ILD PAH BMI BP ICU ER
    ED GP US USA UK EU IL TNF CAR CAR-T ALS AD PD CNS CSF NMOSD AQP4 MOG MOGAD IVIG DMT DMTS
    ANA CRP ESR LDL HDL HBA1C A1C T1D T2D ADHD PTSD OCD UTI STI HPV HBV HCV TB GI ENT AI IQ
    NK TCR HLA CD4 CD8 CD34 CD20 MHC PCR ELISA BCG MMR RSV ACE ARB SSRI NSAID NSAIDS PPI UV
    IGG IGM IGA EBV CMV VZV HSV JCV PML GFR EGFR ALT AST"""
)
_GENERIC_STUDY_WORDS = word_set(
    """a an the this that these one another our their its his her new recent large small
    clinical randomized randomised controlled phase pilot cohort prospective retrospective
    observational multicenter multicentre international national landmark key major
    follow-up first second third latest"""
)
_NOT_A_JOURNAL = frozenset(
    {m.lower() for m in _MONTHS.split("|")} | {"english", "french", "german", "spanish", "print"}
)
_JOURNAL_WORDS = word_set(
    """journal lancet nature reviews review medicine jama bmj nejm annals archives proceedings
    science cell plos blood brain transplantation research letters bulletin reports gazette
    clinical medical therapeutics haematologica gut circulation diabetes cochrane neurol
    rheumatol transplant frontiers"""
)
_ORGANISATION_WORDS = word_set(
    """association society college academy organization organisation institute institutes
    foundation agency administration centers centres center centre council committee
    federation league alliance group board network consortium department ministry service
    services commission office clinic hospital university forum faculty authority
    taskforce programme program guild trust institution brigade"""
)
_COUNTRY_SUFFIXES = frozenset(
    {"UK", "US", "USA", "International", "Australia", "Canada", "Ireland", "Scotland", "Cymru", "NZ",
     "England", "Wales"}
)
STOP_WORDS = word_set("of and for the in on & a an to de du la der")
_PERSON_TITLES = ("dr ", "dr. ", "prof ", "prof. ", "professor ", "mr ", "mrs ", "ms ")
WORD_RE = re.compile(r"[A-Za-z0-9]+")
_ROMAN_OR_NUMBER_RE = re.compile(r"^(?:[IVX]+|\d+[A-Za-z]?)$")
_EDGE_PUNCT = ".,;:'\u2019\"()[]"


def attributed_years(text: str) -> list[int]:
    """Years that name when a cited source appeared ("a 2025 study", "published in 2023")."""
    years: list[int] = []
    if "19" not in text and "20" not in text:
        return years
    for match in YEAR_RE.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()]
        after = text[match.end() : match.end() + 80]
        is_attribution = (
            _YEAR_AFTER_VERB_RE.search(before)
            or _YEAR_AFTER_ET_AL_RE.search(before)
            or _YEAR_AFTER_FROM_RE.search(before)
            or (_YEAR_AFTER_DETERMINER_RE.search(before) and _NOUN_AFTER_YEAR_RE.match(after))
        )
        year = int(match.group(0))
        if is_attribution and year not in years:
            years.append(year)
    return years


def _clean_name(name: str) -> str:
    name = name.strip().strip(_EDGE_PUNCT).strip()
    # "The European Society of Human Reproduction and Embryology's guideline": the body, not
    # its possessive, is the name.
    name = re.sub(r"(?<=\w)['\u2019]s$", "", name)
    if name.lower().startswith("the "):
        name = name[4:]
    return name


def name_words(name: str) -> list[str]:
    """The lower-case words of a name, punctuation dropped."""
    return [w.lower() for w in WORD_RE.findall(name)]


def _is_journal_like(name: str) -> bool:
    return any(w in _JOURNAL_WORDS or w.endswith(("ology", "ologica")) for w in name_words(name))


def is_acronym(name: str) -> bool:
    """ALL-CAPS letters and digits, possibly hyphenated: "EULAR", "HALT-MS", "ACR/EULAR"."""
    return re.fullmatch(_ACRONYM, name) is not None


def is_source_acronym(name: str) -> bool:
    """An acronym that can name a source: not medical shorthand, not a roman numeral."""
    parts = [p for p in re.split(r"[/]", name) if p]
    return bool(parts) and all(
        is_acronym(p)
        and p.upper() not in MEDICAL_ABBREVIATIONS
        and not _ROMAN_OR_NUMBER_RE.match(p)
        for p in parts
    )


_IN_A_PLACE_RE = re.compile(r"\s(?:in|of|from|across|for)\s")


def _is_organisation(name: str) -> bool:
    # "Dr Patel", "Ms Lee": a person; "MS Society" (a body named for its cause) is not one
    if name.lower().startswith(_PERSON_TITLES) and not name.split()[0].isupper():
        return False
    if is_source_acronym(name):
        # a body's initials, not a study's number ("A5349 found")
        return sum(c.isalpha() for c in name) >= 2
    words = name_words(name)
    return len(words) >= 2 and (
        any(w in _ORGANISATION_WORDS for w in words)
        # a body named for its cause and its country: "Kidney Research UK", "Diabetes UK",
        # "Sport England"; not a place the words only sit in ("Doctors in England")
        or (name.split()[-1] in _COUNTRY_SUFFIXES and not _IN_A_PLACE_RE.search(name))
    )


def _headline_style(text: str) -> bool:
    """ "Key Findings From The SCOT Trial": title case, whose capitals mark no names."""
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # noqa: SIM110 - a plain loop: no generator to build for each sentence and cue list
        if word in text:
            return True
    return False


def may_name_by_shape(text: str) -> bool:
    """False where no name of the patterns here or of a trial's shape can stand in ``text``:
    each starts with a capital after a word that leads to it ("published in Nature"), or
    holds a second capital ("the HALT-MS study", "monarchE") or an acronym's digit ("A1 study").
    A sentence whose only capital is its first letter, followed by neither, names nothing so."""
    return _CAPITAL_RE.search(text, 1) is not None or _TWO_CAPITALS_RE.match(text) is not None


def attributed_names(text: str) -> list[str]:
    """Journals, organisations and named studies or guidelines the sentence gives as its source."""
    if not may_name_by_shape(text):
        return []  # (a one-word organisation speaking needs two capitals: see _is_organisation)
    names: list[str] = []
    low = text.lower()

    def add(raw: str) -> None:
        name = _clean_name(raw)
        if len(name) >= 2 and name.casefold() not in {n.casefold() for n in names}:
            names.append(name)

    # Cheap substring tests first: most sentences name no source at all.
    if _has_any(low, ("publish", "report", "appear", "printed")):
        for match in _JOURNAL_AFTER_VERB_RE.finditer(text):
            name = _clean_name(match.group("name"))
            # (not a place: "reported in the UK, the United States and Australia")
            if name.lower() not in _NOT_A_JOURNAL and not re.fullmatch(_YEAR, name) and name.casefold() not in COUNTRY_NAMES:
                add(name)
    if " in " in low and _has_any(low, _STUDY_NOUN_CUES) and _IN_NAME_RE.search(text):
        for match in _JOURNAL_AFTER_NOUN_RE.finditer(text):
            name = _clean_name(match.group("name"))
            if match.group("journal") or _is_journal_like(name):
                add(name)
    if _has_any(low, (" study", " paper", " review", " analysis", " article")):
        for match in _JOURNAL_BEFORE_WORK_RE.finditer(text):
            name = _clean_name(match.group("name"))
            if _is_journal_like(name) and not any(w in _ORGANISATION_WORDS for w in name_words(name)):
                add(name)
    if _TWO_CAPITALS_RE.search(text) and prefilter(_ACRONYM_SOURCE_RE).may_match(text, low):
        for match in _ACRONYM_SOURCE_RE.finditer(text):
            if is_source_acronym(match.group("name")):
                add(match.group("name"))
    if ("Study" in text or "Trial" in text) and not _headline_style(text):
        for match in _NAMED_STUDY_RE.finditer(text):
            words = match.group("name").split()
            while words and (
                words[0].lower() in _GENERIC_STUDY_WORDS or _ROMAN_OR_NUMBER_RE.match(words[0])
            ):
                words.pop(0)
            if len(words) >= 2 and not (
                is_acronym(words[0]) and words[0].upper() in MEDICAL_ABBREVIATIONS
            ):
                add(" ".join(words))
    for cues, words, pattern in zip(
        _ORGANISATION_CUES, _ORGANISATION_WORD_CUES, _ORGANISATION_RES, strict=True
    ):
        if not _has_any(low, cues) or (words and not _has_any(low, words)):
            continue
        for match in pattern.finditer(text):
            name = _clean_name(match.group("name"))
            if pattern is _SPEAKER_RE and _OBJECT_OF_PREPOSITION_RE.search(text, 0, match.start()):
                continue  # "the guideline on PCOS says": the guideline speaks, not PCOS
            if pattern is _PASSIVE_RE and is_acronym(name) and match.group(0)[:8].lower() == "approved":
                continue  # "approved by the FDA": a regulator's licence, a fact, not a source
            if _is_organisation(name):
                add(name)
    for name in institutions_named(text):
        add(name)
    # "EULAR" and "EULAR Task Force" name one source: keep the longer only once.
    return [
        n for n in names if not any(n != m and n.casefold() in m.casefold().split() for m in names)
    ]
