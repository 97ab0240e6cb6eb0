"""The reference library on both backends: dedupe across formats, conflicts, linking, merging by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.people import add_person
from workstation.errors import PermissionDenied, SignInRequired

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "references"
ALL_FORMATS = [FIXTURES / n for n in ("lancet_export.ris", "zotero.bib", "pubmed.nbib", "zotero.json")]
WAKEFIELD_DOI = "10.1016/s0140-6736(97)11096-0"


def _by_doi(ws, doi: str):  # type: ignore[no-untyped-def]
    return next(r for r in ws.references.list_references() if r.doi == doi)


def test_the_same_work_in_all_four_formats_is_one_record(ws) -> None:  # type: ignore[no-untyped-def]
    report = ws.references.import_references(paths=ALL_FORMATS)
    assert not report.failed
    records = ws.references.list_references()
    # Wakefield, Mehra, SPRINT, Polack, Wilding (STEP 1), the WHO fact sheet
    assert len(records) == 6
    wakefield = _by_doi(ws, WAKEFIELD_DOI)
    assert wakefield.pmid == "9500320"  # only the MEDLINE and CSL-JSON files carry it
    assert len(wakefield.authors) == 13 and (wakefield.volume, wakefield.pages) == ("351", "637-641")
    detail = ws.references.reference_record(record_id=wakefield.id)
    assert detail.sources == ("ris: lancet_export.ris", "bibtex: zotero.bib", "medline: pubmed.nbib",
                              "csl-json: zotero.json")
    # The four spellings of its DOI (https://doi.org/ prefix, upper case, trailing full stop) are one
    assert detail.conflicts == ()
    assert report.merged == 7


def test_a_pmid_in_one_source_and_a_title_match_fill_the_record(ws) -> None:  # type: ignore[no-untyped-def]
    ws.references.import_references(paths=[FIXTURES / "lancet_export.ris"])
    sprint = _by_doi(ws, "10.1056/nejmoa1511939")
    assert sprint.pmid == ""
    ws.references.import_references(paths=[FIXTURES / "pubmed.nbib"])
    sprint = _by_doi(ws, "10.1056/nejmoa1511939")
    assert sprint.pmid == "26551272"
    ws.references.import_references(paths=[FIXTURES / "zotero.bib"])  # STEP 1 there has no DOI or PMID: title + year
    step1 = [r for r in ws.references.list_references(search="semaglutide")]
    assert len(step1) == 1 and step1[0].doi == "10.1056/nejmoa2032183"


def test_conflicting_values_are_kept_for_the_reviewer(ws) -> None:  # type: ignore[no-untyped-def]
    ws.references.import_references(paths=[FIXTURES / "lancet_export.ris", FIXTURES / "pubmed.nbib", FIXTURES / "zotero.json"])
    sprint = _by_doi(ws, "10.1056/nejmoa1511939")
    assert sprint.container == "New England Journal of Medicine"  # the first source's value stays
    conflicts = {(c.field, c.value, c.source) for c in ws.references.reference_record(record_id=sprint.id).conflicts}
    assert ("container", "N Engl J Med", "medline: pubmed.nbib") in conflicts
    assert ("authors", '["SPRINT Research Group"]', "csl-json: zotero.json") in conflicts
    again = ws.references.import_references(paths=[FIXTURES / "pubmed.nbib"])
    assert again.conflicts == 0  # the same disagreement is recorded once
    assert len(ws.references.reference_record(record_id=sprint.id).conflicts) == len(conflicts)


def test_a_bad_file_stores_nothing_and_the_others_go_on(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "half.ris"
    good_part = (FIXTURES / "lancet_export.ris").read_text()
    bad.write_text(good_part + "\nTY  - JOUR\nTI  - never closed\n")
    report = ws.references.import_references(paths=[bad, FIXTURES / "zotero.bib"])
    assert [f.file for f in report.failed] == [str(bad)]
    assert "never closed" in report.failed[0].error
    titles = {r.title for r in ws.references.list_references()}
    assert len(titles) == 3  # only the BibTeX file's three works
    assert not any("Hydroxychloroquine" in t for t in titles)


def test_article_references_link_by_doi_pmid_and_title_and_suggest_the_rest(ws) -> None:  # type: ignore[no-untyped-def]
    (article_id,) = [a.id for a in ws.library.import_files(paths=[FIXTURES / "citing_article.md"]).imported]
    report = ws.references.import_references(paths=[FIXTURES / "pubmed.nbib", FIXTURES / "zotero.bib"])
    assert sorted(report.linked) == [(article_id, 1), (article_id, 2), (article_id, 3)]
    assert report.suggested == 1
    refs = {r.number: r for r in ws.library.get_article(article_id=article_id).references}
    assert refs[1].record_doi == WAKEFIELD_DOI and refs[1].match_method == "doi"
    assert refs[2].match_method == "title" and refs[2].record_pmid == "32450107"
    assert refs[3].match_method == "pmid"
    assert refs[4].record_id is None and len(refs[4].suggested_records) == 1  # 2021 against 2020: a reviewer decides
    assert refs[5].record_id is None and refs[5].suggested_records == ()
    shown = refs[1].as_json()
    assert shown["record"] == {"id": refs[1].record_id, "doi": WAKEFIELD_DOI, "pmid": "9500320", "method": "doi"}
    wakefield = _by_doi(ws, WAKEFIELD_DOI)
    assert wakefield.articles == (article_id,)


def test_a_reviewer_accepts_or_rejects_a_suggestion(ws) -> None:  # type: ignore[no-untyped-def]
    add_person(ws, "rev", "reviewer")
    add_person(ws, "auth", "author")
    (article_id,) = [a.id for a in ws.library.import_files(paths=[FIXTURES / "citing_article.md"], user="rev").imported]
    ws.references.import_references(paths=[FIXTURES / "zotero.bib"], user="auth")  # any signed-in user may import
    suggested = ws.library.get_article(article_id=article_id).references[3].suggested_records[0]
    with pytest.raises(PermissionDenied):
        ws.references.decide_reference_match(article_id=article_id, number=4, record_id=suggested, accept=True, user="auth")
    with pytest.raises(SignInRequired):
        ws.references.decide_reference_match(article_id=article_id, number=4, record_id=suggested, accept=True)
    ws.references.decide_reference_match(article_id=article_id, number=4, record_id=suggested, accept=False, user="rev")
    ref = ws.library.get_article(article_id=article_id).references[3]
    assert ref.record_id is None and ref.suggested_records == ()
    ws.references.import_references(paths=[FIXTURES / "zotero.bib"], user="rev")  # a rejected record is not offered again
    assert ws.library.get_article(article_id=article_id).references[3].suggested_records == ()
    ws.references.decide_reference_match(article_id=article_id, number=4, record_id=suggested, accept=True, user="rev")
    ref = ws.library.get_article(article_id=article_id).references[3]
    assert (ref.record_id, ref.match_method) == (suggested, "reviewer")


def test_links_follow_a_saved_revision(ws) -> None:  # type: ignore[no-untyped-def]
    add_person(ws, "rev", "reviewer")
    (article_id,) = [a.id for a in ws.library.import_files(paths=[FIXTURES / "citing_article.md"], user="rev").imported]
    ws.references.import_references(paths=[FIXTURES / "pubmed.nbib"], user="rev")
    detail = ws.library.get_article(article_id=article_id)
    ws.review.save_revision(article_id=article_id, body=detail.body + "\nOne more sentence about vaccines [1].\n",
                            user="rev", expected_version=detail.version)
    after = ws.library.get_article(article_id=article_id)
    assert after.revision_number == 2
    assert [r.record_id is not None for r in after.references] == [True, True, True, False, False]


def test_a_new_article_links_to_records_the_library_already_holds(ws) -> None:  # type: ignore[no-untyped-def]
    ws.references.import_references(paths=[FIXTURES / "pubmed.nbib"])
    (article_id,) = [a.id for a in ws.library.import_files(paths=[FIXTURES / "citing_article.md"]).imported]
    refs = ws.library.get_article(article_id=article_id).references
    assert [r.match_method for r in refs[:3]] == ["doi", "title", "pmid"]


def test_merging_two_records_by_hand_moves_links_and_keeps_conflicts(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    add_person(ws, "rev", "reviewer")
    (article_id,) = [a.id for a in ws.library.import_files(paths=[FIXTURES / "citing_article.md"], user="rev").imported]
    ws.references.import_references(paths=[FIXTURES / "zotero.bib"], user="rev")
    polack = _by_doi(ws, "10.1056/nejmoa2034577")
    ws.references.decide_reference_match(article_id=article_id, number=4, record_id=polack.id, accept=True, user="rev")
    duplicate = tmp_path / "polack_preprint.json"
    duplicate.write_text('[{"id": "p", "type": "article", "title": "Safety and efficacy of the BNT162b2 mRNA '
                         'Covid-19 vaccine (preprint)", "issued": {"date-parts": [[2020]]}, '
                         '"container-title": "medRxiv"}]')
    ws.references.import_references(paths=[duplicate], user="rev")
    preprint = next(r for r in ws.references.list_references(search="preprint"))
    assert preprint.id != polack.id
    ws.references.merge_references(keep_id=polack.id, merge_id=preprint.id, user="rev")
    assert [r.id for r in ws.references.list_references(search="bnt162b2")] == [polack.id]
    conflicts = {(c.field, c.value) for c in ws.references.reference_record(record_id=polack.id).conflicts}
    assert ("container", "medRxiv") in conflicts and ("title", "Safety and efficacy of the BNT162b2 mRNA "
                                                       "Covid-19 vaccine (preprint)") in conflicts
    assert _by_doi(ws, "10.1056/nejmoa2034577").articles == (article_id,)


def test_export_writes_every_format_and_reads_back(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws.references.import_references(paths=ALL_FORMATS)
    before = {(r.title, r.doi, r.pmid, r.year, r.authors) for r in ws.references.list_references()}
    for fmt, name in (("csl-json", "lib.json"), ("ris", "lib.ris"), ("bibtex", "lib.bib")):
        report = ws.references.export_references(path=tmp_path / name, fmt=fmt)
        assert report.records == 6
        from workstation.facade import Workstation

        with Workstation.open(str(tmp_path / f"{fmt}.db")) as other:
            other.references.import_references(paths=[tmp_path / name])
            assert {(r.title, r.doi, r.pmid, r.year, r.authors) for r in other.references.list_references()} == before
