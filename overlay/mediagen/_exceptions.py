"""The exceptions mediagen raises, one tree for every provider.

* MediagenError
  * InvalidInputError - refused locally, before any request: names the field and the rule
  * APIError
    * APIStatusError - the provider answered with an error (its envelope's code and message kept)
      * BadRequestError (400), AuthenticationError (401), PaymentRequiredError (402),
        PermissionDeniedError (403), NotFoundError (404), ConflictError (409),
        UnprocessableEntityError (422), RateLimitError (429), InternalServerError (>= 500)
    * APIResponseValidationError - a success answer that does not match the spec
    * APIConnectionError - no answer; ``may_have_been_processed`` says whether it could have been billed
      * APITimeoutError
  * PaymentError - signing or spending-cap refusal; nothing was paid
  * AgentScopeError - an agent-scoped call refused by the safety controls; nothing was sent
  * JobError - a job that was submitted; always carries ``job_id`` and the last ``job`` seen
    * JobFailedError
    * WaitTimeoutError - the deadline of ``wait``, not of one request

Messages never contain headers, API keys or payment signatures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._types import Job
    from ._x402 import Payment

__all__ = [
    "AgentScopeError",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidInputError",
    "JobError",
    "JobFailedError",
    "MediagenError",
    "NotFoundError",
    "PaymentError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "make_status_error",
]


class MediagenError(Exception):
    """Base of every error mediagen raises."""

    job_id: str | None = None
    """The id of a job this error concerns, when one was submitted: it is never lost."""
    idempotency_key: str | None = None
    """The idempotency key of the write that failed: sending the same request again with it cannot create a second
    job or charge, and answers with the first one's result if the server did process it."""
    payment: Payment | None = None
    """The last x402 payment this call signed (``state`` says how it ended; "signed": the outcome is unknown, after a
    5xx, 429, 402 or lost answer): its ``nonce``, ``usd`` and ``valid_before`` say what to look up."""
    payments: tuple[Payment, ...] = ()
    """Every payment this call signed, in order (a keyed call retried after 5xx may sign several)."""


class InvalidInputError(MediagenError, ValueError):
    """Input refused before anything was sent."""

    def __init__(self, field: str, rule: str, message: str) -> None:
        super().__init__(f"{field}: {message} ({rule})")
        self.message = message
        """What is wrong, and the fix when one is known."""
        self.field = field
        """Path of the offending field, e.g. ``body.file_ids[0]``."""
        self.rule = rule
        """The rule broken, e.g. ``enum``, ``minLength``, ``size``."""


class APIError(MediagenError):
    """Base of errors about an HTTP exchange with a provider."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """The provider answered with an error status (or, for envelope APIs, an error code)."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        code: str | None,
        provider: str,
        job_id: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.status_code = response.status_code
        self.body = body
        """The decoded JSON body, or the raw text when it is not JSON."""
        self.code = code
        """The provider's machine-readable error code, e.g. ``JOB_ALREADY_PROCESSING``."""
        self.provider = provider
        self.job_id = job_id
        header: str | None = response.headers.get("x-request-id") or response.headers.get("x-trace-id")
        self.request_id: str | None = request_id or header
        """The provider's id of the failed request (a header, or the envelope's trace id)."""

    def __str__(self) -> str:
        code = f" {self.code}" if self.code else ""
        return f"{self.provider} {self.status_code}{code}: {self.message}"


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand has no request
        return None


class BadRequestError(APIStatusError):
    """The provider refused the request as invalid."""


class AuthenticationError(APIStatusError):
    """Missing or invalid API key."""


class PaymentRequiredError(APIStatusError):
    """Payment or credits required."""


class PermissionDeniedError(APIStatusError):
    """The key may not do this (e.g. a subscription is needed)."""


class NotFoundError(APIStatusError):
    """No such resource."""


class ConflictError(APIStatusError):
    """The resource's state forbids this now (e.g. a job still processing)."""


class UnprocessableEntityError(APIStatusError):
    """The provider could not process the input."""


class RateLimitError(APIStatusError):
    """Rate limited; ``retry_after`` seconds when the provider said."""


class InternalServerError(APIStatusError):
    """The provider failed (5xx)."""


class APIResponseValidationError(APIError):
    """A success answer whose body does not match the provider's spec."""

    def __init__(self, message: str, *, response: httpx.Response, provider: str, job_id: str | None) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.provider = provider
        self.job_id = job_id


class APIConnectionError(APIError):
    """No usable answer arrived."""

    def __init__(self, message: str, *, request: httpx.Request, may_have_been_processed: bool) -> None:
        super().__init__(message, request=request)
        self.may_have_been_processed = may_have_been_processed
        """False only when the request provably never reached the server (connect failure)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class PaymentError(MediagenError):
    """A payment was refused locally (over the cap, bad challenge, signing failed); nothing was paid."""


class AgentScopeError(MediagenError):
    """An agent-scoped call the mandatory safety controls refuse (deny by default, allowlist, one agent, no
    recursion, stop on ambiguity). Nothing was sent; plain tool invocation is the fallback."""


class JobError(MediagenError):
    """A submitted job did not give a result; ``job_id`` says which one to look up."""

    def __init__(self, message: str, job: Job) -> None:
        super().__init__(message)
        self.job = job
        self.job_id = job.id


class JobFailedError(JobError):
    """The job reached a failed or canceled state."""


class WaitTimeoutError(JobError):
    """``wait`` reached its deadline; the job may still finish."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(
    response: httpx.Response,
    *,
    provider: str,
    code: str | None,
    message: str | None,
    status: int | None = None,
    body: Any = None,
    job_id: str | None = None,
    request_id: str | None = None,
) -> APIStatusError:
    """Map one error answer onto the most specific exception.

    ``status`` overrides the HTTP status for providers that report errors inside HTTP 200 envelopes.
    """
    status = status or response.status_code
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    text = message or response.reason_phrase or "error"
    return cls(text, response=response, body=body, code=code, provider=provider, job_id=job_id, request_id=request_id)
