"""``attribution-mismatch``: a claim names its source, and the cited reference is not that source.

A sentence such as "as stated in the 2023 EULAR recommendations update [1]" makes two
promises about reference 1: it is from 2023 and it is EULAR's. This check finds such
attributions (see :mod:`workstation.checks.sources`) and compares them with the cited
references' year, title and source (see :mod:`workstation.checks.source_match`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from workstation.checks.context import ArticleContext, describe_reference
from workstation.checks.decades import attributed_decades, reference_bears_decade
from workstation.checks.finding import ERROR, WARNING, Finding, make_finding, shorten
from workstation.checks.named_authors import authors_named, finders_years, reference_bears_author
from workstation.checks.named_sources import NamedSource, named_sources, organisation_years
from workstation.checks.nations import nation_contradicted
from workstation.checks.source_match import (
    about_another_medicine,
    medicine_named_elsewhere,
    reference_bears_journal,
    reference_bears_name,
    reference_bears_organisation,
    reference_bears_trial,
    reference_bears_year,
    same_trial,
    trials_named_in,
)
from workstation.checks.sources import attributed_names, attributed_years, is_source_acronym
from workstation.checks.studies_by_name import (
    laboratory_study_cited_to_reviews,
    named_finders,
    named_in_another_entry,
    own_paper_elsewhere,
    studies_named,
)
from workstation.checks.vocabulary import JOURNAL, ORGANISATION, TRIAL, Source, trial_key
from workstation.messages import message
from workstation.model import ReferenceData
from workstation.structure import Sentence

CODE = "attribution-mismatch"


def _bears(ref: ReferenceData, named: NamedSource) -> bool | None:
    # where the name stands in the sentence does not matter: sentences that name the same
    # source for the same reference share one comparison
    return _reference_bears(ref, named.kind, named.name, named.source)


@lru_cache(maxsize=4096)
def _reference_bears(ref: ReferenceData, kind: str, name: str, source: Source | None) -> bool | None:
    if source is not None and kind == ORGANISATION:
        return reference_bears_organisation(ref, source)
    if source is not None and kind == JOURNAL:
        return reference_bears_journal(ref, source)
    return reference_bears_trial(ref, name, source)


def _contradicted(verdicts: list[bool | None]) -> bool:
    """No reference bears the source out and at least one could have."""
    return False in verdicts and True not in verdicts


def _overlaps(text: str, name: str, named: list[NamedSource]) -> bool:
    at = text.find(name)
    if at < 0:
        return any(name.casefold() in n.name.casefold() for n in named)
    return any(n.start < at + len(name) and at < n.end for n in named)


def _named_elsewhere(named: NamedSource, refs: list[ReferenceData], others: Sequence[ReferenceData]) -> bool:
    """Is the trial the cited references leave open named by another reference's title?
    "… in the HOPE trial [5]" where reference 6 is "… (HOPE): a randomised trial" cites
    the wrong paper, whatever the vocabulary knows."""
    if named.kind != TRIAL:
        return False
    key = named.source.key if named.source else trial_key(named.name)
    return any(
        ref not in refs and any(same_trial(key, other) for other in trials_named_in(ref.title))
        for ref in others
    )


def _own_paper_elsewhere(named: NamedSource, refs: list[ReferenceData], others: Sequence[ReferenceData]) -> bool:
    """Is the trial's own paper, its name in the title, elsewhere on the list, while no cited
    reference names it? "In the D-Health trial … (Manson et al., 2019)" cites another vitamin D
    trial's paper when "The D-Health Trial: …" is listed: a paper on the same subject does not
    bear out a trial whose own paper the page has."""
    if named.kind != TRIAL:
        return False
    key = _trial_key(named)
    return not any(any(same_trial(key, t) for t in trials_named_in(ref.title)) for ref in refs) and (
        _named_elsewhere(named, refs, others)
    )


def _trial_key(named: NamedSource) -> str:
    return named.source.key if named.source else trial_key(named.name)


def _page_says_another_trial(named: NamedSource, refs: list[ReferenceData], earlier: str | None) -> bool:
    """Has the page already given the one cited reference as another trial's paper? "In the
    TIDES trial, … 2." then "In the CYD-TDV trials, … 2.": reference 2 cannot be both."""
    if named.kind != TRIAL or len(refs) != 1 or earlier is None:
        return False
    key = _trial_key(named)
    return not (same_trial(key, earlier) or same_trial(earlier, key))


# A review of many trials, by its title or its journal: "… Cochrane Database of Systematic
# Reviews", "… a systematic review and meta-analysis".
_REVIEW_RE = re.compile(r"\bcochrane\b|\bsystematic\s+reviews?\b|\bmeta-analys[ie]s\b", re.IGNORECASE)
_SENTENCE_NAMES_REVIEW_RE = re.compile(r"\breview|\bmeta-analys|\bcochrane\b|\bpooled\b", re.IGNORECASE)


