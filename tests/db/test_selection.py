"""The current article and its selection, without Qt: what changes, and who is told."""

from __future__ import annotations

import pytest

from workstation.selection import (
    ARTICLE,
    CLAIM,
    REFERENCE,
    WORKSPACE,
    Selection,
    SelectionModel,
)


@pytest.fixture
def model() -> tuple[SelectionModel, list[tuple[Selection, frozenset[str]]]]:
    selection = SelectionModel()
    heard: list[tuple[Selection, frozenset[str]]] = []
    selection.observe(lambda state, changed: heard.append((state, changed)))
    return selection, heard


def test_opening_an_article_drops_what_was_selected_in_the_one_before(seeded, model) -> None:  # type: ignore[no-untyped-def]
    selection, heard = model
    selection.open_article(5)
    assert heard[-1][1] == {ARTICLE} and selection.workspace is None
    workspace = seeded.library.article_workspace(article_id=5)
    assert selection.show(workspace)
    assert heard[-1][1] == {WORKSPACE} and selection.workspace is workspace
    claim = workspace.detail.claims[0].id
    selection.select_claim(claim)
    selection.select_reference(workspace.detail.references[0].number)
    assert heard[-1][1] == {REFERENCE}
    selection.open_article(3)
    state, changed = heard[-1]
    assert changed == {ARTICLE, WORKSPACE, CLAIM, REFERENCE}
    assert (state.article_id, state.workspace, state.claim_id, state.reference) == (3, None, None, None)


def test_a_read_of_an_article_left_meanwhile_is_not_shown(seeded, model) -> None:  # type: ignore[no-untyped-def]
    selection, heard = model
    selection.open_article(1)
    late = seeded.library.article_workspace(article_id=1)
    selection.open_article(4)
    count = len(heard)
    assert not selection.show(late)
    assert len(heard) == count and selection.workspace is None and selection.article_id == 4


def test_a_new_read_keeps_the_selection_it_still_holds(seeded, model) -> None:  # type: ignore[no-untyped-def]
    selection, heard = model
    selection.open_article(2)
    first = seeded.library.article_workspace(article_id=2)
    selection.show(first)
    claim, finding = first.detail.claims[1].id, first.findings[0].id
    selection.select_claim(claim)
    selection.select_finding(finding)
    again = seeded.library.article_workspace(article_id=2)
    assert again is not first and again.detail == first.detail
    selection.show(again)
    assert heard[-1][1] == {WORKSPACE}  # only the read is new: the same claim and finding stay selected
    assert (selection.state.claim_id, selection.state.finding_id) == (claim, finding)
    selection.show(again)
    assert heard[-1][1] == {WORKSPACE}  # showing the same read again tells no one
    assert len([h for h in heard if h[0].workspace is again]) == 1


def test_a_claim_gone_from_the_new_read_is_no_longer_selected(seeded, model) -> None:  # type: ignore[no-untyped-def]
    selection, heard = model
    selection.open_article(2)
    selection.show(seeded.library.article_workspace(article_id=2))
    selection.select_claim(999_999)  # a claim the article does not (or no longer) hold
    selection.show(seeded.library.article_workspace(article_id=2))
    assert heard[-1][1] == {WORKSPACE, CLAIM} and selection.state.claim_id is None


def test_observers_stop_and_nothing_is_selected_without_an_article(model) -> None:  # type: ignore[no-untyped-def]
    selection, heard = model
    with pytest.raises(ValueError, match="no article"):
        selection.select_claim(1)
    selection.select_claim(None)  # clearing is always allowed, and changes nothing here
    assert heard == []
    late: list[frozenset[str]] = []
    stop = selection.observe(lambda _state, changed: late.append(changed))
    selection.open_article(1)
    stop()
    selection.open_article(2)
    assert late == [{ARTICLE}] and len(heard) == 2
