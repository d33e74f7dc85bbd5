"""Seele Public API v2: upload sessions, jobs, follow-up steps, job status.

```python
from mediagen import seele

with seele.Seele() as api:                      # SEELE_API_KEY
    file_id = api.upload("reference.png")
    job = api.run("Build a cozy cat farming game", model="Seele02-flash", file_ids=[file_id])
    print(job.outputs)
```

Seele honours no idempotency key, so a create that may have reached the server is never retried.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Unpack

import seele_client
from seele_client.api.default import create_file, create_job, create_job_step, get_job
from seele_client.models import CreateFileRequest, FileUpload, JobAccepted, JobRequest
from seele_client.models import Job as SeeleJob

from .._client import AsyncProviderClient, ClientOptions, ProviderClient, build_client
from .._client import _ProviderClientBase as Base
from .._operations import Plan, asynced, call, step, sync
from .._provider import from_spec, status_map
from .._types import ErrorInfo, Job, JobStatus, PollPolicy, raw_value
from .._uploads import FileSource, UploadSession, read_source

__all__ = ["PROVIDER", "AsyncSeele", "Seele", "client"]


def _error_info(body: Any) -> ErrorInfo:
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        return ErrorInfo(error.get("code"), error.get("message"))
    return ErrorInfo(None, str(body)[:200] if body else None)


def _job_id_of(body: Any) -> str | None:
    data = body.get("data") if isinstance(body, dict) else None
    job_id = data.get("job_id") if isinstance(data, dict) else None
    return job_id if isinstance(job_id, str) else None


PROVIDER = from_spec(
    "seele_client",
    error_info=_error_info,
    poll=PollPolicy(initial=10.0, maximum=30.0),  # the document: "poll every 10–30 seconds"
    unwrap=lambda envelope: envelope.data,
    job_id_of=_job_id_of,
)
STATUS = status_map("seele_client", "get_job")


def client(api_key: str | None = None, **options: Unpack[ClientOptions]) -> seele_client.Client:
    """The generated ``seele_client.Client`` wired with the overlay (auth, retries, timeouts)."""
    return build_client(PROVIDER, seele_client.Client, api_key, **options)


def _body(prompt: str, **fields: Any) -> dict[str, Any]:
    return {"prompt": prompt, **{k: v for k, v in fields.items() if v is not None}}


def _extra(fields: dict[str, Any]) -> dict[str, Any]:
    """``extra_body=`` (deliberate undocumented fields, sent as given) taken out of a method's fields."""
    extra = fields.pop("extra_body", None)
    return {"extra_body": extra} if extra else {}


def _accepted(data: JobAccepted) -> Job:
    return Job(id=data.job_id, provider="seele", status=JobStatus.QUEUED, data=data)


def _job(data: SeeleJob) -> Job:
    urls = tuple(url for artifact in data.artifacts or [] for url in artifact.urls or [])
    raw = str(raw_value(data.status))
    return Job(
        id=data.job_id,
        provider="seele",
        status=JobStatus.read(STATUS, raw),  # an undocumented status is UNKNOWN: wait() keeps polling
        raw_status=raw,
        outputs=urls,
        data=data,
    )


def _session(data: FileUpload) -> UploadSession:
    headers = data.upload_headers.to_dict() if data.upload_headers else {}
    size = data.size if isinstance(data.size, int) else None
    expires = data.upload_url_expires_at if isinstance(data.upload_url_expires_at, datetime) else None
    return UploadSession(data.file_id, data.upload_url, headers, expires, size)


def _submit(api: Base, /, prompt: str, **fields: Any) -> Plan[Job]:
    """Start a job (``model``, ``engine``, ``generation_model``, ``file_ids``; ``extra_body=`` for a field the
    document does not list); billed once accepted."""
    extra = _extra(fields)
    body = api._typed_body("create_job", JobRequest, _body(prompt, **fields))
    return _accepted((yield call(create_job, body=body, **extra)))


def _step(api: Base, /, job: Job | str, prompt: str, **fields: Any) -> Plan[Job]:
    """Add a follow-up step to a finished job (ConflictError while it is still processing)."""
    extra = _extra(fields)
    body = api._typed_body("create_job_step", JobRequest, _body(prompt, **fields))
    job_id = job.id if isinstance(job, Job) else job
    return _accepted((yield call(create_job_step, job_id=job_id, body=body, **extra)))


def _get(api: Base, /, job: Job | str) -> Plan[Job]:
    """The job's current state."""
    return _job((yield call(get_job, job_id=job.id if isinstance(job, Job) else job)))


def _run(api: Base, /, prompt: str, *, timeout: float | None = None, **fields: Any) -> Plan[Job]:
    """``submit`` then ``wait``."""
    job = yield from _submit(api, prompt, **fields)
    return (yield step("wait", job, timeout=timeout))  # type: ignore[no-any-return]


def _upload(
    api: Base, /, source: FileSource, *, filename: str | None = None, content_type: str | None = None
) -> Plan[str]:
    """Upload a path or bytes; return the ``file_id`` to pass in ``file_ids``."""
    payload = read_source(source, filename=filename, content_type=content_type)
    request = CreateFileRequest(payload.filename, payload.content_type, len(payload.data))
    session = _session((yield call(create_file, body=request)))
    return (yield step("_put", session, payload))  # type: ignore[no-any-return]


class Seele(ProviderClient):
    """Seele, synchronously. Every method raises a ``mediagen`` exception on failure."""

    PROVIDER = PROVIDER
    CLIENT_CLASS = seele_client.Client
    submit, step, get, run, upload = sync(_submit), sync(_step), sync(_get), sync(_run), sync(_upload)


class AsyncSeele(AsyncProviderClient):
    """Seele with asyncio: the same methods as ``Seele``, awaited."""

    PROVIDER = PROVIDER
    CLIENT_CLASS = seele_client.Client
    submit, step, get, run, upload = asynced(_submit), asynced(_step), asynced(_get), asynced(_run), asynced(_upload)
