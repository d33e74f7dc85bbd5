"""The shared x402 mechanism: MediagenAuth pays 402 challenges with an X402Wallet, within its caps, once per try.

The server here is a few lines over ``mediagen.testing._x402.MockX402`` (which verifies the EIP-712 signature with
the x402 SDK's own hashing and recovery), wired through the same auth flow and RetryTransport every client uses.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from decimal import Decimal

import httpx
import pytest
from eth_account import Account
from mediagen import MediagenAuth, PaymentError, RetryTransport, X402Wallet, parse_challenge
from mediagen._auth import MAX_PAYMENT_EXTENSION, PAYMENT_EXTENSION
from mediagen.testing._x402 import MockX402

PRICE = 65_000  # $0.065 in USDC units


class Server:
    """Answers 402 until a valid payment arrives; ``script`` may override the answer to a paid try."""

    def __init__(self, shape: str = "v2", price: int = PRICE) -> None:
        self.x402 = MockX402(now=time.time, shape=shape)  # type: ignore[arg-type]
        self.price = price
        self.requests: list[httpx.Headers] = []
        """The headers of each request as it arrived (httpx re-sends the same Request object, mutated)."""
        self.paid_answers: list[int] = []  # statuses to answer valid payments with, in order (then 200)
        self.plain_402 = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(httpx.Headers(request.headers))
        if self.plain_402:
            return httpx.Response(402, json={"success": False, "error": "Insufficient API key credits"})
        header = request.headers.get("payment-signature") or request.headers.get("x-payment")
        if header is None:
            body, headers = self.x402.challenge(str(request.url), self.price)
            return httpx.Response(402, json=body, headers=headers)
        verified = self.x402.verify(header, self.price)
        if not verified.ok:
            body, headers = self.x402.challenge(str(request.url), self.price, error=verified.reason)
            return httpx.Response(402, json=body, headers=headers)
        if self.paid_answers:
            return httpx.Response(self.paid_answers.pop(0), json={"error": "upstream failed"})
        return httpx.Response(200, json={"ok": True}, headers={"PAYMENT-RESPONSE": self.x402.settle(verified)})

    @property
    def signatures(self) -> list[str]:
        return [h["payment-signature"] for h in self.requests if "payment-signature" in h]


def client(server: Server, wallet: X402Wallet | None, **auth: object) -> httpx.Client:
    flow = MediagenAuth({"X-API-Key": "test-key"}, idempotency_header="X-Idempotency-Key", wallet=wallet, **auth)  # type: ignore[arg-type]
    transport = RetryTransport(httpx.MockTransport(server), idempotency_header="X-Idempotency-Key")
    return httpx.Client(auth=flow, transport=transport, base_url="http://gateway.test")


def wallet(max_usd: str = "0.10", budget: str | None = None) -> X402Wallet:
    return X402Wallet(Account.create(), max_payment_usd=max_usd, budget_usd=budget)


@pytest.mark.parametrize("shape", ["v2", "seisoai"])
def test_pays_once_and_succeeds(shape: str) -> None:
    server, payer = Server(shape), wallet()
    with client(server, payer) as http:
        response = http.post("/invoke/flux", json={"prompt": "a fox"})
    assert response.status_code == 200
    assert len(server.requests) == 2 and len(server.signatures) == 1
    assert server.x402.verified == 1 and len(server.x402.settlements) == 1
    # the same logical call: one idempotency key on both tries
    assert len({h["x-idempotency-key"] for h in server.requests}) == 1
    [payment] = payer.payments
    assert payment.state == "settled" and payment.usd == Decimal("0.065")
    assert payment.settlement is not None and payment.settlement["success"] is True
    assert response.request.extensions[PAYMENT_EXTENSION] is payment


def test_over_the_cap_nothing_is_signed() -> None:
    server, payer = Server(price=2_000_000), wallet("1.00")
    with client(server, payer) as http, pytest.raises(PaymentError, match=r"\$2, above the \$1.00 cap"):
        http.post("/invoke/video", json={})
    assert len(server.requests) == 1 and server.signatures == [] and payer.payments == []


def test_a_per_call_limit_below_the_wallet_cap() -> None:
    server, payer = Server(), wallet("5")
    with client(server, payer) as http, pytest.raises(PaymentError, match="cap"):
        http.post("/invoke/flux", json={}, extensions={MAX_PAYMENT_EXTENSION: Decimal("0.05")})
    assert server.signatures == []


def test_budget_counts_every_signature_not_refused() -> None:
    server, payer = Server(), wallet("0.10", budget="0.10")
    with client(server, payer) as http:
        assert http.post("/a", json={}).status_code == 200
        with pytest.raises(PaymentError, match="left of the"):
            http.post("/b", json={})
    assert payer.committed_usd == Decimal("0.065") and len(server.signatures) == 1


def test_keyed_retry_after_5xx_signs_afresh_and_settles_once() -> None:
    """With an idempotency key the server answers a retry with the first outcome: a fresh signature is safe."""
    server, payer = Server(), wallet()
    server.paid_answers = [502, 503]
    with client(server, payer) as http:
        response = http.post("/invoke/flux", json={})
    assert response.status_code == 200
    signatures = server.signatures
    assert len(signatures) == 3 and len(set(signatures)) == 3  # a fresh signature on every try
    nonces = {json.loads(base64.b64decode(s))["payload"]["authorization"]["nonce"] for s in signatures}
    assert len(nonces) == 3
    # A 5xx may come after the server settled: those payments stay counted against the budget (never under-counted).
    assert [p.state for p in payer.payments] == ["signed", "signed", "settled"]
    assert payer.committed_usd == Decimal("0.195") and len(server.x402.settlements) == 1


def test_unkeyed_5xx_after_paying_is_not_paid_again() -> None:
    """Without a key the server may have settled before failing: signing again could pay twice, so it surfaces."""
    server, payer = Server(), wallet()
    server.paid_answers = [502]
    flow = MediagenAuth({"X-API-Key": "test-key"}, wallet=payer)  # no idempotency header
    with httpx.Client(auth=flow, transport=RetryTransport(httpx.MockTransport(server))) as http:
        response = http.post("http://gateway.test/invoke/flux", json={})
    assert response.status_code == 502 and len(server.signatures) == 1
    assert [p.state for p in payer.payments] == ["signed"] and payer.committed_usd == Decimal("0.065")


def test_no_body_shape_makes_a_5xx_unpaid() -> None:
    """The gateway's own JSON error after paying proves nothing (it may have settled first): not paid again."""
    server, payer = Server(), wallet()
    server.paid_answers = [500]
    flow = MediagenAuth({}, wallet=payer)
    with httpx.Client(auth=flow, transport=RetryTransport(httpx.MockTransport(server))) as http:
        response = http.post("http://gateway.test/invoke/flux", json={})
    assert response.status_code == 500 and response.json() == {"error": "upstream failed"}
    assert len(server.signatures) == 1 and [p.state for p in payer.payments] == ["signed"]
    assert payer.outstanding_usd == Decimal("0.065")


