"""Pages copied from a wiki: each section heading carries its "[edit]" link ("Treatment
[edit]"), and each entry of the list of works opens with the caret that links back to where
it is cited ("1. ^ Okafor N, Lind P (2019). …"), or with a caret and a letter for each place
("2. ^ a b Marsh T. …"). The headings are headings and the entries are the page's
references, so the marks in the text resolve."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

PAGE = """Hayfever
From FreeHealthWiki, the open encyclopaedia of health

Hayfever is an allergy to pollen that makes the nose run and the eyes itch.[1] It is most common in spring and early summer.[2]

Treatment [edit]
Antihistamine tablets ease sneezing in most people within an hour.[1] A steroid nose spray works better for a blocked nose but takes several days to reach full effect.[2]

Outlook [edit]
Symptoms often lessen with age.[2]

References [edit]
1. ^ Okafor N, Lind P (2019). "Oral antihistamines for seasonal allergic rhinitis". Allergy. 74 (3): 410-418.
2. ^ a b Marsh T, Ito K, et al. (2021). "Intranasal corticosteroids in hayfever: a review". Clinical and Experimental Allergy. 51 (2): 120-131.

Categories: Allergies | Conditions A-Z
"""


def test_wiki_entries_with_back_link_carets_are_the_pages_references() -> None:
    draft = parse_page(PAGE)
    assert [r.number for r in draft.references] == [1, 2]
    assert draft.references[0].title.startswith("Okafor N")
    assert draft.references[1].title.startswith("Marsh T")
    assert "Okafor" not in draft.body


def test_edit_links_after_headings_are_no_part_of_the_heading() -> None:
    draft = parse_page(PAGE)
    assert "## Treatment\n" in draft.body and "## Outlook\n" in draft.body
    assert "[edit]" not in draft.body


def test_the_marks_of_a_wiki_page_resolve() -> None:
    assert codes(page_findings(PAGE), "citation-unresolved") == []
    # a mark past the end of the list is still reported
    wrong = PAGE.replace("within an hour.[1]", "within an hour.[3]")
    assert len(codes(page_findings(wrong), "citation-unresolved")) == 1


def test_an_edit_mark_inside_a_sentence_is_left_as_printed() -> None:
    page = PAGE.replace("Symptoms often lessen with age.[2]", "Editors may [edit] this page freely. Symptoms often lessen with age.[2]")
    assert "may [edit] this page" in parse_page(page).body
