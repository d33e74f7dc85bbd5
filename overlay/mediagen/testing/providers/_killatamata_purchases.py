"""Killa Tamata mock, buying credit: x402 credit purchase, Stripe and crypto checkouts, their claim
and the payment providers' signed callbacks. A purchase earns the referring affiliate its commission
(``attribute_purchase``). A route group of ``KillaTamataMock``; it keeps no state of its own: ``checkouts`` and
``webhook_secret`` are the mock's fields.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .._engine import Handler, MockRequest, MockResponse
from ._killatamata_state import PACKAGES, Checkout

if TYPE_CHECKING:
    from .killatamata import KillaTamataMock

__all__ = ["PurchaseRoutes"]


class PurchaseRoutes:
    """purchase_credits_x402, the Stripe and crypto checkouts, their claims and the
    providers' webhooks, and the providers' side for tests (``complete_checkout``, ``sign_stripe``, ``sign_crypto``)."""

    def __init__(self, mock: KillaTamataMock) -> None:
        self.mock = mock

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "purchase_credits_x402": self.purchase_credits_x402,
            "create_stripe_checkout": lambda r: self.create_checkout(r, "stripe"),
            "create_crypto_checkout": lambda r: self.create_checkout(r, "crypto"),
            "claim_stripe": lambda r: self.claim(r, r.json["sessionId"]),
            "claim_crypto": lambda r: self.claim(r, r.json["chargeId"]),
            "stripe_webhook": self.stripe_webhook,
            "crypto_webhook": self.crypto_webhook,
        }

    # -- the payment providers' side (tests) ------------------------------------------------------------------------
    def complete_checkout(self, checkout_id: str) -> None:
        """The payment provider's side: the customer paid."""
        self.mock.checkouts[checkout_id].paid = True

    def sign_stripe(self, body: bytes, at: float | None = None) -> str:
        stamp = int(self.mock.now() if at is None else at)
        digest = hmac.new(self.mock.webhook_secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
        return f"t={stamp},v1={digest}"

    def sign_crypto(self, body: bytes) -> str:
        return hmac.new(self.mock.webhook_secret.encode(), body, hashlib.sha256).hexdigest()

    # -- x402 credit purchase ---------------------------------------------------------------------------------------
    def purchase_credits_x402(self, request: MockRequest) -> MockResponse:
        cents = int(request.json["usdCents"])  # JSON Schema counts 100.0 as an integer: so must the arithmetic
        atomic = cents * 10_000  # USDC has 6 decimals: one cent is 10,000 units
        header = request.header("payment-signature")
        url = f"{request.base_url}{request.path}"
        if header is None:
            body, headers = self.mock.x402.challenge(
                url,
                atomic,
                description=f"${cents / 100:.2f} of prepaid credits",
                error="PAYMENT-SIGNATURE header is required",
            )
            return MockResponse(402, body, headers)
        verified = self.mock.x402.verify(header, atomic)
        if not verified.ok:
            body, headers = self.mock.x402.challenge(
                url, atomic, error=f"payment verification failed: {verified.reason}"
            )
            return MockResponse(402, body, headers)
        account = self.mock.caller(request)
        credited = Decimal(cents) / 100
        account.balance += credited
        self.mock.account_routes.attribute_purchase(account, credited, request.json.get("affiliateCode"))
        settlement = self.mock.x402.settle(verified)
        answer = {
            "creditedUsd": float(credited),
            "balanceUsd": float(account.balance),
            "transaction": self.mock.x402.settlements[-1]["transaction"],
            "network": "eip155:8453",
        }
        return MockResponse(200, answer, {"PAYMENT-RESPONSE": settlement})

    # -- checkout, claim, provider callbacks ---------------------------------------------------------------------------
    def create_checkout(self, request: MockRequest, kind: str) -> MockResponse:
        package = next((p for p in PACKAGES if p["packageCode"] == request.json["packageCode"]), None)
        if package is None:
            return self.mock.error(404, "NOT_FOUND", f"no package {request.json['packageCode']!r}")
        checkout_id = ("cs_mock_" if kind == "stripe" else "charge_") + secrets.token_hex(8)
        self.mock.checkouts[checkout_id] = Checkout(
            checkout_id, kind, self.mock.caller(request).id, package, request.json.get("affiliateCode")
        )
        base = {"packageCode": package["packageCode"], "usdCents": package["usdCents"]}
        if kind == "stripe":
            return MockResponse(
                201,
                {"sessionId": checkout_id, **base, "checkoutUrl": f"https://checkout.stripe.com/c/pay/{checkout_id}"},
            )
        return MockResponse(
            201, {"chargeId": checkout_id, **base, "hostedUrl": f"https://commerce.coinbase.com/pay/{checkout_id}"}
        )

    def claim(self, request: MockRequest, checkout_id: str) -> MockResponse:
        checkout, account = self.mock.checkouts.get(checkout_id), self.mock.caller(request)
        if checkout is None:
            return self.mock.error(404, "NOT_FOUND", f"no checkout {checkout_id!r}")
        if checkout.account != account.id:
            return self.mock.error(409, "OTHER_ACCOUNT", "this checkout belongs to another account")
        if not checkout.paid:
            return self.mock.error(409, "NOT_PAID", "the payment is not complete yet")
        credited = Decimal(0) if checkout.claimed else Decimal(checkout.package["usdCents"]) / 100
        checkout.claimed = True
        account.balance += credited
        self.mock.account_routes.attribute_purchase(account, credited, checkout.affiliate_code)
        return MockResponse(
            200, {"credited": credited > 0, "creditedUsd": float(credited), "balanceUsd": float(account.balance)}
        )

    def stripe_webhook(self, request: MockRequest) -> MockResponse:
        parts = dict(p.split("=", 1) for p in (request.header("stripe-signature") or "").split(",") if "=" in p)
        stamp = parts.get("t", "")
        expected = self.sign_stripe(request.body, at=int(stamp)) if stamp.isascii() and stamp.isdigit() else ""
        if not hmac.compare_digest(expected.encode(), f"t={stamp},v1={parts.get('v1', '')}".encode()):
            return self.mock.error(400, "BAD_SIGNATURE", "Stripe-Signature does not verify")
        return self._webhook(request.json)

    def crypto_webhook(self, request: MockRequest) -> MockResponse:
        given = request.header("x-cc-webhook-signature") or ""
        if not hmac.compare_digest(self.sign_crypto(request.body).encode(), given.encode()):
            return self.mock.error(400, "BAD_SIGNATURE", "X-CC-Webhook-Signature does not verify")
        return self._webhook(request.json)

    def _webhook(self, event: Mapping[str, Any]) -> MockResponse:
        target = (event.get("data") or {}).get("object", event.get("data") or {})
        checkout = self.mock.checkouts.get(str(target.get("id", "")))
        if checkout is not None and event.get("type") in ("checkout.session.completed", "charge:confirmed"):
            checkout.paid = True
        return MockResponse(200, {"received": True})
