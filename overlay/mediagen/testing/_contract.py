"""Contract runs: schemathesis, all checks and phases (stateful included), against a mock or a live API, with a
verdict per operation taken from what the run really saw.

An operation **passes** only when at least one answer in its documented success class came back and passed every
check. One with a finding **fails**, its findings on its row. One that only ever saw 401/403/404/429/5xx, transport
errors or nothing at all was **not exercised**, with the reason in words, and fails the run unless untested
operations are allowed. Live runs leave out operations marked ``x-billable: true`` unless billable calls are allowed,
and are paced and bounded (``_contract_config.live_limits``).

Each provider runs in a worker process of its own (``_contract_engine.run_in_process``: schemathesis' engine with
the mock in the same process, no server), so providers run side by side and schemathesis' global state stays out
of the caller.
"""

from __future__ import annotations

import multiprocessing
import queue as queue_module
import re
import resource
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .._schema import SpecSchema
from ._contract_config import build_config, live_limits, out_of_reach, without_discriminators
from ._contract_engine import NO_ANSWER, NOT_SENT, Finding, Tally

__all__ = ["ContractJob", "ContractResult", "OperationReport", "run_contract", "run_contracts"]

#: Exit codes of ``mediagen contract``.
EXIT_PASSED, EXIT_FINDING, EXIT_USAGE, EXIT_ERROR = 0, 1, 2, 3
#: Providers by how long their run takes, longest first: started first, they finish together.
WEIGHT = {"killatamata": 5, "fusara": 4, "seisoai": 3, "mediaio": 2, "seele": 1}


@dataclass
class OperationReport:
    label: str
    billable: bool
    selected: bool
    verdict: str = "not exercised"
    """``pass``, ``FAIL``, ``not exercised``, ``out of reach`` (no contract run can: the reason says why) or
    ``skipped`` (billable, in a live run without ``--allow-billable``)."""
    reason: str = ""
    requests: int = 0
    answers: dict[str, int] = field(default_factory=dict)
    keyed: dict[str, int] = field(default_factory=dict)
    """The answers to requests that carried the run's credentials."""
    waited_429: int = 0
    other_methods: int = 0
    checks_run: int = 0
    checks_failed: int = 0
    validated: int = 0
    success_answers: int = 0
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    transport_errors: list[str] = field(default_factory=list)
    drift: dict[str, int] = field(default_factory=dict)
    """Where its success answers departed from the spec, and how often (the drift report's places)."""

    @property
    def failures(self) -> list[str]:
        """``"ST108 Response violates schema"``, one per finding."""
        return [f"{f.code} {f.title}" for f in self.findings]


@dataclass
class ContractResult:
    provider: str
    target: str
    seconds: float
    operations: list[OperationReport]
    cpu_seconds: float = 0.0
    requests_sent: int = 0
    rate: float | None = None
    budget: int | None = None
    limits_source: str = ""
    stop_reason: str = "completed"
    errors: list[str] = field(default_factory=list)
    allow_untested: bool = False

    @property
    def exit_code(self) -> int:
        if self.errors:
            return EXIT_ERROR
        verdicts = {op.verdict for op in self.operations}
        if "FAIL" in verdicts or ("not exercised" in verdicts and not self.allow_untested):
            return EXIT_FINDING
        return EXIT_PASSED

    @property
    def ok(self) -> bool:
        return self.exit_code == EXIT_PASSED

    def count(self, verdict: str) -> int:
        return sum(op.verdict == verdict for op in self.operations)

    def not_passed(self) -> list[tuple[str, str, str]]:
        """(operation, verdict, why) of every operation that did not pass; run errors as ``(run)`` rows."""
        rows = [(op.label, op.verdict, op.reason) for op in self.operations if op.verdict != "pass"]
        return rows + [("(run)", "error", error) for error in self.errors]


