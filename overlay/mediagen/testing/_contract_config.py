"""What schemathesis is told for a contract run: its configuration (TOML) built from what the spec says, the spec as
schemathesis should read it, and the limits of a live run."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .._schema import SpecSchema
from ._contract_engine import KEY_ENV, SESSION_ENV
from ._security import KEY_HEADERS, payment_header

__all__ = ["DEFAULT_BUDGET", "DEFAULT_RATE", "build_config", "live_limits", "out_of_reach", "without_discriminators"]

#: What schemathesis' positive_data_acceptance check accepts by default for a schema-valid request.
ACCEPTED = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]
#: ... and what negative_data_rejection and missing_required_header expect for invalid requests.
REJECTED = ["400", "401", "403", "404", "405", "406", "409", "415", "422", "428", "429", "5xx"]
MISSING_HEADER = ["400", "401", "403", "406", "415", "422"]

#: A live run's pace and request budget when the spec documents no limit: one request a second, 200 in all
#: (about 3½ minutes; well inside "500 requests per 15 minutes", the tightest limit any of our providers documents).
DEFAULT_RATE = 1.0
DEFAULT_BUDGET = 200


#: Operations no contract run can exercise, and why: (provider, operationId) -> (reason, against the mock only).
#: Their rows say "out of reach" with the reason (never "pass"), and they do not fail the run. A spec can say the
#: same on the operation itself with ``x-contract-out-of-reach: <reason>``; these belong there, with the spec's owner.
OUT_OF_REACH = {
    ("killatamata", "stripe_webhook"): (
        "needs an event signed with Stripe's secret; a contract run cannot sign",
        False,
    ),
    ("killatamata", "crypto_webhook"): (
        "needs an event signed with Coinbase's secret; a contract run cannot sign",
        False,
    ),
    ("killatamata", "purchase_credits_x402"): ("paid with x402 only, and a contract run never pays", False),
    ("killatamata", "affiliate_apply"): (
        "the mock's contract account is an affiliate already (seeded for payouts)",
        True,
    ),
}


def out_of_reach(provider: str, op: Any, *, live: bool) -> str | None:
    """Why a contract run cannot exercise this operation, if it cannot."""
    if reason := op.raw.get("x-contract-out-of-reach"):
        return str(reason)
    reason, mock_only = OUT_OF_REACH.get((provider, op.operation_id), (None, False))
    return None if reason is None or (mock_only and live) else reason


def live_limits(spec: Mapping[str, Any]) -> tuple[float, int, str]:
    """(requests per second, request budget, where they come from) for a live run against this spec.

    A documented limit ``x-rate-limits: {requests: N, window-seconds: W}`` is used at half its pace, and the budget is
    at most half of one window's allowance, so a run leaves room for the account's own traffic. Without one (or
    with only concurrency limits), the conservative default."""
    limits = spec.get("x-rate-limits") or {}
    requests, window = limits.get("requests"), limits.get("window-seconds")
    if isinstance(requests, int) and isinstance(window, (int, float)) and requests > 0 and window > 0:
        rate = min(DEFAULT_RATE, requests / window / 2)
        return rate, max(1, min(DEFAULT_BUDGET, requests // 2)), f"x-rate-limits: {requests} per {window:g} s"
    return DEFAULT_RATE, DEFAULT_BUDGET, "default: the spec documents no rate limit"


def build_config(
    schema: SpecSchema,
    *,
    allow_billable: bool,
    max_examples: int,
    parameters: dict[str, str],
    seed: int | None,
    live: bool,
    session: bool = False,
) -> str:
    """The schemathesis configuration (TOML) of one run: every check, every phase, credentials from the worker's
    environment (never written to a file), billable operations left out unless allowed."""
    scheme = next(iter(schema.spec["components"]["securitySchemes"]))
    read_only = live and not allow_billable
    stateful = _links_among(schema, allow_billable)
    lines = [
        *([f"seed = {seed}"] if seed is not None else []),
        # The run's own evidence decides; schemathesis keeps no cache to replay from one run into the next.
        *(["request-timeout = 30"] if live else []),
        "[cache]",
        "enabled = false",
        *_auth(schema, session),
        "[checks]",
        "enabled = true",
        # A read-only live run probes for 405 with safe methods only: never a PUT, POST or DELETE the spec does
        # not list, on an API that might act on it.
        *(["[phases.coverage]", 'unexpected-methods = ["get", "options", "trace", "query"]'] if read_only else []),
        "[phases.stateful]",
        # Without billable operations there may be no link left to follow (nothing creates a resource).
        f"enabled = {'true' if stateful else 'false'}",
        "max-steps = 8",
        "[generation]",
        f"max-examples = {max_examples}",
        # No example database: with the seed, every checkout (a developer's, CI's clean clone) runs the same cases.
        'database = "none"',
    ]
    if schema.spec.get("x-envelope-errors"):
        # The key on every request, stateful steps included: an unauthenticated step would get a 200 envelope
        # without the data its links read. Refusals without a key are covered by envelope_auth and the mock's tests.
        header = schema.spec["components"]["securitySchemes"][scheme]["name"]
        lines += ["[headers]", f'{json.dumps(header)} = "${{{KEY_ENV}}}"']
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


def _operation_settings(schema: SpecSchema, op: Any) -> list[str]:
    """One ``[[operations]]`` block with what the spec itself says about the operation:

    * a schema-valid request can still be refused where validity depends on server state (x-state-dependent says
      where and why): exactly those statuses are accepted there, 5xx included where documented (an unknown job);
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
        lines += [
            "[operations.checks.not_a_server_error]",
            f"expected-statuses = {json.dumps(['1xx', '2xx', '3xx', '4xx', *server])}",
        ]
    if payable:
        lines += ["[operations.checks.ignored_auth]", "enabled = false"]
    return lines


def _auth(schema: SpecSchema, session: bool) -> list[str]:
    """Credentials for every security scheme that takes one: the key for bearer and key headers, a browser session
    for cookie schemes (when the mock offers one). Payment schemes get nothing: a run never pays. The secrets
    are read from the worker's environment, never from a file."""
    lines = []
    for name, scheme in schema.spec["components"]["securitySchemes"].items():
        if scheme.get("type") == "http" and scheme.get("scheme", "").lower() == "bearer":
            lines += [f"[auth.openapi.{name}]", f'bearer = "${{{KEY_ENV}}}"']
        elif scheme.get("type") == "apiKey" and scheme.get("in") == "header" and scheme["name"].lower() in KEY_HEADERS:
            lines += [f"[auth.openapi.{name}]", f'api_key = "${{{KEY_ENV}}}"']
        elif scheme.get("type") == "apiKey" and scheme.get("in") == "cookie" and session:
            lines += [f"[auth.openapi.{name}]", f'api_key = "${{{SESSION_ENV}}}"']
    return lines


def without_discriminators(node: Any) -> Any:
    """The spec as schemathesis should see it. schemathesis 4.32 pins each oneOf branch to its discriminator
    mapping key as a string, which contradicts an integer ``const`` tag (Fusara's ``__type``) and leaves no valid
    body; the const tags already choose the branch, so the copy it reads has no discriminators."""
    if isinstance(node, dict):
        return {k: without_discriminators(v) for k, v in node.items() if k != "discriminator"}
    if isinstance(node, list):
        return [without_discriminators(v) for v in node]
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
