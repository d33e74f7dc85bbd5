"""The toy provider's mock: its state and one handler per operationId (the engine routes, validates, replays, injects
faults and keeps the clock). It plugs in through the ``mediagen.mocks`` entry point (name → this module)."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from mediagen.testing import MockEngine, MockProvider, MockRequest, MockResponse
from mediagen.testing._engine import Handler


@dataclass
class _Job:
    count: int
    started: float
    error: str | None


class ToyMock(MockProvider[str]):
    """A job is queued, runs from ``job_seconds / 2`` and ends at ``job_seconds`` on the mock's clock;
    ``fail_next_job(message)`` makes the next one fail."""

    name = "toy"
    package = "toy_client"

    def __init__(self, engine: MockEngine, *, job_seconds: float = 10.0) -> None:
        super().__init__(engine)
        self.job_seconds = job_seconds
        self.api_key = "toy-mock-" + secrets.token_hex(8)
        self.jobs: dict[str, _Job] = {}
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.jobs.clear()

    def contract_key(self) -> str:
        return self.api_key

    def error(self, status: int, code: str, message: str) -> MockResponse:
        return MockResponse(status, {"error": {"code": code, "message": message}})

    def authenticate(self, request: MockRequest) -> MockResponse | None:
        if request.header("authorization") != f"Bearer {self.api_key}":
            return self.error(401, "unauthorized", "invalid or missing API key")
        return None

    def handlers(self) -> Mapping[str, Handler]:
        return {"create_job": self.create_job, "get_job": self.get_job}

    def create_job(self, request: MockRequest) -> MockResponse:
        job_id = "job_" + secrets.token_hex(6)
        self.jobs[job_id] = _Job(int(request.json.get("count", 1)), self.engine.clock.now(), self.next_job_failure())
        return MockResponse(202, {"id": job_id, "status": "queued"})

    def get_job(self, request: MockRequest) -> MockResponse:
        job_id = request.path_params["id"]
        job = self.jobs.get(job_id)
        if job is None:
            return self.error(404, "not_found", f"job {job_id} not found")
        elapsed = self.engine.clock.now() - job.started
        body: dict[str, object] = {"id": job_id, "status": "queued", "outputs": []}
        if elapsed >= self.job_seconds and job.error is not None:
            body |= {"status": "failed", "error": job.error}
        elif elapsed >= self.job_seconds:
            outputs = [f"{request.base_url}/__mock__/outputs/{job_id}/{i}.png" for i in range(job.count)]
            body |= {"status": "succeeded", "outputs": outputs}
        elif elapsed >= self.job_seconds / 2:
            body["status"] = "running"
        return MockResponse(200, body)