def _only_reviews_cited(text: str, refs: list[ReferenceData]) -> bool:
    """Is a named trial cited only to reviews whose titles name no trial, in a sentence that
    names no review? "The ASPRE trial showed … (Duley et al., 2019)", a Cochrane review of
    antiplatelet agents: the trial's own paper is what bears it out, not a review of many."""
    return bool(refs) and _SENTENCE_NAMES_REVIEW_RE.search(text) is None and all(
        _REVIEW_RE.search(f"{ref.title} {ref.source}") and not trials_named_in(ref.title) for ref in refs
    )


def _mismatches(
    text: str, refs: list[ReferenceData], others: Sequence[ReferenceData] = (),
    named: list[NamedSource] | None = None, earlier_trial: str | None = None,
) -> tuple[list[str], list[str], bool]:
    """What the sentence names that none of ``refs`` bears out (``others``, the rest of the
    list, can show where a named trial was reported; ``earlier_trial``, the trial an earlier
    sentence gave the one cited reference to): (years, names, and whether every such name
    is a study the vocabulary does not know)."""
    if named is None:
        named = named_sources(text)
    bad_years: list[str] = []
    for year in dict.fromkeys([*attributed_years(text), *organisation_years(text, named), *finders_years(text)]):
        if _contradicted([reference_bears_year(ref, year) for ref in refs]):
            bad_years.append(str(year))
    for decade in attributed_decades(text):
        if _contradicted([reference_bears_decade(ref, decade) for ref in refs]):
            bad_years.append(f"{decade}s")
    bad_names: list[str] = []
    unknown_studies = True
    for source in named:
        if source.name in bad_names:
            continue
        verdicts = [_bears(ref, source) for ref in refs]
        if _contradicted(verdicts) or _own_paper_elsewhere(source, refs, others) or (
            True not in verdicts
            and (
                _named_elsewhere(source, refs, others)
                or _page_says_another_trial(source, refs, earlier_trial)
                or (source.kind == TRIAL and False not in verdicts and _only_reviews_cited(text, refs))
                or (
                    source.kind == TRIAL
                    and False not in verdicts
                    and (
                        all(about_another_medicine(text, ref) for ref in refs)
                        or medicine_named_elsewhere(text, refs, others)
                    )
                )
            )
        ):
            # Certain: a named trial is contradicted only by a title naming another trial,
            # or by what the vocabulary knows of it.
            bad_names.append(source.name)
            unknown_studies = False
    for name in studies_named(text):
        if not _overlaps(text, name, named) and own_paper_elsewhere(name, refs, others):
            bad_names.append(name)  # "The Global Burden of Disease study …" cited to others' papers
            unknown_studies = False
    for name in named_finders(text):
        # a source the vocabulary knows is compared above (by its initials too: "EULAR")
        if _overlaps(text, name, named) or any(name in b or b in name for b in bad_names):
            continue
        if named_in_another_entry(name, refs, others) and not any(reference_bears_name(ref, name) for ref in refs):
            bad_names.append(name)  # "The National Audit of … found" cited to another entry
            unknown_studies = False
    for name in authors_named(text):
        # "Tuomilehto and colleagues found …" cited to an entry by others
        if name not in bad_names and _contradicted([reference_bears_author(ref, name) for ref in refs]):
            bad_names.append(name)
            unknown_studies = False
    nation = nation_contradicted(text, refs)
    if nation is not None:
        bad_names.append(nation)  # "In the Kenyan trial …" cited to a trial "in France"
        unknown_studies = False
    laboratory = laboratory_study_cited_to_reviews(text, refs)
    if laboratory is not None:
        bad_names.append(laboratory)  # "A laboratory study … found" cited to a review of studies
        unknown_studies = False
    for name in attributed_names(text):
        if _overlaps(text, name, named) or name in bad_names:
            continue
        if _contradicted([reference_bears_name(ref, name) for ref in refs]):
            bad_names.append(name)
            unknown_studies = unknown_studies and is_source_acronym(name)
    return bad_years, bad_names, unknown_studies


def _join(items: Sequence[str]) -> str:
    """"a", "a and b", "a, b and c": each join its own sentence, so the window can translate it."""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return message("list.and", one=items[0], other=items[1])
    return message("list.comma", one=items[0], rest=_join(items[1:]))


def _message(bad_years: list[str], bad_names: list[str], refs: list[ReferenceData]) -> str:
    one = len(refs) == 1
    named = [
        message("attribution.decade", decade=y[:-1]) if y.endswith("s") else message("attribution.year", year=y)
        for y in bad_years
    ] + [
        message("quoted", text=n) for n in bad_names
    ]
    problems = []
    if bad_years:
        years = sorted({str(r.year) for r in refs if r.year})
        problems.append(
            message("attribution.from-one" if one else "attribution.from-many", years=_join(years))
            if years
            else message("attribution.another-year-one" if one else "attribution.another-year-many")
        )
    if bad_names:
        quoted = _join([message("quoted", text=n) for n in bad_names])
        problems.append(message("attribution.unmentioned-one" if one else "attribution.unmentioned-many",
                                names=quoted))
    if one:
        ref = refs[0]
        cited = message("attribution.cited-one", number=ref.number, reference=describe_reference(ref))
        match = message("attribution.match-one", number=ref.number)
    else:
        cited = message("attribution.cited-many", listed=[message("attribution.listed", number=r.number, reference=describe_reference(r)) for r in refs])
        match = message("attribution.match-many")
    joined = problems[0] if len(problems) == 1 else message("list.and", one=problems[0], other=problems[1])
    return message("finding.attribution-mismatch", named=_join(named), cited=cited, problems=joined, match=match)


