"""Words a regular expression cannot match without, read from the expression itself.

Most sentences give most patterns nothing to find, yet a search of a long alternation tries
every branch at every position. :func:`prefilter` reads a compiled pattern's parse tree and
finds sets of literal strings of which every match must contain one (a literal run, or the
literals of each branch of an alternation); a sentence with none of one set's strings
cannot match, and a plain substring test says so in a fraction of the search's time.

The strings are derived, never written by hand, so a rule whose pattern changes keeps a
filter that is true to it. The filter is sound, not complete: it may let a sentence through
that the pattern then does not match, never the other way round. Case-insensitive parts
are tested on the lower-cased text; the few characters whose lower case differs between
``str.lower`` and the regular-expression engine's folding ("ı", "ſ", "İ") send the
sentence to the search unfiltered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

try:  # the parser is the engine's own, stable since Python 3.11 but not a public interface
    import re._constants as sre
    import re._parser as sre_parse
except ImportError:  # a Python that moved it: every sentence is searched, as without filters
    sre = sre_parse = None  # type: ignore[assignment]

# Off in tests that compare what the checks find with and without the filters.
ENABLED = sre_parse is not None

_ORSet = frozenset[tuple[str, bool]]  # (string, tested on the lower-cased text)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) if sre is not None else ()
_MAX_CLASS = 8  # a character class of more literals than this filters too little to test
_MAX_SETS = 2
# Characters whose lower case str.lower() and the engine's case folding disagree on.
_ODD_LOWER = ("\u0131", "\u017f", "\u0307")
_COMMON_MARKS = " .,;:'\"-()\u2019"


def _weight(text: str) -> float:
    """How rarely a string turns up in prose: longer is rarer, and so is punctuation."""
    return len(text) + 2 * sum(not c.isalnum() and c not in _COMMON_MARKS for c in text)


def _score(orset: _ORSet) -> float:
    return min(_weight(s) for s, _ in orset) - 0.01 * len(orset)


def _literal(code: int, ignorecase: bool) -> tuple[str, bool] | None:
    """A literal character as it is tested, or None when the test would be unsound."""
    char = chr(code)
    if not ignorecase or char.lower() == char.upper():
        return char, False
    if not char.isascii():
        return None  # a cased letter outside ASCII: the engine's folding is not str.lower's
    return char.lower(), True


def _best(sets: list[_ORSet]) -> _ORSet | None:
    return max(sets, key=_score) if sets else None


def _class(items: Iterable[tuple[object, object]], ignorecase: bool) -> _ORSet | None:
    chars: set[tuple[str, bool]] = set()
    for op, av in items:
        if op is not sre.LITERAL:
            return None  # a range, a category or a negation: too wide to test
        literal = _literal(av, ignorecase)  # type: ignore[arg-type]
        if literal is None:
            return None
        chars.add(literal)
    return frozenset(chars) if 0 < len(chars) <= _MAX_CLASS else None


def _required(items: Iterable[tuple[object, object]], ignorecase: bool) -> list[_ORSet]:
    """Sets of strings of which any match of the sequence ``items`` contains one each."""
    found: list[_ORSet] = []
    run: list[str] = []
    run_folded = False

    def flush() -> None:
        if run:
            found.append(frozenset({("".join(run), run_folded)}))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            literal = _literal(av, ignorecase)  # type: ignore[arg-type]
            if literal is None:
                flush()
                continue
            if run and literal[1] != run_folded:
                flush()
            run_folded = literal[1]
            run.append(literal[0])
            continue
        flush()
        if op is sre.SUBPATTERN:
            _, add, remove, body = av  # type: ignore[misc]
            inner = (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            found.extend(_required(body, inner))
        elif op is sre.ATOMIC_GROUP:
            found.extend(_required(av, ignorecase))  # type: ignore[arg-type]
        elif op in _REPEATS:
            low, _, body = av  # type: ignore[misc]
            if low >= 1:
                found.extend(_required(body, ignorecase))
        elif op is sre.BRANCH:
            branches = [_best(_required(branch, ignorecase)) for branch in av[1]]  # type: ignore[index]
            if all(b is not None for b in branches):
                found.append(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op is sre.IN:
            chars = _class(av, ignorecase)  # type: ignore[arg-type]
            if chars is not None:
                found.append(chars)
        # anything else (anchors, look-arounds, classes, back-references) requires nothing
    flush()
    return found


def _shortest(strings: set[str]) -> tuple[str, ...]:
    """The strings without those that contain another of them (which the other's test covers)."""
    return tuple(sorted(s for s in strings if not any(t != s and t in s for t in strings)))


class Prefilter:
    """The literal tests of one pattern: each a tuple of strings of which one must appear."""

    __slots__ = ("tests",)

    def __init__(self, sets: list[_ORSet]) -> None:
        # (strings in the lower-cased text, strings in the text as written), the shortest set first
        tests = [
            (_shortest({s for s, folded in orset if folded}), _shortest({s for s, folded in orset if not folded}))
            for orset in sets
        ]
        self.tests = tuple(sorted(tests, key=lambda t: len(t[0]) + len(t[1])))

    def may_match(self, text: str, low: str) -> bool:
        """False only where the pattern cannot match ``text`` (``low``: ``text.lower()``)."""
        if not ENABLED:
            return True
        if not low.isascii() and ("\u0131" in low or "\u017f" in low or "\u0307" in low):
            return True  # (_ODD_LOWER)
        # plain loops: no generator to allocate for each of the many sentences and patterns
        for folded, written in self.tests:
            for string in folded:
                if string in low:
                    break
            else:
                for string in written:
                    if string in text:
                        break
                else:
                    return False
        return True


@cache
def prefilter(pattern: re.Pattern[str]) -> Prefilter:
    """The literal tests for ``pattern`` (none when it needs no rare enough literal, or cannot be read)."""
    if sre_parse is None:
        return Prefilter([])
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        ignorecase = bool(parsed.state.flags & re.IGNORECASE)
        sets = [s for s in set(_required(parsed, ignorecase)) if _score(s) >= 2]
    except Exception:  # a parse tree the filter does not know: no filter rather than a wrong one
        return Prefilter([])
    sets.sort(key=_score, reverse=True)
    return Prefilter(sets[:_MAX_SETS])


def _split_alternation(source: str) -> tuple[str, list[str], str] | None:
    """``source`` as (text before, branches, text after) of its one outermost alternation:
    the whole pattern's, or that of the one top-level ``(?:…)`` group holding bars; None
    for any other shape."""
    bars: list[tuple[int, int, int]] = []  # (depth, position, start of the enclosing group)
    opened: list[int] = []
    for i, char in _unescaped(source, 0):
        if char == "(":
            opened.append(i)
        elif char == ")":
            if not opened:
                return None
            opened.pop()
        elif char == "|":
            bars.append((len(opened), i, opened[-1] if opened else -1))
        elif char == "[":
            return None  # a class left open
    if not bars or opened:
        return None
    depth = min(d for d, _, _ in bars)
    outer = [(at, group) for d, at, group in bars if d == depth]
    if depth > 1 or len({group for _, group in outer}) != 1:
        return None
    group = outer[0][1]
    if depth == 0:
        start, end = 0, len(source)
    else:
        if not source.startswith("(?:", group):
            return None
        start, end = group + 3, _closing(source, group)
        if source[end + 1 : end + 2] in ("?", "*", "+", "{"):
            return None  # a repeated or optional group: a match may take none of its branches
    cuts = [start - 1, *(at for at, _ in outer), end]
    branches = [source[a + 1 : b] for a, b in zip(cuts, cuts[1:], strict=False)]
    return source[:start], branches, source[end:]


def _closing(source: str, opening: int) -> int:
    """Where the group opened at ``opening`` closes (``source`` is balanced: checked above)."""
    depth = 0
    for i, char in _unescaped(source, opening):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"no group closes at {opening} in {source!r}")


