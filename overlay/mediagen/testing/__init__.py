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
    "MediaIOMock",
    "MockASGIApp",
    "MockClock",
    "MockContractError",
    "MockEngine",
    "MockProvider",
    "MockRequest",
    "MockResponse",
    "MOCKS",
    "MockTransport",
    "PROVIDERS",
    "RealClock",
    "SeeleMock",
    "SeisoaiMock",
    "mock",
]


def _discover() -> dict[str, type[MockProvider[Any]]]:
    """Every mock, found on disk: the ``MockProvider`` subclass each public module of ``testing/providers`` defines.
    Nothing is registered by hand."""
    from . import providers

    found: dict[str, type[MockProvider[Any]]] = {}
    for info in sorted(pkgutil.iter_modules(providers.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{providers.__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, MockProvider) and value.__module__ == module.__name__:
                found[value.name] = value
    return found


#: Provider name → its mock class (``mediagen.providers.PROVIDERS`` holds the adapters' facts: another thing).
MOCKS: dict[str, type[MockProvider[Any]]] = _discover()
#: The former name of ``MOCKS``, kept while callers move over.
PROVIDERS = MOCKS


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
