"""The generated Seele client with the overlay against the Seele mock: the documented flow and every error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import mediagen
import pytest
from mediagen import JobStatus, seele
from mediagen.testing import MockEngine
from seele_client.api.default import create_job, get_job
from seele_client.models import Job as SeeleJob
from seele_client.models import JobRequest


def test_upload_job_step_wait_artifacts(api: seele.Seele, seele_mock: MockEngine, tmp_path: Path) -> None:
    picture = tmp_path / "reference.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    file_id = api.upload(picture)
    assert seele_mock.provider.files[file_id].uploaded
    assert seele_mock.provider.files[file_id].content_type == "image/png"

    seen: list[JobStatus] = []
    job = api.submit("Build a cozy cat farming game", model="Seele02-flash", engine="threejs", file_ids=[file_id])
    assert job.status is JobStatus.QUEUED and job.id.startswith("job_")
    done = api.wait(job, on_progress=lambda j: seen.append(j.status))
    assert done.status is JobStatus.SUCCEEDED and done.raw_status == "finished"
    assert len(done.outputs) == 2 and all(url.startswith("http") for url in done.outputs)
    assert isinstance(done.data, SeeleJob) and done.data.total_koin == 25
    assert seen[-1] is JobStatus.SUCCEEDED and JobStatus.RUNNING in seen

    step = api.step(done, "Add a day-night cycle and a boss battle")
    assert step.id == job.id and step.data.step_id
    final = api.wait(step)
    assert final.status is JobStatus.SUCCEEDED
    assert final.outputs != done.outputs  # latest-turn artifacts
    assert final.data.total_koin == 50


async def test_async_flow(aapi: seele.AsyncSeele, seele_mock: MockEngine) -> None:
    file_id = await aapi.upload(b"hello", filename="notes.txt")
    job = await aapi.run("A puzzle game", file_ids=[file_id])
    assert job.status is JobStatus.SUCCEEDED and job.outputs
    with pytest.raises(mediagen.ConflictError):
        await aapi.step(await aapi.step(job, "more"), "even more")


def test_factory_returns_wired_generated_client(seele_mock: MockEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEELE_API_KEY", seele_mock.provider.api_key)
    client = seele.client(transport=seele_mock.transport())
    created = seele.Seele(transport=seele_mock.transport()).submit("x")
    # The plain generated function works through the overlay's auth and transport.
    parsed = get_job.sync(client=client, job_id=created.id)
    assert parsed.data.job_id == created.id


def test_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SEELE_API_KEY", raising=False)
    with pytest.raises(mediagen.MediagenError, match="SEELE_API_KEY"):
        seele.Seele()


@pytest.mark.parametrize(
    ("status", "exc"),
    [
        (400, mediagen.BadRequestError),
        (401, mediagen.AuthenticationError),
        (403, mediagen.PermissionDeniedError),
        (404, mediagen.NotFoundError),
        (409, mediagen.ConflictError),
        (502, mediagen.InternalServerError),
    ],
)
def test_documented_statuses_map_to_exceptions(
    api: seele.Seele, seele_mock: MockEngine, status: int, exc: type
) -> None:
    job = api.submit("x")
    seele_mock.clock.advance(60)
    # Each status produced by real mock behaviour, not injected, except 502 (the upstream failing).
    provoke = {
        400: lambda: api.submit("x", file_ids=["nope"]),
        401: lambda: seele.Seele("sk-wrong", transport=seele_mock.transport()).get(job.id),
        403: lambda: api.submit("x", engine="unreal"),
        404: lambda: api.get("job_missing"),
        409: lambda: api.step(api.step(job, "again"), "too soon"),
        502: lambda: (seele_mock.fail_next(502, times=3, code="UPSTREAM_INVALID_RESPONSE"), api.get(job.id)),
    }[status]
    with pytest.raises(exc) as info:
        provoke()
    error = info.value
    assert error.status_code == status and error.provider == "seele"
    assert error.code and error.message
    assert str(status) in str(error) and error.code in str(error)


def test_error_carries_provider_code_and_message(api: seele.Seele, seele_mock: MockEngine) -> None:
    with pytest.raises(mediagen.PermissionDeniedError) as info:
        api.submit("x", model="Seele02-pro")
    assert info.value.code == "SUBSCRIPTION_REQUIRED"
    assert "subscription" in info.value.message
    assert info.value.body["ok"] is False


def test_subscription_unlocks_pro_and_unreal(seele_mock: MockEngine) -> None:
    key = seele_mock.provider.add_key("sk-subscriber", subscription=True)
    api = seele.Seele(key, transport=seele_mock.transport())
    assert api.submit("x", model="Seele02-pro", engine="unreal").id


@pytest.mark.parametrize(
    ("fields", "field", "rule"),
    [
        ({"model": "Seele03"}, "body.model", "enum"),
        ({"engine": "godot"}, "body.engine", "enum"),
        ({"model_type": "Seele01-flash"}, "body.model_type", "additionalProperties"),
        ({"file_ids": "abc"}, "body.file_ids", "type"),
    ],
)
def test_bad_input_is_refused_locally_naming_field_and_rule(
    api: seele.Seele, seele_mock: MockEngine, fields: dict, field: str, rule: str
) -> None:
    with pytest.raises(mediagen.InvalidInputError) as info:
        api.submit("x", **fields)
    assert (info.value.field, info.value.rule) == (field, rule)
    assert field in str(info.value) and rule in str(info.value)
    assert seele_mock.calls == []  # nothing was sent


def test_empty_prompt_is_sent_with_a_warning(
    api: seele.Seele, seele_mock: MockEngine, caplog: pytest.LogCaptureFixture
) -> None:
    """The document sets no minimum length for prompt: minLength 1 is assumed, so it is sent (the server decides)."""
    with caplog.at_level("WARNING", logger="mediagen.assumed"):
        assert api.submit("").id
    assert len(seele_mock.calls_to("create_job")) == 1
    assert any("body.prompt" in r.getMessage() and "minLength" in r.getMessage() for r in caplog.records)


def test_malformed_success_body_keeps_the_job_id(api: seele.Seele, seele_mock: MockEngine) -> None:
    """A 201 whose body breaks the spec still hands over the job id: the job was billed."""
    seele_mock.validate_responses = False
    original = seele_mock.provider.create_job

    def broken(request):  # type: ignore[no-untyped-def]
        response = original(request)
        response.body["data"]["meta"] = "not an object"
        return response

    seele_mock._handlers["create_job"] = broken
    with pytest.raises(mediagen.APIResponseValidationError) as info:
        api.submit("x")
    assert info.value.job_id in seele_mock.provider.jobs
    assert info.value.job_id in str(info.value)


@pytest.mark.parametrize(("job_id", "rule"), [("", "minLength"), (None, "type"), (7, "type")])
def test_bad_path_parameter_is_refused_locally(
    api: seele.Seele, seele_mock: MockEngine, job_id: object, rule: str
) -> None:
    with pytest.raises(mediagen.InvalidInputError) as info:
        api.get(job_id)  # type: ignore[arg-type]
    assert (info.value.field, info.value.rule) == ("path.job_id", rule)
    assert seele_mock.calls == []


def test_download_is_shared_by_every_provider(api: seele.Seele, tmp_path: Path) -> None:
    job = api.run("a cozy farm game")
    files = api.download(job, tmp_path)
    assert [f.name for f in files] == [f"{job.id}-0.zip", f"{job.id}-1.html"]
    assert all(f.read_bytes().startswith(b"mock artifact") for f in files)


def test_a_typed_body_is_checked_once_per_call(api: seele.Seele, monkeypatch: pytest.MonkeyPatch) -> None:
    """The body the adapter built (and checked, to name a bad field) is not checked again when it is sent."""
    from mediagen._schema import SpecSchema

    checked: list[str] = []
    original = SpecSchema.body_problems

    def counting(self: SpecSchema, operation: str, body: object, **options: Any) -> list[Any]:
        if self is api.schema:
            checked.append(operation)
        return original(self, operation, body, **options)

    monkeypatch.setattr(SpecSchema, "body_problems", counting)
    api.submit("a cozy farm")
    assert checked == ["create_job"]
    api.call(create_job, body=JobRequest(prompt="built by hand"))  # a body the adapter did not check: checked here
    assert checked == ["create_job", "create_job"]