def test_a_402_that_is_not_x402_is_not_paid() -> None:
    server, payer = Server(), wallet()
    server.plain_402 = True
    with client(server, payer) as http:
        response = http.post("/invoke/flux", json={})
    assert response.status_code == 402 and len(server.requests) == 1 and payer.payments == []


def test_refused_payment_is_not_paid_again() -> None:
    server, payer = Server(price=PRICE), wallet()
    original: Callable[[str | None, int], object] = server.x402.verify
    server.x402.verify = lambda header, atomic: original(header, atomic + 1)  # type: ignore[method-assign,assignment]
    with client(server, payer) as http:
        response = http.post("/invoke/flux", json={})
    assert response.status_code == 402 and len(server.signatures) == 1
    # A 402 after paying proves nothing: the signature stays outstanding until it expires.
    assert [p.state for p in payer.payments] == ["signed"] and payer.outstanding_usd == Decimal("0.065")
    payer.clock = lambda: time.time() + 301
    # Expired, it can no longer be settled, but it may have been before: it still counts until released...
    assert payer.outstanding_usd == 0 and payer.expired_usd == Decimal("0.065") == payer.committed_usd
    payer.count_expired = False  # ...unless the wallet bounds only what is at stake in one validity window
    assert payer.committed_usd == 0
    payer.count_expired = True
    payer.release(payer.payments[0])  # the chain shows its nonce unused
    assert payer.expired_usd == 0 == payer.committed_usd


def test_no_wallet_no_payment_and_no_payment_on_other_statuses() -> None:
    server = Server()
    with client(server, None) as http:
        assert http.post("/invoke/flux", json={}).status_code == 402
    assert server.signatures == []
    payer = wallet()
    ok = httpx.MockTransport(lambda r: httpx.Response(500, json={"error": "x"}))
    flow = MediagenAuth({}, wallet=payer)
    with httpx.Client(auth=flow, transport=ok) as http:
        assert http.post("http://x.test/", json={}).status_code == 500
    assert payer.payments == []


def test_tampered_signature_is_refused_by_the_mock() -> None:
    mock = MockX402(now=time.time)
    body, headers = mock.challenge("http://x.test/", PRICE)
    challenge = parse_challenge(headers, json.dumps(body).encode())
    assert challenge is not None
    payment = wallet().sign(challenge)
    payload = json.loads(base64.b64decode(payment.value))
    payload["payload"]["authorization"]["value"] = str(PRICE * 10)
    forged = base64.b64encode(json.dumps(payload).encode()).decode()
    assert mock.verify(forged, PRICE * 10).reason == "the signature does not recover to authorization.from"
    expired = MockX402(now=lambda: time.time() + 10**6, pay_to=mock.pay_to)
    assert "expired" in expired.verify(payment.value, PRICE).reason
    assert mock.verify(payment.value, PRICE).ok


def test_v1_body_challenge_is_answered_with_x_payment() -> None:
    v1 = {
        "x402Version": 1,
        "error": "pay",
        "accepts": [
            {
                "scheme": "exact",
                "network": "base",
                "maxAmountRequired": "10000",
                "asset": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913",
                "payTo": "0x209693Bc6afc0C5328bA36FaF03C514EF312287C",
                "resource": "https://x.test/r",
                "description": "r",
                "mimeType": "application/json",
                "maxTimeoutSeconds": 60,
                "extra": {"name": "USD Coin", "version": "2"},
            }
        ],
    }
    challenge = parse_challenge({}, json.dumps(v1).encode())
    assert challenge is not None and challenge.header == "X-PAYMENT"
    payment = wallet().sign(challenge)
    assert payment.header == "X-PAYMENT" and payment.usd == Decimal("0.01")
    decoded = json.loads(base64.b64decode(payment.value))
    assert decoded["x402Version"] == 1 and decoded["payload"]["authorization"]["value"] == "10000"


def test_secrets_stay_out_of_reprs() -> None:
    key = Account.create()
    payer = X402Wallet(key, max_payment_usd="1")
    server = Server()
    with client(server, payer) as http:
        http.post("/x", json={})
    text = repr(payer) + repr(payer.payments) + str(payer.payments) + repr(MediagenAuth({"X-API-Key": "s3cret"}))
    assert key.key.hex() not in text and "s3cret" not in text
    assert server.signatures[0] not in text