@dataclass
class ContractJob:
    """One provider's run, as handed to its worker process (picklable)."""

    provider: str
    base_url: str | None = None
    api_key: str | None = None
    allow_billable: bool = False
    allow_untested: bool = False
    max_examples: int = 25
    seed: int | None = 1
    parameters: dict[str, str] = field(default_factory=dict)
    rate: float | None = None
    """Requests per second of a live run (None: from the spec, or the default)."""
    max_requests: int | None = None
    """Request budget of a live run (None: from the spec, or the default)."""


Progress = Callable[[str, dict[str, Any]], None]


def run_contract(provider: str, *, on_progress: Progress | None = None, **options: Any) -> ContractResult:
    """Run schemathesis for one provider: against its built-in mock, or ``base_url`` with ``api_key``.

    ``parameters`` pins named parameters (e.g. ``{"job_id": "job_123"}``): a read-only live run has no way to
    create a job, so its status operation needs the id of one that exists.
    """
    [result] = run_contracts([ContractJob(provider, **options)], workers=1, on_progress=on_progress)
    return result


def run_contracts(
    jobs: list[ContractJob], *, workers: int = 2, on_progress: Progress | None = None
) -> Iterator[ContractResult]:
    """Run each job in a worker process, ``workers`` at a time (longest first); yield each result as it is done.

    ``on_progress(provider, event)`` gets the workers' progress events (see ``run_in_process``)."""
    from . import MOCKS

    if len({job.provider for job in jobs}) != len(jobs):
        raise ValueError("each provider once per run")
    for job in jobs:
        if job.provider not in MOCKS:
            raise ValueError(f"unknown provider {job.provider!r}; known: {', '.join(sorted(MOCKS))}")
        if job.base_url is not None and not job.api_key:
            raise ValueError(f"a live contract run needs an API key for {job.provider}")
    # A fork server (no fork of a threaded caller: pytest, a served mock) that imports schemathesis and the mocks
    # once; each worker is forked from it ready to run.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["mediagen.testing._contract_worker"])
    events: Any = context.Queue()
    waiting = sorted(jobs, key=lambda job: -WEIGHT.get(job.provider, 0))
    running: dict[str, tuple[Any, ContractJob, float]] = {}
    try:
        while waiting or running:
            while waiting and len(running) < max(1, workers):
                job = waiting.pop(0)
                process = context.Process(target=_worker, args=(job, events), name=f"mediagen-contract-{job.provider}")
                try:
                    process.start()
                except (OSError, EOFError) as exc:  # e.g. the fork server died importing a broken checkout
                    yield _crashed(job, time.perf_counter(), f"the worker process did not start ({exc!r})")
                    continue
                running[job.provider] = (process, job, time.perf_counter())
            try:
                provider, event = events.get(timeout=0.5)
            except queue_module.Empty:
                for provider, (process, job, started) in list(running.items()):
                    if not process.is_alive():  # died without a word (killed, out of memory)
                        del running[provider]
                        yield _crashed(job, started, f"the worker process ended with exit code {process.exitcode}")
                continue
            if event.get("event") == "done":
                process, job, _ = running.pop(provider)
                process.join()
                yield event["result"]
            elif on_progress is not None:
                on_progress(provider, event)
    finally:
        for process, _, _ in running.values():
            process.terminate()
            process.join()


def _crashed(job: ContractJob, started: float, message: str) -> ContractResult:
    return ContractResult(job.provider, job.base_url or "mock", time.perf_counter() - started, [], errors=[message])


def _worker(job: ContractJob, events: Any) -> None:
    """A worker process: one provider's run; progress and then the result go to ``events``."""
    started = time.perf_counter()
    try:
        result = _run(job, lambda event: events.put((job.provider, event)))
    except Exception as exc:  # reported as the run's error (exit 3), never lost in a worker's traceback
        result = _crashed(job, started, f"{type(exc).__name__}: {exc}")
    usage = resource.getrusage(resource.RUSAGE_SELF)
    result.cpu_seconds = usage.ru_utime + usage.ru_stime
    events.put((job.provider, {"event": "done", "result": result}))


