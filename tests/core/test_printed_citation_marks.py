"""Citation marks in the shapes pages print them and the importers read only now: HTML
superscripts and "(Ref. 3)" on Markdown pages, a footnote's mark after a closing quote, works
under any heading of a Markdown page, "(Ref. 2)" and "[footnote 2]" on captured pages, and a
label printed straight over "Ref 1. …" entries. A plain superscript is not unsafe markup. A
mark citing a number the list does not hold stays as printed, and its finding quotes it so,
with the fingerprint it had when the import wrote it "[6]"."""

from __future__ import annotations

from tests.core.checks_support import codes
from workstation.checks import run_checks
from workstation.importers import parse_markdown
from workstation.importers.page_capture import parse_page

FRONT = '---\ntitle: "Sun cream"\nsite: "Coastline Pharmacy"\n---\n\n# Sun cream\n\n'
WORKS = (
    "Quintero RA, Balogun T. Sunscreen use and melanoma in adults. Br J Dermatol. 2018;179(2):301-9.",
    "Marsh LE, Abe K, et al. How much sunscreen do people apply? Photodermatol. 2016;32(4):200-6.",
)
LIST = "\n\n## References\n\n" + "\n".join(f"{n}. {w}" for n, w in enumerate(WORKS, 1)) + "\n"


def _findings(draft) -> list:
    return run_checks(title=draft.title, body=draft.body, audience="patient", references=draft.references)


def test_html_superscripts_after_the_full_stop_cite_the_list() -> None:
    draft = parse_markdown(
        FRONT + "Daily sunscreen lowered melanoma rates.<sup>1</sup> Most people apply half the "
        "amount tested.<sup>2</sup> A cloudy day still lets most UV through.<sup>9</sup>" + LIST
    )
    found = _findings(draft)
    assert "rates [1]." in draft.body and "<sup>" not in draft.body.split("UV through")[0]
    assert codes(found, "reference-uncited") == [] and codes(found, "unsafe-markup") == []
    assert [f.excerpt[:20] for f in codes(found, "citation-unresolved")] == ["A cloudy day still l"]


def test_an_html_superscript_after_a_number_or_unit_stays_an_exponent() -> None:
    draft = parse_markdown(FRONT + "Each spray holds 10<sup>6</sup> droplets over 2 m<sup>2</sup> [1] [2]." + LIST)
    assert "10<sup>6</sup>" in draft.body and "m<sup>2</sup>" in draft.body


def test_a_plain_superscript_is_not_unsafe_markup_but_one_with_a_handler_is() -> None:
    found = run_checks(
        title="Sun cream", audience="patient", references=(),
        body="Reapply every two hours.<sup>3</sup> Water is H<sub>2</sub>O.\n\n<sup onclick=\"x()\">4</sup>\n",
    )
    assert [f.excerpt for f in codes(found, "unsafe-markup")] == ['<sup onclick="x()">']


def test_named_reference_numbers_on_a_markdown_page_cite_the_list() -> None:
    draft = parse_markdown(
        FRONT + "Daily sunscreen lowered melanoma rates (Ref. 1). Most people apply half the "
        "amount tested (Refs 1, 2)." + LIST
    )
    assert "rates [1]." in draft.body and "tested [1, 2]." in draft.body
    assert codes(_findings(draft), "reference-uncited") == []


def test_footnotes_under_any_heading_are_the_list_and_a_mark_after_a_quote_stays_on_its_sentence() -> None:
    draft = parse_markdown(
        FRONT + 'Daily sunscreen lowered melanoma rates.[^1] "Apply it thickly," the nurse said.[^2] '
        '"Shade matters more than any cream."[^3]\n\n## Endnotes\n\n'
        + "\n".join(f"[^{n}]: {w}" for n, w in enumerate(WORKS, 1)) + "\n"
    )
    assert [r.number for r in draft.references] == [1, 2]
    unresolved = codes(_findings(draft), "citation-unresolved")
    assert [f.excerpt for f in unresolved] == ['"Shade matters more than any cream."[^3]']


def test_a_captured_page_reads_capitalised_ref_marks_and_government_footnote_marks() -> None:
    page = (
        "Sun cream\n\nDaily sunscreen lowered melanoma rates (Ref. 1), as a later trial "
        "found too (Ref 2). Most people apply half the amount tested [footnote 2].\n\n"
        "References\n\n" + "\n".join(f"{n}. {w}" for n, w in enumerate(WORKS, 1)) + "\n"
    )
    body = parse_page(page).body
    assert "rates [1], as" in body and "too [2]." in body and "tested [2]." in body


def test_a_label_printed_straight_over_ref_entries_heads_them() -> None:
    page = (
        "Sun cream\n\nDaily sunscreen lowered melanoma rates (Ref 1).\nMost people apply half "
        "the amount tested (Ref 2).\n\nEvidence base\n"
        + "\n".join(f"Ref {n}. {w}" for n, w in enumerate(WORKS, 1))
        + "\n\nOur next open evening is on Tuesday.\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2]
    assert "Quintero" not in draft.body


PAGE_LIST = "\n\nReferences\n\n" + "\n".join(f"{n}. {w}" for n, w in enumerate(WORKS, 1)) + "\n"


def test_a_captured_pages_unlisted_marks_stay_as_printed_and_are_quoted_so() -> None:
    page = (
        "Sun cream\n\nDaily sunscreen lowered melanoma rates (1). Most people apply half the "
        "amount tested (2). Cloud lets most UV through (6). Glass blocks UVB well\u2077. "
        "Shade helps most (Ref. 8)." + PAGE_LIST
    )
    draft = parse_page(page)
    assert "rates [1]." in draft.body and "through (6)." in draft.body
    found = _findings(draft)
    assert [f.excerpt for f in codes(found, "citation-unresolved")] == [
        "Cloud lets most UV through (6).", "Glass blocks UVB well\u2077.", "Shade helps most (Ref. 8).",
    ]
    assert codes(found, "claim-uncited") == [] and codes(found, "reference-uncited") == []


def test_a_markdown_pages_unlisted_html_superscript_is_quoted_as_printed() -> None:
    draft = parse_markdown(
        FRONT + "Daily sunscreen lowered melanoma rates.<sup>1</sup> Most people apply half the "
        "amount tested.<sup>2</sup>\n\nCloud lets most UV through.<sup>9</sup>" + LIST
    )
    excerpts = [f.excerpt for f in codes(_findings(draft), "citation-unresolved")]
    assert excerpts == ["Cloud lets most UV through.<sup>9</sup>"]


def test_a_mark_kept_as_printed_keeps_the_fingerprint_it_had_as_a_bracket() -> None:
    printed = parse_page("Sun cream\n\nDaily sunscreen lowered melanoma rates (1). Cloud lets most UV through (6)." + PAGE_LIST)
    bracketed = parse_page("Sun cream\n\nDaily sunscreen lowered melanoma rates [1]. Cloud lets most UV through [6]." + PAGE_LIST)
    (was,) = codes(_findings(bracketed), "citation-unresolved")
    (now,) = codes(_findings(printed), "citation-unresolved")
    assert now.excerpt != was.excerpt and now.fingerprint == was.fingerprint
