"""Property tests: the checks are total and keep their spans inside the body."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workstation.checks import CODES, SEVERITIES, run_checks
from workstation.model import REFERENCE_TYPES, ReferenceData

# Text that often looks like what the checks read: markers, tags, colons, years.
FRAGMENTS = st.sampled_from(
    [
        "[1]",
        "[2-4]",
        "[1, 3]",
        "[0]",
        "[9999]",
        "<script>",
        "</b>",
        "<img onerror=x>",
        "[a](javascript:x)",
        "`code`",
        "```",
        "\n",
        "\n\n",
        "- ",
        "1. ",
        "## ",
        "> ",
        ":",
        "include:",
        "94 percent",
        "p < 0.05",
        "2023",
        "a 2025 study",
        "EULAR recommendations",
        "the SCOT study",
        "published in Nature",
        "breakthrough",
        "not risk-free",
        "|---|",
        "According to the American College of Rheumatology",
        ". ",
        "? ",
        "\u201c",
        "\t",
        "\r\n",
    ]
)
TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=20)), max_size=40).map("".join)

REFERENCE = st.builds(
    ReferenceData,
    number=st.integers(min_value=-3, max_value=30),
    type=st.sampled_from(REFERENCE_TYPES),
    title=TEXT,
    source=TEXT,
    year=st.one_of(st.none(), st.integers(min_value=-5, max_value=3000)),
    doi=st.text(max_size=10),
    pmid=st.text(max_size=10),
    url=st.one_of(st.just(""), st.just("javascript:alert(1)"), st.text(max_size=20)),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=TEXT,
    body=TEXT,
    audience=st.one_of(st.sampled_from(["patient", "caregiver", "clinician"]), st.text(max_size=8)),
    references=st.lists(REFERENCE, max_size=6),
)
def test_run_checks_is_total_and_spans_stay_in_the_body(title, body, audience, references):
    findings = run_checks(title=title, body=body, audience=audience, references=references)
    for finding in findings:
        assert finding.code in CODES
        assert finding.severity in SEVERITIES
        assert finding.message and len(finding.fingerprint) == 40
        assert (finding.start is None) == (finding.end is None)
        if finding.start is not None:
            assert 0 <= finding.start <= finding.end <= len(body)
    positions = [f.start for f in findings if f.start is not None]
    assert positions == sorted(positions)


@settings(max_examples=200, deadline=None)
@given(body=st.text(max_size=400))
def test_arbitrary_unicode_bodies(body):
    for finding in run_checks(title="t", body=body, audience="patient", references=()):
        if finding.start is not None:
            assert 0 <= finding.start <= finding.end <= len(body)
