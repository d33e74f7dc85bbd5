"""The official x402 server middleware accepts mediagen's payments.

The x402 SDK's own FastAPI middleware (``x402.http.middleware.fastapi``, on ``x402ResourceServer`` with the exact EVM
scheme and an ``HTTPFacilitatorClient``) protects ``POST /paid`` at $0.065 USDC on Base, served by uvicorn on a real
loopback socket. Its facilitator client talks, over loopback too, to a small facilitator served here: ``/supported``
lists exact on eip155:8453, ``/verify`` checks the EIP-712 ``TransferWithAuthorization`` signature with the SDK's own
hashing and recovery (``MockX402.verify``), ``/settle`` records the settlement. The payer is mediagen's client side
only: an httpx client whose auth is ``MediagenAuth`` with an ``X402Wallet``.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx
import pytest
from eth_account import Account
from mediagen import MediagenAuth, PaymentError, X402Wallet
from mediagen.testing._loopback import loopback
from mediagen.testing._x402 import BASE_USDC, MockX402

PRICE_USD = "$0.065"
PRICE_ATOMIC = 65_000
PAY_TO = "0x" + "ab" * 20


@dataclass
class Facilitator:
    """A facilitator on loopback: what the official middleware's ``HTTPFacilitatorClient`` calls."""

    x402: MockX402 = field(default_factory=lambda: MockX402(now=time.time, pay_to=PAY_TO))
    calls: list[str] = field(default_factory=list)
    verified: list[bool] = field(default_factory=list)
    settled: list[dict[str, Any]] = field(default_factory=list)
    refuse_settle: bool = False
    """Answer /settle with success false (a chain that rejects the transfer)."""

    def answer(self, path: str, body: bytes) -> tuple[int, dict[str, Any]]:
        self.calls.append(path)
        if path == "/supported":
            return 200, {
                "kinds": [{"x402Version": 2, "scheme": "exact", "network": BASE_USDC["network"]}],
                "extensions": [],
                "signers": {},
            }
        request = json.loads(body)
        payload, requirements = request["paymentPayload"], request["paymentRequirements"]
        header = base64.b64encode(json.dumps(payload).encode()).decode()
        if path == "/verify":
            verified = self.x402.verify(header, int(requirements["amount"]))
            self.verified.append(verified.ok)
            return 200, {"isValid": verified.ok, "invalidReason": verified.reason or None, "payer": verified.payer}
        if path == "/settle":
            verified = self.x402.verify(header, int(requirements["amount"]))
            if self.refuse_settle or not verified.ok:
                return 200, {
                    "success": False,
                    "errorReason": verified.reason or "refused",
                    "transaction": "",
                    "network": requirements["network"],
                }
            settlement = json.loads(base64.b64decode(self.x402.settle(verified)))
            self.settled.append(settlement)
            return 200, {
                "success": True,
                "transaction": settlement["transaction"],
                "network": settlement["network"],
                "payer": settlement["payer"],
                "amount": settlement["amount"],
            }
        return 404, {"error": "not found"}

    @contextmanager
    def serve(self) -> Iterator[str]:
        def answer(method: str, target: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
            status, doc = self.answer(target, body)
            return status, {"content-type": "application/json"}, json.dumps(doc).encode()

        with loopback(answer) as url:
            yield url


def _app(facilitator_url: str, price: str) -> Any:
    from fastapi import FastAPI
    from x402 import x402ResourceServer
    from x402.http import FacilitatorConfig, HTTPFacilitatorClient, PaymentOption, RouteConfig
    from x402.http.middleware.fastapi import payment_middleware
    from x402.mechanisms.evm.exact.register import register_exact_evm_server

    facilitator_http = httpx.AsyncClient()  # closed in the app's lifespan, on the loop that opened its sockets
    client = HTTPFacilitatorClient(FacilitatorConfig(url=facilitator_url, http_client=facilitator_http))
    server = register_exact_evm_server(x402ResourceServer(client), BASE_USDC["network"])
    routes = {
        "POST /paid": RouteConfig(
            accepts=PaymentOption(scheme="exact", pay_to=PAY_TO, price=price, network=BASE_USDC["network"]),
            description="a paid image",
            mime_type="application/json",
        )
    }
    middleware = payment_middleware(routes, server)

    @asynccontextmanager
    async def lifespan(app: Any) -> Any:
        yield
        await facilitator_http.aclose()

    app = FastAPI(lifespan=lifespan)
    app.middleware("http")(middleware)

    @app.post("/paid")
    async def paid() -> dict[str, Any]:
        return {"ok": True, "image": "https://example.test/x.png"}

    return app


@contextmanager
def _serve_app(app: Any) -> Iterator[str]:
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 5
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(5)


@dataclass
class Seen:
    """What crossed the wire, per try (httpx re-sends the same Request object, so headers are copied)."""

    sent: list[httpx.Headers] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    received: list[httpx.Headers] = field(default_factory=list)


def _recording(seen: Seen) -> dict[str, Any]:
    def request(r: httpx.Request) -> None:
        seen.sent.append(httpx.Headers(r.headers))

    def response(r: httpx.Response) -> None:
        seen.statuses.append(r.status_code)
        seen.received.append(httpx.Headers(r.headers))

    return {"request": [request], "response": [response]}


def test_the_official_fastapi_middleware_accepts_our_payment() -> None:
    facilitator = Facilitator()
    wallet = X402Wallet(Account.create(), max_payment_usd="0.10", budget_usd="1")
    seen = Seen()
    with facilitator.serve() as facilitator_url, _serve_app(_app(facilitator_url, PRICE_USD)) as base_url:
        auth = MediagenAuth({}, wallet=wallet)
        with httpx.Client(base_url=base_url, auth=auth, event_hooks=_recording(seen)) as http:
            answer = http.post("/paid", json={"prompt": "a fox"})

    # The official middleware challenged, then took our PAYMENT-SIGNATURE.
    assert seen.statuses == [402, 200]
    challenge = json.loads(base64.b64decode(seen.received[0]["payment-required"]))
    assert challenge["x402Version"] == 2
    assert [(o["scheme"], o["network"], o["amount"], o["payTo"]) for o in challenge["accepts"]] == [
        ("exact", BASE_USDC["network"], str(PRICE_ATOMIC), PAY_TO)
    ]
    assert "payment-signature" not in seen.sent[0] and "payment-signature" in seen.sent[1]
    assert answer.status_code == 200 and answer.json()["ok"] is True
    assert "payment-response" in answer.headers
    [payment] = wallet.payments
    # Its facilitator saw exactly one valid verify and one settle of our signature.
    assert facilitator.calls.count("/verify") == 1 and facilitator.verified == [True]
    assert facilitator.calls.count("/settle") == 1 and len(facilitator.settled) == 1
    assert facilitator.settled[0]["amount"] == str(PRICE_ATOMIC)
    assert facilitator.settled[0]["payer"] == wallet.address
    assert facilitator.x402.used_nonces == {payment.nonce.lower()}
    # The wallet shows the payment settled, with the settlement the middleware sent back.
    assert payment.state == "settled" and payment.usd == Decimal("0.065")
    assert payment.settlement is not None and payment.settlement["success"] is True
    assert payment.settlement["transaction"] == facilitator.settled[0]["transaction"]
    assert wallet.settled_usd == Decimal("0.065") and wallet.outstanding_usd == 0


def test_an_amount_above_the_wallet_cap_is_refused_and_never_reaches_verify() -> None:
    facilitator = Facilitator()
    wallet = X402Wallet(Account.create(), max_payment_usd="0.10", budget_usd="1")
    seen = Seen()
    with facilitator.serve() as facilitator_url, _serve_app(_app(facilitator_url, "$0.25")) as base_url:
        auth = MediagenAuth({}, wallet=wallet)
        with httpx.Client(base_url=base_url, auth=auth, event_hooks=_recording(seen)) as http:
            with pytest.raises(PaymentError, match=r"\$0.25, above the \$0.10 cap"):
                http.post("/paid", json={"prompt": "a fox"})
    assert seen.statuses == [402]
    assert "/verify" not in facilitator.calls and "/settle" not in facilitator.calls
    assert wallet.payments == [] and wallet.committed_usd == 0


def test_a_settlement_the_official_middleware_reports_failed_is_not_paid_again() -> None:
    """The facilitator refuses to settle: the official middleware answers the paid try 402 (PAYMENT-RESPONSE with
    success false). A server's word proves nothing, so the call ends carrying the payment, counted until it expires,
    and nothing is signed twice."""
    facilitator = Facilitator(refuse_settle=True)
    wallet = X402Wallet(Account.create(), max_payment_usd="0.10", budget_usd="1")
    seen = Seen()
    with facilitator.serve() as facilitator_url, _serve_app(_app(facilitator_url, PRICE_USD)) as base_url:
        auth = MediagenAuth({}, wallet=wallet)
        with httpx.Client(base_url=base_url, auth=auth, event_hooks=_recording(seen)) as http:
            answer = http.post("/paid", json={"prompt": "a fox"})
    assert seen.statuses == [402, 402] and answer.status_code == 402
    assert [("payment-signature" in h) for h in seen.sent] == [False, True]
    assert facilitator.verified == [True] and facilitator.calls.count("/settle") == 1 and facilitator.settled == []
    [payment] = wallet.payments
    assert payment.state == "signed" and wallet.outstanding_usd == Decimal("0.065")
