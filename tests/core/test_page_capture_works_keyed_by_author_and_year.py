"""A list of works keyed by labels of author and year ("[Benza 2010] Benza RL, … 2010;…"), cited
in the text by the same labels ("… a risk score [Benza 2010]."): the list is read as a numbered
one and each label in the text cites its entry."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.keyed_works import number_keyed_works
from workstation.importers.page_capture import parse_page

PAGE = """Understanding pulmonary hypertension

The European societies have defined PH as a mean pulmonary artery pressure above 20 mmHg, measured at rest [Humbert 2022].

Using data from more than 2,700 patients in the US REVEAL registry, Benza and colleagues developed a risk score that predicts survival [Benza 2010]. Guidelines now recommend that doctors assess each patient's risk [Humbert 2022; Benza 2010].

In the UK, all specialist PH centres report to the National Audit of Pulmonary Hypertension, which publishes results each year [NAPH 2024].

Key sources
[Humbert 2022] Humbert M, Kovacs G, Hoeper MM, et al. 2022 ESC/ERS Guidelines for the diagnosis and treatment of pulmonary hypertension. European Heart Journal 2022;43:3618\u20133731.
[Benza 2010] Benza RL, Miller DP, Gomberg-Maitland M, et al. Predicting survival in pulmonary arterial hypertension. Circulation 2010;122:164\u2013172.
[NAPH 2024] NHS England. National Audit of Pulmonary Hypertension: annual report. 2024.
"""


def test_keys_become_numbers() -> None:
    lines = number_keyed_works(PAGE.split("\n"))
    assert "[1] Humbert M, Kovacs G, Hoeper MM, et al. 2022 ESC/ERS Guidelines" in "\n".join(lines)
    assert any(line.endswith("predicts survival [2]. Guidelines now recommend that doctors assess each patient's risk [1, 2].") for line in lines)
    assert any(line.endswith("results each year [3].") for line in lines)


def test_the_page_reads_its_list_and_cites_it() -> None:
    draft = parse_page(PAGE)
    assert [ref.number for ref in draft.references] == [1, 2, 3]
    assert draft.references[1].title.startswith("Benza RL")
    findings = page_findings(PAGE)
    assert codes(findings, "claim-uncited") == []
    assert codes(findings, "reference-uncited") == []
    assert codes(findings, "citation-unresolved") == []


def test_one_keyed_line_or_a_key_without_its_year_is_left() -> None:
    one = ["Text [Low 2012].", "", "[Low 2012] Low J. A title. 2012."]
    assert number_keyed_works(one) == one
    undated = ["Text [Low 2012] and [Ng 2019].", "", "[Low 2012] Low J. A title.", "[Ng 2019] Ng K. Another title."]
    assert number_keyed_works(undated) == undated