def _unescaped(source: str, start: int) -> Iterator[tuple[int, str]]:
    """Each character of ``source`` from ``start`` that is neither escaped nor in a character
    class, with its position; a class still open at the end yields ``(len(source), "[")``."""
    i, in_class = start, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 2 if source.startswith("^]", i + 1) else 1  # "]" first in a class is a literal
            i += 1 if source.startswith("]", i) else 0
            continue
        else:
            yield i, char
        i += 1
    if in_class:
        yield len(source), "["


class Branches:
    """A pattern's outermost alternation with the literal test of each branch.

    A branch whose required strings a text lacks can match nowhere in it, so no search
    takes that branch: the pattern of the other branches finds exactly the same matches,
    and a long alternation narrowed to the two or three branches a sentence could match
    is searched several times faster.
    """

    __slots__ = ("_always", "_compiled", "_parts", "_pattern", "_tests")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._parts: tuple[str, list[str], str] | None = None
        # (string, tested on the lower-cased text, the branches that need it or another of their set)
        self._tests: tuple[tuple[str, bool, frozenset[int]], ...] = ()
        split = None if pattern.groups or pattern.flags & re.VERBOSE else _split_alternation(pattern.pattern)
        if split is None or sre_parse is None:
            return
        tests: dict[tuple[str, bool], set[int]] = {}
        always: list[int] = []
        try:
            for index, branch in enumerate(split[1]):
                parsed = sre_parse.parse(branch, pattern.flags)
                ignorecase = bool(parsed.state.flags & re.IGNORECASE)
                best = _best([s for s in set(_required(parsed, ignorecase)) if _score(s) >= 2])
                if best is None:
                    always.append(index)
                else:
                    for string in best:
                        tests.setdefault(string, set()).add(index)
        except Exception:  # a branch the filter cannot read alone: the whole pattern every time
            return
        self._parts = split
        self._tests = tuple((string, folded, frozenset(index)) for (string, folded), index in sorted(tests.items()))
        self._always = frozenset(always)

    def folded_strings(self) -> tuple[str, ...]:
        """The strings of these tests that are looked for in the lower-cased text."""
        return tuple(string for string, is_folded, _ in self._tests if is_folded)

    def within(self, text: str, low: str, found_in_low: frozenset[str] | None = None) -> Branches:
        """These tests for the parts of ``text`` (``low``: its lower case, each part's lower
        case a part of it): a string absent from the whole is absent from every part, so the
        parts need not test it, and each part is narrowed exactly as by the full tests.
        ``found_in_low``: what :func:`occurring` found in ``low`` of strings that include
        :meth:`folded_strings`, where the caller looked for them with others."""
        if not ENABLED or self._parts is None:
            return self
        narrowed = Branches.__new__(Branches)
        narrowed._pattern, narrowed._compiled, narrowed._parts = self._pattern, self._compiled, self._parts
        narrowed._always = self._always
        folded = found_in_low if found_in_low is not None else occurring(self.folded_strings(), low)
        written = occurring(tuple(string for string, is_folded, _ in self._tests if not is_folded), text)
        narrowed._tests = tuple(test for test in self._tests if test[0] in (folded if test[1] else written))
        return narrowed

    def pattern_for(self, text: str, low: str) -> re.Pattern[str] | None:
        """The pattern narrowed to the branches that may match ``text`` (``low``: its lower
        case); None when none may."""
        if not ENABLED or self._parts is None:
            return self._pattern
        if not low.isascii() and ("\u0131" in low or "\u017f" in low or "\u0307" in low):
            return self._pattern  # (_ODD_LOWER)
        active = set(self._always)
        for string, folded, needing in self._tests:
            if string in low if folded else string in text:
                active |= needing
        if not active:
            return None
        branches = self._parts[1]
        if len(active) == len(branches):
            return self._pattern
        key = tuple(sorted(active))
        compiled = self._compiled.get(key)
        if compiled is None:
            before, _, after = self._parts
            compiled = re.compile(before + "|".join(branches[i] for i in key) + after, self._pattern.flags)
            if len(self._compiled) < 4096:  # (a bound on what odd texts can make it hold)
                self._compiled[key] = compiled
        return compiled


