"""The allow-list HTML sanitizer (nh3) every rendered article and export passes through.

Only a fixed set of tags and attributes survives; links keep http, https and
mailto only and get rel="noopener noreferrer"; nothing can run script, load
remote content or inject style.
"""

from __future__ import annotations

import html
import re
import threading

import nh3

MAX_PLAIN_CHARS = 200_000  # the plain-text fallback shows at most this much
_local = threading.local()  # nh3 cleaners are built once per thread

BODY_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "b", "i",
     "code", "pre", "blockquote", "a", "table", "thead", "tbody", "tfoot", "tr", "th", "td",
     "caption", "br", "hr", "sup", "sub", "span", "mark", "del", "ins", "s", "abbr", "dl",
     "dt", "dd", "div"}
)
LAYOUT_TAGS = BODY_TAGS | {"article", "header", "footer", "section", "nav", "main", "small",
                           "time", "colgroup", "col"}
_CLEAN_CONTENT_TAGS = {"script", "style", "template", "iframe", "object", "embed", "svg", "math",
                       "noscript", "textarea", "select", "xmp", "noembed", "noframes", "title"}
_BODY_ATTRIBUTES = {
    "a": {"href", "title", "class"},
    "span": {"class"},
    "mark": {"class", "data-claim"},  # the claims in the reader (workstation.claim_marks)
    "sup": {"class", "id"},
    "div": {"class"},
    "pre": {"class"},
    "code": {"class"},
    "li": {"id"},
    "ol": {"start"},
    "th": {"align"},
    "td": {"align"},
    "abbr": {"title"},
}
_LAYOUT_ATTRIBUTES = {
    **{tag: set(attrs) for tag, attrs in _BODY_ATTRIBUTES.items()},
    "*": {"class"},
    "li": {"id", "value"},
    "section": {"id"},
    "article": {"id"},
    "h2": {"id"},
    "h3": {"id"},
    "time": {"datetime"},
    "td": {"align", "colspan"},
    "th": {"align", "colspan", "scope"},
    "p": {"id"},
    "table": {"border", "cellspacing", "cellpadding", "width"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
_CLASS_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,40}")
_ID_RE = re.compile(
    r"(?:fn|fnref):[A-Za-z0-9_-]{1,64}|(?:ref|claim|finding)-\d{1,9}"
    r"|references|claims|findings|signature"
)
_ALIGN = {"left", "right", "center"}
_SIZE_RE = re.compile(r"\d{1,4}%?")
_DANGEROUS_URL_RE = re.compile(r"^(?:javascript|data|vbscript|file):", re.IGNORECASE)
_URL_NOISE_RE = re.compile(r"[\x00-\x20\x7f]+")


def _filter_attribute(tag: str, name: str, value: str) -> str | None:
    # Decided on the name and the value alone (its results are kept by them: _FILTERED).
    if name == "class":
        tokens = [t for t in value.split() if _CLASS_TOKEN_RE.fullmatch(t)]
        return " ".join(tokens[:8]) or None
    if name == "id":
        return value if _ID_RE.fullmatch(value) else None
    if name in ("data-claim", "start", "value", "colspan"):
        return value if value.isascii() and value.isdigit() and len(value) <= 9 else None
    if name in ("border", "cellspacing", "cellpadding", "width"):
        return value if _SIZE_RE.fullmatch(value) else None
    if name == "align":
        return value if value in _ALIGN else None
    if name == "scope":
        return value if value in ("row", "col") else None
    if name == "href":
        squeezed = _URL_NOISE_RE.sub("", html.unescape(value))
        return None if _DANGEROUS_URL_RE.match(squeezed) else value
    return value


# What _filter_attribute made of each (name, value) it saw (it does not look at the tag): an
# article's page passes it the same few hundred values ("cite", "#ref-3" …), each a Python call
# that cost 0.15 ms an article. Bounded; values longer than a link or a class list are not kept.
_FILTERED: dict[tuple[str, str], str | None] = {}
_FILTERED_MAX, _FILTERED_MAX_CHARS = 4096, 256
_UNSEEN = object()


def _filter_attribute_once(tag: str, name: str, value: str) -> str | None:
    kept = _FILTERED.get((name, value), _UNSEEN)
    if kept is _UNSEEN:
        kept = _filter_attribute(tag, name, value)
        if len(_FILTERED) < _FILTERED_MAX and len(value) <= _FILTERED_MAX_CHARS:
            _FILTERED[(name, value)] = kept
    return kept  # type: ignore[return-value]


def _cleaner(layout: bool) -> nh3.Cleaner:
    key = "layout_cleaner" if layout else "body_cleaner"
    cleaner = getattr(_local, key, None)
    if cleaner is None:
        cleaner = nh3.Cleaner(
            tags=set(LAYOUT_TAGS if layout else BODY_TAGS),
            clean_content_tags=set(_CLEAN_CONTENT_TAGS),
            attributes=_LAYOUT_ATTRIBUTES if layout else _BODY_ATTRIBUTES,
            attribute_filter=_filter_attribute_once,
            strip_comments=True,
            link_rel="noopener noreferrer",
            url_schemes=set(URL_SCHEMES),
        )
        setattr(_local, key, cleaner)
    return cleaner


def sanitize_html(fragment: str, *, layout: bool = False) -> str:
    """Allow-list sanitize an HTML fragment.

    ``layout=True`` also admits the structural tags and the ``class``/``id``
    attributes the export templates use; it never admits active content.
    """
    return _cleaner(layout).clean(fragment)


def plain_text_html(text: str, *, limit: int = MAX_PLAIN_CHARS) -> tuple[str, bool]:
    """The text escaped into a ``<pre>`` block; returns the HTML and whether it was cut."""
    truncated = len(text) > limit
    shown = text[:limit] if truncated else text
    return sanitize_html('<pre class="plain-text">' + html.escape(shown) + "</pre>"), truncated
