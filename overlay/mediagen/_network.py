"""The network under every client: httpx's own transports, made on first use and sharing one TLS context.

A client used synchronously never builds the async transport, and no transport loads the CA bundle again: building
an ``ssl.SSLContext`` with certifi's roots costs about 30 ms, and a client holds up to four transports (sync and async,
for the API and for presigned URLs), so constructing a client used to spend over 0.1 s on it.
"""

from __future__ import annotations

import functools
import ssl
import threading

import httpx

__all__ = ["NetworkTransport", "ssl_context"]


@functools.cache
def ssl_context() -> ssl.SSLContext:
    """httpx's default verification (certifi's CA bundle), built once per process."""
    return httpx.create_ssl_context()


class NetworkTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """``httpx.HTTPTransport`` for sync requests and ``httpx.AsyncHTTPTransport`` for async ones, each made on its
    first request, with the shared TLS context."""

    def __init__(self) -> None:
        self._sync: httpx.HTTPTransport | None = None
        self._async: httpx.AsyncHTTPTransport | None = None
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._sync is None:
            with self._lock:
                if self._sync is None:
                    self._sync = httpx.HTTPTransport(verify=ssl_context())
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport(verify=ssl_context())
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
