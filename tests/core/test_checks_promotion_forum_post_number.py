"""A forum post's number in its header ("#1 hilltop_walker (Member, 23 posts) Posted 2 June
2026") numbers the post, and is no "#1" rank; "the #1 acne cream in Britain" still is."""

from __future__ import annotations

from tests.core.checks_support import codes, run


def test_a_post_header_is_no_rank() -> None:
    for header in (
        "#1 hilltop_walker (Member, 23 posts) Posted 2 June 2026, 21:14",
        "#12 PodiatristPaul Posted 3 June 2026, 07:40",
    ):
        assert codes(run(header + "\n\nTwo big toenails gone thick and yellow for three years now.\n", audience="patient"),
                     "promotional-language") == []


def test_a_rank_is_still_one() -> None:
    findings = run("ClearSkin is the #1 acne cream in Britain, as 23 posts a day on our page say.\n", audience="patient")
    assert len(codes(findings, "promotional-language")) == 1
