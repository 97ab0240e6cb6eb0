"""Two ways pages print their list of works that the import did not read: an entry that ends
with its site's bare domain ("… Sun safety. sunsmart.example.nz") with the next author's entry
on the line after it, and a forum's pinned list over its numbered entries ("📌 SOURCES SHARED
IN THIS THREAD (kept by the moderators)") after a rule."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

AUTHOR_YEAR_PAGE = (
    "Sun safety for junior cricket\n\n"
    "Most skin damage happens before the age of twenty (Cancer Society, 2022). Hats and "
    "sunscreen at training cut sunburn in children by about half (Moreau & Tane, 2019).\n\n"
    "References\n"
    "Cancer Society (2022). Sun safety for children. sunsmart.example.nz\n"
    "Moreau, L.J., & Tane, R.K. (2019). Sun protection at junior sports clubs: a cluster trial. "
    "Journal of Sport Health, 12(3), 210–218.\n"
)


def _checks(page: str) -> list:
    return page_findings(page, audience="patient")


def test_an_entry_ending_with_a_bare_domain_ends_there() -> None:
    draft = parse_page(AUTHOR_YEAR_PAGE)
    assert [r.title[:8] for r in draft.references] == ["Cancer S", "Moreau, "]


def test_a_citation_of_the_entry_after_a_bare_domain_resolves() -> None:
    assert codes(_checks(AUTHOR_YEAR_PAGE), "citation-unresolved") == []


def test_a_domain_inside_a_sentence_still_joins_a_wrapped_entry() -> None:
    page = AUTHOR_YEAR_PAGE.replace(
        "sunsmart.example.nz\n", "sunsmart.example.nz (accessed\n"
    ).replace("Moreau, L.J.", "2024). Moreau, L.J.")
    assert len(parse_page(page).references) == 1


FORUM_PAGE = (
    "Hay Fever Friends – Forum\n"
    "Forums › Treatments › Nasal sprays – worth it?\n\n"
    "──────────────\n"
    "Original post by meadow_7 · 3 Mar 2025\n"
    "Does anyone use a steroid nasal spray every day? Does it help?\n"
    "♥ 4  ·  Reply\n\n"
    "──────────────\n"
    "Reply from Mod_Ann · 3 Mar 2025\n"
    "Daily steroid sprays worked better than antihistamine tablets for blocked noses in a "
    "review of trials [1]. Starting two weeks before the season helps more [2].\n"
    "♥ 9  ·  Reply\n\n"
    "──────────────\n"
    "📌 SOURCES SHARED IN THIS THREAD (kept up to date by moderators)\n"
    "[1] Okafor BN, Lind S, Harte J, et al. Intranasal steroids versus oral antihistamines for "
    "seasonal rhinitis. BMJ. 2018;360:k112.\n"
    "[2] Lind S, Okafor BN. Pre-seasonal start of intranasal steroids: a randomised trial. "
    "Allergy. 2020;75:1402–1409.\n\n"
    "Forum rules: posts share experience, not medical advice.\n"
)


def test_a_pinned_list_of_sources_shared_in_a_thread_is_read() -> None:
    draft = parse_page(FORUM_PAGE)
    assert [r.number for r in draft.references] == [1, 2]
    assert draft.references[0].title.startswith("Okafor BN")


def test_the_marks_citing_a_pinned_list_resolve() -> None:
    assert codes(_checks(FORUM_PAGE), "citation-unresolved") == []
