"""Once per logical call: credentials, the idempotency key and x402 payment, as an httpx auth flow.

httpx runs the auth flow outside the transport, so every retry the RetryTransport makes carries the very same
headers: one idempotency key per logical call, however many tries it takes (openai: "ensure the idempotency key is
reused between requests").

Payment follows the shape of httpx's ``DigestAuth``: send, and only when the answer is a 402 that is an x402
challenge, sign and send again. Nothing but a 402 is ever paid, a 402 that is not x402 (e.g. "insufficient
credits") is never paid, and a second 402 after paying ends the call instead of paying again. The transport re-sends
a paid request only when it never left. After a paid try:

* 2xx: the payment was taken (settled now, or later as with a queued job's result);
* 402 or another 4xx, or 429: refused before anything happened; a 429 is tried again with a fresh signature;
* 5xx: the server may have settled before failing, so the payment stays counted, and the call is tried again with
  a fresh signature only where that cannot pay twice: the request carries an idempotency key the provider honours
  (the server answers the first outcome again), or the answer is the provider's own documented failure and the
  provider settles only on success (``unpaid_failure``). Any other 5xx (a proxy's 502, say) reaches the caller.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

import httpx

from . import _retry
from ._constants import DEFAULT_MAX_RETRIES
from ._logs import logger
from ._x402 import PAYMENT_HEADERS, parse_challenge, parse_settlement

if TYPE_CHECKING:
    from ._x402 import X402Wallet

__all__ = ["MAX_PAYMENT_EXTENSION", "PAYMENT_EXTENSION", "MediagenAuth"]

#: Request extension: a per-call limit (Decimal USD) below the wallet's own cap, e.g. the price the caller asked for.
MAX_PAYMENT_EXTENSION = "mediagen.max_payment_usd"
#: Request extension set by the flow: the last Payment made for this request (its state says how it ended).
PAYMENT_EXTENSION = "mediagen.payment"
_DELAY = "mediagen.delay"
_PAID_RETRY_STATUSES = frozenset({429, *range(500, 600)})


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
        unpaid_failure: Callable[[httpx.Response], bool] | None = None,
    ) -> None:
        self._credentials = dict(credential_headers)
        self.guard = guard
        """Called with each request before anything is added or sent; raising refuses it (a policy check)."""
        self.unpaid_failure = unpaid_failure
        """Says whether a 5xx answer to a paid try is one the provider documents as not charged."""
        self.idempotency_header = idempotency_header
        self.wallet = wallet
        self.max_paid_retries = max_paid_retries

    def __repr__(self) -> str:
        names = ", ".join(sorted(self._credentials))
        return (f"MediagenAuth(headers=[{names}] (values redacted), idempotency_header={self.idempotency_header!r}, "
                f"wallet={self.wallet!r})")  # fmt: skip

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.guard is not None:
            self.guard(request)
        for name, value in self._credentials.items():
            request.headers.setdefault(name, value)
        header = self.idempotency_header
        if header and request.method not in ("GET", "HEAD", "OPTIONS") and header not in request.headers:
            request.headers[header] = str(uuid.uuid4())
        response = yield request
        if self.wallet is None or response.status_code != 402:
            return
        challenge = parse_challenge(response.headers, response.content)
        if challenge is None:
            return  # a 402 that is not x402: never paid, it surfaces as PaymentRequiredError
        limit = request.extensions.get(MAX_PAYMENT_EXTENSION)
        for attempt in range(1 + self.max_paid_retries):
            payment = self.wallet.sign(challenge, limit_usd=Decimal(limit) if limit is not None else None)
            for name in PAYMENT_HEADERS:
                request.headers.pop(name, None)
            request.headers[payment.header] = payment.value
            request.extensions[PAYMENT_EXTENSION] = payment
            request.extensions["retry"] = _retry.not_sent_only(DEFAULT_MAX_RETRIES)
            response = yield request
            status = response.status_code
            if response.is_success:
                self.wallet.settled(payment, parse_settlement(response.headers))
                return
            keyed = header is not None and header in request.headers
            unpaid = status < 500 or (self.unpaid_failure is not None and self.unpaid_failure(response))
            if unpaid:
                self.wallet.refused(payment)  # otherwise it stays counted: it may have been settled
            if status not in _PAID_RETRY_STATUSES or attempt == self.max_paid_retries or not (unpaid or keyed):
                return
            delay = _retry.retry_delay(response.headers, attempt + 1)
            logger.debug("paid request answered %d: new signature in %.2fs", response.status_code, delay)
            request.extensions[_DELAY] = delay

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # Only a 402's body is read (for its challenge): media downloads stay streamed.
        flow = self.auth_flow(request)
        request = next(flow)
        while True:
            response = yield request
            if response.status_code == 402 or (response.status_code >= 500 and PAYMENT_EXTENSION in request.extensions):
                response.read()  # a challenge, or a paid try's failure (is it one that was not charged?)
            try:
                request = flow.send(response)
            except StopIteration:
                return
            if (delay := request.extensions.pop(_DELAY, None)) is not None:
                _retry.sleep(delay)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.auth_flow(request)
        request = next(flow)
        while True:
            response = yield request
            if response.status_code == 402 or (response.status_code >= 500 and PAYMENT_EXTENSION in request.extensions):
                await response.aread()
            try:
                request = flow.send(response)
            except StopIteration:
                return
            if (delay := request.extensions.pop(_DELAY, None)) is not None:
                await _retry.asleep(delay)
