"""Reference files in and out: the four readers on hand-written files for real papers, bad files,
identifier normalisation, and a round trip through every writer."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.errors import ImportFailed
from workstation.importers import read_article
from workstation.references.bibtex import read_bibtex, write_bibtex
from workstation.references.csl_json import read_csl_json, write_csl_json
from workstation.references.errors import ReferenceFileError
from workstation.references.files import read_reference_file, reference_format
from workstation.references.medline import read_medline
from workstation.references.model import RecordData
from workstation.references.normalise import (
    normalise_doi,
    normalise_pages,
    normalise_pmid,
    title_key,
)
from workstation.references.ris import read_ris, write_ris

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "references"
WAKEFIELD_DOI = "10.1016/s0140-6736(97)11096-0"
MEHRA_DOI = "10.1016/s0140-6736(20)31180-6"


@pytest.mark.parametrize("text, expected", [
    ("10.1016/S0140-6736(97)11096-0", WAKEFIELD_DOI),
    ("https://doi.org/10.1016/S0140-6736(97)11096-0", WAKEFIELD_DOI),
    ("http://dx.doi.org/10.1016/S0140-6736(97)11096-0", WAKEFIELD_DOI),
    ("doi:10.1016/S0140-6736(97)11096-0.", WAKEFIELD_DOI),
    ("DOI: 10.1016/S0140-6736(97)11096-0;", WAKEFIELD_DOI),
    ("(https://doi.org/10.1016/S0140-6736(20)31180-6)", ""),  # not a DOI at the start
    ("doi.org/10.1016/S0140-6736(20)31180-6)", MEHRA_DOI),  # the bracket a sentence closed
    ("10.1056/NEJMoa1511939,", "10.1056/nejmoa1511939"),
    ("unavailable", ""),
    ("", ""),
])
def test_doi_normalised(text: str, expected: str) -> None:
    assert normalise_doi(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("9500320", "9500320"), ("PMID: 9500320", "9500320"), ("pmid 9500320.", "9500320"),
    ("https://pubmed.ncbi.nlm.nih.gov/9500320/", "9500320"), (9500320, "9500320"),
    ("0", ""), ("", ""), ("95003a", ""), (None, ""),
])
def test_pmid_normalised(text: object, expected: str) -> None:
    assert normalise_pmid(text) == expected  # type: ignore[arg-type]


def test_title_keys_and_pages() -> None:
    assert title_key("The MMR paper.") == title_key("mmr Paper") == "mmr paper"
    assert title_key("Café—au lait") == "cafe au lait"
    assert normalise_pages("637-41") == "637-641"
    assert normalise_pages("2103--16") == "2103-2116"
    assert normalise_pages("e102") == "e102"


def test_ris_reads_a_publisher_export_with_its_header() -> None:
    records = read_ris((FIXTURES / "lancet_export.ris").read_text())
    wakefield, mehra, sprint = records
    assert wakefield.doi == WAKEFIELD_DOI and wakefield.year == 1998
    assert len(wakefield.authors) == 13 and wakefield.authors[0] == "Wakefield, A.J."
    assert (wakefield.volume, wakefield.issue, wakefield.pages) == ("351", "9103", "637-641")
    assert wakefield.container == "The Lancet"
    assert mehra.doi == MEHRA_DOI and mehra.abstract.startswith("Background Hydroxychloroquine")
    assert "macrolide, are being widely used" in mehra.abstract  # continuation lines joined
    assert sprint.doi == "10.1056/nejmoa1511939" and sprint.pmid == ""


def test_bibtex_decodes_latex_and_drops_and_others() -> None:
    wakefield, polack, wilding = read_bibtex((FIXTURES / "zotero.bib").read_text())
    assert wakefield.authors == ("Wakefield, A. J.", "Murch, S. H.", "Anthony, A.")
    assert wakefield.doi == WAKEFIELD_DOI and wakefield.pages == "637-641"
    assert "Türeci, Özlem" in polack.authors and "Şahin, Uğur" in polack.authors
    assert polack.title == "Safety and Efficacy of the BNT162b2 mRNA Covid-19 Vaccine"
    assert polack.pmid == "33301246"
    assert wilding.doi == "" and wilding.year == 2021


def test_medline_reads_pubmed_format() -> None:
    wakefield, mehra, sprint, wilding = read_medline((FIXTURES / "pubmed.nbib").read_text())
    assert wakefield.pmid == "9500320" and wakefield.doi == WAKEFIELD_DOI
    assert wakefield.title.endswith("developmental disorder in children")  # continuation joined, no full stop
    assert wakefield.pages == "637-641" and wakefield.container == "Lancet"
    assert wakefield.authors[0] == "Wakefield, A J" and len(wakefield.authors) == 13
    assert mehra.pmid == "32450107" and mehra.doi == MEHRA_DOI and mehra.year == 2020
    assert sprint.authors[-1] == "SPRINT Research Group"
    assert wilding.pages == "989-1002"


def test_csl_json_reads_zotero_items() -> None:
    wakefield, sprint, who = read_csl_json((FIXTURES / "zotero.json").read_text())
    assert wakefield.doi == WAKEFIELD_DOI and wakefield.pmid == "9500320"
    assert sprint.pmid == "26551272" and sprint.volume == "373" and sprint.doi == ""
    assert who.type == "webpage" and who.authors == ("World Health Organization",)


def test_formats_are_told_apart_by_name_and_content(tmp_path: Path) -> None:
    assert [reference_format(FIXTURES / n) for n in
            ("lancet_export.ris", "zotero.bib", "pubmed.nbib", "zotero.json")] == ["ris", "bibtex", "medline", "csl-json"]
    renamed = tmp_path / "pubmed-export.txt"
    renamed.write_text((FIXTURES / "pubmed.nbib").read_text())
    assert reference_format(renamed) == "medline"
    assert reference_format(FIXTURES / "citing_article.md") is None
    other = tmp_path / "data.json"
    other.write_text('{"name": "not a reference"}')
    assert reference_format(other) is None


@pytest.mark.parametrize("name", ["lancet_export.ris", "zotero.bib", "pubmed.nbib", "zotero.json"])
def test_the_article_importer_refuses_reference_files(name: str) -> None:
    with pytest.raises(ImportFailed, match="reference file, not an article"):
        read_article(FIXTURES / name)


# ---------------------------------------------------------------- bad files
@pytest.mark.parametrize("name, text, message", [
    ("open.ris", "TY  - JOUR\nTI  - A title\n", "line 1: this record is never closed"),
    ("stray.ris", "TY  - JOUR\nTI  - A\nER  - \nnot a tag\nTY  - JOUR\nER  - \n", "line 4: expected 'TY  - '"),
    ("nested.ris", "TY  - JOUR\nTI  - A\nTY  - JOUR\nER  - \n", "line 3: a new record starts before"),
    ("untitled.ris", "TY  - JOUR\nTI  - A\nER  - \n\nTY  - JOUR\nPY  - 2001\nER  - \n",
     "record 2 (line 5): it has no title"),
    ("broken.bib", "@article{a, title={Fine}, year=2000}\n\n@article{b,\n  title = {unclosed,\n  year = 2001\n}\n"
     "@book{c, title={C}}\n", "line 3:"),
    ("dup.bib", "@article{a, title={One}}\n@article{a, title={Two}}\n", "line 2: the key 'a' is used by an earlier"),
    ("empty.bib", "% only a comment\n", "no BibTeX entry"),
    ("bad.nbib", "PMID- 1\nTI  - A\nthis line is not a tag\n", "line 3: expected a MEDLINE tag"),
    ("nopmid.nbib", "TI  - A title\n", "line 1: a record must start with 'PMID- '"),
    ("bad.json", '[{"type": "article-journal", "title": "A",}]', "line 1: not valid JSON"),
    ("author.json", '[{"id": "x1", "type": "article-journal", "title": "A", "author": "Smith"}]',
     "item 1 (id 'x1'): author: 'Smith' is not of type 'array'"),
    ("notype.json", '[{"id": 1, "title": "A"}]', "'type' is a required property"),
])
def test_bad_files_are_refused_naming_line_or_record(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(ReferenceFileError) as caught:
        read_reference_file(path)
    assert message in str(caught.value)


def test_binary_and_latin1_files_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "x.ris"
    binary.write_bytes(b"TY  - JOUR\x00\x01")
    with pytest.raises(ReferenceFileError, match="NUL bytes"):
        read_reference_file(binary)
    latin = tmp_path / "y.ris"
    latin.write_bytes("TY  - JOUR\nTI  - Caf\u00e9\nER  - \n".encode("latin-1"))
    with pytest.raises(ReferenceFileError, match="line 2: not valid UTF-8"):
        read_reference_file(latin)


# ---------------------------------------------------------------- round trips
def _comparable(record: RecordData) -> RecordData:
    return record.cleaned()


@pytest.mark.parametrize("name", ["lancet_export.ris", "zotero.bib", "pubmed.nbib", "zotero.json"])
def test_every_writer_round_trips_the_fixtures(name: str) -> None:
    _, records = read_reference_file(FIXTURES / name)
    pairs = list(enumerate(records, 1))
    assert read_ris(write_ris(records)) == records
    assert read_csl_json(write_csl_json(pairs)) == records
    assert read_bibtex(write_bibtex(pairs)) == records


_words = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x24F), min_size=1, max_size=12)
_record = st.builds(
    RecordData,
    type=st.sampled_from(["article-journal", "book", "chapter", "report", "webpage"]),
    title=st.lists(_words, min_size=1, max_size=8).map(" ".join),
    authors=st.lists(st.tuples(_words, _words).map(lambda p: f"{p[0]}, {p[1]}"), max_size=5).map(tuple),
    container=st.lists(_words, max_size=4).map(" ".join),
    year=st.one_of(st.none(), st.integers(1900, 2030)),
    volume=st.one_of(st.just(""), st.integers(1, 999).map(str)),
    issue=st.one_of(st.just(""), st.integers(1, 52).map(str)),
    pages=st.one_of(st.just(""), st.tuples(st.integers(1, 500), st.integers(501, 999)).map(lambda p: f"{p[0]}-{p[1]}")),
    doi=st.one_of(st.just(""), st.from_regex(r"10\.[0-9]{4,6}/[a-z0-9]{3,10}", fullmatch=True)),
    pmid=st.one_of(st.just(""), st.integers(1, 40_000_000).map(str)),
).map(_comparable)


@settings(max_examples=60, deadline=None)
@given(st.lists(_record, min_size=1, max_size=5))
def test_writers_round_trip_any_record(records: list[RecordData]) -> None:
    pairs = list(enumerate(records, 1))
    assert read_csl_json(write_csl_json(pairs)) == records
    assert read_bibtex(write_bibtex(pairs)) == records
    through_ris = read_ris(write_ris(records))
    # RIS has one type code for several CSL types; everything else survives.
    assert [r.title for r in through_ris] == [r.title for r in records]
    assert [(r.authors, r.year, r.pages, r.doi, r.pmid, r.volume, r.issue, r.container) for r in through_ris] == [
        (r.authors, r.year, r.pages, r.doi, r.pmid, r.volume, r.issue, r.container) for r in records
    ]
