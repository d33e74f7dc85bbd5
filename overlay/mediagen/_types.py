from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ["ErrorInfo", "Job", "JobStatus", "PollPolicy", "Provider", "raw_value"]


class JobStatus(enum.StrEnum):
    """A provider's job state, normalized. The provider's own word stays in ``Job.raw_status``."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELED = "canceled"
    UNKNOWN = "unknown"
    """A state the provider's document does not list (its word is in ``Job.raw_status``): never terminal, so
    ``wait`` keeps polling to its deadline; the answer is reported as drift."""

    @property
    def terminal(self) -> bool:
        return self in (JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELED)

    @classmethod
    def read(cls, mapping: Mapping[Any, JobStatus], raw: Any) -> JobStatus:
        """The normalized status of a provider's raw one (an enum member or its value); UNKNOWN when the document
        does not list it: an unknown status never raises."""
        value = getattr(raw, "value", raw)
        found = mapping.get(value)
        if found is None and isinstance(value, str | int) and not isinstance(value, bool):
            found = mapping.get(str(value))
        return found if found is not None else cls.UNKNOWN


def raw_value(value: Any) -> Any:
    """A generated enum member's value, or the value itself (an open enum's undocumented one)."""
    return getattr(value, "value", value)


@dataclass(frozen=True)
class Job:
    """One submitted job as last seen. ``id`` is what to keep: the job was billed once submitted."""

    id: str
    provider: str
    status: JobStatus
    raw_status: str | None = None
    outputs: tuple[str, ...] = ()
    """Output URLs, on success."""
    data: object = None
    """The provider's own parsed object of the last answer: a generated model of ``<provider>_client.models``
    (narrow it with ``isinstance`` to read its fields)."""
    poll_after: float | None = None
    """Seconds the server asked us to wait before the next status request, when it said."""
    error: str | None = None
    expires_at: datetime | None = None
    """When the outputs stop being downloadable, when the provider says (``download`` refuses after it)."""


@dataclass(frozen=True)
class PollPolicy:
    """How ``wait`` spaces status requests: ``initial`` growing by ``factor`` up to ``maximum`` seconds."""

    initial: float
    maximum: float
    factor: float = 1.5

    def interval(self, polls: int) -> float:
        return float(min(self.initial * self.factor ** min(polls, 64), self.maximum))  # no overflow on long waits


@dataclass(frozen=True)
class ErrorInfo:
    """What a provider's error envelope says: its code and message."""

    code: str | None
    message: str | None
    request_id: str | None = None
    """The provider's trace id for the failed request, when its envelope carries one."""


@dataclass(frozen=True)
class Provider:
    """Data that adapts the shared machinery to one provider (section 5 of STYLE.md).

    Adapters hold no retries, sleeps, payments or error mapping: only these facts and mappings.
    """

    name: str
    package: str
    """The generated package, e.g. ``seele_client``; its ``openapi.yaml`` is the spec."""
    base_url: str
    env_var: str
    credential_headers: Callable[[str], Mapping[str, str]]
    """Headers carrying an API key, e.g. ``{"Authorization": "Bearer …"}``."""
    error_info: Callable[[Any], ErrorInfo]
    """Reads code and message out of a decoded error body."""
    poll: PollPolicy
    idempotency_header: str | None = None
    """A header the provider honours for safe retries of writes; None when it honours none."""
    unwrap: Callable[[Any], Any] = field(default=lambda parsed: parsed)
    """Turns a parsed success answer into what a call returns, e.g. the envelope's ``data``."""
    concurrency: int | None = None
    """Requests in flight the provider allows per key; the client's transport keeps under it."""
    status_meaning: Mapping[int, int] = field(default_factory=dict)
    """HTTP statuses that mean another: Fusara answers a bad key 403, which is an AuthenticationError (401)."""
    envelope_error: Callable[[Any], tuple[int, ErrorInfo] | None] | None = None
    """For providers that report errors inside 2xx answers: reads a decoded 2xx body and returns the HTTP status
    the error stands for (it picks the exception class) with its code and message, or None for a success."""
    job_id_of: Callable[[Any], str | None] = field(default=lambda body: None)
    """Finds a job id in a decoded success body, so a body that fails to parse still yields its id."""
    refine_error: Callable[[Any], Any] | None = None
    """Turns the typed error of a failed call (an ``APIStatusError``) into a more precise one of the provider's own,
    e.g. Seisoai's ``CsrfRejectedError`` for a 403 that names a CSRF token; returns it unchanged otherwise."""
    request_guard: Callable[[Any], None] | None = None
    """A policy check on every request (an ``httpx.Request``) before it is sent; raising refuses it."""
