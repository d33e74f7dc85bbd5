from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

import httpx

__all__ = ["LOG_ENV", "SENSITIVE_HEADERS", "logger", "redact_headers", "redact_url"]

#: ``MEDIAGEN_LOG=debug`` (or info, warning) prints mediagen's log on stderr, as ``OPENAI_LOG`` does for openai.
LOG_ENV = "MEDIAGEN_LOG"

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


def configure_from_env() -> None:
    """Once, at import: honour MEDIAGEN_LOG (debug, info, warning) with a stderr handler on the ``mediagen`` logger
    (and httpx's, at debug). Nothing is configured when it is unset: logging stays the application's."""
    import os

    level = os.environ.get(LOG_ENV, "").strip().upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        return
    if not any(getattr(h, "_mediagen", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
        handler._mediagen = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        if level == "DEBUG":
            logging.getLogger("httpx").addHandler(handler)
            logging.getLogger("httpx").setLevel(logging.DEBUG)
    logger.setLevel(level)


def install_redaction() -> None:
    """Once, at import: the libraries under the overlay log full URLs at INFO/DEBUG."""
    for name in ("httpx", "httpx_retries", "httpx_retries.transport", "httpx_retries.retry"):
        target = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in target.filters):
            target.addFilter(RedactingFilter())
