"""Retries under injected faults: what is retried, what is not, how long it waits, and the idempotency key."""

from __future__ import annotations

import httpx
import mediagen
import pytest
from mediagen import MediagenAuth, RetryTransport, seele
from mediagen._constants import MAX_RETRY_AFTER, MAX_RETRY_DELAY
from mediagen.testing import MockEngine

from tests.conftest import Sleeps


def test_get_is_retried_after_a_reset_either_side(api: seele.Seele, seele_mock: MockEngine, sleeps: Sleeps) -> None:
    job = api.submit("x")
    seele_mock.drop_next("before", operation="get_job")
    seele_mock.drop_next("after", operation="get_job")
    assert api.get(job.id).id == job.id
    assert len(seele_mock.calls_to("get_job")) == 2  # the "after" drop was handled, then the retry
    assert len(sleeps.retry) == 2


def test_post_is_retried_when_the_connection_never_opened(api: seele.Seele, seele_mock: MockEngine) -> None:
    seele_mock.drop_next("connect", operation="create_job")
    job = api.submit("x")
    assert list(seele_mock.provider.jobs) == [job.id]


@pytest.mark.parametrize("when", ["before", "after"])
def test_post_is_not_retried_after_it_may_have_been_sent(api: seele.Seele, seele_mock: MockEngine, when: str) -> None:
    """Seele honours no idempotency key: a reset once the body left may hide a billed job, so no second try."""
    seele_mock.drop_next(when, operation="create_job")  # type: ignore[arg-type]
    with pytest.raises(mediagen.APIConnectionError) as info:
        api.submit("x")
    assert info.value.may_have_been_processed
    assert "may have been processed" in str(info.value)
    assert len(seele_mock.provider.jobs) == (1 if when == "after" else 0)
    assert len(seele_mock.calls_to("create_job")) == (1 if when == "after" else 0)


def test_post_is_not_retried_on_502(api: seele.Seele, seele_mock: MockEngine) -> None:
    seele_mock.fail_next(502, operation="create_job")
    with pytest.raises(mediagen.InternalServerError):
        api.submit("x")
    assert len(seele_mock.calls_to("create_job")) == 1


def test_post_is_retried_on_429_after_retry_after(api: seele.Seele, seele_mock: MockEngine, sleeps: Sleeps) -> None:
    """429 is a refusal: nothing was processed, so even an unkeyed POST is tried again, after the server's hint."""
    seele_mock.fail_next(429, operation="create_job", retry_after=7, undocumented=True)
    job = api.submit("x")
    assert sleeps.retry == [7.0]
    assert list(seele_mock.provider.jobs) == [job.id]


def test_retry_after_is_capped(api: seele.Seele, seele_mock: MockEngine, sleeps: Sleeps) -> None:
    seele_mock.fail_next(429, retry_after=3600)
    api.submit("x")
    assert sleeps.retry == [MAX_RETRY_AFTER]


def test_get_is_retried_on_502_with_growing_backoff(api: seele.Seele, seele_mock: MockEngine, sleeps: Sleeps) -> None:
    job = api.submit("x")
    seele_mock.fail_next(502, times=2, operation="get_job")
    assert api.get(job.id).id == job.id
    first, second = sleeps.retry
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0  # 0.5·2ⁿ less up to 25% jitter
    assert all(s <= MAX_RETRY_DELAY for s in sleeps.retry)


def test_retries_stop_after_max_retries(seele_mock: MockEngine) -> None:
    api = seele.Seele(seele_mock.provider.api_key, transport=seele_mock.transport(), max_retries=1)
    job = api.submit("x")
    seele_mock.fail_next(503, times=5, operation="get_job", undocumented=True)
    with pytest.raises(mediagen.InternalServerError):
        api.get(job.id)
    assert len(seele_mock.faults) == 3  # two tries used two faults


def test_402_is_never_retried(api: seele.Seele, seele_mock: MockEngine) -> None:
    job = api.submit("x")
    seele_mock.fail_next(402, times=3, operation="get_job", undocumented=True)
    with pytest.raises(mediagen.PaymentRequiredError):
        api.get(job.id)
    assert len(seele_mock.faults) == 2


async def test_async_retry_policy_is_the_same(aapi: seele.AsyncSeele, seele_mock: MockEngine, sleeps: Sleeps) -> None:
    seele_mock.drop_next("after", operation="create_job")
    with pytest.raises(mediagen.APIConnectionError):
        await aapi.submit("x")
    seele_mock.fail_next(429, operation="create_job", retry_after=2, undocumented=True)
    await aapi.submit("y")
    assert sleeps.retry == [2.0]
    assert len(seele_mock.provider.jobs) == 2


def test_a_keyed_post_is_retried_with_the_same_key(seele_mock: MockEngine) -> None:
    """For a provider that honours a key, a POST is safe to retry: every try carries the one key of the call."""
    header = "X-Idempotency-Key"
    auth = MediagenAuth({"Authorization": f"Bearer {seele_mock.provider.api_key}"}, idempotency_header=header)
    transport = RetryTransport(seele_mock.transport(), idempotency_header=header)
    with httpx.Client(base_url="https://openapi.seeles.ai", auth=auth, transport=transport) as http:
        seele_mock.fail_next(502, operation="create_job")
        seele_mock.drop_next("after", operation="create_job")
        response = http.post("/v2/api/jobs", json={"prompt": "x"})
        assert response.status_code == 201
        second = http.post("/v2/api/jobs", json={"prompt": "y"})
    keys = [c.request.header(header) for c in seele_mock.calls_to("create_job")]
    assert len(keys) == 4 and keys[0] == keys[1] == keys[2] != keys[3]
    assert second.status_code == 201
    # Seele itself ignores the key: the dropped try and its retry made two jobs. That is why the Seele adapter
    # declares no idempotency header, and so never retries a POST that may have been processed.
    assert len(seele_mock.provider.jobs) == 3


def test_caller_key_is_kept_and_gets_are_not_keyed() -> None:
    auth = MediagenAuth({}, idempotency_header="Idempotency-Key")
    request = httpx.Request("POST", "https://x/y", headers={"Idempotency-Key": "mine"})
    assert next(auth.auth_flow(request)).headers["Idempotency-Key"] == "mine"
    assert "Idempotency-Key" not in next(auth.auth_flow(httpx.Request("GET", "https://x/y"))).headers
