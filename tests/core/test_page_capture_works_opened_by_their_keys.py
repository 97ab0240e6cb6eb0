"""A list of works whose entries open with the key the text cites them by ("NICE 2018 –
National Institute for …", "Evans 2017 – Evans JR, …"), one to a line under "Sources", is
read entry by entry, so that "[NICE 2018]" and "[Evans 2017]" resolve to their entries."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

PAGE = (
    "Macular degeneration and eye vitamins\n\n"
    "Age-related macular degeneration is the most common cause of sight loss in older people "
    "in the UK [NICE 2018].\n\n"
    "In the original Age-Related Eye Disease Study, people with intermediate AMD who took the "
    "supplement were about 25% less likely to progress to advanced AMD [AREDS 2001].\n\n"
    "The follow-up AREDS2 trial found that lutein could safely replace beta-carotene [AREDS 2001].\n\n"
    "Eye supplements have not been shown to prevent AMD [Evans 2017].\n\n"
    "Sources\n"
    "AREDS 2001 \u2013 Age-Related Eye Disease Study Research Group. A randomized trial of "
    "high-dose supplementation: AREDS report no. 8. Arch Ophthalmol. 2001;119(10):1417-36.\n"
    "AREDS2 2013 \u2013 Age-Related Eye Disease Study 2 Research Group. Lutein + zeaxanthin: the "
    "AREDS2 randomized clinical trial. JAMA. 2013;309(19):2005-15.\n"
    "Evans 2017 \u2013 Evans JR, Lawrenson JG. Antioxidant vitamin and mineral supplements. "
    "Cochrane Database Syst Rev. 2017;7:CD000254.\n"
    "NICE 2018 \u2013 National Institute for Health and Care Excellence. Age-related macular "
    "degeneration (NG82). 2018.\n\n"
    "ClearView Vitamins Ltd, registered in England no. 06543210.\n"
)


def test_each_keyed_line_is_an_entry() -> None:
    refs = parse_page(PAGE).references
    assert [r.title.split(" \u2013 ")[0] for r in refs] == ["AREDS 2001", "AREDS2 2013", "Evans 2017", "NICE 2018"]


def test_the_keys_cited_resolve_and_only_the_uncited_entry_is_reported() -> None:
    found = page_findings(PAGE)
    assert codes(found, "citation-unresolved") == []
    assert [f.reference for f in codes(found, "reference-uncited")] == [2]


def test_the_later_trial_cited_to_the_first_ones_paper_is_a_mismatch() -> None:
    found = codes(page_findings(PAGE), "attribution-mismatch")
    assert [(f.reference, f.excerpt[:30]) for f in found] == [(1, "The follow-up AREDS2 trial fou")]
