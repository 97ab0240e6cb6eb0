"""Anchors of the audit trail kept outside the database.

An anchor is a head the trail once had: the id of its last event and that
event's hash. Because each event's hash covers its predecessor's, an anchor
(N, H) proves the first N events: if the trail's event N no longer hashes to H,
something up to it was rewritten; if there is no event N, events were removed.

Anchors come from two places:

- every export and review report carries the head it was made at, and
  ``workstation audit verify --json`` prints one, so any of those files, kept
  elsewhere, can be checked later (``audit verify --against FILE``);
- this computer keeps the last head it wrote or verified for each database, in
  the user's configuration folder (``WORKSTATION_ANCHOR_DIR`` overrides it), and
  every verification checks the trail against it.

The local anchor is filed under the database's location and its first event's
hash, so a database that is replaced on purpose (a new file at the same path)
starts a fresh anchor instead of being reported as tampered. Whoever controls
both the database and this folder can still rewrite the trail; only anchors that
left the machine (exported files) defend against that.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import Connection, select
from sqlalchemy.engine import make_url
from sqlmodel import Session

from db.tables import AuditEvent, Signature
from workstation.audit import VerifyResult, verify_chain
from workstation.errors import ValidationError
from workstation.signatures import check_signatures

ANCHOR_DIR_ENV = "WORKSTATION_ANCHOR_DIR"
# "audit-head 123:<sha256>", the form every exported text document carries.
ANCHOR_RE = re.compile(r"audit[-_]head[\s:=\"']+(\d+):([0-9a-f]{64})")
MAX_ANCHOR_FILE = 64 * 1024 * 1024


@dataclass(frozen=True)
class Anchor:
    events: int  # id of the last event covered (ids run 1..N)
    head: str
    source: str = ""

    def token(self) -> str:
        """The form written into exported documents."""
        return f"audit-head {self.events}:{self.head}"


def anchor_token(events: int, head: str) -> str:
    return Anchor(events, head).token()


def read_anchor(path: str | Path) -> Anchor:
    """The anchor in a saved head (``audit verify --json``), a JSON export or any exported document."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_ANCHOR_FILE:
            raise ValidationError(f"{file}: too large to be a saved head or an exported document")
        data = file.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {file}: {exc.strerror or exc}") from exc
    text = data.decode("utf-8", errors="replace")
    with contextlib.suppress(ValueError):
        document = json.loads(text)
        if isinstance(document, dict):
            for count_key, head_key in (("events", "head"), ("audit_events", "audit_head_hash")):
                count, head = document.get(count_key), document.get(head_key)
                if isinstance(count, int) and isinstance(head, str) and re.fullmatch(r"[0-9a-f]{64}", head):
                    return Anchor(count, head, str(file))
    found = ANCHOR_RE.findall(text) or _pdf_anchor(data)
    if not found:
        raise ValidationError(f"{file} carries no audit head (not a saved head or an exported document)")
    events, head = found[-1]
    return Anchor(int(events), head, str(file))


def _pdf_anchor(data: bytes) -> list[tuple[str, str]]:
    """PDF metadata strings may be UTF-16 (hex or literal); look for the token in that form too."""
    found = []
    for hexed in re.findall(rb"<(FEFF[0-9A-Fa-f]+)>", data):
        with contextlib.suppress(ValueError):
            found += ANCHOR_RE.findall(bytes.fromhex(hexed.decode()).decode("utf-16", errors="replace"))
    return found


def check_against(connection: Connection, anchor: Anchor) -> str:
    """Why the trail does not extend the anchor ('' when it does)."""
    if anchor.events == 0:
        return ""
    row = connection.execute(select(AuditEvent.hash).where(AuditEvent.id == anchor.events)).first()
    where = f" ({anchor.source})" if anchor.source else ""
    if row is None:
        last = connection.execute(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1)).scalar()  # type: ignore[union-attr]
        return (
            f"the trail ends at event {last or 0}, but the anchor{where} records {anchor.events} events: "
            "events were removed"
        )
    if row[0] != anchor.head:
        return (
            f"event {anchor.events} is not the one the anchor{where} records: "
            "the trail was rewritten up to it"
        )
    return ""


