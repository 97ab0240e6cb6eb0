"""A numbered list of works under "Reading list", "Background reading" or "Evidence base" is
the page's list of references, as under "Further reading": a Markdown support page that
cites its works by number under "## Reading list" no longer has every mark unresolved."""

from __future__ import annotations

import pytest

from workstation.importers import parse_markdown

FRONT = '---\ntitle: "Tennis elbow"\nsite: "Eastfield Physiotherapy"\n---\n\n'
WORKS = (
    "Coombes BK, Bisset L, Vicenzino B. Management of lateral elbow tendinopathy. J Orthop Sports Phys Ther. 2015;45(11):938-949.",
    "Bisset L, Beller E, Jull G, et al. Mobilisation with movement and exercise, corticosteroid injection, or wait and see. BMJ. 2006;333(7575):939.",
)


@pytest.mark.parametrize("heading", ["Reading list", "Background reading", "Evidence base"])
def test_a_numbered_list_under_a_reading_heading_is_the_references(heading: str) -> None:
    text = (
        FRONT + "# Tennis elbow\n\nMost cases settle within a year without treatment [2].\n\n"
        f"## {heading}\n\n" + "\n".join(f"{n}. {w}" for n, w in enumerate(WORKS, 1)) + "\n\n"
        "## Opening times\n\nWe are open on weekdays.\n"
    )
    draft = parse_markdown(text)
    assert [(r.number, r.title[:9]) for r in draft.references] == [(1, "Coombes B"), (2, "Bisset L,")]
    assert "Mobilisation" not in draft.body and "We are open" in draft.body


def test_a_reading_list_of_plain_tips_stays_in_the_body() -> None:
    text = FRONT + "# Tennis elbow\n\n## Reading list\n\n- Our leaflet on elbow exercises\n- A guide to posture at a desk\n"
    draft = parse_markdown(text)
    assert draft.references == () and "elbow exercises" in draft.body
