"""Citation numbers written after a sentence's last word, as captured pages print them.

"… elemental iron a day 6." cites reference 6; "… seen at week 52." and "… affects 1 in 4."
do not cite anything. A trailing number is a citation when the sentence reads complete
without it; where the structure leaves that open, the page's reference list and the
page's own use of the words decide. The structure is read from the words before the
number:

- a slot the number fills: a function word (a preposition, determiner, conjunction or
  auxiliary: "to", "than", "1 in 4", "was 2"), a symbol ("<", "=") or a clause break
  (",", "(") before it — the number belongs to the sentence;
- a noun phrase that is already complete — the number cites: a plural ("detectable drug
  levels 1", "in care homes 6": a plural noun is never labelled by a number), a number,
  a percentage or a unit after a quantity ("5 mg 2"), a closing bracket, or any word
  that does not take a number as its label;
- a numbering noun ("week", "phase", "type", "age": nouns English labels with a
  number): used bare it takes the number as its label ("at week 52", "in phase 3",
  "until age 3"). With a determiner or a quantity before it ("a day 6", "every 4 weeks
  2", "at all ages 1") or an adjective ("of reproductive age 1", "in the first year 3") the phrase is
  complete and the number cites. After another noun, a classifier keeps its label
  ("diabetes type 2", "CKD stage 4"), while a noun of time, age or amount is open to
  either reading ("drug level 1", "school age 2");
- a verb's particle after its pronoun object ("may have sped it up 2") ends the phrase:
  the number cites; a preposition that can stand alone as an adverb after a content
  word ("who have had dengue before 1") is open to either reading;
- a demonstrative as a preposition's object is a pronoun ("rates are now below that 4"):
  the number cites; "most" or a demonstrative otherwise standing alone at the clause's end
  ("helped most 2") is open to either reading, unless a limit ("at most 2"); a
  numbering noun after a time unit's "of" ("six months of age 3") ends a fixed phrase;
- a passive ("it is not recommended 4", "is generally well tolerated 4") takes no object:
  the number cites; so does an
  acronym right after a lower-case content word ("it blocks UVA 4"), which names a thing
  rather than a document or trial in a series ("the JNC 8", "in STEP 1");
- where the reading is open — a noun after a noun as above, an acronym or an active verb
  form in -ed, which may take a number of their own ("JNC 8", "enrolled 120") — the
  number cites only if the reference list has it and the page does not use the same word
  with that number elsewhere as a label ("level 1 evidence" elsewhere on the page makes
  "… graded as evidence level 1." a label).

Where the structure says the sentence is complete, a number the list lacks is still a
citation (an unresolved one, which the checks report).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from workstation.citations import format_citations

_TRAILING_NUMBERS_RE = re.compile(
    r"(?<=\S)[ \t]+(?P<nums>\d{1,3}(?:[ \t]*,[ \t]*\d{1,3})*)(?P<end>\.(?=\s|$)|[ \t]*$)"
)
# A word followed by a number and then more words: the page using the number as a label.
_LABEL_USE_RE = re.compile(r"(?<![\w-])([A-Za-z][\w-]*)[ \t]+(\d{1,3})(?=[ \t]+[A-Za-z(])")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Closed grammatical classes: a sentence that ends on one of them is unfinished.
_FUNCTION_WORDS = _words(
    """about above across after against along among around at before below beneath beside
    between beyond by during except for from in inside into near of off on onto over past
    per since than through till to toward towards under until up upon versus vs vs. via
    with within without approximately nearly almost roughly around only just least most
    a an the this that these those each every any no some all both either neither its
    their our your his her my whose which what and or nor but plus minus times is are was
    were be been being am has have had do does did will would can could may might must
    shall should aged no. nos. # max max. min min."""
)
# Nouns that name a member of a series, so that a number can label them. Classifiers
# ("type 2", "stage 4") label whatever noun they follow; nouns of time, age and amount
# ("week 52", "age 5") are labels only when used bare.
_CLASSIFIERS = _words(
    """phase type stage grade class step part chapter table figure fig. section page item
    question room arm tier zone wave round category lesson version covid covid-19 vitamin
    omega issue volume vol. episode edition"""
)
_COUNT_NOUNS = _words("week day month year visit cycle level age ages dose group cohort")
# What makes a noun phrase complete before a numbering noun: "a day", "4 weeks".
_DETERMINERS = _words(
    """a an the this that these those each every per one two three four five six seven
    eight nine ten twelve several many few its their our your his her my whose any some
    no all both"""
)
# Adjectives by their form: "reproductive", "childbearing", "detectable", "first".
_ADJECTIVE_ENDINGS = (
    "al", "ive", "ic", "ous", "ary", "ory", "able", "ible", "ful", "less", "ent", "ant",
    "ile", "ing", "ed", "ar",
)
_ORDINAL_RE = re.compile(r"^(?:first|second|third|next|last|final|same|\d+(?:st|nd|rd|th))$")
_SYMBOLS = frozenset("<>=\u2264\u2265\u00b1~\u2248+-\u2013\u2014/x\u00d7")
# (a bar separates the items of a line: "Contents: 1. Causes | 2. Treatment"; so does a middle
# dot or a bullet: "Winter 2024 \u00b7 Issue 87")
_OPEN_PUNCTUATION = (",", ";", ":", "(", "[", "\u2014", "\u2013", "-", "/", "|", "\u00b7", "\u2022")
_NUMBER_RE = re.compile(r"^[~\u2248<>]?\d[\d,.]*(?:%|\u2030)?$")
_DIGIT_GROUP_RE = re.compile(r"^\d+$")
_PHONE_GROUP_RE = re.compile(r"^[1-9]\d\d$")
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)*$")
_QUOTES = "\"'\u201c\u201d\u2018\u2019"

