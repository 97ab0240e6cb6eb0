"""A Markdown page's list of works whose entries label their numbers, one to a line with no
blank line between ("Ref. 1 — Laukkanen T, …"), is read entry by entry, as its text cites them
("(ref. 3)")."""

from workstation.importers import read_article

PAGE = """---
title: "Sauna and your heart"
audience: patient
---
A sauna is hot and dry (ref. 3). Regular use was linked with fewer deaths (ref. 1).

## References

Ref. 1 — Laukkanen T, Khan H, Zaccardi F, Laukkanen JA. Association between sauna bathing and fatal cardiovascular and all-cause mortality events. JAMA Internal Medicine. 2015;175(4):542-548.
Ref. 2 — Laukkanen JA, Laukkanen T, Kunutsor SK. Cardiovascular and other health benefits of sauna bathing: a review of the evidence. Mayo Clinic Proceedings. 2018;93(8):1111-1121.
Reference 3: Hussain J, Cohen M. Clinical effects of regular dry sauna bathing: a systematic review. Evidence-Based Complementary and Alternative Medicine. 2018;2018:1857413.
"""


def test_each_labelled_entry_is_a_work_of_its_own(tmp_path):
    path = tmp_path / "sauna.md"
    path.write_text(PAGE, encoding="utf-8")
    draft = read_article(path)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert draft.references[0].title.startswith("Laukkanen T, Khan H")
    assert draft.references[2].title.startswith("Hussain J, Cohen M")
    assert "[3]" in draft.body and "[1]" in draft.body
