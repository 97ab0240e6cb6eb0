"""``ws.library.article_workspace``: everything the window shows of an article, in one read.

The article, its claims, findings, comments, history, revisions, who has its editor
open and the steps the user may take are read in one read transaction, so every pane shows the same moment
of the article; the reader's HTML, claims marked, is rendered after the read closes
(rendering may take up to its time limit and must not hold the transaction open).
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from db.tables import Article
from workstation.action_states import action_states
from workstation.claim_marks import render_marked
from workstation.comments import thread_views
from workstation.facade.library import load_detail
from workstation.facade.manager import Manager
from workstation.history import history_entries, revision_views
from workstation.leases import editors
from workstation.review import finding_views
from workstation.revisions import was_checked
from workstation.users import find_user
from workstation.views import ArticleDetail
from workstation.views_workspace import ArticleWorkspace


class WorkspaceOps(Manager):
    def article_workspace(self, *, article_id: int, user: str | None = None) -> ArticleWorkspace:
        """The article ``article_id`` as the window shows it; ``user``: whose workflow steps it lists.

        A read and nothing else. Findings are those stored with the current revision, and
        ``checked`` says whether the checks ever ran on it: a revision stored before they ran
        at store time is checked once when the database is opened (``Workstation.open``),
        except an Approved one, which keeps what its approval was signed over and shows as
        not checked until someone runs the checks.
        """
        with self._read() as session:
            # Held here, so the session's identity map (weak references) still has it for every
            # part below, which would otherwise read the row again.
            article = session.get(Article, article_id)
            detail = load_detail(session, article_id, self._today())
            assert article is not None  # load_detail found it in this transaction
            parts = _read_parts(session, article, detail, user)
        # Rendered once the read transaction has ended: it needs nothing more from the database.
        return ArticleWorkspace(detail=detail, reader=render_marked(detail.body, detail.claims), **parts)


def _read_parts(session: Session, article: Article, detail: ArticleDetail, user: str | None) -> dict[str, Any]:
    """The workspace's fields other than the article and its rendering, read in ``session``."""
    actions = tuple(action_states(session, article, find_user(session, user))) if user else None
    return dict(
        findings=tuple(finding_views(session, detail.revision_id)),
        checked=was_checked(session, detail.revision_id),
        comments=tuple(thread_views(session, detail.id)),
        history=tuple(history_entries(session, detail.id)),
        revisions=tuple(revision_views(session, detail.id)),
        actions=actions,
        editors=tuple(editors(session, detail.id)),  # read here, not in a read of its own on each switch
    )


__all__ = ["WorkspaceOps"]
