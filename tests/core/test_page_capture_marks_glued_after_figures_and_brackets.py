"""Marks a page prints straight after a sentence's full stop when the sentence ends with a
figure ("… between 2010 and 2019.(3)", "… about 95%.(3)"), several marks run together after
the stop ("… headaches.(1)(2) There …"), and a mark straight after a closing bracket at the
end of a line ("… (every two years from age 50)(2)"): each is read as the citation it is."""

from __future__ import annotations

from workstation.checks import run_checks
from workstation.importers.page_capture import parse_page

LIST = (
    "References\n"
    "(1) Public Health Agency. Lyme disease: annual report for 2022. Ottawa: PHA; 2023.\n"
    "(2) Ministry of Health. National immunisation schedule 2024. Wellington; 2024.\n"
    "(3) Okafor BN, Lind S. Field effectiveness of a rabies vaccine. Vaccine. 2016;34(2):101–108.\n"
)


def _page(body: str) -> str:
    return (
        "Rabies vaccine before travel\n\nRead this page before you book a trip to a country where "
        "rabies is common.\n\nHere is what our pharmacists say about the vaccine and about who should have it. " + body + "\n\nAsk our pharmacists if you have any questions.\n\n" + LIST
    )


def _references(page: str) -> list[int | None]:
    draft = parse_page(page)
    found = run_checks(title=draft.title, body=draft.body, audience="patient", references=draft.references)
    return sorted(f.reference or 0 for f in found if f.code == "reference-uncited")


def test_a_mark_after_a_year_and_a_stop_is_read() -> None:
    body = (
        "Rabies is found on every continent but one.(1)(2) Vaccination prevented about 300 cases "
        "between 2010 and 2019.(3)"
    )
    assert "[3]" in parse_page(_page(body)).body
    assert _references(_page(body)) == []


def test_a_mark_after_a_share_and_a_stop_is_read() -> None:
    body = "The vaccine protected about 95%.(3) Most bites are from dogs.(1)(2)"
    assert "95%.[3]" in parse_page(_page(body)).body
    assert _references(_page(body)) == []


def test_marks_run_together_after_a_stop_are_each_read() -> None:
    body = "Older adults have more severe disease.(1)(2) There is no cure.(1) Few trials exist.(3)"
    assert "disease.[1, 2]" in parse_page(_page(body)).body.replace("[1][2]", "[1, 2]")


def test_a_mark_after_a_closing_bracket_at_a_line_end_is_read() -> None:
    body = (
        "Most bites are from dogs.(1) The vaccine protected about 95%.(3)\n\n"
        "- Boosters every five years (every two years from age 50)(2)\n"
        "- Keep your certificate with your passport"
    )
    assert _references(_page(body)) == []


def test_a_bracketed_letter_after_a_bracket_is_no_mark() -> None:
    body = "Most bites are from dogs.(1)(2) See section (b)(4) of the rules.(3)"
    assert "(b)(4)" in parse_page(_page(body)).body
