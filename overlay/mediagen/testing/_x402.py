"""x402 for the mocks: the 402 challenge a provider sends, and the checks a facilitator makes before settling.

One ``MockX402`` per mock provider. ``challenge()`` builds the answer to an unpaid request, in the official v2 shape
(``PAYMENT-REQUIRED`` header and body) or, with ``shape="seisoai"``, in the hybrid one Seisoai really sends.
``verify()`` decodes a payment header and checks what a facilitator checks for the ``exact`` EVM scheme: the option
it accepted is the one offered, value and recipient match, the validity window holds on the mock's clock, the nonce
was never used, and the EIP-712 ``TransferWithAuthorization`` signature recovers to ``authorization.from`` (hashed and
recovered by the x402 SDK's own functions). ``settle()`` spends the nonce and returns the ``PAYMENT-RESPONSE`` value.
"""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .._json import loads

__all__ = ["BASE_USDC", "MockX402", "Verified"]

#: Base mainnet USDC: the network and token both providers document.
BASE_USDC: dict[str, str] = {
    "network": "eip155:8453",
    "asset": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913",
    "name": "USD Coin",
    "version": "2",
}


def _b64(value: Any) -> str:
    return base64.b64encode(json.dumps(value, separators=(",", ":")).encode()).decode()


@dataclass(frozen=True)
class Verified:
    ok: bool
    reason: str = ""
    payer: str | None = None
    nonce: str | None = None
    atomic: int = 0


@dataclass
class MockX402:
    """A provider's x402 side, on the mock's clock."""

    now: Callable[[], float]
    pay_to: str = field(default_factory=lambda: "0x" + secrets.token_hex(20))
    shape: Literal["v2", "seisoai"] = "v2"
    used_nonces: set[str] = field(default_factory=set)
    settlements: list[Mapping[str, Any]] = field(default_factory=list)
    verified: int = 0
    """Signatures checked and found valid."""

    def reset(self) -> None:
        self.used_nonces.clear()
        self.settlements.clear()
        self.verified = 0

    def requirements(self, atomic: int, timeout: int = 300) -> dict[str, Any]:
        """The one option offered: ``atomic`` USDC units (6 decimals) to ``pay_to`` on Base."""
        return {
            "scheme": "exact",
            "network": BASE_USDC["network"],
            "amount": str(atomic),
            "asset": BASE_USDC["asset"],
            "payTo": self.pay_to,
            "maxTimeoutSeconds": timeout,
            "extra": {"name": BASE_USDC["name"], "version": BASE_USDC["version"]},
        }

    def challenge(
        self, url: str, atomic: int, *, description: str = "", error: str = "Payment required"
    ) -> tuple[dict[str, Any], dict[str, str]]:
        """(body, headers) of the 402 for an unpaid request."""
        if self.shape == "seisoai":
            usd = f"${atomic / 10**6:.4f}"
            option = {
                "scheme": "exact",
                "network": BASE_USDC["network"],
                "maxAmountRequired": str(atomic),
                "asset": "USDC",
                "payTo": self.pay_to,
                "extra": {"priceUsd": usd},
            }
            body: dict[str, Any] = {
                "x402Version": 2,
                "error": error,
                "accepts": [option],
                "resource": {"url": url, "description": description, "mimeType": "application/json"},
            }
            return body, {"PAYMENT-REQUIRED": _b64(body), "X-Price-USD": usd}
        body = {
            "x402Version": 2,
            "error": error,
            "resource": {"url": url, "description": description, "mimeType": "application/json"},
            "accepts": [self.requirements(atomic)],
        }
        return body, {"PAYMENT-REQUIRED": _b64(body)}

    def verify(self, header: str | None, atomic: int) -> Verified:
        """Check a payment header against an offer of ``atomic`` units, as the facilitator's /verify would."""
        if not header:
            return Verified(False, "no payment header")
        try:
            payload = loads(base64.b64decode(header), max_bytes=64 * 1024)
            auth = payload["payload"]["authorization"]
            signature = bytes.fromhex(str(payload["payload"]["signature"]).removeprefix("0x"))
        except (ValueError, KeyError, TypeError):
            return Verified(False, "the payment header is not a base64 x402 payload")
        accepted = payload.get("accepted") if payload.get("x402Version") == 2 else payload
        if not isinstance(accepted, dict) or accepted.get("scheme") != "exact":
            return Verified(False, "unsupported scheme")
        if str(accepted.get("network")) not in (BASE_USDC["network"], "base"):
            return Verified(False, f"wrong network {accepted.get('network')}")
        if str(auth.get("to", "")).lower() != self.pay_to.lower():
            return Verified(False, "authorization.to is not the payee")
        if str(auth.get("value")) != str(atomic):
            return Verified(False, f"authorization.value {auth.get('value')} is not the {atomic} asked")
        now = self.now()
        if not int(auth["validAfter"]) <= now < int(auth["validBefore"]):
            return Verified(False, "the authorization is expired or not yet valid")
        nonce = str(auth["nonce"]).lower()
        if nonce in self.used_nonces:
            return Verified(False, "payment signature already used")
        if not _signed_by(auth, signature):
            return Verified(False, "the signature does not recover to authorization.from")
        self.verified += 1
        return Verified(True, payer=str(auth["from"]), nonce=nonce, atomic=atomic)

    def settle(self, verified: Verified) -> str:
        """Spend the nonce; the base64 ``PAYMENT-RESPONSE`` value."""
        assert verified.ok and verified.nonce is not None
        self.used_nonces.add(verified.nonce)
        settlement = {
            "success": True,
            "transaction": "0x" + secrets.token_hex(32),
            "network": BASE_USDC["network"],
            "payer": verified.payer,
            "amount": str(verified.atomic),
        }
        self.settlements.append(settlement)
        return _b64(settlement)


def _signed_by(auth: Mapping[str, Any], signature: bytes) -> bool:
    from x402.mechanisms.evm.eip712 import hash_eip3009_authorization
    from x402.mechanisms.evm.types import ExactEIP3009Authorization
    from x402.mechanisms.evm.verify import verify_eoa_signature

    try:
        authorization = ExactEIP3009Authorization(
            from_address=auth["from"],
            to=auth["to"],
            value=str(auth["value"]),
            valid_after=str(auth["validAfter"]),
            valid_before=str(auth["validBefore"]),
            nonce=auth["nonce"],
        )
        digest = hash_eip3009_authorization(
            authorization, 8453, BASE_USDC["asset"], BASE_USDC["name"], BASE_USDC["version"]
        )
        return verify_eoa_signature(digest, signature, str(auth["from"]))
    except (ValueError, KeyError, TypeError):
        return False
