"""Captured pages shaped like the sample articles in ``seeds/``, for the import benchmark.

Each page carries what the seeds carry and the checks read: the site's furniture (the
review banner, "Last updated", "Personalize"), a guideline summary in paragraphs, the
research in bulleted sections, citation numbers after sentences ("… in 2025 1.",
"… 2, 3."), sentences that name their source (an organisation, a journal, a trial, a
year) and references that bear that out or not, numbers that belong to their sentence
("type 2 diabetes", "at week 52"), acronyms, percentages and doses, calls to action,
now and then hype, and a disclaimer for professionals or for patients (whose reading
level is then checked). Sentences are put together from parts, so no two pages share
their text: nothing one page's import works out serves the next.
"""

from __future__ import annotations

import random
from pathlib import Path

import generate

CONDITIONS = [
    ("systemic sclerosis", "SSc"), ("multiple sclerosis", "MS"), ("rheumatoid arthritis", "RA"),
    ("type 2 diabetes", "T2D"), ("chronic kidney disease", "CKD"), ("heart failure", "HF"),
    ("atrial fibrillation", "AF"), ("chronic obstructive pulmonary disease", "COPD"),
    ("systemic lupus erythematosus", "SLE"), ("migraine", "migraine"), ("obesity", "obesity"),
    ("psoriatic arthritis", "PsA"), ("ankylosing spondylitis", "AS"), ("asthma", "asthma"),
    ("hypertension", "hypertension"), ("osteoporosis", "osteoporosis"), ("Crohn's disease", "CD"),
    ("ulcerative colitis", "UC"), ("major depressive disorder", "MDD"), ("sleep apnoea", "OSA"),
]
TREATMENTS = [
    ("autologous haematopoietic stem cell transplantation", "AHSCT"), ("semaglutide", "semaglutide"),
    ("methotrexate", "methotrexate"), ("cyclophosphamide", "cyclophosphamide"),
    ("mesenchymal stem cell therapy", "MSC therapy"), ("SGLT2 inhibitors", "SGLT2 inhibitors"),
    ("tirzepatide", "tirzepatide"), ("rituximab", "rituximab"), ("ocrelizumab", "ocrelizumab"),
    ("inhaled corticosteroids", "ICS"), ("cognitive behavioural therapy", "CBT"),
    ("continuous positive airway pressure", "CPAP"), ("anticoagulation with apixaban", "apixaban"),
    ("tumour necrosis factor inhibitors", "TNF inhibitors"), ("bisphosphonates", "bisphosphonates"),
    ("supervised exercise training", "exercise training"), ("vitamin D supplementation", "vitamin D"),
]
OUTCOMES = [
    "all-cause mortality", "disease activity", "hospital admissions", "relapse rates",
    "skin thickness", "forced vital capacity", "quality of life", "event-free survival",
    "HbA1c", "body weight", "systolic blood pressure", "fracture risk", "pain scores",
    "exacerbations", "progression to dialysis", "cardiovascular events", "fatigue",
]
POPULATIONS = [
    "adults over 65", "selected patients with early severe disease", "women of reproductive age",
    "children and adolescents", "patients with poor prognosis", "people with a high cardiovascular risk",
    "patients who did not respond to first-line therapy", "older adults living in care homes",
    "patients with recent diagnosis", "people with reduced kidney function",
]
QUALIFIERS = [
    "especially in patients with relapsing disease", "particularly where conventional treatments have failed",
    "in the absence of advanced organ involvement", "although the evidence is still limited",
    "with careful monitoring for infections", "when started within the first two years",
    "compared with standard immunosuppressive therapy", "in both men and women",
]
ORGANISATIONS = [
    ("European Alliance of Associations for Rheumatology", "EULAR"), ("American Diabetes Association", "ADA"),
    ("European Society of Cardiology", "ESC"), ("American Heart Association", "AHA"),
    ("National Institute for Health and Care Excellence", "NICE"), ("World Health Organization", "WHO"),
    ("American College of Rheumatology", "ACR"), ("Kidney Disease Improving Global Outcomes", "KDIGO"),
    ("Global Initiative for Asthma", "GINA"), ("American Academy of Neurology", "AAN"),
    ("US Preventive Services Task Force", "USPSTF"), ("Centers for Disease Control and Prevention", "CDC"),
]
JOURNALS = [
    "Nature Reviews Rheumatology", "Nature Reviews Neurology", "The Lancet", "New England Journal of Medicine",
    "JAMA", "BMJ", "Annals of the Rheumatic Diseases", "Diabetes Care", "European Heart Journal",
    "Journal of Clinical Oncology", "Arthritis & Rheumatology", "Lancet Neurology", "Kidney International",
    "Journal of Internal Medicine", "Clinical Rheumatology", "Frontiers in Immunology",
]
TRIALS = ["SCOT", "ASTIS", "STEP 1", "SURMOUNT-1", "EMPA-KIDNEY", "DAPA-HF", "SPRINT", "ASTIMS", "MIST", "HALT-MS"]
HEADINGS = [
    "Key Considerations", "Recent Evidence", "Clinical Implications", "Key Findings", "Safety and Risks",
    "Efficacy of Treatment", "Patient Selection", "Monitoring and Follow-up", "Dosing and Administration",
]
# Search words the benchmark looks up (in most or in some of the pages).
SEARCH_WORDS = [
    "patients", "treatment", "therapy", "mortality", "quality", "disease", "guideline", "trial",
    "inflammation", "semaglutide", "methotrexate", "rituximab", "sclerosis", "diabetes", "kidney",
    "asthma", "migraine", "fracture", "exercise", "dialysis", "survival", "relapse", "infections",
]


