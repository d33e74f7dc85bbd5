"""Media.io OpenAPI: 22 generation endpoints, credits and task results, errors inside HTTP 200 envelopes.

```python
from mediagen import mediaio

with mediaio.MediaIO() as api:                              # MEDIAIO_API_KEY
    job = api.run("Imagen 4", prompt="a cute puppy", ratio="1:1")   # by the documented name...
    print(job.outputs)
    api.submit(mediaio.ENDPOINTS["Kling 2.6"], image="https://…", prompt="…")  # ...or the typed endpoint
```

What the adapter reads from the spec (one place for each fact): ``x-envelope-errors`` (code → the HTTP status it
means, hence the exception), ``x-status-map`` (both status vocabularies and ``timeout``), ``x-api-name`` (the
documented endpoint names). Media.io honours no idempotency key, so a generation that may have been received is
never retried.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Unpack

import mediaio_client
from mediaio_client import models
from mediaio_client.api.default import get_credits, get_task_result
from mediaio_client.models import CreditsRequest, ErrorEnvelope, TaskCreated, TaskResult, TaskResultRequest

from .._client import AsyncProviderClient, ClientOptions, ProviderClient, build_client
from .._client import _ProviderClientBase as Base
from .._operations import Plan, asynced, call, step, sync
from .._provider import from_spec, status_map
from .._schema import SpecSchema
from .._types import ErrorInfo, Job, JobStatus, PollPolicy, raw_value

__all__ = ["ENDPOINTS", "PROVIDER", "AsyncMediaIO", "Endpoint", "MediaIO", "client"]

_SPEC = SpecSchema.of("mediaio_client")
#: Envelope code → the HTTP status it stands for (x-envelope-errors in the spec).
ENVELOPE_STATUS: dict[int, int] = {int(code): e["status"] for code, e in _SPEC.spec["x-envelope-errors"].items()}
#: Raw task status (either vocabulary) → normalized status (x-status-map in the spec).
STATUS = status_map("mediaio_client", "get_task_result")


@dataclass(frozen=True)
class Endpoint:
    """One documented generation endpoint: its name in the document, its generated module and body class."""

    name: str
    operation_id: str
    module: ModuleType
    body: type[Any]


def _endpoints() -> dict[str, Endpoint]:
    found = {}
    for op in _SPEC.operations.values():
        ref = op.raw.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
        if op.operation_id in ("get_credits", "get_task_result"):
            continue
        module = importlib.import_module(f"mediaio_client.api.default.{op.operation_id}")
        body = getattr(models, ref["$ref"].rsplit("/", 1)[-1])
        found[op.raw["x-api-name"]] = Endpoint(op.raw["x-api-name"], op.operation_id, module, body)
    return found


#: Every generation endpoint by its documented name ("Imagen 4", "Kling 2.6", …), built from the spec.
ENDPOINTS: Mapping[str, Endpoint] = _endpoints()


def _error_info(body: Any) -> ErrorInfo:
    if isinstance(body, dict) and "code" in body:
        trace = body.get("trace_id")
        return ErrorInfo(str(body["code"]), body.get("msg") or None, trace if isinstance(trace, str) else None)
    return ErrorInfo(None, str(body)[:200] if body else None)


def _envelope_error(body: Any) -> tuple[int, ErrorInfo] | None:
    code = body.get("code") if isinstance(body, dict) else None
    if not isinstance(code, int) or code == 0:
        return None
    # An undocumented code keeps HTTP's 200: it becomes a plain APIStatusError carrying code and trace id.
    return ENVELOPE_STATUS.get(code, 200), _error_info(body)


def _unwrap(envelope: Any) -> Any:
    if isinstance(envelope, ErrorEnvelope):  # e.g. {"code": 0} without data: a success that says nothing
        raise ValueError("a success envelope without its data")
    return envelope.data


def _task_id_of(body: Any) -> str | None:
    data = body.get("data") if isinstance(body, dict) else None
    task_id = data.get("task_id") if isinstance(data, dict) else None
    return task_id if isinstance(task_id, str) else None


PROVIDER = from_spec(
    "mediaio_client",
    error_info=_error_info,
    poll=PollPolicy(initial=5.0, maximum=15.0),  # the document polls every 5 s; long videos back off to 15 s
    unwrap=_unwrap,
    envelope_error=_envelope_error,
    job_id_of=_task_id_of,
)


def client(api_key: str | None = None, **options: Unpack[ClientOptions]) -> mediaio_client.Client:
    """The generated ``mediaio_client.Client`` wired with the overlay (auth, retries, timeouts)."""
    return build_client(PROVIDER, mediaio_client.Client, api_key, **options)


def endpoint(which: str | Endpoint) -> Endpoint:
    """An endpoint by its documented name or operationId."""
    if isinstance(which, Endpoint):
        return which
    found = ENDPOINTS.get(which) or next((e for e in ENDPOINTS.values() if e.operation_id == which), None)
    if found is None:
        raise KeyError(f"no Media.io endpoint {which!r}; documented names: {', '.join(sorted(ENDPOINTS))}")
    return found


def _accepted(data: TaskCreated) -> Job:
    return Job(id=data.task_id, provider="mediaio", status=JobStatus.QUEUED, data=data)


def _job(data: TaskResult, task_id: str) -> Job:
    result = data.result if isinstance(data.result, models.TaskOutput) else None
    urls = tuple(result.urls) if result is not None and isinstance(result.urls, list) else ()
    raw = str(raw_value(data.status))
    status = JobStatus.read(STATUS, raw)  # a status neither vocabulary lists is UNKNOWN: wait() keeps polling
    error = f"task ended {raw}" if status is JobStatus.FAILED else None
    found = data.task_id if isinstance(data.task_id, str) else task_id  # task_id is optional in the answer
    return Job(id=found, provider="mediaio", status=status, raw_status=raw, outputs=urls, data=data, error=error)


def _credits(api: Base, /) -> Plan[int]:
    """The account's credit balance."""
    return int((yield call(get_credits, body=CreditsRequest())).credits_)