OPEN, COMPLETE, AMBIGUOUS = "open", "complete", "ambiguous"


def _bare(word: str) -> str:
    return word.lower().strip(_QUOTES).rstrip(",")


def _is_quantity(word: str) -> bool:
    return bool(_NUMBER_RE.match(word)) or word in _DETERMINERS


def _is_adjective(word: str) -> bool:
    return bool(_ORDINAL_RE.match(word)) or (
        len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS) and not word.endswith("ment")
    )


def _numbering_noun_reading(words: list[str], noun: str) -> str:
    """How a numbering noun that ends the sentence relates to the number after it."""
    modifiers: list[str] = []
    for word in reversed(words[-4:-1]):
        low = _bare(word)
        if _is_quantity(low):
            return COMPLETE  # "a day", "every 4 weeks", "the first year"
        if low in _FUNCTION_WORDS or word.endswith(_OPEN_PUNCTUATION):
            break
        modifiers.append(word)
    if not modifiers:
        if _after_time_unit(words[:-1]):
            return COMPLETE  # "six months of age", "40 weeks of gestation": a fixed phrase
        return OPEN  # used bare: "at week 52", "in phase 3"
    nearest = modifiers[0]
    if _is_adjective(_bare(nearest)) and not _ACRONYM_RE.match(nearest):
        return COMPLETE  # "of reproductive age", "in childbearing year"
    return OPEN if noun in _CLASSIFIERS else AMBIGUOUS


_TIME_UNITS = _words("days weeks months years")


def _after_time_unit(words: list[str]) -> bool:
    """Do the words end in "<a time unit> of" ("six months of" before "age")?"""
    return len(words) >= 2 and _bare(words[-1]) == "of" and _bare(words[-2]) in _TIME_UNITS


_BE = _words("is are was were be been being am get gets got")
# Adverbs that are not made with -ly: a closed class ("is generally well tolerated").
_PLAIN_ADVERBS = _words("not also still now usually often well very too so less more best better")


def _is_passive(words: list[str]) -> bool:
    """Does a form of "be" (with at most three adverbs between) come before the -ed form?"""
    for word in reversed(words[-5:-1]):
        low = _bare(word)
        if low in _BE:
            return True
        if not (low.endswith("ly") or low in _PLAIN_ADVERBS):
            return False
    return False


# A particle after a verb's pronoun object ends a phrasal verb: "sped it up", "gave them
# away". A pronoun takes no preposition's object after it, so the phrase is complete.
_OBJECT_PRONOUNS = _words("it them him her me us you")
_PARTICLES = _words("up down out off over back away on in around through along apart")
# Prepositions that also stand alone as adverbs at a clause's end ("had dengue before",
# "was seen soon after"): the number may be their object ("before 8") or a citation.
_ADVERBIAL_PREPOSITIONS = _words("before after since afterwards earlier later again ago")


def _after_content_word(words: list[str]) -> bool:
    """Is the word before the last a content word? Not "to", "not", "just", "shortly":
    "not before 2", "shortly after 6" take the number as their object."""
    if len(words) < 2:
        return False
    low = _bare(words[-2])
    return not (
        low in _FUNCTION_WORDS
        or low in _PLAIN_ADVERBS
        or low.endswith("ly")
        or low in ("just", "soon", "right", "long", "never")
    )


def _particle_after_pronoun(words: list[str]) -> bool:
    return (
        len(words) >= 3
        and _bare(words[-1]) in _PARTICLES
        and _bare(words[-2]) in _OBJECT_PRONOUNS
    )


