"""The automated checks on the five seed articles (captured pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workstation.checks import Finding, run_checks
from workstation.importers import read_article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _findings(prefix: str) -> list[Finding]:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    article = read_article(path)
    return run_checks(
        title=article.title,
        body=article.body,
        audience=article.audience,
        references=article.references,
    )


def _codes(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


@pytest.fixture(scope="module")
def seed_findings() -> dict[str, list[Finding]]:
    return {prefix: _findings(prefix) for prefix in ("000", "001", "002", "003", "004")}


def test_findings_are_sorted_by_position(seed_findings):
    for findings in seed_findings.values():
        positioned = [f.start for f in findings if f.start is not None]
        assert positioned == sorted(positioned)
        # title-, reference- and article-level findings come after the body's
        firsts = [f.start is None for f in findings]
        assert firsts == sorted(firsts)


def test_004_cites_a_reference_it_does_not_list(seed_findings):
    unresolved = _codes(seed_findings["004"], "citation-unresolved")
    assert [f.reference for f in unresolved] == [4, 4]
    assert unresolved[0].excerpt.startswith("Other studies have also shown")
    assert unresolved[1].excerpt.startswith("Improvements in patient screening")
    assert "cites reference 4, but the article lists only 3 references" in unresolved[0].message
    assert all(f.severity == "error" for f in unresolved)


def test_004_attributions_that_reference_1_does_not_bear_out(seed_findings):
    mismatches = _codes(seed_findings["004"], "attribution-mismatch")
    assert len(mismatches) == 3
    eular, scot, review = mismatches
    assert "2023 EULAR recommendations update" in eular.excerpt
    assert "2023" in eular.message and "EULAR" in eular.message and "2025" in eular.message
    assert "SCOT study" in scot.excerpt and "SCOT" in scot.message
    assert "Nature Reviews Rheumatology" in review.excerpt
    assert "Nature Reviews Rheumatology" in review.message
    assert all(f.reference == 1 and f.severity == "error" for f in mismatches)


def test_004_has_no_other_findings_on_its_lead_in_and_list(seed_findings):
    assert not _codes(seed_findings["004"], "dangling-lead-in")
    assert not _codes(seed_findings["004"], "reference-uncited")
    assert not _codes(seed_findings["004"], "reading-level")  # a clinician article


def test_000_lists_no_references_for_its_citations(seed_findings):
    unresolved = _codes(seed_findings["000"], "citation-unresolved")
    assert {f.reference for f in unresolved} == {1, 2, 3, 4, 5}
    assert all("lists no references" in f.message for f in unresolved)
    # one finding per (claim, missing number)
    keys = [(f.start, f.reference) for f in unresolved]
    assert len(keys) == len(set(keys))
    assert not _codes(seed_findings["000"], "attribution-mismatch")


def test_001_dangling_lead_in_and_uncited_percentages(seed_findings):
    findings = seed_findings["001"]
    dangling = _codes(findings, "dangling-lead-in")
    assert [f.excerpt for f in dangling] == ["Researchers found that:"]
    uncited = " ".join(f.excerpt for f in _codes(findings, "claim-uncited"))
    assert "94 percent" in uncited
    assert "89 percent" in uncited


def test_002_has_no_attribution_or_markup_findings(seed_findings):
    codes = {f.code for f in seed_findings["002"]}
    assert "attribution-mismatch" not in codes
    assert "unsafe-markup" not in codes


def test_003_flags_the_outperform_claim(seed_findings):
    sentence = (
        "The treatment has also been shown to outperform other conventional therapies for MS."
    )
    flagged = {f.code for f in seed_findings["003"] if f.excerpt == sentence}
    assert flagged & {"promotional-language", "claim-uncited"}


def test_no_seed_has_unsafe_markup(seed_findings):
    for findings in seed_findings.values():
        assert not _codes(findings, "unsafe-markup")


def test_fingerprints_do_not_depend_on_offsets(seed_findings):
    (path,) = SEEDS.glob("004_*.txt")
    article = read_article(path)
    moved = run_checks(
        title=article.title,
        body="## Introduction\n\nA new opening paragraph.\n\n" + article.body,
        audience=article.audience,
        references=article.references,
    )
    before = {f.fingerprint for f in seed_findings["004"]}
    after = {f.fingerprint for f in moved}
    assert before == after
    assert all(len(f.fingerprint) == 40 for f in moved)
