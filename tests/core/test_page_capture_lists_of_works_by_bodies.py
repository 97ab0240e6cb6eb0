"""Lists of works in further shapes captured pages print them: footnotes at the page's foot,
under no heading, whose works are by bodies as well as by authors ("¹ NHS. Head lice. nhs.uk,
2023."); numbered works by a body named with its initials in parentheses ("1. Royal College
of Nursing (RCN). … 2022.") under a qualified heading ("Sources and useful links"); a list
run into one line after its label ("Sources: (1) …; (2) …; (3) …"); and an author-year list
whose entry, by a surname with a particle, joins two authors with "and" ("van Dijk R and
Shore KT (2020) …"). Before, the first three
lists were not read at all (every mark on their pages reported unresolved), and the last
entry was read into the one before it (so its mark went unresolved and the entry after
it was numbered one short)."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page


def _unresolved(page: str) -> list[str]:
    draft = parse_page(page)
    found = run(draft.body, draft.references, audience=draft.audience)
    return [f.excerpt for f in codes(found, "citation-unresolved")]


def test_footnotes_by_bodies_at_the_foot_are_the_reference_list() -> None:
    page = (
        "Harbour Lane Surgery\n\nHead lice in children\n\n"
        "Head lice are common in children aged 4 to 11.\u00b9 They do not spread disease.\u00b9\n\n"
        "Wet combing with a fine-toothed comb works for many families.\u00b2 Lotions from the "
        "pharmacy are an option too.\u00b3\n\n"
        "\u00b9 NHS. Head lice and nits. nhs.uk, 2023.\n"
        "\u00b2 Okafor T, Brennan J, Lai W, et al. Wet combing for head lice in primary school "
        "children. Arch Dis Child. 2021;106(4):340-345.\n"
        "\u00b3 National Institute for Health and Care Excellence. Head lice: clinical knowledge "
        "summary. 2022.\n\n"
        "Harbour Lane Surgery, 2 Mill Road \u00b7 Accessibility | Privacy\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert draft.references[0].title.startswith("NHS. Head lice")
    assert "Okafor T" not in draft.body
    assert _unresolved(page) == []


def test_a_footnote_that_is_no_work_stays_the_page_text() -> None:
    page = (
        "Head lice in children\n\nHead lice are common in children.\u00b9 Combing works.\n\n"
        "\u00b9 Ask at the front desk for a comb. We are open until 6pm.\n"
    )
    draft = parse_page(page)
    assert draft.references == ()
    assert "front desk" in draft.body


def test_numbered_works_by_bodies_with_their_initials_under_a_qualified_heading() -> None:
    page = (
        "Sunny Sands Campsite\n\nSun safety on site\n\n"
        "Sunburn in childhood raises the risk of skin cancer later in life (2). Use a sunscreen "
        "of at least SPF 30 (1). Stay in the shade between 11am and 3pm (1\u20133).\n\n"
        "Sources and useful links\n"
        "1. British Association of Dermatologists (BAD). Sunscreen fact sheet. 2023.\n"
        "2. Cancer Research UK. Sunburn and skin cancer. 2022.\n"
        "3. World Health Organization (WHO). Ultraviolet radiation. 2022.\n\n"
        "Sunny Sands Campsite \u00b7 Book now \u00b7 Privacy\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert draft.references[0].title.startswith("British Association of Dermatologists (BAD).")
    assert "Sources and useful links" not in draft.body
    assert _unresolved(page) == []


def test_a_list_run_into_one_line_after_its_label() -> None:
    page = (
        "Harvest Fair 2025\n\nEating wild mushrooms\n\n"
        "Some wild mushrooms look like edible ones but are deadly (1). Cooking does not make a "
        "poisonous mushroom safe (2). Children are most often poisoned at home (3). "
        "Call 111 if someone has eaten one (4).\n\n"
        "Sources: (1) Royal Botanic Gardens. Poisonous fungi. 2021; (2) NHS. Poisoning. nhs.uk, "
        "2024; (3) Moreno P, Ilyas S, Dunn K, et al. Mushroom poisoning in children. Clin "
        "Toxicol. 2019;57(6):412-418.\n\n"
        "Harvest Fair is run by volunteers \u00b7 Privacy \u00b7 Cookies\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert draft.references[1].title.startswith("NHS. Poisoning.")
    assert draft.references[2].title.startswith("Moreno P, Ilyas S")
    assert "Sources:" not in draft.body
    # The mark past the list of three is still reported.
    assert _unresolved(page) == ["Call 111 if someone has eaten one (4)."]


def test_a_sentence_with_a_colon_and_numbered_items_is_no_list() -> None:
    page = (
        "Harvest Fair 2025\n\nPicking safely\n\n"
        "Our advice: (1) pick only what you know; (2) wash your hands; (3) keep pets away.\n"
    )
    draft = parse_page(page)
    assert draft.references == ()
    assert "pick only what you know" in draft.body


def test_an_author_year_entry_joining_two_authors_with_and() -> None:
    page = (
        "Walking and mood\n\nA brisk walk can lift your mood (van Dijk and Shore, 2020). Sleep "
        "matters too (Royal College of Psychiatrists, 2022). Light helps (Varga et al., 2019).\n\n"
        "References\n"
        "Royal College of Psychiatrists (2022) Sleeping well. rcpsych.ac.uk.\n"
        "van Dijk R and Shore KT (2020) Walking and mood in older adults. Age and Ageing, 49(2), 210\u2013216.\n"
        "Varga L, Nagy B, Toth E, et al. (2019) Morning light and mood. Journal of Affective Disorders, 250, 1\u20138.\n"
    )
    draft = parse_page(page)
    assert len(draft.references) == 3
    assert draft.references[1].title.startswith("van Dijk R and Shore KT (2020)")
    assert _unresolved(page) == []
