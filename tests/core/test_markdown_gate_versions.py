"""The gated Markdown phases stand in for python-markdown's only under a version they were verified on."""

from __future__ import annotations

from tests.core.markdown_support import convert
from workstation import rendering
from workstation.markdown_inline import GatedInlineProcessor, gates_apply

BODY = (
    "## Heading\n\nA sentence with *emphasis*, `code`, a [link](https://example.org) and a mark [2].\n\n"
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two &amp; three\n\nTerm\n: its definition[^1]\n\n"
    "[^1]: A note.\n\n```\nfenced <b>\n```\n"
)


def test_the_gates_apply_to_the_verified_minor_version_only() -> None:
    assert gates_apply("3.11.0") and gates_apply("3.11.3")
    assert not gates_apply("3.12.0")
    assert not gates_apply("3.10.2")
    assert not gates_apply("4.0")
    assert not gates_apply("not a version")


def test_another_version_renders_with_python_markdowns_own_phases_and_the_same_html() -> None:
    assert rendering._gated_extensions("3.12.0") == []
    ungated = convert(rendering.build_markdown([]), BODY)
    if gates_apply():
        gated = rendering._gated_extensions()
        assert len(gated) == 3
        assert convert(rendering.build_markdown(gated), BODY) == ungated
        md = rendering._markdown()
        assert isinstance(md.treeprocessors["inline"], GatedInlineProcessor)
    assert "<sup" in ungated and "<table" in ungated and "footnote" in ungated