# Words that stand alone as a pronoun or an adverb at a clause's end ("… falls steadily
# after that", "… helped most"), or take a number after them ("after that 2 weeks" reads
# on; "at most 2", "at least 2" are limits): open to either reading, unless a limit.
_STANDING_ALONE = _words("that this these those most least")
_DEMONSTRATIVES = _words("that this these those")
_LIMITS = _words("at the")
_PREPOSITIONS = _words(
    """about above across after against along among around at before below beneath beside
    between beyond by during except for from in inside into like near of off on onto over
    past since than through till to toward towards under until upon with within without"""
)


def _pronoun_object(words: list[str]) -> bool:
    """ "… below that", "… after this": a demonstrative as a preposition's object is a
    pronoun, and the phrase is complete."""
    return (
        len(words) >= 2
        and _bare(words[-1]) in _DEMONSTRATIVES
        and _bare(words[-2]) in _PREPOSITIONS
    )


def _stands_alone(words: list[str]) -> bool:
    return (
        len(words) >= 2
        and _bare(words[-1]) in _STANDING_ALONE
        and _bare(words[-2]) not in _LIMITS
    )


_RANGE_ENDS = _words("over above under below up")
_PLACE_PREPOSITIONS = _words("in across throughout outside within from")


def _closed_range(words: list[str]) -> bool:
    """ "aged 65 and over": an open-ended range after its number is a complete phrase."""
    return (
        len(words) >= 3
        and _bare(words[-1]) in _RANGE_ENDS
        and _bare(words[-2]) in ("and", "or")
        and bool(_NUMBER_RE.match(words[-3]))
    )


def _place_name(words: list[str]) -> bool:
    """ "in the US", "across the EU": a place named by its acronym takes no number."""
    return (
        len(words) >= 3
        and bool(_ACRONYM_RE.match(words[-1].strip(_QUOTES)))
        and _bare(words[-2]) == "the"
        and _bare(words[-3]) in _PLACE_PREPOSITIONS
    )


def _object_of_a_word(words: list[str]) -> bool:
    """ "it blocks UVA", "raised LDL": an acronym right after a lower-case content word names
    a thing, not a document or a trial in a series ("the JNC 8", "in STEP 1", "LIBERTY AD")."""
    if len(words) < 2:
        return False
    word = words[-2].strip(_QUOTES)
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and low not in _FUNCTION_WORDS
        and low not in _CLASSIFIERS
        and low not in _COUNT_NOUNS
    )


# Verbs whose object is a number ("call 999", "text QUIT to 60777", "press 2").
_NUMBER_TAKING_VERBS = _words("call dial phone ring text press")
# Words after which "to" ends a clause whose verb is understood ("if you are able to").
_ELLIPTICAL_TO = _words("able unable want wants wanted need needs needed wish ought willing supposed")


_AUXILIARIES = _words("do does did is are was were has have had can could will would should may might must")


def _elided_comparison(words: list[str]) -> bool:
    """ "… wears off as the toxin does", "… than it did": an auxiliary whose verb is left out
    after "as" or "than" and its subject ends the clause."""
    if len(words) < 3 or _bare(words[-1]) not in _AUXILIARIES:
        return False
    subject = _bare(words[-2])
    if subject in _FUNCTION_WORDS or _NUMBER_RE.match(subject) or words[-2].endswith(_OPEN_PUNCTUATION):
        return False
    return any(_bare(w) in ("as", "than") for w in words[-5:-2])


def _elided_infinitive(words: list[str]) -> bool:
    """ "… if they are able to": "to" with its verb left out ends the clause."""
    return len(words) >= 2 and _bare(words[-1]) == "to" and _bare(words[-2]) in _ELLIPTICAL_TO


def _proper_label(words: list[str]) -> bool:
    """ "Level 2, Bay 4", "Ward 7": a capitalised word inside the sentence (not its first, not
    an acronym) can be the name of a place or a thing in a series, labelled by the number."""
    word = words[-1].strip(_QUOTES)
    return (
        len(words) >= 2
        and word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and not words[-2].endswith((".", "!", "?"))
    )


# The readings above look at most five words back from the number.
_WORDS_READ = 6


def _last_words(head: str) -> list[str]:
    """``head.split()`` as far back as the readings look: the last six words, after the rest of
    the head unsplit (a paragraph's head is not split whole for each number in it)."""
    return head.rsplit(None, _WORDS_READ)


