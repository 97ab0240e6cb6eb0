"""Markdown rendering: seeds, citation links, sanitizing, and bounded time on hostile input."""

from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workstation import rendering
from workstation.rendering import RenderResult, neutralize, render_markdown, sanitize_html

try:
    from xss_vectors import VECTORS, find_active_content, seed_draft
except ImportError:  # tests/core imported as a package
    from .xss_vectors import VECTORS, find_active_content, seed_draft

SEED_NAMES = ("000", "001", "002", "003", "004")


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seeds_render_fast_and_clean(name: str) -> None:
    body = seed_draft(name).body
    render_markdown(body)  # warm the per-thread parser
    started = time.perf_counter()
    result = render_markdown(body)
    elapsed = time.perf_counter() - started
    assert isinstance(result, RenderResult)
    assert result.error is None and not result.truncated
    assert elapsed < 0.5
    assert not neutralize(body).suspicious  # ordinary articles take the in-process path
    assert find_active_content(result.html, template_styles=0) == []


def test_seed_004_has_headings_lists_and_citation_links() -> None:
    html = render_markdown(seed_draft("004").body).html
    assert "<h2>From the Guidelines</h2>" in html
    assert "<h3>Key Findings</h3>" in html
    assert html.count("<li>") >= 10
    assert '<sup class="cite">[<a href="#ref-1" rel="noopener noreferrer">1</a>]</sup>' in html
    assert 'href="#ref-2"' in html and 'href="#ref-3"' in html


def test_citation_marker_forms() -> None:
    html = render_markdown("One [1]. Two [1, 3]. Range [2-4]. Dash [5\u20136].").html
    assert '<a href="#ref-1" rel="noopener noreferrer">1</a>, <a href="#ref-3"' in html
    assert '<a href="#ref-2" rel="noopener noreferrer">2</a>\u2013<a href="#ref-4"' in html
    assert 'href="#ref-5"' in html and 'href="#ref-6"' in html
    assert html.count('<sup class="cite">') == 4


def test_citations_inside_markup_footnotes_and_abbreviations() -> None:
    cite = '<sup class="cite">[<a href="#ref-{0}" rel="noopener noreferrer">{0}</a>]</sup>'
    html = render_markdown("**Bold [2]** and _em [1-3]_.[^n]\n\n[^n]: Cited [4].").html
    assert html.startswith(
        f"<p><strong>Bold {cite.format(2)}</strong> and <em>em <sup class=\"cite\">["
        '<a href="#ref-1" rel="noopener noreferrer">1</a>\u2013'
        '<a href="#ref-3" rel="noopener noreferrer">3</a>]</sup></em>.<sup id="fnref:n">'
    )
    assert f"<p>Cited {cite.format(4)}.&nbsp;" in html
    # An abbreviation defined for a number also marks the number inside a citation.
    html = render_markdown("*[3]: three\n\nA claim [3] and [2, 3].").html
    assert html == (
        '<p>A claim <sup class="cite">[<a href="#ref-3" rel="noopener noreferrer">'
        '<abbr title="three">3</abbr></a>]</sup> and <sup class="cite">['
        '<a href="#ref-2" rel="noopener noreferrer">2</a>, <a href="#ref-3" rel="noopener noreferrer">'
        '<abbr title="three">3</abbr></a>]</sup>.</p>'
    )