# "In the trial, published in Thorax, 36 people …": the journal of a work the next sentence cites.
_PUBLISHED_IN_RE = re.compile(r"\bpublished\s+(?:today\s+|this\s+week\s+|online\s+)?in\b", re.IGNORECASE)


def _journal_before_its_citation(
    ctx: ArticleContext, sentence: Sentence, following: Sentence | None
) -> Finding | None:
    """A sentence that cites nothing, says where the work it describes was "published in", and
    whose next sentence in the paragraph cites that work: the journal is the next sentence's
    reference's, or the attribution is wrong."""
    if following is None or following.block != sentence.block or not _PUBLISHED_IN_RE.search(sentence.text):
        return None
    refs = [ctx.by_number[n] for n in ctx.cites(following) if n in ctx.by_number]
    if not refs:
        return None
    text = sentence.text
    journals = [
        name for name in attributed_names(text)
        if re.search(_PUBLISHED_IN_RE.pattern + r"\s+(?:the\s+)?(?:journal\s+)?" + re.escape(name), text, re.IGNORECASE)
    ]
    bad = [name for name in journals if _contradicted([reference_bears_name(ref, name) for ref in refs])]
    if not bad:
        return None
    return make_finding(
        CODE, ERROR, _message([], list(dict.fromkeys(bad)), refs), shorten(sentence.text, 400),
        sentence.start, sentence.end, refs[0].number if len(refs) == 1 else None,
    )


def _without_unresolved(ctx: ArticleContext, sentence: Sentence) -> str:
    """The sentence with the author-year citations that resolve to no entry blanked out: "(Lee et
    al., 2014)" names no year of the other works the sentence cites (that it resolves to nothing
    is citation-unresolved's business)."""
    cited = ctx.author_year.get(sentence.start) if ctx.author_year else None
    text = sentence.text
    for citation in cited.unresolved if cited is not None else ():
        text = text[: citation.start] + " " * (citation.end - citation.start) + text[citation.end :]
    return text


def _the_one_of_its_year(text: str, refs: list[ReferenceData]) -> ReferenceData | None:
    """Of the several references a sentence cites, the only one of the year it names, if so."""
    if len(refs) < 2:
        return None
    years = attributed_years(text)
    dated = [ref for ref in refs if years and all(reference_bears_year(ref, y) for y in years)]
    return dated[0] if len(dated) == 1 else None


def check(ctx: ArticleContext) -> Iterator[Finding]:
    """One error per cited claim whose named source its existing references contradict."""
    # reference number -> the trial the first sentence citing it alone names alone, rightly
    first_trial: dict[int, str] = {}
    sentences = ctx.structure.sentences
    for index, sentence in enumerate(sentences):
        cites = ctx.cites(sentence)  # by number, or by author and year
        if not ctx.in_article_text(sentence):
            continue
        if not cites:
            following = sentences[index + 1] if index + 1 < len(sentences) else None
            found = _journal_before_its_citation(ctx, sentence, following)
            if found is not None:
                yield found
            continue
        refs = [ctx.by_number[n] for n in cites if n in ctx.by_number]
        if not refs:
            continue  # unresolved citations are citation-unresolved's business
        text = _without_unresolved(ctx, sentence)
        named = named_sources(text)
        trials = [n for n in named if n.kind == TRIAL]
        earlier = first_trial.get(refs[0].number) if len(refs) == 1 else None
        bad_years, bad_names, unknown_studies = _mismatches(text, refs, ctx.references, named, earlier)
        if not bad_years and not bad_names:
            if len(refs) == 1 and len(trials) == 1 and earlier is None:
                # (a sentence that gives the entry to a trial wrongly does not make it that
                # trial's paper: a later one may give it to its own)
                first_trial[refs[0].number] = _trial_key(trials[0])
            continue
        dated = _the_one_of_its_year(text, refs) if not bad_years else None
        if dated is not None:
            refs = [dated]  # "A 2018 Harvard study [2, 3]": the study is reference 2, of 2018
        reference = refs[0].number if len(refs) == 1 else None
        # An acronym the vocabulary does not know, which no research paper's title or
        # source bears out, may still be that paper's study: ask the reviewer, not assert.
        severity = (
            WARNING
            if not bad_years and unknown_studies and all(r.type == "research" for r in refs)
            else ERROR
        )
        yield make_finding(
            CODE,
            severity,
            _message(bad_years, bad_names, refs),
            shorten(sentence.text, 400),
            sentence.start,
            sentence.end,
            reference,
        )
