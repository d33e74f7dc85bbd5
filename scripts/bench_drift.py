"""Cost of the drift report per answer: every success answer a client receives is validated against its spec.

    .venv/bin/python scripts/bench_drift.py [--n 20000]

For each provider, a representative answer (the one a job poll gets, plus the largest: Fusara's task, Seisoai's
tool list) is checked ``n`` times through ``DriftReport.observe`` (jsonschema-rs "valid?" first), conforming and
departing (an undocumented status value: the detailed walk runs). Prints microseconds per answer.
"""

from __future__ import annotations

import argparse
import logging
import time
from typing import Any

from mediagen._drift import DriftReport
from mediagen._schema import SpecSchema

CASES: list[tuple[str, str, int, dict[str, Any], tuple[str, ...]]] = [
    # (package, operation, status, conforming answer, path of a status field to make depart)
    (
        "seele_client",
        "get_job",
        200,
        {
            "ok": True,
            "data": {
                "job_id": "job_123",
                "status": "finished",
                "summary": "s",
                "total_koin": 125,
                "artifacts": [{"id": "a", "name": "n", "urls": ["https://cdn.example.com/a.zip"]}],
                "meta": {"platform_url": "https://www.seeles.ai/workspace/job_123"},
            },
        },
        ("data", "status"),
    ),
    (
        "mediaio_client",
        "get_task_result",
        200,
        {
            "code": 0,
            "msg": "",
            "trace_id": "t",
            "data": {"task_id": "t1", "status": "completed", "result": {"urls": ["https://cdn.example.com/a.png"]}},
        },
        ("data", "status"),
    ),
    (
        "fusara_client",
        "get_task",
        200,
        {
            "statusCode": 200,
            "succeeded": True,
            "statusCodeInt": 200,
            "data": {
                "taskId": 12345,
                "workflowStatusId": 100,
                "images": [{"id": i, "url": f"https://cdn.example.com/{i}.png"} for i in range(4)],
                "errorCategoryId": None,
            },
        },
        ("data", "workflowStatusId"),
    ),
    (
        "killatamata_client",
        "get_media_job",
        200,
        {
            "jobId": "job_1",
            "task": "image.generate",
            "status": "succeeded",
            "createdAt": "2026-02-01T00:00:00Z",
            "downloadableOutputUrls": ["https://cdn.example.com/o.png"],
        },
        ("status",),
    ),
    (
        "seisoai_client",
        "get_job_status",
        200,
        {"success": True, "jobId": "j", "status": "IN_PROGRESS", "completed": False, "failed": False},
        (),
    ),
]


def _departing(answer: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    import copy

    out = copy.deepcopy(answer)
    node = out
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = 999 if isinstance(node[path[-1]], int) else "MOCK_UNDOCUMENTED"
    return out


def _per_answer(report: DriftReport, operation: str, status: int, body: Any, n: int) -> float:
    report.observe(operation, status, body)  # compile once
    start = time.perf_counter()
    for _ in range(n):
        report.observe(operation, status, body)
    return (time.perf_counter() - start) / n * 1e6


def _decode_and_observe(report: DriftReport, operation: str, status: int, body: Any, n: int) -> float:
    """As ``_result`` pays it: the answer's bytes decoded once more (bounded parser), then observed."""
    import json

    from mediagen._json import loads

    raw = json.dumps(body).encode()
    start = time.perf_counter()
    for _ in range(n):
        report.observe(operation, status, loads(raw))
    return (time.perf_counter() - start) / n * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20_000)
    n = parser.parse_args().n
    logging.getLogger("mediagen.drift").disabled = True
    print(f"{'provider':<12} {'operation':<18} {'conforming µs':>14} {'departing µs':>13} {'decode+check µs':>16}")
    for package, operation, status, answer, path in CASES:
        schema = SpecSchema.of(package)
        ok = _per_answer(DriftReport(schema), operation, status, answer, n)
        bad = _per_answer(DriftReport(schema), operation, status, _departing(answer, path), n // 10) if path else None
        assert not schema.departures(operation, status, answer), f"{package} {operation}: the sample departs"
        full = _decode_and_observe(DriftReport(schema), operation, status, answer, n)
        shown = f"{bad:13.1f}" if bad is not None else f"{'(free text)':>13}"
        print(f"{package.removesuffix('_client'):<12} {operation:<18} {ok:14.1f} {shown} {full:16.1f}")


if __name__ == "__main__":
    main()
