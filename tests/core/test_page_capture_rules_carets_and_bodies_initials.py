"""Three ways captured pages print their lists of works that the import did not read.

A rule of dashes or underscores between a newsletter's sections ("-----") ends the block
before it: the label and list of works under it ("Sources for this piece" over "[1] …") are
the page's list, not one paragraph run on from the rule. Marks printed with a caret
("… in adults^2.") and entries numbered so ("^2 Smith JA, …") cite as superscripts do. A
body's work in an author-year list with its initials between its name and its year
("Royal College of Nursing (RCN) (2022) Title.") is an entry of its own, cited "(RCN,
2022)". Before, every mark citing such a list was reported unresolved."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page


def _found(page: str) -> tuple[list, list]:
    draft = parse_page(page)
    return list(draft.references), run(draft.body, draft.references, audience=draft.audience)


def test_a_list_of_works_under_a_rule_of_dashes_is_read() -> None:
    page = (
        "The Harbour Letter\n\nNews from the harbour office.\n\n"
        "------------------------------\n"
        "1. HEALTH: SLEEPING ON BOARD\n\n"
        "Most adults need seven to nine hours of sleep a night [1]. Noise from the quay "
        "wakes light sleepers, and earplugs reduce how often they wake [2].\n\n"
        "------------------------------\n"
        "2. NEW SHOWERS ON PONTOON 3\n"
        "The showers on pontoon 3 are open from 6am.\n\n"
        "------------------------------\n"
        "Sources for our health piece\n"
        "[1] National Sleep Council. How much sleep do adults need? sleepcouncil.example, 2023.\n"
        "[2] Marsh KT, Ode L. Earplugs and awakenings in shared accommodation. Sleep Health. 2021;7(2):101-108.\n\n"
        "You are receiving this as a berth holder. Unsubscribe\n"
    )
    references, found = _found(page)
    assert [r.number for r in references] == [1, 2]
    assert codes(found, "citation-unresolved") == []
    assert codes(found, "reference-uncited") == []


def test_a_rule_is_no_paragraph_of_its_own() -> None:
    page = "Clinic news\n\nOur clinic opens on Saturdays now.\n\n______________________\n\nParking is free after 6pm.\n"
    body = parse_page(page).body
    assert "___" not in body and "---" not in body
    assert "Parking is free after 6pm." in body


def test_caret_marks_and_caret_numbered_entries_cite_the_list() -> None:
    page = (
        "Ear wax in children\n\n"
        "Ear wax usually clears on its own^1. Olive oil drops can soften it before it is removed^2.\n\n"
        "Syringing is rarely needed in young children^3.\n\n"
        "References\n"
        "^1 Patel RN, Gray T. Ear wax in primary care. Br J Gen Pract. 2019;69(680):e1-e8.\n"
        "^2 Audiology Society. Softening ear wax. audiology.example, 2022.\n"
    )
    references, found = _found(page)
    assert [r.number for r in references] == [1, 2]
    assert codes(found, "reference-uncited") == []
    assert codes(found, "claim-uncited") == []
    # the third mark is past the list: reported, with its sentence
    unresolved = codes(found, "citation-unresolved")
    assert [f.reference for f in unresolved] == [3]
    assert "Syringing is rarely needed" in unresolved[0].excerpt


def test_a_power_printed_with_a_caret_is_no_mark() -> None:
    page = (
        "Counting bacteria\n\nA sample can hold 10^6 bacteria per millilitre [1].\n\n"
        "References\n[1] Lab Standards Office. Counting colonies. labs.example, 2020.\n"
    )
    draft = parse_page(page)
    assert "10^6" in draft.body or "10\u2076" in draft.body


def test_a_bodys_initials_between_its_name_and_its_year_open_an_entry() -> None:
    page = (
        "Keeping warm in winter\n\n"
        "Cold homes raise blood pressure in older people (RCN, 2022). Rooms kept at 18C "
        "are warm enough for most people (Hale et al., 2020), and a hot drink helps (Warmth Trust, 2021).\n\n"
        "References\n"
        "Royal College of Nursing (RCN) (2022) Cold weather and older people. rcn.example.\n"
        "Hale P, Osei K, Lund M, et al. (2020) Indoor temperature and health. Public Health Rev, 4.\n"
        "Warmth Trust (2021) Staying warm. warmth.example.\n"
    )
    references, found = _found(page)
    assert len(references) == 3
    assert codes(found, "citation-unresolved") == []
    assert codes(found, "reference-uncited") == []
