from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

import httpx

__all__ = ["SENSITIVE_HEADERS", "logger", "redact_headers", "redact_url"]

logger = logging.getLogger("mediagen")

#: Headers whose values never reach a log line, repr or exception text.
SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-api-key",
        "api-key",
        "payment-signature",
        "x-payment",
        "payment",
        "cookie",
        "set-cookie",
    }
)


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in items}


def redact_url(url: httpx.URL) -> str:
    """The URL without its query: presigned upload URLs carry their credentials there."""
    return str(url.copy_with(query=None)) + ("?[redacted]" if url.query else "")
