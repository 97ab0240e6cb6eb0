"""A page that says near its top whom it is written for ("Reminder for prescribers and
pharmacists of …", "Information for healthcare professionals") is a clinicians' page, as one
"intended for healthcare professionals" is: its reading level is not graded for patients. A
section for professionals further down a patient page, or advice for them to give to
patients, leaves the page a patient's."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

TEXT = (
    "Anticoagulant monitoring requires individualised assessment of renal function, concomitant "
    "interacting medication, hepatic impairment and haemorrhagic susceptibility before initiation. "
) * 4


def _page(standfirst: str) -> str:
    return (
        "Direct oral anticoagulants: dosing in renal impairment\n"
        f"{standfirst}\n\n"
        "Background\n" + TEXT + "\n\n"
        "Further information\nContact the medicines information service.\n"
    )


def test_a_standfirst_addressed_to_prescribers_makes_a_clinicians_page() -> None:
    for standfirst in (
        "Reminder for prescribers and pharmacists of the dose adjustments needed.",
        "Information for healthcare professionals",
        "Guidance for clinicians on checking kidney function.",
    ):
        page = _page(standfirst)
        assert parse_page(page).audience == "clinician", standfirst
        assert codes(page_findings(page), "reading-level") == [], standfirst


def test_a_patient_page_stays_a_patients() -> None:
    page = _page("Information for patients and carers")
    assert parse_page(page).audience == "patient"
    assert len(codes(page_findings(page), "reading-level")) == 1


def test_advice_to_give_to_patients_or_a_section_far_down_leaves_a_patient_page() -> None:
    assert parse_page(_page("Advice for healthcare professionals to give to patients:")).audience == "patient"
    far_down = _page("Information for patients") + "\n" + "More about the clinic.\n\n" * 12 + (
        "Information for healthcare professionals\nRefer using the usual form.\n"
    )
    assert parse_page(far_down).audience == "patient"
