"""What ``make dist`` built, run as a reviewer's machine would (``make dist-check``; not part of make test).

The standalone folder is unpacked from its .tar.gz into a fresh folder and run
with an empty environment (``env -i``) and, where this test may make a mount
namespace (root with ``unshare``), with every Python on the machine and this
source tree hidden, so it can only run on what it carries. The wheel is
installed with pipx into a throwaway PIPX_HOME.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.articles import write_article
from tests.conftest import ROOT
from tests.people import ADMIN, ADMIN_PASSWORD
from workstation import __version__

pytestmark = pytest.mark.dist
DIST = ROOT / "dist"
PNG = b"\x89PNG\r\n\x1a\n"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == PNG, f"{path} is not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .tar.gz unpacked into a fresh folder: the program as a reviewer receives it."""
    archives = sorted(DIST.glob(f"review-workstation-{__version__}-*.tar.gz"))
    if not archives:
        pytest.fail("no standalone archive in dist/: run 'make dist' first")
    folder = tmp_path_factory.mktemp("fresh")
    with tarfile.open(archives[-1]) as tar:
        tar.extractall(folder, filter="tar")
    program = folder / f"review-workstation-{__version__}"
    assert os.access(program / "workstation", os.X_OK)
    return program


def _hidden_paths() -> list[Path]:
    """Every Python this machine has, and the source tree: hidden from the program in its namespace."""
    candidates = [Path(sys.base_prefix), Path(sys.prefix), ROOT, Path.home() / ".pyenv"]
    for pattern in ("/usr/lib/python3*", "/usr/local/lib/python3*", "/usr/bin/python3*", "/usr/local/bin/python3*",
                    "/usr/lib/*/libpython3*"):
        candidates += [Path(p) for p in glob.glob(pattern)]
    # Symbolic links resolved: a mount goes onto what a link points at (which may itself get hidden).
    found = sorted({p.resolve() for p in candidates if p.exists()} - {Path("/")}, key=lambda p: len(p.parts))
    # Once a folder is hidden, what lies inside it is gone too (and could not be mounted over).
    return [p for p in found if not any(q != p and p.is_relative_to(q) for q in found)]


def _can_hide_python() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"], capture_output=True, check=False)
    return probe.returncode == 0


