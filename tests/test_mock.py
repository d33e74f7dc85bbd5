"""The Seele mock behaves like the documented provider and never strays from its spec."""

from __future__ import annotations

import httpx
import pytest
from mediagen.testing import MockContractError, MockEngine, mock


@pytest.fixture
def http(seele_mock: MockEngine) -> httpx.Client:
    headers = {"Authorization": f"Bearer {seele_mock.provider.api_key}"}
    return httpx.Client(base_url="http://seele.test", headers=headers, transport=seele_mock.transport())


def test_missing_or_bad_key_gets_the_documented_401(seele_mock: MockEngine) -> None:
    http = httpx.Client(base_url="http://seele.test", transport=seele_mock.transport())
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": seele_mock.provider.api_key}):
        response = http.get("/v2/api/jobs/job_1", headers=headers)
        assert response.status_code == 401
        assert response.json() == {
            "ok": False,
            "error": {"code": "unauthorized", "message": "Invalid or missing API key"},
        }


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "body.prompt"),
        ({"prompt": 5}, "body.prompt"),
        ({"prompt": "x", "size": 1}, "body.size"),
        ({"prompt": "x", "file_ids": [1]}, "body.file_ids[0]"),
    ],
)
def test_invalid_body_gets_400_naming_the_field(http: httpx.Client, body: dict, field: str) -> None:
    response = http.post("/v2/api/jobs", json=body)
    assert response.status_code == 400  # never an undocumented 422
    assert response.json()["error"]["code"] == "INVALID_REQUEST"
    assert field in response.json()["error"]["message"]


def test_validation_is_exact_not_lax(http: httpx.Client) -> None:
    """A string that pydantic's lax mode would coerce to an integer is refused."""
    response = http.post("/v2/api/files", json={"filename": "a", "content_type": "image/png", "size": "12"})
    assert response.status_code == 400 and "body.size" in response.json()["error"]["message"]


def test_non_json_body_is_a_400(http: httpx.Client) -> None:
    response = http.post("/v2/api/jobs", content=b"prompt=x", headers={"content-type": "text/plain"})
    assert response.status_code == 400


def test_job_lifecycle_on_the_test_clock(http: httpx.Client, seele_mock: MockEngine) -> None:
    job_id = http.post("/v2/api/jobs", json={"prompt": "x"}).json()["data"]["job_id"]
    data = http.get(f"/v2/api/jobs/{job_id}").json()["data"]
    assert data["status"] == "processing" and data["current_operation"]
    assert "artifacts" not in data
    assert http.post(f"/v2/api/jobs/{job_id}/steps", json={"prompt": "y"}).status_code == 409
    seele_mock.clock.advance(seele_mock.provider.job_seconds)
    data = http.get(f"/v2/api/jobs/{job_id}").json()["data"]
    assert data["status"] == "finished" and data["artifacts"][0]["urls"] and data["total_koin"] == 25
    assert data["meta"]["platform_url"].endswith(job_id)
    step = http.post(f"/v2/api/jobs/{job_id}/steps", json={"prompt": "y"})
    assert step.status_code == 200 and step.json()["data"]["step_id"]
    assert http.get(f"/v2/api/jobs/{job_id}").json()["data"]["status"] == "processing"


def test_unsupported_method_gets_405_with_allow(http: httpx.Client) -> None:
    response = http.delete("/v2/api/jobs")
    assert response.status_code == 405 and response.headers["allow"] == "POST"


def test_reset_forgets_everything(http: httpx.Client, seele_mock: MockEngine) -> None:
    http.post("/v2/api/jobs", json={"prompt": "x"})
    assert http.post("/__mock__/reset").status_code == 204
    assert seele_mock.provider.jobs == {}
    assert [c.request.path for c in seele_mock.calls] == ["/__mock__/reset"]


def test_advance_control_route(http: httpx.Client, seele_mock: MockEngine) -> None:
    before = seele_mock.clock.now()
    assert http.post("/__mock__/advance", params={"seconds": "30"}).status_code == 200
    assert seele_mock.clock.now() == before + 30


def test_mock_that_breaks_its_spec_raises() -> None:
    engine = mock("seele")
    engine._handlers["create_job"] = lambda request: engine.provider.error(418, "TEAPOT", "undocumented")
    http = httpx.Client(base_url="http://seele.test", transport=engine.transport())
    with pytest.raises(MockContractError, match="418 is not a documented status"):
        http.post("/v2/api/jobs", json={"prompt": "x"}, headers={"Authorization": f"Bearer {engine.provider.api_key}"})


def test_unknown_provider() -> None:
    with pytest.raises(ValueError, match="no mock for 'nope'"):
        mock("nope")


async def test_asgi_app_serves_the_same_engine(seele_mock: MockEngine) -> None:
    transport = httpx.ASGITransport(app=seele_mock.asgi_app())
    async with httpx.AsyncClient(base_url="http://seele.test", transport=transport) as http:
        headers = {"Authorization": f"Bearer {seele_mock.provider.api_key}"}
        created = await http.post(
            "/v2/api/files", json={"filename": "a.png", "content_type": "image/png", "size": 3}, headers=headers
        )
        url = created.json()["data"]["upload_url"]
        assert url.startswith("http://seele.test/__mock__/uploads/")
        assert (await http.put(url, content=b"abc", headers={"content-type": "image/png"})).status_code == 200
        assert (await http.put(url, content=b"abcd", headers={"content-type": "image/png"})).status_code == 400


def test_path_parameters_route_undecoded(http: httpx.Client) -> None:
    response = http.get("/v2/api/jobs/a%2Fb")
    assert response.status_code == 404 and "job a/b not found" in response.json()["error"]["message"]


def test_unknown_query_parameter_is_a_400_where_400_is_documented(http: httpx.Client) -> None:
    response = http.post("/v2/api/jobs", params={"verbose": "1"}, json={"prompt": "x"})
    assert response.status_code == 400 and "query.verbose" in response.json()["error"]["message"]
    assert http.get("/v2/api/jobs/job_1", params={"verbose": "1"}).status_code == 404  # get_job lists no 400


def test_faults_must_be_documented_unless_said_otherwise(seele_mock: MockEngine) -> None:
    with pytest.raises(ValueError, match="documents no 429"):
        seele_mock.fail_next(429, operation="create_job")
    seele_mock.fail_next(429, operation="create_job", undocumented=True)
    seele_mock.fail_next(409, operation="create_job_step")


async def test_asgi_leaves_network_drops_queued(seele_mock: MockEngine) -> None:
    seele_mock.drop_next("after")
    transport = httpx.ASGITransport(app=seele_mock.asgi_app())
    async with httpx.AsyncClient(base_url="http://seele.test", transport=transport) as http:
        assert (await http.get("/v2/api/jobs/x")).status_code == 401
    assert len(seele_mock.faults) == 1