class _Writer:
    def __init__(self, rng: random.Random, refs: int) -> None:
        self.rng = rng
        self.refs = refs
        self.condition = rng.choice(CONDITIONS)
        self.treatment = rng.choice(TREATMENTS)
        self.org = rng.choice(ORGANISATIONS)
        self.trial = rng.choice(TRIALS)
        self.journal = rng.choice(JOURNALS)
        self.year = rng.randint(2015, 2025)
        # (type, title, journal, year): sentences naming a source mostly cite the reference that bears it out
        self.references = [self._reference(n) for n in range(1, refs + 1)]

    def _cite_source(self, pick) -> tuple[str, int, str]:
        """A reference number that bears out what the sentence names (one in ten does not), its year and journal."""
        rng = self.rng
        numbers = [n for n, ref in enumerate(self.references, 1) if pick(ref)] or [1]
        number = rng.choice(numbers) if rng.random() < 0.9 else rng.randint(1, self.refs)
        _, _, journal, year = self.references[numbers[0] - 1]
        return str(number), year, journal

    def cite(self) -> str:
        rng = self.rng
        numbers = sorted(rng.sample(range(1, self.refs + 1), rng.choice([1, 1, 1, 2, 3])))
        return ", ".join(map(str, numbers))

    def sentence(self) -> str:
        """One sentence of the article, ending in its citation numbers or not."""
        rng = self.rng
        c_long, c_short = self.condition if rng.random() < 0.7 else rng.choice(CONDITIONS)
        t_long, t_short = self.treatment if rng.random() < 0.7 else rng.choice(TREATMENTS)
        outcome, outcome2 = rng.sample(OUTCOMES, 2)
        pct, pct2 = rng.randint(5, 60), rng.randint(1, 40)
        org_long, org_short = self.org
        org_cite, year, _ = self._cite_source(lambda ref: ref[0] == "Guideline")
        journal_cite, journal_year, journal = self._cite_source(lambda ref: ref[0] == "Research")
        trial = self.trial
        trial_cite, _, _ = self._cite_source(lambda ref: self.trial in ref[1])
        pop, qual = rng.choice(POPULATIONS), rng.choice(QUALIFIERS)
        n = rng.randint(40, 4000)
        shapes = [
            f"{t_long.capitalize()} ({t_short}) can be a viable option for managing {c_long}, {qual}, "
            f"as evidenced by a recent study published in {journal_year} {journal_cite}.",
            f"According to the {year} {org_short} guideline, {t_short} should be considered for {pop} "
            f"with {c_long} {org_cite}.",
            f"As stated in the {year} {org_long} recommendations update, {t_short} may be considered "
            f"for patients with {c_long} and poor prognosis {org_cite}.",
            f"A {journal_year} study published in {journal} found that {t_short} reduced {outcome} by {pct}% "
            f"compared with placebo over {rng.randint(2, 5)} years {journal_cite}.",
            f"The {trial} trial reported a {rng.randint(12, 60)}-month beneficial effect of {t_short} "
            f"on a combined {outcome}/{outcome2} outcome {trial_cite}.",
            f"In a cohort of {n:,} {pop}, {outcome} fell from {pct + pct2}% to {pct}% after treatment "
            f"with {t_short} {self.cite()}.",
            f"A systematic review and meta-analysis of randomized controlled trials (RCTs) found that "
            f"{t_short} improved {outcome} and {outcome2} compared to standard care {self.cite()}.",
            f"The risk of treatment-related mortality was higher with {t_short}, but the risk of bias for "
            f"studies included in the analysis was low {self.cite()}.",
            f"Patients with {c_long} ({c_short}) should have their {outcome} checked every "
            f"{rng.randint(3, 12)} months, and more often in stage {rng.randint(3, 4)} disease {self.cite()}.",
            f"The usual starting dose is {rng.choice([5, 10, 15, 25])} mg once weekly, increased after "
            f"week {rng.choice([4, 8, 12])} if it is well tolerated {self.cite()}.",
            f"Benefits were seen at week {rng.choice([24, 26, 52])} and were maintained in "
            f"{pct + 20}% of participants at 2 years {self.cite()}.",
            f"{t_short.capitalize()} is not recommended during pregnancy {self.cite()}.",
            f"Other studies have also shown that {t_short} can reduce {outcome} in {pop}, {qual} {self.cite()}.",
            f"{org_long} ({org_short}) experts now position {t_short} as a level 1A evidence-based "
            f"alternative in severe early {c_long} {org_cite}.",
            f"The decision to start {t_long} should be made on a case-by-case basis, taking into account "
            f"the individual's overall health, {outcome}, and potential risks associated with treatment.",
            f"Careful patient selection, close collaboration between physicians, and the experience of the "
            f"treating team are essential to ensure optimal outcomes in {c_long}.",
            f"About 1 in {rng.randint(3, 12)} people with {c_long} will need a change of treatment "
            f"within {rng.randint(2, 10)} years.",
            f"Talk with your doctor about whether {t_short} is right for you.",
            f"Further research is needed to fully understand the benefits and risks of {t_short} in "
            f"{c_long} and to identify the most suitable candidates.",
            f"{t_short.capitalize()} has been shown to be safe and well-tolerated, with no obvious "
            f"adverse events reported in {n:,} participants {self.cite()}.",
            f"The procedure carries substantial risks, including infections, {outcome} and secondary "
            f"autoimmune diseases, highlighting the need for careful monitoring {self.cite()}.",
        ]
        if rng.random() < 0.01:
            return f"This breakthrough therapy is a game-changer for {c_long} and offers a cure for many {self.cite()}."
        return rng.choice(shapes)

    def reference(self, number: int) -> list[str]:
        kind, title, journal, year = self.references[number - 1]
        return [kind, title, f"{journal}, {year}"]

    def _reference(self, number: int) -> tuple[str, str, str, int]:
        rng = self.rng
        c_long = self.condition[0] if rng.random() < 0.7 else rng.choice(CONDITIONS)[0]
        t_long, t_short = self.treatment if rng.random() < 0.7 else rng.choice(TREATMENTS)
        year = self.year if rng.random() < 0.4 else rng.randint(2008, 2025)
        if number == 1:
            org_long, org_short = self.org
            return ("Guideline", f"{year} {org_short} recommendations for the management of {c_long}",
                    rng.choice([org_long, "Dr.Oracle Medical Advisory Board & Editors"]), year)
        title = rng.choice([
            f"{t_long.capitalize()} versus standard care in {c_long}: a randomised controlled trial",
            f"Long-term outcomes of {t_short} in {c_long}: {rng.randint(5, 15)}-year follow-up of the "
            f"{self.trial if rng.random() < 0.5 else rng.choice(TRIALS)} trial",
            f"Efficacy and safety of {t_short} in {c_long}: a systematic review and meta-analysis",
            f"{t_long.capitalize()} for {c_long}: state of the art and future directions",
            f"Predictors of {rng.choice(OUTCOMES)} in patients with {c_long} treated with {t_short}",
        ])
        return ("Research", title, self.journal if rng.random() < 0.3 else rng.choice(JOURNALS), year)


