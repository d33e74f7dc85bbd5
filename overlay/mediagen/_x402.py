"""x402 payments: read a 402 challenge, hold it against the caps, sign with the ``x402`` SDK. No HTTP here.

```python
from mediagen import X402Wallet
wallet = X402Wallet(private_key, max_payment_usd="1.00", budget_usd="20")   # an eth-account key
api = killatamata.KillaTamata(x402=wallet)                                 # MediagenAuth pays 402s with it
```

What servers really send differs from the specification, so a challenge is normalized before the SDK sees it:

* the official v2 shape: ``PAYMENT-REQUIRED`` header (base64 JSON), answered with ``PAYMENT-SIGNATURE``;
* the official v1 shape: the JSON body, answered with ``X-PAYMENT``;
* Seisoai's hybrid: ``x402Version`` 2 carrying v1's ``maxAmountRequired``, ``asset`` given as ``"USDC"`` (a symbol,
  not the token contract), no ``maxTimeoutSeconds`` and the resource inside ``accepts[]``, in the body and in the
  header; the symbol is resolved to the network's USDC contract, whose EIP-712 domain the SDK knows.

Money rules, enforced here whatever the provider: an option above ``max_payment_usd`` (or a per-call limit) or
beyond what is left of ``budget_usd`` is never signed; every signature is fresh (new nonce); a signature counts
against the budget from the moment it exists until the server refuses it.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._exceptions import PaymentError

if TYPE_CHECKING:
    from eth_account.signers.local import LocalAccount

__all__ = ["Challenge", "Payment", "X402Wallet", "parse_challenge", "parse_settlement"]

#: Request headers a payment may travel in: the v2 name, the v1 name, and the bare one some servers read.
PAYMENT_HEADERS = ("PAYMENT-SIGNATURE", "X-PAYMENT", "PAYMENT")
#: Seconds a signature stays valid when a challenge does not say (the SDK's and Seisoai's facilitator's default).
DEFAULT_TIMEOUT_SECONDS = 300


@dataclass(frozen=True)
class Challenge:
    """One 402 answer read as x402: the normalized challenge and what the server sent."""

    version: int
    document: Mapping[str, Any]
    """The challenge in the official shape of its version (what the SDK validates)."""
    raw: Mapping[str, Any]
    """The challenge exactly as the server sent it."""

    @property
    def header(self) -> str:
        """The header the payment goes back in: v2's ``PAYMENT-SIGNATURE``, v1's ``X-PAYMENT``."""
        return "PAYMENT-SIGNATURE" if self.version == 2 else "X-PAYMENT"


@dataclass
class Payment:
    """One signed payment. The signed header value is kept out of ``repr`` and ``str``."""

    header: str
    value: str = field(repr=False)
    usd: Decimal
    network: str
    pay_to: str
    state: str = "signed"
    """signed (outcome unknown), accepted (the server took it and settles later, e.g. with a queued job's result),
    settled (a settlement came back), or refused (the server said no). All but refused count as spent."""
    settlement: Mapping[str, Any] | None = None


def _b64json(value: str) -> Any:
    try:
        return json.loads(base64.b64decode(value, validate=False))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None


def _network_id(network: str) -> str:
    """CAIP-2 id of a network (v1 used names: ``base`` → ``eip155:8453``)."""
    if network.startswith("eip155:"):
        return network
    from x402.mechanisms.evm.v1.constants import V1_NETWORK_CHAIN_IDS

    chain = V1_NETWORK_CHAIN_IDS.get(network)
    return f"eip155:{chain}" if chain is not None else network


def _asset_info(network: str, asset: str) -> Mapping[str, Any] | None:
    """The SDK's table entry for an asset given by address or by symbol (``"USDC"``) on a network."""
    from x402.mechanisms.evm.default_assets import DEFAULT_ASSETS

    for entry in DEFAULT_ASSETS.get(_network_id(network), []):
        if asset.lower() in (entry["asset"].lower(), entry["symbol"].lower()):
            return entry
    return None


def _normalize_v2(doc: Mapping[str, Any]) -> dict[str, Any]:
    accepts = []
    resource = doc.get("resource")
    for item in doc.get("accepts", []):
        option = dict(item)
        if "amount" not in option and "maxAmountRequired" in option:  # v1's name inside a v2 challenge
            option["amount"] = option.pop("maxAmountRequired")
        info = _asset_info(str(option.get("network", "")), str(option.get("asset", "")))
        if info is not None:  # a symbol becomes the token contract; the EIP-712 domain comes from the SDK's table
            option["asset"] = info["asset"]
            extra = dict(option.get("extra") or {})
            extra.setdefault("name", info["name"])
            extra.setdefault("version", info["version"])
            option["extra"] = extra
        option.setdefault("maxTimeoutSeconds", DEFAULT_TIMEOUT_SECONDS)
        if resource is None and isinstance(option.get("resource"), str):
            resource = {"url": option["resource"]}
        for v1_only in ("resource", "description", "mimeType", "outputSchema"):
            option.pop(v1_only, None)
        accepts.append(option)
    normalized = {k: v for k, v in doc.items() if k in ("x402Version", "error", "extensions")}
    return {**normalized, "resource": resource or {"url": ""}, "accepts": accepts}


def parse_challenge(headers: Mapping[str, str], body: bytes) -> Challenge | None:
    """The x402 challenge of a 402 answer, or None when the 402 is something else (e.g. "insufficient credits").

    The ``PAYMENT-REQUIRED`` header wins over the body, as in the v2 transport.
    """
    candidates = []
    header = next((v for k, v in headers.items() if k.lower() == "payment-required"), None)
    if header:
        candidates.append(_b64json(header))
    try:
        candidates.append(json.loads(body) if body else None)
    except ValueError:
        pass
    for raw in candidates:
        if not isinstance(raw, dict) or raw.get("x402Version") not in (1, 2):
            continue
        if not isinstance(raw.get("accepts"), list) or not raw["accepts"]:
            continue
        version = int(raw["x402Version"])
        document = _normalize_v2(raw) if version == 2 else dict(raw)
        return Challenge(version, document, raw)
    return None


def parse_settlement(headers: Mapping[str, str]) -> Mapping[str, Any] | None:
    """The decoded ``PAYMENT-RESPONSE`` (or v1's ``X-PAYMENT-RESPONSE``) of a paid answer, if there is one."""
    for name in ("payment-response", "x-payment-response"):
        value = next((v for k, v in headers.items() if k.lower() == name), None)
        if value:
            decoded = _b64json(value)
            return decoded if isinstance(decoded, dict) else None
    return None


class X402Wallet:
    """An eth-account key that pays x402 challenges within caps; shared by every provider that speaks x402.

    Args:
        account: An ``eth_account`` LocalAccount, or its private key.
        max_payment_usd: No single payment above this (the per-request spending cap).
        budget_usd: No more than this in all, counting every signature the server did not refuse. None: no total.
        networks: CAIP-2 networks this wallet pays on (default: Base mainnet).
    """

    def __init__(
        self,
        account: LocalAccount | str,
        *,
        max_payment_usd: Decimal | str | float,
        budget_usd: Decimal | str | float | None = None,
        networks: tuple[str, ...] = ("eip155:8453",),
    ) -> None:
        from eth_account import Account

        self._account = Account.from_key(account) if isinstance(account, str) else account
        self.address: str = self._account.address
        self.max_payment_usd = Decimal(str(max_payment_usd))
        self.budget_usd = None if budget_usd is None else Decimal(str(budget_usd))
        self.networks = tuple(networks)
        self.payments: list[Payment] = []
        self._lock = threading.Lock()
        self._signing = threading.Lock()
        self._client: Any = None

    def __repr__(self) -> str:
        budget = "none" if self.budget_usd is None else f"${self.budget_usd}"
        return f"X402Wallet(address={self.address!r}, max_payment=${self.max_payment_usd}, budget={budget})"

    @property
    def committed_usd(self) -> Decimal:
        """Money signed away and not refused by the server: settled, or of unknown outcome."""
        return sum((p.usd for p in self.payments if p.state != "refused"), Decimal(0))

    def _sdk(self) -> Any:
        if self._client is None:  # the SDK (and web3 under it) costs ~1 s to import: only once a 402 needs it
            from x402 import x402ClientSync
            from x402.mechanisms.evm import EthAccountSigner
            from x402.mechanisms.evm.exact.register import register_exact_evm_client

            self._client = register_exact_evm_client(x402ClientSync(), EthAccountSigner(self._account))
        return self._client

    def _price(self, option: Mapping[str, Any], version: int) -> Decimal | None:
        network, asset = str(option.get("network", "")), str(option.get("asset", ""))
        info = _asset_info(network, asset)
        amount = option.get("amount" if version == 2 else "maxAmountRequired")
        if info is None or not str(amount).isdigit():
            return None
        return Decimal(int(str(amount))) / (Decimal(10) ** int(info["decimals"]))

    def sign(self, challenge: Challenge, *, limit_usd: Decimal | None = None) -> Payment:
        """Sign the cheapest acceptable option of ``challenge``, or raise PaymentError having signed nothing."""
        cap = self.max_payment_usd if limit_usd is None else min(self.max_payment_usd, limit_usd)
        priced = []
        for option in challenge.document.get("accepts", []):
            usd = self._price(option, challenge.version)
            if option.get("scheme") == "exact" and _network_id(str(option.get("network"))) in self.networks and usd:
                priced.append((usd, option))
        if not priced:
            offered = sorted({f"{o.get('scheme')} on {o.get('network')}" for o in challenge.document["accepts"]})
            raise PaymentError(f"x402: no payable option ({', '.join(offered)}); this wallet pays exact on "
                               f"{', '.join(self.networks)} in a known stablecoin. Nothing was signed.")  # fmt: skip
        usd, option = min(priced, key=lambda pair: pair[0])
        with self._lock:
            if usd > cap:
                raise PaymentError(
                    f"x402: the server asks ${usd}, above the ${cap} cap per payment. Nothing was signed."
                )
            left = None if self.budget_usd is None else self.budget_usd - self.committed_usd
            if left is not None and usd > left:
                raise PaymentError(f"x402: the server asks ${usd}, more than the ${left} left of the "
                                   f"${self.budget_usd} budget. Nothing was signed.")  # fmt: skip
            payment = Payment(challenge.header, "", usd, str(option["network"]), str(option.get("payTo")))
            self.payments.append(payment)  # counted before it exists: two threads cannot both fit the last dollar
        try:
            payment.value = self._encode(challenge, option, cap)
        except Exception as exc:
            payment.state = "refused"
            # The SDK's text may quote the signed payload; keep only the type.
            raise PaymentError(f"x402: signing failed ({type(exc).__name__}). Nothing was paid.") from None
        return payment

    def _encode(self, challenge: Challenge, option: Mapping[str, Any], cap: Decimal) -> str:
        from x402.http import encode_payment_signature_header
        from x402.schemas import PaymentRequired, PaymentRequiredV1

        one = {**challenge.document, "accepts": [option]}  # only the option chosen may be signed
        model = PaymentRequired if challenge.version == 2 else PaymentRequiredV1
        with self._signing:  # the SDK's own spend control is set to this payment's cap (its default is $1)
            sdk = self._sdk().set_spend_controls({"max_amount_per_payment": f"${cap}"})
            payload = sdk.create_payment_payload(model.model_validate(one))
        return str(encode_payment_signature_header(payload))

    def refused(self, payment: Payment) -> None:
        """The server answered the payment with a refusal (402, 4xx, 5xx): it was not taken."""
        with self._lock:
            payment.state = "refused"

    def settled(self, payment: Payment, settlement: Mapping[str, Any] | None) -> None:
        """The paid request succeeded; ``settlement`` is the decoded PAYMENT-RESPONSE, when one was sent."""
        with self._lock:
            payment.state = "settled" if settlement is not None and settlement.get("success") else "accepted"
            payment.settlement = settlement
