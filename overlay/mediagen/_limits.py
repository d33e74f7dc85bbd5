"""Client-side limits that keep a client inside a provider's documented rate limits, so a batch meets no 429.

``LimitTransport`` caps requests in flight (per client, hence per key) at the transport, once per attempt;
``JobSlots`` caps jobs submitted and not yet finished, around submit-and-wait.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from ._network import NetworkTransport

__all__ = ["JobSlots", "LimitTransport"]


class LimitTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """At most ``concurrent`` requests in flight through this transport (sync and async counted apart)."""

    def __init__(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None, concurrent: int) -> None:
        transport = transport if transport is not None else NetworkTransport()
        self._inner_sync = transport if isinstance(transport, httpx.BaseTransport) else None
        self._inner_async = transport if isinstance(transport, httpx.AsyncBaseTransport) else None
        self._sync = threading.BoundedSemaphore(concurrent)
        self._async: asyncio.Semaphore | None = None
        self.concurrent = concurrent

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._inner_sync is None:
            raise RuntimeError("this transport serves async clients only")
        with self._sync:
            response = self._inner_sync.handle_request(request)
            response.read()  # the slot is free only once the answer is in
            return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._inner_async is None:
            raise RuntimeError("this transport serves sync clients only")
        if self._async is None:
            self._async = asyncio.Semaphore(self.concurrent)
        async with self._async:
            response = await self._inner_async.handle_async_request(request)
            await response.aread()
            return response

    def close(self) -> None:
        if self._inner_sync is not None:
            self._inner_sync.close()

    async def aclose(self) -> None:
        if self._inner_async is not None:
            await self._inner_async.aclose()


class JobSlots:
    """At most ``queued`` jobs between submit and the end of their wait."""

    def __init__(self, queued: int) -> None:
        self.queued = queued
        self._slots: asyncio.Semaphore | None = None

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.queued)
        async with self._slots:
            yield
