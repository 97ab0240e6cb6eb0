"""Regenerate the README screenshots from the sample articles.

    .venv/bin/python docs/screenshots/make_screenshots.py

Builds a throw-away database from the seeds, takes two articles part of the way
through a review (verdicts, a dismissed finding, a comment; an edited revision,
an approval with its electronic signature), then renders the window with
``workstation gui --screenshot`` for each picture. The sign-in, first-administrator
and Users dialogs and the lock page are rendered offscreen in this process
(``widget.grab()``), in the light palette. The dashboard's pictures come from a
second database: a simulated board of 1,200 articles over three years
(bench/dashboard_bench.py's history), its people and titles given real names;
one of them shows a chart reached with Tab and a bar chosen with the arrow keys.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from workstation.errors import WorkstationError  # noqa: E402
from workstation.facade import Workstation  # noqa: E402

PASSWORDS = {"admin": "board-admin-passphrase", "rev": "reviewer-pass-12", "appr": "approver-pass-34"}
APPROVED = 4  # seeds/003: A Beginner's Guide to HSCT, no citations, warnings only
IN_REVIEW = 5  # seeds/004: scleroderma, three references


def find(claims, start: str):  # type: ignore[no-untyped-def]
    return next(c for c in claims if c.text.startswith(start))


def build(db: str) -> tuple[int, int]:
    """Take the sample articles part of the way through a review; returns two claims to show selected."""
    with Workstation.open(db) as ws:
        ws.library.seed_if_empty()
        ws.users.add_user(name="admin", role="admin", password=PASSWORDS["admin"], display_name="Board Admin")
        ws.users.sign_in(name="admin", password=PASSWORDS["admin"])
        for name, role, display in (("rev", "reviewer", "Rita Reviewer"), ("appr", "approver", "Anna Approver")):
            ws.users.add_user(name=name, role=role, password=PASSWORDS[name], display_name=display, by="admin")
            ws.users.sign_in(name=name, password=PASSWORDS[name])

        # An article edited in review, then approved and signed.
        body = ws.library.get_article(article_id=APPROVED).body
        edited = body.replace("has also been shown to outperform other conventional therapies for MS",
                              "has also compared well with other therapies for MS in some studies")
        ws.review.save_revision(article_id=APPROVED, body=edited, user="rev")
        ws.workflow.transition(article_id=APPROVED, to="Under Review", user="rev")
        reading = next(f for f in ws.review.findings(article_id=APPROVED) if f.code == "reading-level")
        ws.review.dismiss_finding(finding_id=reading.id, user="rev",
                                  reason="Clinical terms are defined in the glossary; grade 11 accepted by the board")
        ws.workflow.transition(article_id=APPROVED, to="Approved", user="appr", password=PASSWORDS["appr"])

        # An article under review: verdicts of every kind, a dismissed finding, a comment.
        ws.workflow.transition(article_id=IN_REVIEW, to="Under Review", user="rev")
        claims = ws.library.get_article(article_id=IN_REVIEW).claims
        verdicts = (
            ("According to the most recent guidelines", 1, "supported", "Guideline overview, section 2", ""),
            ("AHSCT has shown significant benefits", 1, "partially-supported", "Section 3, table 2",
             "Survival benefit shown; skin and lung findings only in the SCOT sub-study"),
            ("Patient selection is crucial", 1, "not-supported", "",
             "The reference does not cite Nature Reviews Rheumatology"),
            ("Autologous hematopoietic stem cell transplantation (AHSCT) has been proposed", 2, "supported",
             "Abstract, background", ""),
            ("A systematic review and meta-analysis", 2, "supported", "Methods and results", ""),
            ("The risk of treatment-related mortality was higher", 2, "unverifiable", "",
             "Full text needed for the risk-of-bias table"),
        )
        for start, reference, verdict, evidence, note in verdicts:
            ws.review.set_verdict(claim_id=find(claims, start).id, reference=reference, verdict=verdict, user="rev",
                                  evidence=evidence, note=note)
        eular = next(f for f in ws.review.findings(article_id=IN_REVIEW)
                     if f.code == "attribution-mismatch" and "EULAR" in f.message)
        ws.review.dismiss_finding(finding_id=eular.id, user="rev",
                                  reason="The guideline overview summarises the 2023 EULAR update")
        selected = find(claims, "AHSCT has shown significant benefits")
        ws.review.add_comment(article_id=IN_REVIEW, claim_id=selected.id, user="rev",
                              body="Please cite the SCOT trial directly for the survival figure.")
        return selected.id, find(claims, "Patient selection is crucial").id


BOARD = {"admin": "Board Admin", "reviewer00": "Rita Moreno", "reviewer01": "Omar Haddad",
         "reviewer02": "Lena Fischer", "reviewer03": "Kwame Mensah", "approver0": "Anna Lindqvist",
         "approver1": "Dr. Priya Nair"}
TOPICS = ("Vitamin D and bone health", "Statins after 75", "Iron tablets in pregnancy", "Asthma relievers",
          "Colorectal screening at 45", "Migraine and CGRP drugs", "Gout flares", "Heart failure diets",
          "COPD inhalers", "Blood pressure targets", "Atrial fibrillation and anticoagulants",
          "Semaglutide for weight loss", "Scleroderma and stem cells", "Sleep and dementia risk")


def build_board(db: str) -> None:
    """A simulated board (1,200 articles, three years) with real-looking names, signed in as its admin."""
    from sqlalchemy import text

    sys.path.insert(0, str(ROOT / "bench"))
    from dashboard_bench import build

    from workstation.passwords import hash_password

    build(db, 1200, 12_000, reviewers=4, approvers=2)
    with Workstation.open(db) as ws, ws.engine.begin() as connection:
        for name, display in BOARD.items():
            connection.execute(text('UPDATE "user" SET display_name = :d WHERE name = :n'), {"d": display, "n": name})
        connection.execute(text('UPDATE "user" SET password_hash = :h WHERE name = \'admin\''),
                           {"h": hash_password(PASSWORDS["admin"])})
        for article_id, in connection.execute(text("SELECT id FROM article")).all():
            title = f"{TOPICS[article_id % len(TOPICS)]} ({2023 + article_id % 3} update {article_id})"
            connection.execute(text("UPDATE article SET title = :t WHERE id = :i"), {"t": title, "i": article_id})


def shoot(db: str, name: str, article: int | None, *options: str, user: str = "rev") -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKSTATION_PASSWORD=PASSWORDS[user])
    env.pop("WORKSTATION_THEME", None)
    workstation = [sys.executable, "-c", "import sys; from ui.cli import main; sys.exit(main(sys.argv[1:]))"]
    command = [*workstation, "--db", db, "gui", "--screenshot", str(HERE / name), "--as", user,
               *(["--article", str(article)] if article is not None else []), *options]
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    print(HERE / name)


def board_of_users(db: str) -> None:
    """The rest of a board, as the Users dialog shows it: one locked, one deactivated, one after a reset."""
    with Workstation.open(db) as ws:
        ws.users.sign_in(name="admin", password=PASSWORDS["admin"])
        for name, role, display in (("mlopez", "approver", "Dr. Maria Lopez"), ("alan", "author", "Alan Author"),
                                    ("kchen", "reviewer", "Dr. Kevin Chen"), ("olga", "reviewer", "Olga Ortiz")):
            ws.users.add_user(name=name, role=role, password="correct-horse-staple", display_name=display, by="admin")
        ws.users.sign_in(name="mlopez", password="correct-horse-staple")
        for _ in range(5):  # five wrong passwords in a row lock the account
            with contextlib.suppress(WorkstationError):
                ws.users.sign_in(name="alan", password="not alan's password")
        ws.users.deactivate_user(name="olga", by="admin")
        ws.users.reset_password(name="kchen", new_password="temporary-pass-1", by="admin")


def shoot_dialogs(db: str, folder: str) -> None:
    """The sign-in and first-administrator dialogs, the Users dialog and the lock page."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["WORKSTATION_SETTINGS_DIR"] = str(Path(folder) / "settings")
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication, QFrame

    from ui.dialogs.sign_in import SignInDialog
    from ui.dialogs.users import UsersDialog
    from ui.main_window import create_main_window
    from ui.theme import apply_theme
    from ui.users_admin import UsersAdmin

    app = QApplication.instance() or QApplication([])
    apply_theme(app, "light")

    def settle(ms: int = 400) -> None:
        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 30)

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        widget.show()
        settle(200)
        widget.grab().save(str(HERE / name))
        widget.close()
        print(HERE / name)

    with Workstation.open(str(Path(folder) / "empty.db")) as empty:
        save(SignInDialog(empty, first_admin=True), "first-admin.png")
    board_of_users(db)
    with Workstation.open(db) as ws:
        save(SignInDialog(ws, user="mlopez"), "sign-in.png")
    window = create_main_window(db, user="admin", password=PASSWORDS["admin"])
    window.resize(1400, 900)
    window.show()
    settle(1500)
    users = UsersDialog(window)
    UsersAdmin(users, window)
    settle()
    users.table.selectRow(next(r for r in range(users.table.rowCount()) if users.table.item(r, 0).text() == "alan"))
    save(users, "users-dialog.png")
    window.idle.configure(15)
    window.idle.lock()
    settle()
    screen = window.idle.screen
    card = screen.findChild(QFrame, "lockCard")
    # The card and a margin of the darkened page around it.
    area = card.geometry().adjusted(-60, -40, 60, 40)
    screen.grab(area).save(str(HERE / "locked.png"))
    print(HERE / "locked.png")
    window.shutdown()
    window.close()