# ---------------------------------------------------------------- this computer's anchors
def anchor_dir() -> Path:
    configured = os.environ.get(ANCHOR_DIR_ENV)
    if configured:
        return Path(configured)
    from platformdirs import user_config_path

    return user_config_path("ReviewWorkstation", appauthor=False) / "anchors"


def _first_hash(connection: Connection) -> str | None:
    return connection.execute(select(AuditEvent.hash).where(AuditEvent.id == 1)).scalar()


def _location(url: str) -> str:
    """The database's address without any password (the anchor file names it)."""
    return make_url(url).render_as_string(hide_password=True)


def _anchor_path(url: str, first: str) -> Path:
    key = f"{_location(url)}\n{first}"
    return anchor_dir() / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".json")


def local_anchor(connection: Connection, url: str) -> Anchor | None:
    """The last head this computer recorded for this database, if any."""
    first = _first_hash(connection)
    if first is None:
        return None
    path = _anchor_path(url, first)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        return Anchor(int(document["events"]), str(document["head"]), f"kept on this computer in {path}")
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remember_head(url: str, first: str, events: int, head: str) -> None:
    """Record a head the trail had; an anchor only moves forward. Best effort: never fails a change."""
    if not first or not events:
        return
    path = _anchor_path(url, first)
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
        if path.exists() and int(json.loads(path.read_text(encoding="utf-8"))["events"]) >= events:
            return
    _write_anchor(path, url, first, events, head)


def replace_anchor(url: str, first: str, events: int, head: str) -> None:
    """Set this computer's anchor to a head, even an earlier one: a restore rolled the trail back on purpose.

    Only an audited restore calls this; the rolled-back head is kept in the restore's event.
    """
    if first and events:
        _write_anchor(_anchor_path(url, first), url, first, events, head)


def forget_anchor(url: str, first: str) -> None:
    """Drop the anchor of a database that no longer exists (a restore's working copy)."""
    with contextlib.suppress(OSError):
        _anchor_path(url, first).unlink()


def _write_anchor(path: Path, url: str, first: str, events: int, head: str) -> None:
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".anchor.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                json.dump({"database": _location(url), "first": first, "events": events, "head": head}, stream)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise


def verify_trail(connection: Connection, url: str, anchors: list[Anchor] = ()) -> VerifyResult:  # type: ignore[assignment]
    """The chain recomputed, then checked against the given anchors and this computer's one.

    A trail that verifies moves this computer's anchor forward to its head.
    """
    result = verify_chain(connection)
    kept = local_anchor(connection, url)
    for anchor in [*anchors, *([kept] if kept else [])]:
        if not result.ok:
            break
        problem = check_against(connection, anchor)
        if problem:
            result = replace(result, ok=False, first_bad=min(anchor.events, result.last_id) or None, problem=problem)
    if result.ok:
        problem = signed_record_problem(connection)
        if problem:
            result = replace(result, ok=False, first_bad=problem[0], problem=problem[1])
    if result.ok and result.last_id:
        remember_head(url, _first_hash(connection) or "", result.last_id, result.head)
    return result


def signed_record_problem(connection: Connection) -> tuple[int | None, str] | None:
    """The first signature that no longer matches its ``signature.sign`` event: (event id, why)."""
    with Session(bind=connection) as session:
        table = Signature.__table__  # type: ignore[attr-defined]
        signatures = list(session.execute(select(table).order_by(table.c.id)))
        checks = check_signatures(session, signatures)
        for signature in signatures:
            check = checks[signature.id]  # type: ignore[index]
            if not check.valid:
                return signature.audit_event_id, f"the trail records a signature the database contradicts: {check.problem}"
    return None
