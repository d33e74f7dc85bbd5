"""Picking up where a process died: what the ledger says was sent, and what can be done about each write.

```python
from mediagen import Ledger
from mediagen._recovery import resume
for step in resume(Ledger("sqlite:///app.db"), timeout=600):
    print(step)                     # waited for a known job, or what to do about a write whose outcome is unknown
```

* A write whose job id is known and whose job has not ended: its wait is resumed (through the provider's client,
  key from the provider's environment variable) and the ledger updated to the job's end.
* A ``sending`` row left by a process that died between send and answer becomes ``unknown``.
* An ``unknown`` keyed write: the ledger keeps no body (no secrets), so the service that made it re-sends it:
  ``resume(ledger, resend=...)`` calls ``resend(write)``, which makes the same call again with
  ``idempotency_key=write.idempotency_key`` (a replay if it was processed, the job made once if it was not), and the
  write is settled with the job that comes back. Without ``resend`` (the CLI) the step says what to send.
* An ``unknown`` unkeyed write (Seele, Media.io, Fusara, Seisoai POSTs): it may have been processed and billed, and
  the provider honours no key: the step says so, with the time to look for a job created then.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ._exceptions import MediagenError
from ._ledger import Ledger, WriteRecord
from ._types import Job, JobStatus

__all__ = ["Step", "resume"]

_TERMINAL = {status.value for status in JobStatus if status.terminal}


@dataclass(frozen=True)
class Step:
    """What ``resume`` did or advises for one recorded write."""

    write: WriteRecord
    action: str
    """``waited``, ``wait-failed``, ``resent``, ``resend-failed``, ``resend-with-key`` or ``check-provider``."""
    detail: str

    def __str__(self) -> str:
        w = self.write
        what = f"{w.provider} {w.operation}" + (f" job {w.job_id}" if w.job_id else "")
        return f"{what} [{w.state}]: {self.action}: {self.detail}"


def _client_for(provider: str) -> Any:
    """The provider's synchronous client, key from its environment variable."""
    from ._client import ProviderClient

    module = importlib.import_module(f"mediagen.providers.{provider}")
    for value in vars(module).values():
        if isinstance(value, type) and issubclass(value, ProviderClient) and value is not ProviderClient:
            return value()
    raise MediagenError(f"no client for provider {provider!r}")


def resume(
    ledger: Ledger,
    *,
    timeout: float = 600.0,
    clients: Mapping[str, Any] | None = None,
    client_for: Callable[[str], Any] = _client_for,
    resend: Callable[[WriteRecord], Any] | None = None,
) -> Iterator[Step]:
    """Settle what the ledger left open (see the module docstring), one Step per write. ``clients`` maps a
    provider name to a client to use (tests; default: one built from the provider's environment variable)."""
    ledger.orphans()
    made: dict[str, Any] = dict(clients or {})
    for write in ledger.writes():
        if write.state == "succeeded" and write.job_id and write.job_state not in _TERMINAL:
            yield _wait(ledger, write, made, client_for, timeout)
        elif write.state in ("unknown", "sending") and write.idempotency_key and resend is not None:
            yield _resend(ledger, write, resend)
        elif write.state in ("unknown", "sending"):
            yield _advice(write)


def _wait(
    ledger: Ledger, write: WriteRecord, made: dict[str, Any], client_for: Callable[[str], Any], timeout: float
) -> Step:
    assert write.job_id is not None
    try:
        if write.provider not in made:
            made[write.provider] = client_for(write.provider)
        client = made[write.provider]
        finished = client.wait(Job(id=write.job_id, provider=write.provider, status=JobStatus.QUEUED), timeout=timeout)
        if getattr(client, "ledger", None) is not ledger:  # a client with this ledger recorded it already
            ledger.job(write.provider, write.job_id, finished.status.value)
    except MediagenError as exc:
        return Step(write, "wait-failed", f"{type(exc).__name__}: {exc}")
    return Step(
        write,
        "waited",
        f"the job ended {finished.status.value}" + (f" ({len(finished.outputs)} outputs)" if finished.outputs else ""),
    )


def _resend(ledger: Ledger, write: WriteRecord, resend: Callable[[WriteRecord], Any]) -> Step:
    """The caller's own re-send of a keyed write, with its key; the write is settled with what came back."""
    try:
        answer = resend(write)
    except MediagenError as exc:
        return Step(write, "resend-failed", f"{type(exc).__name__}: {exc}")
    job_id = getattr(answer, "id", None)
    ledger.finish(
        write.id,
        "succeeded",
        job_id=job_id if isinstance(job_id, str) else None,
        detail="re-sent with its idempotency key",
    )
    return Step(write, "resent", f"re-sent with idempotency_key={write.idempotency_key!r}: job {job_id}")


def _advice(write: WriteRecord) -> Step:
    when = time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime(write.created_at))
    if write.idempotency_key:
        return Step(
            write,
            "resend-with-key",
            f"send the same call again with idempotency_key={write.idempotency_key!r}"
            f" (body sha256 {(write.body_sha256 or '')[:12]}…): a replay if it was processed at {when}, "
            "made once if it was not",
        )
    return Step(
        write,
        "check-provider",
        f"it may have been processed and billed at {when}, and {write.provider} "
        "honours no idempotency key: look for a job created then before submitting it again",
    )