KEYBOARD_SHOT = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from ui.main_window import create_main_window
from ui.theme import apply_theme

app = QApplication([])
apply_theme(app, sys.argv[4])
db, out, password = sys.argv[1:4]
window = create_main_window(db, "admin", password=password)
window.resize(1400, 900)
window.show()
window.dashboard.action.setChecked(True)


def settle():
    for _ in range(3):
        app.processEvents()
        while not window.runner.is_idle():
            app.processEvents()


settle()
view = window.dashboard.view
window.activateWindow()
view.tiles["overdue"].setFocus()
for _ in range(8):  # Tab on to the throughput chart, as a keyboard user would
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    if view.throughput.hasFocus():
        break
chart = view.throughput
QTest.keyClick(chart, Qt.Key.Key_End)
for _ in range(5):
    QTest.keyClick(chart, Qt.Key.Key_Left)
settle()
view.grab().save(out)
print(chart.accessibleDescription())
window.shutdown()
"""


def keyboard_shot(db: str, name: str, theme: str) -> None:
    """The dashboard alone, the throughput chart reached with Tab and a bar chosen with the arrow keys."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("WORKSTATION_THEME", None)
    subprocess.run([sys.executable, "-c", KEYBOARD_SHOT, db, str(HERE / name), PASSWORDS["admin"], theme],
                   check=True, cwd=ROOT, env=env)
    print(HERE / name)


