"""Two figures that are not statistics to cite. A service's count of its own people and what
they did ("Our 212 volunteers made 9,480 phone calls …") is its own record, like the people
it has treated; a drink's strength ("a 175 ml glass of 13% wine") is a measure, like "70%
alcohol". Before, both were reported as uncited statistics. A share beside the service's
own count is still one."""

from __future__ import annotations

from tests.core.checks_support import codes, run


def test_a_charitys_own_counts_are_its_record() -> None:
    body = (
        "Loneliness can harm health [1].\n\n"
        "Our 212 volunteers made 9,480 phone calls and 3,150 home visits to 389 older people in Kirkby.\n"
    )
    assert codes(run(body), "claim-uncited") == []
    shared = "Loneliness can harm health [1].\n\nOur 40 nurses say 30% of the people they visit are lonely.\n"
    assert len(codes(run(shared), "claim-uncited")) == 1


def test_a_drinks_strength_is_a_measure() -> None:
    body = (
        "Men and women should not regularly drink more than 14 units a week [1]. "
        "A 175 ml glass of 13% wine is about 2.3 units.\n"
    )
    assert codes(run(body), "claim-uncited") == []
