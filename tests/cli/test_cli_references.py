"""`references import/list/export` and `retractions import` as CONTRACT.md fixes their JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.people import ADMIN, ADMIN_PASSWORD

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "references"
RECORD_KEYS = {"id", "title", "authors", "container", "year", "volume", "issue", "pages", "doi", "pmid", "url",
               "retraction", "articles"}


def test_references_commands_print_the_contract_shapes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    code, out, err = run_cli(capsys, "--db", db, "import", str(FIXTURES / "citing_article.md"), "--json")
    assert code == 0, err
    article = json.loads(out)["imported"][0]["id"]

    files = [str(FIXTURES / n) for n in ("lancet_export.ris", "zotero.bib", "pubmed.nbib", "zotero.json")]
    code, out, err = run_cli(capsys, "--db", db, "references", "import", *files, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert set(report) >= {"records", "merged", "linked", "failed"}
    assert all(set(r) == {"id", "title", "doi", "pmid"} for r in report["records"])
    assert len(report["records"]) == 6 and report["merged"] == 7 and report["failed"] == []
    assert sorted((x["article"], x["reference"]) for x in report["linked"]) == [(article, 1), (article, 2), (article, 3)]

    code, out, _ = run_cli(capsys, "--db", db, "references", "list", "--json")
    rows = json.loads(out)
    assert len(rows) == 6 and all(set(r) >= RECORD_KEYS for r in rows)
    wakefield = next(r for r in rows if r["pmid"] == "9500320")
    assert wakefield["doi"] == "10.1016/s0140-6736(97)11096-0" and wakefield["articles"] == [article]
    assert isinstance(wakefield["authors"], list) and wakefield["retraction"] is None

    code, out, _ = run_cli(capsys, "--db", db, "references", "list", "--search", "semaglutide", "--json")
    assert [r["title"] for r in json.loads(out)] == ["Once-Weekly Semaglutide in Adults with Overweight or Obesity"]

    code, out, err = run_cli(capsys, "--db", db, "retractions", "import", str(FIXTURES / "retraction_watch.csv"),
                             "--json")
    assert code == 0, err
    flagged = json.loads(out)
    assert flagged["records"] == 6
    assert sorted((f["article"], f["reference"], f["nature"]) for f in flagged["flagged"]) == [
        (article, 1, "Retraction"), (article, 2, "Retraction"), (article, 3, "Correction")]

    code, out, _ = run_cli(capsys, "--db", db, "check", str(article), "--json")
    retracted = {f["reference"]: f["severity"] for f in json.loads(out)["findings"] if f["code"] == "reference-retracted"}
    assert retracted == {1: "error", 2: "error", 3: "info"}

    code, out, _ = run_cli(capsys, "--db", db, "show", str(article), "--json")
    refs = json.loads(out)["references"]
    assert set(refs[0]) >= {"number", "type", "title", "source", "year", "doi", "pmid", "url"}
    assert refs[0]["record"]["doi"] == "10.1016/s0140-6736(97)11096-0" and refs[0]["retraction"] == "Retraction"
    assert refs[3]["record"] is None and len(refs[3]["suggested_records"]) == 1

    code, out, _ = run_cli(capsys, "--db", db, "show", str(article))
    assert "developmental disorder in children — The Lancet, 1998  [RETRACTION]" in out

    for fmt, name in (("csl-json", "out.json"), ("ris", "out.ris"), ("bibtex", "out.bib")):
        target = tmp_path / name
        code, out, err = run_cli(capsys, "--db", db, "references", "export", "--format", fmt, "--out", str(target),
                                 "--json")
        assert code == 0, err
        assert json.loads(out) == {"records": 6, "file": str(target)} and target.exists()


def test_a_bad_reference_file_fails_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.db")
    bad = tmp_path / "bad.nbib"
    bad.write_text("PMID- 9500320\nTI  - A title\nnot a tag at all\n")
    code, out, err = run_cli(capsys, "--db", db, "references", "import", str(bad), str(FIXTURES / "zotero.bib"),
                             "--json")
    assert code == 1
    report = json.loads(out)
    assert report["failed"] == [{"file": str(bad), "error": "line 3: expected a MEDLINE tag such as 'TI  - ' or a "
                                 "continuation, found 'not a tag at all'"}]
    assert len(report["records"]) == 3
    assert "failed" in err


def test_reference_commands_need_a_signed_in_user_once_there_are_users(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    code, _, err = run_cli(capsys, "--db", db, "users", "add", ADMIN, "--role", "admin", "--password", ADMIN_PASSWORD)
    assert code == 0, err
    code, _, err = run_cli(capsys, "--db", db, "references", "import", str(FIXTURES / "zotero.bib"))
    assert code == 1 and "sign-in required" in err
    code, _, err = run_cli(capsys, "--db", db, "references", "import", str(FIXTURES / "zotero.bib"), "--as", ADMIN)
    assert code == 0, err


def test_the_article_import_points_reference_files_to_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "--db", str(tmp_path / "x.db"), "import", str(FIXTURES / "lancet_export.ris"),
                           "--json")
    assert code == 1
    assert "RIS reference file, not an article" in json.loads(out)["failed"][0]["error"]
