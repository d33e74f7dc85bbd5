"""Schemathesis checks for what status-based checks misjudge (loaded via SCHEMATHESIS_HOOKS): errors inside HTTP 200
envelopes, and x402 routes that answer a missing key with a 402 challenge.

schemathesis' ``ignored_auth``, ``missing_required_header`` and ``negative_data_rejection`` judge by HTTP status, so
an API documented to answer "not authenticated" as ``200 {"code": 374004}`` fails them for doing what its document
says. For specs with ``x-envelope-errors`` the contract runner turns the first off and lets the other two accept
200, and these checks put the same questions to the envelope instead:

* ``envelope_auth``: a request with the configured key never gets an auth error code (so a run that never
  authenticated fails), and one without it never gets code 0;
* ``envelope_rejects_invalid_body``: a schema-violating body sent with the key never gets code 0;
* ``x402_auth`` (operations payable with x402, where the runner turns ``ignored_auth`` off): a request with the
  configured key is never challenged for payment, and one with neither key nor payment is never served.
"""

from __future__ import annotations

import json
import os
from typing import Any

import schemathesis
from schemathesis.core.parameters import ParameterLocation

from mediagen.testing._security import KEY_HEADERS, payment_header

KEY_ENV = "MEDIAGEN_CONTRACT_KEY"


def _envelope(response: Any) -> dict[str, Any] | None:
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        return None
    return body if isinstance(body, dict) and isinstance(body.get("code"), int) else None


def _spec_facts(case: Any) -> tuple[dict[str, Any], str | None]:
    raw = case.operation.schema.raw_schema
    schemes = raw.get("components", {}).get("securitySchemes", {})
    header = next((s["name"] for s in schemes.values() if s.get("type") == "apiKey" and s.get("in") == "header"), None)
    return raw.get("x-envelope-errors", {}), header


@schemathesis.check
def envelope_auth(ctx: Any, response: Any, case: Any) -> bool | None:
    errors, header = _spec_facts(case)
    envelope = _envelope(response)
    if not errors or header is None or envelope is None or not 200 <= response.status_code < 300:
        return None
    auth_codes = {int(code) for code, e in errors.items() if e.get("status") in (401, 403)}
    sent = response.request.headers.get(header)
    if sent == os.environ.get(KEY_ENV) and envelope["code"] in auth_codes:
        raise AssertionError(f"the configured key was refused: code {envelope['code']} {envelope.get('msg')!r}")
    if sent != os.environ.get(KEY_ENV) and envelope["code"] == 0:
        raise AssertionError(f"accepted without the configured {header} (code 0)")
    return True


@schemathesis.check
def envelope_rejects_invalid_body(ctx: Any, response: Any, case: Any) -> bool | None:
    errors, header = _spec_facts(case)
    envelope = _envelope(response)
    meta = case.meta
    if not errors or envelope is None or meta is None or not meta.is_negative_at(ParameterLocation.BODY):
        return None
    if header is not None and response.request.headers.get(header) != os.environ.get(KEY_ENV):
        return None  # refused for auth first: envelope_auth's business
    if 200 <= response.status_code < 300 and envelope["code"] == 0:
        raise AssertionError("a schema-violating body was accepted (code 0)")
    return True


@schemathesis.check
def x402_auth(ctx: Any, response: Any, case: Any) -> bool | None:
    """For operations payable with x402 (where ``ignored_auth`` is off: no key means a 402 challenge, not a 401):
    a request with the configured key is never challenged for payment, so a run whose key is refused fails; one
    with neither a key nor a payment is never served."""
    header = payment_header(case.operation.schema.raw_schema, case.operation.definition.raw)
    if header is None:
        return None
    sent = response.request.headers
    keyed = os.environ.get(KEY_ENV) in [sent.get(h) for h in KEY_HEADERS] + [(sent.get("authorization") or "")[7:]]
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        body = None
    challenged = response.status_code == 402 and isinstance(body, dict) and "x402Version" in body
    if keyed and challenged:
        raise AssertionError("the configured key was not honoured: the request was challenged for an x402 payment")
    if not keyed and header.lower() not in {k.lower() for k in sent} and 200 <= response.status_code < 300:
        raise AssertionError(f"served without a key or a payment ({header})")
    return True
