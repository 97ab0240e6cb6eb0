"""A line in capitals (a shop's banner, a shouted headline) is read in one way, not in one way
per sharing-out of its letters among words of a name: the trial-name reading once took minutes
on "SUBSCRIBE TODAY AND GET YOUR FIRST 14 SHOTS HALF PRICE", so a page could stall an import."""

from __future__ import annotations

import re

import pytest

from workstation.checks import run_checks
from workstation.checks.named_sources import _TRIAL_RE, TRIAL_NAME

BANNERS = [
    "SUBSCRIBE TODAY AND GET YOUR FIRST SHOTS HALF PRICE, then tell us about your trial.",
    "JOIN THE BIGGEST NATIONAL SLEEP SURVEY EVER RUN IN BRITAIN, a study of rest.",
    "A-B-C-D-E-F-G-H-I-J-K-L-M-N-O-P-Q-R-S-T-U-V-W-X-Y-Z-A-B-C-D-E-F-G-H, a trial.",
]


@pytest.mark.parametrize("banner", BANNERS)
def test_a_line_in_capitals_is_checked_without_stalling(banner, within_seconds):
    body = f"{banner}\n\nThe ORBIT-2 trial found fewer falls [1].\n"
    findings = run_checks(title="Falls", body=body, audience="patient", references=[])
    assert all(f.excerpt for f in findings)


@pytest.mark.parametrize(
    "name", ["ORBIT-2", "SARS-CoV", "LAP-02", "RECOVERY", "DiRECT", "ASPREE", "HPTN 052", "SPRINT MIND"]
)
def test_trial_names_still_read_as_names(name):
    assert re.fullmatch(TRIAL_NAME, name)


@pytest.mark.parametrize("line", ["SUBSCRIBE TODAY AND GET YOUR FIRST 14 SHOTS HALF PRICE", "A-B-C-D-E-F-G-H-I-J-K-L-M-N-O-P"])
def test_the_trial_name_reading_fails_fast_on_capitals(line, within_seconds):
    assert _TRIAL_RE.search(line) is None
