"""Text out of an attached file (PDF, HTML or plain text), with its page boundaries.

PDFs are read with pypdf (BSD-3-Clause), HTML with Beautiful Soup (MIT) over the
standard library's parser, both in a child process that is killed after
:data:`TIMEOUT_S` and may not use more than :data:`MEMORY_BYTES`: a hostile file
(a decompression bomb, endless content streams, markup nested 100,000 deep)
costs that much at most and never the caller's process. Whatever cannot be read is refused with the
reason; nothing is stored of it.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from workstation.bounded_read import read_bounded
from workstation.errors import WorkstationError

PDF = "application/pdf"
HTML = "text/html"
TEXT = "text/plain"
MAX_FILE_BYTES = 50 * 1024 * 1024  # a long guideline with figures is a few MB
MAX_MARKUP_BYTES = 10 * 1024 * 1024  # HTML or text
MAX_PAGES = 3_000
MAX_CHARS = 5_000_000  # extracted text
TIMEOUT_S = 60.0
MEMORY_BYTES = 2 * 1024 * 1024 * 1024
PAGE_BREAK = "\n\n"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class DocumentRefused(WorkstationError):
    """The file cannot be attached; the message says why. Nothing was changed."""


class NoTextLayer(DocumentRefused):
    """A PDF whose pages carry no text (a scan): it needs OCR before it can be attached."""


@dataclass(frozen=True)
class ExtractedDocument:
    file_name: str
    media_type: str
    sha256: str
    size: int
    text: str
    pages: tuple[tuple[int, int], ...]  # each page's [start, end) in text

    @property
    def empty_pages(self) -> tuple[int, ...]:
        """1-based numbers of the pages without any text (scanned pages in a PDF that has some text)."""
        return tuple(n for n, (s, e) in enumerate(self.pages, 1) if not self.text[s:e].strip())


def extract_file(path: Path, *, timeout: float = TIMEOUT_S) -> ExtractedDocument:
    """Read ``path`` and extract its text; DocumentRefused (with the reason) when it cannot be attached."""
    data = read_bounded(path, MAX_FILE_BYTES, DocumentRefused, name=path.name, kind="documents")
    return extract_bytes(data, path.name, timeout=timeout)


def extract_bytes(data: bytes, name: str, *, timeout: float = TIMEOUT_S) -> ExtractedDocument:
    if not data.strip():
        raise DocumentRefused(f"{name} is empty")
    if len(data) > MAX_FILE_BYTES:
        raise DocumentRefused(f"{name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    media_type = sniff(data, name)
    if media_type == PDF:
        pages = _in_child(PDF, data, name, timeout)
        if not any(p.strip() for p in pages):
            raise NoTextLayer(
                f"{name} has no text layer ({len(pages)} page{'s' if len(pages) != 1 else ''}, no text on any): "
                "it is probably a scan; run it through OCR and attach the result"
            )
    else:
        if len(data) > MAX_MARKUP_BYTES:
            raise DocumentRefused(f"{name} is {len(data) / 1024 / 1024:.1f} MB; HTML and text documents larger "
                                  f"than {MAX_MARKUP_BYTES // (1024 * 1024)} MB are refused")
        decoded = decode(data, name)
        if media_type == HTML:
            pages = _in_child(HTML, data, name, timeout)
        else:  # a form feed separates pages, as pdftotext writes them
            pages = [clean_text(p) for p in decoded.split("\f")]
        if not any(p.strip() for p in pages):
            raise DocumentRefused(f"{name} has no text")
    text, spans = join_pages(pages)
    if len(text) > MAX_CHARS:
        raise DocumentRefused(f"{name} holds {len(text):,} characters of text; the limit is {MAX_CHARS:,}")
    return ExtractedDocument(name, media_type, hashlib.sha256(data).hexdigest(), len(data), text, spans)


_BINARY = bytes(sorted(set(range(0, 9)) | {11} | set(range(14, 32))))


def decode(data: bytes, name: str) -> str:
    """The text of an HTML or text file: UTF-8 (a BOM allowed), else Windows-1252, as old pages were saved."""
    sample = data[:65536]
    if b"\x00" in sample or len(sample) - len(sample.translate(None, _BINARY)) > max(8, len(sample) // 100):
        raise DocumentRefused(f"{name} is not a PDF, an HTML page or a text file: it holds binary data")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise DocumentRefused(f"{name} is neither UTF-8 nor Windows-1252 text (byte {exc.start}); "
                                  "save it as UTF-8") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def sniff(data: bytes, name: str) -> str:
    """PDF by its signature (anywhere in the first kilobyte, as readers allow), HTML by name or markup."""
    if b"%PDF-" in data[:1024]:
        return PDF
    if name.lower().endswith(HTML_SUFFIXES):
        return HTML
    head = data[:2048].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return HTML
    return TEXT


def join_pages(pages: list[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    parts: list[str] = []
    spans = []
    at = 0
    for number, page in enumerate(pages):
        if number:
            parts.append(PAGE_BREAK)
            at += len(PAGE_BREAK)
        parts.append(page)
        spans.append((at, at + len(page)))
        at += len(page)
    return "".join(parts), tuple(spans)


# ------------------------------------------------------------------ cleaning
_LIGATURES = re.compile("[\ufb00-\ufb06]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u00ad\u200b\ufeff]")  # keeps \t and \n
_TRAILING = re.compile(r"[ \t]+\n")
_HYPHENATED = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
_BLANK_RUNS = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """One page's text: ligatures spelled out, stray controls and soft hyphens gone, words broken
    across lines by a hyphen joined again, runs of blank lines shortened."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _CONTROLS.sub("", text)
    text = _TRAILING.sub("\n", text)
    text = _HYPHENATED.sub("", text)
    return _BLANK_RUNS.sub("\n\n", text).strip()


