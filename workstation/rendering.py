"""Bounded, sanitized rendering of an article's Markdown body to HTML.

Every path ends in the same allow-list sanitizer (nh3), so what this module
returns never carries scripts, event handlers, styles or dangerous URLs.

Rendering is bounded in two layers, because python-markdown and the HTML
sanitizer both have inputs that take quadratic time (``'[' * 10000`` takes
half a minute, ``'<ul><li>' * 100000`` minutes) or exhaust the stack (lists
nested a thousand deep):

1. :func:`neutralize` is a cheap linear pre-pass that takes the known
   pathological shapes (long runs of markup characters, overlong lines,
   markup-heavy lines and paragraphs, indentation and quote/list markers
   nested too deep) out of the parser's sight: they are shown as plain text.
2. Bodies that are large or still look suspicious are rendered in a separate
   worker process with a hard time limit; on time-out the worker is killed
   (and restarted on the next call) and the body is shown as plain text.

Small ordinary articles render in-process in a few milliseconds. All
functions may be called from any thread. The worker is started with the
"spawn" method, so a program's entry script must guard its start-up with
``if __name__ == "__main__":`` (console-script entry points do).
"""

from __future__ import annotations

import contextlib
import html
import multiprocessing
import re
import signal
import threading
import xml.etree.ElementTree as etree
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection

import markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from workstation.citations import CITATION_RE
from workstation.markdown_blocks import GatedBlocksExtension
from workstation.markdown_inline import GatedInlineExtension, gates_apply
from workstation.markdown_passes import GatedPassesExtension
from workstation.messages import message, message_of
from workstation.sanitize import MAX_PLAIN_CHARS, plain_text_html, sanitize_html
from workstation.worker_processes import worker_context

MAX_RENDER_CHARS = 2_000_000  # beyond this the body is shown as plain text at once
FAST_PATH_CHARS = 32_000  # ordinary bodies up to this size render in-process
MAX_LINE_CHARS = 10_000
MAX_RUN = 16  # a run of one markup character longer than this is plain text
MAX_MIXED_RUN = 24  # a run of mixed markup characters longer than this is plain text
MAX_INDENT = 24  # columns of leading indentation kept
MAX_CONTAINERS = 8  # quote and list markers at the start of one line
MAX_LINE_MARKUP = 200  # of any one inline markup character in one line
MAX_PARAGRAPH_MARKUP = 2_000  # inline markup characters in one paragraph
MAX_BLOCK_LINES = 300  # longer runs of lines without a blank one are rendered under the limit
WORKER_START_TIMEOUT = 60.0

# Above these counts a body is rendered under the hard time limit.
_SUSPICIOUS_COUNTS = {"[": 500, "<": 500, "`": 500, "&": 500, "\\": 500, "*": 2000, "_": 2000}
_LINE_MARKUP = "[<`*_&|\\!"
_PARAGRAPH_MARKUP = "[<`*_&\\"

_MARKUP_CHAR = r"[\[\]*_`~<>!\\|(){}&]"
_RUN_RE = re.compile(f"({_MARKUP_CHAR})\\1{{{MAX_RUN},}}")
_MIXED_RUN_RE = re.compile(f"{_MARKUP_CHAR}{{{MAX_MIXED_RUN + 1},}}")
_SHORTEST_RUN_RE = re.compile(f"{_MARKUP_CHAR}{{{min(MAX_RUN, MAX_MIXED_RUN) + 1},}}")
_INDENT_RE = re.compile(r"[ \t]*")
_CONTAINER_RE = re.compile(r"[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?")
_BLOCK_START_RE = re.compile(r"[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]|#|\||```|~~~)")
# NUL, the characters python-markdown uses for its own placeholders, and the
# private-use range our plain-text tokens are made of.
_RESERVED_RE = re.compile("[\x00\x02\x03\ue000-\ue1ff]")
_TOKEN_OPEN, _TOKEN_CLOSE, _TOKEN_DIGIT0 = "\ue000", "\ue001", 0xE100
_TOKEN_RE = re.compile("\ue000([\ue100-\ue1ff]+)\ue001")
_RANGE_RE = re.compile("[-\u2013]")  # between the bounds of a cited range


@dataclass(frozen=True)
class RenderResult:
    """Sanitized HTML; ``error`` says why it is plain text; ``truncated`` if text was cut."""

    html: str
    error: str | None = None
    truncated: bool = False


