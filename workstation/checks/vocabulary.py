"""The shipped vocabulary of sources: organisations, journals and named trials.

``data/sources.yaml`` lists each source with its abbreviations and former names; this
module loads it once and finds its names in a sentence. Matching works on words, not
characters: "SURMOUNT-1", "SURMOUNT 1" and "SURMOUNT1" are the same name, and so are
"National Heart, Lung, and Blood Institute" and "National Heart Lung Blood Institute".
Acronyms match only in their own capitals ("WHO", not "who"; "STEP 1", not "step 1").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

ORGANISATION = "organisation"
JOURNAL = "journal"
TRIAL = "trial"

# Letters and digits apart, so "STEP1" and "STEP 1" give the same words.
_TOKEN_RE = re.compile(r"[A-Za-z]+|[0-9]+")
# The words of _TOKEN_RE that begin with a capital.
_CAPITALISED_RE = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]*")
# Joining words that names drop or spell differently ("&" for "and").
_SKIPPED = frozenset({"and", "the"})
# ... in every spelling of their capitals ("The", "AND"), so a word is tested without lower()
_SKIPPED_SPELLINGS = frozenset(
    "".join(c.upper() if mask >> i & 1 else c for i, c in enumerate(word))
    for word in _SKIPPED
    for mask in range(2 ** len(word))
)
_MAX_FORM_WORDS = 10


@dataclass(frozen=True)
class Source:
    """One organisation, journal or trial, with every name it goes by."""

    kind: str
    name: str
    forms: tuple[str, ...]
    journals: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    year: int | None = None
    title: str = ""
    common: bool = False

    @property
    def key(self) -> str:
        """The name without spacing or case: "SURMOUNT-1" -> "SURMOUNT1"."""
        return trial_key(self.name)


@dataclass(frozen=True)
class Mention:
    source: Source
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Form:
    words: tuple[str, ...]  # lower case, joining words dropped
    originals: tuple[str, ...]  # as written, for forms matched in their own case
    case_sensitive: bool
    source: Source


def trial_key(name: str) -> str:
    return "".join(_TOKEN_RE.findall(name)).upper()


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(word as written, start, end) for every word of ``text``, joining words dropped."""
    return [
        (word, match.start(), match.end())
        for match in _TOKEN_RE.finditer(text)
        if (word := match.group()) not in _SKIPPED_SPELLINGS
    ]


