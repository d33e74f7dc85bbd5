"""Contract runs: schemathesis, all checks and phases (stateful included), against a mock or a live API.

A run authenticates (the key is configured for every operation) and treats schemathesis warnings as failures, so a
run that only ever met 401s fails instead of passing. Live runs leave out operations marked ``x-billable: true``
unless billable calls are allowed.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from schemathesis.config._warnings import DEFAULT_DISPLAYED_WARNINGS

from .._schema import SpecSchema
from . import PROVIDERS, mock
from ._clock import MockClock
from ._security import KEY_HEADERS, payment_header
from ._serve import serving

__all__ = ["ContractResult", "OperationResult", "run_contract"]


@dataclass
class OperationResult:
    label: str
    billable: bool
    selected: bool
    failures: list[str] = field(default_factory=list)


@dataclass
class ContractResult:
    provider: str
    target: str
    exit_code: int
    seconds: float
    operations: list[OperationResult]
    warnings: dict[str, Any]
    output: str

    @property
    def ok(self) -> bool:
        return self.exit_code == 0


#: What schemathesis' positive_data_acceptance check accepts by default for a schema-valid request.
ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]
#: ... and what negative_data_rejection and missing_required_header expect for invalid requests.
REJECTED = ["400", "401", "403", "404", "405", "406", "409", "415", "422", "428", "429", "5xx"]
MISSING_HEADER = ["400", "401", "403", "406", "415", "422"]


def _config(
    schema: SpecSchema,
    *,
    allow_billable: bool,
    max_examples: int,
    report: Path,
    parameters: dict[str, str],
    session: bool = False,
) -> str:
    scheme = next(iter(schema.spec["components"]["securitySchemes"]))
    stateful = _links_among(schema, allow_billable)
    lines = [
        "[warnings]",
        "fail-on = true",
        *_auth(schema, session),
        "[checks]",
        "enabled = true",
        "[phases.stateful]",
        # Without billable operations there may be no link left to follow (nothing creates a resource).
        f"enabled = {'true' if stateful else 'false'}",
        "max-steps = 8",
        "[generation]",
        f"max-examples = {max_examples}",
        # No example database: with the seed, every checkout (a developer's, CI's clean clone) runs the same cases.
        'database = "none"',
        "[reports.json]",
        "enabled = true",
        f"path = {json.dumps(str(report))}",
    ]
    if schema.spec.get("x-envelope-errors"):
        # The key on every request, stateful steps included: an unauthenticated step would get a 200 envelope
        # without the data its links read. Refusals without a key are covered by envelope_auth and the mock's tests.
        header = schema.spec["components"]["securitySchemes"][scheme]["name"]
        lines += ["[headers]", f'{json.dumps(header)} = "${{MEDIAGEN_CONTRACT_KEY}}"']
        # Errors inside HTTP 200 (see _st_checks.py): status-based auth checks give way to envelope-based ones.
        lines += [
            "[checks.ignored_auth]",
            "enabled = false",
            "[checks.negative_data_rejection]",
            f"expected-statuses = {json.dumps(REJECTED + ['200'])}",
            "[checks.missing_required_header]",
            f"expected-statuses = {json.dumps(MISSING_HEADER + ['200'])}",
        ]
    if parameters:
        lines += ["[parameters]", *(f"{json.dumps(k)} = {json.dumps(v)}" for k, v in parameters.items())]
    if not allow_billable:
        lines += ["[[operations]]", 'include-by = "/x-billable == true"', "enabled = false"]
    for op in schema.operations.values():
        lines += _operation_settings(schema, op)
    return "\n".join(lines) + "\n"


#: schemathesis' default warnings, less the two an operation whose schema-valid bodies are mostly refused by state
#: (x-state-dependent 400: an open body checked against a live schema, rules JSON Schema cannot state) must give.
STATE_REFUSED_WARNINGS = [
    w.value for w in DEFAULT_DISPLAYED_WARNINGS if w.value not in ("validation_mismatch", "missing_test_data")
]


def _operation_settings(schema: SpecSchema, op: Any) -> list[str]:
    """One ``[[operations]]`` block with what the spec itself says about the operation:

    * a schema-valid request can still be refused where validity depends on server state (x-state-dependent says
      where and why): exactly those statuses are accepted there, 5xx included where documented (an unknown job);
      a 400 there means most generated bodies are refused, so "validation mismatch" is expected, not a warning;
    * an operation payable with x402 answers a request without a key with the 402 challenge, not 401/403:
      ``ignored_auth`` gives way to the x402-aware ``x402_auth`` check (``_st_checks.py``).
    """
    extra = [str(item["status"]) for item in op.raw.get("x-state-dependent", [])]
    payable = payment_header(schema.spec, op.raw) is not None
    if not extra and not payable:
        return []
    lines = ["[[operations]]", f"include-operation-id = {json.dumps(op.operation_id)}"]
    if extra:
        lines += ["[operations.checks.positive_data_acceptance]", f"expected-statuses = {json.dumps(ACCEPTED + extra)}"]
    if server := [s for s in extra if s.startswith("5")]:
        lines += ["[operations.checks.not_a_server_error]",
                  f"expected-statuses = {json.dumps(['1xx', '2xx', '3xx', '4xx', *server])}"]  # fmt: skip
    if payable:
        lines += ["[operations.checks.ignored_auth]", "enabled = false"]
    if "400" in extra:
        lines += ["[operations.warnings]", f"display = {json.dumps(STATE_REFUSED_WARNINGS)}"]
    return lines


def _auth(schema: SpecSchema, session: bool) -> list[str]:
    """Credentials for every security scheme that takes one: the key for bearer and key headers, a browser session
    for cookie schemes (when the mock offers one). Payment schemes get nothing: a run never pays. The secrets
    travel in the child's environment, never in a file."""
    lines = []
    for name, scheme in schema.spec["components"]["securitySchemes"].items():
        if scheme.get("type") == "http" and scheme.get("scheme", "").lower() == "bearer":
            lines += [f"[auth.openapi.{name}]", 'bearer = "${MEDIAGEN_CONTRACT_KEY}"']
        elif scheme.get("type") == "apiKey" and scheme.get("in") == "header" and scheme["name"].lower() in KEY_HEADERS:
            lines += [f"[auth.openapi.{name}]", 'api_key = "${MEDIAGEN_CONTRACT_KEY}"']
        elif scheme.get("type") == "apiKey" and scheme.get("in") == "cookie" and session:
            lines += [f"[auth.openapi.{name}]", f'api_key = "${{{SESSION_ENV}}}"']
    return lines