def occurring(strings: tuple[str, ...], text: str) -> frozenset[str]:
    """Those of ``strings`` that occur in ``text``. One without white space can only occur
    inside one of its words, so it is looked for in the text's distinct words, a line each:
    fewer characters than a long text. So can each part of one with white space: its longest
    part is looked for there first. The strings are looked for the shortest first, and one
    that holds another found absent is absent too ("miracle" where "mirac" is not)."""
    plan = _plan(strings)
    if not plan:
        return frozenset()
    # (a few strings are looked for in the text itself: its distinct words take longer to gather)
    words = _distinct_words(text) if len(plan) > _FEW else text
    found: list[str] = []
    absent: set[str] = set()
    for string, part, inner in plan:
        if (inner and not absent.isdisjoint(inner)) or part not in words or (part != string and string not in text):
            absent.add(string)
        else:
            found.append(string)
    return frozenset(found)


_FEW = 3


@cache
def _plan(strings: tuple[str, ...]) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Each of ``strings``, the shortest first, with its longest part between white space (itself,
    for one without) and the others it holds."""
    distinct = sorted(dict.fromkeys(strings), key=len)
    return tuple(
        (string, max(string.split(), key=len, default=""), tuple(other for other in distinct[:index] if other in string))
        for index, string in enumerate(distinct)
    )


@lru_cache(maxsize=4)  # (a page's text is asked for several sets of strings in turn)
def _distinct_words(text: str) -> str:
    return "\n".join(set(text.split()))


@cache
def branches(pattern: re.Pattern[str]) -> Branches:
    """The branch tests of ``pattern`` (the whole pattern every time when it has no single
    outermost alternation, capturing groups, or verbose syntax)."""
    return Branches(pattern)
