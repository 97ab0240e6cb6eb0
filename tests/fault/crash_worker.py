"""A desk that works until it is killed: imports, verdict bursts and approvals, reporting each commit.

Run as ``python -m tests.fault.crash_worker DB``; after every committed operation it
prints one line (``committed import 7``, ``committed verdicts 7 4``, ``committed
approve 7 3``) and flushes, so the test that kills it with SIGKILL knows exactly
what the database must still hold.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.people import password_for, sign_in
from tests.review_helpers import APPROVER, IMPORTER, REVIEWER
from workstation.facade import Workstation

ARTICLE = """---
title: Crash test article {tag}
audience: patient
references:
  - {{type: research, title: Trial one, source: NEJM, year: 2019}}
  - {{type: research, title: Trial two, source: BMJ, year: 2021}}
---
Vitamin D supports calcium absorption in adults [1].

Daily walking lowers blood pressure in most adults [2].

Both effects were confirmed in a later review [1, 2].
"""


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def work(db: str, tag: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="crash-worker-"))
    with Workstation.open(db) as ws:
        sign_in(ws, IMPORTER, REVIEWER, APPROVER)  # a desk whose people signed in with their passwords
        say("ready")
        for n in range(1_000):
            path = folder / f"a{n}.md"
            path.write_text(ARTICLE.format(tag=f"{tag}-{n}"), encoding="utf-8")
            (article,) = ws.library.import_files(paths=[path], user=IMPORTER).imported
            say(f"committed import {article.id}")
            ws.workflow.transition(article_id=article.id, to="under-review", user=REVIEWER)
            given = 0
            for claim in ws.library.get_article(article_id=article.id).claims:
                for number in claim.citations:
                    ws.review.set_verdict(claim_id=claim.id, reference=number, verdict="supported", user=REVIEWER)
                    given += 1
                    say(f"committed verdicts {article.id} {given}")
            result = ws.workflow.transition(article_id=article.id, to="Approved", user=APPROVER, password=password_for(APPROVER))
            say(f"committed approve {article.id} {result.signature_id}")


if __name__ == "__main__":
    work(sys.argv[1], sys.argv[2])
