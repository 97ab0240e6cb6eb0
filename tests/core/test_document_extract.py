"""Text out of attached files: pages kept, scans reported, hostile or broken files refused with the reason."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.pdfs import bomb_pdf, pdf_bytes, write_pdf
from workstation.documents import extract
from workstation.documents.extract import (
    HTML,
    PDF,
    TEXT,
    DocumentRefused,
    NoTextLayer,
    extract_bytes,
    extract_file,
    html_text,
)


def test_pdf_pages_are_kept_with_their_spans(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "trial.pdf", [["Methods", "We enrolled 120 adults."],
                                              ["Results", "Mortality fell by 25% (HR 0.75)."]])
    document = extract_file(path)
    assert document.media_type == PDF and document.file_name == "trial.pdf"
    assert len(document.pages) == 2 and document.empty_pages == ()
    first, second = (document.text[s:e] for s, e in document.pages)
    assert "We enrolled 120 adults." in first and "Mortality fell by 25% (HR 0.75)." in second
    assert document.sha256 == __import__("hashlib").sha256(path.read_bytes()).hexdigest()
    assert document.size == path.stat().st_size


def test_a_scan_without_a_text_layer_is_reported_as_such(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "scan.pdf", [[], [], []], image_only=(0, 1, 2))
    with pytest.raises(NoTextLayer, match=r"scan.pdf has no text layer \(3 pages, no text on any\).*OCR"):
        extract_file(path)


def test_a_pdf_with_some_scanned_pages_names_them(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "mixed.pdf", [["Typed page."], [], ["Typed again."]], image_only=(1,))
    assert extract_file(path).empty_pages == (2,)


@pytest.mark.parametrize("make, message", [
    (lambda d: bomb_pdf(d / "bomb.pdf", 300), "decompression bomb"),
    (lambda d: _write(d / "cut.pdf", pdf_bytes([["Some text."]])[:200]), "bomb|damaged|readable|no text layer"),
    (lambda d: _write(d / "noise.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 400), "damaged|readable|no text layer"),
    (lambda d: _write(d / "empty.pdf", b""), "empty"),
    (lambda d: _write(d / "blank.txt", b"  \n\n "), "empty"),
    (lambda d: _write(d / "tool.bin", b"\x7fELF\x02\x01\x01\x00" + bytes(4000)), "binary data"),
    (lambda d: _write(d / "locked.pdf", _encrypted("s3cret")), "protected by a password"),
])
def test_hostile_or_broken_files_are_refused_with_the_reason(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DocumentRefused, match=message):
        extract_file(make(tmp_path))


def test_a_pdf_encrypted_without_a_password_opens(tmp_path: Path) -> None:
    assert "open text" in extract_file(_write(tmp_path / "open.pdf", _encrypted(""))).text


def test_a_reader_that_takes_too_long_is_stopped(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "slow.pdf", [["Anything."]])
    with pytest.raises(DocumentRefused, match="took longer than"):
        extract_file(path, timeout=0.001)


def test_files_over_the_size_limit_are_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "MAX_FILE_BYTES", 1000)
    path = _write(tmp_path / "big.txt", b"word " * 400)
    with pytest.raises(DocumentRefused, match="larger than 0 MB|MB are refused"):
        extract_file(path)


def test_html_blocks_become_paragraphs_and_scripts_go(tmp_path: Path) -> None:
    page = (b"<!doctype html><html><head><title>Guideline</title><style>p{}</style></head><body>"
            b"<nav>Home | About</nav><h1>Iron in pregnancy</h1><p>Take <b>30 mg</b> of iron\n   daily.</p>"
            b"<script>alert(1)</script><!-- hidden --><ul><li>one</li><li>two</li></ul></body></html>")
    document = extract_file(_write(tmp_path / "guideline.html", page))
    assert document.media_type == HTML and len(document.pages) == 1
    assert document.text == "Guideline\n\nIron in pregnancy\n\nTake 30 mg of iron daily.\n\none\n\ntwo"


def test_deeply_nested_markup_is_read_without_recursion() -> None:
    assert html_text("<div>" * 50_000 + "deep") == "deep"
    assert extract_bytes(b"<html><body>" + b"<p>" * 20_000 + b"deep", "nested.html").text == "deep"


def test_plain_text_keeps_form_feed_pages_and_reads_windows_1252(tmp_path: Path) -> None:
    document = extract_file(_write(tmp_path / "notes.txt", "Page one.\fPage two caf\xe9.".encode("cp1252")))
    assert document.media_type == TEXT
    assert [document.text[s:e] for s, e in document.pages] == ["Page one.", "Page two café."]


def test_line_end_hyphens_and_ligatures_are_undone() -> None:
    assert extract.clean_text("the ef\ufb01cacy of treat-\nment\r\nwas   \nclear") == "the efficacy of treatment\nwas\nclear"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _encrypted(password: str) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes([["secret text here" if password else "open text here"]])))
    writer.encrypt(user_password=password, owner_password="owner-password", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
