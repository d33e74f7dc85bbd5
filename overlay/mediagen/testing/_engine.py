"""The mock engine shared by every provider: routing from the spec, exact validation, faults and a call log.

Sans-IO like respx's router: ``handle(MockRequest) -> MockResponse``; ``_asgi.py`` adapts it to httpx and ASGI.
A provider (``testing/providers/<name>.py``, a ``MockProvider``) adds its state and one handler per operationId.
"""

from __future__ import annotations

import hashlib
from collections import Counter, deque
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar
from urllib.parse import unquote

from .._json import loads
from .._provider import key_in
from .._schema import Problem, SpecSchema
from ._clock import MockClock, RealClock
from ._departures import KINDS, Kind, depart
from ._messages import Call, Fault, MockRequest, MockResponse

if TYPE_CHECKING:
    from ._asgi import MockASGIApp, MockTransport

__all__ = [
    "Call",
    "Fault",
    "Handler",
    "MockContractError",
    "MockEngine",
    "MockProvider",
    "MockRequest",
    "MockResponse",
    "example_values",
]


Handler = Callable[[MockRequest], MockResponse]
"""One operation's handler."""
Failure = TypeVar("Failure")
"""How a provider's job is made to fail (``fail_next_job``): an error message, a category, an end state."""

#: The header a replayed answer carries (the mock's; providers rarely document one).
REPLAYED_HEADER = "idempotent-replayed"


def example_values(node: Any, names: set[str]) -> set[Any]:
    """Every value the spec's examples give a field named in ``names`` (lists flattened): the resources a mock
    seeds so that the documented examples run as printed (stripe-mock's fixtures)."""
    found: set[Any] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key in names:
                found |= {v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str | int)}
            else:
                found |= example_values(value, names)
    elif isinstance(node, list):
        for value in node:
            found |= example_values(value, names)
    return found


ClientT = TypeVar("ClientT")


class MockContractError(AssertionError):
    """The mock itself answered outside the spec: a bug in the mock, never hidden."""


class MockProvider(Generic[Failure]):
    """One provider's mock: its state, one handler per operationId (``handlers``) and its error envelope
    (``error``). The engine makes it, passing itself (``engine.clock`` and ``engine.schema`` are there from the first
    line of ``__init__``), and calls every hook below directly; those a provider does not override keep the defaults
    documented here. A subclass sets ``name``, ``package`` and ``api_key`` and calls ``reset()`` once its state exists.
    """

    name: ClassVar[str]
    """The provider's name (``mediagen.providers.NAMES``)."""
    package: ClassVar[str]
    """Its generated package, whose spec the engine routes and validates by."""
    api_key: str
    """A key the mock accepts (an ordinary account)."""
    concurrency: int | None = None
    """Requests in flight allowed per ``key_of`` (async adapters only); past it, a 429. None: no limit."""
    idempotency: tuple[str, str] | None = None
    """(header, body field) of the idempotency key the provider honours (Stripe's replay); None: it honours none."""

    def __init__(self, engine: MockEngine) -> None:
        self.engine = engine
        self.job_failures: deque[Failure] = deque()
        """How each next job created fails (``fail_next_job``), first in first out."""

    # -- what every provider supplies -----------------------------------------------------------------------------
    def handlers(self) -> Mapping[str, Handler]:
        """operationId → handler, one for every operation of the spec."""
        raise NotImplementedError

    def error(self, status: int, code: str, message: str) -> MockResponse:
        """The provider's error envelope (refusals, unknown routes, injected faults)."""
        raise NotImplementedError

    def contract_key(self) -> str:
        """A new key allowed to call every operation, for contract runs (e.g. with a subscription)."""
        raise NotImplementedError

    def contract_session(self) -> str | None:
        """A browser session (its cookie's value) for contract runs of session-authenticated operations; None: the
        provider has no such operations."""
        return None

    # -- hooks with defaults ----------------------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget every job and file (the engine's ``reset``); a subclass extends it. Default: no job will fail."""
        self.job_failures.clear()

    def authenticate(self, request: MockRequest) -> MockResponse | None:
        """The refusal of a request's credentials, or None to handle it. Default: every request is let in."""
        return None

    def control(self, request: MockRequest) -> MockResponse | None:
        """A provider's own ``/__mock__/...`` route (served files, uploads), or None. Default: none."""
        return None

    def key_of(self, request: MockRequest) -> str | None:
        """The caller's API key, read as the spec's security schemes say (``_provider.key_in``); None without one.
        ``concurrency`` is counted per key."""
        return key_in(self.engine.schema.spec, request.header)

    def account_of(self, request: MockRequest) -> str:
        """The account an idempotency key belongs to (keys are scoped per account). Default: one account."""
        return ""

    def tick(self) -> None:
        """Called after every request (webhooks and callbacks go out as jobs end). Default: nothing."""

    # -- test controls ----------------------------------------------------------------------------------------------
    def fail_next_job(self, failure: Failure, *, times: int = 1) -> None:
        """The next ``times`` jobs created fail with ``failure`` (its type is the provider's: a message, a category)."""
        self.job_failures.extend([failure] * times)

    def next_job_failure(self) -> Failure | None:
        """How the job being created fails (taken from ``fail_next_job``), or None: it succeeds."""
        return self.job_failures.popleft() if self.job_failures else None


