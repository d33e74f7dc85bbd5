from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import mediagen
import pytest
from mediagen import seele
from mediagen.testing import MockEngine, mock


class Sleeps:
    """Records every sleep of the retry layer and of ``wait``, advancing the mock's clock instead of sleeping."""

    def __init__(self) -> None:
        self.retry: list[float] = []
        self.wait: list[float] = []
        self.engines: list[MockEngine] = []

    def _advance(self, seconds: float) -> None:
        for engine in self.engines:
            engine.clock.advance(seconds)


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> Sleeps:
    record = Sleeps()

    def retry_sleep(s: float) -> None:
        record.retry.append(s)

    async def retry_asleep(s: float) -> None:
        record.retry.append(s)

    def wait_sleep(s: float) -> None:
        record.wait.append(s)
        record._advance(s)

    async def wait_asleep(s: float) -> None:
        wait_sleep(s)

    monkeypatch.setattr(mediagen._retry, "sleep", retry_sleep)
    monkeypatch.setattr(mediagen._retry, "asleep", retry_asleep)
    monkeypatch.setattr(mediagen._wait, "sleep", wait_sleep)
    monkeypatch.setattr(mediagen._wait, "asleep", wait_asleep)
    return record


@pytest.fixture
def seele_mock(sleeps: Sleeps) -> MockEngine:
    engine = mock("seele")
    sleeps.engines.append(engine)
    return engine


@pytest.fixture
def api(seele_mock: MockEngine) -> Iterator[seele.Seele]:
    with seele.Seele(seele_mock.provider.api_key, transport=seele_mock.transport()) as client:
        yield client


@pytest.fixture
async def aapi(seele_mock: MockEngine) -> AsyncIterator[seele.AsyncSeele]:
    async with seele.AsyncSeele(seele_mock.provider.api_key, transport=seele_mock.transport()) as client:
        yield client