def page(index: int, rng: random.Random, refs: int = 10, words: int = 1000) -> str:
    """One captured page of about ``words`` words with ``refs`` references."""
    w = _Writer(rng, refs)
    c_long, c_short = w.condition
    t_long, t_short = w.treatment
    title = rng.choice([
        f"What is the role of {t_long} ({t_short}) in the treatment of {c_long}?",
        f"Can {t_long} help people with {c_long}?",
        f"How effective is {t_short} for {c_long} in {rng.choice(POPULATIONS)}?",
    ])
    parts = [
        title, "",
        "Medical Advisory BoardAll articles are reviewed for accuracy by our Medical Advisory Board",
        "Educational purpose only \u2022 Exercise caution as content is pending human review",
        "Article Review Status", "Submitted", "Under Review", "Approved", "",
        f"Last updated: {rng.choice(['January', 'March', 'May', 'April', 'October'])} "
        f"{rng.randint(1, 28)}, {rng.randint(2023, 2025)}View editorial policy", "",
        "Personalize", "", "Help us tailor your experience", "",
        "Which best describes you? Your choice helps us use language that's most understandable for you.", "",
        "From the Guidelines", "",
    ]
    count = len(title.split())
    budget = int(words * 0.3)
    while count < budget:
        paragraph = " ".join(w.sentence() for _ in range(rng.randint(2, 4)))
        parts += [paragraph, ""]
        count += len(paragraph.split())
    if rng.random() < 0.5:
        parts += [f"Key considerations for {t_short} in {c_long} include:", ""]
        for label in ("Patient selection", "Procedure", "Risks", "Benefits"):
            parts.append(f"  \u2022 {label}: {rng.choice(OUTCOMES)}, {rng.choice(OUTCOMES)} and {rng.choice(OUTCOMES)}")
        parts.append("")
    parts += ["From the Research", ""]
    while count < words * 0.72:
        parts += [rng.choice(HEADINGS), ""]
        for _ in range(rng.randint(3, 6)):
            s = w.sentence()
            parts.append("  \u2022 " + s)
            count += len(s.split())
        parts.append("")
    parts += ["References", ""]
    for n in range(1, refs + 1):
        kind, ref_title, source = w.reference(n)
        parts += [kind, "", ref_title, "", source, ""]
    if rng.random() < 0.5:
        parts += [
            "Professional Medical Disclaimer", "",
            "This information is intended for healthcare professionals. Any medical decision-making should "
            "rely on clinical judgment and independently verified information.", "",
        ]
    else:
        parts += [
            "Medical Disclaimer", "",
            "This information is for general education and does not replace advice from your own doctor. "
            "Ask your doctor before you start or stop any treatment.", "",
        ]
    parts += ["Have a follow-up question?", "", "Our Medical A.I. is used by practicing medical doctors.", ""]
    return "\n".join(parts)


def write_pages(folder: Path, count: int, seed: int = 7) -> list[Path]:
    return generate.write_pages(folder, count, seed, make=page)
