"""Which uncited sentences a citation elsewhere covers: a figure of people stated on its own
before a citing sentence of its paragraph about something else is not covered; a news lede
is, by the work its next paragraph takes up and cites; so is someone's view of a work cited
before; and a page's boast about its own named practitioner is promotion, not a claim."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, refs, run

# Paragraphs whose citation stands for the figures before it: a study's account, sentences
# going on about what the first introduced, and a comparison with no figure of people.
STILL_COVERED = (
    "In the trial, 240 adults with gout took the tablet or a dummy pill. Those on the tablet "
    "had fewer flares [1].\n\n"
    "It enrolled 90 children with asthma from six schools. Fewer of them missed lessons [2].\n\n"
    "Men are more likely than women to snore. Losing weight often helps [3].\n"
)


def _uncited(body: str) -> list[str]:
    return [f.excerpt for f in codes(run(body, refs(3), audience="patient"), "claim-uncited")]


@pytest.mark.parametrize(
    ("paragraph", "figure"),
    [
        ("Around 1 in 5 adults grind their teeth at night. A mouth guard protects the enamel [1].",
         "Around 1 in 5 adults"),
        ("Nearly half of children with eczema also have hay fever. Emollients ease the itch [2].",
         "Nearly half of children"),
        ("About 3 million workers in Britain use vibrating tools. Gloves reduce the strain on the "
         "fingers [3].", "About 3 million workers"),
    ],
)
def test_a_figure_of_people_on_its_own_is_not_covered_by_a_later_citation(paragraph, figure):
    found = _uncited(f"{paragraph}\n\n{STILL_COVERED}")
    assert len(found) == 1 and found[0].startswith(figure)


def test_a_news_lede_is_covered_by_the_work_the_next_paragraph_takes_up():
    body = (
        "People who nap for more than an hour a day are more likely to develop high blood "
        "pressure, a large study has found.\n\n"
        "The analysis, published in a heart journal, followed 40,000 adults for ten years [1]. "
        "Short naps were not linked to any change [1].\n\n"
        # a finding whose next paragraph takes up no work is still uncited
        "Night-shift nurses are more likely to have back pain, researchers say.\n\n"
        "Lifting aids are on every ward [2].\n"
    )
    found = _uncited(body)
    assert len(found) == 1 and found[0].startswith("Night-shift nurses")


def test_someones_view_of_a_work_cited_before_is_not_a_new_claim():
    body = (
        "A review of 20 trials found that yoga eased back pain a little [1].\n\n"
        "Dr Amy Holt, a physiotherapist, said the review showed a small effect, not a cure.\n"
    )
    assert _uncited(body) == []


def test_a_boast_about_the_pages_named_practitioner_is_not_a_claim_to_cite():
    body = (
        "Dr Hana Ellis is the region's most experienced cataract surgeon, with over 12,000 "
        "operations behind her.\n\nCataract surgery takes about 20 minutes [1].\n"
    )
    findings = run(body, refs(1), audience="patient")
    assert codes(findings, "claim-uncited") == []
    assert codes(findings, "promotional-language")
