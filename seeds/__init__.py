"""Sample articles (captured pages) loaded into an empty database on its first open."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).parent


def seed_files(folder: Path | None = None) -> list[Path]:
    folder = folder or FOLDER
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md") and p.is_file())
