"""The worker side of a contract run: schemathesis' engine in this process, every request through one gate.

``run_in_process`` loads the spec with schemathesis' Python API and runs its engine (every phase, every check).
What each operation saw is counted where it cannot be missed: every request of the run (schemathesis' generated
calls, its checks' own probes, stateful steps) leaves through ``GateAdapter``, a ``requests`` adapter on every
session the worker opens, which counts it on its operation's tally with the answer's status; the recorder of each
finished scenario gives the checks run and failed, with their failure codes.

* Against a live API the gate paces requests (``rate`` per second), stops at the request budget, and waits out a
  429's ``Retry-After`` before sending the same request again (the 429 is counted, never judged).
* Against a built-in mock it hands each request to the mock engine in this process: no socket, no server thread,
  the same code path as a live run otherwise.

The contract runner (``_contract.py``) starts one worker process per provider and reads its events from a queue.
"""

from __future__ import annotations

import io
import json
import os
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

__all__ = ["BudgetSpent", "Finding", "GateAdapter", "Tally", "run_in_process"]

KEY_ENV = "MEDIAGEN_CONTRACT_KEY"
SESSION_ENV = "MEDIAGEN_CONTRACT_SESSION"
#: Longest single wait for a 429's Retry-After, and how often one request is sent again after a 429.
MAX_RETRY_AFTER = 60.0
MAX_429_RETRIES = 3
NO_ANSWER = "no answer"
NOT_SENT = "not sent"
WAITED = "waited"


@dataclass
class Finding:
    code: str
    title: str
    message: str
    count: int = 0
    reproduce: str = ""


@dataclass
class Tally:
    """What one operation saw: requests, answers by status, checks, findings."""

    requests: int = 0
    answers: Counter[str] = field(default_factory=Counter)
    """Keyed by status code (``"200"``), ``"no answer"`` (transport error) or ``"not sent"`` (budget spent)."""
    keyed: Counter[str] = field(default_factory=Counter)
    """The answers to requests that carried the run's credentials (not schemathesis' probes without them)."""
    other_methods: int = 0
    """Requests with a method the operation's path does not have (schemathesis' probes for 405): sent, but not
    answers about this operation."""
    waited_429: int = 0
    checks_run: int = 0
    checks_failed: int = 0
    validated: int = 0
    """Answers in the documented success class whose checks all ran and passed."""
    success_answers: int = 0
    """Answers in the documented success class, checked or not."""
    transport_errors: list[str] = field(default_factory=list)
    """What went wrong where no answer came (``connection refused``), each once."""
    errors: list[str] = field(default_factory=list)
    """schemathesis' errors while testing the operation (not transport errors)."""
    findings: dict[str, Finding] = field(default_factory=dict)
    drift: Counter[str] = field(default_factory=Counter)
    """Where success answers departed from the spec (``/data/status string (enum)``): the drift report's places."""


class BudgetSpent(requests.ConnectionError):
    """The run's request budget is spent: the request was not sent."""