def run_program(program: Path, *args: str, cwd: Path, env: dict[str, str] | None = None,
                timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``workstation ARGS`` from the unpacked folder with an empty environment and, if possible, no Python."""
    clean = {"PATH": "/usr/bin:/bin", "HOME": str(cwd / "home"), "LANG": "C.UTF-8", **(env or {})}
    command = [str(program / "workstation"), *args]
    if _can_hide_python():
        mounts = []
        for path in _hidden_paths():
            target = str(path)
            mounts.append(f"mount -t tmpfs none '{target}'" if path.is_dir() else f"mount --bind /dev/null '{target}'")
        script = (" && ".join(mounts) + " && "
                  "if python3 -c 1 2>/dev/null; then echo 'a Python is still reachable' >&2; exit 97; fi && "
                  'exec "$@"')
        command = ["unshare", "-m", "--propagation", "private", "/bin/sh", "-c", script, "sh", *command]
    return subprocess.run(["env", "-i", *(f"{k}={v}" for k, v in clean.items()), *command], cwd=cwd,
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=timeout, check=False)


def test_the_folder_runs_without_python_on_a_fresh_database(unpacked: Path, tmp_path: Path) -> None:
    version = run_program(unpacked, "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"workstation {__version__}"

    shot = tmp_path / "window.png"
    opened = run_program(unpacked, "--db", "fresh.db", "gui", "--screenshot", str(shot), "--article", "2",
                         cwd=tmp_path)
    assert opened.returncode == 0, opened.stderr
    assert _png_size(shot) == (1400, 900)
    listed = run_program(unpacked, "--db", "fresh.db", "list", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 5  # the sample articles shipped inside the folder were loaded


def test_the_folder_imports_in_worker_processes_checks_backs_up_and_restores(unpacked: Path, tmp_path: Path) -> None:
    password = {"WORKSTATION_PASSWORD": ADMIN_PASSWORD}
    made = run_program(unpacked, "--db", "board.db", "users", "add", ADMIN, "--role", "admin", "--password",
                       ADMIN_PASSWORD, cwd=tmp_path)
    assert made.returncode == 0, made.stderr  # the password list shipped inside the folder was read
    folder = tmp_path / "articles"
    folder.mkdir()
    files = [str(write_article(folder, f"n{n:03d}")) for n in range(210)]  # enough for worker processes
    imported = run_program(unpacked, "--db", "board.db", "import", *files, "--as", ADMIN, "--json",
                           cwd=tmp_path, env=password)
    assert imported.returncode == 0, imported.stderr
    assert len(json.loads(imported.stdout)["imported"]) == 210
    assert "usage:" not in imported.stderr  # a worker started as a second command line would print usage
    checked = run_program(unpacked, "--db", "board.db", "check", "1", "--json", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "findings" in json.loads(checked.stdout)  # the checks' vocabulary shipped inside the folder

    backup = run_program(unpacked, "--db", "board.db", "backup", "copy.db", "--as", ADMIN, "--json",
                         cwd=tmp_path, env=password)
    assert backup.returncode == 0, backup.stderr
    restored = run_program(unpacked, "--db", "restored.db", "restore", "copy.db", "--as", ADMIN, "--json",
                           cwd=tmp_path, env=password)
    assert restored.returncode == 0, restored.stderr
    verified = run_program(unpacked, "--db", "restored.db", "audit", "verify", "--json", cwd=tmp_path)
    assert verified.returncode == 0 and json.loads(verified.stdout)["ok"], verified.stderr


def test_the_desktop_entry_installs_for_the_user(unpacked: Path, tmp_path: Path) -> None:
    data = tmp_path / "share"
    done = subprocess.run(["sh", str(unpacked / "install-desktop-entry.sh")], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)},
                          check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    entry = (data / "applications" / "review-workstation.desktop").read_text(encoding="utf-8")
    assert f'Exec="{unpacked}/workstation" gui' in entry and "Icon=review-workstation" in entry
    assert (data / "icons/hicolor/scalable/apps/review-workstation.svg").exists()
    assert _png_size(data / "icons/hicolor/256x256/apps/review-workstation.png") == (256, 256)
    if shutil.which("desktop-file-validate"):
        valid = subprocess.run(["desktop-file-validate", str(data / "applications" / "review-workstation.desktop")],
                               capture_output=True, text=True, check=False)
        assert valid.returncode == 0, valid.stdout + valid.stderr


def test_the_wheel_installs_with_pipx(tmp_path: Path) -> None:
    wheels = sorted(DIST.glob(f"review_workstation-{__version__}-*.whl"))
    if not wheels:
        pytest.fail("no wheel in dist/: run 'make dist' first")
    tools = tmp_path / "pipx-venv"
    subprocess.run([sys.executable, "-m", "venv", str(tools)], check=True, timeout=300)
    subprocess.run([str(tools / "bin" / "python"), "-m", "pip", "install", "--quiet", "pipx"], check=True,
                   timeout=600)
    env = {"PATH": f"{tools / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path / "home"),
           "PIPX_HOME": str(tmp_path / "pipx"), "PIPX_BIN_DIR": str(tmp_path / "bin"),
           "PIPX_MAN_DIR": str(tmp_path / "man"), "QT_QPA_PLATFORM": "offscreen"}
    python = Path(sys.base_prefix) / "bin" / f"python{sys.version_info.major}.{sys.version_info.minor}"
    installed = subprocess.run([str(tools / "bin" / "pipx"), "install", "--python", str(python),
                                str(wheels[-1])], capture_output=True, text=True, env=env, timeout=900, check=False)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    program = tmp_path / "bin" / "workstation"
    version = subprocess.run([str(program), "--version"], capture_output=True, text=True, env=env, timeout=120,
                             check=False)
    assert version.stdout.strip() == f"workstation {__version__}", version.stderr
    shot = tmp_path / "window.png"
    opened = subprocess.run([str(program), "--db", str(tmp_path / "fresh.db"), "gui", "--screenshot", str(shot)],
                            capture_output=True, text=True, env=env, timeout=300, check=False)
    assert opened.returncode == 0, opened.stderr
    assert _png_size(shot) == (1400, 900)


def test_the_folder_speaks_german_with_qt_own_buttons(unpacked: Path, tmp_path: Path) -> None:
    """The window's German and Qt's own (qtbase_de.qm: Cancel, Yes, the file dialogs) travel in the folder."""
    assert list(unpacked.rglob("ui/translations/workstation_de.qm"))
    assert list(unpacked.rglob("PySide6/Qt/translations/qtbase_de.qm"))
    shot = tmp_path / "window.png"
    opened = run_program(unpacked, "--db", "fresh.db", "gui", "--lang", "de", "--screenshot", str(shot), cwd=tmp_path)
    assert opened.returncode == 0, opened.stderr
    # ui.i18n says so on standard error when it cannot load either translation from where the program runs.
    assert "stay English" not in opened.stderr and "stays English" not in opened.stderr, opened.stderr
    assert _png_size(shot) == (1400, 900)
