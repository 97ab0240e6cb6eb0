"""Turning the bytes of a file into text, or a clear reason why not."""

from __future__ import annotations

from pathlib import Path

from workstation.errors import ImportFailed
from workstation.messages import message
from workstation.model import MAX_FILE_BYTES

_BOM = b"\xef\xbb\xbf"
# Control characters that never occur in text (tab, LF, CR and form feed do).
_BINARY_CONTROLS = bytes(sorted(set(range(0, 9)) | {11} | set(range(14, 32))))
_TEXT_BYTES = bytes(b for b in range(256) if b not in _BINARY_CONTROLS)


def read_text_file(path: Path) -> str:
    """Read a file to import: size-checked, UTF-8, BOM removed, line ends normalised."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFailed(message("import.unreadable", problem=str(exc.strerror or exc))) from exc
    if size > MAX_FILE_BYTES:
        raise ImportFailed(message("import.file-too-large", size=size / 1024 / 1024,
                                   limit=MAX_FILE_BYTES // (1024 * 1024)))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(message("import.unreadable", problem=str(exc.strerror or exc))) from exc
    return decode_text(data)


def decode_text(data: bytes) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailed(message("import.content-too-large", size=len(data) / 1024 / 1024,
                                   limit=MAX_FILE_BYTES // (1024 * 1024)))
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    if not data.strip():
        raise ImportFailed(message("import.empty"))
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ImportFailed(message("import.nul", offset=nul))
    sample = data[:8192]
    controls = len(sample.translate(None, _TEXT_BYTES))
    if controls > max(8, len(sample) // 100):
        raise ImportFailed(message("import.control"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFailed(
            f"the file is not valid UTF-8 (byte {exc.start}: 0x{data[exc.start]:02x}); "
            "save it as UTF-8 and import it again"
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")