def _places(text: str, written: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each word of ``tokens(text)``; ``written``: every word of ``text``
    (_TOKEN_RE's), in order. No letter or digit stands between one word and the next (the
    words are all the runs of them), so each is found first where the one before it ends."""
    places: list[tuple[int, int]] = []
    end = 0
    for word in written:
        start = text.find(word, end)
        end = start + len(word)
        if word not in _SKIPPED_SPELLINGS:
            places.append((start, end))
    return places


def _is_case_sensitive(form: str) -> bool:
    # Acronyms and names with inner capitals ("ESC", "RE-LY", "NordICC") keep their case;
    # one-word names ("Cochrane", "Circulation") need at least their capital.
    words = form.split()
    inner_capitals = any(any(ch.isupper() for ch in w[1:]) for w in words)
    return inner_capitals or len(words) == 1 or all(w.isupper() or w.isdigit() for w in words)


def _form(text: str, source: Source) -> _Form | None:
    originals = tuple(w for w, _, _ in tokens(text))
    if not originals or len(originals) > _MAX_FORM_WORDS:
        return None
    return _Form(tuple(w.lower() for w in originals), originals, _is_case_sensitive(text), source)


def _strings(entry: dict, field: str) -> tuple[str, ...]:
    return tuple(str(v) for v in entry.get(field) or ())


class Vocabulary:
    """Every source of ``sources.yaml``, indexed by the first word of each of its names."""

    def __init__(self, data: dict) -> None:
        self.sources: list[Source] = []
        for kind, section in (
            (ORGANISATION, "organisations"),
            (JOURNAL, "journals"),
            (TRIAL, "trials"),
        ):
            for entry in data.get(section) or ():
                name = str(entry["name"])
                forms = (
                    name,
                    *_strings(entry, "short"),
                    *_strings(entry, "former"),
                    *_strings(entry, "also"),
                )
                self.sources.append(
                    Source(
                        kind=kind,
                        name=name,
                        forms=forms,
                        journals=_strings(entry, "journals"),
                        about=tuple(a.lower() for a in _strings(entry, "about")),
                        year=entry.get("year"),
                        title=str(entry.get("title") or ""),
                        common=bool(entry.get("common")),
                    )
                )
        self._by_first: dict[str, list[_Form]] = {}
        for source in self.sources:
            for text in source.forms:
                form = _form(text, source)
                if form is not None:
                    self._by_first.setdefault(form.words[0], []).append(form)
        for forms in self._by_first.values():
            forms.sort(key=lambda f: -len(f.words))  # the longest name wins
        # The first words of names, by what a word of the text must be to start one: any
        # spelling, a capital first (a one-word name in its own case), or exactly as written.
        self._any_case: set[str] = set()
        self._capitalised: set[str] = set()
        self._as_written: set[str] = set()
        for first, forms in self._by_first.items():
            for form in forms:
                if not form.case_sensitive:
                    self._any_case.add(first)
                elif len(form.words) == 1 and not any(c.isupper() for c in form.originals[0][1:]):
                    self._capitalised.add(first)
                else:
                    self._as_written.add(form.originals[0])
        self.trials_by_key = {s.key: s for s in self.sources if s.kind == TRIAL}
        self._titled_trials = [
            (frozenset(w.lower() for w, _, _ in tokens(s.title)), s)
            for s in self.sources
            if s.kind == TRIAL and s.title
        ]

    def mentions(self, text: str) -> list[Mention]:
        """The sources named in ``text``, left to right, longest name first."""
        written = _TOKEN_RE.findall(text)
        if text.isascii() and not self._may_name(text, written):
            return []
        # The words alone first (cheap); their places only for a text that names something.
        words = [w for w in written if w not in _SKIPPED_SPELLINGS]
        lowered = " ".join(words).lower().split()  # (ASCII words: each lowered alone, the same)
        by_first = self._by_first
        matched: list[tuple[int, _Form, int]] = []
        index = 0  # words before this one belong to a name already found
        # only a name's first word can start it
        for at in [at for at, low in enumerate(lowered) if low in by_first]:
            if at < index:
                continue
            match = self._match_at(words, lowered, at)
            if match is not None:
                matched.append((at, *match))
                index = at + match[1]
        if not matched:
            return []
        spans = _places(text, written)  # the same words, with their places
        found: list[Mention] = []
        for at, form, size in matched:
            start, end = spans[at][0], spans[at + size - 1][1]
            found.append(Mention(form.source, start, end, text[start:end]))
        return found

    def _may_name(self, text: str, written: list[str]) -> bool:
        """False only when no word of an ASCII ``text`` can start a name (most sentences):
        set operations in C say so, before any word is looked at one by one. (ASCII only:
        elsewhere lower() may make letters of what the word pattern skips, "\u212a" (Kelvin).)
        ``written``: the words of ``text`` as written; in ASCII, lowering a text changes no
        word's bounds, so their lower case is the words of the lower-cased text."""
        if not self._as_written.isdisjoint(written):
            return True
        lowered = " ".join(written).lower().split()
        if not self._any_case.isdisjoint(lowered):
            return True
        if self._capitalised.isdisjoint(lowered):
            return False  # (no word in any case: none with its capital either)
        return not self._capitalised.isdisjoint([w.lower() for w in _CAPITALISED_RE.findall(text)])

    def _match_at(self, words: list[str], lowered: list[str], index: int) -> tuple[_Form, int] | None:
        candidates = self._by_first.get(lowered[index])
        if not candidates:
            return None
        for form in candidates:
            size = len(form.words)
            run = words[index : index + size]
            if size > 1 and tuple(lowered[index : index + size]) != form.words:
                continue  # (the first word is the one the candidates are listed under)
            if form.case_sensitive:
                if len(form.words) == 1 and not any(c.isupper() for c in form.originals[0][1:]):
                    if not run[0][:1].isupper():
                        continue
                elif any(w != o for w, o in zip(run, form.originals, strict=True)):
                    continue
            return form, size
        return None

    def trial_with_title(self, title: str) -> Source | None:
        """The known trial whose main paper has this title (nearly word for word)."""
        words = frozenset(w.lower() for w, _, _ in tokens(title))
        if not words:
            return None
        for known, source in self._titled_trials:
            common = len(words & known)
            if common >= 0.9 * len(known) and common >= 0.8 * len(words):
                return source
        return None


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The shipped vocabulary, read once."""
    text = resources.files("workstation.checks").joinpath("data/sources.yaml").read_text("utf-8")
    return Vocabulary(yaml.safe_load(text) or {})
