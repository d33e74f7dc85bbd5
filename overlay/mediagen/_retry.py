"""Retries, once per attempt, at the transport: the one place every provider's requests pass through.

```python
transport = RetryTransport(httpx.HTTPTransport(), idempotency_header="X-Idempotency-Key")
client = httpx.Client(transport=transport)
```

Built on httpx-retries, with mediagen's policy chosen per request:

* a request that is safe to repeat (GET, HEAD, PUT, DELETE, OPTIONS, or a write carrying an idempotency key the
  provider honours) is retried on network errors, timeouts, 408, 429 and 5xx;
* any other write is retried only where it provably was not processed: connect errors and the refusals 408/429.
  A 5xx or a dropped connection after the body was sent may have created a billed job, so it reaches the caller;
* 402 is never retried here (payment is the auth flow's business, once per logical call);
* ``retry-after-ms`` then ``Retry-After`` are obeyed, capped at MAX_RETRY_AFTER seconds; otherwise the n-th
  retry waits ``min(INITIAL_RETRY_DELAY * 2**(n-1), MAX_RETRY_DELAY)`` less up to RETRY_JITTER of it.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Callable, Mapping

import httpx
from httpx_retries import Retry
from httpx_retries import RetryTransport as _LibraryRetryTransport

from ._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_JITTER,
)
from ._logs import logger
from ._network import NetworkTransport

__all__ = ["RetryTransport"]

SAFE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
#: Request extension: True on a read the provider takes as a POST (the spec's ``x-read-only``), retried as a GET is.
READ_ONLY = "mediagen.read_only"
RETRY_STATUSES = frozenset({408, 429, *range(500, 600)})
#: Answers that say the request was refused before anything happened.
REFUSAL_STATUSES = frozenset({408, 429})
#: Failures before a single byte of the request left: nothing can have been processed.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.LocalProtocolError,  # refused by our own HTTP layer before sending (e.g. an illegal header)
)
ANY_NETWORK_ERROR: tuple[type[Exception], ...] = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

#: Injectable for tests (openai patches its retry timeout the same way).
sleep: Callable[[float], None] = time.sleep
asleep = asyncio.sleep


class _Policy(Retry):
    """httpx-retries' Retry with retry-after-ms, a Retry-After cap, and mediagen's logging."""

    def _calculate_sleep(self, headers: httpx.Headers | Mapping[str, str]) -> float:
        return retry_delay(headers, self.attempts_made)

    def sleep(self, response: httpx.Response | Exception) -> None:
        delay = self._delay(response)
        sleep(delay)
        self.elapsed_sleep += delay

    async def asleep(self, response: httpx.Response | Exception) -> None:
        delay = self._delay(response)
        await asleep(delay)
        self.elapsed_sleep += delay

    def _delay(self, response: httpx.Response | Exception) -> float:
        delay = self._calculate_sleep(response.headers if isinstance(response, httpx.Response) else {})
        what = response.status_code if isinstance(response, httpx.Response) else type(response).__name__
        logger.debug("retrying after %s in %.2fs (retry %d of %d)", what, delay, self.attempts_made, self.total)
        return delay


def retry_delay(headers: httpx.Headers | Mapping[str, str], attempts_made: int) -> float:
    """Seconds before retry number ``attempts_made``: the server's hint (capped), else jittered backoff."""
    hint = _server_hint(headers)
    if hint is not None:
        return min(hint, MAX_RETRY_AFTER)
    backoff = min(INITIAL_RETRY_DELAY * float(2 ** max(attempts_made - 1, 0)), MAX_RETRY_DELAY)
    return backoff * (1 - RETRY_JITTER * random.random())


class _NotSentOnly(_Policy):
    """No retry on any status (httpx-retries reads an empty ``status_forcelist`` as "the defaults")."""

    def is_retryable_status_code(self, status_code: int) -> bool:
        return False


#: httpx-retries' request extension: the ``Retry`` policy of this request (read by its transport on every attempt).
POLICY = "retry"


def retry_only_if_not_sent(request: httpx.Request, max_retries: int = DEFAULT_MAX_RETRIES) -> None:
    """Give ``request`` the policy of a paid try (``not_sent_only``): the transport's own choice gives way to it."""
    request.extensions[POLICY] = not_sent_only(max_retries)


def not_sent_only(max_retries: int) -> Retry:
    """A policy that retries only failures before the request left (a paid request: its signature may not be
    spent twice, and every try that reached the server gets a fresh one from the auth flow instead)."""
    return _NotSentOnly(
        total=max_retries,
        allowed_methods=["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "POST", "PATCH"],
        retry_on_exceptions=NOT_SENT_ERRORS,
    )


def _server_hint(headers: httpx.Headers | Mapping[str, str]) -> float | None:
    """Seconds the server asked for: ``retry-after-ms`` (not a standard header; openai's) then ``Retry-After``."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            return max(0.0, float(raw_ms) / 1000)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if raw:
        try:
            return float(Retry().parse_retry_after(raw))
        except ValueError:
            return None
    return None


class RetryTransport(_LibraryRetryTransport):
    """Retries one attempt at a time under mediagen's policy (see the module docstring)."""

    def __init__(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        idempotency_header: str | None = None,
        refusal_statuses: frozenset[int] = REFUSAL_STATUSES,
    ) -> None:
        self.safe = _Policy(
            total=max_retries,
            allowed_methods=["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "POST", "PATCH"],
            status_forcelist=RETRY_STATUSES,
            retry_on_exceptions=ANY_NETWORK_ERROR,
        )
        self.unsafe = _Policy(
            total=max_retries,
            allowed_methods=["POST", "PATCH"],
            status_forcelist=refusal_statuses,
            retry_on_exceptions=NOT_SENT_ERRORS,
        )
        self.idempotency_header = idempotency_header
        super().__init__(transport=transport if transport is not None else NetworkTransport(), retry=self.safe)

    def policy(self, request: httpx.Request) -> Retry:
        if request.method in SAFE_METHODS or request.extensions.get(READ_ONLY):
            return self.safe
        keyed = self.idempotency_header is not None and self.idempotency_header in request.headers
        return self.safe if keyed else self.unsafe

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if POLICY not in request.extensions:  # a paid try brings its own policy (retry_only_if_not_sent)
            request.extensions[POLICY] = self.policy(request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if POLICY not in request.extensions:
            request.extensions[POLICY] = self.policy(request)
        return await super().handle_async_request(request)
