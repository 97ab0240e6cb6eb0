"""Fixtures for the window tests: a settings folder of their own and a window factory that owns teardown."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.people import add_person, password_for


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read or write the user's own settings, and errors fail loudly instead of opening dialogs."""
    monkeypatch.setenv("WORKSTATION_SETTINGS_DIR", str(tmp_path / "settings"))
    import ui.errors

    monkeypatch.setattr(ui.errors, "show_dialogs", False)
    from ui.dialogs.sign_in import SignInDialog

    def no_one_to_answer(dialog: SignInDialog) -> int:
        raise AssertionError("the sign-in dialog would wait for someone to type: give the test a password")

    monkeypatch.setattr(SignInDialog, "exec", no_one_to_answer)
    from PySide6.QtWidgets import QDialog

    def nobody_there(dialog: QDialog) -> int:
        raise AssertionError(f"{dialog.objectName() or type(dialog).__name__} would wait for someone: "
                             "patch its ask() or drive it directly")

    monkeypatch.setattr(QDialog, "exec", nobody_there)


@pytest.fixture(scope="session")
def ui_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once per run: the five seeds (ids 1..5) and three users; each test gets a copy."""
    from workstation.facade import Workstation

    path = tmp_path_factory.mktemp("template") / "ui.db"
    with Workstation.open(str(path)) as ws:
        report = ws.library.import_files(paths=sorted(SEEDS.glob("*.txt")))
        assert not report.failed
        add_person(ws, "rev", "reviewer", display_name="Rita Reviewer")
        add_person(ws, "appr", "approver", display_name="Anna Approver")
        add_person(ws, "auth", "author", display_name="Arthur Author")
    return path


@pytest.fixture
def ui_db(ui_db_template: Path, tmp_path: Path) -> str:
    """A private copy of the seeded database."""
    target = tmp_path / "ui.db"
    for suffix in ("", "-wal", "-shm"):
        source = ui_db_template.with_name(ui_db_template.name + suffix)
        if source.exists():
            shutil.copyfile(source, target.with_name(target.name + suffix))
    return str(target)


def wait_idle(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Until every queued facade call has come back and been shown."""
    qtbot.waitUntil(window.runner.is_idle, timeout=10_000)


@pytest.fixture
def main_window(qtbot, ui_db: str) -> Iterator[Callable[..., object]]:  # type: ignore[no-untyped-def]
    """Open real windows on the seeded database; each is closed (worker stopped, database released) afterwards."""
    from ui.main_window import create_main_window

    windows = []

    def open_window(user: str = "rev", db: str | None = None, article: int | None = None):  # type: ignore[no-untyped-def]
        window = create_main_window(db or ui_db, user=user, password=password_for(user))
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1400, 900)
        window.show()
        if article is not None:
            window.select_article(article)
            qtbot.waitUntil(lambda: window.current_article == article, timeout=10_000)
        else:
            qtbot.waitUntil(lambda: window.current_article is not None, timeout=10_000)
        wait_idle(qtbot, window)
        return window

    yield open_window
    for window in windows:
        window.shutdown()


def fresh_copy(prefix: str, folder: Path) -> str:
    """A seed file under another title: the seeds are stored already, and the same content is not stored twice."""
    source = next(SEEDS.glob(prefix + "_*.txt"))
    title, rest = source.read_text(encoding="utf-8").split("\n", 1)
    target = folder / f"fresh-{source.name}"
    target.write_text(f"{title} (a fresh copy)\n{rest}", encoding="utf-8")
    return str(target)
