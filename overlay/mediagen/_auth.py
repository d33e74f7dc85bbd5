"""Once per logical call: credentials, the idempotency key and x402 payment, as an httpx auth flow.

httpx runs the auth flow outside the transport, so every retry the RetryTransport makes carries the very same
headers: one idempotency key per logical call, however many tries it takes (openai: "ensure the idempotency key is
reused between requests").

Payment follows the shape of httpx's ``DigestAuth``: send, and only when the answer is a 402 that is an x402
challenge to an operation the spec marks payable, sign and send again. Nothing but a 402 is ever paid; a 402 that
is not x402 (e.g. "insufficient credits"), or a 402 on an operation that takes no payment (a status poll), is never
paid; every payment is bounded by the wallet's caps, the client's ``spending_cap_usd`` and a per-call limit. The
transport re-sends a paid request only when it never left. After a paid try:

* 2xx: the payment was taken (settled now, or later as with a queued job's result);
* anything else (5xx, 429, a 402 after paying, a 4xx, a timeout or a dropped connection): the outcome is unknown, since
  a server may settle before it fails, and no answer body proves otherwise. The payment stays counted by the wallet
  until it expires, the call ends with the typed error, and that error carries the payment (``exc.payment``: nonce,
  amount, validBefore) and the idempotency key. The one exception: a request carrying an idempotency key the
  provider honours, answered 429 or 5xx, is tried again with a fresh signature, because the server answers a retry
  with the same key by replaying the first outcome instead of processing (and charging) it again.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

import httpx

from . import _retry
from ._constants import DEFAULT_MAX_RETRIES
from ._json import BodyTooLargeError, aread_bounded, read_bounded
from ._logs import logger
from ._x402 import MAX_CHALLENGE_BYTES, PAYMENT_HEADERS, parse_challenge, parse_settlement

if TYPE_CHECKING:
    from ._x402 import X402Wallet

__all__ = ["MAX_PAYMENT_EXTENSION", "PAYMENTS_EXTENSION", "PAYMENT_EXTENSION", "MediagenAuth", "is_keyed"]

#: Request extension: a per-call limit (Decimal USD) below the wallet's own cap, e.g. the price the caller asked for.
MAX_PAYMENT_EXTENSION = "mediagen.max_payment_usd"
#: Request extension set by the flow: the last Payment made for this request (its state says how it ended).
PAYMENT_EXTENSION = "mediagen.payment"
#: Request extension set by the flow: every Payment made for this request, in order (a keyed call may make several).
PAYMENTS_EXTENSION = "mediagen.payments"
_DELAY = "mediagen.delay"
#: Answers to a keyed paid try that are retried (with a fresh signature, answered by replay).
_PAID_RETRY_STATUSES = frozenset({429, *range(500, 600)})


def _read_challenge(response: httpx.Response) -> None:
    """A 402's body, at most what a challenge can be: a longer one (or one that never ends) is not a challenge."""
    try:
        read_bounded(response, MAX_CHALLENGE_BYTES)
    except BodyTooLargeError:
        response._content = b""  # surfaces as a plain 402, unpaid


async def _aread_challenge(response: httpx.Response) -> None:
    try:
        await aread_bounded(response, MAX_CHALLENGE_BYTES)
    except BodyTooLargeError:
        response._content = b""


def keyed_write(request: httpx.Request, idempotency_header: str | None) -> str | None:
    """The idempotency key of a write to a provider that honours one: the caller's, or one minted here, once per
    logical call (every try and the ledger see the same key). None for reads and for providers that honour none."""
    if idempotency_header is None or request.method in ("GET", "HEAD", "OPTIONS"):
        return None
    if idempotency_header in request.headers:
        key: str = request.headers[idempotency_header]
        return key
    key = request.headers[idempotency_header] = str(uuid.uuid4())
    return key


def is_keyed(request: httpx.Request, idempotency_header: str | None) -> bool:
    """Whether ``request`` carries the idempotency key its provider honours (so repeating it is a replay)."""
    return idempotency_header is not None and idempotency_header in request.headers


