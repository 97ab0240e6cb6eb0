"""Citation marks in three more shapes a captured page prints: a number named as a note
("… more likely (note 1)."), a mark after a year ("… by 2030 (3).") and a mark closing a
clause before its conjunction ("… of tattoos (1), and …", "… two years (5), but …"). Before,
none was read: the entries they cite were reported as cited by nobody, their sentences as
uncited claims, and a mark citing a number the list lacks went unreported. A unit's "A(8), and"
is not a mark. Also: a count of homes stated on its own ("Around 1 in 25 homes …") is not
covered by a later citing sentence of its paragraph, as a count of people is not."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

LIST = (
    "\n\nReferences\n"
    "1. Serup J, Carlsen KH. Tattoo complications. Curr Probl Dermatol. 2015;48:48-60.\n"
    "2. Fisk WJ, Lei-Gomez Q. Dampness and mold in homes. Indoor Air. 2007;17(4):284-296.\n"
    "3. Ali M, Nelson AR. Global burden of cholera. PLoS Negl Trop Dis. 2015;9(6):e0003832.\n"
)


def _findings(text: str) -> list:
    draft = parse_page("Damp and health\n\n" + text + LIST + "\nContact us | Privacy\n")
    return run(draft.body, draft.references, audience=draft.audience)


def test_a_number_named_as_a_note_cites_its_entry() -> None:
    found = _findings(
        "Living with damp can make chest infections more likely (note 1). Children in damp "
        "homes are more likely to develop asthma (note 2). The roadmap aims to cut deaths by "
        "90% by 2030 (3)."
    )
    assert codes(found, "reference-uncited") == []
    assert codes(found, "claim-uncited") == []


def test_a_mark_closing_a_clause_before_its_conjunction_cites() -> None:
    found = _findings(
        "Infections are uncommon, happening in 1 to 5% of tattoos (1), and aftercare helps. "
        "Damp homes raise the risk of asthma by 40% (2), but ventilation helps. Cholera "
        "vaccines protect for at least two years (3). Doses last two years (5), but there are "
        "not enough to go round."
    )
    assert codes(found, "reference-uncited") == []
    assert [f.reference for f in codes(found, "citation-unresolved")] == [5]
    unit = parse_page(
        "Vibration\n\nEmployers must act above 2.5 m/s\u00b2 A(8), and for anyone with "
        "symptoms [1]. Tattoos [2] and cholera [3] are other matters." + LIST
    )
    assert "A(8), and" in unit.body  # a unit's bracketed figure is not a mark


def test_a_count_of_homes_on_its_own_is_not_covered_by_a_later_citation() -> None:
    found = _findings(
        "Around 1 in 25 homes in England has a damp problem. Babies are more at risk of harm "
        "from mould [2]. Tattoos [1] and cholera [3] are other matters."
    )
    assert [f.excerpt[:20] for f in codes(found, "claim-uncited")] == ["Around 1 in 25 homes"]

