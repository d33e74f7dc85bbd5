"""Fusara: every __type decodes to its own class, the seed's examples and mistakes, preflight fixes, a run per base
request type through client + overlay + mock, the batch limit, callbacks, media expiry and paging."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import mediagen
import pytest
from mediagen import JobStatus, SpecSchema, fusara
from mediagen.testing import MockEngine, mock
from mediagen.testing._serve import serving

from tests import fusara_variants
from tests._seeds import SEEDS, json_blocks
from tests.conftest import Sleeps

SEED = SEEDS / "003_c58d9fa0c92b3e21.reflowed.md"
schema = SpecSchema.of("fusara_client")
NEEDS_MEDIA = fusara_variants.NEEDS_MEDIA


@pytest.fixture
def fmock(mock_provider: Callable[..., MockEngine]) -> MockEngine:
    return mock_provider("fusara")


@pytest.fixture
def api(fmock: MockEngine) -> Iterator[fusara.Fusara]:
    with fmock.client(fusara.Fusara) as client:
        yield client


def test_every_type_decodes_to_its_own_class_in_attrs_and_pydantic(capsys: pytest.CaptureFixture[str]) -> None:
    """tests/fusara_variants.py: 43 generate variants plus the upscale/outpaint/hyperlora bodies and presets, each
    decoded by the generated attrs union (first-fit, so no other member may accept it) and by pydantic; unknown
    or missing ``__type`` refused by all three (JSON Schema, attrs, pydantic)."""
    fusara_variants.failures.clear()
    assert fusara_variants.main() == 0, fusara_variants.failures
    assert "43 generate variants; 0 failure(s)" in capsys.readouterr().out


def _examples(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "example":
                yield value
            elif key == "examples" and isinstance(value, dict):
                yield from (e["value"] for e in value.values() if isinstance(e, dict) and "value" in e)
            elif key == "examples" and isinstance(value, list):
                yield from value
            else:
                yield from _examples(value)
    elif isinstance(node, list):
        for value in node:
            yield from _examples(value)


def _contains(haystack: Any, needle: Any) -> bool:
    if haystack == needle:
        return True
    if isinstance(haystack, dict):
        return any(_contains(v, needle) for v in haystack.values())
    if isinstance(haystack, list):
        return any(_contains(v, needle) for v in haystack)
    return False


@pytest.mark.skipif(not SEED.exists(), reason="shared/seeds is not beside this checkout")
def test_every_seed_example_is_in_the_spec_or_is_a_documented_mistake() -> None:
    blocks = json_blocks(SEED.read_text())
    examples = list(_examples(schema.spec))
    mistake = {"__type": 1, "Width": 1024}  # section 10.1, with its fix {"__type": 1, "AspectRatio": "1:1"}
    fragments = [{"TaskModels": [{"Strength": 0.8, "ModelId": 999}]}, {"__type": 1, "AspectRatio": "1:1"}]
    assert len(blocks) == 26
    for block in blocks:
        if block == mistake:
            with pytest.raises(mediagen.InvalidInputError, match="AspectRatio"):
                fusara.preflight(schema, "generate", {**block, "Prompt": "p"})
        elif block in fragments:  # a snippet of a body: it validates once completed
            body = {"__type": 4, "Prompt": "p", "Width": 1024, "Height": 1024} if "TaskModels" in block else {}
            fusara.preflight(schema, "generate", {**body, **block, "Prompt": "p"})
        else:
            assert any(_contains(e, block) for e in examples), f"seed example not in the spec: {block}"


@pytest.mark.parametrize(
    ("body", "field", "fix"),
    [
        ({"__type": 1, "Prompt": "p", "Width": 1024}, "body.Width", "AspectRatio"),  # 10.1
        ({"__type": 15, "Prompt": "p", "TaskModels": [{"ModelId": 1}]}, "body.TaskModels", "use one of 2, 4"),  # 10.2
        ({"__type": 3, "Prompt": "p", "ScaleFactor": 2}, "body.InputMediaIds", '"__type" 5'),  # 10.3
        ({"__type": 100, "Prompt": "p", "AspectRatio": "16/9"}, "body.AspectRatio", '"16:9"'),  # 10.4
        ({"__type": 101, "Prompt": "p", "Duration": 5000}, "body.Duration", "seconds"),  # 10.5
        ({"__type": 15, "Prompt": "p", "Model": "imagen-9"}, "body.Model", "exact values"),  # 10.9
        (
            {"__type": 5, "Prompt": "p", "InputMediaIds": [1], "InputMediaExternalUrls": ["https://x/a.png"]},
            "body.InputMediaExternalUrls",
            "one or the other",
        ),  # 10.10
        (
            {"__type": 15, "Prompt": "p", "TaskPresets": [{"__type": 2, "ImageId": 67890}]},
            "body.TaskPresets[0]",
            "use none",
        ),  # section 7: Imagen takes no presets
    ],
)
def test_common_mistakes_are_refused_with_the_fix(
    api: fusara.Fusara, fmock: MockEngine, body: dict, field: str, fix: str
) -> None:
    with pytest.raises(mediagen.InvalidInputError) as info:
        api.submit(body)
    assert info.value.field == field and "fix:" in str(info.value) and fix in str(info.value)
    assert fmock.calls == []


def test_unknown_type_is_an_error_naming_it(api: fusara.Fusara) -> None:
    with pytest.raises(mediagen.InvalidInputError, match=r"body.__type: 31 is not one of"):
        api.submit({"__type": 31, "Prompt": "p"})


def _one_per_base() -> list[tuple[str, int, str]]:
    """(endpoint, __type, base) for the first variant of every base request type in the spec."""
    seen: dict[str, tuple[str, int, str]] = {}
    for endpoint, union in (
        ("generate", "GenerateRequest"),
        ("upscale", "UpscaleRequest"),
        ("outpaint", "OutpaintRequest"),
    ):
        for branch in schema.spec["components"]["schemas"][union]["oneOf"]:
            name = branch["$ref"].rsplit("/", 1)[-1]
            bases = [
                s["$ref"].rsplit("/", 1)[-1]
                for s in schema.spec["components"]["schemas"][name].get("allOf", [])
                if "$ref" in s
            ]
            base = bases[0] if bases else name
            seen.setdefault(f"{endpoint}:{base}", (endpoint, fusara_variants.type_of(name), base))
    seen["hyperlora"] = ("hyperlora", 13, "HyperLoRA")
    return sorted(seen.values())


@pytest.mark.parametrize(("endpoint", "type_id", "base"), _one_per_base(), ids=lambda v: str(v))
def test_run_per_base_request_type(
    api: fusara.Fusara, fmock: MockEngine, endpoint: str, type_id: int, base: str
) -> None:
    body: dict[str, Any] = {"__type": type_id, "Prompt": "a lighthouse at dawn"}
    if type_id in NEEDS_MEDIA:
        body["InputMediaIds"] = [67890]
    if endpoint == "upscale":
        body["ScaleFactor"] = 2
    if endpoint == "outpaint":
        body["Width"] = body["Height"] = 1024
    job = api.run(body, endpoint=endpoint)  # type: ignore[arg-type]
    assert job.status is JobStatus.SUCCEEDED and job.raw_status == "100"
    assert job.outputs and all("/__mock__/media/" in url for url in job.outputs)
    assert fmock.counts["get_task_status"] >= 1 and fmock.counts["get_task"] == 1  # status polled, task fetched once


def test_bases_covered() -> None:
    assert len(_one_per_base()) >= 10


def test_failure_carries_category_and_messages(api: fusara.Fusara, fmock: MockEngine) -> None:
    fmock.provider.fail_next_job(2)
    with pytest.raises(mediagen.JobFailedError, match="ContentModeration") as info:
        api.run({"__type": 5, "Prompt": "p"})
    assert info.value.job.data.error_category_id == 2 and info.value.job.raw_status == "200"


def test_bad_key_is_403_and_an_authentication_error(fmock: MockEngine) -> None:
    api = fusara.Fusara("fk-wrong", transport=fmock.transport())
    with pytest.raises(mediagen.AuthenticationError) as info:
        api.submit({"__type": 5, "Prompt": "p"})
    assert info.value.status_code == 403


def test_unknown_media_is_a_400(api: fusara.Fusara) -> None:
    with pytest.raises(mediagen.BadRequestError, match="media 424242"):
        api.submit({"__type": 14, "Prompt": "p", "InputMediaIds": [424242]})


def test_media_expires_after_24_hours(api: fusara.Fusara, fmock: MockEngine) -> None:
    job = api.run({"__type": 5, "Prompt": "p"})
    http = httpx.Client(transport=fmock.transport())
    assert http.get(job.outputs[0]).status_code == 200
    fmock.clock.advance(24 * 3600)
    assert http.get(job.outputs[0]).status_code == 404
    with pytest.raises(mediagen.BadRequestError, match="expired"):  # nor can it be used as an input any more
        api.submit({"__type": 14, "Prompt": "p", "InputMediaIds": [job.data.images[0].id]})


def test_paged_models(api: fusara.Fusara) -> None:
    from fusara_client.api.default import import_model, list_models
    from fusara_client.models import ImportModelRequest

    for version in (1, 2, 3):
        api.call(import_model, body=ImportModelRequest.from_dict({"CivitaiModelVersionId": version}))
    first = api.client.get_httpx_client().get("/api/integration/models", params={"PageNumber": 1, "PageSize": 2})
    assert first.json()["totalRecords"] == 3 and first.json()["totalPages"] == 2 and len(first.json()["data"]) == 2
    page = api.call(list_models, page_number=2, page_size=2)
    assert len(page) == 1


def test_callback_is_posted_once_to_a_loopback_url(api: fusara.Fusara, fmock: MockEngine) -> None:
    received: list[bytes] = []

    async def receiver(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        received.append(body)
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    with serving(receiver) as url:
        job = api.submit({"__type": 5, "Prompt": "p", "CompletionCallbackUrl": f"{url}/hook"})
        fmock.clock.advance(60)
        api.get(job.id)
        api.get(job.id)  # a second request after completion sends nothing more
        import time

        deadline = time.monotonic() + 5
        while not received and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.1)
    assert len(received) == 1
    payload = fusara.callback_payload(received[0])
    assert payload.task_id == int(job.id) and payload.status_id == 100


def test_callback_to_a_non_loopback_url_is_never_sent(api: fusara.Fusara, fmock: MockEngine) -> None:
    api.submit({"__type": 5, "Prompt": "p", "CompletionCallbackUrl": "https://hooks.example.com/x"})
    fmock.clock.advance(60)
    assert fmock.provider.deliver_callbacks() == 0 and len(fmock.provider.callbacks) == 1


async def test_batch_of_500_meets_no_429(sleeps: Sleeps) -> None:
    engine = mock("fusara", latency=0.002, keep_calls=False)
    sleeps.engines.append(engine)
    async with fusara.AsyncFusara(engine.provider.api_key, transport=engine.transport()) as api:
        results = await api.batch({"__type": 5, "Prompt": f"image {i}"} for i in range(500))
    assert all(isinstance(r, mediagen.Job) and r.status is JobStatus.SUCCEEDED for r in results)
    assert engine.counts["429"] == 0 and engine.counts["generate"] == 500
    assert 1 < engine.peak_in_flight <= 30


async def test_without_the_limit_the_mock_answers_429() -> None:
    """The control: the same mock refuses a 31st request in flight, so the batch test above can fail."""
    engine = mock("fusara", latency=0.02)
    transport = engine.transport()
    headers = {"X-API-Key": engine.provider.api_key}
    async with httpx.AsyncClient(base_url="https://api.fusara.ai", transport=transport, headers=headers) as http:
        answers = await asyncio.gather(
            *(http.post("/api/integration/imaging/generate", json={"__type": 5, "Prompt": "p"}) for _ in range(60))
        )
    assert sum(a.status_code == 429 for a in answers) >= 1
