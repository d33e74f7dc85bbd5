"""The shared core every provider client is built on.

``build_client`` wires a generated client with the overlay; ``SyncAPI``/``AsyncAPI`` call any generated operation
through it and turn the answer into data or one typed exception:

```python
from seele_client.api.default import get_job
api = SyncAPI(seele.PROVIDER, seele.client())
job = api.call(get_job, job_id="job_123")     # the envelope's data, or an APIStatusError subclass
```
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import functools
import logging
import os
import re
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar, Generic, Protocol, Self, TypedDict, TypeVar, Unpack

import httpx
import orjson

from ._auth import PAYMENT_EXTENSION, PAYMENTS_EXTENSION, MediagenAuth, is_keyed, keyed_write
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._downloads import asave_outputs, save_outputs
from ._drift import DriftReport
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    MediagenError,
    PaymentError,
    make_status_error,
)
from ._json import BodyTooLargeError, MalformedBodyError, aread_bounded, loads, read_bounded
from ._ledger import Ledger
from ._limits import LimitTransport
from ._logs import configure_from_env, install_redaction
from ._network import AsyncHTTPClient, HTTPClient, request_url
from ._operations import Plan, adrive, drive
from ._retry import NOT_SENT_ERRORS, READ_ONLY, SAFE_METHODS, RetryTransport
from ._schema import Problem, SpecSchema, refuse
from ._types import ErrorInfo, Job, PollPolicy, Provider
from ._uploads import Payload, UploadSession
from ._version import USER_AGENT
from ._wait import ProgressCallback, async_wait, wait
from ._x402 import PAYMENT_HEADERS, X402Wallet

install_redaction()
configure_from_env()

#: Request extension: the price an adapter quoted for a billable write (Decimal USD), recorded in the ledger.
QUOTE_EXTENSION = "mediagen.quote_usd"

__all__ = [
    "AsyncAPI",
    "AsyncProviderClient",
    "ClientOptions",
    "ProviderClient",
    "RawResponse",
    "SyncAPI",
    "build_client",
]

ClientT = TypeVar("ClientT", bound="GeneratedClient")
ResultT = TypeVar("ResultT")
ModelT = TypeVar("ModelT")


class GeneratedClient(Protocol):
    """What the overlay uses of a generated ``Client``/``AuthenticatedClient``."""

    def get_httpx_client(self) -> httpx.Client: ...
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...
    def set_httpx_client(self, client: httpx.Client) -> Self: ...
    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self: ...


def api_key_from_env(provider: Provider, api_key: str | None) -> str:
    """The key given, else the provider's environment variable; checked so it can only travel in its header."""
    key = (api_key or os.environ.get(provider.env_var) or "").strip()
    if not key:
        raise MediagenError(f"no API key for {provider.name}: pass api_key= or set {provider.env_var}")
    if not (key.isascii() and key.isprintable()):
        # Never echo the value: a malformed key is still a secret.
        raise MediagenError(
            f"the {provider.name} API key (api_key= or {provider.env_var}) has characters a header cannot carry"
        )
    return key


class ClientOptions(TypedDict, total=False):
    """Options every client takes, after the API key."""

    base_url: str | None
    """Default: the provider's documented server."""
    timeout: httpx.Timeout | float | None
    """Default: DEFAULT_TIMEOUT."""
    max_retries: int
    """Retries after the first try. Default: DEFAULT_MAX_RETRIES."""
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None
    """The innermost transport (tests pass a mock's); auth and retries stay around it."""
    x402: X402Wallet | None
    """Pays x402 challenges (402 answers) within its caps; None: a 402 is never paid."""
    spending_cap_usd: Decimal | str | float | None
    """No single payment this client makes (x402) is above this, and adapters that quote prices refuse a call
    quoted above it before sending. None: only the wallet's own caps."""
    ledger: Ledger | None
    """Records every billable write before it is sent, and job states (default: MEDIAGEN_LEDGER, if set)."""
    http_client: httpx.Client | httpx.AsyncClient | None
    """Your own httpx client (proxies, certificates, limits, event hooks): requests go out through it, with the
    overlay's auth flow and retries around it. Closing it stays yours."""


