"""The inline phase passes a pattern over texts without its trigger, and renders exactly as python-markdown does."""

from __future__ import annotations

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.treeprocessors import InlineProcessor

from tests.core.markdown_support import convert, parser_with
from workstation import rendering
from workstation.markdown_inline import (
    GATES,
    GatedInlineExtension,
    GatedInlineProcessor,
    gates_apply,
    pattern_triggers,
)


def parser(*, gated: bool) -> markdown.Markdown:
    return parser_with(GatedInlineExtension, gated=gated)



# Each gated pattern, by its regular expression: a text its match needs the trigger for, and what it renders.
RENDERS = {
    "backtick": ("a `code` b", "<code>code</code>"),
    "escape": (r"a \*not em\* b", "*not em*"),
    "footnote": ("a note[^1] b\n\n[^1]: The note.", 'class="footnote-ref"'),
    "citation": ("cited [2, 3] here", '<a href="#ref-2">2</a>'),
    "link": ("a [link](https://example.org) b", '<a href="https://example.org">link</a>'),
    "image": ("an ![image](x.png) b", '<img alt="image" src="x.png">'),
    "autolink": ("see <https://example.org> b", '<a href="https://example.org">https://example.org</a>'),
    "automail": ("mail <a@example.org> b", "<a href=\"&#109;"),
    "linebreak": ("one  \ntwo", "one<br>\ntwo"),
    "html": ("a <b>bold</b> b", "<b>bold</b>"),
    "entity": ("a &copy; b", "&copy;"),
    "em_strong": ("an *em* and __strong__", "<em>em</em> and <strong>strong</strong>"),
}
PATTERN_OF = {
    "backtick": "BacktickInlineProcessor", "escape": "EscapeInlineProcessor", "footnote": "FootnoteInlineProcessor",
    "citation": "_CitationProcessor", "link": "LinkInlineProcessor", "image": "ImageInlineProcessor",
    "autolink": "AutolinkInlineProcessor", "automail": "AutomailInlineProcessor",
    "linebreak": "SubstituteTagInlineProcessor", "html": "HtmlInlineProcessor", "entity": "HtmlInlineProcessor",
    "em_strong": "DelimiterProcessor",
}


@pytest.mark.skipif(not gates_apply(), reason="this python-markdown is not one the gates were verified on: it renders with its own phases")
def test_every_pattern_of_our_parser_is_gated() -> None:
    # A python-markdown whose patterns changed is rendered ungated (and more slowly): this says so.
    patterns = list(rendering._markdown().inlinePatterns)
    assert len(patterns) == 16
    assert all(pattern_triggers(pattern) is not None for pattern in patterns)
    assert {pattern.compiled_re.pattern for pattern in patterns} == set(GATES)
    assert isinstance(rendering._markdown().treeprocessors["inline"], GatedInlineProcessor)


@pytest.mark.parametrize("kind", sorted(RENDERS))
def test_each_pattern_still_renders_where_its_trigger_is(kind: str) -> None:
    text, expected = RENDERS[kind]
    gated, plain = convert(parser(gated=True), text), convert(parser(gated=False), text)
    assert expected in gated
    assert gated == plain
    # The pattern that made it is gated, on the trigger the text holds.
    (pattern,) = [p for p in parser(gated=True).inlinePatterns
                  if type(p).__name__ == PATTERN_OF[kind] and p.compiled_re.search(text)]
    assert any(trigger in text for trigger in pattern_triggers(pattern) or ())


class CountingProcessor(GatedInlineProcessor):
    """Counts the patterns tried (a regular-expression search each)."""

    tried = 0

    def _InlineProcessor__applyPattern(self, *args, **kwargs):  # type: ignore[no-untyped-def]  # noqa: N802
        CountingProcessor.tried += 1
        return super()._InlineProcessor__applyPattern(*args, **kwargs)


def tries(text: str) -> int:
    md = parser(gated=True)
    md.treeprocessors.register(CountingProcessor(md), "inline", 20)
    CountingProcessor.tried = 0
    convert(md, text)
    return CountingProcessor.tried


def test_a_text_without_triggers_is_not_searched() -> None:
    assert tries("Plain words of a sentence, with no markup at all.") == 0
    # A citation: the citation pattern matches it; then neither it nor the link patterns find a "[" left.
    assert tries("Plain words, cited [1].") == 1
    assert tries("Words with *emphasis*.") >= 1


TOKENS = [
    "[1]", "[2, 3]", "[4-6]", "[0]", "[", "]", "(", ")", "![", "!", "*", "**", "_", "__", "`", "``", "\\", "\\*",
    "<", ">", "&", ";", "&amp;", "&#35;", "  \n", "\n", "\n\n", "[^1]", "[^1]: note", "http://x.org",
    "<http://x.org>", "<a@b.org>", "@", "word", "HTML", " ", "<b>", "</b>", "<!-- c -->", "<?x?>", "*[HTML]: Hyper",
    "[ref]", "[ref]: http://r.org", "[x](http://y.org)", "![i](p.png)", "| a | b |\n|---|---|\n| c | d |", "- item",
    "1. one", "> q", "# h", "Term\n: def", "```\ncode [1]\n```", "    indented", "snake_case", "2*3*4", "\u2013",
    "[7\u20138]", "[1](x)", "[1]:", "[1][2]",
    "[a *b* [1]](http://z.org)", "**[1]**", "*a [2] b*", "![alt [1]](p.png)", "[^1]: note [2] *x*",
    "<b>[3]</b>", "_a `c` b_",
]
GATED, PLAIN = parser(gated=True), parser(gated=False)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40))
def test_any_mix_of_markup_renders_as_python_markdown_renders_it(tokens: list[str]) -> None:
    text = "".join(tokens)
    assert convert(GATED, text) == convert(PLAIN, text)


def placeholder_searches(base: type[InlineProcessor], text: str) -> tuple[int, str]:
    """How many texts the inline phase (``base``) searches for placeholders, and the HTML."""
    searched = [0]

    class Counting(base):  # type: ignore[valid-type, misc]
        def _InlineProcessor__processPlaceholders(self, *args, **kwargs):  # type: ignore[no-untyped-def]  # noqa: N802
            searched[0] += 1
            return super()._InlineProcessor__processPlaceholders(*args, **kwargs)

    md = parser(gated=True)
    md.treeprocessors.register(Counting(md), "inline", 20)
    html = convert(md, text)
    return searched[0], html


def test_the_texts_inside_a_citation_are_not_searched_again() -> None:
    text = "Cited [1], then [2, 3] and [4-6]."
    ours, html = placeholder_searches(GatedInlineProcessor, text)
    theirs, same = placeholder_searches(InlineProcessor, text)
    assert html == same and html.count('<sup class="cite">') == 3
    # The paragraph's text and the five links' tails as the tree is walked; python-markdown also
    # searched each citation's texts (brackets, numbers, commas) as it put the citation in place.
    assert ours == 6 and theirs == 6 + 3 + 5 + 5


@pytest.mark.parametrize("text", [
    "[a *b* [1]](http://z.org) c", "**bold [1] `code`** and *em [2]*", "![alt [1]](p.png)",
    "<b>[3]</b> and [x *y*][r]\n\n[r]: http://r.org", "A note[^1].\n\n[^1]: With [2] and *em*.",
])
def test_elements_inside_elements_are_put_in_place(text: str) -> None:
    gated = convert(parser(gated=True), text)
    assert gated == convert(parser(gated=False), text)
    assert "\x02" not in gated and "klzzwxh" not in gated  # no placeholder left behind
