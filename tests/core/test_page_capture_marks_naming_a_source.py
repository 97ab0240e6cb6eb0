"""A number named as a source ("… swallows them (source 1).", "[source 2]") cites the page's
list as "(ref. 1)" does; one the list does not hold is still read as a citation, left as
printed, and reported unresolved."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

PAGE = (
    "Toxocara and dogs\n\n"
    "Infected dogs pass the eggs in their poo, and the eggs become infective in the soil "
    "after two to four weeks (source 1). The eggs can survive in soil for years (source 3).\n\n"
    "The US Centers for Disease Control and Prevention estimates that around 5% of people "
    "have been infected (source 2).\n\n"
    "Sources and links\n"
    "1. NHS. Toxocariasis. 2023. https://www.nhs.uk/conditions/toxocariasis/\n"
    "2. Nijsse R, Mughini-Gras L, Wagenaar JA. Environmental contamination with Toxocara eggs. "
    "Parasites & Vectors. 2015;8:397.\n"
)


def test_a_number_named_as_a_source_cites_it() -> None:
    body = parse_page(PAGE).body
    assert "four weeks [1]." in body
    assert "been infected [2]." in body
    assert "[source 1]" not in parse_page(PAGE.replace("(source 1)", "[source 1]")).body


def test_the_sources_cited_so_are_cited_and_the_one_not_listed_is_unresolved() -> None:
    found = page_findings(PAGE)
    assert codes(found, "reference-uncited") == []
    assert [f.excerpt for f in codes(found, "citation-unresolved")] == [
        "The eggs can survive in soil for years (source 3)."
    ]


def test_the_sentence_naming_another_body_is_compared_with_its_source() -> None:
    found = codes(page_findings(PAGE), "attribution-mismatch")
    assert [f.reference for f in found] == [2]


def test_a_list_whose_entries_are_named_sources_holds_what_they_cite() -> None:
    page = (
        "Meningitis in halls\n\n"
        "Meningitis is an infection of the layers around the brain [Source 1]. Students in "
        "halls are at higher risk [Source 2].\n\n"
        "Where this information comes from\n"
        "Source 1: NHS. Meningitis. nhs.uk, 2023.\n"
        "Source 2: UK Health Security Agency. Immunisation against infectious disease. 2022.\n"
    )
    assert [r.number for r in parse_page(page).references] == [1, 2]
    found = page_findings(page)
    assert codes(found, "citation-unresolved") == [] and codes(found, "reference-uncited") == []
