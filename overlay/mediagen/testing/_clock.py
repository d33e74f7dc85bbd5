from __future__ import annotations

import time

__all__ = ["MockClock", "RealClock"]


class MockClock:
    """Time that moves only when a test says so. Starts at the real time so expiry dates look sane to clients."""

    def __init__(self, start: float | None = None, *, tick: float = 0.0) -> None:
        self._now = time.time() if start is None else start
        self.tick = tick
        """Seconds added after every request the mock answers (0: time moves only by ``advance``)."""

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only moves forward")
        self._now += seconds


class RealClock:
    """Wall-clock time, for a mock served to people (``mediagen mock serve``)."""

    tick = 0.0

    def now(self) -> float:
        return time.time()

    def advance(self, seconds: float) -> None:
        raise RuntimeError("a real clock cannot be advanced; serve with a MockClock to control time")
