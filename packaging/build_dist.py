"""``make dist``: the standalone folder (PyInstaller), its .tar.gz, and the wheel, all in ``dist/``.

    dist/workstation/                         the program: ./workstation, plus the desktop entry and icon
    dist/review-workstation-VERSION-linux-x86_64.tar.gz
    dist/review_workstation-VERSION-py3-none-any.whl

The folder runs on a machine without Python (everything it needs is inside it);
it is built for the system it is built on (Linux here; Windows and macOS build
their own, see the README).
"""

from __future__ import annotations

import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
EXTRAS = [
    ROOT / "packaging" / "review-workstation.desktop",
    ROOT / "packaging" / "install-desktop-entry.sh",
    ROOT / "ui" / "assets" / "review-workstation.svg",
    ROOT / "ui" / "assets" / "review-workstation.png",
]


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from workstation import __version__

    return __version__


def run(*command: str) -> None:
    print("+", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def build_folder() -> Path:
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "packaging" / "workstation.spec"))
    folder = DIST / "workstation"
    for extra in EXTRAS:
        shutil.copy2(extra, folder / extra.name)
    return folder


def build_archive(folder: Path) -> Path:
    machine = platform.machine().lower() or "unknown"
    archive = DIST / f"review-workstation-{version()}-{sys.platform}-{machine}.tar.gz"
    print("+ writing", archive.name, flush=True)
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=f"review-workstation-{version()}")
    return archive


def build_wheel() -> Path:
    for old in DIST.glob("review_workstation-*.whl"):
        old.unlink()
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(DIST), str(ROOT))
    return next(DIST.glob("review_workstation-*.whl"))


def main() -> int:
    DIST.mkdir(exist_ok=True)
    # The window's translations, compiled from their .ts sources (README: Languages).
    run(sys.executable, str(ROOT / "packaging" / "translations.py"), "--release")
    folder = build_folder()
    archive = build_archive(folder)
    wheel = build_wheel()
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"built {folder.relative_to(ROOT)}/ ({size / 2**20:.0f} MB), {archive.name} "
          f"({archive.stat().st_size / 2**20:.0f} MB), {wheel.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