def build_client(
    provider: Provider,
    client_class: type[ClientT],
    api_key: str | None = None,
    *,
    anonymous: bool = False,
    **options: Unpack[ClientOptions],
) -> ClientT:
    """A generated client whose every request goes through the overlay's auth flow and RetryTransport.

    ``anonymous`` sends no credentials (sign-in flows that exist to obtain a key).
    """
    cap = options.get("spending_cap_usd")
    base_url = options.get("base_url") or os.environ.get(base_url_env(provider)) or provider.base_url
    auth = MediagenAuth(
        {} if anonymous else provider.credential_headers(api_key_from_env(provider, api_key)),
        idempotency_header=provider.idempotency_header,
        wallet=options.get("x402"),
        max_paid_retries=options.get("max_retries", DEFAULT_MAX_RETRIES),
        guard=provider.request_guard,
        payable=payable_operations(SpecSchema.of(provider.package), base_url),
        max_payment_usd=None if cap is None else Decimal(str(cap)),
    )
    inner = options.get("transport")
    if inner is None and (own := options.get("http_client")) is not None:
        inner = ClientTransport(own)
    if provider.concurrency is not None:
        # Under the retries, so every attempt takes a slot: a batch cannot outrun the documented limit.
        inner = LimitTransport(inner, provider.concurrency)
    retry = RetryTransport(
        inner,
        max_retries=options.get("max_retries", DEFAULT_MAX_RETRIES),
        idempotency_header=provider.idempotency_header,
    )
    timeout = options.get("timeout", DEFAULT_TIMEOUT)
    settings: dict[str, Any] = {
        "base_url": base_url,
        "timeout": timeout if isinstance(timeout, httpx.Timeout) or timeout is None else httpx.Timeout(timeout),
        "headers": {"User-Agent": USER_AGENT},
    }
    wiring: dict[str, Any] = {"auth": auth, "transport": retry}
    # The generated client gets the same settings, so one it derives (``with_headers``...) is wired alike.
    client = client_class(**settings, httpx_args=wiring)  # type: ignore[call-arg]
    client.set_httpx_client(HTTPClient(**settings, **wiring))
    client.set_async_httpx_client(AsyncHTTPClient(**settings, **wiring))
    return client


def base_url_env(provider: Provider) -> str:
    """The environment variable that points a provider's clients elsewhere: ``SEELE_BASE_URL`` (a mock, a proxy)."""
    return provider.env_var.removesuffix("_API_KEY") + "_BASE_URL"


class ClientTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends through a caller's own ``httpx.Client``/``AsyncClient`` (``http_client=``): its proxies, certificates,
    limits and hooks apply, while the overlay's auth flow and retries stay around it."""

    def __init__(self, client: httpx.Client | httpx.AsyncClient) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._client, httpx.Client):
            raise TypeError("a synchronous client needs http_client=httpx.Client(...)")
        return self._client.send(request, stream=True)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._client, httpx.AsyncClient):
            raise TypeError("an asyncio client needs http_client=httpx.AsyncClient(...)")
        return await self._client.send(request, stream=True)


def payable_operations(schema: SpecSchema, base_url: str) -> Callable[[httpx.Request], bool]:
    """Whether a request's operation takes an x402 payment: its security names a scheme carried in a payment header,
    or it declares a payment header parameter. Anything else (a status poll, an unknown path) is never paid."""
    payment = {name.lower() for name in PAYMENT_HEADERS}
    schemes = schema.spec.get("components", {}).get("securitySchemes", {})
    paying = {name for name, s in schemes.items() if s.get("in") == "header" and str(s.get("name")).lower() in payment}
    payable = set()
    for op in schema.operations.values():
        security = op.raw.get("security", schema.spec.get("security", []))
        headers = {str(p.get("name", "")).lower() for p in op.raw.get("parameters", []) if p.get("in") == "header"}
        if any(name in paying for option in security for name in option) or headers & payment:
            payable.add(op.operation_id)
    prefix = httpx.URL(base_url).path.rstrip("/")

    def is_payable(request: httpx.Request) -> bool:
        path = request.url.path
        if prefix and path.startswith(prefix):
            path = path[len(prefix) :]
        found = schema.match(request.method, path)
        return found is not None and found[0].operation_id in payable

    return is_payable


