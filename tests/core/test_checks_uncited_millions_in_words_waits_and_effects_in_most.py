"""Claims a reviewer asks a source for, in shapes read as plain text before: a count of people
in millions given in words ("Around one million people in the UK live with …"), a rate that
has doubled since a time ("Asthma rates have more than doubled since the 1980s", which a
citation later in its paragraph does not cover), an average wait ("On average, people wait
more than a decade for …") and an effect promised to most people ("Cutting out dairy lowers
eczema flares in most children within a month"). A sum of money in millions, a distance, and
an effect with no share of people stay plain."""

from __future__ import annotations

from tests.core.checks_support import uncited_excerpts


def test_a_count_of_people_in_millions_given_in_words() -> None:
    assert uncited_excerpts("Around one million people in the UK live with psoriasis.") != []
    assert uncited_excerpts("Half a million adults in Scotland have diabetes.") != []
    assert uncited_excerpts("The new wing cost one million pounds to build.") == []
    assert uncited_excerpts("It can feel a million miles away from normal life.") == []


def test_a_rate_that_has_doubled_since_a_time_stands_on_its_own() -> None:
    paragraph = (
        "Asthma rates in Wales have more than doubled since the 1980s. "
        "An inhaler used the right way keeps most attacks away [1]."
    )
    assert uncited_excerpts(paragraph) == ["Asthma rates in Wales have more than doubled since the 1980s."]


def test_an_average_wait_or_delay() -> None:
    assert uncited_excerpts("On average, women wait more than seven years for a diagnosis of endometriosis.") != []
    assert uncited_excerpts("On average, people wait more than a decade between their first symptoms and help.") != []
    assert uncited_excerpts("On average, expect the appointment to take about an hour.") == []


def test_an_effect_promised_to_most_people() -> None:
    assert uncited_excerpts("Cutting out dairy lowers eczema flares in most children within a month.") != []
    assert uncited_excerpts("Cutting out dairy may help some children with eczema.") == []
