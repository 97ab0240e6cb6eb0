"""Fixtures shared by the core's tests."""

from __future__ import annotations

import signal

import pytest


@pytest.fixture
def within_seconds():
    """Fails the test, rather than stalling the suite, if what it runs takes over 20 seconds
    (a pattern that backtracks badly on hostile input takes minutes, not milliseconds)."""

    def stalled(*_):
        raise AssertionError("ran for over 20 seconds on a short input")

    previous = signal.signal(signal.SIGALRM, stalled)
    signal.setitimer(signal.ITIMER_REAL, 20)
    yield
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, previous)