def reading(head: str) -> str:
    """How the sentence ending in ``head`` relates to a number written after it:
    "open" (the number belongs), "complete" (the number cites) or "ambiguous"."""
    words = _last_words(head)
    if not words:
        return OPEN
    before = words[-1]
    if before.endswith(_OPEN_PUNCTUATION) or before in _SYMBOLS:
        return OPEN
    if _DIGIT_GROUP_RE.match(before) and (
        before.startswith("0") or (len(words) > 1 and _DIGIT_GROUP_RE.match(words[-2]))
    ):
        return OPEN  # a group of a phone number or a code: "call 01632 960 789"
    if before.endswith((")", "]")) or _NUMBER_RE.match(before):
        return COMPLETE
    low = _bare(before)
    if _closed_range(words) or _place_name(words) or _particle_after_pronoun(words):
        return COMPLETE
    if low in _ADVERBIAL_PREPOSITIONS and _after_content_word(words):
        return AMBIGUOUS  # "who have had dengue before 1": the list decides
    if _pronoun_object(words):
        return COMPLETE  # "… rates are now below that 4": the number cites
    if _stands_alone(words):
        return AMBIGUOUS  # "… and falls steadily after that 2": the list decides
    if _elided_infinitive(words) or _elided_comparison(words):
        return COMPLETE  # "… if they are able to 1.", "… as the toxin does 3."
    if low in _FUNCTION_WORDS or low in _NUMBER_TAKING_VERBS:
        return OPEN
    if low in _CLASSIFIERS or low in _COUNT_NOUNS:
        return _numbering_noun_reading(words, low)
    if low.endswith("ed") and _is_passive(words):
        return COMPLETE  # "it is not recommended 4": a passive takes no object
    if _ACRONYM_RE.match(before):
        if len(words) >= 2 and _bare(words[-2]) in _NUMBER_TAKING_VERBS:
            return OPEN  # a service and its number: "call NHS 111", "text SHOUT 85258"
        return COMPLETE if _object_of_a_word(words) else AMBIGUOUS
    if low.endswith("ed") or _proper_label(words):
        return AMBIGUOUS
    # Any other word ends a phrase — plurals included: "levels 1" is not "level 1".
    return COMPLETE


# The number of such a use, found first: numbers are few where words are many, and a
# pattern that starts at a word is tried at every letter of the page.
_LABEL_NUMBER_RE = re.compile(r"[ \t](\d{1,3})(?=[ \t]+[A-Za-z(])")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def label_uses(text: str) -> frozenset[tuple[str, int]]:
    """(word, number) pairs the text uses as labels inside its sentences ("type 2 diabetes"):
    what ``_LABEL_USE_RE`` finds, read from each number back to its word."""
    uses = set()
    for match in _LABEL_NUMBER_RE.finditer(text):
        end = match.start()  # the blanks before the number, back to the word
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        start = end  # the word: letters, digits, "_" and "-", beginning with an ASCII letter
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):
            start -= 1
        if start < end and text[start] in _ASCII_LETTERS:
            uses.add((text[start:end].lower(), int(match.group(1))))
    return frozenset(uses)


def _icon(word: str) -> bool:
    """A word of pictographs alone ("♡", "❤", "👍"), as a page prints beside a count of
    likes or comments."""
    if word.isascii():
        return False  # (no ASCII character is a pictograph)
    marks = [ch for ch in word if unicodedata.category(ch) != "Mn"]
    return bool(marks) and all(unicodedata.category(ch) == "So" for ch in marks)


def is_citation(
    head: str,
    numbers: list[int],
    listed: Collection[int],
    labels: Collection[tuple[str, int]] = (),
) -> bool:
    """Is the number group after ``head`` a citation, given the reference numbers listed
    and the (word, number) labels the page uses elsewhere?"""
    if not numbers or any(n == 0 for n in numbers):
        return False
    how = reading(head)
    words = _last_words(head)
    if words and _PHONE_GROUP_RE.match(words[-1]) and not all(n in listed for n in numbers):
        return False  # a helpline's two groups the list does not hold: "Samaritans: 116 123"
    if words and _icon(words[-1]):
        return False  # a count beside its icon: a byline's "4 min read · ♡ 212", "💬 18"
    if how == COMPLETE:
        return True
    if how == OPEN or not listed or not all(n in listed for n in numbers):
        return False
    before = _bare(words[-1]) if words else ""
    return not (len(numbers) == 1 and (before, numbers[0]) in labels)


_DIGITS_RE = re.compile(r"\d+")


def link_trailing_citations(
    text: str, listed: Collection[int], labels: Collection[tuple[str, int]] = ()
) -> str:
    """'… published in 2025 1.' -> '… published in 2025 [1].'

    ``labels`` are the (word, number) pairs the whole page uses as labels (see
    :func:`label_uses`); without them only this text's own structure and the list decide.
    """

    def replace(match: re.Match[str]) -> str:
        printed = _DIGITS_RE.findall(match.group("nums"))
        if any(n.startswith("0") for n in printed):
            return match.group(0)  # "555 014": part of a telephone number, not a citation
        numbers = [int(n) for n in printed]
        if not is_citation(match.string[: match.start()], numbers, listed, labels):
            return match.group(0)
        return f" {format_citations(numbers)}{match.group('end').strip()}"

    return _TRAILING_NUMBERS_RE.sub(replace, text)
