"""Once per logical call: credentials and the idempotency key, as an httpx auth flow.

httpx runs the auth flow outside the transport, so every retry the RetryTransport makes carries the very same
headers: one idempotency key per logical call, however many tries it takes (openai: "ensure the idempotency key is
reused between requests").
"""

from __future__ import annotations

import uuid
from collections.abc import Generator, Mapping

import httpx

__all__ = ["MediagenAuth"]


class MediagenAuth(httpx.Auth):
    """Adds a provider's credential headers, and an idempotency key to writes when the provider honours one.

    The key is set only if the caller did not set one, and never on GET/HEAD/OPTIONS. The repr shows no secret.
    """

    def __init__(self, credential_headers: Mapping[str, str], *, idempotency_header: str | None = None) -> None:
        self._credentials = dict(credential_headers)
        self.idempotency_header = idempotency_header

    def __repr__(self) -> str:
        names = ", ".join(sorted(self._credentials))
        return f"MediagenAuth(headers=[{names}] (values redacted), idempotency_header={self.idempotency_header!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        for name, value in self._credentials.items():
            request.headers.setdefault(name, value)
        header = self.idempotency_header
        if header and request.method not in ("GET", "HEAD", "OPTIONS") and header not in request.headers:
            request.headers[header] = str(uuid.uuid4())
        yield request
