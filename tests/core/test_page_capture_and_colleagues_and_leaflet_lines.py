"""Two shapes of a captured page's citations: "(Hajek and colleagues, 2019)" cites by author
and year as "(Hajek et al., 2019)" does, and a leaflet's line after its list ("Leaflet number:
… · Version 3 · Review date: …") is the site's, not one more entry of the list."""

from __future__ import annotations

from workstation.checks import run_checks
from workstation.importers import parse_page

PAGE = """Quitting with a vape

Vapes help more people stop smoking than patches do (Lindson et al., 2024). In a large trial, 18% of people using a vape had stopped at one year, against 10% using patches (Hajek and colleagues, 2019).

Sources
Hajek P, Phillips-Waller A, Przulj D, et al. A randomized trial of e-cigarettes versus nicotine-replacement therapy. N Engl J Med. 2019;380(7):629-637.
Lindson N, Butler AR, McRobbie H, et al. Electronic cigarettes for smoking cessation. Cochrane Database Syst Rev. 2024;1:CD010216.

Leaflet number: SSS-012 · Version 2 · Produced: May 2024 · Review date: May 2026
"""


def _findings(page: str) -> list[tuple[str, str]]:
    draft = parse_page(page)
    found = run_checks(title=draft.title, body=draft.body, audience=draft.audience, references=draft.references)
    return [(f.code, f.excerpt[:40]) for f in found]


def test_the_leaflets_line_is_not_an_entry() -> None:
    assert [r.title[:8] for r in parse_page(PAGE).references] == ["Hajek P,", "Lindson "]


def test_and_colleagues_cites_by_author_and_year() -> None:
    assert _findings(PAGE.split("\nLeaflet number")[0]) == []


def test_the_page_with_its_leaflet_line_has_no_findings() -> None:
    assert _findings(PAGE) == []