def recoverable(exc: MediagenError, request: httpx.Request | None, idempotency_header: str | None) -> MediagenError:
    """Put on ``exc`` what the caller needs to recover a billable write that failed: its idempotency key (send it
    again with it: a replay, not a second charge) and a payment whose outcome is unknown (it may still be settled)."""
    if request is None:
        return exc
    if idempotency_header and is_keyed(request, idempotency_header):
        exc.idempotency_key = request.headers[idempotency_header]
        exc.add_note(
            f"idempotency key {exc.idempotency_key}: the same request with this key cannot be processed or "
            "charged twice, and answers with the first outcome if the server did process it"
        )
    payments = list(request.extensions.get(PAYMENTS_EXTENSION, ()))
    if payments:
        exc.payments, exc.payment = tuple(payments), payments[-1]
    for payment in payments:
        if payment.state == "signed":
            exc.add_note(
                f"x402: paid {payment} and the outcome is unknown: the server may have settled it; it was "
                "not paid again, and the wallet counts it until it expires"
            )
        elif payment.state in ("settled", "accepted"):
            exc.add_note(f"x402: paid {payment}, and the server took it ({payment.state})")
    return exc


def _safe_cause(exc: Exception) -> Exception | None:
    """The cause to chain, unless its text may quote a header value (h11 quotes an illegal one whole)."""
    return None if isinstance(exc, httpx.LocalProtocolError) else exc


_PARSED = "mediagen.parsed"


def _json_body(response: httpx.Response) -> Any:
    """The JSON body, parsed bounded once per answer (MalformedBodyError when it is not JSON or too deep)."""
    cached = response.extensions.get(_PARSED)
    if cached is None:
        try:
            cached = (True, loads(response.content))
        except MalformedBodyError as exc:
            cached = (False, exc)
        response.extensions[_PARSED] = cached
    ok, value = cached
    if not ok:
        raise value
    return value


def _decoded(response: httpx.Response) -> Any:
    """The JSON body (parsed bounded), or its text when it is not JSON."""
    try:
        return _json_body(response)
    except MalformedBodyError:
        return response.text


assumed_logger = logging.getLogger("mediagen.assumed")
drift_logger = logging.getLogger("mediagen.drift")


def preflight(operation: str, problems: list[Problem], assumed: list[Problem]) -> None:
    """Refuse what breaks a documented constraint (InvalidInputError names field and rule, nothing is sent); only
    warn, on ``mediagen.assumed``, about what breaks a constraint the spec assumed where the document is silent."""
    refuse(problems)
    for problem in assumed:
        assumed_logger.warning(
            "%s: %s breaks an assumed constraint (%s), not one the document states: sent anyway",
            operation,
            problem.field,
            problem.rule,
        )


