"""Bad files get a clear error; BOM and CRLF are simply handled."""

from __future__ import annotations

from pathlib import Path

import pytest

from workstation.errors import ImportFailed
from workstation.importers import read_article
from workstation.model import MAX_FILE_BYTES


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"Title\n\nBody\x00 text", "NUL bytes"),
        (bytes(range(256)) * 4, "NUL bytes|binary"),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 100 + b"text", "binary"),
        (b"Title\n\nCaf\xe9 au lait is served.", "not valid UTF-8 .byte 10: 0xe9"),
    ],
)
def test_bad_bytes_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ImportFailed, match=message):
        read_article(path)


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportFailed, match="larger than 5 MB"):
        read_article(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="cannot read"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ImportFailed, match="folder"):
        read_article(tmp_path)


def test_bom_and_crlf_are_handled(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\nA body sentence that says something [1].\r\n")
    article = read_article(path)
    assert article.title == "T"
    assert "\r" not in article.body
