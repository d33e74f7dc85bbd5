"""A provider's facts, read from its spec: nothing the spec says is restated in an adapter.

``from_spec("seele_client", error_info=..., poll=...)`` reads, from the spec the generated package ships:

- the name and the key's environment variable: ``x-mediagen: {provider, env}``;
- the base URL: the first of ``servers``;
- the credential headers: the first scheme of the top-level ``security`` that carries an API key in a header
  (``http``/``bearer`` → ``Authorization: Bearer <key>``, ``apiKey`` in a header → ``<name>: <key>``);
- the idempotency header the provider honours: ``info.x-idempotency.header`` (none when absent);
- the requests in flight allowed per key: ``x-rate-limits.concurrent``;
- HTTP statuses that mean another one: ``x-mediagen.status-meaning`` (Fusara answers a bad key 403).

The adapter adds only behaviour (how to read an error body, a job id, an envelope) and the poll policy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._schema import SpecSchema
from ._types import JobStatus, Provider

__all__ = ["Credentials", "from_spec", "key_in", "status_map"]


@dataclass(frozen=True)
class Credentials:
    """How a key is sent: ``header: <prefix><key>``."""

    header: str
    prefix: str = ""

    def __call__(self, key: str) -> dict[str, str]:
        return {self.header: f"{self.prefix}{key}"}

    def read(self, header: Callable[[str], str | None]) -> str | None:
        """The key a request carries this way (``header(name)`` reads its headers), if it carries one."""
        value = header(self.header)
        if value is None or not self.prefix:
            return value
        kind, _, token = value.partition(" ")
        return token.strip() if kind.lower() == self.prefix.strip().lower() else None

    @classmethod
    def all_of(cls, spec: Mapping[str, Any]) -> list[Credentials]:
        """Every way the spec's top-level security takes a key in a header, in its order (bearer, or apiKey)."""
        schemes, found = spec.get("components", {}).get("securitySchemes", {}), []
        for requirement in spec.get("security", []):
            for name in requirement:
                scheme = schemes.get(name, {})
                if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                    found.append(cls("Authorization", "Bearer "))
                elif scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                    found.append(cls(str(scheme["name"])))
        return found

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> Credentials:
        """The way a client sends its key: the first the spec lists."""
        for way in cls.all_of(spec):
            return way
        raise ValueError("the spec's security names no API key sent in a header (bearer or apiKey)")


def from_spec(package: str, **behaviour: Any) -> Provider:
    """The ``Provider`` of generated ``package``: its facts from the spec, ``behaviour`` from the adapter."""
    spec = SpecSchema.of(package).spec
    meta = spec["x-mediagen"]
    meaning = {int(status): int(means) for status, means in meta.get("status-meaning", {}).items()}
    return Provider(
        name=meta["provider"],
        package=package,
        base_url=spec["servers"][0]["url"],
        env_var=meta["env"],
        credential_headers=Credentials.of(spec),
        idempotency_header=spec.get("info", {}).get("x-idempotency", {}).get("header"),
        concurrency=spec.get("x-rate-limits", {}).get("concurrent"),
        status_meaning=meaning,
        **behaviour,
    )


def status_map(package: str, operation: str) -> dict[str, JobStatus]:
    """An operation's ``x-status-map``: the provider's word for a job state → the normalized one."""
    raw: Mapping[str, str] = SpecSchema.of(package).operations[operation].raw["x-status-map"]
    return {str(word): JobStatus(value) for word, value in raw.items()}


def key_in(
    spec: Mapping[str, Any], header: Callable[[str], str | None], *, accept: Callable[[str], bool] = bool
) -> str | None:
    """The API key a request carries (``header(name)`` reads its headers) under the spec's top-level security
    schemes, in their order; ``accept`` drops values the provider ignores."""
    for way in Credentials.all_of(spec):
        value = way.read(header)
        if value and accept(value):
            return value
    return None
