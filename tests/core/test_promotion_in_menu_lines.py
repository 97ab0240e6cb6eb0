"""A site's menu run into its next line is the site's furniture, not the article's praise: the
promotional rule passes it by, as the uncited-claim rule already does."""

from tests.core.checks_support import promotion_excerpts


def test_a_menu_run_into_a_delivery_promise_is_not_promotion():
    line = "Saddles | Bar tape | Bike fit | Find a dealer | Journal | Cart Free UK delivery over £60 · 60-day ride guarantee"
    assert promotion_excerpts(line) == []


def test_a_sentence_with_one_bar_is_still_read():
    line = "Our saddles | the best in Britain, guaranteed to end numbness for good."
    assert promotion_excerpts(line) != []
