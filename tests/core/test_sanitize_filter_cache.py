"""The sanitizer's attribute filter keeps what it decided per attribute name and value; the same HTML comes out."""

from __future__ import annotations

from workstation import sanitize
from workstation.sanitize import sanitize_html

ATTRIBUTES = [
    ("a", "href", "#ref-3"), ("a", "href", "javascript:alert(1)"), ("a", "href", "jav&#x09;ascript:alert(1)"),
    ("a", "href", "https://example.org/a?b=1&amp;c=2"), ("a", "class", "x  y\tz"), ("sup", "class", "cite"),
    ("sup", "id", "fnref:1"), ("sup", "id", "x"), ("span", "class", "x"), ("ol", "start", "3"), ("ol", "start", "-3"),
    ("td", "align", "left"), ("td", "align", "middle"), ("th", "scope", "row"), ("li", "value", "2"),
    ("table", "width", "50%"), ("table", "width", "50px"), ("a", "title", "<b>"),
]


def test_each_decision_is_the_filters_however_often_it_is_asked() -> None:
    sanitize._FILTERED.clear()
    for _ in range(3):
        for tag, name, value in ATTRIBUTES:
            assert sanitize._filter_attribute_once(tag, name, value) == sanitize._filter_attribute(tag, name, value)


def test_the_same_value_under_another_name_is_decided_again() -> None:
    sanitize._FILTERED.clear()
    html = '<p><span class="x">a</span><sup id="x" class="cite">b</sup><sup id="ref-1">c</sup></p>'
    for _ in range(2):  # the second time from what was kept
        assert sanitize_html(html, layout=True) == (
            '<p><span class="x">a</span><sup class="cite">b</sup><sup id="ref-1">c</sup></p>'
        )
        assert sanitize_html('<a href="javascript:alert(1)">x</a><a href="#ref-1">y</a>') == (
            '<a rel="noopener noreferrer">x</a><a href="#ref-1" rel="noopener noreferrer">y</a>'
        )


def test_what_is_kept_is_bounded() -> None:
    sanitize._FILTERED.clear()
    for n in range(sanitize._FILTERED_MAX + 10):
        sanitize._filter_attribute_once("a", "href", f"#ref-{n}")
    sanitize._filter_attribute_once("a", "href", "https://example.org/" + "x" * sanitize._FILTERED_MAX_CHARS)
    assert len(sanitize._FILTERED) == sanitize._FILTERED_MAX
    sanitize._FILTERED.clear()
    sanitize._filter_attribute_once("a", "href", "https://example.org/" + "x" * sanitize._FILTERED_MAX_CHARS)
    assert not sanitize._FILTERED
