"""Export file names cannot escape their folder; writes are all or nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.export import files
from workstation.export.files import safe_filename, write_atomic

RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
            *(f"lpt{i}" for i in range(10))}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Stem cell transplants for MS", "0042-stem-cell-transplants-for-ms.html"),
        ("../../etc/passwd", "0042-etc-passwd.html"),
        ("..\\..\\Windows\\system32", "0042-windows-system32.html"),
        ("CON", "0042-con.html"),
        ("nul.txt", "0042-nul-txt.html"),
        ("", "0042.html"),
        ("   ...   ", "0042.html"),
        ("C:\\temp\\x:y", "0042-c-temp-x-y.html"),
        ("a/b\\c:d*e?f\"g<h>i|j", "0042-a-b-c-d-e-f-g-h-i-j.html"),
        ("Über straße – été", "0042-über-straße-été.html"),
        ("\u202eevil\u200b\x00name", "0042-evilname.html"),
        ("\uff0e\uff0e\uff0f\uff0e\uff0e\uff0f", "0042.html"),  # full-width ../../
    ],
)
def test_safe_filename_examples(title: str, expected: str) -> None:
    assert safe_filename(title, 42, ".html") == expected


def test_safe_filename_long_titles_are_cut_by_bytes() -> None:
    name = safe_filename("x" * 500, 7, ".html")
    assert name == "0007-" + "x" * files.MAX_SLUG_BYTES + ".html"
    wide = safe_filename("\u4e2d" * 500, 7, ".html")
    assert len(wide.encode("utf-8")) <= 5 + files.MAX_SLUG_BYTES + 5
    assert wide.startswith("0007-\u4e2d") and wide.endswith("\u4e2d.html")


def test_safe_filename_suffixes_and_ids() -> None:
    assert safe_filename("T", 12345, "report.html") == "12345-t.report.html"
    assert safe_filename("T", 0, "json") == "0000-t.json"
    for bad_suffix in ("", ".", "../x", ".a/b", ".h tml", "." + "x" * 40, ".md\x00"):
        with pytest.raises(ValueError):
            safe_filename("T", 1, bad_suffix)
    for bad_id in (-1, True, 1.5, "1"):
        with pytest.raises(ValueError):
            safe_filename("T", bad_id, ".html")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(title=st.text(max_size=300), article_id=st.integers(min_value=0, max_value=10**9))
def test_safe_filename_property(title: str, article_id: int) -> None:
    name = safe_filename(title, article_id, ".html")
    assert name.startswith(f"{article_id:04d}") and name.endswith(".html")
    assert "/" not in name and "\\" not in name and ":" not in name and "\x00" not in name
    assert ".." not in name
    assert Path(name).name == name and not Path(name).is_absolute()
    assert len(name.encode("utf-8")) <= 255
    assert name.split(".")[0].lower() not in RESERVED
    assert all(ch.isprintable() for ch in name)
    # Different articles never share a name.
    assert safe_filename(title, article_id + 1, ".html") != name


def test_write_atomic_text_and_bytes(tmp_path: Path) -> None:
    target = tmp_path / "a.html"
    write_atomic(target, "caf\u00e9 <p>")
    assert target.read_bytes() == "caf\u00e9 <p>".encode()
    write_atomic(target, b"\x00\x01binary")
    assert target.read_bytes() == b"\x00\x01binary"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html"]
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o644


def test_write_atomic_keeps_existing_permissions(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    target = tmp_path / "a.json"
    target.write_text("old")
    target.chmod(0o600)
    write_atomic(target, "new")
    assert target.read_text() == "new" and target.stat().st_mode & 0o777 == 0o600


def test_encoding_failure_mid_write_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "big.html"
    # The lone surrogate sits past the first chunk, so the failure comes mid-write.
    data = "x" * (files._CHUNK_CHARS + 10) + "\ud800"
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, data)
    assert list(tmp_path.iterdir()) == []


def test_encoding_failure_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "a.html"
    write_atomic(target, "previous")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "\ud800")
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["a.html"]


def test_replace_failure_leaves_no_partial_file(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.html"

    def refuse(src: object, dst: object) -> None:
        assert Path(str(src)).exists()  # the complete temporary file was there
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, "data")
    assert list(tmp_path.iterdir()) == []


def test_fsync_failure_leaves_no_partial_file(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError("I/O error")

    monkeypatch.setattr(files.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="I/O error"):
        write_atomic(tmp_path / "a.html", "data")
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_refuses_other_objects(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        write_atomic(tmp_path / "a", 42)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_into_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "missing" / "a.html", "x")
    assert list(tmp_path.iterdir()) == []


def test_file_writer_writes_every_file_and_hands_back_each_failure(tmp_path: Path) -> None:
    names = [f"{n:04d}.html" for n in range(40)]
    with files.FileWriter() as writer:
        written = [writer.write(tmp_path / name, f"article {name}") for name in names]
        failed = writer.write(tmp_path / "missing-folder" / "a.html", "nowhere to go")
        broken = writer.write(tmp_path / "bad.html", "\ud800")
    assert all(future.result() is None for future in written)
    with pytest.raises(FileNotFoundError):
        failed.result()
    with pytest.raises(UnicodeEncodeError):
        broken.result()
    assert sorted(p.name for p in tmp_path.iterdir()) == names  # nothing partial beside them
    assert all((tmp_path / name).read_text() == f"article {name}" for name in names)
