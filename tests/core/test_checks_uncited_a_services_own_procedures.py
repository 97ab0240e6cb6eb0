"""What a clinic's own people have done, counted ("Our surgeons have performed more than 900
knee replacements since 2015", "We have implanted over 300 pacemakers"): the service's account
of its own work, not a figure anyone measured that a source must bear out. How well the
procedure works, or a count of it done anywhere else, is still a claim to cite."""

from tests.core.checks_support import uncited_excerpts


def test_a_clinics_count_of_procedures_it_has_done_is_its_record() -> None:
    for sentence in (
        "Our surgeons have performed more than 900 knee replacements since 2015, and our nurses will see you at home.",
        "We have implanted over 300 pacemakers at this hospital.",
        "Our consultants have placed more than 1,500 hearing implants since 2010.",
        "Our team has carried out around 2,000 cataract operations.",
    ):
        assert uncited_excerpts(sentence) == [], sentence


def test_the_procedures_outcome_or_a_count_elsewhere_is_still_a_claim() -> None:
    assert uncited_excerpts("Our surgeons have performed 900 knee replacements, and 95% of patients walk unaided within a week.") != []
    assert uncited_excerpts("Surgeons in the UK performed more than 100,000 knee replacements last year.") != []
