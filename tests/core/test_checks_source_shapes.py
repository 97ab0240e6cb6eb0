"""Sources named in shapes the attribution check did not read: bodies whose names hold no
organisation word, a plural possessive's standards, a body that has confirmed something, a
named project, an author-year citation whose body name holds a number;
and a site's strip set apart by bars after the page's title heading."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData


def test_a_regulator_without_an_organisation_word_is_read_as_the_source() -> None:
    ref = ReferenceData(1, "research", "Noise exposure and hearing loss in carpenters", "Occup Med", 2017)
    body = "The Health and Safety Executive advises hearing checks every year for loud work [1].\n"
    assert codes(run(body, (ref,)), "attribution-mismatch")
    own = ReferenceData(1, "guideline", "Controlling noise at work", "Health and Safety Executive", 2021)
    assert not codes(run(body, (own,)), "attribution-mismatch")


OTHER_BODY = ReferenceData(1, "research", "Screen use and sleep quality in teenagers", "Sleep Health", 2020)


def test_a_plural_possessive_s_standards_and_a_body_that_has_confirmed_name_the_source() -> None:
    for body in (
        "The Royal College of Surgeons' standards say that consent is taken in clinic [1].\n",
        "The European Medicines Agency has confirmed that the vaccine is safe in pregnancy [1].\n",
        "The Royal College of Nursing's guidance asks for two checks before each dose [1].\n",
    ):
        assert codes(run(body, (OTHER_BODY,)), "attribution-mismatch"), body


def test_a_named_project_is_compared_with_the_cited_reference() -> None:
    body = "The HEARTS project found that a simple protocol improved blood pressure control [1].\n"
    assert codes(run(body, (OTHER_BODY,)), "attribution-mismatch")
    own = ReferenceData(1, "research", "The HEARTS project: results from six countries", "Lancet", 2021)
    assert not codes(run(body, (own,)), "attribution-mismatch")


def test_a_strip_set_apart_by_bars_after_the_title_heading_is_the_masthead() -> None:
    body = (
        "## Knee pain explained\n\nBrightJoint Clinics Same-day scans | 0% finance | Over 90,000 "
        "patients treated\n\nKnee pain is common and usually settles with exercise.\n"
    )
    assert not codes(run(body, audience="patient"), "claim-uncited")


def test_an_author_year_citation_whose_body_name_holds_a_number_resolves() -> None:
    ref = ReferenceData(
        1, "other", "Joint Expert Panel 17 Committee. (2011). Safety of sweeteners in drinks.", "", None
    )
    body = "Sweeteners at these doses are considered safe (Joint Expert Panel 17 Committee, 2011).\n"
    found = run(body, (ref,))
    assert not codes(found, "reference-uncited")
    assert not codes(found, "citation-unresolved")
