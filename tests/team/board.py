"""A review board on a team database: its people, and an article to review.

The owner runs team init and adds the first admin; the admin adds everyone
else from a desk; each person then works at a desk of their own, connected as
their own login role.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from tests.articles import write_article
from tests.people import ADMIN, ADMIN_PASSWORD, password_for
from tests.team.conftest import TeamDatabase
from workstation.facade import Workstation

_numbers = itertools.count(1)
BOARD = (("rita", "reviewer"), ("ana", "approver"), ("alan", "author"))
def set_up_board(db: TeamDatabase) -> None:
    """team init and the first admin with the owner's URL, then the board added from the admin's desk."""
    with Workstation.open(db.owner_url) as owner:
        owner.team.init()
        owner.users.add_user(name=ADMIN, role="admin", password=ADMIN_PASSWORD, display_name="Board Admin")
    with desk(db, ADMIN) as admin:
        for name, role in BOARD:
            admin.users.add_user(name=name, role=role, password=password_for(name), display_name=f"Dr. {name.title()}",
                           by=ADMIN)


def desk(db: TeamDatabase, name: str) -> Workstation:
    """A desk's facade, signed in as ``name`` (connected as their login role)."""
    ws = Workstation.open(db.desk_url)
    ws.users.sign_in(name=name, password=password_for(name))
    return ws


def import_article(db: TeamDatabase, folder: Path, *, author: str = "alan") -> int:
    """A new article (each one its own: the same content is stored only once)."""
    number = next(_numbers)
    path = write_article(folder, str(number))
    with desk(db, author) as ws:
        report = ws.library.import_files(paths=[path], user=author)
    assert not report.failed, report.failed
    return report.imported[0].id


def review(db: TeamDatabase, article_id: int, *, reviewer: str = "rita", skip: int = 0) -> None:
    """The reviewer starts the review, judges every citation (but the last ``skip``) and dismisses errors."""
    with desk(db, reviewer) as ws:
        ws.workflow.transition(article_id=article_id, to="Under Review", user=reviewer)
        pairs = [(c.id, n) for c in ws.library.get_article(article_id=article_id).claims for n in c.citations]
        for claim_id, number in pairs[:len(pairs) - skip]:
            ws.review.set_verdict(claim_id=claim_id, reference=number, verdict="supported", user=reviewer,
                                  evidence="Table 2", note="matches the source")
        for finding in ws.review.findings(article_id=article_id):
            if finding.severity == "error" and not finding.dismissed:
                ws.review.dismiss_finding(finding_id=finding.id, user=reviewer, reason="checked by hand")
