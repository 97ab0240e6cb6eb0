"""The whole-document passes run only where their trigger is, and the HTML is python-markdown's."""

from __future__ import annotations

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.markdown_support import convert, parser_with
from workstation import rendering
from workstation.markdown_inline import gates_apply
from workstation.markdown_passes import GatedPassesExtension


def parser(*, gated: bool) -> markdown.Markdown:
    return parser_with(GatedPassesExtension, gated=gated)



@pytest.mark.skipif(not gates_apply(), reason="this python-markdown is not one the gates were verified on: it renders with its own phases")
def test_our_parser_gates_the_three_passes() -> None:
    md = rendering._markdown()
    assert md.preprocessors["fenced_code_block"].run.__name__ == "fenced_code"
    assert md.preprocessors["html_block"].run.__name__ == "html_blocks"
    assert md.treeprocessors["unescape"].unescape.__name__ == "unescaped"


# Each pass: a text with its trigger, and what the pass makes of it.
ACTS = {
    "fenced code": ("Text.\n\n```python\nx = [1]  # *\n```\n\nMore.", '<pre><code class="language-python">x = [1]'),
    "tilde fence": ("~~~\ncode <b>\n~~~", "<pre><code>code &lt;b&gt;"),
    "raw html block": ("<div>\n*not em*\n</div>\n\nText.", "<div>\n*not em*\n</div>"),
    "entity": ("R&amp;D &copy; 2024", "R&amp;D &copy; 2024"),
    "bare ampersand": ("R&D and A&B;", "R&amp;D and A&B;"),
    "escape": (r"\*not em\* and \[1\]", "*not em* and [1]"),
}


@pytest.mark.parametrize("name", sorted(ACTS))
def test_each_pass_acts_where_its_trigger_is(name: str) -> None:
    text, expected = ACTS[name]
    gated = convert(parser(gated=True), text)
    assert expected in gated
    assert gated == convert(parser(gated=False), text)


def test_a_text_without_triggers_skips_the_passes() -> None:
    md = parser(gated=False)
    ran: list[str] = []
    for registry, name, method in ((md.preprocessors, "fenced_code_block", "run"),
                                   (md.preprocessors, "html_block", "run"),
                                   (md.treeprocessors, "unescape", "unescape")):
        processor = registry[name]
        original = getattr(processor, method)

        def counting(*args, _f=original, _name=name):  # type: ignore[no-untyped-def]
            ran.append(_name)
            return _f(*args)

        setattr(processor, method, counting)
    GatedPassesExtension().extendMarkdown(md)
    assert convert(md, "# A heading\n\nA paragraph [1], cited; *emphasis*.\n\n- a list").count("<li>") == 1
    assert ran == []
    convert(md, "A \\* star, a <b>tag</b> and\n\n```\ncode\n```")
    assert {"fenced_code_block", "html_block", "unescape"} <= set(ran)


PIECES = [
    "para [1]", "```\ncode [1] <b>\n```", "~~~python\nx\n~~~", "``inline``", "<div>\nblock\n</div>", "<b>b</b>",
    "<!-- c -->", "&amp;", "&copy;", "&#35;", "R&D", "A&B;", "&", "<", ">", "\\*", "\\[1\\]", "\\\\", "`a\\`b`",
    "*em*", "- item", "> q", "| a | b |\n|--|--|\n| 1 | 2 |", "<http://x.org>", "<a@b.org>", "x < y & z > w",
]
GATED_PARSER, PLAIN_PARSER = parser(gated=True), parser(gated=False)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.lists(st.sampled_from([" ", "\n", "\n\n"]), max_size=12))
def test_any_mix_renders_as_python_markdown_renders_it(pieces: list[str], breaks: list[str]) -> None:
    text = "".join(piece + (breaks[i] if i < len(breaks) else "\n\n") for i, piece in enumerate(pieces))
    assert convert(GATED_PARSER, text) == convert(PLAIN_PARSER, text)
