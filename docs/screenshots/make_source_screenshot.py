"""The README's picture of a claim and its source side by side.

    .venv/bin/python docs/screenshots/make_source_screenshot.py

A throw-away database with an article on blood-pressure targets whose first
reference has the trial's report attached (a two-page PDF written by the tests'
PDF writer from tests/core/evidence_set/sprint.txt); a reviewer has recorded a
verdict with a passage of page 2 as its evidence. The window is rendered with
``workstation gui --screenshot`` with that claim selected.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.documents import RESULT, sprint_pdf, write_article  # noqa: E402
from workstation.facade import Workstation  # noqa: E402

ADMIN, REVIEWER = ("admin", "board-admin-passphrase"), ("rev", "reviewer-pass-12")


def build(db: str, folder: Path) -> tuple[int, int]:
    with Workstation.open(db) as ws:
        ws.users.add_user(name=ADMIN[0], role="admin", password=ADMIN[1], display_name="Board Admin")
        ws.users.sign_in(name=ADMIN[0], password=ADMIN[1])
        ws.users.add_user(name=REVIEWER[0], role="reviewer", password=REVIEWER[1], display_name="Rita Reviewer",
                          by=ADMIN[0])
        ws.users.sign_in(name=REVIEWER[0], password=REVIEWER[1])
        article = ws.library.import_files(paths=[write_article(folder)], user=ADMIN[0]).imported[0].id
        ws.review.attach_document(article_id=article, number=1, path=sprint_pdf(folder, "sprint-nejm-2015.pdf"),
                                  user=REVIEWER[0])
        ws.workflow.transition(article_id=article, to="Under Review", user=REVIEWER[0])
        claims = ws.library.get_article(article_id=article).claims
        ws.review.set_verdict(claim_id=claims[1].id, reference=1, verdict="supported", user=REVIEWER[0], evidence=RESULT,
                              note="HR 0.73 for death from any cause")
        return article, claims[1].id


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "source.db")
        article, claim = build(db, Path(folder))
        env = {**os.environ, "WORKSTATION_PASSWORD": REVIEWER[1], "QT_QPA_PLATFORM": "offscreen"}
        target = HERE / "claim-and-source.png"
        workstation = [sys.executable, "-c", "import sys; from ui.cli import main; sys.exit(main(sys.argv[1:]))"]
        subprocess.run([*workstation, "--db", db, "gui", "--screenshot", str(target),
                        "--article", str(article), "--claim", str(claim), "--as", REVIEWER[0], "--theme", "light"],
                       check=True, env=env, cwd=ROOT)
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