def test_citations_add_little_inline_work(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each citation used to send its texts through every inline pattern twice: a
    # cited body made python-markdown try ~75 times as many pattern applications
    # as the same body without its citations. Counted, not timed, so it cannot flake.
    # (Patterns are tried only on texts holding their trigger, workstation.markdown_inline:
    # the uncited body is not searched at all, the cited one about once per citation.)
    import markdown.treeprocessors as treeprocessors

    name = "_InlineProcessor__applyPattern"
    apply_pattern = getattr(treeprocessors.InlineProcessor, name)
    applied = [0]

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        applied[0] += 1
        return apply_pattern(self, *args, **kwargs)

    monkeypatch.setattr(treeprocessors.InlineProcessor, name, counting)
    body = "\n\n".join(
        " ".join(f"Sentence {i} on outcomes [{i % 9 + 1}]. More [{i % 5 + 1}, {i % 7 + 2}]." for i in range(j, j + 6))
        for j in range(0, 300, 6)
    )
    uncited = re.sub(r"\s*\[[\d,\s-]+\]", "", body)

    def applications(text: str) -> int:
        md = rendering._markdown()
        md.reset()
        applied[0] = 0
        md.convert(text)
        return applied[0]

    cited, plain = applications(body), applications(uncited)
    markers = len(re.findall(r"\[[\d,\s-]+\]", body))
    assert plain == 0 and markers == 600
    assert 0 < cited <= 2 * markers


def test_non_citations_stay_text() -> None:
    html = render_markdown("Zero [0]. Code `[1]`. Link [2](https://example.org/). Word [a].").html
    assert "[0]" in html and "<code>[1]</code>" in html and "[a]" in html
    assert 'href="#ref-1"' not in html and 'href="#ref-2"' not in html
    assert '<a href="https://example.org/" rel="noopener noreferrer">2</a>' in html


def test_allowed_markup_is_kept_and_the_rest_stripped() -> None:
    body = (
        '<mark class="claim" data-claim="12" onclick="x()">m</mark> '
        '<span class="note" style="color:red">s</span> <mark data-claim="1; x">n</mark>\n\n'
        "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n"
        "~~~\ncode <b>\n~~~\n\n<img src=\"a.png\" alt=\"pic\"> x<sub>2</sub> y<sup>3</sup>"
    )
    html = render_markdown(body).html
    assert '<mark class="claim" data-claim="12">m</mark>' in html
    assert '<span class="note">s</span>' in html
    assert "<mark>n</mark>" in html  # a non-numeric claim id is dropped
    assert '<th align="left">a</th>' in html and '<td align="right">2</td>' in html
    assert "<pre><code>code &lt;b&gt;\n</code></pre>" in html
    assert "<img" not in html and "<sub>2</sub>" in html and "<sup>3</sup>" in html
    assert "style=" not in html and "onclick" not in html


def test_links_get_noopener_and_only_safe_schemes() -> None:
    html = render_markdown(
        "[a](https://example.org) [b](mailto:x@example.org) [c](javascript:alert(1)) "
        "[d](ftp://example.org/f) [e](data:text/html,x) <https://example.org/auto>"
    ).html
    assert html.count('rel="noopener noreferrer"') == 6
    assert 'href="https://example.org"' in html and 'href="mailto:x@example.org"' in html
    assert "javascript" not in html and "ftp:" not in html and "data:" not in html


@pytest.mark.parametrize("vector", VECTORS, ids=range(len(VECTORS)))
def test_xss_vectors_are_stripped_from_bodies(vector: str) -> None:
    html = render_markdown(f"Intro [1]\n\n{vector}\n\nMore {vector} text").html
    assert find_active_content(html, template_styles=0) == []


def test_sanitize_html_layout_mode_still_strips_active_content() -> None:
    fragment = (
        '<section id="claims" onclick="x"><p id="evil" style="x">a</p>'
        '<table border="1" width="100%" cellpadding="x"><tr><td>b</td></tr></table>'
        "<script>alert(1)</script><a href=\"javascript:x\">c</a></section>"
    )
    clean = sanitize_html(fragment, layout=True)
    assert clean == (
        '<section id="claims"><p>a</p><table border="1" width="100%"><tbody><tr><td>b</td>'
        '</tr></tbody></table><a rel="noopener noreferrer">c</a></section>'
    )


PATHOLOGICAL = {
    "brackets-10k": "[" * 10_000,
    "brackets-100k": "[" * 100_000,
    "image-brackets": "![" * 30_000,
    "open-links": "[a " * 30_000,
    "stars-100k": "*" * 100_000,
    "underscores-100k": "_" * 100_000,
    "less-than-100k": "<" * 100_000,
    "backticks-100k": "`" * 100_000,
    "lists-1000-deep": "".join("  " * i + "- x\n" for i in range(1000)),
    "lists-1000-deep-4": "".join("    " * i + "- x\n" for i in range(1000)),
    "markers-one-line": "- " * 1000 + "x",
    "quotes-and-lists": "> - " * 1000 + "x",
    "quotes-1000-deep": "".join(">" * i + " x\n" for i in range(1000)),
    "line-5mb": "word " * 1_000_000,
    "line-1-5mb": "word [1] " * 170_000,
    "divs-100k": "<div>" * 100_000,
    "list-tags-100k": "<ul><li>" * 100_000,
    "entities": "&amp;" * 100_000,
    "citations": "[1] " * 30_000,
    "emphasis-lines": "*a* _b_ `c`\n" * 20_000,
}


@pytest.mark.parametrize("body", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_input_is_bounded(body: str) -> None:
    started = time.perf_counter()
    result = render_markdown(body)
    elapsed = time.perf_counter() - started
    assert elapsed < 5.0
    assert result.html
    if result.error is not None:
        assert "showing plain text" in result.error
    assert find_active_content(result.html, template_styles=0) == []


def test_neutralized_runs_still_show_as_written() -> None:
    result = render_markdown("Before " + "[" * 100 + " after `" + "*" * 40 + "` end [1]")
    assert result.error is None
    assert "[" * 100 in result.html and "*" * 40 in result.html
    assert 'href="#ref-1"' in result.html


def test_reserved_characters_in_the_body_cannot_forge_tokens() -> None:
    body = "a \ue000\ue100\ue001 b \x02wzxhzdk:0\x03 " + "[" * 50
    html = render_markdown(body).html
    assert "\ue000" not in html and "\x02" not in html
    assert "[" * 50 in html


def test_time_limit_falls_back_to_plain_text_and_the_worker_recovers() -> None:
    slow = "# heading <b>\n" * 30_000  # python-markdown's block parser is quadratic here
    started = time.perf_counter()
    result = render_markdown(slow, timeout=0.3)
    assert time.perf_counter() - started < 5.0
    assert result.error is not None
    assert "could not be rendered in time (0.3 s limit); showing plain text" in result.error
    assert result.html.startswith('<pre class="plain-text">')
    assert "# heading &lt;b&gt;" in result.html
    again = render_markdown("[" * 5000 + "\n\nok [1]")  # needs the (restarted) worker
    assert again.error is None and 'href="#ref-1"' in again.html


def test_too_large_body_is_plain_text_and_truncated() -> None:
    body = "<script>alert(1)</script>" + "x" * rendering.MAX_RENDER_CHARS
    result = render_markdown(body)
    assert result.truncated
    assert result.error is not None and result.error.startswith("This article is too large")
    assert "<script" not in result.html and "&lt;script&gt;" in result.html
    assert len(result.html) < rendering.MAX_PLAIN_CHARS + 1000


def test_parser_failure_becomes_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, plain: tuple[str, ...] = ()) -> str:
        raise RecursionError

    monkeypatch.setattr(rendering, "_render_sanitized", broken)
    result = render_markdown("# <b>fine</b>")
    assert result.error == (
        "This article could not be rendered (it is nested too deeply); showing plain text"
    )
    assert result.html == '<pre class="plain-text"># &lt;b&gt;fine&lt;/b&gt;</pre>'


def test_safe_from_many_threads() -> None:
    bodies = [seed_draft(n).body for n in SEED_NAMES] + ["[" * 20_000, "<div>" * 2000]
    expected = [render_markdown(b).html for b in bodies]
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda b: render_markdown(b).html, bodies * 4))
    assert results == expected * 4


MARKDOWNISH = st.lists(
    st.one_of(
        st.sampled_from(
            ["[", "]", "(", ")", "*", "_", "`", "<", ">", "&", "#", "- ", "> ", "\n", "\n\n",
             "    ", "[1]", "[2, 3]", "javascript:", "<script>", "onerror=", "<a href='",
             "data:", "|", "```", "![x](", "http://e.x/", "\"", "'"]
        ),
        st.text(max_size=8),
    ),
    max_size=80,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWNISH)
def test_any_text_renders_to_inert_html(body: str) -> None:
    result = render_markdown(body)
    assert find_active_content(result.html, template_styles=0) == []


def test_the_renderer_can_be_started_before_it_is_needed() -> None:
    rendering.shutdown_renderer()
    assert rendering._worker._process is None
    rendering.start_renderer()
    process = rendering._worker._process
    assert process is not None and process.is_alive()
    assert render_markdown("[" * 5000 + "\n\nok [1]").error is None
    assert rendering._worker._process is process  # the render used the one already started
