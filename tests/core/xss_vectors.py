"""XSS vectors, the checker that finds active content in exported HTML, and export fixtures.

Shared by the rendering and export tests. The checker parses a page with the
standard library's HTMLParser, the way a browser tokenizes it, and reports
everything that could run code, load a remote resource or navigate.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

from workstation.export.model import ExportArticle, SignatureInfo
from workstation.importers import read_article
from workstation.model import ArticleDraft, ReferenceData
from workstation.views import ClaimView, VerdictView
from workstation.views_review import FindingView

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

VECTORS: tuple[str, ...] = (
    # script elements
    "<script>alert(1)</script>",
    "<SCRIPT SRC=http://evil.example/xss.js></SCRIPT>",
    "<script src=//evil.example/x.js></script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<<script>alert(1);//<</script>",
    "<script/xss src=http://evil.example/x.js></script>",
    "<script>document.write('<img src=x onerror=alert(1)>')</script>",
    "</title><script>alert(1)</script>",
    "</style><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<?xml version=\"1.0\"?><script>alert(1)</script>",
    "\"><script>alert(1)</script>",
    "'><script>alert(1)</script>",
    "<template><script>alert(1)</script></template>",
    # event handlers
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<img src=\"x\" onerror=\"alert(1)\"/>",
    "<img/src=x/onerror=alert(1)>",
    "<body onload=alert(1)>",
    "<div onmouseover=\"alert(1)\">hover</div>",
    "<p onclick=alert(1)>click</p>",
    "<a href=\"#\" onclick=\"alert(1)\">x</a>",
    "<input autofocus onfocus=alert(1)>",
    "<select onfocus=alert(1) autofocus>",
    "<textarea onfocus=alert(1) autofocus>",
    "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<span onpointerenter=alert(1)>x</span>",
    "<mark class=\"claim\" data-claim=\"1\" onclick=\"alert(1)\">m</mark>",
    "<sup class=\"cite\" onmouseover=alert(1)>1</sup>",
    "<x onclick=alert(1)>x</x>",
    "<a onmouseover=alert(1) href=#>x</a>",
    "<div/onmouseover='alert(1)'>x</div>",
    "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
    "<td background=\"javascript:alert(1)\">",
    # javascript:, data:, vbscript: URLs
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
    "<a href=\" javascript:alert(1)\">x</a>",
    "<a href=\"java\tscript:alert(1)\">x</a>",
    "<a href=\"java\nscript:alert(1)\">x</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1)\">x</a>",
    "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105"
    "&#0000112&#0000116&#0000058alert(1)\">x</a>",
    "<a href=\"javascript&colon;alert(1)\">x</a>",
    "<a href=\"&#14;javascript:alert(1)\">x</a>",
    "<a href=\"\x01javascript:alert(1)\">x</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
    "<a href=\"DATA:text/html,<script>alert(1)</script>\">x</a>",
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<a href=\"VBScript:msgbox(1)\">x</a>",
    "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
    "<form action=\"javascript:alert(1)\"><input type=submit></form>",
    "<form><button formaction=\"javascript:alert(1)\">x</button></form>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
    "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
    "<a href=\"javascript:void(0)\" data-x=1>x</a>",
    "<area href=\"javascript:alert(1)\">",
    "<blockquote cite=\"javascript:alert(1)\">q</blockquote>",
    # SVG, MathML
    "<svg onload=alert(1)>",
    "<svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><set attributeName=href to=javascript:alert(1) /></svg>",
    "<math><mi xlink:href=\"data:x,<script>alert(1)</script>\">x</mi></math>",
    # CSS expressions / style injection
    "<div style=\"width: expression(alert(1));\">x</div>",
    "<span style=\"background:url(javascript:alert(1))\">x</span>",
    "<style>@import 'http://evil.example/x.css';</style>",
    "<style>body{background:url(\"javascript:alert(1)\")}</style>",
    "<link rel=stylesheet href=http://evil.example/x.css>",
    "<p style=\"behavior: url(x.htc)\">x</p>",
    "<div style=\"-moz-binding:url(http://evil.example/x.xml#xss)\">x</div>",
    "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">overlay</p>",
    # frames and plugins
    "<iframe src=\"http://evil.example/\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
    "<object data=\"http://evil.example/x.swf\"></object>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<embed src=\"http://evil.example/x.swf\">",
    "<embed src=\"javascript:alert(1)\">",
    "<applet code=\"x.class\"></applet>",
    "<portal src=\"http://evil.example/\"></portal>",
    # meta refresh, base
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<meta http-equiv=\"refresh\" content=\"0; url=http://evil.example/\">",
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src *\">",
    "<base href=\"http://evil.example/\">",
    "<base href=\"javascript:alert(1)//\">",
    # remote images
    "<img src=\"http://evil.example/track.png\">",
    "<img srcset=\"http://evil.example/x.png 1x\">",
    "<picture><source srcset=\"http://evil.example/x.png\"><img></picture>",
    "<image src=\"http://evil.example/x.png\">",
    "<video poster=\"http://evil.example/x.png\"></video>",
    "<input type=\"image\" src=\"http://evil.example/x.png\">",
    # malformed and nested tags
    "<<SCRIPT>alert(1);//<</SCRIPT>",
    "<IMG \"\"\"><SCRIPT>alert(1)</SCRIPT>\">",
    "<IMG SRC=`javascript:alert(1)`>",
    "<a href=\"javas<!-- -->cript:alert(1)\">x</a>",
    "<img src=x:alert(1) onerror=eval(src)>",
    "<a/href=\"javascript:alert(1)\">x</a>",
    "<a href=javascript&#58;alert(1)>x</a>",
    "<div><p><a href=\"javascript:alert(1)\"><b>nested</b></a></p></div>",
    "<b><i><u onclick=alert(1)>deep</u></i></b>",
    "<a href='\"><script>alert(1)</script>'>x</a>",
    "<img src=\"x` `<script>alert(1)</script>\"` `>",
    "<?php echo 1 ?><script>alert(1)</script>",
    # Markdown-specific
    "[x](javascript:alert(1))",
    "[x](JAVASCRIPT:alert(1))",
    "[x]( javascript:alert(1) )",
    "[x](jav&#x09;ascript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox(1))",
    "[x](javascript:alert(1) \"title\")",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "<data:text/html,<script>alert(1)</script>>",
    "![x](http://evil.example/x.png)",
    "![x](javascript:alert(1))",
    "![x](http://evil.example/x.png \"t\" onerror=alert(1))",
    "[![x](http://evil.example/x.png)](javascript:alert(1))",
    "[x](http://ok.example/\" onclick=\"alert(1))",
    "```\n<script>alert(1)</script>\n```",
    "`<script>alert(1)</script>`",
    "> <script>alert(1)</script>",
    "- <img src=x onerror=alert(1)>",
    "| a |\n|---|\n| <script>alert(1)</script> |",
    "x[^1]\n\n[^1]: <a href=\"javascript:alert(1)\">n</a>",
    "*[HTML]: <script>alert(1)</script>\n\nHTML",
    "[1](javascript:alert(1))",
    "[1]: javascript:alert(1)",
)


class _Scanner(HTMLParser):
    _FORBIDDEN = {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form",
        "svg", "math", "link", "input", "button", "textarea", "select", "video", "audio",
        "source", "portal", "template", "image", "picture", "area", "map", "param",
        # raw-text elements that HTMLParser reads differently from a browser
        "noscript", "noembed", "noframes", "xmp", "plaintext",
    }
    _URL_ATTRIBUTES = {
        "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background",
        "srcset", "ping", "cite", "longdesc", "codebase", "manifest", "lowsrc", "dynsrc", "srcdoc",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.styles: list[bool] = []  # one entry per <style>: whether it was in <head>
        self.csp: list[str] = []
        self._in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self._in_head = True
        if tag == "body":
            self._in_head = False
        if tag in self._FORBIDDEN:
            self.problems.append(f"<{tag}> element")
        if tag == "style":
            self.styles.append(self._in_head)
        if tag == "title" and not self._in_head:
            self.problems.append("<title> outside <head>")
        if tag == "img" and any(name in ("src", "srcset") for name, _ in attrs):
            self.problems.append("<img> with a source")
        if tag == "meta":
            self._meta(dict(attrs))
        for name, value in attrs:
            self._attribute(tag, name, value or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._in_head = False

    def handle_comment(self, data: str) -> None:
        self.problems.append("comment")

    def handle_pi(self, data: str) -> None:
        self.problems.append("processing instruction")

    def unknown_decl(self, data: str) -> None:
        self.problems.append("declaration")

    def _meta(self, attrs: dict[str, str | None]) -> None:
        equiv = (attrs.get("http-equiv") or "").strip().lower()
        if not equiv:
            return
        if equiv != "content-security-policy" or not self._in_head:
            self.problems.append(f"<meta http-equiv={equiv}>")
        else:
            self.csp.append(attrs.get("content") or "")

    def _attribute(self, tag: str, name: str, value: str) -> None:
        if name.startswith("on"):
            self.problems.append(f"{name} handler on <{tag}>")
        if name == "style":
            self.problems.append(f"style attribute on <{tag}>")
        if name in self._URL_ATTRIBUTES:
            squeezed = re.sub(r"[\x00-\x20\x7f-\x9f]+", "", value).lower()
            if squeezed.startswith(("javascript:", "data:", "vbscript:")):
                self.problems.append(f"{name}={value!r} on <{tag}>")
            if tag != "a" and squeezed.startswith(("http:", "https:", "//")):
                self.problems.append(f"remote {name} on <{tag}>")


def find_active_content(page: str, *, template_styles: int = 1) -> list[str]:
    """What in ``page`` could run, load or navigate; empty when the page is inert.

    ``template_styles``: how many ``<style>`` elements the template itself puts
    in ``<head>`` (a fragment has none).
    """
    scanner = _Scanner()
    scanner.feed(page)
    scanner.close()
    problems = list(scanner.problems)
    if len(scanner.styles) != template_styles or not all(scanner.styles):
        problems.append(f"<style> elements: {scanner.styles} (expected {template_styles} in head)")
    if len(scanner.csp) > 1:
        problems.append("more than one Content-Security-Policy")
    return problems


def seed_draft(name: str = "004") -> ArticleDraft:
    path = next(SEEDS.glob(f"{name}_*.txt"))
    return read_article(path)


AT = datetime(2025, 5, 2, 14, 3, 9, tzinfo=UTC)


def export_article(draft: ArticleDraft | None = None, *, text: str | None = None,
                   article_id: int = 4) -> ExportArticle:
    """An approved article around ``draft``; ``text`` (if given) fills every review field."""
    draft = draft or seed_draft()
    draft = replace(draft, status="Approved")
    t = text
    verdict = VerdictView(
        claim_id=11, reference=1, verdict="supported",
        evidence=t if t is not None else "AHSCT should be considered for selected patients.",
        note=t if t is not None else "Matches the 2023 EULAR update.",
        reviewer=t if t is not None else "Dr. Rev Iewer", at=AT,
    )
    claims = (
        ClaimView(id=11, position=0, text=t if t is not None else "AHSCT improves skin thickening.",
                  quote="", section=t if t is not None else "From the Guidelines",
                  citations=(1, 2), unresolved=(), start=0, end=0, verdicts=(verdict,)),
        ClaimView(id=12, position=1, text="A claim without verdicts.", quote="", section=None, citations=(),
                  unresolved=(), start=0, end=0, verdicts=()),
    )
    findings = (
        FindingView(id=1, code="missing-citation", severity="warning",
                    message=t if t is not None else "A claim cites no reference.",
                    excerpt=t if t is not None else "Patient selection is crucial",
                    claim_id=None, reference=None, start=None, end=None,
                    dismissed=True, dismissed_by=t if t is not None else "Dr. Approver",
                    dismissed_reason=t if t is not None else "Common knowledge."),
        FindingView(id=2, code="date", severity="info", message="Last updated is old.", excerpt="",
                    claim_id=None, reference=None, start=None, end=None),
    )
    signature = SignatureInfo(
        printed_name=t if t is not None else "Dr. Ada Approver",
        meaning=t if t is not None else "Approved for publication",
        signed_at=AT, content_hash=draft.content_hash(), role="approver",
    )
    return ExportArticle(
        id=article_id, draft=draft, revision_id=7, content_hash=draft.content_hash(),
        approved_at=AT, approved_by=t if t is not None else "Dr. Ada Approver",
        next_review=date(2026, 5, 2), signature=signature, claims=claims,
        findings=findings, audit_head_hash="ab" * 32,
    )


def hostile_draft(vector: str, base: ArticleDraft | None = None) -> ArticleDraft:
    """A draft with ``vector`` in the title, body, authors, topic and every reference field."""
    base = base or seed_draft()
    ref = ReferenceData(number=1, type="research", title=vector, source=vector, year=2020,
                        doi=vector, pmid=vector, url=vector)
    body = f"{vector}\n\n{base.body}\n\nText {vector} [1]\n\n{vector}\n"
    return replace(base, title=f"T {vector}", body=body, authors=(vector, "A. Author"),
                   topic=vector, references=(ref, *base.references[1:]))
