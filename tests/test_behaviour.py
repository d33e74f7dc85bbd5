"""Retry, wait, error and upload behaviour, once, for every provider × {sync, async} (the rows: tests/_matrix.py).

Only the public API: the clients, the ``mock_provider``/``mock_sleeps`` fixtures of the pytest plugin and the mock
engine's fault injection; every test asserts on what the mock saw (``engine.calls_to``) and what was raised.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from typing import Any

import mediagen
import pytest
from mediagen import JobStatus
from mediagen._constants import MAX_RETRY_AFTER, MAX_RETRY_DELAY
from mediagen.testing import MockEngine
from mediagen.testing.pytest_plugin import MockSleeps

from tests._matrix import Row, cases, is_async, run


@dataclass
class Case:
    row: Row
    client: type[Any]
    engine: MockEngine
    sleeps: MockSleeps
    stack: AsyncExitStack
    node: pytest.Item
    api: Any = None

    @property
    def idempotency_header(self) -> str | None:
        """The header of the key the provider honours on writes (None: it honours none)."""
        header: str | None = self.client.PROVIDER.idempotency_header
        return header

    async def make(self, api_key: str | None = None, **options: Any) -> Any:
        """A client on this case's mock, closed at the end of the test."""
        api = self.client(api_key or self.engine.provider.api_key, transport=self.engine.transport(), **options)
        if is_async(self.client):
            return await self.stack.enter_async_context(api)
        return self.stack.enter_context(api)

    async def submit(self) -> mediagen.Job:
        job: mediagen.Job = await run(self.row.submit(self.api))
        return job

    def keys(self) -> list[str | None]:
        """The idempotency key each submit that reached the mock carried."""
        header = self.idempotency_header
        return [c.request.header(header) if header else None for c in self.engine.calls_to(self.row.submit_op)]


@pytest.fixture(params=cases())
async def case(
    request: pytest.FixtureRequest, mock_provider: Callable[..., MockEngine], mock_sleeps: MockSleeps
) -> AsyncIterator[Case]:
    row, client = request.param
    async with AsyncExitStack() as stack:
        found = Case(row, client, mock_provider(row.name), mock_sleeps, stack, request.node)
        found.api = await found.make()
        yield found


def _pace(engine: MockEngine, seconds: float) -> None:
    """Every job the mock makes from now on ends ``seconds`` after it is submitted (no time queued first)."""
    mock: Any = engine.provider  # each mock's own knobs (``job_seconds``, and ``queue_seconds`` where it has one)
    mock.job_seconds = seconds
    if hasattr(mock, "queue_seconds"):
        mock.queue_seconds = 0


# -- retries of a status fetch (safe to repeat: it reads) -------------------------------------------------------------
@pytest.mark.parametrize(("status", "retry_after"), [(503, 3), (429, 3), (429, 3600)])
async def test_a_status_fetch_is_retried_after_the_servers_retry_after(
    case: Case, status: int, retry_after: int
) -> None:
    job = await case.submit()
    case.engine.fail_next(status, operation=case.row.get_op, retry_after=retry_after, undocumented=True)
    assert (await run(case.api.get(job.id))).id == job.id
    assert [c.response.status for c in case.engine.calls_to(case.row.get_op)] == [status, 200]
    assert case.sleeps.retry == [min(retry_after, MAX_RETRY_AFTER)]


async def test_a_status_fetch_is_retried_on_502_with_growing_backoff(case: Case) -> None:
    job = await case.submit()
    case.engine.fail_next(502, times=2, operation=case.row.get_op, undocumented=True)
    assert (await run(case.api.get(job.id))).id == job.id
    assert len(case.engine.calls_to(case.row.get_op)) == 3
    first, second = case.sleeps.retry
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0  # 0.5·2ⁿ less up to 25% jitter
    assert all(s <= MAX_RETRY_DELAY for s in case.sleeps.retry)


async def test_a_status_fetch_is_retried_after_a_dropped_connection(case: Case) -> None:
    job = await case.submit()
    case.engine.drop_next("before", operation=case.row.get_op)
    case.engine.drop_next("after", operation=case.row.get_op)
    assert (await run(case.api.get(job.id))).id == job.id
    assert len(case.engine.calls_to(case.row.get_op)) == 2  # the "after" drop was handled, then the retry
    assert len(case.sleeps.retry) == 2


async def test_retries_stop_after_max_retries(case: Case) -> None:
    job = await case.submit()
    api = case.api.with_options(max_retries=1)
    case.engine.fail_next(503, times=5, operation=case.row.get_op, undocumented=True)
    with pytest.raises(mediagen.InternalServerError) as info:
        await run(api.get(job.id))
    assert info.value.status_code == 503 and info.value.provider == case.row.name
    assert len(case.engine.calls_to(case.row.get_op)) == 2
    assert len(case.engine.faults) == 3  # two tries used two faults
    assert len(case.sleeps.retry) == 1


