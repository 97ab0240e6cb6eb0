"""A study a sentence names ("The EPIC-Oxford study found …") whose paper is listed under
another number, its title naming it with the kind of study between ("… analysis of the
EPIC-Oxford cohort study"): the sentence cites another work. Before, only "randomised",
"controlled" or "clinical" were read between a name and "study" in a title, so the study's
own paper went unseen and the sentence's citation of a review went unchallenged."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

REFS = (
    ReferenceData(1, "research", "Gilsing AMJ, Crowe FL, Lloyd-Wright Z, et al. Serum concentrations of vitamin B12 in British omnivores, vegetarians and vegans: results from a cross-sectional analysis of the EPIC-Oxford cohort study. Eur J Clin Nutr. 2010;64:933-9.", "", 2010),
    ReferenceData(2, "research", "Rizzo G, Lagana AS, Rapisarda AMC, et al. Vitamin B12 among vegetarians: status, assessment and supplementation. Nutrients. 2016;8(12):767.", "", 2016),
)


def test_a_study_whose_cohort_paper_is_listed_elsewhere_is_a_mismatch() -> None:
    body = "The EPIC-Oxford study found that about half of the vegans it tested had low B12 levels [2].\n"
    found = codes(run(body, REFS), "attribution-mismatch")
    assert [f.reference for f in found] == [2]


def test_the_study_cited_to_its_own_cohort_paper_holds() -> None:
    body = "The EPIC-Oxford study found that about half of the vegans it tested had low B12 levels [1].\n"
    assert codes(run(body, REFS), "attribution-mismatch") == []
