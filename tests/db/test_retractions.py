"""The retraction list read offline and the reference-retracted check, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.people import add_person
from workstation.errors import ImportFailed, PermissionDenied

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "references"
CSV = FIXTURES / "retraction_watch.csv"


def _article(ws, user=None) -> int:  # type: ignore[no-untyped-def]
    (article_id,) = [a.id for a in ws.library.import_files(paths=[FIXTURES / "citing_article.md"], user=user).imported]
    return article_id


def _retracted(ws, article_id: int) -> dict[int, tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {f.reference: (f.severity, f.message) for f in ws.review.findings(article_id=article_id)
            if f.code == "reference-retracted"}


def test_cited_works_on_the_list_are_flagged_by_their_own_identifiers(ws) -> None:  # type: ignore[no-untyped-def]
    article_id = _article(ws)
    report = ws.references.import_retractions(path=CSV)
    assert report.records == 6
    # Reference 1 carries the Wakefield DOI (with a resolver prefix), 3 the SPRINT PMID; 2 has no identifier yet.
    assert sorted(report.flagged) == [(article_id, 1, "Retraction"), (article_id, 3, "Correction")]
    found = _retracted(ws, article_id)
    assert found[1][0] == "error" and "was retracted on 2010-02-02" in found[1][1]
    assert "Falsification/Fabrication of Data" in found[1][1]
    assert found[3][0] == "info" and "corrected" in found[3][1]
    assert 2 not in found


def test_a_reference_is_flagged_through_its_library_record(ws) -> None:  # type: ignore[no-untyped-def]
    article_id = _article(ws)
    ws.references.import_retractions(path=CSV)
    assert 2 not in _retracted(ws, article_id)
    ws.references.import_references(paths=[FIXTURES / "pubmed.nbib"])  # links reference 2 by its title and year
    found = _retracted(ws, article_id)
    # An expression of concern came first (3 June 2020); the retraction of 4 June governs.
    assert found[2][0] == "error" and "2020-06-04" in found[2][1]
    shown = {r.number: r.retraction for r in ws.library.get_article(article_id=article_id).references}
    assert shown == {1: "Retraction", 2: "Retraction", 3: "Correction", 4: None, 5: None}
    listed = {r.doi: r.retraction for r in ws.references.list_references()}
    assert listed["10.1016/s0140-6736(20)31180-6"] == "Retraction"


def test_an_expression_of_concern_alone_is_a_warning(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article_id = _article(ws)
    ws.references.import_references(paths=[FIXTURES / "pubmed.nbib"])
    only_concern = tmp_path / "rw.csv"
    lines = CSV.read_text().splitlines()
    only_concern.write_text("\n".join([lines[0], *(line for line in lines if line.startswith("1002,"))]) + "\n")
    report = ws.references.import_retractions(path=only_concern)
    assert report.flagged == ((article_id, 2, "Expression of concern"),)
    assert _retracted(ws, article_id) == {2: ("warning", _retracted(ws, article_id)[2][1])}
    assert "expression of concern" in _retracted(ws, article_id)[2][1]


def test_a_new_list_replaces_the_old_and_clears_stale_findings(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article_id = _article(ws)
    ws.references.import_retractions(path=CSV)
    assert _retracted(ws, article_id)
    header_only = tmp_path / "empty.csv"
    header_only.write_text(CSV.read_text().splitlines()[0] + "\n")
    report = ws.references.import_retractions(path=header_only)
    assert report.records == 0 and report.flagged == ()
    assert _retracted(ws, article_id) == {}


def test_a_broken_csv_is_refused_and_the_list_kept(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article_id = _article(ws)
    ws.references.import_retractions(path=CSV)
    broken = tmp_path / "broken.csv"
    broken.write_text(CSV.read_text() + "9999,only three,columns\n")
    with pytest.raises(ImportFailed, match="line 8: 3 columns where the header has 20"):
        ws.references.import_retractions(path=broken)
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("id,title\n1,x\n")
    with pytest.raises(ImportFailed, match="RetractionNature"):
        ws.references.import_retractions(path=wrong)
    assert sorted(_retracted(ws, article_id)) == [1, 3]


def test_only_reviewers_replace_the_list(ws) -> None:  # type: ignore[no-untyped-def]
    add_person(ws, "auth", "author")
    add_person(ws, "rev", "reviewer")
    with pytest.raises(PermissionDenied):
        ws.references.import_retractions(path=CSV, user="auth")
    assert ws.references.import_retractions(path=CSV, user="rev").records == 6
