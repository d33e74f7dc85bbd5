"""A hostile x402 server, in process or on a real loopback socket: it settles every valid payment the moment it
arrives, then answers whatever its script says (a 5xx, a 429, another 402, or a dropped connection).

```python
server = HostileX402(script=[500])               # the first paid try is settled, then answered 500
with server.serve() as base_url:                 # a real socket on 127.0.0.1; or server.transport() in process
    ...
print(server.signatures, server.would_settle, server.settled_usd)
```

What it counts is what money safety is judged by: signatures received, those that would settle (verified with the
x402 SDK's own EIP-712 hashing and recovery, through ``MockX402``) and the settlements it made. ``honour_key`` makes
it replay a stored success for a repeated idempotency key (without settling the new signature), as a provider that
honours keys does.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx
import orjson

from ._loopback import DROP, Answer, loopback
from ._x402 import MockX402

__all__ = ["DROP", "HostileX402"]


@dataclass
class HostileX402:
    """See the module docstring. ``ok_body`` is the JSON a success answers with."""

    price: int = 65_000
    script: list[int | str] = field(default_factory=list)
    ok_body: Any = field(default_factory=lambda: {"success": True, "executionMode": "sync", "result": {}})
    honour_key: str | None = None
    challenge: Callable[[dict[str, Any], dict[str, str]], Answer] | None = None
    """Rewrites the 402 challenge (body, headers) into the answer to send: malformed, deep, long-lived."""
    now: Callable[[], float] = time.time

    def __post_init__(self) -> None:
        self.x402 = MockX402(now=self.now)
        self.signatures: list[str] = []
        self.would_settle = 0
        self.requests = 0
        self._stored: dict[str, Answer] = {}
        self._lock = threading.Lock()

    @property
    def settled_usd(self) -> Decimal:
        return sum((Decimal(int(s["amount"])) / 10**6 for s in self.x402.settlements), Decimal(0))

    def answer(self, url: str, headers: Mapping[str, str], body: bytes) -> Answer | str:
        """The answer to one request (``headers`` with lower-case names), or DROP."""
        with self._lock:
            self.requests += 1
            key = headers.get(self.honour_key.lower()) if self.honour_key else None
            signature = headers.get("payment-signature") or headers.get("x-payment")
            if signature is not None:
                self.signatures.append(signature)
                verified = self.x402.verify(signature, self.price)
                self.would_settle += verified.ok
            if key is not None and key in self._stored:
                return self._stored[key]  # a replay: the new signature is not settled
            if signature is None or not verified.ok:
                doc, extra = self.x402.challenge(url, self.price)
                if self.challenge is not None:
                    return self.challenge(doc, extra)
                return 402, {**extra, "content-type": "application/json"}, orjson.dumps(doc)
            settlement = self.x402.settle(verified)  # hostile: settled first, whatever is answered next
            outcome = self.script.pop(0) if self.script else 200
            if outcome == DROP:
                return DROP
            if outcome == 200:
                ok = (
                    200,
                    {"content-type": "application/json", "PAYMENT-RESPONSE": settlement},
                    orjson.dumps(self.ok_body),
                )
                if key is not None:
                    self._stored[key] = ok
                return ok
            status = int(outcome)
            hint = {"retry-after": "0"} if status == 429 else {}
            if status == 402:  # "payment failed": the same challenge again
                doc, extra = self.x402.challenge(url, self.price, error="settlement failed")
                return 402, {**extra, "content-type": "application/json"}, orjson.dumps(doc)
            error = {"success": False, "error": "upstream failed"}
            return status, {**hint, "content-type": "application/json"}, orjson.dumps(error)

    def transport(self) -> httpx.MockTransport:
        """In process: DROP raises the error httpx raises for a connection closed without an answer."""

        def handle(request: httpx.Request) -> httpx.Response:
            headers = {k.lower(): v for k, v in request.headers.items()}
            answer = self.answer(str(request.url), headers, request.read())
            if isinstance(answer, str):  # DROP
                raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
            status, extra, content = answer
            return httpx.Response(status, headers=extra, content=content)

        return httpx.MockTransport(handle)

    @contextmanager
    def serve(self) -> Iterator[str]:
        """Serve on a real loopback socket; yields the base URL. DROP closes the connection unanswered."""

        def answer(method: str, target: str, headers: dict[str, str], body: bytes) -> Answer | str:
            return self.answer(f"http://{headers.get('host')}{target}", headers, body)

        with loopback(answer) as url:
            yield url