def _run(job: ContractJob, emit: Callable[[dict[str, Any]], None]) -> ContractResult:
    from . import MOCKS, mock
    from ._clock import MockClock
    from ._contract_engine import run_in_process

    started = time.perf_counter()
    schema = SpecSchema.of(MOCKS[job.provider].package)
    live = job.base_url is not None
    billable = not live or job.allow_billable
    engine = session = None
    rate = budget = None
    source = ""
    if live:
        assert job.base_url is not None and job.api_key is not None
        base_url, key = job.base_url, job.api_key
        default_rate, default_budget, source = live_limits(schema.spec)
        rate = job.rate if job.rate is not None else default_rate
        budget = job.max_requests if job.max_requests is not None else default_budget
        given = [flag for flag, value in (("--rate", job.rate), ("--max-requests", job.max_requests)) if value]
        if given:
            source = " and ".join(given) + (f"; otherwise {source}" if len(given) == 1 else "")
    else:
        # Every request moves the mock's clock a little, so jobs created during the run finish during it.
        engine = mock(job.provider, clock=MockClock(tick=5.0))
        key = engine.provider.contract_key()
        session = engine.provider.contract_session()
        base_url = f"http://{job.provider}.mock.invalid"  # never resolved: the gate hands requests to the engine
    config = build_config(
        schema,
        allow_billable=billable,
        max_examples=job.max_examples,
        parameters=job.parameters,
        seed=job.seed,
        live=live,
        session=session is not None,
    )
    emit({"event": "start", "operations": sum(billable or not op.billable for op in schema.operations.values())})
    outcome = run_in_process(
        spec=without_discriminators(schema.spec),
        config_toml=config,
        base_url=base_url,
        api_key=key,
        session=session,
        engine=engine,
        rate=rate,
        budget=budget,
        emit=emit,
        operations=[f"{op.method} {op.path}" for op in schema.operations.values() if billable or not op.billable],
    )
    operations = [
        judge(
            OperationReport(f"{op.method} {op.path}", op.billable, billable or not op.billable),
            outcome["tallies"].get(f"{op.method} {op.path}", Tally()),
            path_params=re.findall(r"{([^}/]+)}", op.path),
            stop_reason=outcome["stop_reason"],
            target=base_url if live else "the mock",
            unreachable=out_of_reach(job.provider, op, live=live),
            session_only=session is None and _needs_session(schema.spec, op.raw),
        )
        for op in schema.operations.values()
    ]
    return ContractResult(
        job.provider,
        job.base_url or "mock",
        time.perf_counter() - started,
        operations,
        requests_sent=outcome["sent"],
        rate=rate,
        budget=budget,
        limits_source=source,
        stop_reason=outcome["stop_reason"],
        errors=outcome["errors"],
        allow_untested=job.allow_untested,
    )


def judge(
    op: OperationReport,
    tally: Tally,
    *,
    path_params: list[str],
    stop_reason: str,
    target: str,
    unreachable: str | None = None,
    session_only: bool = False,
) -> OperationReport:
    """The operation's verdict from its tally: findings fail it; a validated answer in its documented success
    class passes it; otherwise it was not exercised, and the reason says what it saw instead (or it is out of
    reach of any contract run, ``unreachable`` says why)."""
    op.requests, op.answers, op.waited_429 = tally.requests, dict(tally.answers), tally.waited_429
    op.other_methods, op.success_answers, op.keyed = tally.other_methods, tally.success_answers, dict(tally.keyed)
    op.checks_run, op.checks_failed, op.validated = tally.checks_run, tally.checks_failed, tally.validated
    op.findings, op.errors = sorted(tally.findings.values(), key=lambda f: f.code), list(tally.errors)
    op.transport_errors = list(tally.transport_errors)
    op.drift = dict(tally.drift)
    if not op.selected:
        op.verdict, op.reason = "skipped", "billable: called only with --allow-billable"
    elif op.findings or op.errors:
        op.verdict = "FAIL"
        found = [f"{f.code} {f.title}" + (f" ×{f.count}" if f.count > 1 else "") for f in op.findings]
        op.reason = "; ".join(found + [f"error: {e}" for e in op.errors])
        if not op.success_answers:  # and that it was never exercised besides
            op.reason += f"; not exercised either: {_why_untested(op, path_params, stop_reason, target, session_only)}"
    elif op.validated:
        op.verdict, op.reason = "pass", f"{op.validated} answers validated"
    elif unreachable:
        op.verdict, op.reason = "out of reach", unreachable
    else:
        op.verdict, op.reason = "not exercised", _why_untested(op, path_params, stop_reason, target, session_only)
    if op.drift:  # what a live API does that its spec does not say: time to check the document and regenerate
        places = sorted(op.drift.items(), key=lambda item: -item[1])
        op.reason += "; drift: " + ", ".join(f"{place} ×{count}" for place, count in places[:3])
        op.reason += f" (+{len(places) - 3} more)" if len(places) > 3 else ""
    return op


