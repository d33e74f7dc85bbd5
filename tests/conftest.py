from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator

import pytest
from mediagen import seele
from mediagen.testing import MockEngine
from mediagen.testing.pytest_plugin import MockSleeps

#: The fixtures every mediagen user gets from the pytest plugin (mediagen.testing.pytest_plugin): sleeps recorded,
#: waits advancing the mocks' clocks. Kept under its old name for the tests that annotate with it.
Sleeps = MockSleeps


@pytest.fixture(autouse=True)
def sleeps(mock_sleeps: MockSleeps) -> MockSleeps:
    """In every test here: no real sleeping (retries recorded, waits advance the mocks in ``sleeps.engines``)."""
    return mock_sleeps


@pytest.fixture
def seele_mock(mock_provider: Callable[..., MockEngine]) -> MockEngine:
    return mock_provider("seele")


@pytest.fixture
def api(seele_mock: MockEngine) -> Iterator[seele.Seele]:
    with seele_mock.client(seele.Seele) as client:
        yield client


@pytest.fixture
async def aapi(seele_mock: MockEngine) -> AsyncIterator[seele.AsyncSeele]:
    async with seele_mock.client(seele.AsyncSeele) as client:
        yield client
