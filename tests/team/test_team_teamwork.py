"""Working as a team on a team database: each desk, connected as its own login role, assigns, is told,
takes an edit lease, and hears the other desks' commits."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.team.board import desk, import_article, set_up_board
from tests.team.conftest import TeamDatabase
from workstation.live import ChangeFeed, FeedUpdate

pytestmark = pytest.mark.team


def test_assignment_notifications_leases_and_the_feed_at_team_desks(team_db: TeamDatabase, tmp_path: Path) -> None:
    set_up_board(team_db)
    article_id = import_article(team_db, tmp_path)
    with desk(team_db, "rita") as rita:
        heard: list[FeedUpdate] = []
        arrived = threading.Condition()

        def deliver(update: FeedUpdate) -> None:
            with arrived:
                heard.append(update)
                arrived.notify_all()

        feed = ChangeFeed(rita.engine, deliver)  # LISTENs as rita's own login role
        feed.start()
        try:
            assert feed.connected.wait(10)
            with desk(team_db, "ana") as ana:
                ana.workflow.assign(article_id=article_id, user="ana", reviewer="rita", due=None)
                ana.review.begin_editing(article_id=article_id, user="ana")
            with arrived:
                assert arrived.wait_for(lambda: any(u.notifications for u in heard)
                                        and any(article_id in u.editing for u in heard), timeout=10), heard
            assert any(article_id in c.articles and c.workflow for u in heard for c in u.events)
        finally:
            feed.stop()
        assert [(n.kind, n.actor) for n in rita.notifications.for_user(user="rita")] == [("assigned", "ana")]
        assert rita.notifications.mark_read(user="rita").notifications and rita.notifications.unread_count(user="rita") == 0
        assert [e.name for e in rita.review.editors(article_id=article_id)] == ["ana"]
        rita.workflow.transition(article_id=article_id, to="Under Review", user="rita")
        assert rita.library.get_article(article_id=article_id).summary.assigned_reviewer == "rita"
    with desk(team_db, "rita") as rita:
        rita.workflow.transition(article_id=article_id, to="Submitted", user="rita", reason="cite the trial")
    with desk(team_db, "alan") as alan:
        assert [n.kind for n in alan.notifications.for_user(user="alan")] == ["changes_requested"]
