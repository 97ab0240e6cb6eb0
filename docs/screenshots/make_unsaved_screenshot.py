"""The README's picture of the question asked before unsaved Editor source is left behind.

    .venv/bin/python docs/screenshots/make_unsaved_screenshot.py [--language de]

A throw-away database from the seeds with one reviewer; the reviewer types in the
Editor tab of one article and picks another in the library. The window and the box
it opens are rendered offscreen, the box drawn where it opens, over the window.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("WORKSTATION_SETTINGS_DIR", tempfile.mkdtemp(prefix="unsaved-shot-"))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QPainter, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from workstation.facade import Workstation  # noqa: E402

sys.path.insert(0, str(HERE))
from make_team_screenshots import settle  # noqa: E402  (the window settled as for the team pictures)

ADMIN, REVIEWER = ("admin", "board-admin-passphrase"), ("rev", "reviewer-pass-12")


def build(db: str) -> None:
    with Workstation.open(db) as ws:
        ws.library.seed_if_empty()
        ws.users.add_user(name=ADMIN[0], role="admin", password=ADMIN[1], display_name="Board Admin")
        ws.users.sign_in(name=ADMIN[0], password=ADMIN[1])
        ws.users.add_user(name=REVIEWER[0], role="reviewer", password=REVIEWER[1], display_name="Rita Reviewer",
                          by=ADMIN[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en", help="the window's language (en, de)")
    parser.add_argument("--out", default=str(HERE / "unsaved-changes.png"))
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from ui.i18n import install_language
    from ui.main_window import create_main_window
    from ui.theme import apply_theme

    install_language(app, args.language)
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory(prefix="workstation-unsaved-shot-") as folder:
        db = str(Path(folder) / "unsaved.db")
        build(db)
        window = create_main_window(db, user=REVIEWER[0], password=REVIEWER[1])
        window.resize(1400, 900)
        window.show()
        window.select_article(2)
        settle(app, window)
        window.review.setCurrentWidget(window.review.editor_tab)
        settle(app, window)
        source = window.review.editor_tab.source
        source.moveCursor(QTextCursor.MoveOperation.End)
        source.insertPlainText("\n\nThe 2024 update narrows the dose range; see reference 3.")
        window.select_article(4)
        settle(app, window)
        box = window.findChild(QMessageBox, "unsavedChangesBox")
        assert box is not None and box.isVisible(), "the question was not asked"
        picture = window.grab()
        corner = QPoint((window.width() - box.width()) // 2, (window.height() - box.height()) // 3)
        painter = QPainter(picture)
        painter.drawPixmap(corner, box.grab())
        painter.end()
        picture.save(args.out)
        print(args.out)
        box.reject()
        settle(app, window)
        window.shutdown()
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
