"""Once per logical call: credentials, the idempotency key and x402 payment, as an httpx auth flow.

httpx runs the auth flow outside the transport, so every retry the RetryTransport makes carries the very same
headers: one idempotency key per logical call, however many tries it takes (openai: "ensure the idempotency key is
reused between requests").

Payment follows the shape of httpx's ``DigestAuth``: send, and only when the answer is a 402 that is an x402
challenge, sign and send again. A paid try that the server answers 429 or 5xx is tried again with a fresh signature
(the first one was refused and is not counted as spent); the transport re-sends a paid request only when it never
left. Nothing but a 402 is ever paid, a 402 that is not x402 (e.g. "insufficient credits") is never paid, and a
second 402 after paying ends the call instead of paying again.
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
    ) -> None:
        self._credentials = dict(credential_headers)
        self.guard = guard
        """Called with each request before anything is added or sent; raising refuses it (a policy check)."""
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
            if response.is_success:
                self.wallet.settled(payment, parse_settlement(response.headers))
                return
            self.wallet.refused(payment)
            if response.status_code not in _PAID_RETRY_STATUSES or attempt == self.max_paid_retries:
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
            if response.status_code == 402:
                response.read()
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
            if response.status_code == 402:
                await response.aread()
            try:
                request = flow.send(response)
            except StopIteration:
                return
            if (delay := request.extensions.pop(_DELAY, None)) is not None:
                await _retry.asleep(delay)
