"""The op runner: one worker thread, results on the GUI thread, one error reporter, one change signal."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

import ui.ops
from ui.ops import OpRunner
from workstation.changes import OpChanges
from workstation.errors import WorkstationError


@pytest.fixture
def runner(qtbot) -> Iterator[OpRunner]:  # type: ignore[no-untyped-def]
    op_runner = OpRunner()
    yield op_runner
    op_runner.shutdown()


def test_results_come_back_on_the_gui_thread_in_order(qtbot, runner: OpRunner) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, bool, bool]] = []
    gui = threading.get_ident()
    workers: set[int] = set()

    def work(n: int):  # type: ignore[no-untyped-def]
        def fn() -> int:
            workers.add(threading.get_ident())
            return n
        return fn

    with qtbot.waitSignal(runner.idle, timeout=5000):
        for n in range(5):
            runner.query(work(n), lambda r: seen.append((r, threading.get_ident() == gui, runner.is_idle())))
    assert [s[0] for s in seen] == list(range(5))
    assert all(s[1] for s in seen)
    assert len(workers) == 1 and gui not in workers


def test_errors_go_to_the_one_reporter(qtbot, runner: OpRunner, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    reported: list[BaseException] = []
    monkeypatch.setattr(ui.ops, "report_error", lambda error, **_: reported.append(error))

    def refuse() -> None:
        raise WorkstationError("refused: stale version")

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.mutate(refuse)
    assert [str(e) for e in reported] == ["refused: stale version"]
    assert runner.is_idle()


def test_a_mutation_announces_its_changes_with_the_initiator(qtbot, runner: OpRunner) -> None:  # type: ignore[no-untyped-def]
    changes = OpChanges(articles=frozenset({3}), undo_label="Set verdict")
    me = object()
    with qtbot.waitSignal(runner.changes_applied, timeout=5000) as blocker:
        runner.mutate(lambda: changes, initiator=me)
    assert blocker.args == [changes, me]


def test_a_long_job_reports_progress_and_can_be_cancelled(qtbot, runner: OpRunner) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    release = threading.Event()
    results: list[int] = []

    def job(progress) -> int:  # type: ignore[no-untyped-def]
        done = 0
        while done < 10_000:
            done += 1
            if not progress(done, 10_000):
                break
            if done == 1:
                started.set()
                release.wait(5)
        return done

    with qtbot.waitSignal(runner.job_started, timeout=5000):
        runner.long_mutation(job, results.append, label="Importing")
    qtbot.waitUntil(started.is_set, timeout=5000)
    runner.cancel_current()
    release.set()
    qtbot.waitSignal(runner.idle, timeout=5000).wait()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] < 10_000
