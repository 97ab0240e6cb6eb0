"""``unsafe-markup``: raw HTML, event handlers and script links in the content.

Articles are Markdown; raw HTML would be passed through (or silently dropped) on
export, and scripts, event handlers or ``javascript:`` links could run in a published
page. Code spans and fenced code blocks show markup as text, so they are not flagged;
neither is a plain "<" in text such as "p < 0.05".
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from workstation.checks.context import ArticleContext
from workstation.checks.finding import ERROR, Finding, make_finding, shorten
from workstation.messages import message
from workstation.model import ReferenceData

CODE = "unsafe-markup"

_TAG_RE = re.compile(
    r"(?<!\\)<(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?P<attrs>(?:\s[^<>]*)?)/?>"
    r"|(?<!\\)<!--|(?<!\\)<!\[CDATA\[|(?<!\\)<!doctype\b|(?<!\\)<\?xml\b",
    re.IGNORECASE,
)
_EVENT_HANDLER_RE = re.compile(r"(?<![\w-])(on[a-z]{3,})\s*=", re.IGNORECASE)
_LINK_TARGET_RE = re.compile(
    r"!?\[[^\]\n]*\]\(\s*<?(?P<url>(?:[^\s()<>]|\([^\s()]*\))*)(?:[^()\n]|\([^()\n]*\))*\)?"
)
_LINK_DEFINITION_RE = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?(?P<url>\S+)", re.MULTILINE)
_AUTOLINK_RE = re.compile(r"<(?P<url>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*)>")
_URL_IN_ATTRIBUTE_RE = re.compile(
    r"(?:href|src|action|formaction|xlink:href)\s*=\s*[\"']?\s*(?P<url>[^\"'\s>]+)", re.I
)
_CODE_SPAN_RE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_INVISIBLE_RE = re.compile(r"[\s\x00-\x1f\x7f]+")
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")
# Tags that only raise or lower their text, printed bare (no attributes).
_PLAIN_TAGS = frozenset({"sup", "sub"})


def unsafe_scheme(url: str) -> str | None:
    """'javascript:' (or vbscript:/data:) when the link target uses it, even obfuscated."""
    target = _INVISIBLE_RE.sub("", html.unescape(url)).lower()
    for scheme in UNSAFE_SCHEMES:
        if target.startswith(scheme):
            return scheme
    return None


def mask_code_spans(text: str) -> str:
    """Blank out inline code (`…`), keeping every other character at its offset."""
    return _CODE_SPAN_RE.sub(lambda m: " " * len(m.group(0)), text)


def markup_problems(text: str, *, markdown: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, description) of every piece of unsafe markup in ``text``."""
    problems: list[tuple[int, int, str]] = []
    has_angle = "<" in text
    for match in _TAG_RE.finditer(text) if has_angle else ():
        name = match.group("name")
        if name is None:
            problems.append((match.start(), match.end(), message("markup.other", markup=match.group(0))))
            continue
        attrs = match.group("attrs") or ""
        if name.lower() in _PLAIN_TAGS and not attrs.strip():
            continue  # "<sup>7</sup>", "H<sub>2</sub>O": a page's superscript, not markup to fear
        tag = f"<{'/' if match.group('close') else ''}{name.lower()}>"
        found = _EVENT_HANDLER_RE.search(attrs)
        handler = message("markup.handler", handler=found.group(1).lower()) if found else ""
        address = ""
        for url in _URL_IN_ATTRIBUTE_RE.finditer(attrs):
            scheme = unsafe_scheme(url.group("url"))
            if scheme:
                address = message("markup.with-address", scheme=scheme)
                break
        label = message("markup.tag", tag=tag, handler=handler, address=address)
        problems.append((match.start(), match.end(), label))
    link_patterns: tuple[re.Pattern[str], ...] = ()
    if markdown and ":" in text:
        link_patterns = (_LINK_TARGET_RE, _LINK_DEFINITION_RE) + (
            (_AUTOLINK_RE,) if has_angle else ()
        )
    for pattern in link_patterns:
        for match in pattern.finditer(text):
            scheme = unsafe_scheme(match.group("url"))
            if scheme:
                problems.append((match.start(), match.end(), message("markup.link", scheme=scheme)))
    if not markdown:
        scheme = unsafe_scheme(text.strip())
        if scheme and not problems:
            problems.append((0, len(text), message("markup.address", scheme=scheme)))
    problems.sort()
    return problems


def _describe(problems: list[tuple[int, int, str]]) -> str:
    labels: list[str] = []
    for _, _, label in problems:
        # "</b> tag" says nothing new after "<b> tag"
        if label.startswith("</"):
            opener = "<" + label[2:].split(">", 1)[0] + ">"
            if any(other.startswith(opener) for other in labels):
                continue
        if label not in labels:
            labels.append(label)
    shown = labels[:4] + ([message("markup.more", count=len(labels) - 4)] if len(labels) > 4 else [])
    return _comma_list(shown)


def _comma_list(items: list[str]) -> str:
    """"a, b, c": each join its own sentence, so the window can translate the parts."""
    return items[0] if len(items) == 1 else message("list.comma", one=items[0], rest=_comma_list(items[1:]))


def _body_findings(ctx: ArticleContext) -> Iterator[Finding]:
    for block in ctx.structure.blocks:
        if block.kind == "code":
            continue
        source = ctx.block_source(block)
        if "<" not in source and "]" not in source:
            continue
        problems = markup_problems(mask_code_spans(source))
        if not problems:
            continue
        start = block.start + problems[0][0]
        end = block.start + max(p[1] for p in problems)
        text = message("finding.unsafe-markup-body", problems=_describe(problems))
        yield make_finding(CODE, ERROR, text, shorten(ctx.body[start:end], 200), start, end)


def _reference_findings(ref: ReferenceData) -> Iterator[Finding]:
    problems: list[str] = []
    for field_name in ("title", "source", "doi", "pmid"):
        found = markup_problems(str(getattr(ref, field_name)), markdown=False)
        if found:
            problems.append(message("markup.field-contains", ref_field=field_name, problems=_describe(found)))
    if ref.url:
        scheme = unsafe_scheme(ref.url)
        found = markup_problems(ref.url, markdown=False)
        if scheme or found:
            uses = message("markup.address", scheme=scheme) if scheme else _describe(found)
            problems.append(message("markup.url-uses", problems=uses))
    if problems:
        text = message("finding.unsafe-markup-reference", number=ref.number, problems=problems)
        excerpt = shorten(ref.title, 200) if ref.title.strip() else f"Reference {ref.number}"
        yield make_finding(CODE, ERROR, text, excerpt, None, None, ref.number)


def check(ctx: ArticleContext) -> Iterator[Finding]:
    """Errors for raw HTML and script links in the title, the body and the references."""
    title_problems = markup_problems(ctx.title, markdown=False)
    if title_problems:
        text = message("finding.unsafe-markup-title", problems=_describe(title_problems))
        yield make_finding(CODE, ERROR, text, shorten(ctx.title, 200))
    yield from _body_findings(ctx)
    for ref in ctx.references:
        yield from _reference_findings(ref)