class MediagenAuth(httpx.Auth):
    """Adds a provider's credential headers, an idempotency key to writes when the provider honours one, and pays
    x402 challenges with ``wallet`` when one is given.

    The key is set only if the caller did not set one, and never on GET/HEAD/OPTIONS. The repr shows no secret.
    """

    def __init__(
        self,
        credential_headers: Mapping[str, str],
        *,
        idempotency_header: str | None = None,
        wallet: X402Wallet | None = None,
        max_paid_retries: int = DEFAULT_MAX_RETRIES,
        guard: Callable[[httpx.Request], None] | None = None,
        payable: Callable[[httpx.Request], bool] | None = None,
        max_payment_usd: Decimal | None = None,
    ) -> None:
        self._credentials = dict(credential_headers)
        self.guard = guard
        """Called with each request before anything is added or sent; raising refuses it (a policy check)."""
        self.payable = payable
        """Whether a request's operation takes a payment (the spec's security); None: every request may be paid."""
        self.max_payment_usd = max_payment_usd
        """The client's spending cap: no payment it makes is above this, whatever the wallet allows."""
        self.idempotency_header = idempotency_header
        self.wallet = wallet
        self.max_paid_retries = max_paid_retries

    def __repr__(self) -> str:
        names = ", ".join(sorted(self._credentials))
        return (
            f"MediagenAuth(headers=[{names}] (values redacted), idempotency_header={self.idempotency_header!r}, "
            f"wallet={self.wallet!r})"
        )

    def _first_try(self, request: httpx.Request) -> None:
        """The request guard, then the credentials and (on a write) the idempotency key, unless already set."""
        if self.guard is not None:
            self.guard(request)
        headers = request.headers
        for name, value in self._credentials.items():
            if name not in headers:  # Headers.__contains__: no KeyError raised and caught, as setdefault would
                headers[name] = value
        keyed_write(request, self.idempotency_header)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self._first_try(request)
        response = yield request
        yield from self._paying(request, response)

    def _paying(
        self, request: httpx.Request, response: httpx.Response
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """What follows the first answer: only a 402 that is an x402 challenge to a payable operation is paid."""
        header = self.idempotency_header
        if self.wallet is None or response.status_code != 402:
            return
        if self.payable is not None and not self.payable(request):
            return  # no payment is due here (the spec takes none): the 402 surfaces, unpaid
        challenge = parse_challenge(response.headers, response.content)
        if challenge is None:
            return  # a 402 that is not x402: never paid, it surfaces as PaymentRequiredError
        limits = [
            Decimal(v) for v in (request.extensions.get(MAX_PAYMENT_EXTENSION), self.max_payment_usd) if v is not None
        ]
        keyed = is_keyed(request, header)
        for attempt in range(1 + (self.max_paid_retries if keyed else 0)):
            payment = self.wallet.sign(challenge, limit_usd=min(limits) if limits else None)
            for name in PAYMENT_HEADERS:
                request.headers.pop(name, None)
            request.headers[payment.header] = payment.value
            request.extensions[PAYMENT_EXTENSION] = payment
            request.extensions.setdefault(PAYMENTS_EXTENSION, []).append(payment)
            _retry.retry_only_if_not_sent(request)  # the transport's policy for a paid try
            response = yield request
            if response.is_success:
                self.wallet.settled(payment, parse_settlement(response.headers))
                return
            # Outcome unknown: the payment stays outstanding in the wallet until it expires.
            if not keyed or response.status_code not in _PAID_RETRY_STATUSES or attempt == self.max_paid_retries:
                return
            delay = _retry.retry_delay(response.headers, attempt + 1)
            logger.debug(
                "keyed paid request answered %d: replayed with a new signature in %.2fs", response.status_code, delay
            )
            request.extensions[_DELAY] = delay

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # Only a 402's body is read (for its challenge): media downloads stay streamed.
        self._first_try(request)
        response = yield request
        if response.status_code != 402:
            return  # the common case: nothing to pay, no second generator
        _read_challenge(response)
        flow = self._paying(request, response)
        try:
            request = next(flow)
        except StopIteration:
            return
        while True:
            if (delay := request.extensions.pop(_DELAY, None)) is not None:
                _retry.sleep(delay)
            response = yield request
            if response.status_code == 402:
                _read_challenge(response)
            try:
                request = flow.send(response)
            except StopIteration:
                return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        self._first_try(request)
        response = yield request
        if response.status_code != 402:
            return
        await _aread_challenge(response)
        flow = self._paying(request, response)
        try:
            request = next(flow)
        except StopIteration:
            return
        while True:
            if (delay := request.extensions.pop(_DELAY, None)) is not None:
                await _retry.asleep(delay)
            response = yield request
            if response.status_code == 402:
                await _aread_challenge(response)
            try:
                request = flow.send(response)
            except StopIteration:
                return
