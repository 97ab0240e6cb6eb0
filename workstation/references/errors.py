"""The error a reference file is refused with: it names the file's line or record."""

from __future__ import annotations

from workstation.errors import ImportFailed
from workstation.messages import message


class ReferenceFileError(ImportFailed):
    """A reference file that cannot be read; nothing of it was stored."""


def at_line(line: int, problem: str) -> ReferenceFileError:
    return ReferenceFileError(message("reffile.at-line", line=line, problem=problem))


def at_record(index: int, line: int | None, problem: str) -> ReferenceFileError:
    where = message("reffile.record-line", line=line) if line is not None else ""
    return ReferenceFileError(message("reffile.at-record", index=index, line=where, problem=problem))