# --------------------------------------------------------------------- pre-pass


@dataclass(frozen=True)
class PreparedBody:
    """The body as the parser sees it; ``plain`` holds the segments taken out as text."""

    text: str
    plain: tuple[str, ...]
    suspicious: bool


class _Plain:
    """Replaces pathological segments by opaque tokens the Markdown parser leaves alone.

    Escaping markup characters in place would not help: python-markdown is
    quadratic in the number of inline matches in one paragraph, character
    references included. A token is one inert word; after parsing it is
    replaced by the segment, HTML-escaped, so the text still shows as written.
    """

    def __init__(self) -> None:
        self.segments: list[str] = []
        self.changed = False

    def token(self, segment: str) -> str:
        index = len(self.segments)
        self.segments.append(segment)
        self.changed = True
        digits = []
        while True:
            index, digit = divmod(index, 256)
            digits.append(chr(_TOKEN_DIGIT0 + digit))
            if not index:
                break
        return _TOKEN_OPEN + "".join(digits) + _TOKEN_CLOSE

    def whole_line(self, line: str) -> str:
        indent = _INDENT_RE.match(line).end()
        return line[: min(indent, MAX_INDENT)] + self.token(line[indent:])


def neutralize(body: str) -> PreparedBody:
    """Take out the shapes that make the Markdown parser slow or recurse deeply.

    Linear in the size of the body. ``suspicious`` is set when anything was
    taken out or the body is markup-heavy, so it is rendered under the hard
    time limit.
    """
    text = _RESERVED_RE.sub("\ufffd", body.replace("\r\n", "\n").replace("\r", "\n"))
    plain = _Plain()
    lines = text.split("\n")
    for index, line in enumerate(lines):
        lines[index] = _neutralize_line(line, plain)
    long_run = _neutralize_paragraphs(lines, plain)
    if plain.changed:
        text = "\n".join(lines)
    suspicious = plain.changed or long_run or any(
        text.count(c) > limit for c, limit in _SUSPICIOUS_COUNTS.items()
    )
    return PreparedBody(text, tuple(plain.segments), suspicious)


def _neutralize_line(line: str, plain: _Plain) -> str:
    if not line:
        return line
    if len(line) > MAX_LINE_CHARS or (
        len(line) > MAX_LINE_MARKUP and any(line.count(c) > MAX_LINE_MARKUP for c in _LINE_MARKUP)
    ):
        return plain.whole_line(line)
    indent = _INDENT_RE.match(line).end()
    if indent and len(line[:indent].expandtabs(4)) > MAX_INDENT:
        line = " " * MAX_INDENT + line[indent:]
        plain.changed = True
    line = _limit_containers(line, plain)
    if _SHORTEST_RUN_RE.search(line):  # what either run needs, one search for most lines
        if _MIXED_RUN_RE.search(line):
            line = _MIXED_RUN_RE.sub(lambda m: plain.token(m.group(0)), line)
        if _RUN_RE.search(line):
            line = _RUN_RE.sub(lambda m: plain.token(m.group(0)), line)
    return line


def _limit_containers(line: str, plain: _Plain) -> str:
    pos = 0
    for _ in range(MAX_CONTAINERS):
        match = _CONTAINER_RE.match(line, pos)
        if match is None or match.end() == pos:
            return line
        pos = match.end()
    match = _CONTAINER_RE.match(line, pos)
    if match is None or match.end() == pos:
        return line
    # Markers beyond the limit (and what follows them) are shown as text.
    return line[:pos] + plain.token(line[pos:])


def _neutralize_paragraphs(lines: list[str], plain: _Plain) -> bool:
    """Show a paragraph with too much inline markup as plain text, line by line.

    Returns whether some run of lines without a blank line is long enough for
    python-markdown's block parser, which is quadratic in it, to be slow.
    """
    start, size, run, long_run = 0, 0, 0, False
    for index in range(len(lines) + 1):
        line = lines[index] if index < len(lines) else ""
        blank = not line.strip()
        run = 0 if blank else run + 1
        long_run = long_run or run > MAX_BLOCK_LINES
        if blank or _BLOCK_START_RE.match(line):
            # Its markup counted only where its length leaves room for too much of it.
            if size > MAX_PARAGRAPH_MARKUP and sum(
                lines[k].count(c) for k in range(start, index) for c in _PARAGRAPH_MARKUP
            ) > MAX_PARAGRAPH_MARKUP:
                for k in range(start, index):
                    if lines[k].strip():
                        lines[k] = plain.whole_line(lines[k])
            start, size = index, 0
        size += len(line)
    return long_run


