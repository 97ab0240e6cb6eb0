"""A work the sentence gives a country ("In the Kenyan trial in cisgender women, …") cited to
a work whose title says it was done in another ("… in France (ANRS 174 DOXYVAC) …") is a
mismatch; a title that names no country, or that country, neither confirms nor contradicts."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

FRENCH = ReferenceData(
    1, "research", "Doxycycline prophylaxis to prevent bacterial STIs in France (ANRS 174 DOXYVAC): a randomised trial",
    "Lancet Infect Dis", 2024,
)
KENYAN = ReferenceData(
    2, "research", "Doxycycline prophylaxis to prevent sexually transmitted infections in women in Kenya",
    "N Engl J Med", 2023,
)
PLACELESS = ReferenceData(3, "research", "Hand eczema in a population of 2274 healthcare workers", "Contact Dermatitis", 2012)
JOURNAL = ReferenceData(
    4, "research", "Coffee and liver disease. American Journal of Epidemiology. 2019;12:4-9.", "", 2019
)


def _mismatches(sentence: str, refs: tuple[ReferenceData, ...]) -> list[int | None]:
    return [f.reference for f in codes(run(f"A page\n\n{sentence}\n", refs), "attribution-mismatch")]


def test_a_trial_of_one_country_cited_to_another_countrys_is_a_mismatch() -> None:
    sentence = "In the Kenyan trial in cisgender women, doxyPEP did not significantly reduce bacterial STIs [1]."
    assert _mismatches(sentence, (FRENCH, KENYAN)) == [1]


def test_the_countrys_own_paper_and_a_placeless_title_hold() -> None:
    assert _mismatches("In the Kenyan trial, doxyPEP did not reduce STIs [2].", (FRENCH, KENYAN)) == []
    refs = (PLACELESS, JOURNAL)
    assert _mismatches("In a Danish survey of 2,000 hospital workers, 1 in 5 had hand eczema [3].", (*refs,)) == []
    assert _mismatches("A Danish study found that coffee drinkers had less liver disease [4].", (*refs,)) == []
