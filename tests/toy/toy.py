"""The toy provider's adapter: its facts come from the spec, so this is the mapping and the operations, written once.

It plugs in through the ``mediagen.providers`` entry point (name → this module), then loads as ``mediagen.toy``.
"""

from __future__ import annotations

from typing import Any

import toy_client
from mediagen import AsyncProviderClient, ErrorInfo, Job, JobStatus, PollPolicy, ProviderClient
from mediagen._client import _ProviderClientBase as Base
from mediagen._operations import Plan, asynced, call, step, sync
from mediagen._provider import from_spec, status_map
from toy_client.api.default import create_job, get_job
from toy_client.models import Job as ToyJob
from toy_client.models import JobAccepted, JobRequest


def _error_info(body: Any) -> ErrorInfo:
    error = body.get("error") if isinstance(body, dict) else None
    return ErrorInfo(error.get("code"), error.get("message")) if isinstance(error, dict) else ErrorInfo(None, None)


PROVIDER = from_spec("toy_client", error_info=_error_info, poll=PollPolicy(initial=1.0, maximum=5.0))
STATUS = status_map("toy_client", "get_job")


def _job(data: ToyJob | JobAccepted) -> Job:
    raw = str(data.status.value)
    outputs = tuple(data.outputs) if isinstance(data, ToyJob) else ()
    error = data.error if isinstance(data, ToyJob) and isinstance(data.error, str) else None
    return Job(data.id, "toy", JobStatus.read(STATUS, raw), raw, outputs, data, error=error)


def _submit(api: Base, /, prompt: str, *, count: int | None = None) -> Plan[Job]:
    """Start a job (``count`` outputs); billed once accepted."""
    body = api._typed_body("create_job", JobRequest, {"prompt": prompt} | ({"count": count} if count else {}))
    return _job((yield call(create_job, body=body)))


def _get(api: Base, /, job: Job | str) -> Plan[Job]:
    """The job's current state."""
    return _job((yield call(get_job, id=job.id if isinstance(job, Job) else job)))


def _run(api: Base, /, prompt: str, *, count: int | None = None, timeout: float | None = None) -> Plan[Job]:
    """``submit`` then ``wait``."""
    job = yield from _submit(api, prompt, count=count)
    return (yield step("wait", job, timeout=timeout))  # type: ignore[no-any-return]


class Toy(ProviderClient):
    PROVIDER = PROVIDER
    CLIENT_CLASS = toy_client.Client
    submit, get, run = sync(_submit), sync(_get), sync(_run)


class AsyncToy(AsyncProviderClient):
    PROVIDER = PROVIDER
    CLIENT_CLASS = toy_client.Client
    submit, get, run = asynced(_submit), asynced(_get), asynced(_run)
