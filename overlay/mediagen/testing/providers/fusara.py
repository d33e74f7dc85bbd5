"""A stateful Fusara: 403 for a bad key, 30 requests in flight per key, tasks 10 → 20 → 100 (or 200) on the test
clock, completion callbacks POSTed once to loopback URLs, media that expires after 24 hours, a paged model list."""

from __future__ import annotations

import ipaddress
import itertools
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from .._engine import Handler, MockEngine, MockProvider, MockRequest, MockResponse, example_values

__all__ = ["FusaraMock"]

MAX_OUTPUTS = 16
TASK_OPERATIONS = ("generate", "upscale", "outpaint", "reframe", "hyperlora")


@dataclass
class _Task:
    key: str
    type_id: int
    created: float
    outputs: int
    fail_category: int | None = None
    callback_url: str | None = None
    called_back: bool = False
    media: list[int] = field(default_factory=list)


def _loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class FusaraMock(MockProvider[int]):
    """Fusara's documented behaviour. ``queue_seconds``/``job_seconds`` pace tasks on the mock's clock;
    ``fail_next_job(category)``: the next task created fails with that errorCategoryId (0-5; 2 is moderation)."""

    name = "fusara"
    package = "fusara_client"

    def __init__(self, engine: MockEngine, *, queue_seconds: float = 2.0, job_seconds: float = 20.0) -> None:
        super().__init__(engine)
        spec = engine.schema.spec
        self.concurrency = spec["x-rate-limits"]["concurrent"]
        self.queued_limit: int = spec["x-rate-limits"]["queued"]
        self.media_ttl: float = spec["x-media-ttl-seconds"]
        self.queue_seconds = queue_seconds
        self.job_seconds = job_seconds
        self.api_key = "fk-mock-" + format(id(self), "x")
        self.keys: set[str] = set()
        self.tasks: dict[int, _Task] = {}
        self.media: dict[int, float] = {}
        """Media id → when it was made (it expires media_ttl later)."""
        self.models: list[dict[str, Any]] = []
        self.callbacks: list[tuple[str, dict[str, Any]]] = []
        self._ids = itertools.count(12345)
        # 67890 is the media id the document's prose uses; the others come from the spec's examples.
        self._example_media = {67890, *example_values(spec, {"InputMediaIds", "ImageId", "ModelId"})}
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.keys = {self.api_key}
        self.tasks.clear()
        self.models.clear()
        self.callbacks.clear()
        # The document's example media exist (and never expire) so its examples run as printed.
        self.media = dict.fromkeys(self._example_media, self.engine.clock.now() + 10**12)

    def add_key(self, key: str) -> str:
        self.keys.add(key)
        return key

    def contract_key(self) -> str:
        return self.add_key("fk-contract-" + format(id(self) ^ 0x5A5A, "x"))

    # -- engine hooks -------------------------------------------------------------------------------------------
    def error(self, status: int, code: str, message: str) -> MockResponse:
        error = {"code": None if status == 403 else code, "description": message}
        body = {"statusCode": status, "succeeded": False, "statusCodeInt": status, "error": error}
        return MockResponse(status, body)

    def authenticate(self, request: MockRequest) -> MockResponse | None:
        if self.key_of(request) not in self.keys:
            return self.error(403, "FORBIDDEN", "Invalid or missing API key")
        return None

    def handlers(self) -> Mapping[str, Handler]:
        routes: dict[str, Handler] = {op: self.create_task for op in TASK_OPERATIONS}
        routes |= {
            "get_task": self.get_task,
            "get_task_status": self.get_task_status,
            "import_model": self.import_model,
            "list_models": self.list_models,
            "enhance_prompt": self.enhance_prompt,
            "create_subscription": self.create_subscription,
        }
        return routes

    def control(self, request: MockRequest) -> MockResponse | None:
        parts = request.path.strip("/").split("/")
        if parts[:2] == ["__mock__", "media"] and len(parts) == 3 and request.method == "GET":
            made = self.media.get(int(parts[2])) if parts[2].isdigit() else None
            if made is None or self.engine.clock.now() >= made + self.media_ttl:
                return MockResponse(404, raw=b"media expired or unknown")
            return MockResponse(200, raw=b"mock media " + parts[2].encode())
        return None

    # -- operations ---------------------------------------------------------------------------------------------
    def _ok(self, data: Any, **extra: Any) -> MockResponse:
        return MockResponse(200, {"statusCode": 200, "succeeded": True, "statusCodeInt": 200, "data": data, **extra})

    def create_task(self, request: MockRequest) -> MockResponse:
        body, key, now = request.json, self.key_of(request) or "", self.engine.clock.now()
        unknown = [m for m in body.get("InputMediaIds") or [] if not self._media_alive(m, now)]
        presets = body.get("TaskPresets") or []
        unknown += [p["ImageId"] for p in presets if "ImageId" in p and not self._media_alive(p["ImageId"], now)]
        if unknown:
            return self.error(400, "MEDIA_NOT_FOUND", f"media {unknown[0]} does not exist or has expired")
        waiting = sum(1 for t in self.tasks.values() if t.key == key and self._status(t, now) in (10, 20))
        if waiting >= self.queued_limit:
            return self.error(429, "QUEUE_FULL", f"{self.queued_limit} tasks already queued for this key")
        task_id = next(self._ids)
        # The document bounds NumberOfImages nowhere; the mock makes at most MAX_OUTPUTS media for one task.
        outputs = min(int(body.get("NumberOfImages", 1) or 1), MAX_OUTPUTS)
        task = _Task(key, body["__type"], now, outputs, self.next_job_failure(), body.get("CompletionCallbackUrl"))
        self.tasks[task_id] = task
        return self._ok(self._task(task_id, task, request))

    def get_task_status(self, request: MockRequest) -> MockResponse:
        task = self._owned(request)
        if isinstance(task, MockResponse):
            return task
        return self._ok(self._status(task, self.engine.clock.now()))

    def get_task(self, request: MockRequest) -> MockResponse:
        task = self._owned(request)
        if isinstance(task, MockResponse):
            return task
        return self._ok(self._task(int(request.path_params["id"]), task, request))

    def import_model(self, request: MockRequest) -> MockResponse:
        name = str(request.json.get("Name") or "imported model")
        model: dict[str, Any] = {
            "id": next(self._ids),
            "name": name,
            "baseModel": "Flux1",
            "modelType": "LORA",
            "trainedWords": [],
            "files": [],
        }
        self.models.append(model)
        self.media[int(model["id"])] = self.engine.clock.now() + 10**12  # usable as a TaskModels ModelId
        return self._ok(model)

    def list_models(self, request: MockRequest) -> MockResponse:
        number = int(request.query.get("PageNumber", "1"))
        size = int(request.query.get("PageSize", "20"))
        page = self.models[(number - 1) * size : number * size]
        total = len(self.models)
        return self._ok(page, pageNumber=number, pageSize=size, totalRecords=total, totalPages=-(-total // size))

    def enhance_prompt(self, request: MockRequest) -> MockResponse:
        return self._ok(f"{request.json.get('Prompt', '')}, highly detailed, cinematic lighting")

    def create_subscription(self, request: MockRequest) -> MockResponse:
        return self._ok({})

    # -- state --------------------------------------------------------------------------------------------------
    def _media_alive(self, media_id: int, now: float) -> bool:
        made = self.media.get(media_id)
        return made is not None and now < made + self.media_ttl

    def _owned(self, request: MockRequest) -> _Task | MockResponse:
        task = self.tasks.get(int(request.path_params["id"]))
        if task is None or task.key != self.key_of(request):
            return self.error(404, "NOT_FOUND", f"task {request.path_params['id']} not found")
        return task

    def _status(self, task: _Task, now: float) -> int:
        age = now - task.created
        if age < self.queue_seconds:
            return 10
        if age < self.queue_seconds + self.job_seconds:
            return 20
        return 200 if task.fail_category is not None else 100

    def _task(self, task_id: int, task: _Task, request: MockRequest) -> dict[str, Any]:
        now = self.engine.clock.now()
        status = self._status(task, now)
        if status == 100 and not task.media:
            task.media = [next(self._ids) for _ in range(task.outputs)]
            for media_id in task.media:
                self.media[media_id] = task.created + self.queue_seconds + self.job_seconds
        failed = status == 200
        return {
            "taskId": task_id,
            "images": [{"id": m, "url": f"{request.base_url}/__mock__/media/{m}"} for m in task.media],
            "workflowStatusId": status,
            "errorCategoryId": task.fail_category if failed else None,
            "errorCode": "MOCK_FAILURE" if failed else None,
            "userStandardMessage": "The task failed" if failed else None,
            "userDetailedMessage": f"error category {task.fail_category}" if failed else None,
        }

    def deliver_callbacks(self) -> int:
        """POST the completion webhook of every task that ended and was not called back yet: once each,
        fire-and-forget, to loopback URLs only. Returns how many were sent."""
        now, sent = self.engine.clock.now(), 0
        for task_id, task in self.tasks.items():
            status = self._status(task, now)
            if task.callback_url and not task.called_back and status in (100, 200):
                task.called_back = True
                ok = status == 100
                payload = {
                    "taskId": task_id,
                    "statusId": status,
                    "statusCode": "COMPLETION_SUCCESS" if ok else "COMPLETION_FAILED",
                    "statusMessage": "Task completed successfully" if ok else "Task failed",
                }
                self.callbacks.append((task.callback_url, payload))
                if _loopback(task.callback_url):
                    threading.Thread(target=_post, args=(task.callback_url, payload), daemon=True).start()
                    sent += 1
        return sent

    def tick(self) -> None:
        """Called by the engine after every request: callbacks go out as tasks end."""
        self.deliver_callbacks()


def _post(url: str, payload: dict[str, Any]) -> None:
    try:
        httpx.post(url, json=payload, timeout=5)
    except httpx.HTTPError:
        pass  # fire-and-forget: Fusara does not retry a webhook
