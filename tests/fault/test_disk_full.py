"""A disk that fills up during an export: no partial file under a final name, and a summary of what was written.

Two ways to fill it: a small tmpfs mounted for the export folder (where the test may
mount one, i.e. as root), and a file-size limit (``RLIMIT_FSIZE``, with SIGXFSZ
ignored so writes fail with EFBIG instead of killing the process) everywhere.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.fault.conftest import FAULT_FIGURES

pytestmark = pytest.mark.fault
FORMATS = ["html", "md", "json", "report", "pdf", "report-pdf"]

EXPORT_UNDER_LIMIT = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[1])
if limit:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from ui.cli import main
sys.exit(main(sys.argv[2:]))
"""


def export(db: str, out: Path, *, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    argv = ["--db", db, "export", "1"]
    for fmt in FORMATS:
        argv += ["--format", fmt]
    argv += ["--out", str(out), "--json"]
    command = [sys.executable, "-c", EXPORT_UNDER_LIMIT, str(limit or 0), *argv]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def assert_no_partial_files(result: subprocess.CompletedProcess[str], out: Path) -> None:
    FAULT_FIGURES["runs"] += 1
    FAULT_FIGURES["faults"] += 1
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stdout.strip(), result.stderr
    report = json.loads(result.stdout)
    assert result.returncode == 1 and report["refused"], result.stderr
    written = {Path(e["file"]).name for e in report["exported"]}
    for path in out.iterdir():
        assert not path.name.endswith(".part"), f"a temporary file was left behind: {path.name}"
        data = path.read_bytes()
        if path.suffix == ".pdf":
            assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), path.name
        elif path.suffix == ".html":
            assert data.rstrip().endswith(b"</html>"), path.name
        elif path.suffix == ".json":
            json.loads(data)
        assert path.name in written or path.name == "index.html", path.name
    assert "not written for article 1" in result.stderr
    assert any(word in result.stderr for word in ("No space left", "too large", "incomplete", "truncated"))


def test_a_file_size_limit_during_export(approved_db: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert_no_partial_files(export(approved_db, out, limit=34_000), out)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; the file-size-limit variant covers this machine")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def test_a_full_disk_during_export(approved_db: str, small_disk: Path) -> None:
    out = small_disk / "out"
    assert_no_partial_files(export(approved_db, out), out)
