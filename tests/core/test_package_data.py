"""What an installed program needs at run time is declared: the wheel holds every file of the packages.

The standalone build (PyInstaller, ``make dist``) collects the same packages' files;
``make dist-check`` runs that build itself (tests/dist/).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT
from workstation import __version__

PACKAGES = ("workstation", "ui", "db", "seeds")
SKIP = ("__pycache__",)


def _source_files() -> set[str]:
    files = set()
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*"):
            if path.is_file() and not any(part in SKIP for part in path.parts) and path.suffix != ".pyc":
                files.add(path.relative_to(ROOT).as_posix())
    return files


def test_the_wheel_carries_every_file_the_program_reads(tmp_path: Path) -> None:
    # A clean copy of the source, so nothing left in a build/ folder can slip into the wheel.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", *PACKAGES):
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, source / name, ignore=shutil.ignore_patterns(*SKIP, "*.pyc"))
        else:
            shutil.copy2(item, source / name)
    out = tmp_path / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
                    "--wheel-dir", str(out), str(source)], check=True, capture_output=True, timeout=120)
    [wheel] = out.glob("*.whl")
    assert wheel.name == f"review_workstation-{__version__}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = archive.read(f"review_workstation-{__version__}.dist-info/entry_points.txt").decode()
    missing = sorted(_source_files() - names)
    assert missing == [], f"not in the wheel (declare them in [tool.setuptools.package-data]): {missing}"
    # The files named here are read at run time; the check above would also catch them, but say so plainly.
    for needed in ("seeds/000_afc8492b608435a4.txt", "workstation/data/common-passwords.txt.gz",
                   "db/migrations/env.py", "db/migrations/versions/0005_teamwork.py", "db/team/triggers.sql",
                   "workstation/checks/data/sources.yaml", "workstation/export/page.css",
                   "ui/assets/review-workstation.png", "ui/translations/workstation_de.qm"):
        assert needed in names
    assert "workstation = ui.cli:main" in entry_points


def test_workstation_version_from_the_installed_command() -> None:
    done = subprocess.run([str(Path(sys.executable).parent / "workstation"), "--version"], capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.strip() == f"workstation {__version__}"
