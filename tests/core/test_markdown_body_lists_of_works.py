"""Markdown pages with front matter that holds no references, whose list of works is a
section of the body: under "## References" or "## Bibliography", or under a heading that
may only hold it ("## Notes", "## Read the paper") when works open that section. The list
is read as the article's references and taken out of the body; superscript marks in the
body then cite it, as do the marks of Markdown's own footnotes ("[^1]: …")."""

from __future__ import annotations

from workstation.importers import parse_markdown

FRONT = '---\ntitle: "Hay fever in children"\nsite: "Riverside Allergy Clinic"\n---\n\n'
WORKS = (
    "Ellis D, Parr K. Nasal sprays for seasonal allergic rhinitis in school-age children. Pediatr Allergy Immunol. 2022;33(5):e13790.",
    "Moreau C, Tan H. Pollen counts and emergency visits for asthma. Allergy. 2017;72(8):1201-1209.",
)


def test_a_numbered_list_under_read_the_paper_is_the_articles_references() -> None:
    text = (
        FRONT + "# Hay fever in children\n\nA steroid spray eased symptoms within a week [1].\n\n"
        "## Read the paper\n\n" + "\n".join(f"{n}. {w}" for n, w in enumerate(WORKS, 1)) + "\n\n"
        "## Contact us\n\nCall the clinic on weekdays.\n"
    )
    draft = parse_markdown(text)
    assert [(r.number, r.title[:7]) for r in draft.references] == [(1, "Ellis D"), (2, "Moreau ")]
    assert "Moreau" not in draft.body and "Call the clinic" in draft.body
    # a list in front matter wins over the body's section, which stays in the body
    listed = text.replace('site: "Riverside Allergy Clinic"', 'references:\n  - {title: "Listed in front matter"}')
    assert [r.title for r in parse_markdown(listed).references] == ["Listed in front matter"]


def test_a_bibliography_of_authors_entries_is_read_over_a_notes_section_before_it() -> None:
    text = (
        FRONT + "Sprays helped within a week (Ellis et al., 2022).\n\n## Notes\n\n"
        "1. The clinic funded none of this work.\n\n## Bibliography\n\n" + "\n\n".join(WORKS) + "\n"
    )
    draft = parse_markdown(text)
    assert [r.title[:7] for r in draft.references] == ["Ellis D", "Moreau "]
    assert "funded none" in draft.body


def test_superscript_marks_cite_a_list_under_notes() -> None:
    text = (
        FRONT + "Pollen peaks send more children to hospital\u00b2.\n\n## Notes\n\n"
        + "\n".join(f"{m} {w}" for m, w in zip("\u00b9\u00b2", WORKS, strict=True)) + "\n"
    )
    draft = parse_markdown(text)
    assert [r.number for r in draft.references] == [1, 2]
    assert "to hospital [2]." in draft.body
    # Markdown's own footnotes ("[^1]: …") are the list, and their marks cite it
    footnoted = parse_markdown(FRONT + "Sprays helped within a week[^1].\n\n## References\n\n[^1]: " + WORKS[0] + "\n")
    assert [r.title[:7] for r in footnoted.references] == ["Ellis D"]
    assert "within a week [1]." in footnoted.body and "[^1]" not in footnoted.body


def test_a_journal_in_emphasis_is_read_without_its_stars() -> None:
    entry = WORKS[1].replace("Allergy. 2017", "*Allergy*. 2017")
    draft = parse_markdown(FRONT + "Pollen peaks fill emergency rooms [1].\n\n## Read the paper\n\n1. " + entry + "\n")
    assert draft.references[0].title.endswith("Allergy. 2017;72(8):1201-1209.")
