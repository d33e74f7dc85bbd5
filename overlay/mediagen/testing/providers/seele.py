"""A stateful Seele: bearer keys, subscription gating, upload sessions served by the mock, jobs on the test clock."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .._engine import Handler, MockEngine, MockProvider, MockRequest, MockResponse, example_values

__all__ = ["SeeleMock"]

SUBSCRIPTION_MODELS = {"Seele02-pro"}
SUBSCRIPTION_ENGINES = {"unreal"}
#: Koin per turn (the document gives no prices; these are the mock's own).
KOIN = {"Seele02-flash": 25, "Seele02-pro": 100, "Seele01-flash": 15, "Seele01-pro": 60}
OPERATIONS = ["planning", "generating assets", "assembling scene", "packaging"]


@dataclass
class _File:
    filename: str
    content_type: str
    size: int
    expires_at: float
    token: str
    uploaded: bool = False


@dataclass
class _Job:
    prompt: str
    model: str
    engine: str
    started: float
    finish_at: float
    koin: int
    steps: list[str] = field(default_factory=list)


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class SeeleMock(MockProvider[None]):
    """Seele's documented behaviour. ``job_seconds`` is how long a job or step processes on the mock's clock (the
    document shows no failed job: ``fail_next_job`` has nothing to act on)."""

    name = "seele"
    package = "seele_client"

    def __init__(self, engine: MockEngine, *, job_seconds: float = 60.0, upload_ttl: float = 900.0) -> None:
        super().__init__(engine)
        self.job_seconds = job_seconds
        self.upload_ttl = upload_ttl
        self.api_key = "sk-mock-" + secrets.token_hex(8)
        self.keys: dict[str, bool] = {}
        self.files: dict[str, _File] = {}
        self.jobs: dict[str, _Job] = {}
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.keys = {self.api_key: False}
        self.files.clear()
        self.jobs.clear()
        self._seed_example_files()

    def _seed_example_files(self) -> None:
        """Files the spec's examples name exist, uploaded, so the documented examples work as printed."""
        for file_id in example_values(self.engine.schema.spec, {"file_ids"}):
            self.files[file_id] = _File("example.png", "image/png", 1, float("inf"), "", uploaded=True)

    def add_key(self, key: str, *, subscription: bool = False) -> str:
        """Register a key; ``subscription`` unlocks Seele02-pro and the unreal engine."""
        self.keys[key] = subscription
        return key

    def contract_key(self) -> str:
        return self.add_key("sk-contract-" + secrets.token_hex(8), subscription=True)

    # -- engine hooks -------------------------------------------------------------------------------------------
    def error(self, status: int, code: str, message: str) -> MockResponse:
        return MockResponse(status, {"ok": False, "error": {"code": code, "message": message}})

    def authenticate(self, request: MockRequest) -> MockResponse | None:
        if self.key_of(request) not in self.keys:
            return self.error(401, "unauthorized", "Invalid or missing API key")
        return None

    def handlers(self) -> Mapping[str, Handler]:
        return {
            "create_file": self.create_file,
            "create_job": self.create_job,
            "create_job_step": self.create_job_step,
            "get_job": self.get_job,
        }

    # -- operations ---------------------------------------------------------------------------------------------
    def create_file(self, request: MockRequest) -> MockResponse:
        body = request.json
        file_id = secrets.token_hex(16)
        rec = _File(
            body["filename"],
            body["content_type"],
            body["size"],
            self.engine.clock.now() + self.upload_ttl,
            secrets.token_urlsafe(16),
        )
        self.files[file_id] = rec
        query = f"X-Mock-Expires={int(rec.expires_at)}&X-Mock-Token={rec.token}"
        url = f"{request.base_url}/__mock__/uploads/{file_id}?{query}"
        data = {
            "file_id": file_id,
            "upload_url": url,
            "upload_url_expires_at": _iso(rec.expires_at),
            "upload_headers": {"Content-Type": rec.content_type},
            "filename": rec.filename,
            "content_type": rec.content_type,
            "size": rec.size,
        }
        return MockResponse(201, {"ok": True, "data": data})

    def create_job(self, request: MockRequest) -> MockResponse:
        refused = self._refuse(request)
        if refused is not None:
            return refused
        body = request.json
        job_id = "job_" + secrets.token_hex(6)
        model, engine = body.get("model", "Seele02-flash"), body.get("engine", "threejs")
        now = self.engine.clock.now()
        self.jobs[job_id] = _Job(body["prompt"], model, engine, now, now + self.job_seconds, KOIN[model])
        return MockResponse(201, {"ok": True, "data": {"job_id": job_id, "meta": self._meta(job_id)}})

    def create_job_step(self, request: MockRequest) -> MockResponse:
        job_id = request.path_params["job_id"]
        job = self.jobs.get(job_id)
        if job is None:
            return self.error(404, "NOT_FOUND", f"job {job_id} not found")
        refused = self._refuse(request)
        if refused is not None:
            return refused
        now = self.engine.clock.now()
        if now < job.finish_at:
            return self.error(409, "JOB_ALREADY_PROCESSING", "job is still generating, new steps are not allowed yet")
        step_id = "step_" + secrets.token_hex(6)
        job.steps.append(step_id)
        job.model = request.json.get("model", job.model)
        job.engine = request.json.get("engine", job.engine)
        job.started, job.finish_at = now, now + self.job_seconds
        job.koin += KOIN[job.model]
        data = {"job_id": job_id, "step_id": step_id, "meta": self._meta(job_id)}
        return MockResponse(200, {"ok": True, "data": data})

    def get_job(self, request: MockRequest) -> MockResponse:
        job_id = request.path_params["job_id"]
        job = self.jobs.get(job_id)
        if job is None:
            return self.error(404, "NOT_FOUND", f"job {job_id} not found")
        now = self.engine.clock.now()
        data: dict[str, object] = {"job_id": job_id, "meta": self._meta(job_id)}
        if now < job.finish_at:
            done = (now - job.started) / max(job.finish_at - job.started, 1e-9)
            data |= {"status": "processing", "current_operation": OPERATIONS[min(int(done * len(OPERATIONS)), 3)]}
        else:
            turn = len(job.steps)
            base = f"{request.base_url}/__mock__/artifacts/{job_id}/{turn}"
            data |= {
                "status": "finished",
                "summary": f"{job.engine} project for: {job.prompt[:80]}",
                "total_koin": job.koin,
                "artifacts": [
                    {
                        "id": f"artifact_{job_id}_{turn}_project",
                        "name": "Game Project",
                        "description": f"Generated {job.engine} project package",
                        "urls": [f"{base}/project.zip"],
                    },
                    {
                        "id": f"artifact_{job_id}_{turn}_preview",
                        "name": "Preview",
                        "description": "Browser playable preview",
                        "urls": [f"{base}/preview.html"],
                    },
                ],
            }
        return MockResponse(200, {"ok": True, "data": data})

    # -- the presigned upload URL, served by the mock itself ------------------------------------------------------
    def control(self, request: MockRequest) -> MockResponse | None:
        parts = request.path.strip("/").split("/")
        if parts[:2] == ["__mock__", "uploads"] and len(parts) == 3 and request.method == "PUT":
            return self._put_upload(parts[2], request)
        if parts[:2] == ["__mock__", "artifacts"] and request.method == "GET":
            return MockResponse(200, raw=b"mock artifact " + "/".join(parts[2:]).encode())
        return None

    def _put_upload(self, file_id: str, request: MockRequest) -> MockResponse:
        # Object storage answers in its own words (text, not Seele's envelope).
        rec = self.files.get(file_id)
        if rec is None or request.query.get("X-Mock-Token") != rec.token:
            return MockResponse(403, raw=b"AccessDenied: signature does not match")
        if self.engine.clock.now() >= rec.expires_at:
            return MockResponse(403, raw=b"AccessDenied: Request has expired")
        if request.header("content-type") != rec.content_type:
            return MockResponse(403, raw=b"SignatureDoesNotMatch: Content-Type differs from the signed one")
        if len(request.body) != rec.size:
            return MockResponse(400, raw=f"IncompleteBody: got {len(request.body)} bytes, signed {rec.size}".encode())
        rec.uploaded = True
        return MockResponse(200, raw=b"")

    # -- rules ----------------------------------------------------------------------------------------------------
    def _refuse(self, request: MockRequest) -> MockResponse | None:
        body = request.json
        subscribed = self.keys.get(self.key_of(request) or "", False)
        if not subscribed and (body.get("model") in SUBSCRIPTION_MODELS or body.get("engine") in SUBSCRIPTION_ENGINES):
            what = body["model"] if body.get("model") in SUBSCRIPTION_MODELS else f"the {body['engine']} engine"
            return self.error(403, "SUBSCRIPTION_REQUIRED", f"{what} requires an active subscription")
        for i, file_id in enumerate(body.get("file_ids", [])):
            rec = self.files.get(file_id)
            if rec is None or not rec.uploaded:
                why = "is unknown" if rec is None else "was never uploaded"
                return self.error(400, "INVALID_FILE_ID", f"file_ids[{i}]: file {file_id} {why}")
        return None

    @staticmethod
    def _meta(job_id: str) -> dict[str, str]:
        return {"platform_url": f"https://www.seeles.ai/workspace/{job_id}"}
