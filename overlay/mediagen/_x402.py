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

Money rules, enforced here whatever the provider:

* an option above ``max_payment_usd`` (or a per-call limit) or beyond what is left of ``budget_usd`` is never signed;
* a signed EIP-3009 authorization is money out of the wallet's hands until its ``validBefore`` passes, whatever a
  server answers: whoever holds it can still settle it. So every signature counts against the budget from the moment
  it exists until it is settled (spent for good) or expires, unless non-settlement is proven (``release``); a 402 or
  5xx body proves nothing. ``settled_usd``, ``outstanding_usd`` and ``expired_usd`` show the three amounts;
* no signature is valid for longer than ``max_validity`` seconds (a server's ``maxTimeoutSeconds`` can only shorten
  it), so exposure ends quickly;
* every signature is fresh (new nonce); only the ``exact`` scheme with an EIP-3009 authorization is signed (a Permit2
  approval is not a bounded payment);
* a malformed challenge is a PaymentError naming what is wrong, and nothing is signed.
"""

from __future__ import annotations

import base64
import binascii
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._exceptions import PaymentError
from ._json import MalformedBodyError, loads
from ._ledger import Ledger

if TYPE_CHECKING:
    from eth_account.signers.local import LocalAccount

__all__ = ["Challenge", "Payment", "X402Wallet", "parse_challenge", "parse_settlement"]

#: Request headers a payment may travel in: the v2 name, the v1 name, and the bare one some servers read.
PAYMENT_HEADERS = ("PAYMENT-SIGNATURE", "X-PAYMENT", "PAYMENT")
#: Seconds a signature stays valid at most (X402Wallet's ``max_validity``): the SDK's and Seisoai's facilitator's
#: default. A challenge's ``maxTimeoutSeconds`` can only shorten it.
DEFAULT_MAX_VALIDITY = 300
#: The budget of a wallet given none: the official x402 client's default cap of one payment ($1), as a total.
DEFAULT_BUDGET_USD = Decimal("1")
#: A challenge header or body larger than this is not read as a challenge.
MAX_CHALLENGE_BYTES = 64 * 1024
_AMOUNT = re.compile(r"[0-9]{1,78}")  # a uint256 in ASCII digits (str.isdigit() also takes "²")
_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")
#: Characters of a server's value quoted in an error message (see ``_quoted``).
_QUOTE_CHARS = 48


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
    valid_before: int
    """Unix time after which the authorization can no longer be settled."""
    nonce: str = ""
    """The EIP-3009 nonce (0x + 64 hex): what a chain or facilitator looks the payment up by."""
    state: str = "signed"
    """signed (outcome unknown: outstanding until ``valid_before``, then expired), accepted (a 2xx took it, no
    settlement shown), settled (a settlement came back), or released (non-settlement proven, see
    ``X402Wallet.release``). signed, accepted and settled count against the budget; an expired one no longer can be
    settled, so it stops counting (it is shown in ``expired_usd``: it may or may not have been settled)."""
    settlement: Mapping[str, Any] | None = None
    ledger_id: str | None = field(default=None, repr=False)
    """Its row in the wallet's ledger, when it has one."""

    def __str__(self) -> str:
        until = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.valid_before))
        return f"${self.usd} to {self.pay_to} on {self.network} (nonce {self.nonce}, valid until {until})"


