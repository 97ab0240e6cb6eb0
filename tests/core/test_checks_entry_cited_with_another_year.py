"""An entry whose authors a page cites with another year ("(Lind & Sato, 2020)" for Lind and
Sato's entry of 2019) is not reported as cited by nobody: the citation was meant for it, and
that it names another year is reported once, as an unresolved citation."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

REFS = (
    ReferenceData(1, "other", "Lind K, Sato M. Daylight and sleep in shift workers. Sleep Health. 2019;5:40-46.", "", None),
    ReferenceData(2, "other", "Moreau P, Adeyemi O. Caffeine late in the day. J Sleep Res. 2021;30:e1.", "", None),
)


def test_an_entry_cited_by_its_authors_with_another_year_is_not_uncited() -> None:
    body = (
        "A page\n\nDaylight at the start of a shift helps sleep later (Lind & Sato, 2020). Coffee "
        "after 4pm delays sleep (Moreau & Adeyemi, 2021).\n"
    )
    findings = run(body, REFS)
    assert codes(findings, "reference-uncited") == []
    assert len(codes(findings, "citation-unresolved")) == 1
