"""API keys never appear in reprs, exception text or logs."""

from __future__ import annotations

import logging

import mediagen
import pytest
from mediagen import seele
from mediagen.testing import MockEngine


def test_key_absent_from_reprs_errors_and_logs(seele_mock: MockEngine, caplog: pytest.LogCaptureFixture) -> None:
    key = seele_mock.provider.add_key("sk-secret-" + "9" * 24)
    caplog.set_level(logging.DEBUG)
    api = seele.Seele(key, transport=seele_mock.transport())
    texts = [repr(api), repr(api.client), repr(api.client._httpx_args["auth"])]
    seele_mock.fail_next(502, times=3, operation="get_job")
    job = api.submit("x")
    for call in (
        lambda: api.get(job.id),
        lambda: seele.Seele("sk-wrong-" + "8" * 24, transport=seele_mock.transport()).get("j"),
    ):
        with pytest.raises(mediagen.APIStatusError) as info:
            call()
        texts += [str(info.value), repr(info.value), repr(info.value.response), repr(info.value.request)]
        texts += [repr(info.value.request.headers) if info.value.request else ""]
    texts += [record.getMessage() for record in caplog.records]
    assert any("retrying" in t for t in texts)  # the logs did see the retries
    for text in texts:
        assert key not in text and "8" * 24 not in text


def test_presigned_query_is_redacted_in_logs() -> None:
    import httpx
    from mediagen._logs import redact_headers, redact_url

    assert redact_url(httpx.URL("https://s3/x?X-Amz-Signature=abc")) == "https://s3/x?[redacted]"
    assert redact_headers({"Authorization": "Bearer k", "X-API-Key": "k", "Accept": "*/*"}) == {
        "Authorization": "[redacted]",
        "X-API-Key": "[redacted]",
        "Accept": "*/*",
    }
