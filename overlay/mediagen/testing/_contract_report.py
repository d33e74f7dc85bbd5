"""What a contract run shows and writes: progress while it runs (rich on a terminal, plain lines otherwise), one table
per provider as soon as it is done, and the ``--report json`` / ``--report junit`` files."""

from __future__ import annotations

import dataclasses
import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ._contract import ContractResult, OperationReport
from ._contract_engine import NO_ANSWER, NOT_SENT

__all__ = ["ProgressView", "render", "write_json", "write_junit"]

STYLE = {"pass": "green", "FAIL": "bold red", "not exercised": "yellow", "out of reach": "cyan", "skipped": "dim"}
TESTING_PHASES = ("examples", "coverage", "fuzzing", "stateful")
#: Plain progress lines: at most one "still running" line per provider this often (seconds).
HEARTBEAT = 10.0


class ProgressView:
    """Shows each provider's phase, operation and requests so far, and prints its table once it is done."""

    def __init__(self, console: Console, *, verbose: bool = False) -> None:
        self.console, self.verbose = console, verbose
        self.rich = console.is_terminal
        self.state: dict[str, dict[str, Any]] = {}
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.fields[provider]:<12}"),
            BarColumn(bar_width=24),
            TextColumn(
                "{task.fields[phase]:<9} {task.fields[cases]:>6} cases {task.fields[requests]:>6} requests  "
                "{task.fields[operation]}"
            ),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            refresh_per_second=4,
        )

    def __enter__(self) -> ProgressView:
        if self.rich:
            self.progress.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.rich:
            self.progress.__exit__(None, None, None)

    def event(self, provider: str, event: dict[str, Any]) -> None:
        state = self.state.setdefault(
            provider, {"phase": "", "operation": "", "cases": 0, "requests": 0, "seen": 0, "beat": 0.0}
        )
        kind = event.get("event")
        if kind == "start":
            # Progress counts scenarios: about one per operation in each of examples, coverage and fuzzing.
            total = max(1, 3 * int(event.get("operations", 1)))
            state["task"] = self.progress.add_task(
                provider, total=total, provider=provider, phase="starting", cases=0, requests=0, operation=""
            )
            self._line(provider, f"started, {event.get('operations')} operations")
        elif kind == "phase" and event["phase"] in TESTING_PHASES:
            state["phase"], state["operation"] = event["phase"], ""
            self._line(provider, f"{event['phase']} phase")
        elif kind == "operation":
            state["operation"] = event.get("label", "")
            state["seen"] += 1
        elif kind == "requests":
            state["requests"] = event.get("sent", 0)
        elif kind == "cases":
            state["cases"] = event.get("cases", 0)
        if self.rich and "task" in state:
            self.progress.update(
                state["task"],
                completed=state["seen"],
                phase=state["phase"],
                cases=state["cases"],
                requests=state["requests"],
                operation=state["operation"],
            )
        elif not self.rich and kind in ("operation", "requests") and time.monotonic() - state["beat"] > HEARTBEAT:
            self._line(
                provider,
                f"{state['phase']}: {state['operation'] or '…'}, {state['cases']} cases, "
                f"{state['requests']} requests so far",
            )

    def _line(self, provider: str, text: str) -> None:
        if not self.rich:
            self.state[provider]["beat"] = time.monotonic()
            self.console.print(f"{provider}: {text}", markup=False, highlight=False, soft_wrap=True)

    def done(self, result: ContractResult) -> None:
        task = self.state.get(result.provider, {}).get("task")
        if self.rich and task is not None:
            self.progress.remove_task(task)
        self.console.print(render(result))
        if self.verbose:
            for line in details(result):
                self.console.print(line, markup=False, highlight=False, soft_wrap=True)
        self.console.print(summary(result), markup=False, highlight=False, soft_wrap=True)


def answers(op: OperationReport) -> str:
    """Answers by status class: ``2xx 40 · 4xx 3 · no answer 2`` (and 429s waited out)."""
    classes: dict[str, int] = {}
    for status, count in op.answers.items():
        key = status if status in (NO_ANSWER, NOT_SENT) else f"{status[:1]}xx"
        classes[key] = classes.get(key, 0) + count
    order = ["2xx", "3xx", "4xx", "5xx", NO_ANSWER, NOT_SENT]
    text = " · ".join(f"{k} {classes[k]}" for k in sorted(classes, key=lambda k: order.index(k) if k in order else 9))
    if op.other_methods:
        text += f" (+{op.other_methods} to other methods)"
    if op.waited_429:
        text += f" (429 waited out ×{op.waited_429})"
    return text.strip() or "–"


