"""What users of openai-python and httpx reach for: with_options, with_raw_response, http_client=, the base URL from
the environment, a User-Agent, __version__, MEDIAGEN_LOG, and providers that load only when used."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import httpx
import mediagen
import pytest
from mediagen import RawResponse, seele
from mediagen.testing import MockEngine


def test_version_and_user_agent(api: seele.Seele, seele_mock: MockEngine) -> None:
    assert mediagen.__version__ and mediagen.__version__[0].isdigit()
    api.submit("a game")
    assert seele_mock.calls[-1].request.header("user-agent") == f"mediagen-clients/{mediagen.__version__}"


def test_with_options_changes_only_what_it_names(api: seele.Seele, seele_mock: MockEngine) -> None:
    quick = api.with_options(max_retries=0, timeout=5)
    assert quick is not api and quick.client._timeout.read == 5 and api.client._timeout.read != 5
    seele_mock.fail_next(503, operation="get_job", undocumented=True)
    job = api.submit("a game")
    with pytest.raises(mediagen.InternalServerError):
        quick.get(job.id)  # no retry left
    seele_mock.fail_next(503, operation="get_job", undocumented=True)
    assert api.get(job.id).id == job.id  # the original still retries


def test_with_raw_response_gives_status_headers_request_id_then_the_result(api: seele.Seele) -> None:
    raw = api.with_raw_response.submit("a game")
    assert isinstance(raw, RawResponse) and raw.status_code in (200, 201, 202)
    assert raw.headers["content-type"].startswith("application/json")
    job = raw.parse()
    assert job.id and api.with_raw_response.get(job.id).parse().id == job.id
    with pytest.raises(AttributeError):
        api.with_raw_response._typed_body  # noqa: B018


async def test_with_raw_response_async(aapi: seele.AsyncSeele) -> None:
    raw = await aapi.with_raw_response.submit("a game")
    assert raw.status_code < 300 and (await aapi.get(raw.parse().id)).id == raw.parse().id


def test_http_client_is_used_with_the_overlay_around_it(seele_mock: MockEngine) -> None:
    seen: list[str] = []
    own = httpx.Client(transport=seele_mock.transport(), event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    with seele.Seele(seele_mock.provider.api_key, http_client=own) as api:
        seele_mock.fail_next(503, operation="get_job", undocumented=True)
        job = api.submit("a game")
        assert api.get(job.id).id == job.id  # retried by the overlay, through the caller's client
    assert seen.count(f"/v2/api/jobs/{job.id}") == 2
    assert not own.is_closed  # closing it stays the caller's
    own.close()


def test_the_base_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEELE_BASE_URL", "http://127.0.0.1:8000")
    assert str(seele.Seele("k").client._base_url) == "http://127.0.0.1:8000"
    assert str(seele.Seele("k", base_url="http://other.test").client._base_url) == "http://other.test"


def test_mediagen_log_prints_the_overlay_log_on_stderr() -> None:
    code = "import mediagen, logging; logging.getLogger('mediagen').debug('hello from the overlay')"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"MEDIAGEN_LOG": "debug", "PATH": ""},
        timeout=60,
    )
    assert "hello from the overlay" in done.stderr
    quiet = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={"PATH": ""}, timeout=60)
    assert "hello from the overlay" not in quiet.stderr


def test_import_mediagen_loads_no_provider_and_reads_no_installed_metadata() -> None:
    """Providers load on first use; neither the version nor plug-in discovery reads distributions' metadata."""
    code = (
        "import sys, mediagen; print(sorted(m for m in sys.modules if m.startswith('mediagen.providers.')), "
        "'importlib.metadata' in sys.modules, mediagen.__version__)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["[]", "False", mediagen.__version__]
    assert version("mediagen-clients") == mediagen.__version__  # the build reads the same line
    assert mediagen.seele is seele and "seele" in mediagen.providers.PROVIDERS
