"""The error a reference file is refused with: it names the file's line or record."""

from __future__ import annotations

from workstation.errors import ImportFailed


class ReferenceFileError(ImportFailed):
    """A reference file that cannot be read; nothing of it was stored."""


def at_line(line: int, message: str) -> ReferenceFileError:
    return ReferenceFileError(f"line {line}: {message}")


def at_record(index: int, line: int | None, message: str) -> ReferenceFileError:
    where = f"record {index}" + (f" (line {line})" if line is not None else "")
    return ReferenceFileError(f"{where}: {message}")
