"""Block processors are not asked about blocks without their trigger, and the HTML is python-markdown's."""

from __future__ import annotations

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.markdown_support import convert, parser_with
from workstation import rendering
from workstation.markdown_blocks import BLOCK_GATES, GatedBlocksExtension, block_triggers
from workstation.markdown_inline import gates_apply

GATED = {"table", "hashheader", "setextheader", "hr", "deflist", "quote", "footnote", "abbr", "reference"}


def parser(*, gated: bool) -> markdown.Markdown:
    return parser_with(GatedBlocksExtension, gated=gated)



@pytest.mark.skipif(not gates_apply(), reason="this python-markdown is not one the gates were verified on: it renders with its own phases")
def test_the_block_processors_of_our_parser_are_gated() -> None:
    # A python-markdown whose processors changed is parsed ungated (and more slowly): this says so.
    processors = rendering._markdown().parser.blockprocessors
    gated = {name for name in ("empty", "indent", "defindent", "code", "olist", "ulist", "paragraph", *GATED)
             if block_triggers(processors[name]) is not None}
    assert gated == GATED and len(BLOCK_GATES) == len(GATED)
    assert all(processors[name].test.__name__ == "gated_test" for name in GATED)


# Each gated processor: a block it takes (its trigger in it), and what that renders.
TAKES = {
    "table": ("| a | b |\n|:--|--:|\n| c | d |", '<th align="left">a</th>'),
    "hashheader": ("## Heading [1]", "<h2>Heading"),
    "setextheader": ("Heading\n=======", "<h1>Heading</h1>"),
    "hr": ("Text\n\n* * *\n\nmore", "<hr>"),
    "deflist": ("Term\n:   Its definition", "<dd>Its definition</dd>"),
    "quote": ("> Quoted [2]", "<blockquote>"),
    "footnote": ("Text[^n].\n\n[^n]: The note.", '<li id="fn:n">'),
    "abbr": ("The WHO says.\n\n*[WHO]: World Health Organization", '<abbr title="World Health Organization">'),
    "reference": ("A [link][r].\n\n[r]: https://example.org", '<a href="https://example.org">link</a>'),
}


@pytest.mark.parametrize("name", sorted(TAKES))
def test_each_processor_still_takes_the_blocks_with_its_trigger(name: str) -> None:
    text, expected = TAKES[name]
    gated = convert(parser(gated=True), text)
    assert expected in gated
    assert gated == convert(parser(gated=False), text)
    triggers = block_triggers(parser(gated=True).parser.blockprocessors[name]) or ()
    assert any(trigger in text for trigger in triggers)


def test_a_block_without_triggers_is_not_searched() -> None:
    md = parser(gated=False)
    asked: dict[str, int] = {}
    for name in GATED:
        processor = md.parser.blockprocessors[name]

        def counting(parent, block, _test=processor.test, _name=name):  # type: ignore[no-untyped-def]
            asked[_name] = asked.get(_name, 0) + 1
            return _test(parent, block)

        processor.test = counting  # type: ignore[method-assign]
    GatedBlocksExtension().extendMarkdown(md)
    html = convert(md, "A plain paragraph [1], cited.\n\nAnother one, no markup at all.")
    assert html.count("<p>") == 2
    assert asked == {}  # none of them searched either block


BLOCKS = [
    "para [1]", "# h", "## h ##", "Title\n=====", "Title\n-----", "***", "- - -", "___", "> q [2]", "> > nested",
    "Term\n: def", "Term\n:   def\n\n:   more", "| a | b |\n|---|---|\n| c | d |", "a | b\n-|-\n1 | 2", "|x|\n|-|",
    "[^1]: note", "Text[^1]", "*[HTML]: Hyper Text", "HTML and [ref]", "[ref]: http://r.org 'T'", "- item\n- item",
    "1. one\n2. two", "    code", "```\nfenced [1]\n```", "\\#", "\\|", "a: b", "x > y", "-1", "a_b", "2*3",
]


GATED_PARSER, PLAIN_PARSER = parser(gated=True), parser(gated=False)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(BLOCKS), max_size=12), st.lists(st.sampled_from(["\n", "\n\n", "\n\n\n"]), max_size=12))
def test_any_mix_of_blocks_renders_as_python_markdown_renders_it(blocks: list[str], breaks: list[str]) -> None:
    text = "".join(block + (breaks[i] if i < len(breaks) else "\n\n") for i, block in enumerate(blocks))
    assert convert(GATED_PARSER, text) == convert(PLAIN_PARSER, text)
