"""What a spec's security schemes carry: the account's key, or a payment. Shared by the contract runner and its
schemathesis checks (this module imports no schemathesis, so importing it registers no check)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["KEY_HEADERS", "payment_header"]

#: apiKey header schemes that carry the account's key (others, like x402's payment-signature, carry payments).
KEY_HEADERS = frozenset({"x-api-key", "api-key", "authorization"})


def payment_header(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> str | None:
    """The header of the x402 scheme an operation can be paid with; None when it cannot be paid, or when it may be
    called without credentials at all (``{}`` among its security alternatives)."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    payments = {
        name: s["name"]
        for name, s in schemes.items()
        if s.get("type") == "apiKey" and s.get("in") == "header" and s["name"].lower() not in KEY_HEADERS
    }
    security = operation.get("security", spec.get("security", []))
    if {} in security:
        return None
    used = sorted(name for option in security for name in option if name in payments)
    return payments[used[0]] if used else None
