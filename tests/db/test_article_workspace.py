"""One read for the article workspace: the same answers as the separate reads, in one transaction."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import event

from tests.review_helpers import REVIEWER, add_team
from workstation.views_workspace import OPEN_END, START, STOP, ArticleWorkspace


def test_the_workspace_holds_what_the_separate_reads_return(seeded) -> None:  # type: ignore[no-untyped-def]
    add_team(seeded)
    seeded.review.add_comment(article_id=2, body="Is this the right dose?", user=REVIEWER)
    seeded.review.findings(article_id=2)  # checked, so both sides read the same stored findings
    workspace = seeded.library.article_workspace(article_id=2, user=REVIEWER)
    assert isinstance(workspace, ArticleWorkspace) and workspace.id == 2
    assert workspace.detail == seeded.library.get_article(article_id=2)
    assert workspace.findings == tuple(seeded.review.findings(article_id=2))
    assert workspace.comments == tuple(seeded.review.comments(article_id=2))
    assert [c.body for c in workspace.comments] == ["Is this the right dose?"]
    assert workspace.history == tuple(seeded.workflow.history(article_id=2))
    assert workspace.revisions == tuple(seeded.workflow.revisions(article_id=2))
    assert workspace.actions == tuple(seeded.workflow.allowed_actions(article_id=2, user=REVIEWER))
    assert seeded.library.article_workspace(article_id=2).actions is None  # no one's steps to list
    assert workspace.editors == ()
    seeded.review.begin_editing(article_id=2, user=REVIEWER)
    assert seeded.library.article_workspace(article_id=2).editors == tuple(seeded.review.editors(article_id=2))
    assert [e.name for e in seeded.library.article_workspace(article_id=2).editors] == [REVIEWER]
    with pytest.raises(dataclasses.FrozenInstanceError):
        workspace.findings = ()  # type: ignore[misc]


def test_the_workspace_is_read_in_one_transaction(seeded) -> None:  # type: ignore[no-untyped-def]
    add_team(seeded)
    seeded.review.findings(article_id=3)
    begun: list[object] = []
    listener = lambda connection: begun.append(connection)  # noqa: E731
    event.listen(seeded.engine, "begin", listener)
    try:
        seeded.library.article_workspace(article_id=3, user=REVIEWER)
    finally:
        event.remove(seeded.engine, "begin", listener)
    assert len(begun) == 1


def test_the_reader_text_carries_every_anchored_claim_between_markers(seeded) -> None:  # type: ignore[no-untyped-def]
    workspace = seeded.library.article_workspace(article_id=4)
    claims = [c for c in workspace.detail.claims if not c.orphaned]
    assert claims
    html, plain = workspace.reader.html, workspace.reader.plain
    assert html is not None and workspace.reader.error is None
    assert "<mark" not in html and "data-claim" not in html
    for claim in claims:
        assert f"{START}{claim.id}{OPEN_END}" in html
        assert f"{START}{claim.id}{OPEN_END}{workspace.detail.body[claim.start:claim.end]}{STOP}" in plain
    assert plain.replace(START, "").count(OPEN_END) == len(claims)
