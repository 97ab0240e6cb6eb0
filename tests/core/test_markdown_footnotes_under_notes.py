"""Markdown footnotes ("[^1]: Smith JA …") under a heading that may only hold a list of works
("## Notes") are the page's references, as a numbered list there is: the marks that cite
them ("…[^2]") resolve, and the section leaves the body."""

from __future__ import annotations

from workstation.importers import parse_markdown

TEXT = (
    '---\ntitle: "Cold sores"\nsite: "Harbour Pharmacy"\n---\n\n# Cold sores\n\n'
    "Most adults carry the virus that causes cold sores[^1]. Creams shorten an outbreak by about a day[^2].\n\n"
    "## Notes\n\n"
    "[^1]: Arduino PG, Porter SR. Herpes simplex virus type 1 infection: overview. J Oral Pathol Med. 2008;37(2):107-121.\n"
    "[^2]: Spruance SL, Nett R, Marbury T, et al. Acyclovir cream for treatment of herpes labialis. Antimicrob Agents Chemother. 2002;46(7):2238-2243.\n"
)


def test_footnotes_under_notes_are_the_references() -> None:
    draft = parse_markdown(TEXT)
    assert [(r.number, r.title[:10]) for r in draft.references] == [(1, "Arduino PG"), (2, "Spruance S")]
    assert "Spruance" not in draft.body and "cold sores [1]." in draft.body


def test_notes_that_are_not_works_stay_in_the_body() -> None:
    text = TEXT.split("## Notes")[0] + "## Notes\n\n[^1]: Ask your pharmacist before using a cream in pregnancy.\n"
    draft = parse_markdown(text)
    assert draft.references == () and "Ask your pharmacist" in draft.body
