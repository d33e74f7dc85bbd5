"""Fusara Integration API: one polymorphic generate endpoint keyed by an integer ``__type``.

```python
from mediagen import fusara

with fusara.Fusara() as api:                                   # FUSARA_API_KEY
    job = api.run({"__type": 5, "Prompt": "A serene mountain landscape", "Width": 1024, "Height": 1024})
    print(job.outputs)
```

Read from the spec, one place each: ``x-compatibility`` (which ``__type`` takes LoRA and which presets),
``x-common-mistakes`` (the fix to add to a refusal), ``x-rate-limits`` (30 requests in flight per key, 200 queued
tasks). A bad key is answered 403 and raised as AuthenticationError. No idempotency key: a generate that may have
been received is never retried.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from typing import Any, Literal, Unpack

import fusara_client
from fusara_client import models
from fusara_client.api.default import generate, get_task, get_task_status, hyperlora, outpaint, reframe, upscale
from fusara_client.models import TaskResponse

from .._client import AsyncProviderClient, ClientOptions, ProviderClient, build_client
from .._client import _ProviderClientBase as Base
from .._exceptions import InvalidInputError
from .._json import loads
from .._limits import JobSlots
from .._operations import Plan, asynced, call, step, sync
from .._provider import from_spec, status_map
from .._schema import SpecSchema, refuse
from .._types import ErrorInfo, Job, JobStatus, PollPolicy, raw_value

__all__ = ["PROVIDER", "AsyncFusara", "Fusara", "callback_payload", "client"]

_SPEC = SpecSchema.of("fusara_client")
COMPATIBILITY: Mapping[str, Mapping[str, Any]] = _SPEC.spec["x-compatibility"]
MISTAKES: list[Mapping[str, Any]] = _SPEC.spec["x-common-mistakes"]
LIMITS: Mapping[str, int] = _SPEC.spec["x-rate-limits"]
PRESET_NAMES = {int(k): v["name"] for k, v in _SPEC.spec["x-preset-types"].items()}
ENDPOINTS = {"generate": generate, "upscale": upscale, "outpaint": outpaint, "reframe": reframe, "hyperlora": hyperlora}
Endpoint = Literal["generate", "upscale", "outpaint", "reframe", "hyperlora"]
#: workflowStatusId → normalized status (section 3.5).
STATUS = status_map("fusara_client", "get_task_status")
CATEGORIES = dict(
    enumerate(["Unknown", "QuotaExceeded", "ContentModeration", "InvalidInput", "ProviderError", "Timeout"])
)


def _error_info(body: Any) -> ErrorInfo:
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        return ErrorInfo(error.get("code"), error.get("description"))
    return ErrorInfo(None, str(body)[:200] if body else None)


def _task_id_of(body: Any) -> str | None:
    data = body.get("data") if isinstance(body, dict) else None
    task_id = data.get("taskId") if isinstance(data, dict) else None
    return str(task_id) if isinstance(task_id, int) else None


PROVIDER = from_spec(
    "fusara_client",
    error_info=_error_info,
    poll=PollPolicy(initial=3.0, maximum=5.0),  # the document: poll every 3-5 seconds
    unwrap=lambda envelope: envelope.data,
    job_id_of=_task_id_of,
)


def client(api_key: str | None = None, **options: Unpack[ClientOptions]) -> fusara_client.Client:
    """The generated ``fusara_client.Client`` wired with the overlay (auth, retries, the request limit)."""
    return build_client(PROVIDER, fusara_client.Client, api_key, **options)


def _variant(endpoint: str, body: Mapping[str, Any]) -> type[Any]:
    """The generated class of this body: the union's discriminator mapping, read from the spec."""
    op = _SPEC.operations[endpoint]
    schema = _SPEC.resolve(op.raw["requestBody"]["content"]["application/json"]["schema"])
    ref = op.raw["requestBody"]["content"]["application/json"]["schema"].get("$ref", "")
    mapping = schema.get("discriminator", {}).get("mapping")
    target = mapping.get(str(body.get("__type")), "") if mapping else ref
    cls: type[Any] = getattr(models, target.rsplit("/", 1)[-1])
    return cls


def _fix(error: InvalidInputError) -> InvalidInputError:
    """Add the document's fix (section 10) to a refusal that names a field a common mistake shows up in."""
    name = error.field.rsplit(".", 1)[-1].split("[", 1)[0]
    for mistake in MISTAKES:
        if name in mistake.get("fields", []) and error.rule in mistake.get("rules", [error.rule]):
            return InvalidInputError(
                error.field, error.rule, f"{error.args[0].split(': ', 1)[1]}; fix: {mistake['fix']}"
            )
    return error