def _merged(body: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``body`` with ``extra`` merged in, objects into objects (``{"data": {"seed": 1}}`` adds to ``data``)."""
    out = dict(body)
    for key, value in extra.items():
        both = isinstance(value, Mapping) and isinstance(out.get(key), Mapping)
        out[key] = _merged(out[key], value) if both else value
    return out


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def operation_id(endpoint: Any) -> str:
    """Generated endpoint modules are named after their operationId."""
    return str(endpoint.__name__).rsplit(".", 1)[-1]


@dataclass(frozen=True, slots=True)
class _Endpoint:
    """What every call of one generated endpoint needs from the spec, worked out on its first call."""

    operation: str
    path_names: Mapping[str, str]
    """Generated argument name (snake_case) → the spec's path parameter name."""
    strict_path: bool
    """Whether the strict view (assumed constraints) can judge the path differently: else one check is enough."""
    strict_body: bool
    billable: bool
    read_only: bool
    """A read sent as a POST (``x-read-only``): the transport retries it as it does a GET."""


class _Base:
    def __init__(self, provider: Provider, client: Any, schema: SpecSchema, ledger: Ledger | None = None) -> None:
        self.provider = provider
        self.client = client
        self.schema = schema
        self.ledger = ledger
        """Where billable writes are recorded before they are sent (see ``mediagen.Ledger``)."""
        self.drift = DriftReport(schema, provider.name)
        """How this client's answers departed from the spec (see ``mediagen._drift``)."""
        self._endpoints: dict[Any, _Endpoint] = {}
        self.checked_body: object = None
        """The body model ``_typed_body`` made last, after checking it: not checked again when it is sent."""

    def _endpoint(self, endpoint: Any) -> _Endpoint:
        found = self._endpoints.get(endpoint)
        if found is None:
            operation = operation_id(endpoint)
            # The generator names arguments in snake_case (toolId → tool_id): check each under its spec name.
            names = {_snake(name): name for name in self.schema.param_names(operation, "path")}
            op = self.schema.operations.get(operation)
            found = _Endpoint(
                operation,
                names,
                strict_path=bool(names) and self.schema.strict_adds(operation, "path"),
                strict_body=self.schema.strict_adds(operation, "body"),
                billable=op is not None and op.billable,
                read_only=op is not None and op.read_only,
            )
            self._endpoints[endpoint] = found
        return found

    def check(self, operation: str, body: Any, *, strict: bool = True) -> None:
        """Refuse a body that breaks a documented constraint before anything is sent (InvalidInputError names field
        and rule); a body breaking only assumed ones is sent, with a warning on ``mediagen.assumed``. ``strict``
        False: the assumed constraints are known to judge this body as the documented ones do (not checked twice)."""
        problems = self.schema.body_problems(operation, body)
        if problems or strict:
            preflight(operation, problems, [] if problems else self.schema.strict_view.body_problems(operation, body))

    def _prepare(self, endpoint: Any, kwargs: dict[str, Any], base_url: httpx.URL) -> dict[str, Any]:
        """The checked arguments of ``build_request`` for one call of a generated endpoint, its URL under
        ``base_url``."""
        extensions = kwargs.pop("_extensions", None)
        key = kwargs.pop("_idempotency_key", None)
        extra_body = kwargs.pop("extra_body", None)
        info = self._endpoint(endpoint)
        operation = info.operation
        if names := info.path_names:  # an operation without path parameters has none to check
            values = {names[k]: v for k, v in kwargs.items() if k in names}
            problems = self.schema.path_problems(operation, values)
            if problems or info.strict_path:
                strict = [] if problems else self.schema.strict_view.path_problems(operation, values)
                preflight(operation, problems, strict)
        request = dict(endpoint._get_kwargs(**kwargs))
        request["url"] = request_url(base_url, request["url"])
        if kwargs.get("body") is not self.checked_body:  # a typed body (``_typed_body``) was checked as it was made
            self.check(operation, request.get("json"), strict=info.strict_body)
        self.checked_body = None
        if extra_body:
            # Deliberate undocumented fields (openai-python's extra_body): merged after the checks, sent as given.
            if not isinstance(request.get("json", {}), Mapping):
                raise MediagenError(f"{operation}: extra_body needs a JSON object body")
            request["json"] = _merged(request.get("json", {}), extra_body)
        if info.read_only:
            extensions = {**(extensions or {}), READ_ONLY: True}
        if extensions:
            request["extensions"] = extensions
        if key is not None and self.provider.idempotency_header:  # the caller's key, to recover an earlier call
            request["headers"] = {**(request.get("headers") or {}), self.provider.idempotency_header: key}
        return request

    def _result(self, endpoint: Any, response: httpx.Response) -> Any:
        failure = self._failure(response)
        if failure is not None:
            status, info, body = failure
            error = make_status_error(
                response,
                provider=self.provider.name,
                status=status,
                code=info.code,
                message=info.message,
                body=body,
                request_id=info.request_id,
            )
            raise error if self.provider.refine_error is None else self.provider.refine_error(error)
        known = self._endpoints.get(endpoint)
        operation = known.operation if known is not None else operation_id(endpoint)
        try:
            # The drift report: every answer judged against the spec; a departure is logged and counted, never raised.
            self.drift.observe(operation, response.status_code, _decoded(response))
        except Exception:  # a report must never fail the call it reports on
            drift_logger.exception("%s %s: the drift check itself failed", self.provider.name, operation)
        try:
            parsed_ok = response.extensions.get(_PARSED, (False,))[0]  # already parsed bounded, without error
            if not parsed_ok and "json" in response.headers.get("content-type", "") and response.content:
                _json_body(response)  # bounded first: the generated parser's json.loads then never recurses deeply
                parsed_ok = True
            if parsed_ok:  # the generated parser reads response.json(): a fresh copy by orjson, 3x the stdlib's pace
                response.json = functools.partial(orjson.loads, response.content)  # type: ignore[method-assign]
            undocumented = response.is_success and not self.schema.documents(operation, response.status_code)
            parsed = None if undocumented else endpoint._parse_response(client=self.client, response=response)
            if parsed is None and response.is_success and (success := self.schema.success_status(operation)):
                # An undocumented 2xx is a success (reported as drift): read it as the documented one.
                as_documented = httpx.Response(
                    success, headers=response.headers, content=response.content, request=response.request
                )
                parsed = endpoint._parse_response(client=self.client, response=as_documented)
            if parsed is None:
                raise ValueError(f"undocumented status {response.status_code}")
            return self.provider.unwrap(parsed)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            job_id = self.provider.job_id_of(_decoded(response))
            note = f" (job {job_id} was created: keep this id)" if job_id else ""
            raise APIResponseValidationError(
                f"{self.provider.name} answered {response.status_code} with a body that does not match the spec: "
                f"{exc}{note}",
                response=response,
                provider=self.provider.name,
                job_id=job_id,
            ) from exc

    def _failure(self, response: httpx.Response) -> tuple[int | None, ErrorInfo, Any] | None:
        """(the status the failure means, the provider's code and message, the body), or None for a success.

        An HTTP error, or (for envelope providers) an error code inside a 2xx answer.
        """
        if not response.is_success:
            body = _decoded(response)
            status = self.provider.status_meaning.get(response.status_code)
            return status, self.provider.error_info(body), body
        if self.provider.envelope_error is not None:
            body = _decoded(response)
            found = self.provider.envelope_error(body)
            if found is not None:
                return found[0], found[1], body
        return None

    def _begin(self, endpoint: Any, request: httpx.Request) -> str | None:
        """Record a billable write as ``sending`` before it is sent (with a ledger); its ledger id."""
        if self.ledger is None:
            return None
        info = self._endpoint(endpoint)
        if not info.billable:
            return None
        key = keyed_write(request, self.provider.idempotency_header)  # the key the auth flow will send
        quote = request.extensions.get(QUOTE_EXTENSION)
        return self.ledger.begin(
            self.provider.name, info.operation, idempotency_key=key, body=request.content, quoted_usd=quote
        )

    def _end(
        self,
        write: str | None,
        request: httpx.Request,
        response: httpx.Response | None,
        exc: MediagenError | None = None,
    ) -> None:
        """Record how a billable write ended: its job id, or whether it may have been processed."""
        if write is None or self.ledger is None:
            return
        payment = request.extensions.get(PAYMENT_EXTENSION)
        paid = getattr(payment, "ledger_id", None)
        if exc is None and response is not None:
            job_id = self.provider.job_id_of(_decoded(response))
            self.ledger.finish(write, "succeeded", job_id=job_id, payment_id=paid)
            return
        processed = (
            getattr(exc, "payment", None) is not None
            or getattr(exc, "may_have_been_processed", False)
            or getattr(exc, "status_code", 0) >= 500
            or isinstance(exc, APIResponseValidationError)
        )
        job_id = getattr(exc, "job_id", None)
        state = "succeeded" if job_id else "unknown" if processed else "failed"
        self.ledger.finish(write, state, job_id=job_id, payment_id=paid, detail=type(exc).__name__)

    def _unreadable(self, request: httpx.Request, exc: BodyTooLargeError) -> APIConnectionError:
        """An answer whose body was cut (too large, or never ending): no usable answer, and it may have been
        processed."""
        message = f"{self.provider.name} {request.method} {request.url.path}: {exc}"
        return APIConnectionError(message, request=request, may_have_been_processed=True)

    def _connection_error(self, request: httpx.Request, exc: httpx.RequestError) -> APIConnectionError:
        processed = not isinstance(exc, NOT_SENT_ERRORS)
        message = f"{self.provider.name} {request.method} {request.url.path}: {type(exc).__name__} with no answer"
        keyed = is_keyed(request, self.provider.idempotency_header)
        if processed and request.method not in SAFE_METHODS and not keyed and not request.extensions.get(READ_ONLY):
            message += (
                f"; the request may have been processed, and it was not retried because {self.provider.name} "
                "honours no idempotency key for it: check for a new job before submitting again"
            )
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return cls(message, request=request, may_have_been_processed=processed)


class SyncAPI(_Base):
    """Calls generated operations synchronously."""

    def call(self, endpoint: Any, **kwargs: Any) -> Any:
        http = self.client.get_httpx_client()
        built = http.build_request(**self._prepare(endpoint, kwargs, http.base_url))
        write, response = self._begin(endpoint, built), None
        try:
            try:
                response = http.send(built, stream=True)
                read_bounded(response)
            except httpx.RequestError as exc:
                raise self._connection_error(built, exc) from _safe_cause(exc)
            except BodyTooLargeError as exc:
                raise self._unreadable(built, exc) from None
            _captured(response)
            result = self._result(endpoint, response)
        except MediagenError as exc:
            recoverable(exc, built, self.provider.idempotency_header)
            self._end(write, built, response, exc)
            raise
        self._end(write, built, response)
        return result


class AsyncAPI(_Base):
    """Calls generated operations with asyncio."""

    async def call(self, endpoint: Any, **kwargs: Any) -> Any:
        http = self.client.get_async_httpx_client()
        built = http.build_request(**self._prepare(endpoint, kwargs, http.base_url))
        write, response = self._begin(endpoint, built), None
        try:
            try:
                response = await http.send(built, stream=True)
                await aread_bounded(response)
            except httpx.RequestError as exc:
                raise self._connection_error(built, exc) from _safe_cause(exc)
            except BodyTooLargeError as exc:
                raise self._unreadable(built, exc) from None
            _captured(response)
            result = self._result(endpoint, response)
        except MediagenError as exc:
            recoverable(exc, built, self.provider.idempotency_header)
            self._end(write, built, response, exc)
            raise
        self._end(write, built, response)
        return result


_CAPTURE: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar("mediagen_raw", default=None)


@dataclass(frozen=True)
class RawResponse(Generic[ResultT]):
    """What ``with_raw_response`` returns: the last HTTP answer of a call, and its parsed result."""

    http_response: httpx.Response
    parsed: ResultT

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        found = self.headers.get("x-request-id") or self.headers.get("x-trace-id")
        return str(found) if found is not None else None

    def parse(self) -> ResultT:
        return self.parsed


@contextlib.contextmanager
def _capturing() -> Iterator[list[httpx.Response]]:
    """Collect the answers of the calls made inside (``with_raw_response``)."""
    box: list[httpx.Response] = []
    token = _CAPTURE.set(box)
    try:
        yield box
    finally:
        _CAPTURE.reset(token)


def _captured(response: httpx.Response) -> None:
    box = _CAPTURE.get()
    if box is not None:
        box.append(response)


class _RawResponses:
    """``client.with_raw_response``: every public method of the client, returning a RawResponse."""

    def __init__(self, client: object) -> None:
        self._client = client

    def _method(self, name: str) -> Callable[..., object]:
        method = getattr(self._client, name)
        if name.startswith("_") or not callable(method):
            raise AttributeError(name)
        return method  # type: ignore[no-any-return]


def _finish(name: str, box: list[httpx.Response], result: object) -> RawResponse[object]:
    if not box:
        raise MediagenError(f"{name}() made no HTTP request: there is no raw response to show")
    return RawResponse(box[-1], result)


class RawResponses(_RawResponses):
    """``ProviderClient.with_raw_response``: ``api.with_raw_response.get(job_id)`` is a ``RawResponse``."""

    def __getattr__(self, name: str) -> Callable[..., RawResponse[object]]:
        method = self._method(name)

        def call(*args: object, **kwargs: object) -> RawResponse[object]:
            with _capturing() as box:
                result = method(*args, **kwargs)
            return _finish(name, box, result)

        return call


class AsyncRawResponses(_RawResponses):
    """``AsyncProviderClient.with_raw_response``: ``await aapi.with_raw_response.get(job_id)``."""

    def __getattr__(self, name: str) -> Callable[..., Awaitable[RawResponse[object]]]:
        method = self._method(name)

        async def call(*args: object, **kwargs: object) -> RawResponse[object]:
            with _capturing() as box:
                result = await method(*args, **kwargs)  # type: ignore[misc]
            return _finish(name, box, result)

        return call


class _ProviderClientBase:
    PROVIDER: ClassVar[Provider]
    CLIENT_CLASS: ClassVar[type[Any]]
    _uploads: Any = None

    def __init__(
        self, api_key: str | None = None, *, anonymous: bool = False, **options: Unpack[ClientOptions]
    ) -> None:
        self.schema = SpecSchema.of(self.PROVIDER.package)
        self._api_key, self._anonymous = api_key, anonymous
        self._configure(dict(options))

    def _configure(self, options: dict[str, Any]) -> None:
        """Everything that follows from the options (``__init__`` and ``with_options``)."""
        self._options = options
        self.client = build_client(
            self.PROVIDER, self.CLIENT_CLASS, self._api_key, anonymous=self._anonymous, **options
        )
        """The generated client, wired with the overlay: call any generated function with it."""
        self.__dict__.pop("api", None)  # the cached caller of the previous client
        cap = options.get("spending_cap_usd")
        self.spending_cap_usd = None if cap is None else Decimal(str(cap))
        """No payment this client makes is above this, nor a call whose quoted price is. None: no cap."""
        self.ledger = options.get("ledger") or Ledger.from_env()
        """Where this client records billable writes and job states (``ledger=`` or MEDIAGEN_LEDGER)."""
        # Presigned upload URLs get the same retries (a PUT is safe to repeat) and no credentials.
        self._upload_transport = RetryTransport(
            options.get("transport"), max_retries=options.get("max_retries", DEFAULT_MAX_RETRIES)
        )
        self._timeout = options.get("timeout", DEFAULT_TIMEOUT)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.client._base_url!r})"

    def with_options(self, **changes: Unpack[ClientOptions]) -> Self:
        """A copy of this client with some options changed (``timeout``, ``max_retries``, ``base_url``…), as in
        openai-python: ``api.with_options(timeout=5).get(job_id)``. It has its own connection pool; caches and
        adapter settings are shared."""
        clone = copy.copy(self)
        clone._uploads = None
        clone._configure({**self._options, **changes})
        return clone

    @property
    def drift(self) -> DriftReport:
        """How this client's answers departed from the spec: ``counts`` per (operationId, JSON pointer), ``summary()``
        (see ``mediagen._drift``). Logged once per place on ``mediagen.drift``; never raised."""
        report: DriftReport = self.api.drift  # type: ignore[attr-defined]
        return report

    def _typed_body(self, operation: str, model: type[ModelT], body: Mapping[str, Any]) -> ModelT:
        """The generated body model for ``body``, once the spec has passed it (a generated ``from_dict`` alone turns
        a bad enum value into a bare ValueError that names no field)."""
        api: _Base = self.api  # type: ignore[attr-defined]
        api.check(operation, body, strict=self.schema.strict_adds(operation, "body"))
        typed: ModelT = model.from_dict(dict(body))  # type: ignore[attr-defined]
        api.checked_body = typed  # checked once: the call that sends it does not check it again
        return typed

    def _cap(self, max_usd: Decimal | str | float | None) -> Decimal | None:
        """The cap a call is under: the lower of the client's ``spending_cap_usd`` and the call's ``max_usd``."""
        caps = [c for c in (self.spending_cap_usd, None if max_usd is None else Decimal(str(max_usd))) if c is not None]
        return min(caps) if caps else None

    def _capped(
        self, what: str, price: Decimal | None, basis: str, max_usd: Decimal | str | float | None
    ) -> Decimal | None:
        """The cap a call is under (``_cap``), once its quoted ``price`` is known to be within it; None when there
        is no cap. Refuses, with nothing sent, a price above the cap or one that cannot be checked."""
        cap = self._cap(max_usd)
        if cap is None:
            return None
        if price is None:
            raise PaymentError(f"{what}: {basis}, so the ${cap} cap cannot be checked. Nothing was sent.")
        if price > cap:
            raise PaymentError(f"{what} would cost ${price} ({basis}), above the ${cap} cap. Nothing was sent.")
        return cap

    def _policy(self, poll_interval: float | None) -> PollPolicy:
        if poll_interval is None:
            return self.PROVIDER.poll
        return PollPolicy(poll_interval, poll_interval, 1.0)


