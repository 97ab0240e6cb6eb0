"""The literal pre-filters of patterns skip a search only where it cannot match.

Three ways: by hand-picked shapes (a case-insensitive group, an alternation, the characters
whose lower case differs between ``str.lower`` and the regular-expression engine); every
pattern of the checks and the page readers against every line, sentence and block of the
checks corpus, the seeds and generated seed-like pages; and all the findings of those
articles with the filters on and off.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import workstation.checks as checks
from workstation import prefilter as prefilter_module
from workstation.checks import run_checks
from workstation.checks.vocabulary import _TOKEN_RE, vocabulary
from workstation.importers import read_article
from workstation.prefilter import branches, prefilter
from workstation.structure import analyze

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).parent / "check_corpus"
GENERATED = 40


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    return prefilter(pattern).may_match(text, text.lower())


def test_a_text_without_the_words_is_filtered_and_one_with_them_is_not() -> None:
    pattern = re.compile(r"\b(?:hazard|odds)\s+ratio\b|\bp\s*[<=>]\s*0?\.\d+", re.IGNORECASE)
    assert prefilter(pattern).tests  # it found something to test
    assert not _may_match(pattern, "Patients improved over twelve weeks.")
    assert _may_match(pattern, "The Hazard Ratio was 0.7.")
    assert _may_match(pattern, "Pain fell (p < .01).")


def test_case_is_kept_where_the_pattern_keeps_it() -> None:
    pattern = re.compile(r"(?P<name>[A-Z]\w+)\s+(?i:trial)\s+Group")
    assert not _may_match(pattern, "the trial group met")  # "Group" needs its capital
    assert _may_match(pattern, "The TRIAL Group met")


@pytest.mark.parametrize("text", ["\u017ftudy of 40 patients", "STUDY OF 40 PAT\u0130ENTS", "\u0131n a study"])
def test_characters_the_engine_folds_otherwise_are_never_filtered(text: str) -> None:
    pattern = re.compile(r"study of \d+ patients|in a study", re.IGNORECASE)
    assert _may_match(pattern, text) or not pattern.search(text)
    assert pattern.search(text)  # (each of them does match)


def test_an_optional_or_partly_open_alternation_requires_nothing() -> None:
    assert not prefilter(re.compile(r"(?:trial)?\d+")).tests
    assert not prefilter(re.compile(r"trial|\d+")).tests
    assert prefilter(re.compile(r"(?:trial|study){1,2}\d+")).tests


def _modules() -> Iterator[ModuleType]:
    for package in ("checks", "importers"):
        for path in sorted((ROOT / "workstation" / package).glob("*.py")):
            name = f"workstation.{package}.{path.stem}" if path.stem != "__init__" else f"workstation.{package}"
            __import__(name)
            yield sys.modules[name]


def _patterns(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list)):
        for item in value:
            yield from _patterns(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item, depth + 1)


def _all_patterns() -> list[re.Pattern[str]]:
    found: dict[int, re.Pattern[str]] = {}
    for module in _modules():
        for value in vars(module).values():
            for pattern in _patterns(value):
                found[id(pattern)] = pattern
    return list(found.values())


def _pages(folder: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import seed_like_pages
    finally:
        sys.path.remove(str(ROOT / "bench"))
    rng = random.Random(11)
    paths = []
    for index in range(GENERATED):
        path = folder / f"page{index:03d}.txt"
        path.write_text(seed_like_pages.page(index, rng), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    corpus = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".md", ".txt"))
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    return [*corpus, *seeds, *_pages(tmp_path_factory.mktemp("pages"))]


@pytest.fixture(scope="module")
def texts(articles: list[Path]) -> set[str]:
    """Every line, sentence, block and title of the articles."""
    found: set[str] = set()
    for path in articles:
        found.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines())  # as a page reader sees them
        draft = read_article(path)
        structure = analyze(draft.body)
        found.update(s.text for s in structure.sentences)
        found.update(b.text for b in structure.blocks)
        found.add(draft.title)
    return found


def test_no_pattern_of_the_checks_is_filtered_where_it_matches(texts: set[str]) -> None:
    patterns = _all_patterns()
    assert len(patterns) > 50
    filtered = wrong = 0
    for pattern in patterns:
        for text in texts:
            if _may_match(pattern, text):
                continue
            filtered += 1
            if pattern.search(text):
                wrong += 1
    assert not wrong
    assert filtered > len(texts)  # the filters do skip searches


def test_the_findings_are_the_same_with_and_without_the_filters(
    articles: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts = [read_article(path) for path in articles]

    def findings() -> list[tuple]:
        return [
            (f.code, f.severity, str(f.message), f.excerpt, f.start, f.end, f.reference, f.fingerprint)
            for d in drafts
            for f in run_checks(title=d.title, body=d.body, audience=d.audience, references=d.references)
        ]

    filtered = findings()
    monkeypatch.setattr(prefilter_module, "ENABLED", False)
    assert findings() == filtered
    assert len(filtered) > len(drafts) and {code for code, *_ in filtered} >= set(checks.CODES) - {
        "reference-retracted"
    }


def _spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


def test_an_alternation_is_split_at_its_own_bars_only() -> None:
    pattern = re.compile(r"(?<!\w)(?:alpha|[|)]beta|gamma\|delta|(?:epsilon|zeta)s)(?!\w)", re.IGNORECASE)
    narrowed = branches(pattern)
    text = "An Alpha, a |beta and gamma|delta."
    assert _spans(narrowed.pattern_for(text, text.lower()), text) == _spans(pattern, text) != []
    # a text with the words of no branch is not searched at all; one with some, by those branches
    assert narrowed.pattern_for("nothing here", "nothing here") is None
    assert narrowed.pattern_for("zetas", "zetas").pattern.count("|") == 1  # (?:epsilon|zeta)s alone
    # capturing groups and patterns without one outermost alternation are searched whole
    assert branches(re.compile(r"(a)|b")).pattern_for("x", "x").pattern == "(a)|b"
    assert branches(re.compile(r"(?:a|b)(?:c|d)")).pattern_for("x", "x").pattern == "(?:a|b)(?:c|d)"
    assert branches(re.compile(r"x(?:ab|cd)?")).pattern_for("x", "x").pattern == "x(?:ab|cd)?"


def test_an_alternation_narrowed_to_a_texts_branches_finds_what_the_whole_finds(texts: set[str]) -> None:
    narrowable = [p for p in _all_patterns() if branches(p).pattern_for("", "") is not p]
    assert narrowable  # the hype words' alternation among them
    narrowed = 0
    for pattern in narrowable:
        for text in texts:
            searched = branches(pattern).pattern_for(text, text.lower())
            narrowed += searched is not pattern
            assert _spans(searched, text) == _spans(pattern, text), (pattern.pattern[:60], text)
    assert narrowed > len(texts)


def test_the_vocabulary_skips_only_texts_that_name_nothing(
    texts: set[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    known = vocabulary()
    skipped = [t for t in texts if t.isascii() and not known._may_name(t, _TOKEN_RE.findall(t))]
    assert len(skipped) > len(texts) / 4
    monkeypatch.setattr(type(known), "_may_name", lambda self, text, written: True)
    assert [t for t in skipped if known.mentions(t)] == []
    assert any(known.mentions(t) for t in texts)
