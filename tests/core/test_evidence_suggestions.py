"""Suggested evidence: the labelled claim–document pairs of tests/core/evidence_set, and finding quotes.

``pytest tests/core/test_evidence_suggestions.py -s`` prints the hit rates. A hit:
one of the three passages suggested first holds a sentence a reviewer would quote
as evidence for the claim. The pairs of labels.yaml were used to develop the
scorer; those of heldout.yaml were written afterwards and not used to tune it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from workstation.documents.extract import extract_file
from workstation.documents.locate import find_passage, page_of
from workstation.documents.passages import METHODS, RESULTS, role_of, sentences
from workstation.documents.suggest import rank_passages, term_weights

SET = Path(__file__).parent / "evidence_set"
FLOOR = 0.8


def _pairs(name: str) -> list[dict]:
    return yaml.safe_load((SET / name).read_text(encoding="utf-8"))


def _ranked(pair: dict, limit: int = 100):  # type: ignore[no-untyped-def]
    document = extract_file(SET / pair["document"])
    return rank_passages(pair["claim"], document.text, document.pages, limit=limit)


def _first_hit(pair: dict, ranked) -> int | None:  # type: ignore[no-untyped-def]
    return next((i for i, p in enumerate(ranked) if any(e in p.text for e in pair["expected"])), None)


@pytest.mark.parametrize("labels", ["labels.yaml", "heldout.yaml"])
def test_top_three_hit_rate(labels: str) -> None:
    pairs = _pairs(labels)
    missed = []
    for pair in pairs:
        at = _first_hit(pair, _ranked(pair, limit=3))
        if at is None:
            missed.append(pair["claim"])
    rate = (len(pairs) - len(missed)) / len(pairs)
    print(f"\n{labels}: top-3 hit rate {rate:.2f} ({len(pairs) - len(missed)} of {len(pairs)} claims)")
    for claim in missed:
        print(f"  missed: {claim}")
    assert rate >= FLOOR


def test_a_result_outranks_the_methods_sentence_that_repeats_the_claims_words() -> None:
    pairs = [p for p in _pairs("labels.yaml") + _pairs("heldout.yaml") if p.get("methods")]
    assert len(pairs) >= 10
    for pair in pairs:
        ranked = _ranked(pair)
        result = _first_hit(pair, ranked)
        methods = next(i for i, p in enumerate(ranked) if pair["methods"] in p.text)
        assert result is not None and result < methods, pair["claim"]
        assert ranked[methods].section in (METHODS, "background")


def test_words_alone_would_rank_the_methods_sentence_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """Why the part of the paper matters: by its words alone, the methods sentence would come first."""
    from workstation.documents import suggest

    text = ("Methods\nThe primary outcome was stroke or death from heart disease in adults taking statins.\n\n"
            "Results\nStatins reduced deaths from heart disease (HR 0.80; 95% CI 0.70 to 0.92).")
    claim = "Statins reduce stroke and death from heart disease in adults."
    assert rank_passages(claim, text)[0].section == RESULTS
    monkeypatch.setattr(suggest, "ROLE_WEIGHTS", dict.fromkeys(suggest.ROLE_WEIGHTS, 1.0))
    assert rank_passages(claim, text)[0].section == METHODS


def test_sections_come_from_headings_and_structured_abstract_labels() -> None:
    text = (SET / "sprint.txt").read_text(encoding="utf-8")
    roles = {text[s.start:s.end][:30]: s.section for s in sentences(text)}
    assert roles["We randomly assigned 9361 pers"] == METHODS
    assert roles["All-cause mortality was also s"] == RESULTS
    assert role_of("Participants were randomly assigned to aspirin or placebo.") == METHODS
    assert role_of("Mortality was lower with aspirin (HR 0.80; 95% CI 0.70 to 0.91).") == RESULTS
    assert role_of("These findings suggest that aspirin helps.") == "conclusions"


def test_numbers_drugs_and_outcomes_weigh_more_than_other_words() -> None:
    weights = term_weights("Empagliflozin lowered the risk of death by 38% [2].")
    assert weights["38"] == 3.0 and weights["empagliflozin"] == 2.5 and weights["death"] == 2.0
    assert weights["0.62"] > 0  # a 38% lower risk is reported as a ratio of 0.62
    assert "2" not in weights  # the citation is not a figure of the claim


def test_a_suggestion_knows_its_page() -> None:
    text = "Methods\nWe enrolled adults.\n\nResults\nStroke fell by 40% with treatment (HR 0.60)."
    pages = ((0, 27), (29, len(text)))
    (best, *_) = rank_passages("Treatment cut strokes by 40%.", text, pages)
    assert best.text == "Stroke fell by 40% with treatment (HR 0.60)." and best.page == 2 and best.section == RESULTS


def test_quotes_are_found_across_line_breaks_quotes_and_dashes() -> None:
    text = "Results\nIntensive treatment lowered the\nprimary outcome (HR 0.75; 95% CI, 0.64\u20130.89) \u2018markedly\u2019."
    span = find_passage(text, "intensive treatment lowered the primary outcome (HR 0.75; 95% CI, 0.64-0.89) 'markedly'")
    assert span is not None
    assert text[span[0]:span[1]].startswith("Intensive") and text[span[0]:span[1]].endswith("markedly\u2019")
    assert find_passage(text, "not in the text at all") is None
    assert find_passage(text, "HR") is None  # too short to mean one place
    repeated = "the same words here. the same words here."
    assert find_passage(repeated, "the same words here", hint=30) == (21, 40)
    assert page_of(((0, 10), (12, 20)), 11) == 1 and page_of(((0, 10), (12, 20)), 12) == 2