class GateAdapter(HTTPAdapter):
    """Every request of a run passes here: paced, counted, bounded; 429s waited out; or answered by a mock."""

    def __init__(
        self,
        *,
        rate: float | None = None,
        budget: int | None = None,
        handler: Callable[[requests.PreparedRequest], urllib3.HTTPResponse] | None = None,
        observe: Callable[[requests.PreparedRequest, requests.Response | None, str], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        share: Callable[[requests.PreparedRequest], str | None] | None = None,
        operations: int = 0,
    ) -> None:
        super().__init__()
        self.rate, self.budget, self.handler, self.sleep, self.clock = rate, budget, handler, sleep, clock
        self.observe = observe or (lambda request, response, error: None)
        self.sent = 0
        self.spent = False
        self._next = 0.0
        self._lock = threading.Lock()
        # Fair shares of a budget: each operation not yet tried keeps a reserve, so that the first operations
        # cannot spend it all (``share`` names a request's operation; ``operations`` is how many will be tried).
        self.share, self.operations = share, operations
        self.reserve = max(1, min(5, budget // (2 * operations))) if budget and operations else 0
        self.started: Counter[str] = Counter()

    def _over_share(self, request: requests.PreparedRequest) -> bool:
        if not self.reserve or self.share is None or self.budget is None:
            return False
        label = self.share(request)
        if label is None or not self.started[label]:
            return False  # an operation's first requests come out of its own reserve
        waiting = max(0, self.operations - len(self.started))
        return self.sent + waiting * self.reserve >= self.budget

    def _acquire(self, request: requests.PreparedRequest) -> None:
        with self._lock:
            if self.budget is not None and self.sent >= self.budget:
                self.spent = True
                self.observe(request, None, NOT_SENT)
                raise BudgetSpent(f"the request budget ({self.budget}) is spent", request=request)
            if self._over_share(request):
                self.observe(request, None, NOT_SENT)
                raise BudgetSpent(
                    "the rest of the request budget is kept for operations not tried yet", request=request
                )
            if self.share is not None and (label := self.share(request)) is not None:
                self.started[label] += 1
            self.sent += 1
            now = self.clock()
            slot = max(now, self._next)
            self._next = slot + (1 / self.rate if self.rate else 0.0)
        if slot > now:
            self.sleep(slot - now)

    def _hold(self, seconds: float) -> None:
        """Nothing is sent before ``seconds`` from now (a 429's Retry-After applies to the whole client)."""
        with self._lock:
            self._next = max(self._next, self.clock() + seconds)

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        waited = 0
        while True:
            self._acquire(request)
            try:
                if self.handler is not None:
                    response = self.build_response(request, self.handler(request))
                else:
                    response = super().send(request, *args, **kwargs)
            except requests.RequestException as exc:
                self.observe(request, None, _short_error(exc))
                raise
            delay = retry_after(response.headers.get("retry-after")) if response.status_code == 429 else None
            if delay is None or waited >= MAX_429_RETRIES:
                self.observe(request, response, "")
                return response
            self.observe(request, response, WAITED)
            waited += 1
            response.close()
            self._hold(delay)


def retry_after(value: str | None) -> float | None:
    """Seconds a ``Retry-After`` asks for (delay-seconds or an HTTP date), at most ``MAX_RETRY_AFTER``."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, IndexError):
            return None
    return max(0.0, min(MAX_RETRY_AFTER, seconds))


def _short_error(exc: BaseException) -> str:
    """A transport error in a few words: the innermost reason, not urllib3's nested reprs."""
    text = str(exc)
    for marker in ("Connection refused", "Name or service not known", "timed out", "Connection reset",
                   "Remote end closed", "certificate verify failed", "No route to host"):  # fmt: skip
        if marker.lower() in text.lower():
            return marker.lower()
    return text.splitlines()[0][:120] if text else type(exc).__name__


def mock_handler(engine: Any) -> Callable[[requests.PreparedRequest], urllib3.HTTPResponse]:
    """Answer a prepared request with a mock engine, in this process (its status faults apply)."""
    from ._engine import MockRequest, MockResponse

    def handle(request: requests.PreparedRequest) -> urllib3.HTTPResponse:
        url = urlsplit(request.url or "")
        body = request.body or b""
        mock_request = MockRequest(
            method=request.method or "GET",
            path=url.path,  # routed undecoded: %2F stays in its segment
            query=dict(parse_qsl(url.query, keep_blank_values=True)),
            headers={k.lower(): v if isinstance(v, str) else v.decode("latin-1") for k, v in request.headers.items()},
            body=body.encode() if isinstance(body, str) else bytes(body),  # type: ignore[arg-type]
            base_url=f"{url.scheme}://{url.netloc}",
        )
        try:
            answer = engine.handle(mock_request, engine.take_fault(mock_request, network=False))
        except Exception as exc:  # what a server does with an exception in its app: a 500, here with the reason
            answer = MockResponse(500, raw=f"the mock raised {type(exc).__name__}: {exc}".encode())
        return urllib3.HTTPResponse(
            body=io.BytesIO(answer.content()),
            headers=answer.all_headers(),
            status=answer.status,
            version=11,
            preload_content=False,
            decode_content=False,
        )

    return handle


@dataclass
class _Spec:
    """What the tally needs from the spec: each operation's documented success statuses, errors inside 200."""

    success: dict[str, set[str]]
    envelope: dict[int, int]
    routes: list[tuple[str, re.Pattern[str], str]]

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> _Spec:
        success, routes = {}, []
        for path, item in spec.get("paths", {}).items():
            for method, op in item.items():
                if not isinstance(op, dict) or "responses" not in op:
                    continue
                codes = {str(c).upper() for c in op["responses"] if str(c)[:1] in "23"}
                label = f"{method.upper()} {path}"
                success[label] = codes or {"2XX"}
                pattern = re.escape(path).replace(r"\{", "{").replace(r"\}", "}")
                routes.append((method.upper(), re.compile(re.sub(r"{[^}/]+}", "[^/]+", pattern) + "/?"), label))
        # A literal segment wins over a template one (``/jobs/batch`` before ``/jobs/{id}``).
        routes.sort(key=lambda route: route[2].count("{"))
        envelope = {int(code): int(e["status"]) for code, e in spec.get("x-envelope-errors", {}).items()}
        return cls(success, envelope, routes)

    def label_of(self, method: str, path: str) -> tuple[str, bool]:
        """The operation a request went to, and whether it used the operation's own method (schemathesis' probes
        for 405 use others: they count for the path's first operation)."""
        on_path = [(m, label) for m, pattern, label in self.routes if pattern.fullmatch(path)]
        for route_method, label in on_path:
            if route_method == method:
                return label, True
        return (on_path[0][1], False) if on_path else ("(a path no operation has)", True)

    def status(self, response: Any) -> str:
        """The status an answer means: an error code inside a 200 envelope counts as the status it stands for."""
        status = int(response.status_code)
        if self.envelope and 200 <= status < 300:
            try:
                body = json.loads(response.content or b"null")
            except ValueError:
                body = None
            if isinstance(body, dict) and isinstance(body.get("code"), int) and body["code"] != 0:
                return str(self.envelope.get(body["code"], 400))
        return str(status)

    def is_success(self, label: str, status: str) -> bool:
        documented = self.success.get(label, {"2XX"})
        return status in documented or f"{status[:1]}XX" in documented


Emit = Callable[[dict[str, Any]], None]


def run_in_process(
    *,
    spec: dict[str, Any],
    config_toml: str,
    base_url: str,
    api_key: str,
    session: str | None,
    engine: Any | None,
    rate: float | None,
    budget: int | None,
    emit: Emit,
    operations: Collection[str] = (),
) -> dict[str, Any]:
    """Run schemathesis against ``base_url`` (or ``engine``, in this process); return the tallies and the run's facts.

    ``operations`` are the labels of the operations the run selected: each keeps a fair share of the budget.
    ``emit`` receives progress events: ``{"event": "phase", "phase": ...}``, ``{"event": "operation", ...}``,
    ``{"event": "cases", "cases": n}`` (generated so far), ``{"event": "requests", "sent": n}``.
    """
    os.environ[KEY_ENV] = api_key
    if session is not None:
        os.environ[SESSION_ENV] = session
    import schemathesis
    from schemathesis.config import SchemathesisConfig
    from schemathesis.engine import events, from_schema

    from . import _st_checks  # noqa: F401  (registers the envelope and x402 checks)

    facts = _Spec.of(spec)
    prefix = urlsplit(base_url).path.rstrip("/")
    selected = set(operations)

    def route(request: requests.PreparedRequest) -> tuple[str, bool]:
        path = urlsplit(request.url or "").path
        return facts.label_of(request.method or "GET", path[len(prefix) :] if prefix else path)

    def share(request: requests.PreparedRequest) -> str | None:
        """The selected operation a request spends the budget of (a probe with another method: its path's)."""
        label, own_method = route(request)
        if own_method or label in selected:
            return label if label in selected else None
        path = label.partition(" ")[2]
        return next((other for other in sorted(selected) if other.partition(" ")[2] == path), None)

    gate = GateAdapter(
        rate=rate,
        budget=budget,
        handler=mock_handler(engine) if engine is not None else None,
        share=share,
        operations=len(selected),
    )
    # Every session this worker makes (schemathesis' own, and the fresh ones its auth probes open) sends through
    # the gate: requests mounts ``requests.sessions.HTTPAdapter()`` on each new session. The worker is a process of
    # its own, made for this run, so nothing else sees the swap.
    setattr(requests.sessions, "HTTPAdapter", lambda: gate)  # noqa: B010
    tallies: dict[str, Tally] = {}
    run_errors: list[str] = []
    last_progress = 0.0

    def tally(label: str) -> Tally:
        return tallies.setdefault(label, Tally())

    drift, operation_ids = _drift_report(spec)

    secrets = [api_key, session or ""]

    def observe(request: requests.PreparedRequest, response: requests.Response | None, error: str) -> None:
        nonlocal last_progress
        label, own_method = route(request)
        entry = tally(label)
        if error == NOT_SENT:
            entry.answers[NOT_SENT] += 1
            return
        # Every request sent counts; answers are those of the operation's own method (a waited-out 429 is not one)
        entry.requests += 1
        entry.waited_429 += error == WAITED
        if not own_method:
            entry.other_methods += 1
        elif error == WAITED:
            return
        elif response is None:
            entry.answers[NO_ANSWER] += 1
            if error not in entry.transport_errors:
                entry.transport_errors.append(error)
        else:
            status = facts.status(response)
            entry.answers[status] += 1
            success = facts.is_success(label, status)
            entry.success_answers += success
            if success and label in operation_ids:
                _observe_drift(drift, operation_ids[label], response, entry)
            if any(secret in value for value in request.headers.values() for secret in secrets if secret):
                entry.keyed[status] += 1
        now = time.monotonic()
        if now - last_progress > 0.25:
            last_progress = now
            emit({"event": "requests", "sent": gate.sent})

    gate.observe = observe
    config = SchemathesisConfig.from_str(config_toml)
    schema = schemathesis.openapi.from_dict(spec, config=config)
    schema.config.base_url = base_url

    stream = from_schema(schema).execute()
    stop_reason = "completed"
    cases = 0
    for event in stream:
        if isinstance(event, events.PhaseStarted) and event.phase.is_enabled:
            emit({"event": "phase", "phase": str(event.phase.name.value)})
        elif isinstance(event, events.ScenarioStarted):
            emit({"event": "operation", "phase": str(event.phase.value), "label": event.label or ""})
        elif isinstance(event, events.ScenarioFinished):
            _tally_checks(event.recorder, facts, tally)
            cases += len(event.recorder.cases)
            emit({"event": "cases", "cases": cases})
        elif isinstance(event, events.NonFatalError) and not event.info.title.startswith("Network Error"):
            # (A network error is the gate's to count: a request without an answer.)
            message = f"{event.info.title}: {event.info.message}".strip()
            (tally(event.label).errors if event.label in facts.success else run_errors).append(message)
        elif isinstance(event, events.FatalError):
            run_errors.append(f"{type(event.exception).__name__}: {event.exception}")
        if gate.spent and stop_reason == "completed":
            stop_reason = f"the request budget ({gate.budget}) was spent"
            stream.stop()
    emit({"event": "requests", "sent": gate.sent})
    return {"tallies": tallies, "errors": run_errors, "sent": gate.sent, "stop_reason": stop_reason}


def _drift_report(spec: Mapping[str, Any]) -> tuple[Any, dict[str, str]]:
    """The drift report of a run (the same one clients keep), and each operation's label → operationId."""
    import logging

    from .._drift import DriftReport
    from .._schema import SpecSchema

    quiet = logging.getLogger("mediagen.drift")  # listed on the operations' rows, not logged by the worker
    quiet.propagate, quiet.handlers = False, [logging.NullHandler()]
    ids = {
        f"{method.upper()} {path}": op["operationId"]
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items()
        if isinstance(op, Mapping) and "operationId" in op
    }
    return DriftReport(SpecSchema(spec), "contract"), ids


def _observe_drift(report: Any, operation: str, response: requests.Response, entry: Tally) -> None:
    from .._json import MalformedBodyError, loads

    try:
        body = loads(response.content) if response.content else None
        found = report.observe(operation, response.status_code, body)
    except (MalformedBodyError, KeyError, ValueError):
        return
    for departure in found:
        entry.drift[f"{departure.pointer or '/'} {departure.json_type} ({departure.keyword})"] += 1


def _tally_checks(recorder: Any, facts: _Spec, tally: Callable[[str], Tally]) -> None:
    """Checks run and failed per operation, failures by code, and which success answers passed every check."""
    from schemathesis.engine import Status

    for case_id, checks in recorder.checks.items():
        node = recorder.cases.get(case_id)
        if node is None:
            continue
        label = node.value.operation.label
        entry = tally(label)
        failed = False
        for check in checks:
            entry.checks_run += 1
            if check.status != Status.FAILURE or check.failure_info is None:
                continue
            failed = True
            entry.checks_failed += 1
            failure = check.failure_info.failure
            message = (failure.message or "").strip()
            title = failure.title
            if title.startswith("Custom check failed"):  # our own checks: their message says what went wrong
                title = f"{check.name}: {message.splitlines()[0] if message else 'failed'}"
            finding = entry.findings.setdefault(
                f"{failure.code} {title}",
                Finding(failure.code, title, message, reproduce=check.failure_info.code_sample),
            )
            finding.count += 1
        interaction = recorder.interactions.get(case_id)
        response = interaction.response if interaction is not None else None
        if checks and not failed and response is not None and facts.is_success(label, facts.status(response)):
            entry.validated += 1
