"""Media.io: every endpoint through client + overlay + mock, errors inside HTTP 200, both status vocabularies."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from typing import Any

import mediagen
import pytest
from mediagen import JobStatus, SpecSchema, mediaio
from mediagen.testing import MockEngine, mock

from tests._seeds import SEEDS
from tests.conftest import Sleeps

SEED = SEEDS / "002_e4edb38ad49f6aca.txt"
schema = SpecSchema.of("mediaio_client")


def minimal(node: dict[str, Any]) -> Any:
    """The smallest valid instance of a request schema: required fields only, defaults or first enum values."""
    node = dict(schema.resolve(node))
    if "default" in node:
        return node["default"]
    if "enum" in node:
        return node["enum"][0]
    kind = node.get("type")
    if kind == "object":
        props = node.get("properties", {})
        return {name: minimal(props[name]) for name in node.get("required", [])}
    if kind == "array":
        return [minimal(node["items"])] * max(node.get("minItems", 1), 1)
    if kind == "string":
        return "https://example.com/input.png" if node.get("format") == "uri" else "a short test prompt"
    if kind in ("integer", "number"):
        return node.get("minimum", 1)
    raise AssertionError(f"no minimal value for {node}")


def body_schema(endpoint: mediaio.Endpoint) -> dict[str, Any]:
    op = schema.operations[endpoint.operation_id]
    return op.raw["requestBody"]["content"]["application/json"]["schema"]


@pytest.fixture
def mio(mock_provider: Callable[..., MockEngine]) -> MockEngine:
    return mock_provider("mediaio", credits=100_000)


@pytest.fixture
def api(mio: MockEngine) -> Iterator[mediaio.MediaIO]:
    with mio.client(mediaio.MediaIO) as client:
        yield client


def test_all_documented_endpoints_are_mapped() -> None:
    assert len(schema.operations) == 24 and len(mediaio.ENDPOINTS) == 22
    assert {"Imagen 4", "Kling 3.0", "Google Veo 3.1 Fast", "Motion Control Kling 2.6"} <= set(mediaio.ENDPOINTS)
    assert len({e.body for e in mediaio.ENDPOINTS.values()}) == 22  # one generated class per endpoint


@pytest.mark.parametrize("name", sorted(mediaio.ENDPOINTS))
def test_endpoint_submit_wait_result(api: mediaio.MediaIO, mio: MockEngine, name: str) -> None:
    endpoint = mediaio.ENDPOINTS[name]
    params = minimal(body_schema(endpoint))["data"]
    assert endpoint.body.from_dict({"data": params}).__class__ is endpoint.body  # decodes to its own class
    before = api.credits()
    job = api.run(name, **params)
    assert job.status is JobStatus.SUCCEEDED and job.raw_status == "completed"
    assert job.outputs and all(url.startswith("https://") for url in job.outputs)
    assert api.credits() == before - mio.provider.price(endpoint.operation_id, params)
    assert mio.counts[endpoint.operation_id] == 1


def test_typed_endpoint_object_and_operation_id_work_too(api: mediaio.MediaIO) -> None:
    by_object = api.submit(mediaio.ENDPOINTS["Imagen 4"], prompt="a puppy")
    by_id = api.submit("t2i_imagen_4", prompt="a puppy")
    assert by_object.id != by_id.id
    with pytest.raises(KeyError, match="documented names"):
        api.submit("Imagen 5", prompt="x")


def test_reference_vocabulary_and_async(sleeps: Sleeps) -> None:
    engine = mock("mediaio", vocabulary="reference")
    sleeps.engines.append(engine)

    async def go() -> mediagen.Job:
        async with mediaio.AsyncMediaIO(engine.provider.api_key, transport=engine.transport()) as api:
            seen: list[str | None] = []
            job = await api.submit("Imagen 4", prompt="x")
            return await api.wait(job, on_progress=lambda j: seen.append(j.raw_status))

    import asyncio

    job = asyncio.run(go())
    assert job.raw_status == "succeeded" and job.status is JobStatus.SUCCEEDED


@pytest.mark.parametrize("ending", ["failed", "timeout"])
def test_failed_and_timed_out_tasks_raise_with_the_task_id(api: mediaio.MediaIO, mio: MockEngine, ending: str) -> None:
    mio.provider.fail_next_job(ending)
    job = api.submit("Imagen 4", prompt="x")
    with pytest.raises(mediagen.JobFailedError, match=ending) as info:
        api.wait(job)
    assert info.value.job_id == job.id and info.value.job.raw_status == ending


def test_not_authenticated_inside_http_200(mio: MockEngine) -> None:
    api = mediaio.MediaIO("mk-wrong", transport=mio.transport())
    with pytest.raises(mediagen.AuthenticationError) as info:
        api.submit("Imagen 4", prompt="x")
    error = info.value
    assert error.response.status_code == 200 and error.code == "374004" and error.request_id
    assert error.request_id in str(error.body) and "374004" in str(error)
    assert mio.provider.tasks == {}


def test_insufficient_credits_inside_http_200(api: mediaio.MediaIO, mio: MockEngine) -> None:
    mio.provider.balances[mio.provider.api_key] = 49
    with pytest.raises(mediagen.PaymentRequiredError) as info:
        api.submit("Kling 2.6", **minimal(body_schema(mediaio.ENDPOINTS["Kling 2.6"]))["data"])
    assert info.value.code == "490505"
    assert api.credits() == 49  # nothing was debited


def test_undocumented_code_is_a_status_error_with_code_and_trace(api: mediaio.MediaIO) -> None:
    with pytest.raises(mediagen.APIStatusError) as info:
        api.get("no-such-task")
    assert type(info.value) is mediagen.APIStatusError
    assert info.value.code == "404" and info.value.request_id


def test_bad_input_refused_locally(api: mediaio.MediaIO, mio: MockEngine) -> None:
    cases = [
        ({"prompt": "x", "ratio": "2:1"}, "body.data.ratio", "enum"),
        ({"prompt": "x", "counts": 2}, "body.data.counts", "type"),  # "2" is a string enum, as documented
        ({"prompt": "x" * 1201}, "body.data.prompt", "maxLength"),
        ({"ratio": "1:1"}, "body.data.prompt", "required"),
    ]
    for params, field, rule in cases:
        with pytest.raises(mediagen.InvalidInputError) as info:
            api.submit("Imagen 4", **params)
        assert (info.value.field, info.value.rule) == (field, rule)
    assert mio.calls == []


def test_invalid_body_reaching_the_mock_is_an_http_400(mio: MockEngine) -> None:
    import httpx

    http = httpx.Client(base_url="https://openapi.media.io", transport=mio.transport())
    response = http.post(
        "/generation/imagen/t2i-imagen-4", json={"data": {}}, headers={"X-API-KEY": mio.provider.api_key}
    )
    assert response.status_code == 400 and "body.data.prompt" in response.json()["msg"]


def seed_invocations() -> list[tuple[str, Any]]:
    """Every ``skill.invoke('<name>', {<params>}, ...)`` of the document whose params are literals."""
    text = SEED.read_text()
    found = []
    for match in re.finditer(r"skill\.invoke\(\s*'([^']+)',\s*(\{.*?\})", text, re.S):
        try:
            found.append((match.group(1), ast.literal_eval(match.group(2))))
        except ValueError:
            found.append((match.group(1), None))  # e.g. {'task_id': task_id}: a variable
    return found


@pytest.mark.skipif(not SEED.exists(), reason="shared/seeds is not beside this checkout")
def test_document_invocations_validate() -> None:
    invocations = seed_invocations()
    assert [name for name, _ in invocations] == ["Credits", "Imagen 4", "Task Result"]
    for name, params in invocations:
        if name == "Credits":
            assert params == {} and schema.body_problems("get_credits", params) == []
        elif name == "Task Result":
            assert schema.param_problems("get_task_result", "path", {"task_id": "your-task-id"}) == []
        else:
            assert schema.body_problems(mediaio.ENDPOINTS[name].operation_id, {"data": params}) == []


@pytest.mark.skipif(not SEED.exists(), reason="shared/seeds is not beside this checkout")
def test_document_mistakes_do_not_validate() -> None:
    # The router's own errors are not server answers; a status outside both vocabularies is refused; the
    # document's enums are strings ("1", not 1).
    for body in ({"error": "API 'xxx' not found."}, {"error": "Invalid response"}):
        assert schema.response_problems("t2i_imagen_4", 200, body)
    assert schema.response_problems("get_task_result", 200, {"code": 0, "data": {"task_id": "t", "status": "done"}})
    assert schema.body_problems("t2i_imagen_4", {"data": {"prompt": "p", "counts": 1}})
    assert schema.body_problems("t2i_imagen_4", {"prompt": "p"})  # not wrapped in "data"
    assert (
        schema.response_problems("get_task_result", 200, {"code": 0, "data": {"task_id": "t", "status": "timeout"}})
        == []
    )
