"""Export benchmark: 1,000 approved articles (~1,000 words each) to standalone HTML.

Prints the time (target <= 5 s) and the ratio against a baseline measured in
the same run: plain python-markdown rendering and writing of the same bodies.
The export is measured cold, as a user runs it: a fresh facade, and the worker
processes that render a large export start inside the measured call. Beside the wall
time it prints the CPU time of the calling process and of the render processes (on two
cores, both together have to fit the wall time), judged by rather than the wall time on
a shared machine.

    .venv/bin/python bench/export_bench.py [--count 1000]
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import multiprocessing.forkserver as forkserver
import os
import pstats
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import markdown
from sqlalchemy import select
from sqlmodel import Session

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import write_pages  # noqa: E402

from db.tables import Article, AuditEvent, Revision, Signature, User  # noqa: E402
from workstation.audit import EventData, append_events  # noqa: E402
from workstation.audit_anchor import ANCHOR_DIR_ENV  # noqa: E402
from workstation.export.bulk import BulkRenderer  # noqa: E402
from workstation.facade import Workstation  # noqa: E402
from workstation.rendering import shutdown_renderer  # noqa: E402
from workstation.signatures import SIGN_ACTION, SIGNED_FIELD, sign_reason, signed_hash  # noqa: E402
from workstation.workflow import DEFAULT_MEANING  # noqa: E402

TARGET = 5.0  # seconds for 1,000 articles on two cores
SIGNER, SIGNER_PASSWORD = "bench-approver", "bench-approver-passphrase"


def sign_all(ws: Workstation) -> None:
    """Every article approved and signed as the workflow signs it: a transition event, the signature
    and its ``signature.sign`` event binding the manifestation, in the hash-chained trail.

    The review before it (verdicts, the password typed at each signing) is measured elsewhere; an
    export verifies exactly what this writes.
    """
    ws.users.add_user(name=SIGNER, role="admin", password=SIGNER_PASSWORD, display_name="Dr. Bench Approver")
    with Session(ws.engine) as session:
        signer = session.execute(select(User).where(User.name == SIGNER)).scalar_one()
        connection = session.connection()
        for article in session.execute(select(Article).order_by(Article.id)).scalars().all():
            revision = session.get(Revision, article.current_revision_id)
            assert revision is not None
            now = datetime.now(UTC)
            (approval,) = append_events(connection, [EventData(
                actor=SIGNER, action="transition", entity="article", entity_id=article.id, article_id=article.id,
                field="status", old_value=article.status, new_value="Approved", reason="")])
            signature = Signature(
                article_id=article.id, revision_id=revision.id, content_hash=revision.content_hash,
                user_id=signer.id, printed_name=signer.display_name, role=signer.role, meaning=DEFAULT_MEANING,
                signed_at=now, audit_event_id=approval,
            )
            session.add(signature)
            session.flush()
            approval_hash = connection.execute(select(AuditEvent.hash).where(AuditEvent.id == approval)).scalar_one()
            append_events(connection, [EventData(
                actor=SIGNER, action=SIGN_ACTION, entity="signature", entity_id=signature.id, article_id=article.id,
                field=SIGNED_FIELD, new_value=signed_hash(
                    content_hash=revision.content_hash, printed_name=signature.printed_name, signer=SIGNER,
                    role=signature.role, meaning=signature.meaning, signed_at=now, event_id=approval,
                    event_hash=approval_hash),
                reason=sign_reason(meaning=signature.meaning, printed_name=signature.printed_name,
                                   role=signature.role, revision_number=revision.number, signed_at=now))])
            article.status, article.approved_revision_id, article.approved_at = "Approved", revision.id, now
        session.commit()


def fork_server_cpu() -> tuple[float, float]:
    """CPU seconds of the fork server itself (its imports) and of its children it has reaped (the workers).

    The render processes are the fork server's children, not this process's, so the figures come from
    its /proc entry (Linux); (0, 0) where there is none. Waits (up to 2 s) for the workers to be reaped.
    """
    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    stat = Path(f"/proc/{pid}/stat")
    if pid is None or not stat.exists():
        return 0.0, 0.0
    children = Path(f"/proc/{pid}/task/{pid}/children")
    deadline = time.monotonic() + 2.0
    while children.exists() and children.read_text().strip() and time.monotonic() < deadline:
        time.sleep(0.01)
    fields = stat.read_text().rsplit(")", 1)[1].split()  # after the command name: state is field 3
    ticks = os.sysconf("SC_CLK_TCK")
    utime, stime, cutime, cstime = (int(f) for f in fields[11:15])
    return (utime + stime) / ticks, (cutime + cstime) / ticks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--profile", action="store_true", help="print where the calling process spends the export")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ[ANCHOR_DIR_ENV] = str(folder / "anchors")  # this computer's audit anchors, kept with the run
        ws = Workstation.open(str(folder / "bench.db"))
        ws.library.import_files(paths=write_pages(folder / "pages", args.count))
        sign_all(ws)
        bodies = [ws.library.get_article(article_id=i).body for i in ws.export.approved_article_ids()]

        start, baseline_cpu = time.perf_counter(), time.process_time()
        (folder / "plain").mkdir()
        for i, body in enumerate(bodies):
            (folder / "plain" / f"{i}.html").write_text(markdown.markdown(body), encoding="utf-8")
        baseline, baseline_cpu = time.perf_counter() - start, time.process_time() - baseline_cpu

        # The set-up (1,000 imports in this process) leaves a heap a user's export never has;
        # frozen, the collector passes over it as it would in a fresh process.
        gc.collect()
        gc.freeze()
        profiler = cProfile.Profile() if args.profile else None
        server_before, workers_before = fork_server_cpu()  # the import's workers came from it too
        cpu = time.process_time()
        start = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        report = ws.export.export_articles(formats=["html"], out_dir=folder / "out")
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu
        if profiler is not None:
            profiler.disable()
        server_cpu, workers_cpu = (after - before for after, before in zip(
            fork_server_cpu(), (server_before, workers_before), strict=True))
        if profiler is not None:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        assert not report.refused and len(report.exported) == len(bodies)
        print(f"baseline  python-markdown + write: {baseline:6.2f} s for {len(bodies)} articles")
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (figures move with it)")
        workers = BulkRenderer(["html"], count=len(bodies)).workers
        print(f"workstation export to HTML (approved revision, references, stamp, sanitized, atomic): "
              f"{elapsed:6.2f} s  target <= {TARGET:g} s: {'ok' if elapsed <= TARGET else 'OVER TARGET'}  "
              f"({workers} render process{'es' if workers > 1 else ''})")
        print(f"ratio workstation / baseline: {elapsed / baseline:.1f}x")
        print(f"CPU time of the calling process (reading, checking, writing): {cpu:.2f} s; baseline {baseline_cpu:.2f} s")
        print(f"CPU time of the render processes: {workers_cpu:.2f} s; of the fork server's start: {server_cpu:.2f} s; "
              f"in all {cpu + workers_cpu + server_cpu:.2f} s, "
              f"{1000 * (cpu + workers_cpu + server_cpu) / len(bodies):.1f} ms per article")
        ws.close()
        shutdown_renderer()


if __name__ == "__main__":
    main()
