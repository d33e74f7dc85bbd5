"""Saving a finished job's outputs to a folder: streamed, without credentials, inside the provider's window."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import httpx

from ._exceptions import MediagenError, make_status_error
from ._logs import redact_url
from ._types import Job, JobStatus

__all__ = ["asave_outputs", "save_outputs"]


def _plan(job: Job, folder: str | Path) -> list[tuple[str, Path]]:
    """(url, file) per output, after checking there is something to fetch and it has not expired."""
    if job.status is not JobStatus.SUCCEEDED or not job.outputs:
        raise MediagenError(f"{job.provider} job {job.id} has no outputs to download ({job.raw_status or job.status})")
    expires = job.expires_at
    if expires is not None:
        expires = expires if expires.tzinfo else expires.replace(tzinfo=UTC)
        if datetime.now(UTC) >= expires:
            raise MediagenError(f"{job.provider} job {job.id}: its outputs expired at {expires.isoformat()}")
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    plan = []
    stem = re.sub(r"[^A-Za-z0-9_-]", "_", job.id)  # the server's id names the file: it may not leave the folder
    for index, url in enumerate(job.outputs):
        suffix = re.sub(r"[^A-Za-z0-9.]", "", PurePosixPath(urlsplit(url).path).suffix[:12])
        plan.append((url, root / f"{stem}-{index}{suffix}"))
    return plan


def _failed(job: Job, url: str, response: httpx.Response) -> MediagenError:
    # CDN URLs may be presigned: their query never reaches the message.
    message = f"download of {redact_url(httpx.URL(url))} for job {job.id} failed"
    error = make_status_error(response, provider=job.provider, code=None, message=message)
    error.job_id = job.id
    return error


def save_outputs(http: httpx.Client, job: Job, folder: str | Path) -> list[Path]:
    """Stream each output URL of ``job`` into ``folder`` (``<job id>-<n><ext>``); return the files."""
    saved = []
    for url, path in _plan(job, folder):
        with http.stream("GET", url) as response:
            if not response.is_success:
                response.read()
                raise _failed(job, url, response)
            with path.open("wb") as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)
        saved.append(path)
    return saved


async def asave_outputs(http: httpx.AsyncClient, job: Job, folder: str | Path) -> list[Path]:
    """``save_outputs`` for asyncio."""
    saved = []
    for url, path in _plan(job, folder):
        async with http.stream("GET", url) as response:
            if not response.is_success:
                await response.aread()
                raise _failed(job, url, response)
            with path.open("wb") as out:
                async for chunk in response.aiter_bytes():
                    out.write(chunk)
        saved.append(path)
    return saved
