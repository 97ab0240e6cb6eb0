"""Statistics in shapes read now: a share given as a range of fractions, a level set against an
earlier one, what most of a service's clients report, a count of suicides, how many people a
condition affects, and a figure before an instruction that carries the paragraph's citation."""

from __future__ import annotations

from tests.core.checks_support import codes, refs, run, uncited_excerpts


def test_a_range_of_fractions_is_a_share() -> None:
    found = uncited_excerpts("Most parents give between a third and a half of the dose the label advises.")
    assert len(found) == 1


def test_a_level_set_against_an_earlier_one_is_a_statistic() -> None:
    found = uncited_excerpts("By the age of 70, muscle strength is about half what it was at 30.")
    assert len(found) == 1


def test_what_most_of_a_services_clients_report_is_a_claim() -> None:
    found = uncited_excerpts("The majority of our patients notice clearer skin within two weeks.")
    assert len(found) == 1


def _paragraph_findings(paragraph: str) -> list[str]:
    body = f"A page\n\n{paragraph}\n"
    return [f.excerpt for f in codes(run(body, refs(1), audience="patient"), "claim-uncited")]


def test_a_count_of_suicides_stands_on_its_own_before_a_citing_sentence() -> None:
    found = _paragraph_findings(
        "Young men account for around two in five suicides in Scotland. Helplines are open "
        "all night for anyone who needs to talk [1]."
    )
    assert len(found) == 1 and found[0].startswith("Young men account")


def test_how_many_a_condition_affects_stands_on_its_own() -> None:
    found = _paragraph_findings(
        "Psoriasis is a long-term skin condition. It affects around 1.1 million people in the "
        "UK. Creams containing vitamin D are usually tried first [1]."
    )
    assert len(found) == 1 and found[0].startswith("It affects around 1.1 million")


def test_an_instruction_citing_its_advice_does_not_cover_a_figure_before_it() -> None:
    found = _paragraph_findings(
        "Daily sunscreen cuts the risk of squamous cell skin cancer by around 40%. Apply it "
        "15 minutes before you go out, and again after swimming [1]."
    )
    assert len(found) == 1 and found[0].startswith("Daily sunscreen cuts")
