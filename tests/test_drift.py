"""Tolerant answers and the drift report, for every provider: a live API that departs from its spec (an unknown
status, an undocumented 2xx, extra fields, a missing optional field) never breaks a call; each departure is logged
once per (operation, JSON pointer) on ``mediagen.drift`` with its JSON type, never its value, and counted."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import mediagen
import pytest
from mediagen import DriftReport, JobStatus, SpecSchema, fusara, killatamata, mediaio, seele, seisoai
from mediagen.testing import MockEngine, mock
from mediagen.testing._departures import KINDS, UNKNOWN_INTEGER, UNKNOWN_STRING

from tests.conftest import Sleeps


@dataclass
class Harness:
    """One provider: its mock, a client, a submit, and the operations that create and poll a job."""

    engine: MockEngine
    api: Any
    submit: Callable[[], mediagen.Job]
    create_op: str
    status_op: str


def _seele(engine: MockEngine) -> Harness:
    api = seele.Seele(engine.provider.api_key, transport=engine.transport())
    return Harness(engine, api, lambda: api.submit("a cozy farm game"), "create_job", "get_job")


def _mediaio(engine: MockEngine) -> Harness:
    api = mediaio.MediaIO(engine.provider.api_key, transport=engine.transport())
    return Harness(engine, api, lambda: api.submit("Imagen 4", prompt="a puppy"), "t2i_imagen_4", "get_task_result")


def _fusara(engine: MockEngine) -> Harness:
    api = fusara.Fusara(engine.provider.api_key, transport=engine.transport())
    return Harness(engine, api, lambda: api.submit({"__type": 5, "Prompt": "p"}), "generate", "get_task_status")


def _killatamata(engine: MockEngine) -> Harness:
    api = killatamata.KillaTamata(engine.provider.api_key, transport=engine.transport())
    body = {"prompt": "cinematic fox astronaut", "width": 1024, "height": 1024}
    return Harness(engine, api, lambda: api.submit("image.generate", body), "submit_media_job", "get_media_job")


def _seisoai(engine: MockEngine) -> Harness:
    api = seisoai.Seisoai(engine.provider.api_key, transport=engine.transport())
    return Harness(
        engine,
        api,
        lambda: api.invoke("video.generate.veo3", prompt="a fox", duration="6s"),
        "invoke_tool",
        "get_job_status",
    )


HARNESSES: dict[str, tuple[Callable[[MockEngine], Harness], dict[str, Any]]] = {
    "seele": (_seele, {}),
    "mediaio": (_mediaio, {"credits": 100_000}),
    "fusara": (_fusara, {}),
    "killatamata": (_killatamata, {}),
    "seisoai": (_seisoai, {}),
}
PROVIDERS = list(HARNESSES)


@pytest.fixture(params=PROVIDERS)
def h(request: pytest.FixtureRequest, sleeps: Sleeps) -> Iterator[Harness]:
    build, options = HARNESSES[request.param]
    engine = mock(request.param, **options)
    sleeps.engines.append(engine)
    harness = build(engine)
    yield harness
    harness.api.close()


def test_every_departure_kind_is_covered() -> None:
    assert set(KINDS) == {"unknown_status", "undocumented_2xx", "extra_fields", "missing_optional"}


def test_unknown_status_is_read_as_unknown_never_raised(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    job = h.submit()
    h.engine.depart_next("unknown_status", operation=h.status_op, times=2)
    with caplog.at_level(logging.WARNING, logger="mediagen.drift"):
        seen = h.api.get(job.id)
        again = h.api.get(job.id)
    assert seen.status is again.status is JobStatus.UNKNOWN
    assert seen.raw_status in (UNKNOWN_STRING, str(UNKNOWN_INTEGER))
    assert not seen.status.terminal
    # Drift: logged once per (operation, pointer), counted on every answer, the value never shown.
    places = [key for key in h.api.drift.counts if key[0] == h.status_op]
    if h.engine.provider.name == "seisoai":  # its status is free text in the spec: an unknown word is no drift
        assert places == []
        return
    assert places and all(h.api.drift.counts[key] == 2 for key in places)
    records = [r for r in caplog.records if r.name == "mediagen.drift" and h.status_op in r.getMessage()]
    assert len(records) == len(places)
    assert all(UNKNOWN_STRING not in r.getMessage() and str(UNKNOWN_INTEGER) not in r.getMessage() for r in records)


def test_wait_keeps_polling_an_unknown_status_and_the_deadline_names_it(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mediagen._wait, "clock", h.engine.clock.now)  # the deadline on the mock's clock
    job = h.submit()
    if job.status.terminal:  # pragma: no cover - every harness submits a job that runs
        pytest.skip("finished at submit")
    h.engine.depart_next("unknown_status", operation=h.status_op, times=10_000)
    progress: list[mediagen.Job] = []
    with pytest.raises(mediagen.WaitTimeoutError) as info:
        h.api.wait(job, timeout=120, on_progress=progress.append)
    assert len(progress) > 2 and all(p.status is JobStatus.UNKNOWN for p in progress)
    assert progress[0].raw_status in str(info.value) and "unknown" in str(info.value)
    assert info.value.job_id == job.id


def test_an_unknown_status_then_a_documented_one_finishes(h: Harness) -> None:
    job = h.submit()
    h.engine.depart_next("unknown_status", operation=h.status_op, times=2)
    done = h.api.wait(job, timeout=3600)
    assert done.status is JobStatus.SUCCEEDED


def test_undocumented_2xx_is_a_success_and_reported(h: Harness, caplog: pytest.LogCaptureFixture) -> None:
    h.engine.depart_next("undocumented_2xx", operation=h.create_op)
    with caplog.at_level(logging.WARNING, logger="mediagen.drift"):
        job = h.submit()
    assert job.id
    answered = [c.response.status for c in h.engine.calls_to(h.create_op)]
    assert answered[-1] in (200, 203)
    row = next(r for r in h.api.drift.summary() if r["operation"] == h.create_op)
    assert row["pointer"] == "" and row["keyword"].startswith("status:")
    assert h.api.wait(job, timeout=3600).status is JobStatus.SUCCEEDED


def test_extra_fields_are_accepted(h: Harness) -> None:
    h.engine.depart_next("extra_fields", operation=h.create_op)
    job = h.submit()
    h.engine.depart_next("extra_fields", operation=h.status_op, times=3)
    assert h.api.get(job.id).status in (JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.SUCCEEDED)
    assert h.api.wait(job, timeout=3600).status is JobStatus.SUCCEEDED


def test_missing_optional_fields_are_accepted(h: Harness) -> None:
    h.engine.depart_next("missing_optional", operation=h.create_op)
    job = h.submit()
    assert job.id
    h.engine.depart_next("missing_optional", operation=h.status_op, times=3)
    assert h.api.get(job.id).status is not JobStatus.UNKNOWN
    assert not h.api.drift, "leaving out optional fields is no departure"


def test_a_conforming_run_reports_no_drift(h: Harness) -> None:
    job = h.submit()
    h.api.wait(job, timeout=3600)
    assert h.api.drift.total == 0 and h.api.drift.answers >= 2


def test_drift_report_without_a_client() -> None:
    """What a contract runner (or any holder of answers) calls: the same report over raw answers."""
    report = DriftReport(SpecSchema.of("seele_client"))
    assert report.observe("get_job", 200, {"ok": True, "data": {"job_id": "j", "status": "finished"}}) == []
    found = report.observe("get_job", 200, {"ok": True, "data": {"job_id": 7, "status": "archived"}})
    assert {(d.pointer, d.json_type) for d in found} == {("/data/job_id", "integer"), ("/data/status", "string")}
    assert report.counts[("get_job", "/data/status")] == 1 and report.answers == 2
    assert [row["pointer"] for row in report.summary()] == ["/data/job_id", "/data/status"]
    report.clear()
    assert not report


def test_a_drift_check_that_fails_never_fails_the_call(monkeypatch: pytest.MonkeyPatch, sleeps: Sleeps) -> None:
    engine = mock("seele")
    api = seele.Seele(engine.provider.api_key, transport=engine.transport())

    def broken(*args: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(api.drift, "observe", broken)
    assert api.submit("x").id


def test_a_timestamp_in_another_form_is_read_as_text_and_reported() -> None:
    """Answers' date-times are ISO 8601 by the spec; another form (an epoch, a space separator) is kept as given and
    reported, never a parse error that loses the job."""
    from killatamata_client.models import MediaJob

    body = {"jobId": "job_1", "status": "running", "createdAt": "1 Feb 2026 10:00"}
    job = MediaJob.from_dict(body)
    assert job.created_at == "1 Feb 2026 10:00"
    report = DriftReport(SpecSchema.of("killatamata_client"))
    assert [(d.pointer, d.json_type) for d in report.observe("get_media_job", 200, body)] == [("/createdAt", "string")]
    iso = {**body, "createdAt": "2026-02-01T10:00:00Z"}
    assert MediaJob.from_dict(iso).created_at.year == 2026  # type: ignore[union-attr]
    assert report.observe("get_media_job", 200, iso) == []