def _needs_session(spec: Mapping[str, Any], raw: Mapping[str, Any]) -> bool:
    """Whether every way to call the operation needs a cookie (a browser session), not a key."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    options = raw.get("security", spec.get("security", []))
    cookie = {name for name, s in schemes.items() if s.get("type") == "apiKey" and s.get("in") == "cookie"}
    return bool(options) and all(set(option) & cookie for option in options)


def _why_untested(
    op: OperationReport, path_params: list[str], stop_reason: str, target: str, session_only: bool = False
) -> str:
    answered = {k: v for k, v in op.answers.items() if k not in (NO_ANSWER, NOT_SENT)}
    total = sum(answered.values())
    no_answer = op.answers.get(NO_ANSWER, 0)
    if total + no_answer == 0:
        if op.answers.get(NOT_SENT) or "budget" in stop_reason:
            return "none of its requests was sent: the request budget ran out first (raise --max-requests)"
        return "no request was sent" + (f" ({op.other_methods} probes with other methods)" if op.other_methods else "")
    if total == 0:
        errors = "; ".join(op.transport_errors) or "no answer"
        return f"none of its {no_answer} requests got an answer ({errors}): is {target} up and reachable?"
    if len(answered) == 1:
        [(status, count)] = answered.items()
        head = f"all {count} answers were {status}" if count > 1 else f"its one answer was {status}"
    else:
        spread = ", ".join(f"{status}×{n}" for status, n in sorted(answered.items(), key=lambda kv: -kv[1]))
        head = f"no answer in its success class among {total} ({spread})"
        status = max(answered, key=lambda s: answered[s])
    if op.success_answers:
        stopped = f" ({stop_reason})" if stop_reason != "completed" else ""
        return f"{op.success_answers} of its {total} answers are in its success class, none checked to the end{stopped}"
    if no_answer:
        head += f", {no_answer} requests got no answer"
    if status in ("401", "403") and op.keyed and status not in op.keyed:
        # The refusals were of schemathesis' own requests without the key; judge by those that carried it.
        status = max(op.keyed, key=lambda s: op.keyed[s])
    elif status in ("401", "403") and not op.keyed and not session_only:
        ran_out = " before the request budget ran out" if op.answers.get(NOT_SENT) else ""
        return (
            f"{head}, all to requests without the key (schemathesis' auth checks): none with it was answered{ran_out}"
        )
    if session_only and status in ("401", "403"):
        return f"{head}: it takes a browser session (a cookie), which a live run does not have"
    hint = {
        "401": "is the key right?",
        "403": "is the key right, and allowed to call this?",
        "404": "pin an existing resource: "
        + (", ".join(f"--param {name}=<an existing one>" for name in path_params) or "--param NAME=VALUE"),
        "429": "rate-limited even after waiting for Retry-After: lower --rate",
        "405": "the method is not allowed there: is the base URL right?",
    }.get(status) or ("the server failed: look at its logs" if status.startswith("5") else "")
    if not hint and status.startswith("2"):
        hint = "its 2xx answers are not a success status it documents"
    elif not hint and status.startswith("4"):
        hint = "every request was refused"
    return f"{head}: {hint}" if hint else head
