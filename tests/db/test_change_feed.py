"""The change feed hears other connections' commits, on SQLite and PostgreSQL, as OpChanges."""

from __future__ import annotations

import threading
from collections.abc import Callable

from tests.people import board
from tests.review_helpers import APPROVER, REVIEWER, add_team
from workstation.changes import OpChanges
from workstation.live import ChangeFeed, FeedUpdate, merge_all

WAIT_S = 10  # a bound for a broken feed, never a delay: each wait ends as soon as the update arrives


class Heard:
    def __init__(self) -> None:
        self.updates: list[FeedUpdate] = []
        self.arrived = threading.Condition()

    def __call__(self, update: FeedUpdate) -> None:
        with self.arrived:
            self.updates.append(update)
            self.arrived.notify_all()

    def until(self, test: Callable[[OpChanges, FeedUpdate], bool]) -> OpChanges:
        """The merged changes heard so far, once ``test`` holds for them."""
        with self.arrived:
            def merged() -> tuple[OpChanges, FeedUpdate]:
                events = merge_all([c for u in self.updates for c in u.events])
                flags = FeedUpdate((), frozenset().union(*(u.editing for u in self.updates)),
                                   any(u.notifications for u in self.updates))
                return events, flags

            assert self.arrived.wait_for(lambda: test(*merged()), timeout=WAIT_S), self.updates
            return merged()[0]


def test_feed_turns_another_desks_commits_into_changes(seeded, db_url: str) -> None:  # type: ignore[no-untyped-def]
    ws = seeded
    add_team(ws)
    heard = Heard()
    feed = ChangeFeed(ws.engine, heard)
    feed.start()
    try:
        assert feed.connected.wait(WAIT_S)
        with board(db_url) as other:  # another desk: its own engine and connections
            other.workflow.transition(article_id=3, to="Under Review", user=REVIEWER)
            changes = heard.until(lambda c, _f: 3 in c.articles and c.workflow)
            assert changes.notifications is False and not changes.library
            other.workflow.assign(article_id=2, user=APPROVER, reviewer=REVIEWER)
            heard.until(lambda c, f: 2 in c.articles and f.notifications)
            other.review.begin_editing(article_id=1, user=REVIEWER)
            heard.until(lambda _c, f: 1 in f.editing)
            claim = other.library.get_article(article_id=1).claims[0]
            other.review.add_comment(article_id=1, body="check the dose", user=REVIEWER, claim_id=claim.id)
            heard.until(lambda c, _f: c.comments and 1 in c.articles)
        assert all(u for u in heard.updates)  # nothing empty was ever delivered
    finally:
        feed.stop()
