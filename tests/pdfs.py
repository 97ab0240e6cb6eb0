"""Small PDFs written byte by byte for the tests: pages of text, pages without a text layer, broken files."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from pathlib import Path


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content(lines: Sequence[str]) -> bytes:
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 760 Td"]
    for line in lines:
        ops.append(f"({_escape(line)}) Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def pdf_bytes(pages: Sequence[Sequence[str]], *, compress: bool = True, image_only: Sequence[int] = ()) -> bytes:
    """A PDF whose page i shows the lines pages[i] in Helvetica; pages listed in ``image_only``
    carry a grey image and no text at all (as a scanned page does)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_id = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    image = add(b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
                b"/BitsPerComponent 8 /Length 64 >>\nstream\n" + bytes([128] * 64) + b"\nendstream")
    kids = []
    for number, lines in enumerate(pages):
        if number in image_only:
            raw = b"q 468 0 0 648 72 72 cm /Im1 Do Q"
        else:
            raw = _content(lines)
        data = zlib.compress(raw) if compress else raw
        filt = b" /Filter /FlateDecode" if compress else b""
        stream = add(b"<< /Length %d%s >>\nstream\n" % (len(data), filt) + data + b"\nendstream")
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
            % (pages_id, stream, font, image)
        ))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                             + b"] /Count %d >>" % len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def write_pdf(path: Path, pages: Sequence[Sequence[str]], **options: object) -> Path:
    path.write_bytes(pdf_bytes(pages, **options))  # type: ignore[arg-type]
    return path


def bomb_pdf(path: Path, megabytes: int = 400) -> Path:
    """A one-page PDF whose content stream inflates from a few hundred kilobytes to ``megabytes`` MB."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    data = b"".join(compressor.compress(chunk) for _ in range(megabytes)) + compressor.flush()
    good = pdf_bytes([["x"]], compress=False)
    marker = b"<< /Length "
    start = good.index(marker, good.index(b"/Helvetica"))
    end = good.index(b"endstream", start) + len(b"endstream")
    bomb = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    # Offsets in the cross-reference table no longer fit; PDF readers rebuild it, as they do for any damaged file.
    path.write_bytes(good[:start] + bomb + good[end:])
    return path
