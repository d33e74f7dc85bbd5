"""What the mock engine takes and gives: one request, one answer, a logged call, an injected fault. No behaviour:
the engine (``_engine``) and its httpx/ASGI adapters (``_asgi``) both import these, neither imports the other's
module for them."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["Call", "Fault", "MockRequest", "MockResponse"]


@dataclass
class MockRequest:
    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    """Lower-cased names."""
    body: bytes = b""
    base_url: str = "http://mock"
    path_params: dict[str, str] = field(default_factory=dict)
    json: Any = None

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class MockResponse:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None
    """Non-JSON content (e.g. an object-storage answer); ``body`` is then ignored."""

    def content(self) -> bytes:
        if self.raw is not None:
            return self.raw
        return b"" if self.body is None else json.dumps(self.body).encode()

    def all_headers(self) -> dict[str, str]:
        headers = dict(self.headers)
        if self.raw is None and self.body is not None:
            headers.setdefault("content-type", "application/json")
        return headers


@dataclass(frozen=True)
class Call:
    operation: str | None
    request: MockRequest
    response: MockResponse


@dataclass
class Fault:
    """One injected failure. ``drop`` faults are raised by the httpx adapter as network errors."""

    operation: str | None
    status: int | None = None
    drop: Literal["connect", "before", "after"] | None = None
    retry_after: float | None = None
    code: str | None = None
    message: str | None = None
    after: bool = False
    """A status fault answered after the request was handled (and committed): "billed, then 500"."""
    when: Callable[[MockRequest], bool] | None = None
    """Only requests this accepts take the fault, e.g. the paid try: ``lambda r: r.header("payment-signature")``."""
