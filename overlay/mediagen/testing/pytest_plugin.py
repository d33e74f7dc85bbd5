"""pytest fixtures for code that uses mediagen clients: mocks whose clock moves when your code waits.

Installed as a pytest plugin (entry point ``mediagen``), so with ``mediagen-clients[testing]`` installed these
fixtures are there in every test, yours included:

```python
from mediagen import seele

def test_my_pipeline(mock_provider):
    engine = mock_provider("seele")                    # a MockEngine; the overlay's sleeps advance its clock
    with engine.client(seele.Seele) as api:             # its key, its in-process transport
        job = api.wait(api.submit("a cozy farm"))      # instant: wait's 10-30 s polls move the mock's clock
    assert job.status == "succeeded"

def test_over_a_real_socket(mock_provider, serve_mock, monkeypatch):
    engine = mock_provider("seele")
    monkeypatch.setenv("SEELE_BASE_URL", serve_mock(engine))   # your code, unchanged, talks to the mock
```
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from .. import _retry, _wait
from . import MockEngine, mock

__all__ = ["MockSleeps", "mock_provider", "serve_mock"]


class MockSleeps:
    """The test clock: every sleep of the overlay (retries and waits) is recorded instead of slept and moves the
    overlay's clock (what ``wait`` reads for its deadline) on by as much; wait's sleeps also advance the mocks' clocks.
    Real time still counts too: a wait that blocks for real (on a ledger, for a webhook) reaches its deadline."""

    def __init__(self) -> None:
        self.retry: list[float] = []
        self.wait: list[float] = []
        self.engines: list[MockEngine] = []
        self.skipped = 0.0
        """Seconds of sleep skipped so far: the overlay's clock is this far ahead of the real one."""

    def advance(self, seconds: float) -> None:
        self.wait.append(seconds)
        self.skipped += seconds
        for engine in self.engines:
            engine.clock.advance(seconds)

    def retried(self, seconds: float) -> None:
        self.retry.append(seconds)
        self.skipped += seconds

    def clock(self) -> float:
        """The overlay's monotonic clock in this test: real monotonic time plus every sleep skipped."""
        return time.monotonic() + self.skipped


@pytest.fixture
def mock_sleeps(monkeypatch: pytest.MonkeyPatch) -> MockSleeps:
    """Patches the overlay's sleeps and clock: no real sleeping in tests, ``wait(timeout=...)`` measured on the test
    clock; waits advance the mocks made by ``mock_provider``."""
    sleeps = MockSleeps()

    async def aadvance(seconds: float) -> None:
        sleeps.advance(seconds)

    async def aretry(seconds: float) -> None:
        sleeps.retried(seconds)

    monkeypatch.setattr(_retry, "sleep", sleeps.retried)
    monkeypatch.setattr(_retry, "asleep", aretry)
    monkeypatch.setattr(_wait, "sleep", sleeps.advance)
    monkeypatch.setattr(_wait, "asleep", aadvance)
    monkeypatch.setattr(_wait, "clock", sleeps.clock)  # a wait's timeout runs on the test clock
    return sleeps


@pytest.fixture
def mock_provider(mock_sleeps: MockSleeps) -> Callable[..., MockEngine]:
    """``mock_provider(name, **options)``: a fresh mock (see ``mediagen.testing.mock``) on a test clock that the
    overlay's waits advance."""

    def make(name: str, **options: Any) -> MockEngine:
        engine = mock(name, **options)
        mock_sleeps.engines.append(engine)
        return engine

    return make


@pytest.fixture
def serve_mock() -> Iterator[Callable[[MockEngine], str]]:
    """``serve_mock(engine)``: serve a mock on a loopback port for the test's duration; returns its base URL."""
    from ._asgi import MockASGIApp
    from ._serve import serving

    with ExitStack() as stack:
        yield lambda engine: stack.enter_context(serving(MockASGIApp(engine)))
