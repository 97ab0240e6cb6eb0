"""A post or page that names its sources in its own words over a bracketed list ("Sources I've
used above:" over "[1] NICE guideline NG9. …", "Sources we drew on here:") prints its list of
works, whatever its first entry looks like: the entries are its references, the marks in the
text cite them, and the label is no lead-in left dangling. Before, an entry that opens with a
body and the kind of its document ("NICE guideline NG9.") was not read as a work, so the label
and list stayed one paragraph of text and every mark was reported unresolved. A label that
names no sources ("Tips I've used above:") over "[1] …" stays text."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

POST = (
    "Croup at night\n\n"
    "Croup is most common between 6 months and 3 years [1]. A single dose of a steroid "
    "helps most children within hours [1]. Keep calm and sit them upright [2].\n\n"
    "{label}\n"
    "[1] WHO guideline 14. Croup in young children. 2019, updated 2022.\n"
    "[2] Child Health Trust. Croup. childhealth.example, page last reviewed 2023.\n\n"
    "toddlermum_22 \u00b7 3 Mar 2025, 21:04\n"
    "Thanks, that really helps.\n"
)


def _read(label: str):
    draft = parse_page(POST.format(label=label))
    return draft, run(draft.body, draft.references, audience=draft.audience)


def test_sources_named_in_the_writers_words_over_a_bracketed_list_are_read() -> None:
    for label in ("Sources I've used above:", "Sources we drew on here:", "Sources I used:"):
        draft, found = _read(label)
        assert [r.number for r in draft.references] == [1, 2], label
        assert codes(found, "citation-unresolved") == [], label
        assert codes(found, "dangling-lead-in") == [], label
        assert "Thanks, that really helps." in draft.body


def test_a_label_naming_no_sources_over_bracketed_lines_stays_text() -> None:
    page = (
        "Croup at night\n\nCroup is scary for parents.\n\n"
        "Tips I've used above:\n[1] Keep the room cool.\n[2] Sit them upright.\n"
    )
    draft = parse_page(page)
    assert draft.references == ()
    assert "Keep the room cool." in draft.body
