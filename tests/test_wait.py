"""``wait`` itself: intervals, server hints, failures, unknown states and interruptions, sync and async. ``wait`` on
every provider's client (cadence, timeout, failed jobs, job ids kept) is in tests/test_behaviour.py."""

from __future__ import annotations

import dataclasses

import mediagen
import pytest
from mediagen import Job, JobStatus, PollPolicy, async_wait, seele, wait
from mediagen.testing import MockEngine

from tests.conftest import Sleeps


def _job(status: JobStatus, **kw: object) -> Job:
    return Job(id="job_1", provider="test", status=status, raw_status=status.value, **kw)  # type: ignore[arg-type]


def test_seele_default_cadence_is_10_to_30_seconds(api: seele.Seele, seele_mock: MockEngine, sleeps: Sleeps) -> None:
    seele_mock.provider.job_seconds = 120
    job = api.wait(api.submit("x"))
    assert job.status is JobStatus.SUCCEEDED
    assert sleeps.wait == [10.0, 15.0, 22.5, 30.0, 30.0, 30.0]
    # One status request per interval, no more: the job finished at 120 s, seen at the first poll after it.
    assert len(seele_mock.calls_to("get_job")) == len(sleeps.wait)


def test_server_hint_replaces_the_interval(sleeps: Sleeps) -> None:
    answers = iter([_job(JobStatus.RUNNING, poll_after=2.0), _job(JobStatus.RUNNING), _job(JobStatus.SUCCEEDED)])
    done = wait(_job(JobStatus.QUEUED, poll_after=0.5), lambda _: next(answers), policy=PollPolicy(5, 20))
    assert done.status is JobStatus.SUCCEEDED
    assert sleeps.wait == [0.5, 2.0, 5 * 1.5**2]


def test_failed_job_raises_job_failed_error(sleeps: Sleeps) -> None:
    answers = iter([_job(JobStatus.FAILED, error="content moderation")])
    with pytest.raises(mediagen.JobFailedError, match="content moderation") as info:
        wait(_job(JobStatus.RUNNING), lambda _: next(answers), policy=PollPolicy(1, 1))
    assert info.value.job_id == "job_1"


def test_already_terminal_job_is_not_polled(sleeps: Sleeps) -> None:
    def fetch(_: str) -> Job:
        raise AssertionError("polled")

    done = _job(JobStatus.SUCCEEDED)
    assert wait(done, fetch, policy=PollPolicy(1, 1)) is done
    with pytest.raises(mediagen.JobFailedError):
        wait(dataclasses.replace(done, status=JobStatus.CANCELED), fetch, policy=PollPolicy(1, 1))


async def test_async_wait_matches_sync(aapi: seele.AsyncSeele, sleeps: Sleeps) -> None:
    progress: list[str | None] = []
    job = await aapi.wait(await aapi.submit("x"), on_progress=lambda j: progress.append(j.raw_status))
    assert job.status is JobStatus.SUCCEEDED
    assert sleeps.wait == [10.0, 15.0, 22.5, 30.0]
    assert progress == ["processing", "processing", "processing", "finished"]


async def test_async_wait_generic(sleeps: Sleeps) -> None:
    answers = iter([_job(JobStatus.RUNNING), _job(JobStatus.SUCCEEDED, outputs=("u",))])

    async def fetch(_: str) -> Job:
        return next(answers)

    done = await async_wait(_job(JobStatus.QUEUED), fetch, policy=PollPolicy(1, 4, 2))
    assert done.outputs == ("u",) and sleeps.wait == [1, 2]


async def test_job_id_survives_cancellation(aapi: seele.AsyncSeele) -> None:
    import asyncio

    job = await aapi.submit("x")

    async def cancelled(_: float) -> None:
        raise asyncio.CancelledError

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(mediagen._wait, "asleep", cancelled)
        with pytest.raises(asyncio.CancelledError) as info:
            await aapi.wait(job)
    assert any(job.id in note for note in info.value.__notes__)


def test_an_unknown_status_is_reported_and_polled_to_the_deadline(sleeps: Sleeps) -> None:
    """A state the document does not list is JobStatus.UNKNOWN: reported to on_progress with the raw word, polled
    on (never an end, never an error), and the deadline's error names the word."""
    clock = [0.0]
    unknown = dataclasses.replace(_job(JobStatus.UNKNOWN), raw_status="ARCHIVING")
    seen: list[Job] = []

    def fetch(_: str) -> Job:
        clock[0] += 10
        return unknown

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(mediagen._wait, "clock", lambda: clock[0])
        with pytest.raises(mediagen.WaitTimeoutError, match="'ARCHIVING' \\(unknown\\)") as info:
            wait(_job(JobStatus.QUEUED), fetch, policy=PollPolicy(1, 1), timeout=35, on_progress=seen.append)
    assert [j.status for j in seen] == [JobStatus.UNKNOWN] * 4 and info.value.job_id == "job_1"
    assert not JobStatus.UNKNOWN.terminal
    assert JobStatus.read({"done": JobStatus.SUCCEEDED}, "ARCHIVING") is JobStatus.UNKNOWN
    assert JobStatus.read({"100": JobStatus.SUCCEEDED}, 100) is JobStatus.SUCCEEDED


def test_the_interval_never_overflows_on_a_long_wait() -> None:
    assert PollPolicy(1, 30).interval(10_000) == 30.0