async def test_a_402_on_a_status_fetch_is_never_retried(case: Case) -> None:
    job = await case.submit()
    case.engine.fail_next(402, times=3, operation=case.row.get_op, undocumented=True)
    with pytest.raises(mediagen.PaymentRequiredError) as info:
        await run(case.api.get(job.id))
    assert info.value.status_code == 402
    assert len(case.engine.calls_to(case.row.get_op)) == 1 and len(case.engine.faults) == 2
    assert case.sleeps.retry == []


# -- retries of a billable submit: only where repeating cannot make a second job -------------------------------------
@pytest.mark.parametrize("after", [False, True], ids=["refused", "processed"])
async def test_a_submit_answered_5xx_is_retried_only_under_an_honoured_key(case: Case, after: bool) -> None:
    """``processed``: the mock made the job, then answered 502. A provider that honours a key answers the retry by
    replaying the first success (one job); any other is never sent the submit twice."""
    case.engine.fail_next(502, operation=case.row.submit_op, after=after, undocumented=True)
    if case.idempotency_header is None:
        with pytest.raises(mediagen.InternalServerError) as info:
            await case.submit()
        assert info.value.status_code == 502 and info.value.idempotency_key is None
        assert len(case.engine.calls_to(case.row.submit_op)) == 1
        assert case.sleeps.retry == []
        return
    job = await case.submit()
    keys = case.keys()
    assert len(keys) == 2 and keys[0] is not None and keys[0] == keys[1]
    assert case.engine.replays == (1 if after else 0)
    assert (await run(case.api.get(job.id))).id == job.id
    assert len(case.sleeps.retry) == 1


async def test_a_submit_failing_for_good_carries_its_idempotency_key(case: Case) -> None:
    case.engine.fail_next(503, times=5, operation=case.row.submit_op, undocumented=True)
    with pytest.raises(mediagen.InternalServerError) as info:
        await case.submit()
    keys = case.keys()
    if case.idempotency_header is None:
        assert keys == [None] and info.value.idempotency_key is None
    else:  # every try carried the one key of the call: sending again with it cannot make a second job
        assert len(keys) == 3 and set(keys) == {info.value.idempotency_key} and info.value.idempotency_key


@pytest.mark.parametrize("when", ["connect", "before", "after"])
async def test_a_submit_whose_connection_drops(case: Case, when: str) -> None:
    """Never opened: retried. Dropped once the body may have left: retried under an honoured key (the server replays
    a processed one), else raised as possibly processed, never sent twice."""
    case.engine.drop_next(when, operation=case.row.submit_op)  # type: ignore[arg-type]
    reached = 0 if when in ("connect", "before") else 1  # requests the mock handled before the drop
    if when != "connect" and case.idempotency_header is None:
        with pytest.raises(mediagen.APIConnectionError) as info:
            await case.submit()
        assert info.value.may_have_been_processed
        assert "may have been processed" in str(info.value)
        assert len(case.engine.calls_to(case.row.submit_op)) == reached
        return
    job = await case.submit()
    assert (await run(case.api.get(job.id))).id == job.id
    keys = case.keys()
    assert len(keys) == reached + 1 and len(set(keys)) == 1
    assert case.engine.replays == reached
    assert len(case.sleeps.retry) == 1


async def test_a_submit_refused_429_is_retried_after_retry_after(case: Case) -> None:
    """429 is a refusal: nothing was processed, so even an unkeyed submit is sent again, after the server's hint."""
    case.engine.fail_next(429, operation=case.row.submit_op, retry_after=7, undocumented=True)
    job = await case.submit()
    assert [c.response.status < 300 for c in case.engine.calls_to(case.row.submit_op)] == [False, True]
    assert case.sleeps.retry == [7.0]
    assert (await run(case.api.get(job.id))).id == job.id


# -- wait ------------------------------------------------------------------------------------------------------------
async def test_wait_polls_at_the_providers_cadence_to_success(case: Case) -> None:
    _pace(case.engine, 120)
    job = await case.submit()
    seen: list[mediagen.Job] = []
    done = await run(case.api.wait(job, on_progress=seen.append))
    assert done.status is JobStatus.SUCCEEDED and done.id == job.id and done.outputs
    slept, policy = case.sleeps.wait, case.client.PROVIDER.poll
    assert slept == [policy.interval(i) for i in range(len(slept))]
    assert sum(slept[:-1]) < 120 <= sum(slept)  # seen at the first poll after it ended, not later
    assert len(case.engine.calls_to(case.row.get_op)) == len(slept) == len(seen)  # one status request a poll
    assert [j.status.terminal for j in seen] == [False] * (len(seen) - 1) + [True]
    assert all(j.raw_status for j in seen)


