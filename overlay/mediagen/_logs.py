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


class RedactingFilter(logging.Filter):
    """Takes query strings (presigned credentials) out of URLs and requests that httpx and httpx-retries log."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_redacted(arg) for arg in record.args)
        elif isinstance(record.args, Mapping):
            record.args = {key: _redacted(arg) for key, arg in record.args.items()}
        return True


def _redacted(arg: object) -> object:
    if isinstance(arg, httpx.URL):
        return redact_url(arg)
    if isinstance(arg, httpx.Request):
        return f"<Request({arg.method!r}, {redact_url(arg.url)!r})>"
    if isinstance(arg, httpx.Response):
        return f"<Response [{arg.status_code}]>"
    return arg


def install_redaction() -> None:
    """Once, at import: the libraries under the overlay log full URLs at INFO/DEBUG."""
    for name in ("httpx", "httpx_retries", "httpx_retries.transport", "httpx_retries.retry"):
        target = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in target.filters):
            target.addFilter(RedactingFilter())
