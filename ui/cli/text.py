"""Plain-text output of user-supplied text: one record per line, whatever the text holds.

Reasons, notes, names and titles come from users; a newline or a terminal
control sequence in them must not forge extra lines in `history` or move the
cursor. Such characters are shown escaped (``\\n``, ``\\x1b``, ``\\u2028``); JSON
output carries the text as it is.
"""

from __future__ import annotations

import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def clean(value: object) -> str:
    """The text with control, format and line/paragraph-separator characters escaped."""
    text = "" if value is None else str(value)
    if text.isprintable() and "\\" not in text:
        return text
    out = []
    for ch in text:
        if ch in _NAMED:
            out.append(_NAMED[ch])
        elif unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn") and ch != " ":
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)