def preflight(schema: SpecSchema, endpoint: str, body: Mapping[str, Any]) -> None:
    """Refuse, before sending, what the spec and the compatibility matrix (section 7) say the provider refuses."""
    try:
        refuse(schema.body_problems(endpoint, body))
    except InvalidInputError as error:
        raise _fix(error) from None
    compat = COMPATIBILITY.get(str(body.get("__type")), {})
    name = compat.get("name", body.get("__type"))
    if body.get("TaskModels") and not compat.get("lora", True):
        takers = ", ".join(k for k, v in COMPATIBILITY.items() if v["lora"])
        raise InvalidInputError("body.TaskModels", "compatibility", f"{name} takes no LoRA; fix: use one of {takers}")
    accepted = compat.get("presets")
    for i, preset in enumerate(body.get("TaskPresets") or []):
        kind = PRESET_NAMES.get(preset.get("__type"), preset.get("__type"))
        if accepted is not None and kind not in accepted:
            ok = ", ".join(accepted) or "none"
            raise InvalidInputError(
                f"body.TaskPresets[{i}]", "compatibility", f"{name} does not take {kind} presets; fix: use {ok}"
            )


def _status(raw: Any) -> JobStatus:
    """workflowStatusId → normalized; one the document does not list is UNKNOWN (wait() keeps polling)."""
    return JobStatus.read(STATUS, int(raw_value(raw)))


def _job(data: TaskResponse) -> Job:
    status = _status(data.workflow_status_id)
    error = None
    if status is JobStatus.FAILED:
        category = data.error_category_id
        label = CATEGORIES.get(int(category), str(category)) if isinstance(category, int) else "Unknown"
        messages = [m for m in (data.user_standard_message, data.user_detailed_message) if isinstance(m, str)]
        error = f"{label}: {' '.join(messages)}" if messages else label
    images = data.images if isinstance(data.images, list) else []  # optional in an answer
    outputs = tuple(item.url for item in images) if status is JobStatus.SUCCEEDED else ()
    raw = str(int(raw_value(data.workflow_status_id)))
    return Job(
        id=str(data.task_id), provider="fusara", status=status, raw_status=raw, outputs=outputs, data=data, error=error
    )


def _status_job(job_id: str, status: int) -> Job:
    return Job(id=job_id, provider="fusara", status=_status(status), raw_status=str(status))


def callback_payload(body: bytes | str | Mapping[str, Any]) -> models.CallbackPayload:
    """Parse the completion webhook's body (section 9.9) into its generated model, checked against the spec."""
    data = loads(body) if isinstance(body, bytes | str) else dict(body)
    refuse(_SPEC.problems_at("/components/schemas/CallbackPayload", data))
    return models.CallbackPayload.from_dict(data)


def _submit(
    api: Base,
    /,
    body: Mapping[str, Any],
    *,
    endpoint: Endpoint = "generate",
    extra_body: Mapping[str, Any] | None = None,
) -> Plan[Job]:
    """Start a task; ``body`` carries ``__type`` and the provider's fields exactly as the document names them
    (``extra_body``: deliberate undocumented fields, sent as given after the checks)."""
    preflight(api.schema, endpoint, body)
    typed = _variant(endpoint, body).from_dict(dict(body))
    return _job((yield call(ENDPOINTS[endpoint], body=typed, extra_body=extra_body)))


def _get(api: Base, /, job: Job | str) -> Plan[Job]:
    """The status endpoint first; the task itself only once it is done (section 1's flow)."""
    job_id = job.id if isinstance(job, Job) else job
    status = int(raw_value((yield call(get_task_status, id=int(job_id)))))
    if not _status(status).terminal:
        return _status_job(job_id, status)
    return _job((yield call(get_task, id=int(job_id))))


def _run(
    api: Base, /, body: Mapping[str, Any], *, endpoint: Endpoint = "generate", timeout: float | None = None
) -> Plan[Job]:
    """``submit`` then ``wait``."""
    job = yield from _submit(api, body, endpoint=endpoint)
    return (yield step("wait", job, timeout=timeout))  # type: ignore[no-any-return]


class Fusara(ProviderClient):
    """Fusara, synchronously."""

    PROVIDER = PROVIDER
    CLIENT_CLASS = fusara_client.Client
    submit, get, run = sync(_submit), sync(_get), sync(_run)


class AsyncFusara(AsyncProviderClient):
    """Fusara with asyncio, plus ``batch``: many tasks kept inside the documented limits."""

    PROVIDER = PROVIDER
    CLIENT_CLASS = fusara_client.Client
    submit, get, run = asynced(_submit), asynced(_get), asynced(_run)

    async def batch(
        self, bodies: Iterable[Mapping[str, Any]], *, endpoint: Endpoint = "generate", timeout: float | None = None
    ) -> list[Job | BaseException]:
        """Run many tasks, at most 200 queued at once (requests in flight stay under 30 at the transport).

        Returns one entry per body, in order: the finished job, or the exception that ended it (which carries the
        job id when one was created). Nothing is dropped: a failure does not cancel the rest.
        """
        slots = JobSlots(LIMITS["queued"])

        async def one(body: Mapping[str, Any]) -> Job:
            async with slots.slot():
                return await self.run(body, endpoint=endpoint, timeout=timeout)

        return list(await asyncio.gather(*(one(b) for b in bodies), return_exceptions=True))