def _restore_plain(html_text: str, plain: tuple[str, ...]) -> str:
    if not plain:
        return html_text

    def segment(match: re.Match[str]) -> str:
        index = 0
        for digit in reversed(match.group(1)):
            index = index * 256 + ord(digit) - _TOKEN_DIGIT0
        return html.escape(plain[index]) if index < len(plain) else ""

    return _TOKEN_RE.sub(segment, html_text)


# ------------------------------------------------------------------- citations


class _CitationProcessor(InlineProcessor):
    """``[1]``, ``[1, 3]``, ``[2-4]`` -> a superscript of links to ``#ref-N``.

    The texts of the superscript ("[", the numbers, ", ", "]") are built as
    AtomicStrings: python-markdown would otherwise run every inline pattern
    over each of them twice (once when the pattern matches, once more when it
    walks the stashed element), which made our Markdown several times slower
    than plain python-markdown on cited articles. No inline pattern can match
    those texts, so nothing rendered changes; :class:`_CitationTexts` turns them
    back into plain strings after the inline phase, so later tree processors
    (abbreviations) still see them as before.
    """

    def __init__(self, pattern: str, md: markdown.Markdown, built: list[etree.Element]) -> None:
        super().__init__(pattern, md)
        self.built = built

    def handleMatch(self, m: re.Match[str], data: str):
        parts = [[int(b) for b in _RANGE_RE.split(part)] for part in m.group(1).split(",")]
        if any(n < 1 for bounds in parts for n in bounds):
            return None, None, None  # "[0]" is not a citation; leave the text as written
        sup = etree.Element("sup", {"class": "cite"})
        sup.text = AtomicString("[")
        last: etree.Element | None = None
        for bounds in parts:
            for index, number in enumerate(bounds):  # ints: the pattern admits digits only
                if last is not None:  # each link's tail: what follows it
                    last.tail = AtomicString("\u2013" if index else ", ")
                last = etree.SubElement(sup, "a", {"href": f"#ref-{number}"})
                last.text = AtomicString(str(number))
        last.tail = AtomicString("]")  # type: ignore[union-attr]
        self.built.append(sup)
        return sup, m.start(0), m.end(0)


class _CitationTexts(Treeprocessor):
    """After the inline phase: the citation texts become plain strings again."""

    def __init__(self, md: markdown.Markdown, built: list[etree.Element]) -> None:
        super().__init__(md)
        self.built = built

    def run(self, root: etree.Element) -> None:
        for sup in self.built:
            sup.text = str(sup.text) if sup.text else sup.text
            for link in sup:
                link.text = str(link.text) if link.text else link.text
                link.tail = str(link.tail) if link.tail else link.tail
        self.built.clear()


class _CitationExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:
        built: list[etree.Element] = []
        self.built = built
        md.registerExtension(self)
        # Above reference links (170) so "[1]" is a citation, below escapes and code.
        md.inlinePatterns.register(_CitationProcessor(CITATION_RE.pattern, md, built), "citation", 175)
        # After the inline phase (20), before abbreviations (7) and prettifying (10).
        md.treeprocessors.register(_CitationTexts(md, built), "citation-texts", 18)

    def reset(self) -> None:
        self.built.clear()


_local = threading.local()


def _gated_extensions(version: str = markdown.__version__) -> list[Extension]:
    """The gated phases (after the extensions whose processors they gate), where they were verified."""
    if not gates_apply(version):
        return []
    return [GatedInlineExtension(), GatedBlocksExtension(), GatedPassesExtension()]


def build_markdown(gates: Sequence[Extension]) -> markdown.Markdown:
    """Our Markdown parser, with these gated phases (``_gated_extensions``, or none: python-markdown's own)."""
    return markdown.Markdown(
        extensions=[
            "abbr",
            "def_list",
            "fenced_code",
            "footnotes",
            "tables",
            "sane_lists",
            _CitationExtension(),
            *gates,  # after the extensions whose processors these gate
        ],
        extension_configs={"tables": {"use_align_attribute": True}},
        output_format="html",
    )


def _markdown() -> markdown.Markdown:
    md = getattr(_local, "md", None)
    if md is None:
        md = build_markdown(_gated_extensions())
        _local.md = md
    return md


