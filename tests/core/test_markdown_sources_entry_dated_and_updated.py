"""A list of works whose last entry gives its year with a later update in the same brackets:
"National Institute for Health and Care Excellence (NICE) (2015, updated 2020) Diabetes in
pregnancy …". Before, that year was not read as an entry's, so the list ended before it and
every "(NICE, 2015)" on the page was reported unresolved."""

from __future__ import annotations

from pathlib import Path

from tests.core.checks_support import codes, run
from workstation.importers import read_article

ARTICLE = """---
title: "Gestational diabetes"
audience: patient
---
Gestational diabetes usually goes away after the baby is born (NICE, 2015). Treating it lowered
the rate of serious problems for babies (Crowther et al., 2005).

## Sources

- Crowther CA, Hiller JE, Moss JR, et al. (2005) Effect of treatment of gestational diabetes mellitus on pregnancy outcomes. *New England Journal of Medicine* 352(24): 2477–2486.
- National Institute for Health and Care Excellence (NICE) (2015, updated 2020) Diabetes in pregnancy: management from preconception to the postnatal period (NG3).
"""


def test_an_entry_dated_with_its_update_stays_in_the_list(tmp_path: Path) -> None:
    path = tmp_path / "gestational-diabetes.md"
    path.write_text(ARTICLE, encoding="utf-8")
    draft = read_article(path)
    assert [r.title.split(" (")[0] for r in draft.references] == [
        "Crowther CA, Hiller JE, Moss JR, et al.", "National Institute for Health and Care Excellence",
    ]
    assert codes(run(draft.body, draft.references, audience=draft.audience), "citation-unresolved") == []
