"""The network under every client: httpx's own clients and transports, with three costs taken out.

* Transports are made on first use and share one TLS context. A client used synchronously never builds the async
  transport, and no transport loads the CA bundle again: building an ``ssl.SSLContext`` with certifi's roots costs
  about 30 ms, and a client holds up to four transports (sync and async, for the API and for presigned URLs), so
  constructing a client used to spend over 0.1 s on it.
* The clients' cookie store reads only the answers that set a cookie. httpx hands every answer to
  ``http.cookiejar``, wrapped in a urllib request it builds for the purpose (the URL parsed again), to find in the
  usual API answer no ``Set-Cookie`` at all. An answer that does set one is stored as httpx stores it, and cookies
  are sent as httpx sends them.
* A call's URL is parsed once (``request_url``). httpx merges a relative URL into the client's base URL by parsing
  the relative one, then the whole one again (``URL.copy_with``); joined as the same text, it is parsed once, and a
  URL asked for again (the job ``wait`` polls, the endpoint jobs are created at) is not parsed again: the last 256
  are kept.

``scripts/bench_network.py`` measures each piece; ``scripts/bench_overhead.py`` a whole request.
"""

from __future__ import annotations

import functools
import ssl
import threading
from typing import Any

import httpx
from httpx._types import CookieTypes  # httpx's own alias for what ``cookies=`` takes; not re-exported

__all__ = ["AsyncHTTPClient", "HTTPClient", "NetworkTransport", "request_url", "ssl_context"]


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


class _SetCookiesOnly(httpx.Cookies):
    """httpx's cookie store, handed only the answers that carry a cookie (see the module docstring)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:  # http.cookiejar reads no other header
            super().extract_cookies(response)


class _CookieStore:
    """The ``cookies`` of an httpx client, kept in a ``_SetCookiesOnly``; httpx reads and writes a client's cookies
    through this property only."""

    _store: httpx.Cookies

    def __init__(self, *, cookies: CookieTypes | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cookies = cookies

    @property
    def cookies(self) -> httpx.Cookies:
        return self._store

    @cookies.setter
    def cookies(self, cookies: CookieTypes | None) -> None:
        self._store = _SetCookiesOnly(cookies)


class HTTPClient(_CookieStore, httpx.Client):
    """``httpx.Client``, with the cookie store that reads only answers setting a cookie."""


class AsyncHTTPClient(_CookieStore, httpx.AsyncClient):
    """``httpx.AsyncClient``, with the cookie store that reads only answers setting a cookie."""


@functools.lru_cache(maxsize=64)
def _base_text(base: httpx.URL) -> str | None:
    """The text a relative path is appended to: the base URL up to its path (which httpx ends with "/"); None for a
    base this would not rebuild alike (no scheme or host, a query, a fragment even empty), left to httpx."""
    if not base.scheme or not base.host or base.query or "#" in str(base):
        return None
    userinfo = base.userinfo.decode("ascii")
    credentials = f"{userinfo}@" if userinfo else ""
    return f"{base.scheme}://{credentials}{base.netloc.decode('ascii')}{base.raw_path.decode('ascii')}"


def request_url(base: httpx.URL, path: str) -> httpx.URL | str:
    """``path`` (a relative URL, as generated code formats it) under ``base``, as ``httpx.Client.build_request``
    merges them (the base's path, then ``path`` without its leading "/"), parsed once. A path this would not merge
    alike (a fragment, a scheme or a host of its own) comes back as given, for httpx to merge."""
    text = _base_text(base)
    if text is None or "#" in path or ":" in path.partition("/")[0] or path.startswith("//"):
        return path
    return _joined(text, path)


@functools.lru_cache(maxsize=256)
def _joined(text: str, path: str) -> httpx.URL:
    return httpx.URL(text + path.lstrip("/"))  # httpx.URL is immutable: one object serves every request