class MockEngine:
    """A stateful mock of one provider."""

    __test__ = False

    def __init__(
        self,
        provider: type[MockProvider[Any]],
        *,
        options: Mapping[str, Any] | None = None,
        clock: MockClock | RealClock | None = None,
        validate_responses: bool = True,
        keep_calls: bool = True,
        latency: float = 0.0,
        strict: bool = False,
    ) -> None:
        """Make the mock of ``provider`` (its class; ``options`` go to its constructor) on this engine."""
        self.latency = latency
        """Seconds an async adapter holds each request before answering, so concurrency can be seen (and limited)."""
        self.in_flight: Counter[str | None] = Counter()
        self.peak_in_flight = 0
        self.keep_calls = keep_calls
        """Keep every request and response in ``calls`` (off for long runs: ``counts`` is always kept)."""
        self.counts: Counter[str | None] = Counter()
        """Requests answered, per operationId (None: control routes and unknown paths)."""
        self.clock = clock or MockClock()
        self.schema = SpecSchema.of(provider.package, strict=strict)
        """Refuses what the document states; ``strict`` adds the constraints the spec assumed (``x-assumed``)."""
        self.departures: deque[tuple[str | None, Kind]] = deque()
        """Success answers to make depart from the spec (``depart_next``)."""
        self.validate_responses = validate_responses
        self.calls: list[Call] = []
        self.faults: deque[Fault] = deque()
        self.idempotency: dict[tuple[str, str, str], tuple[str, MockResponse]] = {}
        """(account, operation, key) → (body digest, the stored success)."""
        self.replays = 0
        self.provider: MockProvider[Any] = provider(self, **(options or {}))
        self._handlers = dict(self.provider.handlers())
        missing = set(self.schema.operations) - set(self._handlers)
        if missing:
            raise MockContractError(f"{provider.name} mock has no handler for {sorted(missing)}")

    def transport(self) -> MockTransport:
        """An httpx transport (sync and async) answering from this mock."""
        from ._asgi import MockTransport

        return MockTransport(self)

    def client(self, cls: Callable[..., ClientT], **options: Any) -> ClientT:
        """A client of ``cls`` (e.g. ``seele.Seele``, ``seele.AsyncSeele``) on this mock: its key, its transport."""
        return cls(self.provider.api_key, transport=self.transport(), **options)

    def asgi_app(self) -> MockASGIApp:
        """An ASGI app answering from this mock (for schemathesis and uvicorn)."""
        from ._asgi import MockASGIApp

        return MockASGIApp(self)

    # -- test controls ------------------------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget every job, file, call and fault (moto's ``reset``)."""
        self.calls.clear()
        self.counts.clear()
        self.faults.clear()
        self.idempotency.clear()
        self.replays = 0
        self.provider.reset()

    def fail_next(
        self,
        status: int,
        *,
        times: int = 1,
        operation: str | None = None,
        retry_after: float | None = None,
        code: str | None = None,
        message: str | None = None,
        undocumented: bool = False,
        after: bool = False,
        when: Callable[[MockRequest], bool] | None = None,
    ) -> None:
        """Answer the next ``times`` matching requests with ``status`` in the provider's error envelope.

        With ``operation`` the status must be one the spec documents for it, unless ``undocumented`` says the test
        means to show how a client copes with an answer the document never promised (a 429 from a proxy, say).
        With ``after`` the request is handled first (a job created, a charge made) and the error answered instead.
        """
        if operation is not None and not undocumented:
            documented = self.schema.operations[operation].raw.get("responses", {})
            if str(status) not in documented:
                raise ValueError(f"{operation} documents no {status}; pass undocumented=True to inject it anyway")
        for _ in range(times):
            self.faults.append(Fault(operation, status, None, retry_after, code, message, after, when))

    def depart_next(self, kind: Kind, *, operation: str | None = None, times: int = 1) -> None:
        """Make the next ``times`` success answers (of ``operation``) depart from the spec the way a live API may:
        ``unknown_status``, ``undocumented_2xx``, ``extra_fields`` or ``missing_optional`` (see ``_departures``)."""
        if kind not in KINDS:
            raise ValueError(f"unknown departure {kind!r}; known: {', '.join(KINDS)}")
        self.departures.extend([(operation, kind)] * times)

    def drop_next(
        self, when: Literal["connect", "before", "after"], *, times: int = 1, operation: str | None = None
    ) -> None:
        """Drop the connection: ``connect`` (nothing sent), ``before`` or ``after`` the mock handled the request."""
        for _ in range(times):
            self.faults.append(Fault(operation, drop=when))

    def calls_to(self, operation: str) -> list[Call]:
        return [c for c in self.calls if c.operation == operation]

    # -- concurrency (async adapters) ---------------------------------------------------------------------------
    async def handle_async(self, request: MockRequest, fault: Fault | None = None) -> MockResponse:
        """``handle`` with the provider's per-key limit on requests in flight (``concurrency``), and ``latency``."""
        import asyncio

        limit = self.provider.concurrency
        key = self.provider.key_of(request)
        self.in_flight[key] += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight[key])
        try:
            if limit is not None and self.in_flight[key] > limit:
                response = self.provider.error(429, "TOO_MANY_REQUESTS", f"more than {limit} concurrent requests")
                self.counts["429"] += 1
                return response
            if self.latency:
                await asyncio.sleep(self.latency)
            return self.handle(request, fault)
        finally:
            self.in_flight[key] -= 1

    # -- the handler --------------------------------------------------------------------------------------------
    def take_fault(self, request: MockRequest, *, network: bool = True) -> Fault | None:
        """The next fault for this request; ``network=False`` (ASGI, no socket to drop) leaves drops queued."""
        match = self.schema.match(request.method, request.path)
        operation = match[0].operation_id if match else None
        for fault in self.faults:
            matches = fault.when is None or bool(fault.when(request))
            if fault.operation in (None, operation) and (network or fault.drop is None) and matches:
                self.faults.remove(fault)
                return fault
        return None

    def handle(self, request: MockRequest, fault: Fault | None = None) -> MockResponse:
        match = self.schema.match(request.method, request.path)
        operation = match[0].operation_id if match else None
        response = self._answer(request, fault)
        departed = None
        for i, (only, kind) in enumerate(self.departures):
            if operation is not None and only in (None, operation):
                if (departed := depart(self.schema, operation, kind, response)) is not None:
                    del self.departures[i]
                    response = departed
                    break
        checked = self.validate_responses and departed is None  # a departure is off the spec on purpose
        if checked and match and response.raw is None and not (fault and fault.status):
            problems = self.schema.response_problems(match[0].operation_id, response.status, response.body)
            if problems:
                raise MockContractError(f"{self.provider.name} mock broke its spec: {problems[0]}")
        self.counts[operation] += 1
        if self.keep_calls:
            self.calls.append(Call(operation, request, response))
        if self.clock.tick:
            self.clock.advance(self.clock.tick)
        self.provider.tick()
        return response

    def _answer(self, request: MockRequest, fault: Fault | None) -> MockResponse:
        if fault is not None and fault.status is not None:
            if fault.after:
                self._answer(request, None)  # handled and committed; the answer is lost
            response = self.provider.error(fault.status, fault.code or "MOCK_FAULT", fault.message or "injected fault")
            if fault.retry_after is not None:
                response.headers["retry-after"] = f"{fault.retry_after:g}"
            return response
        if request.path.startswith("/__mock__/"):
            return self._control(request)
        match = self.schema.match(request.method, request.path)
        if match is None:
            allowed = sorted(op.method for op in self.schema.operations.values() if op.pattern.match(request.path))
            if allowed:
                response = self.provider.error(405, "METHOD_NOT_ALLOWED", f"{request.method} is not allowed here")
                response.headers["allow"] = ", ".join(allowed)
                return response
            return self.provider.error(404, "NOT_FOUND", f"no route {request.method} {request.path}")
        op, raw_params = match
        request.path_params = {name: unquote(value) for name, value in raw_params.items()}
        denied = self.provider.authenticate(request)
        if denied is not None:
            return denied
        problems = self._request_problems(op.operation_id, request)
        if problems:
            return self.provider.error(400, "INVALID_REQUEST", "; ".join(map(str, problems[:3])))
        return self._idempotent(op.operation_id, request)

    # -- idempotency replay (Stripe's semantics) ------------------------------------------------------------------
    def _idempotent(self, operation: str, request: MockRequest) -> MockResponse:
        """Run the handler once per idempotency key: the same key and body answer the stored success again (no
        second job, no second charge); the same key with another body is refused 409. Failures are not stored, so
        a request that did nothing can be sent again with its key (a 402 paid on the next try, say)."""
        handler = self._handlers[operation]
        if self.provider.idempotency is None or request.method in ("GET", "HEAD", "OPTIONS"):
            return handler(request)
        header, field_name = self.provider.idempotency
        in_body = request.json.get(field_name) if isinstance(request.json, dict) else None
        key = request.header(header)
        if key is not None and in_body is not None and key != in_body:
            return self.provider.error(400, "IDEMPOTENCY_KEY_MISMATCH", f"{header} and body.{field_name} differ")
        key = key or in_body
        if key is None:
            return handler(request)
        scope = self.provider.account_of(request)
        slot = (scope, operation, key)
        digest = hashlib.sha256(request.body).hexdigest()
        stored = self.idempotency.get(slot)
        if stored is not None:
            if stored[0] != digest:
                return self.provider.error(409, "IDEMPOTENCY_CONFLICT", f"{header} {key!r} was used with another body")
            self.replays += 1
            replay = stored[1]
            return MockResponse(replay.status, replay.body, {**replay.headers, REPLAYED_HEADER: "true"}, replay.raw)
        response = handler(request)
        if 200 <= response.status < 300:
            self.idempotency[slot] = (digest, response)
        return response

    def _request_problems(self, operation: str, request: MockRequest) -> list[Problem]:
        problems = self.schema.param_problems(operation, "path", request.path_params)
        problems += self.schema.param_problems(operation, "query", request.query)
        # Undeclared query parameters are refused where the operation can say 400, ignored (as most servers do)
        # where it cannot: the mock never answers a status its spec does not list.
        if "400" in self.schema.operations[operation].raw.get("responses", {}):
            known = self.schema.param_names(operation, "query")
            problems += [
                Problem(f"query.{k}", "parameters", "is not a documented parameter")
                for k in request.query
                if k not in known
            ]
        problems += self.schema.param_problems(operation, "header", request.headers)
        op = self.schema.operations[operation]
        if self.schema.body_pointer(op) is None:
            raw_type = self.schema.body_media_type(op)
            if raw_type is not None:  # a binary body: its declared type, and present when required
                ctype = (request.header("content-type") or "").split(";")[0].strip()
                if request.body and ctype != raw_type:
                    problems.append(Problem("body", "content-type", f"must be {raw_type}, not {ctype!r}"))
                elif not request.body and self.schema.resolve(op.raw["requestBody"]).get("required"):
                    problems.append(Problem("body", "required", "a body is required"))
            return problems
        if request.body:
            ctype = (request.header("content-type") or "").split(";")[0].strip()
            if ctype != "application/json":
                return [*problems, Problem("body", "content-type", f"must be application/json, not {ctype!r}")]
            try:
                request.json = loads(request.body)  # bounded: a hostile body is a 400, never a crash
            except ValueError as exc:
                return [*problems, Problem("body", "json", f"is not valid JSON ({exc})")]
        # A body of JSON null is a body (checked against the schema), not the absence of one.
        return problems + self.schema.body_problems(operation, request.json, present=bool(request.body))

    def _control(self, request: MockRequest) -> MockResponse:
        if request.path == "/__mock__/reset" and request.method == "POST":
            self.reset()
            return MockResponse(204)
        if request.path == "/__mock__/advance" and request.method == "POST":
            self.clock.advance(float(request.query.get("seconds", "0")))
            return MockResponse(200, {"now": self.clock.now()})
        answer = self.provider.control(request)
        return answer if answer is not None else MockResponse(404, raw=b"no such mock control route")
