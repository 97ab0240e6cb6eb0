"""A parenthesis naming each number it cites as a reference ("(ref. 1, ref. 2)") cites them
all, as "(refs 1, 2)" does."""

from workstation.importers.parenthesised_citations import link_parenthesised_citations


def test_each_number_named_again_is_cited():
    text = "Anyone with a heart condition should ask their doctor first (ref. 1, ref. 2)."
    assert link_parenthesised_citations(text, frozenset({1, 2})) == (
        "Anyone with a heart condition should ask their doctor first [1, 2]."
    )


def test_a_range_named_again_is_cited():
    assert link_parenthesised_citations("Saunas are safe for most (Ref. 2, Ref. 4).", frozenset({2, 4})) == (
        "Saunas are safe for most [2, 4]."
    )
