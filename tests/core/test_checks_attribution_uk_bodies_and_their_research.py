"""UK bodies a health page names as its source (RoSPA, Ofcom, Diabetes UK, the Marmot Review),
their research and their rules as what they stand behind, and the DENSE trial of MRI for dense
breasts: each is compared with the work the sentence cites."""

import pytest

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

WISSE = ReferenceData(
    1, "research", "Ocular firework trauma: a systematic review on incidence, severity, outcome and prevention",
    "British Journal of Ophthalmology", 2010,
)
WCAG = ReferenceData(1, "other", "Web Content Accessibility Guidelines (WCAG) 2.1: Three flashes or below threshold", "W3C", 2018)
COX = ReferenceData(
    1, "research", "Progressive hypoglycemia's impact on driving simulation performance", "Diabetes Care", 2000
)
NG6 = ReferenceData(1, "guideline", "https://www.nice.org.uk/guidance/ng6", "", None)
BOYD = ReferenceData(
    1, "research", "Mammographic density and the risk and detection of breast cancer",
    "New England Journal of Medicine", 2007,
)


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("RoSPA's review of eye injuries from fireworks found that one in six injured eyes lost sight [1].", WISSE),
        ("Ofcom's rules for UK television limit flashing to no more than three flashes a second [1].", WCAG),
        ("Diabetes UK's own simulator research showed that drivers judged themselves safe when too low [1].", COX),
        ("The Marmot Review found that councils should identify people at risk from cold homes [1].", NG6),
        ("The DENSE trial in the Netherlands found that an extra MRI scan found cancers mammograms missed [1].", BOYD),
    ],
)
def test_a_body_or_trial_named_against_another_work_is_a_mismatch(sentence, reference):
    (finding,) = codes(run(sentence + "\n", (reference,), audience="patient"), "attribution-mismatch")
    assert finding.reference == 1


def test_a_body_cited_to_its_own_work_is_not_a_mismatch():
    own = ReferenceData(
        1, "other", "Royal Society for the Prevention of Accidents. Firework safety", "RoSPA", 2023
    )
    sentence = "RoSPA's review of eye injuries from fireworks found that one in six injured eyes lost sight [1].\n"
    assert not codes(run(sentence, (own,), audience="patient"), "attribution-mismatch")
