"""The retry transport and auth flow on their own: one idempotency key per call, kept from the caller. The retry
behaviour of every provider's client (sync and async) is in tests/test_behaviour.py."""

from __future__ import annotations

import httpx
from mediagen import MediagenAuth, RetryTransport
from mediagen.testing import MockEngine


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
