"""Two more shapes of a list of works with no numbers: works by their authors under a heading
that says the page draws on them ("Studies we draw on"), and bullets of works dated straight
after their authors in which one is by a body ("• National Institute for Health and Care
Excellence. 2023. Intrapartum care."). Before, neither was read as the reference list: every
citation by author and year on such a page was left unresolved or taken as an uncited study,
and the entries no one cites were missed."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page


def _findings(page: str):
    draft = parse_page(page)
    return draft, run(draft.body, draft.references, audience=draft.audience)


def test_works_under_studies_we_draw_on_are_the_reference_list() -> None:
    page = (
        "Migraine triggers\n\nMost people can tell an attack is coming (Giffin et al., 2003). "
        "Short sleep makes the next day's headache worse (Houle et al., 2012).\n\n"
        "Studies we draw on\n\n"
        "Giffin NJ, Ruggiero L, Lipton RB. Premonitory symptoms in migraine. Neurology. 2003;60(6):935-940.\n\n"
        "Houle TT, Butschek RA, Turner DP. Stress and sleep duration predict headache severity. Pain. 2012;153(12):2432-2440.\n\n"
        "Steiner TJ, Stovner LJ. Migraine remains second among the world's causes of disability. J Headache Pain. 2020;21(1):137.\n\n"
        "Try the app free for 14 days.\n"
    )
    draft, found = _findings(page)
    assert len(draft.references) == 3
    assert codes(found, "citation-unresolved") == []
    assert [f.reference for f in codes(found, "reference-uncited")] == [3]


def test_bullets_of_works_dated_first_may_hold_a_body() -> None:
    page = (
        "Perineal massage\n\nMassage from 34 weeks lowers the chance of a tear [Beckmann 2013]. "
        "NICE recommends it is offered [NICE 2023].\n\n"
        "Our sources\n"
        "\u2022 Beckmann MM, Stock OM. 2013. Antenatal perineal massage for reducing perineal trauma. Cochrane Database Syst Rev.\n"
        "\u2022 National Institute for Health and Care Excellence. 2023. Intrapartum care (NG235).\n"
        "\u2022 Smith LA, Price N, Simonite V. 2013. Incidence of and risk factors for perineal trauma. BMC Pregnancy Childbirth.\n"
        "\nThis blog does not replace advice from your midwife.\n"
    )
    draft, found = _findings(page)
    assert len(draft.references) == 3
    assert draft.references[1].title.startswith("National Institute for Health and Care Excellence")
    assert "Our sources" not in draft.body
    assert [f.reference for f in codes(found, "reference-uncited")] == [3]
