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


def test_presigned_upload_url_never_reaches_the_logs(
    api: seele.Seele, seele_mock: MockEngine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    file_id = api.upload(b"abc", filename="a.png")
    token = seele_mock.provider.files[file_id].token
    messages = [record.getMessage() for record in caplog.records]
    assert any("/__mock__/uploads/" in m for m in messages)  # the PUT was logged...
    assert not any(token in m for m in messages)  # ...without its credentials


@pytest.mark.parametrize("bad", ["sk-live\x00zz", "sk-\u00e9t\u00e9", "sk-a\r\nX-Evil: 1"])
def test_malformed_key_is_refused_without_echoing_it(seele_mock: MockEngine, bad: str) -> None:
    with pytest.raises(mediagen.MediagenError) as info:
        seele.Seele(bad, transport=seele_mock.transport())
    assert bad.strip() not in str(info.value) and "SEELE_API_KEY" in str(info.value)
    assert seele_mock.calls == []


def test_key_with_surrounding_whitespace_is_trimmed(seele_mock: MockEngine) -> None:
    api = seele.Seele(f"  {seele_mock.provider.api_key}\n", transport=seele_mock.transport())
    assert api.submit("x").id
