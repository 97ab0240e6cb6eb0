"""Markdown with YAML front matter: errors that name the field, and write-then-read identity."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.errors import ImportFailed
from workstation.importers import parse_markdown, parse_text, write_markdown
from workstation.model import AUDIENCES, REFERENCE_TYPES, ArticleDraft, ReferenceData
from workstation.structure import extract_claims

GOOD = """---
title: Vitamin D and bone health
audience: caregiver
last_updated: 2025-03-01
authors: [A. Author, B. Author]
topic: Endocrinology
references:
  - {type: research, title: Vitamin D trial, source: NEJM, year: 2019, doi: 10.1056/x}
  - {type: guideline, title: Bone guideline, source: NOF, year: 2022}
---
# Background

Vitamin D supports calcium absorption [1]. Guidelines recommend screening [1, 2].

- Ranges cite all numbers [1-2]
"""


def test_parses_front_matter_and_citations() -> None:
    a = parse_markdown(GOOD)
    assert a.title == "Vitamin D and bone health"
    assert a.audience == "caregiver" and a.last_updated == date(2025, 3, 1)
    assert a.authors == ("A. Author", "B. Author")
    assert [r.title for r in a.references] == ["Vitamin D trial", "Bone guideline"]
    assert [c.citations for c in extract_claims(a.body)] == [(1,), (1, 2), (1, 2)]


@pytest.mark.parametrize(
    ("front", "field"),
    [
        ("audience: patient", "'title' is required"),
        ("title: ''", "'title' is empty"),
        ("title: [a, b]", "'title' must be text"),
        ("title: x\naudience: doctor", "'audience'"),
        ("title: x\nlast_updated: yesterday", "'last_updated'"),
        ("title: x\nreferences: nope", "'references' must be a list"),
        ("title: x\nreferences: [{type: blog}]", "'type'"),
        ("title: x\nreferences: [{title: t, year: soon}]", "'year'"),
        ("title: x\nstatus: Published", "'status'"),
        ("title: x\nauthors: {a: 1}", "'authors'"),
        ("title: [unclosed", "malformed YAML"),
        ("- just\n- a list", "expected 'key: value'"),
    ],
)
def test_bad_front_matter_names_the_field(front: str, field: str) -> None:
    with pytest.raises(ImportFailed, match=field.replace("[", r"\[")):
        parse_markdown(f"---\n{front}\n---\nBody text here.\n")


def test_unclosed_front_matter_and_empty_body() -> None:
    with pytest.raises(ImportFailed, match="no closing"):
        parse_markdown("---\ntitle: x\nBody\n")
    with pytest.raises(ImportFailed, match="no body"):
        parse_markdown("---\ntitle: x\n---\n\n  \n")


def test_markdown_without_front_matter_takes_the_heading() -> None:
    a = parse_text("# A title\n\nSome body text that says something.\n", name="x.md")
    assert a.title == "A title" and a.warnings


_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=0, max_size=40)
_reference = st.builds(
    ReferenceData,
    number=st.just(0),
    type=st.sampled_from(REFERENCE_TYPES),
    title=_text,
    source=_text,
    year=st.none() | st.integers(1, 9999),
    doi=_text,
    pmid=_text,
    url=_text,
)


@st.composite
def drafts(draw) -> ArticleDraft:  # type: ignore[no-untyped-def]
    refs = draw(st.lists(_reference, max_size=5))
    body = draw(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), min_size=1, max_size=300).filter(str.strip))
    return ArticleDraft(
        title=draw(_text.filter(str.strip)),
        body=body,
        audience=draw(st.sampled_from(AUDIENCES)),
        last_updated=draw(st.none() | st.dates()),
        authors=tuple(draw(st.lists(_text, max_size=3))),
        topic=draw(_text),
        status=draw(st.sampled_from([None, "Submitted", "Under Review", "Approved"])),
        references=tuple(
            ReferenceData(i, r.type, r.title, r.source, r.year, r.doi, r.pmid, r.url) for i, r in enumerate(refs, 1)
        ),
        source_format="markdown",
    )


@settings(max_examples=300, deadline=None)
@given(drafts())
def test_write_then_read_is_the_identity(draft: ArticleDraft) -> None:
    assert parse_markdown(write_markdown(draft)) == draft


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_parser_raises_nothing_but_import_failed(text: str) -> None:
    try:
        parse_markdown("---\n" + text)
        parse_markdown(text)
    except ImportFailed:
        pass


def test_a_page_with_no_front_matter_takes_its_title_from_the_heading_under_a_kicker_line():
    # A press release's "PRESS RELEASE" line, or a dateline, above the title: the heading is
    # still the title, and the kicker stays at the top of the body.
    text = ("**NEWS – EMBARGOED UNTIL 9 MARCH**\n\n# Clinic opens a hearing-test walk-in service\n\n"
            "The service sees adults on the day [1].\n\n## References\n\n"
            "1. Patel R. Walk-in audiology. Ear Hear. 2021.\n")
    draft = parse_markdown(text)
    assert draft.title == "Clinic opens a hearing-test walk-in service"
    assert draft.body.startswith("**NEWS – EMBARGOED UNTIL 9 MARCH**\n\nThe service sees adults")
    assert [r.number for r in draft.references] == [1]
    assert parse_markdown("   # Indented up to three spaces\n\nx\n").title == "Indented up to three spaces"


@pytest.mark.parametrize("text", [
    "## Section first\n\n# A later title\n\nBody.\n",  # another heading before it
    "A long first paragraph. " * 40 + "\n\n# A title far down\n\nBody.\n",  # a whole text before it
    "No heading at all.\n",
])
def test_a_page_with_no_front_matter_and_no_title_near_the_top_is_refused(text):
    with pytest.raises(ImportFailed, match="'title' is required"):
        parse_markdown(text)


@pytest.mark.parametrize("line", [
    "# x" + " #" * 100_000 + " y",  # hashes and spaces, then a word: no closing sequence
    "## Notes" + " #" * 100_000 + "!",
])
def test_a_heading_line_of_hashes_is_read_in_linear_time(line, within_seconds):
    # A lazy title before "[ \t#]*$" tried every end of such a line: minutes for 200,000 characters.
    draft = parse_markdown(f"# Title\n\nThe body.\n\n{line}\n")
    assert draft.title == "Title" and line in draft.body
    if line.startswith("# "):  # the same line as the title of a page with no front matter
        assert parse_markdown(f"{line}\n\nThe body.\n").title.endswith(" y")
