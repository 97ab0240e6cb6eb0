"""Dedupe, merge and matching rules, and which retraction notice governs a paper (no database)."""

from __future__ import annotations

from datetime import date

from workstation.references.matching import Candidate, Matcher
from workstation.references.merge import merge
from workstation.references.model import RecordData
from workstation.references.retractions import Notice, governing, nature_of

WAKEFIELD = RecordData(
    title="Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children",
    authors=("Wakefield, A J", "Murch, S H", "Anthony, A"), container="Lancet", year=1998, volume="351",
    issue="9103", pages="637-641", doi="10.1016/s0140-6736(97)11096-0",
)


def test_merge_fills_what_is_missing_and_keeps_what_disagrees() -> None:
    from_pubmed = RecordData(title=WAKEFIELD.title.upper(), pmid="9500320", container="The Lancet",
                             pages="637-41", volume="352", abstract="BACKGROUND: …")
    outcome = merge(WAKEFIELD, from_pubmed.cleaned())
    assert outcome.fill == {"pmid": "9500320", "abstract": "BACKGROUND: …"}
    # Case, 'The', and MEDLINE's short page range are the same value; the volume is not.
    assert outcome.conflicts == [("volume", "352")]


def test_merge_authors_takes_the_longer_list_but_keeps_different_people() -> None:
    full = ("Wakefield, Andrew J.", "Murch, Simon H.", "Anthony, A.", "Linnell, J.")
    assert merge(WAKEFIELD, RecordData(authors=full)).fill == {"authors": full}
    assert "authors" not in merge(RecordData(authors=full), WAKEFIELD).fill
    other = merge(WAKEFIELD, RecordData(authors=("Mehra, M R", "Desai, S S")))
    assert other.fill == {} and other.conflicts == [("authors", '["Mehra, M R", "Desai, S S"]')]
    initials = merge(RecordData(authors=("Smith, J",)), RecordData(authors=("Smith, A",)))
    assert initials.conflicts  # same family name, different person


def test_merge_type_a_specific_type_replaces_a_vague_one() -> None:
    assert merge(RecordData(type="document"), RecordData(type="webpage")).fill == {"type": "webpage"}
    assert merge(RecordData(type="book"), RecordData(type="article-journal")).conflicts == []
    assert merge(RecordData(type="book"), RecordData(type="report")).conflicts == [("type", "report")]


def _matcher() -> Matcher:
    return Matcher([
        Candidate(1, "10.1016/s0140-6736(97)11096-0", "9500320", "ileal lymphoid nodular hyperplasia non specific "
                  "colitis and pervasive developmental disorder in children", 1998),
        Candidate(2, "10.1016/s0140-6736(20)31180-6", "32450107", "hydroxychloroquine or chloroquine with or "
                  "without a macrolide for treatment of covid 19 a multinational registry analysis", 2020),
        Candidate(3, "10.1056/nejmoa2034577", "33301246", "safety and efficacy of the bnt162b2 mrna covid 19 vaccine",
                  2020),
        Candidate(4, "", "", "obesity", 2024),
    ])


def test_identifiers_decide_whatever_their_spelling() -> None:
    m = _matcher()
    assert m.match(doi="https://doi.org/10.1016/S0140-6736(97)11096-0").record_id == 1  # type: ignore[union-attr]
    linked = m.match(pmid="PMID: 32450107", title="something else entirely", year=1900)
    assert (linked.record_id, linked.state, linked.method) == (2, "linked", "pmid")  # type: ignore[union-attr]


def test_title_and_year_link_only_when_certain() -> None:
    m = _matcher()
    exact = m.match(title="Hydroxychloroquine or chloroquine with or without a macrolide for treatment of "
                          "COVID-19: a multinational registry analysis.", year=2020)
    assert (exact.record_id, exact.state, exact.method) == (2, "linked", "title")  # type: ignore[union-attr]
    year_off = m.match(title="Safety and Efficacy of the BNT162b2 mRNA Covid-19 Vaccine", year=2021)
    assert (year_off.record_id, year_off.state) == (3, "suggested")  # type: ignore[union-attr]
    reworded = m.match(title="Safety and efficacy of the BNT162b2 mRNA vaccine against Covid-19", year=2020)
    assert (reworded.record_id, reworded.state) == (3, "suggested")  # type: ignore[union-attr]
    no_year = m.match(title="Safety and Efficacy of the BNT162b2 mRNA Covid-19 Vaccine")
    assert no_year.state == "suggested"  # type: ignore[union-attr]
    assert m.match(title="Obesity", year=2024) is None  # too short to judge
    assert m.match(title="A completely different paper about statins and the heart", year=2020) is None


def test_a_different_doi_is_a_different_work_however_alike_the_title() -> None:
    m = _matcher()
    erratum = m.match(doi="10.1016/s0140-6736(20)99999-9",
                      title="Hydroxychloroquine or chloroquine with or without a macrolide for treatment of "
                            "COVID-19: a multinational registry analysis", year=2020)
    assert erratum is None
    assert not Matcher([])


def _notice(nature: str, day: date | None, notice_id: str = "1") -> Notice:
    return Notice(notice_id, "T", "J", nature, "", day, "", "", "10.1/x", "")


def test_the_gravest_notice_governs_unless_reinstated_later() -> None:
    concern = _notice("Expression of concern", date(2020, 6, 3), "1002")
    retraction = _notice("Retraction", date(2020, 6, 4), "1003")
    assert governing([retraction, concern]) == retraction
    correction_after = _notice("Correction", date(2021, 1, 1), "2")
    assert governing([retraction, correction_after]) == retraction
    reinstated = _notice("Reinstatement", date(2020, 9, 1), "3")
    assert governing([retraction, reinstated]) is None
    assert governing([reinstated, retraction]) is None  # order of rows does not matter, dates do
    assert governing([]) is None
    assert nature_of(" expression  of CONCERN") == "Expression of concern"
