"""``wait``: poll a job until it ends, for every provider, sync and async over one planner.

The planner is sans-IO: it says how long to sleep next and judges each answer; the two loops only sleep and fetch.
No thread per job: 10,000 async waits are 10,000 coroutines.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import assert_never

from ._exceptions import JobFailedError, MediagenError, WaitTimeoutError
from ._types import Job, JobStatus, PollPolicy

__all__ = ["ProgressCallback", "async_wait", "wait"]

ProgressCallback = Callable[[Job], None]

#: Injectable for tests, like openai's ``_sleep``.
sleep: Callable[[float], None] = time.sleep
asleep: Callable[[float], Awaitable[None]] = asyncio.sleep
clock: Callable[[], float] = time.monotonic


@dataclass
class _Planner:
    job: Job
    policy: PollPolicy
    deadline: float | None
    on_progress: ProgressCallback | None
    polls: int = field(default=0)

    def next_delay(self) -> float | None:
        """Seconds to sleep before the next poll, or None when the job is done. Raises on failure or deadline."""
        job = self.job
        match job.status:
            case JobStatus.SUCCEEDED:
                return None
            case JobStatus.FAILED | JobStatus.CANCELED:
                reason = f": {job.error}" if job.error else ""
                raise JobFailedError(f"{job.provider} job {job.id} {job.raw_status or job.status}{reason}", job)
            case JobStatus.QUEUED | JobStatus.RUNNING | JobStatus.UNKNOWN:
                pass  # an unknown (undocumented) state is not an end: keep polling to the deadline
            case _:
                assert_never(job.status)
        delay = job.poll_after if job.poll_after is not None else self.policy.interval(self.polls)
        if self.deadline is not None:
            left = self.deadline - clock()
            if left <= 0:
                state = f"{job.raw_status!r}" if job.raw_status is not None else str(job.status)
                if job.status is JobStatus.UNKNOWN:
                    state = f"in the undocumented state {state} (unknown)"
                raise WaitTimeoutError(f"{job.provider} job {job.id} still {state} at the deadline", job)
            delay = min(delay, left)
        return max(delay, 0.0)

    def seen(self, job: Job) -> None:
        self.polls += 1
        self.job = job
        if self.on_progress is not None:
            self.on_progress(job)


def _keep_job_id(exc: BaseException, job: Job) -> None:
    """Whatever ends a wait (an API error, a cancellation, Ctrl-C, a failing callback), the job id goes with it."""
    if isinstance(exc, MediagenError):
        exc.job_id = exc.job_id or job.id
    elif not isinstance(exc, GeneratorExit):
        exc.add_note(f"{job.provider} job {job.id} was submitted and may still run: keep its id")


def _planner(job: Job, policy: PollPolicy, timeout: float | None, on_progress: ProgressCallback | None) -> _Planner:
    return _Planner(job, policy, None if timeout is None else clock() + timeout, on_progress)


def wait(
    job: Job,
    fetch: Callable[[str], Job],
    *,
    policy: PollPolicy,
    timeout: float | None = None,
    on_progress: ProgressCallback | None = None,
) -> Job:
    """Poll ``fetch(job.id)`` until the job ends; return it on success.

    Args:
        job: The job as last seen (a just-submitted one is not fetched before the first interval).
        fetch: Gets the job's current state from the provider.
        policy: Interval growth; a server's ``poll_after`` hint takes its place when given.
        timeout: Seconds before WaitTimeoutError; None waits as long as it takes.
        on_progress: Called with every state fetched; a state the document does not list comes as
            ``JobStatus.UNKNOWN`` with the provider's word in ``raw_status``, and polling goes on.

    Raises:
        JobFailedError: the job failed or was canceled (``.job_id``, ``.job``).
        WaitTimeoutError: the deadline passed first (``.job_id``; the job may still finish).
        APIError: a status request failed for good; its ``job_id`` is set.
    """
    plan = _planner(job, policy, timeout, on_progress)
    try:
        while (delay := plan.next_delay()) is not None:
            sleep(delay)
            plan.seen(fetch(job.id))
    except BaseException as exc:
        _keep_job_id(exc, job)
        raise
    return plan.job


async def async_wait(
    job: Job,
    fetch: Callable[[str], Awaitable[Job]],
    *,
    policy: PollPolicy,
    timeout: float | None = None,
    on_progress: ProgressCallback | None = None,
) -> Job:
    """``wait`` for asyncio: the same planner, awaiting sleeps and fetches."""
    plan = _planner(job, policy, timeout, on_progress)
    try:
        while (delay := plan.next_delay()) is not None:
            await asleep(delay)
            plan.seen(await fetch(job.id))
    except BaseException as exc:
        _keep_job_id(exc, job)
        raise
    return plan.job
