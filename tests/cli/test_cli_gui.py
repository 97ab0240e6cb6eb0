"""`workstation gui --screenshot` as an outside check runs it: a fresh database, no user, no terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from workstation.facade import Workstation


def test_a_screenshot_of_a_fresh_database_needs_nobody_to_answer(tmp_path: Path) -> None:
    db, out = tmp_path / "fresh.db", tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSTATION_SETTINGS_DIR": str(tmp_path / "settings")}
    done = subprocess.run(
        [str(Path(sys.executable).parent / "workstation"), "--db", str(db), "gui", "--screenshot", str(out),
         "--article", "2"],
        capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    with Workstation.open(str(db)) as ws:
        assert ws.library.count_articles() == 5  # seeded on first open
        assert ws.users.list_users() == []  # and no user was made up


def test_the_window_refuses_an_empty_file_unless_create(tmp_path: Path) -> None:
    db, out = tmp_path / "typo.db", tmp_path / "shot.png"
    db.touch()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKSTATION_SETTINGS_DIR": str(tmp_path / "settings")}

    def gui(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(Path(sys.executable).parent / "workstation"), "--db", str(db), *extra, "gui", "--screenshot", str(out)],
            capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120, check=False,
        )

    refused = gui()
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "empty file" in refused.stderr and "--create" in refused.stderr
    assert db.stat().st_size == 0 and not out.exists()
    created = gui("--create")
    assert created.returncode == 0, created.stderr
    assert out.exists() and db.stat().st_size > 0
    with Workstation.open(str(db)) as ws:
        assert ws.library.count_articles() == 5  # a new database, seeded on its first open


def test_the_command_line_starts_without_loading_qt() -> None:
    probe = "import sys, ui.cli; ui.cli.build_parser(); print('PySide6' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "False"
