"""A number after a numbering noun that opens an item set apart by a middle dot ("Winter 2024 ·
Issue 87", "Autumn edition · Volume 12") labels the item, as after a bar: it is not a mark
citing the page's list, whatever the item before the dot ends with."""

from __future__ import annotations

from workstation.checks import run_checks
from workstation.importers.page_capture import parse_page

PAGE = (
    "THE HIVE HERALD\n"
    "Newsletter of the Dales Beekeepers Association · Member of the National Beekeeping Union\n"
    "Winter 2024 · Issue 87\n\n"
    "Bee stings and allergy: a note for members\n\n"
    "Most stings cause only pain and swelling that settles within a day or two [1]. A few "
    "people have a serious allergic reaction and need an adrenaline injection at once [2].\n\n"
    "Ask your GP about testing if a sting has ever made you wheezy or faint.\n\n"
    "References\n"
    "[1] Okafor BN, Lind S. Local reactions to insect stings. BMJ. 2019;365:l1432.\n"
    "[2] Resuscitation Council UK. Emergency treatment of anaphylaxis. London: RCUK; 2021.\n"
)


def test_an_issue_number_after_a_middle_dot_is_no_mark() -> None:
    draft = parse_page(PAGE)
    assert "[87]" not in draft.body
    found = run_checks(title=draft.title, body=draft.body, audience="patient", references=draft.references)
    assert [f.excerpt for f in found if f.code == "citation-unresolved"] == []


def test_a_volume_number_after_a_middle_dot_is_no_mark() -> None:
    page = PAGE.replace("Winter 2024 · Issue 87", "Winter 2024 · Volume 12")
    assert "[12]" not in parse_page(page).body
