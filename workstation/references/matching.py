"""Which library record an article reference cites: by DOI, by PMID, else by title and year.

Identifiers decide outright. Without one, a title that matches a record of the
same year almost word for word (rapidfuzz's token-sort ratio ≥ 95) links; a
close but not certain title, or one whose year is a year off (online first,
print later) or missing, is only *suggested*, and a reviewer decides. A
record whose DOI or PMID differs from the reference's own is never proposed:
those are two different works with similar titles (a paper and its erratum).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from db.tables.references import LINKED, SUGGESTED
from workstation.references.normalise import normalise_doi, normalise_pmid, title_key

LINK_SCORE = 95.0
SUGGEST_SCORE = 85.0
MIN_TITLE_KEY = 12  # shorter titles ("Obesity", "Hypertension") say too little to match on


@dataclass(frozen=True)
class Candidate:
    id: int
    doi: str
    pmid: str
    title_key: str
    year: int | None


@dataclass(frozen=True)
class Match:
    record_id: int
    state: str  # linked | suggested
    method: str  # doi | pmid | title
    score: float


class Matcher:
    """The library's records indexed for matching many references in a row."""

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self.by_doi: dict[str, int] = {}
        self.by_pmid: dict[str, int] = {}
        self.by_id: dict[int, Candidate] = {}
        self.by_year: dict[int | None, list[Candidate]] = {}
        for c in candidates:
            self.by_id[c.id] = c
            if c.doi:
                self.by_doi.setdefault(c.doi, c.id)
            if c.pmid:
                self.by_pmid.setdefault(c.pmid, c.id)
            if len(c.title_key) >= MIN_TITLE_KEY:
                self.by_year.setdefault(c.year, []).append(c)

    def __bool__(self) -> bool:
        return bool(self.by_id)

    def match(self, *, doi: str = "", pmid: str = "", title: str = "", year: int | None = None) -> Match | None:
        """The record this reference cites (linked), one it may cite (suggested), or None."""
        doi, pmid = normalise_doi(doi), normalise_pmid(pmid)
        if doi and doi in self.by_doi:
            return Match(self.by_doi[doi], LINKED, "doi", 100.0)
        if pmid and pmid in self.by_pmid:
            return Match(self.by_pmid[pmid], LINKED, "pmid", 100.0)
        key = title_key(title)
        if len(key) < MIN_TITLE_KEY:
            return None
        best: Match | None = None
        years = (year, year - 1, year + 1) if year else tuple(self.by_year)
        for candidate_year in years:
            pool = [c for c in self.by_year.get(candidate_year, ()) if _compatible(c, doi, pmid)]
            if not pool:
                continue
            found = process.extractOne(key, [c.title_key for c in pool], scorer=fuzz.token_sort_ratio,
                                       score_cutoff=SUGGEST_SCORE)
            if found is None:
                continue
            _, score, index = found
            certain = bool(year) and candidate_year == year and score >= LINK_SCORE
            state = LINKED if certain else SUGGESTED
            if best is None or _rank(state, score) > _rank(best.state, best.score):
                best = Match(pool[index].id, state, "title", round(float(score), 1))
        return best


def _rank(state: str, score: float) -> tuple[bool, float]:
    return (state == LINKED, score)


def _compatible(candidate: Candidate, doi: str, pmid: str) -> bool:
    """False when both carry a DOI (or a PMID) and they differ: different works."""
    if doi and candidate.doi and doi != candidate.doi:
        return False
    return not (pmid and candidate.pmid and pmid != candidate.pmid)