def _submit(
    api: Base, which: str | Endpoint, /, *, extra_body: Mapping[str, Any] | None = None, **params: Any
) -> Plan[Job]:
    """Start a generation by documented name ("Imagen 4") or endpoint; billed once accepted. ``extra_body``
    adds deliberate undocumented fields to the request body as given, merged (``{"data": {"seed": 7}}``)."""
    found = endpoint(which)
    body = api._typed_body(found.operation_id, found.body, {"data": params})
    return _accepted((yield call(found.module, body=body, extra_body=extra_body)))


def _get(api: Base, /, job: Job | str) -> Plan[Job]:
    """The task's current state."""
    task_id = job.id if isinstance(job, Job) else job
    return _job((yield call(get_task_result, task_id=task_id, body=TaskResultRequest())), task_id)


def _run(api: Base, which: str | Endpoint, /, *, timeout: float | None = None, **params: Any) -> Plan[Job]:
    """``submit`` then ``wait``: the finished job with its output URLs."""
    job = yield from _submit(api, which, **params)
    return (yield step("wait", job, timeout=timeout))  # type: ignore[no-any-return]


class MediaIO(ProviderClient):
    """Media.io, synchronously. Errors inside HTTP 200 envelopes raise like HTTP errors."""

    PROVIDER = PROVIDER
    CLIENT_CLASS = mediaio_client.Client
    credits, submit, get, run = sync(_credits), sync(_submit), sync(_get), sync(_run)


class AsyncMediaIO(AsyncProviderClient):
    """Media.io with asyncio: the same methods as ``MediaIO``, awaited."""

    PROVIDER = PROVIDER
    CLIENT_CLASS = mediaio_client.Client
    credits, submit, get, run = asynced(_credits), asynced(_submit), asynced(_get), asynced(_run)
