"""A body that "has classed" something ("The International Agency for Research on Cancer has
classed night shift work as probably causing cancer") names its source as one that
recommends or warns does. Before, classing was not read as a body speaking, so the
sentence's citation of another body's guidance went unchallenged."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

REFS = (
    ReferenceData(1, "guideline", "Health and Safety Executive. Managing shift work: health and safety guidance (HSG256). 2006.", "", None),
)


def test_a_body_classing_against_another_bodys_guidance_is_a_mismatch() -> None:
    body = (
        "The International Agency for Research on Cancer has classed night shift work as probably "
        "causing cancer in humans [1]. The Health and Safety Executive advises that rotas should move forward [1].\n"
    )
    found = codes(run(body, REFS), "attribution-mismatch")
    assert [f.excerpt[:40] for f in found] == ["The International Agency for Research on"]
