"""Each automated check on small hand-written articles."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, refs, run
from workstation.checks import CODES, RULES, fingerprint
from workstation.checks.markup import mask_code_spans, unsafe_scheme
from workstation.checks.promotional import hype_terms
from workstation.checks.uncited import uncited_marker
from workstation.model import ReferenceData

# --- registry -------------------------------------------------------------------------


def test_registry_lists_every_contract_code_once():
    assert sorted(CODES) == sorted(
        [
            "citation-unresolved",
            "reference-uncited",
            "attribution-mismatch",
            "claim-uncited",
            "dangling-lead-in",
            "promotional-language",
            "unsafe-markup",
            "reading-level",
            "reference-retracted",
        ]
    )
    assert len({rule for _, rule in RULES}) == len(RULES)


def test_clean_article_has_no_findings():
    body = (
        "## Background\n\nMS is a disease of the central nervous system [1].\n\n"
        "It often starts in young adults [2].\n"
    )
    assert run(body, refs(2)) == []


def test_fingerprint_ignores_case_and_spacing():
    assert fingerprint("claim-uncited", "A  Claim", None) == fingerprint(
        "claim-uncited", "a claim ", None
    )
    assert fingerprint("claim-uncited", "A claim", 1) != fingerprint("claim-uncited", "A claim", 2)
    assert fingerprint("claim-uncited", "A claim", None) != fingerprint(
        "dangling-lead-in", "A claim", None
    )


# --- citations ------------------------------------------------------------------------


def test_unresolved_names_the_number_and_the_list():
    (finding,) = codes(
        run("Relapses fell by half in the treated group [4].", refs(3)), "citation-unresolved"
    )
    assert finding.reference == 4 and finding.severity == "error"
    assert "cites reference 4, but the article lists only 3 references" in finding.message
    assert finding.excerpt == "Relapses fell by half in the treated group [4]."  # the mark as printed


def test_unresolved_one_finding_per_missing_number_of_a_range():
    found = codes(
        run("Outcomes were similar across cohorts [2-5].", refs(3)), "citation-unresolved"
    )
    assert [f.reference for f in found] == [4, 5]


def test_unresolved_with_gaps_in_the_list():
    listed = (ReferenceData(1, title="A"), ReferenceData(2, title="B"), ReferenceData(5, title="C"))
    (finding,) = codes(
        run("A claim about the trial results [3]. Another [1, 2, 5].", listed),
        "citation-unresolved",
    )
    assert "references 1, 2 and 5" in finding.message


def test_unresolved_ignores_the_reference_list_section():
    body = (
        "A claim about outcomes [1].\n\n## References\n\n"
        "- [1] Smith. A trial.\n- [2] Jones. Another.\n"
    )
    assert not codes(run(body, refs(1)), "citation-unresolved")


def test_uncited_reference_by_range_and_table():
    body = (
        "Three trials agree on this [1-3].\n\n"
        "| Trial | Result |\n|---|---|\n| Four | better [4] |\n"
    )
    found = run(body, refs(5))
    (uncited,) = codes(found, "reference-uncited")
    assert uncited.reference == 5 and uncited.excerpt == "Study number 5"
    assert uncited.start is None and uncited.severity == "warning"


# --- claim-uncited ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two years later, 94 percent of participants had no relapses.",
        "After four years, 89% had no relapses.",
        "Five of the 271 people in the study died within 100 days.",
        "About 1 in 3 adults has low vitamin D in winter.",
        "A large 2024 analysis of nine studies found that therapy improved disability scores.",
        "Studies have shown that exercise reduces fatigue.",
        "The treatment has been shown to outperform other therapies.",
        "The drug is approved by the FDA for relapsing MS.",
        "AHSCT isn't approved by the U.S. Food and Drug Administration (FDA) for MS.",
        "The study followed 271 people with MS.",
        "The difference was significant (p < 0.01).",
        # a large count of things counted, whatever they are
        "A new study of more than 85,000 pregnancies looked at this question.",
        "Hospitals recorded 1,400 admissions for heat stroke that summer.",
        # a study introduced by whom it studied, however few
        "In a small trial of 24 marathon runners, the drink made no difference.",
        "A survey that included 60 pharmacists asked about shortages.",
        # findings reported by who found them
        "Investigators observed the effect only in older patients.",
        "The authors noted fewer falls in the exercise group.",
        # a regulator that acted
        "The US Food and Drug Administration granted the drug full approval in 2023.",
        "Health Canada authorized the vaccine for children last spring.",
        "The EMA has restricted its use in older people.",
        # an average with its figure; a proportion of a group in words
        "On average, people wait 8 years for a diagnosis.",
        "The median age at diagnosis was sixty.",
        "The majority of the patients who relapsed had stopped their tablets.",
        "Most of the women in the clinic had never been screened.",
        # a study's result without a figure
        "Glucosamine worked no better than placebo in two large trials.",
        "In a recent study, acupuncture was as effective as physiotherapy.",
        "Surgery was compared with physiotherapy in a randomised trial, with similar results.",
    ],
)
def test_uncited_markers(text):
    assert uncited_marker(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "The procedure involves collecting the patient's own stem cells.",
        "MS is a chronic autoimmune disease of the central nervous system.",
        "Researchers are also investigating how stem cells can help understand MS better.",
        "Each has distinct mechanisms, goals, and challenges.",
        "There are 4 ways people can lower their risk.",
        "Take your tablets 2 times a day with food.",
        "Clean your hands with a 70% alcohol gel.",
        "You can bring up to 2 people into the room.",
        # amounts, durations and years are not counts
        "Most adults need about 2,000 calories a day.",
        "Aim for 150 minutes of activity and 10,000 steps a day.",
        "Keep your blood pressure below 140/90 mmHg.",
        "The 2018 guidelines explain this in plain words.",
        "A study of 12 weeks is too short to tell.",
        # "100%" as an intensifier is not a proportion
        "The formula is 100% natural and made in small batches.",
        "Average-risk adults start screening at 45.",
        "Many of these symptoms settle with rest.",
        "Ask whether you can take part in a trial.",
        "Approved by the board, the leaflet was printed in May.",
    ],
)
def test_plain_explanations_are_not_uncited_claims(text):
    assert uncited_marker(text) is None


def test_a_comparison_and_its_study_far_apart_in_a_long_sentence_are_still_read_together():
    # Each is searched for in windows of a few thousand characters, not in one call over the sentence.
    filler = "and then it went on " * 2_000
    text = f"Glucosamine worked no better than placebo {filler}in two large trials"
    kind, words = uncited_marker(text)
    assert kind == "a study finding" and words.startswith("better than placebo and then")
    assert uncited_marker(f"Glucosamine worked no better than placebo {filler}at home") is None


def test_claim_uncited_applies_without_references_and_respects_paragraph_citations():
    body = (
        "After four years, 89 percent had no relapses.\n\n"
        "Two years later, 94 percent had no relapses. The trial was in the UK [1].\n"
    )
    found = codes(run(body, refs(1)), "claim-uncited")
    assert [f.excerpt for f in found] == ["After four years, 89 percent had no relapses."]
    assert found[0].severity == "warning" and "89 percent" in found[0].message
    assert codes(run("After four years, 89 percent had no relapses.\n"), "claim-uncited")


# --- dangling lead-in -------------------------------------------------------------------


@pytest.mark.parametrize(
    "after",
    ["Another paragraph follows here.", "## A heading", ""],
)
def test_dangling_lead_in(after):
    body = f"The procedure helped many people. Researchers found that:\n\n{after}\n"
    (finding,) = codes(run(body), "dangling-lead-in")
    assert finding.excerpt == "Researchers found that:"
    assert finding.severity == "warning"


@pytest.mark.parametrize(
    "after",
    [
        "- less fatigue\n- fewer relapses",
        "1. less fatigue\n2. fewer relapses",
        "> Wash your hands often.",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "```\ncode\n```",
    ],
)
def test_lead_in_followed_by_its_list_is_fine(after):
    body = f"Key considerations for AHSCT include:\n\n{after}\n"
    assert not codes(run(body), "dangling-lead-in")


def test_labels_are_not_lead_ins():
    assert not codes(run("Note:\n\nThis page is for adults.\n"), "dangling-lead-in")


# --- promotional language ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("This breakthrough pill is completely safe.", ["breakthrough", "completely safe"]),
        ("The treatment is risk-free and has no side effects.", ["risk-free", "no side effects"]),
        (
            "It has been shown to outperform other conventional therapies for MS.",
            ["outperform other conventional therapies"],
        ),
        ("Results are guaranteed.", ["guaranteed"]),
        ("A revolutionary, 100% safe cure-all.", ["revolutionary", "100% safe", "cure-all"]),
        ("HSCT is not risk-free.", []),
        ("There is no miracle cure for MS.", []),
        ("No treatment is completely safe.", []),
        ("Be wary of clinics that promise guaranteed results.", []),
        ("People with cancer may have breakthrough pain.", []),
        ("The drug received Breakthrough Therapy designation.", []),
        ("Some call it a \u201cmiracle\u201d drug.", []),
        ("Results have been promising.", []),
        ("An MS diagnosis can be life-changing.", []),
        ("Patients report life-changing results.", ["life-changing results"]),
    ],
)
def test_hype_terms(text, terms):
    assert hype_terms(text) == terms


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Some websites call the diet a miracle cure. Doctors do not agree.\n", False),
        ("The oil is sold as a cure-all, but there is little evidence that it works.\n", False),
        ("Adverts hail the device as a breakthrough; no trial has tested it.\n", False),
        ("Our patients call the program a miracle. Book a visit today.\n", True),
        ("Our patients call the program a miracle. Don't wait!\n", True),
        ("This miracle cream works. It is not sold in shops.\n", True),
    ],
)
def test_hype_reported_as_others_say_and_then_doubted_is_not_promotion(body, flagged):
    assert bool(codes(run(body), "promotional-language")) == flagged


def test_promotional_in_title_heading_and_call_to_action():
    body = "## A breakthrough for MS\n\nBook your miracle treatment today!\n"
    found = codes(run(body, title="The revolutionary cure"), "promotional-language")
    assert len(found) == 3
    assert found[-1].start is None and found[-1].excerpt == "The revolutionary cure"


# --- unsafe markup ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hello <script>alert(1)</script> world.",
        "An image <img src=x onerror=alert(1)> here.",
        "A [link](javascript:alert(1)) here.",
        "A [link](JaVaScRiPt:alert(1)) here.",
        "A [link](&#106;avascript:alert(1)) here.",
        "An autolink <javascript:alert(1)> here.",
        "A [data link](data:text/html;base64,PHNjcmlwdD4=) here.",
        '<iframe src="https://example.com"></iframe>',
        "<style>body { display: none }</style>",
        "Some <svg onload=alert(1)> text.",
        "A hidden <!-- comment --> here.",
        "[x]: vbscript:msgbox(1)",
    ],
)
def test_unsafe_markup_in_body(body):
    (finding,) = codes(run(body), "unsafe-markup")
    assert finding.severity == "error"
    assert 0 <= finding.start < finding.end <= len(body)


@pytest.mark.parametrize(
    "body",
    [
        "The difference was significant (p < 0.05) and the dose was <5 mg.",
        "A score of 3 > 2 is higher.",
        "Use `<script>` tags only in code.",
        "```html\n<script>alert(1)</script>\n```",
        "See <https://example.org/page> for more.",
        "Write to <team@example.org>.",
        "A [normal link](https://example.org/a_(b)) here.",
        "An escaped \\<script> tag is text.",
    ],
)
def test_safe_text_is_not_markup(body):
    assert not codes(run(body), "unsafe-markup")


def test_unsafe_markup_in_title_and_references():
    ref = ReferenceData(
        1, "other", "A <b>bold</b> title", "Clinic", 2024, url="javascript:alert(1)"
    )
    safe = ReferenceData(2, "other", "Plain", "Clinic", 2024, url="https://example.org")
    found = codes(
        run("A claim [1, 2].", (ref, safe), title="<script>x</script>News"), "unsafe-markup"
    )
    assert len(found) == 2
    title, reference = found
    assert title.reference is None and title.start is None
    assert reference.reference == 1 and "url" in reference.message and "title" in reference.message


def test_helpers():
    assert unsafe_scheme(" java\tscript:alert(1)") == "javascript:"
    assert unsafe_scheme("https://example.org") is None
    assert mask_code_spans("a `<b>` c") == "a       c"


# --- reading level ----------------------------------------------------------------------

DENSE = (
    "Immunoablative conditioning regimens, administered prior to autologous haematopoietic "
    "progenitor cell reinfusion, deliberately eradicate autoreactive lymphocyte populations, "
    "thereby establishing conditions permissive for immunological regeneration. "
) * 4
PLAIN = "MS can make you feel tired. Rest when you need to. Short walks can help. Drink water. " * 6


@pytest.mark.parametrize("audience", ["patient", "caregiver"])
def test_reading_level_for_lay_audiences(audience):
    (finding,) = codes(run(DENSE, audience=audience), "reading-level")
    assert finding.severity == "warning"
    assert finding.start is None and finding.end is None
    assert audience in finding.message and "grade" in finding.message
    assert (
        finding.excerpt == f"Whole article: reading level above grade 10 for a {audience} audience"
    )


def test_reading_level_never_for_clinicians_nor_plain_text():
    assert not codes(run(DENSE, audience="clinician"), "reading-level")
    assert not codes(run(PLAIN, audience="patient"), "reading-level")
    assert not codes(
        run("Too short to grade, although it uses polysyllabic terminology.", audience="patient"),
        "reading-level",
    )


def test_reading_level_estimate_without_textstat(monkeypatch):
    from workstation.checks import reading_level

    monkeypatch.setattr(reading_level, "_textstat", None)
    assert codes(run(DENSE, audience="patient"), "reading-level")
    assert not codes(run(PLAIN, audience="patient"), "reading-level")
    # Without pyphen either, syllables come from vowel groups.
    reading_level._hyphenator.cache_clear()
    reading_level._syllables.cache_clear()
    monkeypatch.setattr(reading_level, "_Pyphen", None)
    try:
        assert codes(run(DENSE, audience="patient"), "reading-level")
        assert not codes(run(PLAIN, audience="patient"), "reading-level")
    finally:
        reading_level._hyphenator.cache_clear()
        reading_level._syllables.cache_clear()


def test_reading_level_words_are_those_of_the_graded_sample():
    """Each sentence's words are read once for the count and the long words; a sentence cut
    for the grade still gives its long words only from the part that was graded."""
    from workstation.checks import reading_level

    filler = "patients " * 300  # 2,700 characters: the sample keeps its first 2,000
    beyond = "Gastroenterological" + " plus" * 2_000  # 10,000 characters: counted a window at a time
    body = (
        DENSE + "\n\n" + f"Thromboprophylaxis matters {filler}and electroencephalography too.\n\n" + beyond + ".\n"
    )
    (finding,) = codes(run(body, audience="patient"), "reading-level")
    prose = [s.strip() for s in (DENSE.strip(), f"Thromboprophylaxis matters {filler}and electroencephalography too.",
                                 beyond + ".")]
    sample = reading_level._sample([p for p in prose])
    expected = sorted({w for s in sample for w in reading_level._WORD_RE.findall(s) if len(w) >= 12},
                      key=lambda w: (-len(w), w.lower(), w))[:3]
    assert "Electroencephalography" not in finding.message and "electroencephalography" not in finding.message
    assert all(f"\u201c{w}\u201d" in finding.message for w in expected)
    assert "Gastroenterological" in expected  # its sentence is long, and its first word was graded
    assert f"{max(reading_level._words_in(s) for s in prose)}" in finding.message


def test_reading_level_estimate_is_textstat_s_own_computation():
    from workstation.checks import reading_level

    # Figures textstat 0.7.3 gives for these texts (measured where it imports).
    assert reading_level._estimate_grade("The cat sat.") == -2.7
    if reading_level._textstat is not None:  # pragma: no cover - depends on the installation
        for text in (DENSE, PLAIN, "Take one tablet a day. Call us if it hurts."):
            assert reading_level._estimate_grade(text) == reading_level._textstat.flesch_kincaid_grade(text)