def _b64json(value: str) -> Any:
    if len(value) > MAX_CHALLENGE_BYTES * 4 // 3 + 4:
        return None
    try:
        return loads(base64.b64decode(value, validate=False), max_bytes=MAX_CHALLENGE_BYTES)
    except (binascii.Error, ValueError, UnicodeDecodeError, MalformedBodyError):
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
    accepts: list[Any] = []
    resource = doc.get("resource")
    for item in doc["accepts"]:
        if not isinstance(item, dict):
            accepts.append(item)  # kept as sent: sign() names what is wrong with it
            continue
        option = dict(item)
        if "amount" not in option and "maxAmountRequired" in option:  # v1's name inside a v2 challenge
            option["amount"] = option.pop("maxAmountRequired")
        info = _asset_info(str(option.get("network", "")), str(option.get("asset", "")))
        extra = option.get("extra")
        if info is not None and (extra is None or isinstance(extra, dict)):  # any other extra: sign() refuses it
            # A symbol becomes the token contract; the EIP-712 domain comes from the SDK's table.
            option["asset"] = info["asset"]
            extra = dict(extra or {})
            extra.setdefault("name", info["name"])
            extra.setdefault("version", info["version"])
            option["extra"] = extra
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
    A document that says it is x402 (``x402Version`` 1 or 2 and an ``accepts`` list) is a challenge even when its
    options are malformed: ``X402Wallet.sign`` then refuses it naming what is wrong, instead of it passing as an
    unpaid 402. Bodies are parsed bounded (``mediagen._json``): a hostile one is simply not a challenge.
    """
    candidates = []
    header = next((v for k, v in headers.items() if k.lower() == "payment-required"), None)
    if header:
        candidates.append(_b64json(header))
    if body and len(body) <= MAX_CHALLENGE_BYTES:
        try:
            candidates.append(loads(body))
        except MalformedBodyError:
            pass
    for raw in candidates:
        version = raw.get("x402Version") if isinstance(raw, dict) else None
        if type(version) is not int or version not in (1, 2) or not isinstance(raw.get("accepts"), list):
            continue
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


def _quoted(value: Any) -> str:
    """A value a server sent, fit for an error message or a log line: one line, ASCII, at most a few dozen
    characters (a hostile challenge may carry 64 KiB, newlines or control characters in any field)."""
    text = ascii(value)
    return text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 3] + "..."


def _problem(option: Any, version: int) -> str | None:
    """What makes one ``accepts`` entry unusable, in words; None when it is well formed."""
    if not isinstance(option, dict):
        return f"an option is {type(option).__name__}, not an object"
    for name in ("scheme", "network", "asset", "payTo"):
        if not isinstance(option.get(name), str):
            return f"its {name} is missing or not a string"
    amount = option.get("amount" if version == 2 else "maxAmountRequired")
    if isinstance(amount, bool) or not isinstance(amount, str | int) or not _AMOUNT.fullmatch(str(amount)):
        return "its amount is not a whole number of the asset's units (ASCII digits, at most 78)"
    if not _ADDRESS.fullmatch(option["payTo"]):
        return "its payTo is not an 0x address"
    if option.get("extra") is not None and not isinstance(option["extra"], dict):
        return f"its extra is {type(option['extra']).__name__}, not an object"
    timeout = option.get("maxTimeoutSeconds")
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int) or timeout <= 0):
        return "its maxTimeoutSeconds is not a positive whole number"
    method = (option.get("extra") or {}).get("assetTransferMethod") if isinstance(option.get("extra"), dict) else None
    if method not in (None, "eip3009"):
        return f"it asks for a {_quoted(method)} authorization (only EIP-3009 transfers of an exact amount are signed)"
    return None


class X402Wallet:
    """An eth-account key that pays x402 challenges within caps; shared by every provider that speaks x402.

    Args:
        account: An ``eth_account`` LocalAccount, or its private key.
        max_payment_usd: No single payment above this (the per-request spending cap).
        budget_usd: No more than this outstanding or settled at any time (see the module docstring). Default:
            DEFAULT_BUDGET_USD ($1). ``Decimal("Infinity")`` for no total.
        networks: CAIP-2 networks this wallet pays on (default: Base mainnet).
        max_validity: Seconds a signature stays valid at most (default DEFAULT_MAX_VALIDITY, 5 minutes).
        clock: Unix time now (tests).
        ledger: A ``mediagen.Ledger`` shared by every process paying from this wallet: the budget then holds for all
            of them together (default: MEDIAGEN_LEDGER, if set).
        count_expired: Keep counting a signature whose outcome was never learned after it expires (default). It can
            no longer be settled, but a server may have settled it before, so the budget then bounds what can ever
            be taken; ``release()`` frees it once the chain shows its nonce unused. False: it stops counting at
            ``validBefore``, and the budget bounds only what is at stake within one ``max_validity`` window.
    """

    def __init__(
        self,
        account: LocalAccount | str,
        *,
        max_payment_usd: Decimal | str | float,
        budget_usd: Decimal | str | float | None = None,
        networks: tuple[str, ...] = ("eip155:8453",),
        max_validity: int = DEFAULT_MAX_VALIDITY,
        clock: Any = time.time,
        ledger: Ledger | None = None,
        count_expired: bool = True,
    ) -> None:
        from eth_account import Account

        if max_validity <= 0:
            raise ValueError("max_validity must be a positive number of seconds")
        self._account = Account.from_key(account) if isinstance(account, str) else account
        self.address: str = self._account.address
        self.max_payment_usd = Decimal(str(max_payment_usd))
        self.budget_usd = DEFAULT_BUDGET_USD if budget_usd is None else Decimal(str(budget_usd))
        self.networks = tuple(networks)
        self.max_validity = int(max_validity)
        self.clock = clock
        self.ledger = ledger if ledger is not None else Ledger.from_env()
        self.count_expired = count_expired
        self.payments: list[Payment] = []
        self._lock = threading.Lock()
        self._signing = threading.Lock()
        self._client: Any = None

    def __repr__(self) -> str:
        return f"X402Wallet(address={self.address!r}, max_payment=${self.max_payment_usd}, budget=${self.budget_usd})"

    def _sum(self, *, states: tuple[str, ...], live: bool | None = None) -> Decimal:
        now = self.clock()
        return sum(
            (p.usd for p in self.payments if p.state in states and (live is None or (p.valid_before > now) == live)),
            Decimal(0),
        )

    @property
    def settled_usd(self) -> Decimal:
        """Paid for good: answers that took the payment (a settlement shown, or a 2xx). With a ledger: by every
        process paying from this wallet."""
        if self.ledger is not None:
            return self.ledger.exposure(self.address, self.clock())[0]
        return self._sum(states=("settled", "accepted"))

    @property
    def outstanding_usd(self) -> Decimal:
        """Signed, outcome unknown, and still valid: a holder of these signatures can still settle them."""
        if self.ledger is not None:
            return self.ledger.exposure(self.address, self.clock())[1]
        return self._sum(states=("signed",), live=True)

    @property
    def expired_usd(self) -> Decimal:
        """Signed, outcome never learned, now past ``validBefore``: settled before it expired, or never."""
        if self.ledger is not None:
            return self.ledger.exposure(self.address, self.clock())[2]
        return self._sum(states=("signed",), live=False)

    @property
    def committed_usd(self) -> Decimal:
        """What the budget counts: settled plus outstanding, plus expired unless ``count_expired`` is False."""
        return self.settled_usd + self.outstanding_usd + (self.expired_usd if self.count_expired else Decimal(0))

    def _sdk(self) -> Any:
        if self._client is None:  # the SDK (and web3 under it) costs ~1 s to import: only once a 402 needs it
            from x402 import x402ClientSync
            from x402.mechanisms.evm import EthAccountSigner
            from x402.mechanisms.evm.exact.register import register_exact_evm_client

            self._client = register_exact_evm_client(x402ClientSync(), EthAccountSigner(self._account))
        return self._client

    def _price(self, option: Mapping[str, Any], version: int) -> Decimal | None:
        info = _asset_info(str(option["network"]), str(option["asset"]))
        if info is None:
            return None
        amount = int(str(option["amount" if version == 2 else "maxAmountRequired"]))
        return Decimal(amount) / (Decimal(10) ** int(info["decimals"]))

    def _options(self, challenge: Challenge) -> list[tuple[Decimal, Mapping[str, Any]]]:
        """The options this wallet can pay, priced; PaymentError (naming why) when there are none."""
        accepts = challenge.document.get("accepts")
        if not isinstance(accepts, list) or not accepts:
            raise PaymentError("x402: the challenge offers no payment option (accepts is empty). Nothing was signed.")
        priced, why, free = [], [], False
        for index, option in enumerate(accepts):
            problem = _problem(option, challenge.version)
            usd = None if problem else self._price(option, challenge.version)
            if problem is None and usd is None:
                asset, network = _quoted(option["asset"]), _quoted(option["network"])
                problem = f"its asset {asset} is not a stablecoin known on {network}"
            elif problem is None and option["scheme"] != "exact":
                problem = f"its scheme is {_quoted(option['scheme'])}, not exact"
            elif problem is None and _network_id(option["network"]) not in self.networks:
                problem = f"it pays on {_quoted(option['network'])}, and this wallet pays on {', '.join(self.networks)}"
            elif problem is None and usd == 0:
                free, problem = True, "it asks an amount of 0"
            if problem is None and usd is not None:
                priced.append((usd, option))
            else:
                why.append(f"accepts[{index}]: {problem}")
        if not priced:
            if free:
                raise PaymentError(
                    "x402: the challenge asks $0: a free resource needs no payment, and this wallet "
                    f"does not sign one ({'; '.join(why)}). Nothing was signed."
                )
            raise PaymentError(f"x402: no payable option ({'; '.join(why[:4])}). Nothing was signed.")
        return priced

    def sign(self, challenge: Challenge, *, limit_usd: Decimal | None = None) -> Payment:
        """Sign the cheapest acceptable option of ``challenge``, or raise PaymentError having signed nothing."""
        cap = self.max_payment_usd if limit_usd is None else min(self.max_payment_usd, limit_usd)
        usd, option = min(self._options(challenge), key=lambda pair: pair[0])
        timeout = min(int(option.get("maxTimeoutSeconds") or self.max_validity), self.max_validity)
        with self._lock:
            if usd > cap:
                raise PaymentError(
                    f"x402: the server asks ${usd}, above the ${cap} cap per payment. Nothing was signed."
                )
            now = self.clock()
            until = int(now) + timeout
            payment = Payment(challenge.header, "", usd, str(option["network"]), str(option["payTo"]), until)
            if self.ledger is not None:  # reserved across processes (raises PaymentError when it does not fit)
                payment.ledger_id = self.ledger.reserve(
                    self.address, usd, self.budget_usd, until, now, count_expired=self.count_expired
                )
            else:
                left = self.budget_usd - self.committed_usd
                if usd > left:
                    raise PaymentError(
                        f"x402: the server asks ${usd}, more than the ${left} left of the "
                        f"${self.budget_usd} budget (settled ${self.settled_usd}, outstanding "
                        f"${self.outstanding_usd}, expired of unknown outcome ${self.expired_usd}). "
                        "Nothing was signed."
                    )
            # Counted before it exists: two threads cannot both fit the last dollar.
            self.payments.append(payment)
        try:
            payment.value, payment.nonce, signed_until = self._encode(
                challenge, {**option, "maxTimeoutSeconds": timeout}, cap
            )
        except Exception as exc:
            payment.state = "released"  # no signature exists
            self._record(payment)
            # The SDK's text may quote the signed payload; keep only the type.
            raise PaymentError(f"x402: signing failed ({type(exc).__name__}). Nothing was paid.") from None
        payment.valid_before = max(until, signed_until)
        if self.ledger is not None and payment.ledger_id is not None:
            self.ledger.payment(payment.ledger_id, "signed", nonce=payment.nonce, valid_before=payment.valid_before)
        return payment

    def _record(self, payment: Payment) -> None:
        if self.ledger is not None and payment.ledger_id is not None:
            self.ledger.payment(payment.ledger_id, payment.state)

    def _encode(self, challenge: Challenge, option: Mapping[str, Any], cap: Decimal) -> tuple[str, str, int]:
        from x402.http import encode_payment_signature_header
        from x402.schemas import PaymentRequired, PaymentRequiredV1

        one = {**challenge.document, "accepts": [option]}  # only the option chosen may be signed
        model = PaymentRequired if challenge.version == 2 else PaymentRequiredV1
        with self._signing:  # the SDK's own spend control is set to this payment's cap (its default is $1)
            sdk = self._sdk().set_spend_controls({"max_amount_per_payment": f"${cap}"})
            payload = sdk.create_payment_payload(model.model_validate(one))
        authorization = payload.payload["authorization"]
        return (
            str(encode_payment_signature_header(payload)),
            str(authorization["nonce"]),
            int(authorization["validBefore"]),
        )

    def release(self, payment: Payment) -> None:
        """Non-settlement of ``payment`` is proven (the chain or a facilitator says its nonce was never used, or it
        was cancelled on chain): it stops counting. A server's 402 or 5xx proves nothing: do not call this on one."""
        with self._lock:
            if payment.state == "signed":
                payment.state = "released"
                self._record(payment)

    def settled(self, payment: Payment, settlement: Mapping[str, Any] | None) -> None:
        """The paid request succeeded; ``settlement`` is the decoded PAYMENT-RESPONSE, when one was sent."""
        with self._lock:
            payment.state = "settled" if settlement is not None and settlement.get("success") else "accepted"
            payment.settlement = settlement
            self._record(payment)
