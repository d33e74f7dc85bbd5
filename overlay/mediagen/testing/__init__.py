"""Stateful mock servers of the providers, for tests and local development.

```python
from mediagen import seele
from mediagen.testing import mock

engine = mock("seele")                      # a MockEngine: state, clock, faults, call log
api = seele.Seele(engine.provider.api_key, transport=engine.transport())
job = api.submit("a cozy farm game")
engine.clock.advance(60)
assert api.get(job.id).status == "succeeded"
```
"""

from __future__ import annotations

import importlib
import pkgutil
from importlib.metadata import entry_points
from typing import Any

from ._asgi import MockASGIApp, MockTransport
from ._clock import MockClock, RealClock
from ._engine import Call, Fault, MockContractError, MockEngine, MockProvider, MockRequest, MockResponse
from .providers.fusara import FusaraMock
from .providers.killatamata import KillaTamataMock
from .providers.mediaio import MediaIOMock
from .providers.seele import SeeleMock
from .providers.seisoai import SeisoaiMock

__all__ = [
    "Call",
    "Fault",
    "FusaraMock",
    "KillaTamataMock",
    "MOCKS",
    "MediaIOMock",
    "MockASGIApp",
    "MockClock",
    "MockContractError",
    "MockEngine",
    "MockProvider",
    "MockRequest",
    "MockResponse",
    "MockTransport",
    "RealClock",
    "SeeleMock",
    "SeisoaiMock",
    "mock",
]


def _discover() -> dict[str, type[MockProvider[Any]]]:
    """Every mock, found on disk: the ``MockProvider`` subclass each public module of ``testing/providers`` defines,
    then each module an installed plug-in names in the ``mediagen.mocks`` entry-point group (a mock here wins a name
    clash). Nothing is registered by hand."""
    from . import providers

    on_disk = sorted(m.name for m in pkgutil.iter_modules(providers.__path__) if not m.name.startswith("_"))
    names = [f"{providers.__name__}.{name}" for name in on_disk]
    names += [ep.module for ep in entry_points(group="mediagen.mocks") if ep.name not in on_disk]
    found: dict[str, type[MockProvider[Any]]] = {}
    for name in names:
        module = importlib.import_module(name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, MockProvider) and value.__module__ == module.__name__:
                found.setdefault(value.name, value)
    return found


#: Provider name → its mock class (``mediagen.providers.PROVIDERS`` holds the adapters' facts: another thing).
MOCKS: dict[str, type[MockProvider[Any]]] = _discover()


def mock(
    provider: str,
    *,
    clock: MockClock | RealClock | None = None,
    validate_responses: bool = True,
    keep_calls: bool = True,
    latency: float = 0.0,
    strict: bool = False,
    **options: Any,
) -> MockEngine:
    """A fresh mock of ``provider`` (options go to its mock class, e.g. ``job_seconds=``). By default it refuses only
    what the provider's document states; ``strict`` adds the constraints the spec assumed (``x-assumed``)."""
    try:
        cls = MOCKS[provider]
    except KeyError:
        raise ValueError(f"no mock for {provider!r}; known: {', '.join(sorted(MOCKS))}") from None
    return MockEngine(
        cls,
        options=options,
        clock=clock,
        validate_responses=validate_responses,
        keep_calls=keep_calls,
        latency=latency,
        strict=strict,
    )
