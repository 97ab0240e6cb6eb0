"""Does a reference bear out a named source? Title, source and year against a name.

Journals are matched in full or abbreviated ("Nat Rev Rheumatol" for "Nature Reviews
Rheumatology"), acronyms as words or initials ("EULAR" in "European League Against
Rheumatism"), other names as words or, failing that, fuzzily (rapidfuzz).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from workstation.checks.context import word_set
from workstation.checks.named_sources import TRIAL_NAME, is_trial_name
from workstation.checks.sources import (
    STOP_WORDS,
    WORD_RE,
    YEAR_RE,
    is_acronym,
    is_source_acronym,
    name_words,
)
from workstation.checks.vocabulary import ORGANISATION, TRIAL, Source, tokens, trial_key, vocabulary
from workstation.model import ReferenceData

_MAX_ACRONYM = 16

@lru_cache(maxsize=1)
def _organisation_names() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """From the vocabulary: each organisation's acronyms with its full names (acronyms
    skip words, as "NICE" does), and each full name with its first acronym."""
    names: dict[str, tuple[str, ...]] = {}
    acronyms: dict[str, str] = {}
    for source in vocabulary().sources:
        if source.kind != ORGANISATION:
            continue
        full = tuple(f.lower() for f in source.forms if not is_acronym(f.replace(" ", "")))
        short = [f for f in source.forms if is_acronym(f.replace(" ", ""))]
        for acronym in short:
            names[acronym.upper()] = full
        for name in full:
            if short:
                acronyms.setdefault(" ".join(name_words(name)), short[0])
    return names, acronyms


def full_names(acronym: str) -> tuple[str, ...]:
    """The full names (lower case) the vocabulary gives an organisation's acronym: "NICE" ->
    "national institute for health and care excellence" and its former names."""
    return _organisation_names()[0].get(acronym.upper(), ())


@lru_cache(maxsize=1024)
def _reference_words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in WORD_RE.findall(text))


def _reference_text(ref: ReferenceData) -> str:
    return f"{ref.title} {ref.source}"


def _acronym_of(acronym: str, words: Sequence[str]) -> bool:
    """Does a run of consecutive ``words`` spell ``acronym``?

    Each word gives one to three leading letters ("EULAR": EUropean League Against
    Rheumatism) and stop words may give none. One pass over the words, keeping the
    set of acronym positions reachable by a run ending at the current word.
    """
    letters = acronym.lower().replace("-", "").replace("/", "")
    if not letters or len(letters) > _MAX_ACRONYM:
        return False
    reachable: set[int] = set()
    for word in words:
        if not word:
            reachable = set()
            continue
        following: set[int] = set()
        for position in reachable | {0}:
            for size in (1, 2, 3):
                end = position + size
                if end <= len(letters) and letters[position:end] == word[:size]:
                    following.add(end)
            if position and word in STOP_WORDS:
                following.add(position)
        if len(letters) in following:
            return True
        reachable = following
    return False


_ACRONYM_WORD_RE = re.compile(r"\b[A-Z]{3,}\b")


def _initials_of(acronym: str, words: Sequence[str]) -> bool:
    """Does ``acronym`` spell the whole name: each word one to three leading letters, a stop
    word none or its first? "ESHRE" is European Society (of) Human Reproduction (and)
    Embryology; "HA" is not American Heart Association. A long compound word may give its
    first letter and one more of its parts' ("OARSI": Osteo-Arthritis Research Society
    International)."""
    letters = acronym.lower()
    reachable = {0}
    for word in words:
        following: set[int] = set()
        for position in reachable:
            if word in STOP_WORDS:
                following.add(position)
            for size in (1, 2, 3) if word not in STOP_WORDS else (1,):
                end = position + size
                if end <= len(letters) and letters[position:end] == word[:size]:
                    following.add(end)
            if (
                word not in STOP_WORDS
                and len(word) >= 8
                and position + 2 <= len(letters)
                and letters[position] == word[0]
                and letters[position + 1] in word[3:]
            ):
                following.add(position + 2)
        reachable = following
        if not reachable:
            return False
    return len(letters) in reachable


def _abbreviates(name: Sequence[str], ref_words: Sequence[str]) -> bool:
    """Is there a run of ``ref_words`` that abbreviates ``name`` or that ``name`` abbreviates?

    'nat rev rheumatol' and 'nature reviews rheumatology' match either way round; stop
    words are skipped, and a one-word name needs four letters in common.
    """
    name = [w for w in name if w not in STOP_WORDS]
    ref = [w for w in ref_words if w not in STOP_WORDS]
    size = len(name)
    if not size or size > len(ref):
        return False
    for start in range(len(ref) - size + 1):
        run = ref[start : start + size]
        if size == 1 and min(len(run[0]), len(name[0])) < 4:
            continue
        if all(n.startswith(r) for n, r in zip(name, run, strict=True)) or all(
            r.startswith(n) for n, r in zip(name, run, strict=True)
        ):
            return True
    return False


def reference_bears_name(ref: ReferenceData, name: str) -> bool | None:
    """True/False when the reference's title and source confirm or contradict the name;
    None when the reference has no title or source to compare with."""
    text = _reference_text(ref)
    ref_words = _reference_words(text)
    if not ref_words:
        return None
    parts = [p for p in name.split("/") if p] if is_source_acronym(name) else [name]
    joined = f" {' '.join(ref_words)} "
    for part in parts:
        part_words = name_words(part)
        if not part_words:
            continue
        spelled = " ".join(part_words)
        if f" {spelled} " in joined:
            return True
        if is_acronym(part):
            full_names = _organisation_names()[0].get(part.upper(), ())
            if _acronym_of(part, ref_words) or any(f" {n} " in joined for n in full_names):
                return True
            continue
        acronym = _organisation_names()[1].get(spelled)
        if acronym and f" {acronym.lower()} " in joined:
            return True
        if _another_body_of_the_kind(part_words, ref_words):
            continue  # "British Menopause Society" against "… the North American Menopause Society"
        if len(part_words) >= 3 and any(_initials_of(a, part_words) for a in _ACRONYM_WORD_RE.findall(text)):
            return True  # "European Society of Human Reproduction and Embryology" in "ESHRE guideline"
        if _abbreviates(part_words, ref_words) or _all_words_in(
            part_words, _reference_words(ref.title), ref.source
        ):
            return True
        if _guidance_of_own_body(part_words, ref):
            return True
        if len(part) >= 6 and fuzz.partial_ratio(spelled, joined) >= 90:
            return True
    return False


def _another_body_of_the_kind(name: Sequence[str], ref_words: Sequence[str]) -> bool:
    """Does the reference name another body with this body's field and noun, told apart by
    the word before them ("North American Menopause Society" for the "British Menopause
    Society")?"""
    words = [w for w in name if w not in STOP_WORDS]
    if len(words) < 3 or words[-1] not in _ORGANISATION_NOUNS:
        return False
    tail, qualifier = words[-2:], words[-3]
    for i in range(1, len(ref_words) - 1):
        if list(ref_words[i : i + 2]) == tail and ref_words[i - 1] != qualifier:
            return ref_words[i - 1] not in STOP_WORDS
    return False


def _all_words_in(name: Sequence[str], title_words: Sequence[str], source: str = "") -> bool:
    """Every word of a study's name, in any order: "European Randomized Study" in "… in a
    randomized European study". An organisation's own words ("Concussion in Sport
    Group") need only what names its field, as the title of its statement does, and a
    body that writes guidelines ("National Osteoporosis Guideline Group") only its field
    in a guideline's title — unless the title or the journal names another body ("… An
    Endocrine Society Guideline", "Journal of the American Academy of Dermatology"), whose
    statement on the same field it then is."""
    words = [w for w in name if w not in STOP_WORDS]
    if len(words) >= 2 and words[-1] in _STUDY_WORDS and set(words) <= set(title_words):
        return True
    if (_ORGANISATION_NOUNS - set(words)) & {*_reference_words(source), *title_words}:
        return False  # another body's journal or statement: "… An Endocrine Society Guideline"
    # a programme's reports are titled by its field: "… chlamydia screening in England"
    field = [w for w in words if w not in _BODY_WORDS and w not in _PROGRAMME_WORDS]
    if len(words) > len(field) >= 2 and _run_in(field, [w for w in title_words if w not in STOP_WORDS]):
        return True
    topic = [w for w in field if w not in _GUIDELINE_WORDS]
    return (
        bool(topic)
        and len(topic) < len(field)
        and bool(_GUIDELINE_WORDS & set(title_words))
        and set(topic) <= set(title_words)
    )


def _run_in(words: Sequence[str], ref_words: Sequence[str]) -> bool:
    size = len(words)
    return any(list(ref_words[i : i + size]) == list(words) for i in range(len(ref_words) - size + 1))


_GUIDELINE_WORDS = word_set("guideline guidelines guidance")
# Nouns that make a journal's name a body's: "Journal of the American Academy of Dermatology".
_ORGANISATION_NOUNS = word_set(
    """society foundation association college academy institute council committee federation
    league alliance consortium"""
)
_PROGRAMME_WORDS = word_set("programme program scheme service")
_STUDY_WORDS = word_set("study trial trials programme program initiative project survey cohort")
_BODY_WORDS = word_set(
    """group society foundation association college academy institute council committee
    federation league alliance network consortium task force panel board organisation
    organization american british european international national"""
)


def _guidance_of_own_body(name: Sequence[str], ref: ReferenceData) -> bool:
    """Guidance in the body's own journal, whose name the body's name contains: the
    "American Academy of Otolaryngology-Head and Neck Surgery Foundation" publishes in
    "Otolaryngology-Head and Neck Surgery"."""
    journal = [w for w in _reference_words(_PARENTHESIS_RE.sub(" ", ref.source)) if w not in STOP_WORDS]
    if not journal or len("".join(journal)) < 8 or not _GUIDANCE_TITLE_RE.search(ref.title):
        return False
    body = [w for w in name if w not in STOP_WORDS]
    return len(body) > len(journal) and any(w in _BODY_WORDS for w in body) and _run_in(journal, body)


def reference_bears_year(ref: ReferenceData, year: int) -> bool | None:
    """True/False when the reference's year (or a year in its title) confirms or
    contradicts ``year``; None when the reference gives no year at all."""
    if ref.year == year or str(year) in _reference_text(ref):
        return True
    if ref.year is None and not YEAR_RE.search(_reference_text(ref)):
        return None
    return False


# Titles that read as an organisation's guidance, for references in its own journal
# whose title does not name it ("Standards of Care in Diabetes-2024", Diabetes Care; "Heel Pain:
# Revision 2023", a guideline revised in its body's journal).
_GUIDANCE_TITLE_RE = re.compile(
    # (a guideline's title may name only its task: "Diagnosis and treatment of …")
    r"\b(?:guidelines?|recommendations?|statement|standards\s+of\s+care|consensus|position|"
    r"diagnosis\s+and\s+(?:treatment|management)|"
    r"report|pathway|algorithm|update|advice|criteria|committee\s+opinion|revision|"
    r"practice\s+(?:parameter|pattern|bulletin|advisory))\b",
    re.IGNORECASE,
)
_PARENTHESISED_RE = re.compile(r"\((?P<name>[^()]{2,40})\)")
# "(the) EPIC-Oxford cohort study": the kind of study between its name and "study", as a
# sentence names it
_TRIAL_IN_TITLE_RE = re.compile(
    rf"(?<![\w-])(?P<name>{TRIAL_NAME})\s+(?:(?i:randomi[sz]ed|controlled|clinical|"
    r"double-blind|placebo-controlled|open-label|cohort|observational|prospective|pilot|"
    r"multicent(?:re|er)|phase\s+\d|\d)\s+)*(?i:trial|study)\b"
)


def _word_run(form: str, words: Sequence[str]) -> bool:
    """Are the words of ``form`` a run of consecutive ``words``?"""
    wanted = [w.lower() for w, _, _ in tokens(form)]
    size = len(wanted)
    return bool(size) and any(
        list(words[i : i + size]) == wanted for i in range(len(words) - size + 1)
    )


def _words_of(text: str) -> list[str]:
    return [w.lower() for w, _, _ in tokens(text)]


def reference_bears_organisation(ref: ReferenceData, source: Source) -> bool | None:
    """Does the reference come from this organisation: by any of its names in the title or
    source, or as guidance in one of its journals?"""
    words = _words_of(_reference_text(ref))
    if not words:
        return None
    if any(_word_run(form, words) for form in source.forms):
        return True
    title_words = _reference_words(ref.title)
    if any(
        _all_words_in(name_words(form), title_words, ref.source)
        for form in source.forms
        if not is_acronym(form.replace(" ", ""))
    ):
        return True  # its statement or guideline on its field
    if any(len(_words_of(j)) >= 2 and _word_run(j, _words_of(ref.title)) for j in source.journals):
        return True  # a chapter of its own publication: "Dengue: the green book, chapter 15a"
    if not ref.source.strip():
        # an entry printed whole on one line, its journal abbreviated in it: "… Diagnosis and
        # treatment of … J Urol. 2022;208(1):34-42."
        return bool(_GUIDANCE_TITLE_RE.search(ref.title)) and any(
            _abbreviates(name_words(j), title_words) for j in source.journals if len(name_words(j)) >= 2
        )
    return any(is_journal(ref.source, j) for j in source.journals) and bool(
        _GUIDANCE_TITLE_RE.search(ref.title)
    )


_PARENTHESIS_RE = re.compile(r"\([^()]*\)")


def is_journal(source: str, journal: str) -> bool:
    """Is ``source`` this journal, not another whose name contains it? "Gastroenterology"
    is not "The American journal of gastroenterology"; place and edition in brackets
    ("Lancet (London, England)") and an abbreviation before the name ("MMWR. Morbidity
    and mortality weekly report") are not part of the name."""
    printed = tokens(_PARENTHESIS_RE.sub(" ", source))
    wanted = _words_of(journal)
    words = [w.lower() for w, _, _ in printed]
    if words == wanted:
        return True
    return bool(printed) and printed[0][0].isupper() and len(printed[0][0]) > 1 and words[1:] == wanted


def reference_bears_journal(ref: ReferenceData, source: Source) -> bool | None:
    """Did the reference appear in this journal (full name or abbreviation)?"""
    if not _reference_words(_reference_text(ref)):
        return None
    return any(reference_bears_name(ref, form) for form in source.forms)


@lru_cache(maxsize=1024)
def trials_named_in(title: str) -> frozenset[str]:
    """Keys of the trials a reference's title names: "(STEP 2)", "The STEP 8 Randomized
    Clinical Trial", "the SURMOUNT-3 phase 3 trial", or any name the vocabulary knows."""
    names = {m.source.key for m in vocabulary().mentions(title) if m.source.kind == TRIAL}
    for match in _PARENTHESISED_RE.finditer(title):
        # "(SOLO 1 and SOLO 2)", "(ZORRO-1, ZORRO-2)": each name in the brackets
        for name in re.split(r"\s*(?:,|;|\band\b|&)\s*", match.group("name").strip()):
            if re.fullmatch(TRIAL_NAME, name) and is_trial_name(name):
                names.add(trial_key(name))
    for match in _TRIAL_IN_TITLE_RE.finditer(title):
        if is_trial_name(match.group("name")):
            names.add(trial_key(match.group("name")))
    return frozenset(names)


def same_trial(key: str, other: str) -> bool:
    # "the STEP trials" covers STEP 1 to STEP 8; "STEP 1" does not cover "STEP 8";
    # "CHRONOS" is "LIBERTY AD CHRONOS", a programme's name before the trial's.
    return (
        key == other
        or (not key[-1:].isdigit() and other.startswith(key))
        or (len(key) >= 5 and other.endswith(key))
    )


def _is_about(title: str, terms: Sequence[str]) -> bool:
    joined = f" {' '.join(_words_of(title))} "
    return all(f" {' '.join(_words_of(term))}" in joined for term in terms)


def reference_bears_trial(ref: ReferenceData, name: str, source: Source | None) -> bool | None:
    """Does the reference report this trial? By the trial its title names; else by the
    known title of the trial's paper; else by what the trial was about and when."""
    if not ref.title.strip():
        return None
    key = source.key if source else trial_key(name)
    named = trials_named_in(ref.title)
    if named:
        return any(same_trial(key, other) for other in named)
    if source and source.title and _word_set_close(source.title, ref.title):
        return True
    other = vocabulary().trial_with_title(ref.title)
    if other is not None:
        return same_trial(key, other.key)
    if source is None or not source.about:
        # A trial's own paper often leaves its name out of the title ("Thrombectomy 6 to
        # 24 Hours after Stroke …" is DAWN's): with nothing known about the trial, a title
        # that names no trial neither confirms nor contradicts it.
        return None
    return _is_about(ref.title, source.about) and (ref.year is None or ref.year >= (source.year or 0))


def _word_set_close(a: str, b: str) -> bool:
    first, second = set(_words_of(a)), set(_words_of(b))
    common = len(first & second)
    return bool(first) and common >= 0.9 * len(first) and common >= 0.8 * len(second)


# Common endings of medicines' international non-proprietary names (WHO INN stems): enough
# to tell one medicine from another without a list of medicines.
_MEDICINE_RE = re.compile(
    r"\b[a-z]{3,}(?:mab|tinib|ciclib|parib|lisib|rafenib|gliflozin|gliptin|glutide|xaban|"
    r"gatran|parin|floxacin|cillin|cycline|mycin|statin|sartan|pril|olol|prazole|tidine|setron|"
    r"triptan|gepant|previr|buvir|asvir|tegravir|vudine|lukast|sonide|tropium|siran|"
    r"zolid|conazole|dronate|navir|citinib)\b",
    re.IGNORECASE,
)


def _medicines(text: str) -> set[str]:
    return {m.group(0).lower() for m in _MEDICINE_RE.finditer(text)}


def about_another_medicine(text: str, ref: ReferenceData) -> bool:
    """Is the reference about another medicine than the sentence's? "Crizanlizumab cut pain
    crises in the SUSTAIN trial" cited to "… Trial of Ruxolitinib …": each names a medicine
    the other does not. For a trial the vocabulary does not know, against a title that
    names no trial."""
    in_title = _medicines(ref.title)
    if not in_title:
        return False
    in_sentence = _medicines(text)
    return bool(in_sentence - in_title) and bool(in_title - in_sentence) and not (in_sentence & in_title)


def medicine_named_elsewhere(
    text: str, refs: Sequence[ReferenceData], others: Sequence[ReferenceData]
) -> bool:
    """Is the sentence's medicine in another reference's title and in none of the cited
    ones? "Crizanlizumab cut pain crises in the SUSTAIN trial 5" where reference 6 is
    "Crizanlizumab for the Prevention of Pain Crises" and 5 is about voxelotor."""
    in_sentence = _medicines(text)
    if not in_sentence or any(in_sentence & _medicines(ref.title) for ref in refs):
        return False
    return any(ref not in refs and in_sentence & _medicines(ref.title) for ref in others)
