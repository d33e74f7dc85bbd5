"""The httpx clients under every provider client (``mediagen._network``): cookies behave as httpx's, but only an
answer that sets a cookie is handed to ``http.cookiejar``; a call's URL is the one httpx would merge, parsed once."""

from __future__ import annotations

from http.cookiejar import CookieJar

import httpx
import pytest
from mediagen import seele
from mediagen._network import AsyncHTTPClient, HTTPClient, request_url
from mediagen.testing import MockEngine


def _answer(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/login":
        return httpx.Response(200, headers={"set-cookie": "session=s1; Path=/"})
    if request.url.path == "/logout":
        return httpx.Response(200, headers={"set-cookie": "session=; Path=/; Max-Age=0"})
    return httpx.Response(200, json={"cookie": request.headers.get("cookie")})


@pytest.fixture
def jar_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the answers http.cookiejar was given."""
    reads: list[str] = []
    original = CookieJar.extract_cookies

    def extract_cookies(jar: CookieJar, response: object, request: object) -> None:
        reads.append(request.get_full_url())  # type: ignore[attr-defined]
        original(jar, response, request)  # type: ignore[arg-type]

    monkeypatch.setattr(CookieJar, "extract_cookies", extract_cookies)
    return reads


def test_cookies_set_by_an_answer_are_kept_sent_and_expired(jar_reads: list[str]) -> None:
    with HTTPClient(base_url="http://api.test", transport=httpx.MockTransport(_answer), cookies={"a": "1"}) as http:
        assert http.get("/me").json() == {"cookie": "a=1"}
        http.get("/login")
        assert http.get("/me").json() == {"cookie": "a=1; session=s1"}
        assert dict(http.cookies) == {"a": "1", "session": "s1"}
        http.get("/logout")
        assert http.get("/me").json() == {"cookie": "a=1"}
        http.cookies = {"b": "2"}  # the setter keeps the store's kind
        assert http.get("/me").json() == {"cookie": "b=2"}
    assert jar_reads == ["http://api.test/login", "http://api.test/logout"]  # never an answer without a cookie


async def test_the_async_client_keeps_cookies_alike(jar_reads: list[str]) -> None:
    async with AsyncHTTPClient(base_url="http://api.test", transport=httpx.MockTransport(_answer)) as http:
        await http.get("/me")
        await http.get("/login")
        assert (await http.get("/me")).json() == {"cookie": "session=s1"}
    assert jar_reads == ["http://api.test/login"]


def test_plain_httpx_reads_every_answer(jar_reads: list[str]) -> None:
    """The cost taken out: httpx hands the jar every answer, cookie or not (the day it stops, so can we)."""
    with httpx.Client(base_url="http://api.test", transport=httpx.MockTransport(_answer)) as http:
        http.get("/me"), http.get("/me")
    assert len(jar_reads) == 2


def test_provider_clients_send_through_these_clients(api: seele.Seele, jar_reads: list[str]) -> None:
    http = api.client.get_httpx_client()
    assert isinstance(http, HTTPClient) and isinstance(api.client.get_async_httpx_client(), AsyncHTTPClient)
    assert isinstance(api.with_options(timeout=3).client.get_httpx_client(), HTTPClient)
    job = api.submit("a game")
    assert api.get(job.id).id == job.id and jar_reads == []


def test_a_generated_client_derived_by_its_own_methods_keeps_the_wiring(
    api: seele.Seele, seele_mock: MockEngine
) -> None:
    """``with_headers`` makes a new generated client that builds its own httpx client: auth and retries still apply."""
    from seele_client.api.default import create_job
    from seele_client.models import JobRequest

    derived = api.client.with_headers({"X-Trace": "t1"})
    seele_mock.fail_next(429, operation="create_job", undocumented=True)  # a refusal: retried, even a write
    created = create_job.sync_detailed(client=derived, body=JobRequest(prompt="a game"))
    assert created.status_code < 300
    sent = seele_mock.calls[-1].request
    assert sent.header("x-trace") == "t1" and sent.header("authorization") == f"Bearer {seele_mock.provider.api_key}"


BASES = [
    "http://127.0.0.1:8123",
    "https://openapi.seeles.ai",
    "https://api.example.io/v1",
    "https://api.example.io/v1/",
    "http://[::1]:8080/p",
    "https://user:pw@h.example:444/base",
    "HTTPS://API.EXAMPLE.IO:443/V1",
    "https://bücher.example/x",
    "http://u%40x:p@h:80",
    "https://h.example/a%2Fb/",
    "https://h.example/q?x=1",
    "https://h.example/x#",
    "https://h.example/x#frag",
    "api.example.com/v1",
    "localhost:8080",
    "/api",
    "",
]
PATHS = [
    "/v2/api/jobs/job_abc123",
    "/a/b%2Fc",
    "/x?y=1&z=%20",
    "/caf%C3%A9",
    "/café",
    "/a b",
    "/v1/tools/a:b",
    "rel/x",
    "",
    "/",
    "/?q",
    "/a/../b",
    "/%zz",
    "/a;b=c",
    "/#f",
    "//other.example/x",
    "https://other.example/x",
]


@pytest.mark.parametrize("base", BASES)
def test_a_call_url_is_the_url_httpx_merges(base: str) -> None:
    http = httpx.Client(base_url=base)
    for path in PATHS:
        merged = http.build_request("GET", path).url
        ours = request_url(http.base_url, path)
        if isinstance(ours, str):  # left to httpx
            assert ours == path
            assert "#" in path or path.startswith(("//", "https:")) or "?" in base or "#" in base or "://" not in base
            continue
        assert (str(ours), ours.raw_path, ours.host, ours.port, ours.userinfo) == (
            str(merged),
            merged.raw_path,
            merged.host,
            merged.port,
            merged.userinfo,
        ), path
