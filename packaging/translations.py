"""Extract the window's strings into ui/translations/*.ts and compile them into .qm (make translations).

    python packaging/translations.py            # lupdate, then lrelease
    python packaging/translations.py --release  # lrelease only (the build: make dist)

The command line (ui/cli) is not scanned: its output stays English (README: Languages).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TRANSLATIONS = UI / "translations"
LANGUAGES = ("de",)  # besides English, the source language


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (make lint sets up .venv)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py") if "cli" not in p.relative_to(UI).parts)


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"workstation_{language}.ts"


def update() -> None:
    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-source-language", "en",
                        "-target-language", language, *sources(), "-ts", str(ts_file(language))],
                       check=True, cwd=ROOT)


def release(out_dir: Path = TRANSLATIONS) -> list[Path]:
    written = []
    for language in LANGUAGES:
        qm = out_dir / f"workstation_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_file(language)), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files into .qm")
    args = parser.parse_args()
    if not args.release:
        update()
    for qm in release():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
