"""Which parts of a body are claims, and where they are."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.structure import analyze, extract_claims

BODY = """## From the Research

Stem cells were studied in 271 people [1]. Did it work? Researchers found that:

- Relapses fell by half [2, 3]
- Talk with your doctor about options.

Learn more about treatment.

```
<script>not a claim</script>
```

## Disclaimer

This content does not replace medical advice.
"""


def test_claims_exclude_questions_lead_ins_calls_to_action_and_disclaimer() -> None:
    claims = extract_claims(BODY)
    assert [c.text for c in claims] == ["Stem cells were studied in 271 people.", "Relapses fell by half"]
    assert [c.citations for c in claims] == [(1,), (2, 3)]


def test_claim_spans_point_at_their_quote() -> None:
    for claim in extract_claims(BODY):
        assert BODY[claim.start:claim.end] == claim.quote
        assert BODY[:claim.start].endswith(claim.prefix)
        assert BODY[claim.end:].startswith(claim.suffix)


def test_lead_in_is_marked() -> None:
    sentences = analyze(BODY).sentences
    assert any(s.is_lead_in and s.text == "Researchers found that:" for s in sentences)


def test_abbreviations_do_not_split_sentences() -> None:
    claims = extract_claims("It isn't approved by the U.S. Food and Drug Administration for MS. Dr. Smith agrees with this view.\n")
    assert len(claims) == 2


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_analyze_is_total_and_spans_are_exact(body: str) -> None:
    for claim in extract_claims(body):
        assert body[claim.start:claim.end] == claim.quote
        assert 0 <= claim.start < claim.end <= len(body)


def test_a_less_than_sign_starting_a_paragraph_is_text() -> None:
    claims = extract_claims("<5% of patients had a relapse within a year [1].\n")
    assert [c.citations for c in claims] == [(1,)]