# ------------------------------------------------------------------- sanitizer

def _render_sanitized(text: str, plain: tuple[str, ...] = ()) -> str:
    md = _markdown()
    md.reset()
    return sanitize_html(_restore_plain(md.convert(text), plain))


# ---------------------------------------------------------------------- worker


class _RenderFailed(Exception):
    pass


class _RenderTimedOut(Exception):
    pass


def _worker_main(conn: Connection) -> None:
    """The worker process: render texts until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            conn.send(("ok", _render_sanitized(*job)))
        except RecursionError:
            conn.send(("error", "it is nested too deeply"))
        except Exception as exc:  # any parser failure becomes a message, not a crash
            conn.send(("error", type(exc).__name__))


class _Worker:
    """One lazily started render process, shared by all threads, killed on time-out."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def render(self, prepared: PreparedBody, timeout: float) -> str:
        with self._lock:
            conn = self._started()
            try:
                conn.send((prepared.text, prepared.plain))
                ready = conn.poll(timeout)
            except (OSError, EOFError) as exc:
                self._stop()
                raise _RenderFailed(message("render.stopped")) from exc
            if not ready:
                self._stop()
                raise _RenderTimedOut
            try:
                status, payload = conn.recv()
            except (OSError, EOFError) as exc:
                self._stop()
                raise _RenderFailed(message("render.stopped-unexpectedly")) from exc
            if status != "ok":
                raise _RenderFailed(payload)
            return payload

    def _started(self) -> Connection:
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        self._stop()
        # Not forked from this process (forking one that runs Qt and other threads is unsafe):
        # from the fork server, which imports the program once (a renderer restarted after
        # a timeout starts ready).
        context = worker_context()
        parent, child = context.Pipe(duplex=True)
        process = context.Process(
            target=_worker_main, args=(child,), name="markdown-renderer", daemon=True
        )
        process.start()
        child.close()
        self._process, self._conn = process, parent
        try:
            if parent.poll(WORKER_START_TIMEOUT) and parent.recv()[0] == "ready":
                return parent
        except (OSError, EOFError):
            pass
        self._stop()
        raise _RenderFailed(message("render.not-started"))

    def _stop(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(timeout=5)

    def start(self) -> None:
        with self._lock, contextlib.suppress(_RenderFailed):  # the first render tries again and says why
            self._started()

    def shutdown(self) -> None:
        with self._lock:
            self._stop()


_worker = _Worker()


def start_renderer() -> None:
    """Start the render worker process now rather than at the first large article.

    Starting it takes a second of work beside the program (and a fork of it); a window
    does it while it opens, not while someone waits for an article.
    """
    _worker.start()


def shutdown_renderer() -> None:
    """Stop the render worker process (it starts again when next needed)."""
    _worker.shutdown()


# ------------------------------------------------------------------ public API


def _fallback(body: str, error: str) -> RenderResult:
    fragment, truncated = plain_text_html(body)
    if truncated:
        error = message("render.first-chars", notice=error, chars=MAX_PLAIN_CHARS)
    return RenderResult(fragment, error, truncated)


def render_markdown(body: str, *, timeout: float = 2.0) -> RenderResult:
    """Render a Markdown body to sanitized HTML within ``timeout`` seconds.

    Citation markers become links to ``#ref-N``. When the body cannot be
    rendered (too large, too slow, or the parser fails) the result holds the
    body as escaped plain text and ``error`` says why.
    """
    if len(body) > MAX_RENDER_CHARS:
        return _fallback(body, message("render.too-large", chars=len(body), limit=MAX_RENDER_CHARS))
    prepared = neutralize(body)
    try:
        if not prepared.suspicious and len(prepared.text) <= FAST_PATH_CHARS:
            return RenderResult(_render_sanitized(prepared.text, prepared.plain))
        return RenderResult(_worker.render(prepared, timeout))
    except _RenderTimedOut:
        return _fallback(body, message("render.timed-out", seconds=timeout))
    except _RenderFailed as exc:
        return _fallback(body, message("render.failed", problem=message_of(exc) or str(exc)))
    except RecursionError:
        return _fallback(body, message("render.too-deep"))
    except Exception as exc:  # a parser bug must not take the caller down
        return _fallback(
            body, f"This article could not be rendered ({type(exc).__name__}); showing plain text"
        )