class ProviderClient(_ProviderClientBase):
    """Base of each provider's synchronous client: ``call``, ``wait`` and uploads, shared."""

    _uploads: httpx.Client | None = None

    @cached_property
    def api(self) -> SyncAPI:
        return SyncAPI(self.PROVIDER, self.client, self.schema, self.ledger)

    def call(self, endpoint: Any, **kwargs: Any) -> object:
        """Call a generated operation (any module of ``<provider>_client.api``); return its data (the parsed
        answer, unwrapped from the provider's envelope) or raise the typed error."""
        return self.api.call(endpoint, **kwargs)

    @property
    def with_raw_response(self) -> RawResponses:
        """The same methods, each returning a ``RawResponse`` (status, headers, request id of the last HTTP answer
        the call got, and ``parse()`` for what the method returns): ``api.with_raw_response.get(job_id)``."""
        return RawResponses(self)

    def get(self, job: Job | str, /) -> Job:
        """The job's current state (a ``Job`` carries what some providers need besides its id)."""
        raise NotImplementedError

    def wait(
        self,
        job: Job,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        webhook: bool = False,
    ) -> Job:
        """Poll until ``job`` ends (see ``mediagen.wait``); return it with its outputs.

        ``webhook=True``: sleep on the ledger until a receiver (``mediagen.webhooks``, in any process sharing it)
        records the job's end, then fetch the job once; polling every ``poll_interval`` (default 60 s growing to
        5 min) stays the fallback."""

        def get(_: str) -> Job:
            return self._recorded_get(job)

        if webhook:
            from .webhooks import WEBHOOK_FALLBACK, wait_by_webhook

            policy = WEBHOOK_FALLBACK if poll_interval is None else self._policy(poll_interval)
            return wait_by_webhook(job, get, self.ledger, policy=policy, timeout=timeout, on_progress=on_progress)
        return wait(job, get, policy=self._policy(poll_interval), timeout=timeout, on_progress=on_progress)

    def _poll(self, job: Job, fetch: Callable[[Job], Plan[Job]], policy: PollPolicy, timeout: float | None) -> Job:
        """``wait`` with a fetch written as an operation (for what is polled like a job but is not one)."""
        return wait(job, lambda _: drive(self, fetch(job)), policy=policy, timeout=timeout)

    def _recorded_get(self, job: Job) -> Job:
        job = self.get(job)
        if self.ledger is not None:
            self.ledger.job(self.PROVIDER.name, job.id, job.status.value)
        return job

    def download(self, job: Job, folder: str | Path) -> list[Path]:
        """Save a finished job's output URLs into ``folder`` (streamed, without credentials, inside the provider's
        download window when the job states one); return the files."""
        return save_outputs(self._plain(), job, folder)

    def _plain(self) -> httpx.Client:
        """The client for presigned and CDN URLs: the same retries, no credentials."""
        if self._uploads is None:
            self._uploads = HTTPClient(transport=self._upload_transport, timeout=self._timeout)
        return self._uploads

    def _put(self, session: UploadSession, payload: Payload) -> str:
        request = session.request(payload, provider=self.PROVIDER.name)
        try:
            response = self._plain().send(request)
        except httpx.RequestError as exc:
            raise self.api._connection_error(request, exc) from _safe_cause(exc)
        return session.check(response, provider=self.PROVIDER.name)

    def close(self) -> None:
        self.client.get_httpx_client().close()
        if self._uploads is not None:
            self._uploads.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncProviderClient(_ProviderClientBase):
    """Base of each provider's asyncio client: the same names as ProviderClient, awaited."""

    _uploads: httpx.AsyncClient | None = None

    @cached_property
    def api(self) -> AsyncAPI:
        return AsyncAPI(self.PROVIDER, self.client, self.schema, self.ledger)

    async def call(self, endpoint: Any, **kwargs: Any) -> object:
        """``ProviderClient.call``, awaited."""
        return await self.api.call(endpoint, **kwargs)

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """``ProviderClient.with_raw_response``, each method awaited."""
        return AsyncRawResponses(self)

    async def get(self, job: Job | str, /) -> Job:
        raise NotImplementedError

    async def wait(
        self,
        job: Job,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        webhook: bool = False,
    ) -> Job:
        """Poll until ``job`` ends (see ``mediagen.async_wait``); return it with its outputs. ``webhook``: as for
        ``ProviderClient.wait``."""
        policy = self._policy(poll_interval)

        async def get(_: str) -> Job:
            return await self._recorded_get(job)

        if webhook:
            from .webhooks import WEBHOOK_FALLBACK, async_wait_by_webhook

            policy = WEBHOOK_FALLBACK if poll_interval is None else policy
            return await async_wait_by_webhook(
                job, get, self.ledger, policy=policy, timeout=timeout, on_progress=on_progress
            )
        return await async_wait(job, get, policy=policy, timeout=timeout, on_progress=on_progress)

    async def _poll(
        self, job: Job, fetch: Callable[[Job], Plan[Job]], policy: PollPolicy, timeout: float | None
    ) -> Job:
        """``ProviderClient._poll``, awaited."""

        async def get(_: str) -> Job:
            return await adrive(self, fetch(job))

        return await async_wait(job, get, policy=policy, timeout=timeout)

    async def _recorded_get(self, job: Job) -> Job:
        job = await self.get(job)
        if self.ledger is not None:
            self.ledger.job(self.PROVIDER.name, job.id, job.status.value)
        return job

    async def download(self, job: Job, folder: str | Path) -> list[Path]:
        """``ProviderClient.download``, awaited."""
        return await asave_outputs(self._plain(), job, folder)

    def _plain(self) -> httpx.AsyncClient:
        if self._uploads is None:
            self._uploads = AsyncHTTPClient(transport=self._upload_transport, timeout=self._timeout)
        return self._uploads

    async def _put(self, session: UploadSession, payload: Payload) -> str:
        request = session.request(payload, provider=self.PROVIDER.name)
        try:
            response = await self._plain().send(request)
        except httpx.RequestError as exc:
            raise self.api._connection_error(request, exc) from _safe_cause(exc)
        return session.check(response, provider=self.PROVIDER.name)

    async def aclose(self) -> None:
        await self.client.get_async_httpx_client().aclose()
        if self._uploads is not None:
            await self._uploads.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
