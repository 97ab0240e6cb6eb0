"""references attach, evidence suggest and search, annotations export, verdict --evidence: the contract's shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.runner import run_cli
from tests.documents import RESULT, sprint_pdf, write_article
from tests.pdfs import write_pdf
from tests.people import add_person
from tests.review_helpers import REVIEWER, add_team


@pytest.fixture
def setup(ws, db_url: str, tmp_path: Path) -> tuple[str, int, list[int]]:  # type: ignore[no-untyped-def]
    add_team(ws)
    add_person(ws, "alan", "author")
    article = ws.library.import_files(paths=[write_article(tmp_path)], user="admin").imported[0].id
    return db_url, article, [c.id for c in ws.library.get_article(article_id=article).claims]


def run(capsys, db: str, *argv: str) -> tuple[int, object, str]:  # type: ignore[no-untyped-def]
    code, out, err = run_cli(capsys, "--db", db, *argv)
    return code, (json.loads(out) if out.strip() else None), err


def test_attach_suggest_and_verdict(capsys, setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, article, claims = setup
    pdf = str(sprint_pdf(tmp_path))
    code, doc, err = run(capsys, db, "references", "attach", str(article), "1", pdf, "--as", REVIEWER, "--json")
    assert code == 0, err
    assert {"article", "reference", "characters"} <= set(doc)
    assert (doc["article"], doc["reference"], doc["pages"]) == (article, 1, 2) and doc["characters"] > 1000
    assert "attached sprint.pdf" in err

    code, doc, _ = run(capsys, db, "evidence", "suggest", str(claims[0]), "--reference", "1", "--json")
    assert code == 0 and set(doc) == {"claim_id", "reference", "passages"}
    assert (doc["claim_id"], doc["reference"]) == (claims[0], 1) and 1 <= len(doc["passages"]) <= 5
    for passage in doc["passages"]:
        assert {"text", "start", "end", "score"} <= set(passage)
    scores = [p["score"] for p in doc["passages"]]
    assert scores == sorted(scores, reverse=True)
    assert "significantly lower rate of the primary composite outcome" in doc["passages"][0]["text"]
    code, out, err = run_cli(capsys, "--db", db, "evidence", "suggest", str(claims[0]), "--reference", "1")
    assert code == 0 and not err and "p. 2" in out.splitlines()[0] and "results" in out.splitlines()[0]

    code, doc, err = run(capsys, db, "verdict", str(claims[1]), "--reference", "1", "--verdict", "supported",
                         "--evidence", RESULT, "--as", REVIEWER, "--json")
    assert code == 0 and {"claim_id", "reference", "verdict"} <= set(doc)
    assert doc["evidence_anchor"]["page"] == 2 and "evidence found on page 2 of sprint.pdf" in err
    code, doc, err = run(capsys, db, "verdict", str(claims[0]), "--reference", "1", "--verdict", "supported",
                         "--evidence", "not a sentence of the paper", "--as", REVIEWER, "--json")
    assert code == 0 and doc["evidence_anchor"]["start"] is None and "not in sprint.pdf" in err

    code, doc, _ = run(capsys, db, "evidence", "search", "mortality hazard", "--json")
    assert code == 0 and [(h["article"], h["reference"], h["page"]) for h in doc] == [(article, 1, 2)]


def test_refusals_exit_1_with_a_message(capsys, setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, article, claims = setup
    scan = str(write_pdf(tmp_path / "scan.pdf", [[]], image_only=(0,)))
    code, doc, err = run(capsys, db, "references", "attach", str(article), "1", scan, "--as", REVIEWER, "--json")
    assert code == 1 and "no text layer" in err and "Traceback" not in err and "no text layer" in doc["error"]
    code, _, err = run(capsys, db, "references", "attach", str(article), "1", str(sprint_pdf(tmp_path)),
                       "--as", "alan")
    assert code == 1 and "alan is author" in err
    code, _, err = run(capsys, db, "evidence", "suggest", str(claims[0]), "--reference", "1")
    assert code == 1 and "has no document attached" in err
    code, _, err = run(capsys, db, "evidence", "suggest", str(claims[0]), "--reference", "2")
    assert code == 1 and "does not cite reference 2" in err


def test_annotations_export(capsys, setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, article, _ = setup
    out = tmp_path / "review.jsonld"
    code, doc, _ = run(capsys, db, "annotations", "export", str(article), "--out", str(out), "--json")
    assert code == 0 and doc == {"file": str(out), "annotations": 3}
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["@context"] == "http://www.w3.org/ns/anno.jsonld" and written["total"] == 3
    code, _, err = run(capsys, db, "annotations", "export", str(article), "--out", str(tmp_path / "no" / "x.json"))
    assert code == 1 and "cannot write" in err