# ------------------------------------------------------------------ HTML
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "nav", "iframe", "object", "head", "form",
                      "button", "select", "canvas", "math"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
})
_BREAK = "\x00"  # a block boundary while the text is assembled (no NUL survives decode_text)


_LINE_BREAK = "\x01"  # a <br> while the text is assembled


def html_text(markup: str) -> str:
    """The readable text of an HTML page: blocks as paragraphs, inline markup joined into its sentence.

    One pass over the parsed tree with an explicit stack, so nesting however deep costs no recursion
    and no quadratic walk.
    """
    from bs4 import BeautifulSoup, CData, NavigableString, Tag

    soup = BeautifulSoup(markup, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    out: list[str] = []
    stack: list[tuple[object, bool]] = [(soup, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            out.append(_BREAK)
        elif isinstance(node, NavigableString):
            if type(node) in (NavigableString, CData):  # not comments, declarations, doctypes
                out.append(str(node))
        elif isinstance(node, Tag) and node.name not in _SKIPPED:
            if node.name == "br":
                out.append(_LINE_BREAK)
                continue
            if node.name in _BLOCKS:
                out.append(_BREAK)
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
    blocks = [title] if title else []
    for block in "".join(out).split(_BREAK):
        lines = (re.sub(r"\s+", " ", line).strip() for line in block.split(_LINE_BREAK))
        joined = "\n".join(line for line in lines if line)
        if joined:
            blocks.append(joined)
    return clean_text("\n\n".join(blocks))


# ------------------------------------------------------------------ PDF and HTML, in a child process
def read_pdf_pages(data: bytes) -> list[str]:
    """Each page's text, as pypdf extracts it (runs in the child process)."""
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, LimitReachedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # repairs of damaged files are routine
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # noqa: BLE001 - an unsupported cipher, or no library for it
                raise DocumentRefused("it is encrypted and cannot be opened here; save an unprotected copy") from exc
            if not opened:
                raise DocumentRefused("it is protected by a password; save an unprotected copy")
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise DocumentRefused(f"it has {count:,} pages; the limit is {MAX_PAGES:,}")
        pages = []
        total = 0
        for page in reader.pages:
            page_text = clean_text(page.extract_text() or "")
            total += len(page_text)
            if total > MAX_CHARS:
                raise DocumentRefused(f"it holds more than {MAX_CHARS:,} characters of text")
            pages.append(page_text)
        return pages
    except LimitReachedError as exc:
        raise DocumentRefused("a stream in it inflates beyond what a document may hold (a decompression bomb?)") \
            from exc
    except FileNotDecryptedError as exc:
        raise DocumentRefused("it is protected by a password; save an unprotected copy") from exc
    except PdfReadError as exc:
        raise DocumentRefused(f"it is damaged and cannot be read ({str(exc)[:200]})") from exc


def child_main() -> int:
    """The child process: the file's bytes on standard input, its pages (or why not) as JSON on standard output."""
    media_type = sys.argv[1]
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    except (ImportError, ValueError, OSError):
        pass  # no address-space limit where the platform has none; the time limit still holds
    data = sys.stdin.buffer.read()
    kind = "PDF" if media_type == PDF else "HTML page"
    try:
        result = {"pages": read_pdf_pages(data) if media_type == PDF else [html_text(decode(data, "it"))]}
    except MemoryError:
        result = {"error": "reading it needed more memory than a document may use"}
    except RecursionError:
        result = {"error": "its objects are nested too deeply"}
    except DocumentRefused as exc:
        result = {"error": str(exc)}
    except Exception as exc:  # noqa: BLE001 - any parser failure is a reason to refuse the file
        result = {"error": f"it is not a readable {kind} ({type(exc).__name__}: {str(exc)[:200]})"}
    sys.stdout.write(json.dumps(result))
    return 0


def _in_child(media_type: str, data: bytes, name: str, timeout: float) -> list[str]:
    """The pages of a PDF or an HTML page, read in a child process under the time and memory limits.

    A separate interpreter (not a fork: the window's process runs Qt and threads), killed on time-out.
    """
    try:
        done = subprocess.run(
            [sys.executable, "-m", "workstation.documents.extract", media_type], input=data, capture_output=True,
            timeout=timeout, check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise DocumentRefused(f"{name}: reading its text took longer than {timeout:g} s; it was given up") from exc
    except OSError as exc:
        raise DocumentRefused(f"{name}: the document reader could not start ({exc.strerror or exc})") from exc
    try:
        result = json.loads(done.stdout)
    except ValueError:
        result = {"error": "reading it stopped the reader (a damaged or hostile file)"}
    if "error" in result:
        raise DocumentRefused(f"{name}: {result['error']}")
    return [str(page) for page in result["pages"]]


if __name__ == "__main__":
    raise SystemExit(child_main())
