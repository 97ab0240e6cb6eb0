"""What follows a list of works on a captured page: under a label found by its entries
("Studies the clinic sent us:"), the page's text again after the entries (before, every later
paragraph was read as part of the list and left out of the body); after works by their authors,
the site's line with a span of years ("More from this issue … 1970 to 2020") ends the list.
And lines of a shop or a platform that are not claims: a count of its own items ("answered
questions (45)"), a guarantee that only refunds, the seller's boast of its happy customers."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

LIST = (
    "1. Okafor B, Lind T. Evening light and melatonin. Sleep Health. 2021;7(2):101-108.\n"
    "2. Haddad R, Quinn M. Screen curfews and sleep. J Adolesc Health. 2019;64(3):330-336.\n"
)


def test_the_text_after_the_entries_under_a_label_is_the_pages_again() -> None:
    page = (
        "Help Amir sleep again\n\nScreens delay sleep (1). Evening light matters too (2).\n\n"
        "Studies the clinic sent us:\n" + LIST + "\nWhere the money goes\n"
        "The course costs 9,000 pounds. Your gift will pay for:\n\nUpdates\nWe are halfway there.\n"
    )
    draft = parse_page(page)
    assert len(draft.references) == 2
    assert "Your gift will pay for:" in draft.body
    found = run(draft.body, draft.references, audience=draft.audience)
    assert [f.excerpt for f in codes(found, "dangling-lead-in")] == ["Your gift will pay for:"]


def test_works_by_their_authors_end_at_the_sites_line_with_a_span_of_years() -> None:
    page = (
        "Sepsis in the tropics\n\nEarly fluids are not always safe (Maitland et al., 2011).\n\n"
        "References\n"
        "Maitland K, Kiguli S, Opoka RO, et al. Fluid bolus in African children. N Engl J Med. 2011;364:2483-2495.\n"
        "Rudd KE, Johnson SC. Global sepsis incidence. Lancet. 2020;395:200-211.\n\n"
        "More from this issue\nReunion news from the years 1970 to 2020\nIn memoriam\n"
    )
    draft = parse_page(page)
    assert len(draft.references) == 2
    assert not any("Reunion" in r.title for r in draft.references)


def test_a_count_of_a_pages_own_items_is_not_a_citation() -> None:
    page = (
        "Zinc lozenges\n\nZinc may shorten a cold (1).\n\nAnswer: I take one a day. By Sam on 2 May 2024\n"
        "See more answered questions (45)\n\nReferences\n"
        "1. Hemila H. Zinc lozenges and the common cold. JRSM Open. 2017;8(5):1-7.\n"
    )
    draft = parse_page(page)
    found = run(draft.body, draft.references, audience=draft.audience)
    assert codes(found, "citation-unresolved") == []


def test_a_guarantee_that_only_refunds_is_not_promotion() -> None:
    assert codes(run("HelpFund Giving Guarantee: if a payment goes wrong, we'll refund your gift.\n", ()), "promotional-language") == []
    kept = "Sleep deeper and wake up a new person, guaranteed, or we will refund every penny.\n"
    assert len(codes(run(kept, ()), "promotional-language")) == 1


def test_the_sellers_count_of_its_happy_customers_is_its_boast_not_a_claim() -> None:
    body = "Britain's #1 magnesium brand, loved by over 90,000 happy customers.\n"
    assert codes(run(body, (), audience="patient"), "claim-uncited") == []
