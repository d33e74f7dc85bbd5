"""Adapters from the sans-IO engine to httpx (sync and async) and to ASGI (schemathesis, uvicorn)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

import httpx

from ._messages import Fault, MockRequest, MockResponse

if TYPE_CHECKING:
    from ._engine import MockEngine

__all__ = ["MockASGIApp", "MockTransport"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]


class MockTransport(httpx.MockTransport):
    """``httpx.MockTransport`` over an engine, for sync and async clients alike.

    It plays the network's part in injected faults: ``drop_next("connect")`` raises ConnectError before the mock
    sees anything; ``"before"``/``"after"`` raise RemoteProtocolError, without or after handling the request.
    """

    def __init__(self, engine: MockEngine) -> None:
        self.engine = engine
        super().__init__(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        mock_request, fault = self._prepare(request)
        response = self.engine.handle(mock_request, fault)
        if fault is not None and fault.drop == "after":
            raise httpx.RemoteProtocolError("server disconnected after handling (injected)", request=request)
        return _to_httpx(response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        mock_request, fault = self._prepare(request)
        response = await self.engine.handle_async(mock_request, fault)
        if fault is not None and fault.drop == "after":
            raise httpx.RemoteProtocolError("server disconnected after handling (injected)", request=request)
        return _to_httpx(response)

    def _prepare(self, request: httpx.Request) -> tuple[MockRequest, Fault | None]:
        mock_request = MockRequest(
            method=request.method,
            path=request.url.raw_path.split(b"?")[0].decode("ascii"),  # routed undecoded: %2F stays in its segment
            query=dict(parse_qsl(request.url.query.decode(), keep_blank_values=True)),
            headers={k.lower(): v for k, v in request.headers.items()},
            body=request.content,
            base_url=f"{request.url.scheme}://{request.url.netloc.decode()}",
        )
        fault = self.engine.take_fault(mock_request)
        if fault is not None and fault.drop == "connect":
            raise httpx.ConnectError("connection refused (injected)", request=request)
        if fault is not None and fault.drop == "before":
            raise httpx.RemoteProtocolError("server disconnected before handling (injected)", request=request)
        return mock_request, fault


def _to_httpx(response: MockResponse) -> httpx.Response:
    return httpx.Response(response.status, headers=response.all_headers(), content=response.content())


class MockASGIApp:
    """A raw ASGI app over an engine (status faults apply; network drops need the httpx adapter)."""

    def __init__(self, engine: MockEngine) -> None:
        self.engine = engine

    async def __call__(
        self, scope: Scope, receive: Callable[[], Awaitable[Message]], send: Callable[[Message], Awaitable[None]]
    ) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host") or "{}:{}".format(*(scope.get("server") or ("mock", 80)))
        request = MockRequest(
            method=scope["method"],
            path=scope.get("raw_path", scope["path"].encode()).split(b"?")[0].decode("latin-1"),
            query=dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)),
            headers=headers,
            body=body,
            base_url=f"{scope.get('scheme', 'http')}://{host}",
        )
        response = await self.engine.handle_async(request, self.engine.take_fault(request, network=False))
        raw_headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in response.all_headers().items()]
        await send({"type": "http.response.start", "status": response.status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": response.content()})