REFERENCES = ROOT / "tests" / "fixtures" / "references"
REFERENCES_SHOT = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui.main_window import create_main_window
from ui.theme import apply_theme

app = QApplication([])
apply_theme(app, "light")
db, article, out, password = sys.argv[1:5]
window = create_main_window(db, "rev", password=password)
window.resize(1400, 900)
window.show()


def settle():
    app.processEvents()
    while not window.runner.is_idle():
        app.processEvents()
    app.processEvents()


window.select_article(int(article))
settle()
window.references.show()
window.resizeDocks([window.references.dock], [400], Qt.Orientation.Vertical)
settle()
model = window.references.model
row = next(r for r in range(model.rowCount()) if model.rows[r].title.startswith("Ileal"))
window.references.panel.table.selectRow(row)
settle()
window.grab().save(out)
window.shutdown()
"""


def references_shot(db: str) -> None:
    """The References view: the reviewer's library with the retracted 1998 Lancet paper selected."""
    with Workstation.open(db) as ws:
        ws.users.sign_in(name="rev", password=PASSWORDS["rev"])
        (article,) = [a.id for a in ws.library.import_files(paths=[REFERENCES / "citing_article.md"], user="rev").imported]
        ws.references.import_retractions(path=REFERENCES / "retraction_watch.csv", user="rev")
        ws.references.import_references(paths=[REFERENCES / n for n in ("pubmed.nbib", "lancet_export.ris", "zotero.bib",
                                                                        "zotero.json")], user="rev")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("WORKSTATION_THEME", None)
    out = HERE / "references-view.png"
    subprocess.run([sys.executable, "-c", REFERENCES_SHOT, db, str(article), str(out), PASSWORDS["rev"]],
                   check=True, cwd=ROOT, env=env)
    print(out)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="workstation-board-") as folder:
        db = str(Path(folder) / "board.db")
        build_board(db)
        dark = shutil.copyfile(db, str(Path(folder) / "board-dark.db"))  # each picture from the same state
        shoot(db, "dashboard.png", None, "--dashboard", "--theme", "light", user="admin")
        shoot(dark, "dashboard-dark.png", None, "--dashboard", "--theme", "dark", user="admin")
        keyboard_shot(dark, "dashboard-keyboard-dark.png", "dark")
        if "--dashboard-only" in sys.argv:
            return
    with tempfile.TemporaryDirectory(prefix="workstation-shots-") as folder:
        db = str(Path(folder) / "shots.db")
        partial, negative = build(db)
        shoot(db, "main-window.png", IN_REVIEW, "--claim", str(negative), "--theme", "light")
        shoot(db, "main-window-dark.png", IN_REVIEW, "--claim", str(negative), "--theme", "dark")
        shoot(db, "main-window-de.png", IN_REVIEW, "--claim", str(negative), "--theme", "light", "--lang", "de")
        shoot(db, "claims-review.png", IN_REVIEW, "--claim", str(partial), "--theme", "light")
        shoot(db, "history.png", APPROVED, "--tab", "history", "--theme", "light")
        shoot_dialogs(db, folder)
        references_shot(db)  # last: it adds an article and a library the other pictures do not show


if __name__ == "__main__":
    main()
