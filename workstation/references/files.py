"""Which format a reference file is in, and reading it whole (or refusing it whole)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workstation.bounded_read import read_bounded
from workstation.errors import ImportFailed
from workstation.messages import message
from workstation.references.bibtex import looks_like_bibtex, read_bibtex
from workstation.references.csl_json import looks_like_csl_json, read_csl_json
from workstation.references.errors import ReferenceFileError, at_line
from workstation.references.medline import looks_like_medline, read_medline
from workstation.references.model import RecordData
from workstation.references.ris import looks_like_ris, read_ris

MAX_REFERENCE_FILE_BYTES = 64 * 1024 * 1024  # a library of tens of thousands of records with abstracts
FORMATS = ("ris", "bibtex", "medline", "csl-json")
READERS: dict[str, Callable[[str], list[RecordData]]] = {
    "ris": read_ris, "bibtex": read_bibtex, "medline": read_medline, "csl-json": read_csl_json,
}
_BY_SUFFIX = {".ris": "ris", ".bib": "bibtex", ".bibtex": "bibtex", ".nbib": "medline", ".medline": "medline"}
_SNIFFERS = (("medline", looks_like_medline), ("ris", looks_like_ris), ("bibtex", looks_like_bibtex))
REFERENCE_SUFFIXES = (*_BY_SUFFIX, ".json")


def sniff(text: str) -> str | None:
    """The format a text is written in, judged by its first lines; None if none of ours."""
    for name, looks in _SNIFFERS:
        if looks(text):
            return name
    return "csl-json" if looks_like_csl_json(text) else None


def reference_format(path: str | Path, text: str | None = None) -> str | None:
    """The reference format of a file by its name, else by its content; None for anything else."""
    path = Path(path)
    by_name = _BY_SUFFIX.get(path.suffix.lower())
    if by_name is not None:
        return by_name
    if path.suffix.lower() not in (".json", ".txt", ""):
        return None
    if text is None:
        try:
            with path.open("rb") as handle:
                head = handle.read(64 * 1024)
        except OSError:
            return None
        if path.suffix.lower() == ".json":
            try:
                text = read_reference_text(path)
            except ImportFailed:
                return None
        else:
            text = head.decode("utf-8", errors="replace")
    return sniff(text)


def read_reference_text(path: Path) -> str:
    """The file as text: size-checked, UTF-8 (the byte at fault named), BOM and CR removed."""
    data = read_bounded(path, MAX_REFERENCE_FILE_BYTES, ReferenceFileError, name="the file", kind="reference files")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ReferenceFileError(message("reffile.nul", offset=nul))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise at_line(line, message("reffile.not-utf8", offset=exc.start, byte=f"{data[exc.start]:02x}")) from exc
    if not text.strip():
        raise ReferenceFileError(message("import.empty"))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_reference_file(path: str | Path, fmt: str | None = None) -> tuple[str, list[RecordData]]:
    """(format, records) of a whole file; ReferenceFileError says which line or record is at fault."""
    path = Path(path)
    text = read_reference_text(path)
    fmt = fmt or reference_format(path, text)
    if fmt is None and path.suffix.lower() == ".json":
        fmt = "csl-json"  # named as JSON and given to the library: say what is wrong with it as CSL-JSON
    if fmt is None:
        raise ReferenceFileError(message("reffile.unknown"))
    if fmt not in READERS:
        raise ReferenceFileError(message("reffile.unknown-format", given=repr(fmt), formats=", ".join(FORMATS)))
    return fmt, READERS[fmt](text)