SESSION_ENV = "MEDIAGEN_CONTRACT_SESSION"


def _without_discriminators(node: Any) -> Any:
    """The spec as schemathesis should see it. schemathesis 4.32 pins each oneOf branch to its discriminator
    mapping key as a string, which contradicts an integer ``const`` tag (Fusara's ``__type``) and leaves no valid
    body; the const tags already choose the branch, so the copy it reads has no discriminators."""
    if isinstance(node, dict):
        return {k: _without_discriminators(v) for k, v in node.items() if k != "discriminator"}
    if isinstance(node, list):
        return [_without_discriminators(v) for v in node]
    return node


def _links_among(schema: SpecSchema, allow_billable: bool) -> int:
    """How many OpenAPI links join two operations that this run calls."""
    selected = {oid for oid, op in schema.operations.items() if allow_billable or not op.billable}
    return sum(
        1
        for oid in selected
        for response in schema.operations[oid].raw.get("responses", {}).values()
        for link in schema.resolve(response).get("links", {}).values()
        if link.get("operationId") in selected
    )


def _schemathesis(*args: str, api_key: str, session: str | None) -> tuple[int, str]:
    # In a child process: schemathesis keeps global state (hypothesis settings, open report files) that should
    # not leak into the caller, least of all into a pytest run that turns warnings into errors.
    env = {**os.environ, "MEDIAGEN_CONTRACT_KEY": api_key, "SCHEMATHESIS_HOOKS": "mediagen.testing._st_checks"}
    if session is not None:
        env[SESSION_ENV] = session
    done = subprocess.run([sys.executable, "-m", "schemathesis.cli", *args], capture_output=True, text=True, env=env)
    return done.returncode, done.stdout + done.stderr


@contextlib.contextmanager
def _target(provider: str, base_url: str | None, api_key: str | None) -> Iterator[tuple[str, str, str | None]]:
    """(base URL, key, browser session or None) of the API under test."""
    if base_url is not None:
        if not api_key:
            raise ValueError("a live contract run needs an API key")
        yield base_url, api_key, None
        return
    # Every request moves the mock's clock a little, so jobs created during the run finish during it.
    engine = mock(provider, clock=MockClock(tick=5.0))
    key = engine.provider.contract_key()
    session = engine.provider.contract_session() if hasattr(engine.provider, "contract_session") else None
    with serving(engine.asgi_app()) as url:
        yield url, key, session


def run_contract(
    provider: str,
    *,
    base_url: str | None = None,
    api_key: str | None = None,
    allow_billable: bool = False,
    max_examples: int = 25,
    seed: int | None = 1,
    parameters: dict[str, str] | None = None,
) -> ContractResult:
    """Run schemathesis for one provider: against its built-in mock, or ``base_url`` with ``api_key``.

    ``parameters`` pins named parameters (e.g. ``{"job_id": "job_123"}``): a read-only live run has no way to
    create a job, so its status operation needs the id of one that exists.
    """
    if provider not in PROVIDERS:
        raise ValueError(f"unknown provider {provider!r}")
    package = PROVIDERS[provider].package
    schema = SpecSchema.of(package)
    billable = base_url is None or allow_billable
    started = time.perf_counter()
    with (
        tempfile.TemporaryDirectory(prefix="mediagen-contract-") as tmp,
        _target(provider, base_url, api_key) as (url, key, session),
    ):
        spec_path = Path(tmp) / "openapi.json"
        spec_path.write_text(json.dumps(_without_discriminators(schema.spec)))
        report = Path(tmp) / "report.json"
        config = Path(tmp) / "schemathesis.toml"
        config.write_text(
            _config(
                schema,
                allow_billable=billable,
                max_examples=max_examples,
                report=report,
                parameters=parameters or {},
                session=session is not None,
            )
        )
        args = ["--config-file", str(config), "run", str(spec_path), "--url", url, "--no-color"]
        if seed is not None:
            args += ["--seed", str(seed)]
        code, output = _schemathesis(*args, api_key=key, session=session)
        data = json.loads(report.read_text()) if report.exists() else {}
    failures: dict[str, list[str]] = {}
    for failure in data.get("failures", []):
        for label in failure.get("operations", []):
            failures.setdefault(label, []).append(f"{failure.get('code')} {failure.get('title')}")
    operations = [
        OperationResult(
            label=f"{op.method} {op.path}",
            billable=op.billable,
            selected=billable or not op.billable,
            failures=failures.get(f"{op.method} {op.path}", []),
        )
        for op in schema.operations.values()
    ]
    target = "mock" if base_url is None else base_url
    warnings = data.get("warnings", {})
    return ContractResult(provider, target, code, time.perf_counter() - started, operations, warnings, output)
