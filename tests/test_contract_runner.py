"""The contract runner itself, against servers that are not our mocks: real HTTP servers on loopback, written here.

One answers 403 to everything, one is a closed port, one breaks one operation's response schema, one rate-limits
with Retry-After (and one never stops doing so); each must give the right verdict on each operation's row and the
right exit code. The servers that need realistic answers take them from the Seele mock engine and then change them.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from mediagen import seele
from mediagen.testing import MockClock, MockEngine, MockRequest, mock
from mediagen.testing._contract import ContractResult, run_contract
from mediagen.testing._contract_config import DEFAULT_BUDGET, DEFAULT_RATE, live_limits
from mediagen.testing._contract_engine import MAX_RETRY_AFTER, GateAdapter, retry_after
from mediagen.testing._loopback import Answer, loopback

KEY = "sk-runner-test"
SEELE_OPERATIONS = {
    "POST /v2/api/files",
    "POST /v2/api/jobs",
    "POST /v2/api/jobs/{job_id}/steps",
    "GET /v2/api/jobs/{job_id}",
}


def through(engine: MockEngine) -> Callable[[str, str, dict[str, str], bytes], Answer]:
    """Answers as the mock engine gives them (the server around it is ours, not the mock's)."""
    lock = threading.Lock()

    def answer(method: str, target: str, headers: dict[str, str], body: bytes) -> Answer:
        url = urlsplit(target)
        request = MockRequest(method, url.path, dict(parse_qsl(url.query)), headers, body, "http://127.0.0.1")
        with lock:
            response = engine.handle(request)
        return response.status, response.all_headers(), response.content()

    return answer


def seele_engine() -> MockEngine:
    engine = mock("seele", clock=MockClock(tick=5.0))  # as in a mock run: jobs finish while the run goes on
    engine.provider.add_key(KEY, subscription=True)
    return engine


def run(url: str, **options: Any) -> ContractResult:
    """A live run of every Seele operation (billable ones too) against ``url``, fast (loopback only)."""
    options = {"allow_billable": True, "max_examples": 2, "rate": 500.0, "max_requests": 2000, **options}
    return run_contract("seele", base_url=url, api_key=KEY, **options)


def rows(result: ContractResult) -> dict[str, Any]:
    return {op.label: op for op in result.operations}


def test_a_server_answering_403_to_everything_passes_nothing() -> None:
    with loopback(lambda *_: (403, {"content-type": "application/json"}, b'{"error": "forbidden"}')) as url:
        result = run(url)
    assert result.exit_code == 1 and result.count("pass") == 0
    assert rows(result).keys() == SEELE_OPERATIONS
    for op in result.operations:
        assert op.requests > 0 and set(op.answers) == {"403"} and op.validated == 0
        assert f"all {op.answers['403']} answers were 403: is the key right" in op.reason, op.reason
    # Each row also carries what the 403s broke (an undocumented status, a body that is not the spec's error),
    # and says that the operation was never exercised besides.
    for op in result.operations:
        assert op.verdict == "FAIL" and op.findings and "not exercised either" in op.reason
    assert {f.code for f in rows(result)["POST /v2/api/files"].findings} == {"ST103"}  # 403 is not documented there


def test_a_closed_port_is_not_exercised_and_fails_unless_allowed() -> None:
    with socket.socket() as sock:  # a port that was free a moment ago, and that nothing listens on now
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    result = run(url, parameters={"job_id": "job_1"})
    assert result.exit_code == 1 and {op.verdict for op in result.operations} == {"not exercised"}
    for op in result.operations:
        assert set(op.answers) == {"no answer"} and op.requests == op.answers["no answer"] + op.other_methods > 0
        assert "connection refused" in op.reason and f"is {url} up and reachable?" in op.reason, op.reason
    allowed = run(url, parameters={"job_id": "job_1"}, allow_untested=True)
    assert allowed.exit_code == 0 and allowed.count("not exercised") == 4  # still listed, not passed


def test_a_server_that_breaks_one_operations_response_schema() -> None:
    engine = seele_engine()
    answer = through(engine)

    def breaks_get_job(method: str, target: str, headers: dict[str, str], body: bytes) -> Answer:
        status, out_headers, content = answer(method, target, headers, body)
        if method == "GET" and target.startswith("/v2/api/jobs/") and status == 200:
            data = json.loads(content)
            data["data"]["status"] = 12345  # the spec says a string from its enum
            content = json.dumps(data).encode()
        return status, out_headers, content

    with loopback(breaks_get_job) as url:
        result = run(url)
    by_label = rows(result)
    broken = by_label.pop("GET /v2/api/jobs/{job_id}")
    assert result.exit_code == 1
    assert broken.verdict == "FAIL" and "ST108 Response violates schema" in broken.reason
    assert any(f.code == "ST108" and "12345" in f.message for f in broken.findings)
    # The live run lists the drift it saw on the row: where, and the JSON type found there (never the value).
    assert broken.drift and all(place.startswith("/data/status integer") for place in broken.drift)
    assert "drift: /data/status integer" in broken.reason and "12345" not in broken.reason.split("drift:")[1]
    assert all(op.verdict == "pass" and op.validated and not op.drift for op in by_label.values()), result.not_passed()


def test_a_rate_limiting_server_is_waited_out_not_judged() -> None:
    """Every fifth request (three times) is refused with 429 and Retry-After: 1: the runner waits that long and
    sends the same request again; the 429s are counted on the rows, never judged."""
    engine = seele_engine()
    existing = seele.Seele(KEY, transport=engine.transport()).submit("an existing job").id
    answer = through(engine)
    log: dict[str, Any] = {"count": 0, "refused_at": [], "next_at": []}

    def limited(method: str, target: str, headers: dict[str, str], body: bytes) -> Answer:
        log["count"] += 1
        if len(log["refused_at"]) > len(log["next_at"]):
            log["next_at"].append(time.monotonic())
        if log["count"] % 5 == 0 and len(log["refused_at"]) < 3:
            log["refused_at"].append(time.monotonic())
            return 429, {"retry-after": "1", "content-type": "application/json"}, b'{"error": "slow down"}'
        return answer(method, target, headers, body)

    with loopback(limited) as url:
        result = run(url, allow_billable=False, parameters={"job_id": existing}, max_examples=5)
    [job] = [op for op in result.operations if op.selected]
    assert result.exit_code == 0, result.not_passed()
    assert job.verdict == "pass" and not job.findings and "429" not in job.answers
    assert len(log["refused_at"]) == 3 == job.waited_429  # every 429 sent was waited out
    assert all(after - before >= 0.99 for before, after in zip(log["refused_at"], log["next_at"], strict=True))
    assert result.count("skipped") == 3  # read-only: nothing billable was called


def test_a_server_that_only_ever_rate_limits_is_not_exercised() -> None:
    refusal = (429, {"retry-after": "0", "content-type": "application/json"}, b'{"error": "slow down"}')
    with loopback(lambda *_: refusal) as url:
        result = run(url, parameters={"job_id": "job_1"}, max_requests=300)
    assert result.exit_code == 1 and result.count("pass") == 0
    for op in result.operations:
        assert set(op.answers) <= {"429", "not sent"} and op.waited_429 >= 3 * op.answers.get("429", 0)
        assert "429" in op.reason and "lower --rate" in op.reason, op.reason


def test_the_request_budget_is_never_exceeded() -> None:
    engine = seele_engine()
    seen: list[str] = []
    answer = through(engine)

    def counting(method: str, target: str, headers: dict[str, str], body: bytes) -> Answer:
        seen.append(f"{method} {target}")
        return answer(method, target, headers, body)

    with loopback(counting) as url:
        result = run(url, max_requests=25)
    counts = {op.label: (op.requests, op.answers, op.other_methods) for op in result.operations}
    assert result.requests_sent == 25 and len(seen) <= 25, (len(seen), counts)  # the server never saw more
    assert "request budget (25)" in result.stop_reason, result.stop_reason
    # Fair shares: the first operations could not spend it all; every operation got answers of its own.
    assert all(sum(n for status, n in op.answers.items() if status != "not sent") for op in result.operations), counts


def test_the_gate_paces_requests_and_waits_for_retry_after() -> None:
    import io

    import requests
    import urllib3

    sleeps: list[float] = []
    statuses = iter([200, 429, 200, 200])

    def handler(request: requests.PreparedRequest) -> urllib3.HTTPResponse:
        status = next(statuses)
        headers = {"retry-after": "7"} if status == 429 else {}
        return urllib3.HTTPResponse(io.BytesIO(b"{}"), headers=headers, status=status, preload_content=False)

    now = [0.0]

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    gate = GateAdapter(rate=4.0, budget=4, handler=handler, sleep=sleep, clock=lambda: now[0])
    session = requests.Session()
    session.mount("http://", gate)
    assert [session.get("http://api.test/x").status_code for _ in range(3)] == [200, 200, 200]
    assert gate.sent == 4  # the 429 and its retry both count against the budget
    assert sleeps == pytest.approx([0.25, 7.0, 0.25])  # 4 a second, and the 429's Retry-After before its retry
    with pytest.raises(requests.ConnectionError, match="budget"):
        session.get("http://api.test/x")


def test_retry_after_and_live_limits() -> None:
    assert retry_after("3") == 3 and retry_after("999") == MAX_RETRY_AFTER and retry_after("soon") is None
    assert retry_after("Thu, 01 Jan 1970 00:00:00 GMT") == 0 and retry_after(None) is None
    assert live_limits({}) == (DEFAULT_RATE, DEFAULT_BUDGET, "default: the spec documents no rate limit")
    rate, budget, source = live_limits({"x-rate-limits": {"requests": 500, "window-seconds": 900}})
    assert rate == pytest.approx(500 / 900 / 2) and budget == DEFAULT_BUDGET and "500 per 900 s" in source
    assert live_limits({"x-rate-limits": {"concurrent": 30, "queued": 200}})[:2] == (DEFAULT_RATE, DEFAULT_BUDGET)


def test_the_budget_keeps_a_share_for_operations_not_tried_yet() -> None:
    import io

    import requests
    import urllib3

    def handler(request: requests.PreparedRequest) -> urllib3.HTTPResponse:
        return urllib3.HTTPResponse(io.BytesIO(b"{}"), status=200, preload_content=False)

    gate = GateAdapter(budget=20, handler=handler, share=lambda r: (r.url or "").rsplit("/", 1)[1], operations=3)
    session = requests.Session()
    session.mount("http://", gate)
    sent_a = 0
    with pytest.raises(requests.ConnectionError, match="kept for operations not tried yet"):
        while True:
            session.get("http://api.test/a")
            sent_a += 1
    assert gate.reserve == 3 and sent_a == 20 - 2 * 3  # b and c keep 3 each
    assert all(session.get(f"http://api.test/{op}").ok for op in "bbbccc")
    with pytest.raises(requests.ConnectionError, match=r"budget \(20\) is spent"):
        session.get("http://api.test/b")
