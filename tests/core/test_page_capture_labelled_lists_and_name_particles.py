"""Lists of works in three more shapes captured pages print them: a label with a colon inside
it printed straight over its numbered works ("Nerdy bit: what we read" over "1. Lieberman DE,
…"), a table copied with tabs whose header names its column of works ("No.\tReference") under
a label of its own ("Clinical evidence"), and "[n]" entries under any heading whose second
work opens with a surname's particle in lower case ("[2] von Vopelius-Feldt J, …"). Before,
none of the three was read as the reference list: every mark on such a page was reported as
an unresolved citation, and its uncited entries were missed."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

FIRST = "Lieberman DE, Venkadesan M. Foot strike patterns in barefoot runners. Nature. 2010;463:531-535."
SECOND = "Ridge ST, Olsen MT. Walking in minimalist shoes strengthens foot muscles. Med Sci Sports Exerc. 2019;51(1):104-113."


def _unresolved(page: str) -> list:
    draft = parse_page(page)
    return codes(run(draft.body, draft.references, audience=draft.audience), "citation-unresolved")


def test_a_label_with_a_colon_over_its_numbered_works_heads_the_list() -> None:
    page = (
        "Going barefoot\n\nRunners who grew up barefoot land on the forefoot [1]. Minimal shoes "
        "made foot muscles stronger [2].\n\nNerdy bit: what we read\n"
        f"1. {FIRST}\n2. {SECOND}\n\nJoin our list | Shipping | Returns\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2]
    assert draft.references[1].title.startswith("Ridge ST")
    assert "Nerdy bit" not in draft.body
    assert _unresolved(page) == []


def test_a_tab_table_whose_header_names_its_works_is_the_list_under_its_label() -> None:
    page = (
        "Short sight in children\n\nTime outdoors slows short sight (1). Special lenses slow it "
        "further (2).\n\nClinical evidence\nNo.\tReference\n"
        f"1\t{FIRST}\n2\t{SECOND}\n\nPlans from \u00a325 a month. Opticians Ltd \u00b7 Privacy\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2]
    assert draft.references[0].title.startswith("Lieberman DE")
    assert "Clinical evidence" not in draft.body
    assert _unresolved(page) == []


def test_an_entry_by_an_author_whose_surname_opens_with_a_particle_is_a_work() -> None:
    page = (
        "Air ambulances\n\nMost seriously injured people need a trauma centre [1]. Doctor-led "
        "crews cost more per life saved [2].\n\nNotes on our figures\n"
        "[1] Trauma Audit and Research Network. Major trauma outcomes 2023. 2024.\n"
        "[2] von Vopelius-Feldt J, Powell J. Cost-effectiveness of critical care paramedics. "
        "Emerg Med J. 2019;36(7):417-422.\n\nPlay our lottery from \u00a31 a week.\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2]
    assert draft.references[1].title.startswith("von Vopelius-Feldt J")
    assert "lottery" in draft.body
    assert _unresolved(page) == []
