"""A stateful Media.io: X-API-KEY accounts with credits, tasks on the test clock, errors inside HTTP 200."""

from __future__ import annotations

import functools
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .._engine import Handler, MockEngine, MockProvider, MockRequest, MockResponse

__all__ = ["MediaIOMock"]

NOT_AUTHENTICATED = 374004
INSUFFICIENT_CREDITS = 490505
#: Not documented by Media.io: the mock's own code for a task id it does not know.
TASK_NOT_FOUND = 404
#: The two documented status vocabularies (seed: waiting…completed; reference: pending…succeeded).
Ending = Literal["failed", "timeout"]
"""How a task is made to end instead of succeeding (``fail_next_job``)."""
VOCABULARIES = {
    "seed": ("waiting", "processing", "completed"),
    "reference": ("pending", "processing", "succeeded"),
}


@dataclass
class _Task:
    operation: str
    created: float
    outputs: int
    ends: Ending | None = None
    """A forced end ("failed", "timeout") instead of success."""
    urls: list[str] = field(default_factory=list)


class MediaIOMock(MockProvider[Ending]):
    """Media.io's documented behaviour. Prices are the mock's own (the document gives none): ``price(op, data)``.
    ``fail_next_job("failed")`` (or ``"timeout"``): the next task created ends that way."""

    name = "mediaio"
    package = "mediaio_client"

    def __init__(
        self,
        engine: MockEngine,
        *,
        credits: int = 1000,
        queue_seconds: float = 5.0,
        job_seconds: float = 30.0,
        vocabulary: Literal["seed", "reference"] = "seed",
    ) -> None:
        super().__init__(engine)
        self.start_credits = credits
        self.queue_seconds = queue_seconds
        self.job_seconds = job_seconds
        self.vocabulary = vocabulary
        self.api_key = "mk-mock-" + secrets.token_hex(8)
        self.balances: dict[str, int] = {}
        self.tasks: dict[str, _Task] = {}
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.balances = {self.api_key: self.start_credits}
        self.tasks.clear()

    def add_key(self, key: str, *, credits: int = 1000) -> str:
        self.balances[key] = credits
        return key

    def contract_key(self) -> str:
        return self.add_key("mk-contract-" + secrets.token_hex(8), credits=10**9)

    @staticmethod
    def price(operation: str, data: Mapping[str, Any]) -> int:
        """Credits a generation costs on the mock: 10 per image, 50 per video."""
        return 10 * int(data.get("counts", "1")) if operation.startswith(("t2i", "i2i")) else 50

    # -- engine hooks -------------------------------------------------------------------------------------------
    def _envelope(self, code: int, msg: str = "", data: Any = None, status: int = 200) -> MockResponse:
        body = {"code": code, "msg": msg, "data": {} if data is None else data, "trace_id": secrets.token_hex(12)}
        return MockResponse(status, body)

    def error(self, status: int, code: str, message: str) -> MockResponse:
        # Invalid requests and unknown routes: the documented "default (error)" answer, the envelope with the HTTP
        # status as its code (Media.io documents no code for them).
        return self._envelope(int(code) if code.isdigit() else status, message, status=status)

    def authenticate(self, request: MockRequest) -> MockResponse | None:
        if self.key_of(request) not in self.balances:
            return self._envelope(NOT_AUTHENTICATED, "not authenticated: apply for an APP KEY")
        return None

    def handlers(self) -> Mapping[str, Handler]:
        routes: dict[str, Handler] = {"get_credits": self.get_credits, "get_task_result": self.get_task_result}
        for operation in self.engine.schema.operations:
            routes.setdefault(operation, functools.partial(self.generate, operation))
        return routes

    def control(self, request: MockRequest) -> MockResponse | None:
        parts = request.path.strip("/").split("/")
        if parts[:2] == ["__mock__", "outputs"] and request.method == "GET":
            return MockResponse(200, raw=b"mock output " + "/".join(parts[2:]).encode())
        return None

    # -- operations ---------------------------------------------------------------------------------------------
    def get_credits(self, request: MockRequest) -> MockResponse:
        return self._envelope(0, data={"credits": self.balances[self.key_of(request) or ""]})

    def generate(self, operation: str, request: MockRequest) -> MockResponse:
        key, data = self.key_of(request) or "", request.json["data"]
        cost = self.price(operation, data)
        if self.balances[key] < cost:
            return self._envelope(INSUFFICIENT_CREDITS, "insufficient credits: recharge before generating")
        self.balances[key] -= cost
        task_id = secrets.token_hex(16)
        outputs = int(data.get("counts", "1"))
        self.tasks[task_id] = _Task(operation, self.engine.clock.now(), outputs, self.next_job_failure())
        self.tasks[task_id].urls = [f"{request.base_url}/__mock__/outputs/{task_id}/{i}" for i in range(outputs)]
        return self._envelope(0, data={"task_id": task_id})

    def get_task_result(self, request: MockRequest) -> MockResponse:
        task_id = request.path_params["task_id"]
        task = self.tasks.get(task_id)
        if task is None:
            return self._envelope(TASK_NOT_FOUND, f"task {task_id} not found")
        queued, running, done = VOCABULARIES[self.vocabulary]
        age = self.engine.clock.now() - task.created
        data: dict[str, Any] = {"task_id": task_id, "status": queued, "result": None}
        if age >= self.queue_seconds:
            data["status"] = running
        if age >= self.queue_seconds + self.job_seconds:
            data["status"] = task.ends or done
            if task.ends is None:
                data["result"] = {"urls": task.urls}
        return self._envelope(0, data=data)