async def test_wait_poll_interval_override(case: Case) -> None:
    _pace(case.engine, 60)
    done = await run(case.api.wait(await case.submit(), poll_interval=20))
    assert done.status is JobStatus.SUCCEEDED
    assert case.sleeps.wait == [20.0, 20.0, 20.0]


@pytest.mark.parametrize("case", cases(lambda row, client: row.job_failure is not None), indirect=True)
async def test_wait_on_a_failing_job_raises_job_failed_error(case: Case) -> None:
    case.engine.provider.fail_next_job(case.row.job_failure)
    job = await case.submit()
    with pytest.raises(mediagen.JobFailedError) as info:
        await run(case.api.wait(job))
    assert info.value.job_id == job.id and info.value.job.status is JobStatus.FAILED
    assert f"job {job.id}" in str(info.value)
    assert len(case.engine.calls_to(case.row.get_op)) == len(case.sleeps.wait) > 0


async def test_wait_raises_at_its_timeout_with_the_job(case: Case) -> None:
    # The deadline runs on the plugin's test clock (mock_sleeps), which the waits move: nothing real is slept.
    _pace(case.engine, 10_000)
    job = await case.submit()
    with pytest.raises(mediagen.WaitTimeoutError) as info:
        await run(case.api.wait(job, timeout=50))
    assert info.value.job_id == job.id and not info.value.job.status.terminal
    assert sum(case.sleeps.wait) == pytest.approx(50, abs=0.5)  # the last interval is cut to the deadline (real
    # time the test took counts too)
    assert len(case.engine.calls_to(case.row.get_op)) == len(case.sleeps.wait)
    assert info.value.job.raw_status == (await run(case.api.get(job.id))).raw_status


async def test_a_status_request_failing_during_wait_carries_the_job_id(case: Case) -> None:
    job = await case.submit()
    case.engine.fail_next(502, times=3, operation=case.row.get_op, undocumented=True)
    with pytest.raises(mediagen.InternalServerError) as info:
        await run(case.api.wait(job))
    assert info.value.job_id == job.id
    assert len(case.engine.calls_to(case.row.get_op)) == 3


async def test_the_job_id_survives_an_interrupted_wait(case: Case) -> None:
    """A callback error or Ctrl-C while waiting: the exception still names the billed job."""
    job = await case.submit()

    def boom(_: mediagen.Job) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt) as info:
        await run(case.api.wait(job, on_progress=boom))
    assert any(job.id in note for note in info.value.__notes__)


# -- errors ----------------------------------------------------------------------------------------------------------
async def test_a_refused_key_is_an_authentication_error_and_not_retried(case: Case) -> None:
    real = case.engine.provider.api_key
    api = await case.make(real[:-4] + ("0000" if not real.endswith("0000") else "1111"))
    with pytest.raises(mediagen.AuthenticationError) as info:
        await run(case.row.submit(api))
    assert info.value.provider == case.row.name
    assert len(case.engine.calls) == 1 and case.sleeps.retry == []
    assert real not in str(info.value)


async def test_invalid_input_is_refused_before_anything_is_sent(case: Case) -> None:
    with pytest.raises(mediagen.InvalidInputError) as info:
        await run(case.row.invalid(case.api))
    assert info.value.field == case.row.invalid_field and info.value.field in str(info.value)
    assert case.engine.calls_to(case.row.submit_op) == []
    assert [c.request.method for c in case.engine.calls if c.request.method != "GET"] == []  # discovery at most


# -- uploads, where the provider takes them ------------------------------------------------------------------------
UPLOADERS = cases(lambda row, client: hasattr(client, "upload"))


def _puts(engine: MockEngine) -> list[Any]:
    return [c for c in engine.calls if c.request.method == "PUT"]


@pytest.mark.parametrize("case", UPLOADERS, indirect=True)
async def test_an_upload_puts_the_bytes_with_the_sessions_headers_and_no_credentials(case: Case) -> None:
    file_id = await run(case.api.upload(b"GIF89a....", filename="a.gif"))
    assert isinstance(file_id, str) and file_id
    (put,) = _puts(case.engine)
    assert put.request.header("content-type") == "image/gif"
    assert put.request.body == b"GIF89a...." and put.response.status == 200
    for name in case.client.PROVIDER.credential_headers("k"):
        assert put.request.header(name) is None
    assert case.engine.provider.api_key not in str(put.request.headers)


@pytest.mark.parametrize("case", UPLOADERS, indirect=True)
async def test_an_upload_put_answered_5xx_is_retried(case: Case) -> None:
    case.engine.fail_next(503, when=lambda request: request.method == "PUT")
    await run(case.api.upload(b"abc", filename="a.png"))
    assert [put.response.status for put in _puts(case.engine)] == [503, 200]
    assert len(case.sleeps.retry) == 1
