"""Reading a file the program takes in (an attached document, a reference library) with a size limit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def read_bounded(path: Path, limit: int, refused: Callable[[str], Exception], *, name: str, kind: str) -> bytes:
    """The bytes of ``path``; ``refused(reason)`` raised when it is over ``limit`` bytes or cannot be read.

    ``name`` is how the reason names the file ("trial.pdf", "the file"), ``kind`` what such files are
    ("documents"): "trial.pdf is 61.2 MB; documents larger than 50 MB are refused".
    """
    try:
        size = path.stat().st_size
        if size > limit:
            raise refused(f"{name} is {size / 1024 / 1024:.1f} MB; {kind} larger than "
                          f"{limit // (1024 * 1024)} MB are refused")
        return path.read_bytes()
    except OSError as exc:
        raise refused(f"cannot read {name}: {exc.strerror or exc}") from exc