def render(result: ContractResult) -> Table:
    target = "built-in mock" if result.target == "mock" else result.target
    table = Table(title=f"{result.provider} · {target}", title_justify="left", expand=False)
    for column, justify in (("operation", "left"), ("requests", "right"), ("answers", "left"),
                            ("checks run/failed", "right"), ("verdict", "left"), ("why", "left")):  # fmt: skip
        table.add_column(column, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for op in result.operations:
        label = op.label + (" (billable)" if op.billable else "")
        checks = f"{op.checks_run}/{op.checks_failed}" if op.checks_run else "–"
        style = STYLE.get(op.verdict, "")
        table.add_row(label, str(op.requests), answers(op), checks, f"[{style}]{op.verdict}[/]", op.reason)
    return table


def summary(result: ContractResult) -> str:
    word = {0: "passed", 1: "FAILED", 3: "ERROR"}.get(result.exit_code, "FAILED")
    counts = ", ".join(
        f"{result.count(v)} {v}"
        for v in ("pass", "FAIL", "not exercised", "out of reach", "skipped")
        if result.count(v)
    )
    line = (
        f"{result.provider}: {word} (exit {result.exit_code}): {counts}; {result.requests_sent} requests, "
        f"{result.seconds:.1f} s wall, {result.cpu_seconds:.1f} s CPU"
    )
    if result.rate is not None:
        line += f"; paced at {result.rate:g}/s, budget {result.budget} ({result.limits_source})"
    if result.stop_reason != "completed":
        line += f"; stopped early: {result.stop_reason}"
    if result.count("not exercised") and result.allow_untested:
        line += "; untested operations allowed (--allow-untested)"
    elif result.count("not exercised"):
        line += "; an operation that was not exercised fails the run (--allow-untested to accept)"
    for error in result.errors:
        line += f"\n{result.provider}: error: {error}"
    return line


def details(result: ContractResult) -> list[str]:
    """Each finding with its first message and how to reproduce it (``--verbose``)."""
    lines = []
    for op in result.operations:
        for finding in op.findings:
            lines.append(f"{result.provider} {op.label}: {finding.code} {finding.title} (×{finding.count})")
            lines += [f"    {line}" for line in finding.message.splitlines()[:12]]
            if finding.reproduce:
                lines.append(f"    reproduce: {finding.reproduce}")
        lines += [f"{result.provider} {op.label}: error: {error}" for error in op.errors]
    return lines


def write_json(results: list[ContractResult], path: Path, exit_code: int) -> None:
    data = {
        "exit_code": exit_code,
        "providers": [{**dataclasses.asdict(r), "exit_code": r.exit_code, "ok": r.ok} for r in results],
    }
    path.write_text(json.dumps(data, indent=2) + "\n")


def write_junit(results: list[ContractResult], path: Path) -> None:
    """One testsuite per provider, one testcase per operation: a finding or an untested operation is a failure,
    a billable operation left out (or an untested one allowed) is skipped, a run that could not be done an error."""
    root = ET.Element("testsuites", name="mediagen contract")
    for result in results:
        suite = ET.SubElement(root, "testsuite", name=f"contract.{result.provider}", time=f"{result.seconds:.3f}")
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        for op in result.operations:
            counts["tests"] += 1
            case = ET.SubElement(suite, "testcase", classname=f"contract.{result.provider}", name=op.label)
            body = (
                f"{op.requests} requests; answers {answers(op)}; checks {op.checks_run} run, {op.checks_failed} failed"
            )
            if op.verdict == "FAIL":
                counts["failures"] += 1
                failure = ET.SubElement(case, "failure", message=op.reason, type="finding")
                failure.text = "\n".join([body, *details_of(op)])
            elif op.verdict == "not exercised" and not result.allow_untested:
                counts["failures"] += 1
                ET.SubElement(case, "failure", message=op.reason, type="not exercised").text = body
            elif op.verdict != "pass":
                counts["skipped"] += 1
                ET.SubElement(case, "skipped", message=f"{op.verdict}: {op.reason}")
            ET.SubElement(case, "system-out").text = body
        for error in result.errors:
            counts["tests"] += 1
            counts["errors"] += 1
            case = ET.SubElement(suite, "testcase", classname=f"contract.{result.provider}", name="(run)")
            ET.SubElement(case, "error", message=error)
        for key, value in counts.items():
            suite.set(key, str(value))
    ET.indent(root)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n")


def details_of(op: OperationReport) -> list[str]:
    lines = []
    for finding in op.findings:
        lines.append(f"{finding.code} {finding.title} (×{finding.count}): {finding.message}")
        if finding.reproduce:
            lines.append(f"reproduce: {finding.reproduce}")
    return lines + [f"error: {error}" for error in op.errors]
