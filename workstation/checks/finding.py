"""A finding: one problem an automated check raises about an article."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)

_SPACES_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class Finding:
    """One problem found in an article, anchored to a span of the body where it has one.

    ``fingerprint`` identifies the same problem across revisions (code, excerpt and
    reference, not offsets), so that a reviewer's dismissal carries over when
    unrelated text moves.
    """

    code: str
    severity: str
    message: str
    excerpt: str
    start: int | None
    end: int | None
    reference: int | None = None
    fingerprint: str = ""


def normalize_excerpt(text: str) -> str:
    """Case and white space do not change what a finding is about."""
    return _SPACES_RE.sub(" ", text).strip().casefold()


def fingerprint(code: str, excerpt: str, reference: int | None) -> str:
    """sha1 of the code, the normalised excerpt and the reference number."""
    key = f"{code}\n{normalize_excerpt(excerpt)}\n{'' if reference is None else reference}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def make_finding(
    code: str,
    severity: str,
    message: str,
    excerpt: str,
    start: int | None = None,
    end: int | None = None,
    reference: int | None = None,
    about: str | None = None,
) -> Finding:
    """Build a :class:`Finding` with its fingerprint filled in (from ``about`` where the excerpt
    shows the reader more than what the finding is about, else from the excerpt)."""
    return Finding(
        code=code,
        severity=severity,
        message=message,
        excerpt=excerpt,
        start=start,
        end=end,
        reference=reference,
        fingerprint=fingerprint(code, excerpt if about is None else about, reference),
    )


def shorten(text: str, limit: int = 120) -> str:
    """One line of at most ``limit`` characters, for excerpts and messages."""
    text = _SPACES_RE.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "\u2026"
