"""Killa Tamata's device-link sign-in, as one operation: start a link, show its code, poll it like a job.

The link is polled by the same planner as ``wait`` (``ProviderClient._poll``), so it runs on the sync and the
async client alike; ``killatamata.device_login`` runs it on an anonymous client.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace

from killatamata_client import models
from killatamata_client.api.default import device_link_poll, device_link_start

from .._client import _ProviderClientBase as Base
from .._exceptions import JobFailedError, MediagenError, WaitTimeoutError
from .._operations import Plan, call, step
from .._types import Job, JobStatus, PollPolicy, raw_value

__all__ = ["LINK_STATUS", "device_link"]

#: A device link's status → how it ends (approved is the key; consumed and expired end it unusable).
LINK_STATUS = {"approved": JobStatus.SUCCEEDED, "consumed": JobStatus.FAILED, "expired": JobStatus.FAILED}


def _show_code(user_code: str, url: str) -> None:
    print(f"To sign in, open {url} and confirm the code {user_code}", file=sys.stderr)


def device_link(
    api: Base, label: str | None, on_code: Callable[[str, str], None] | None, approval_timeout: float | None
) -> Plan[str]:
    start_body = {"keyLabel": label} if label is not None else {}
    started = yield call(device_link_start, body=models.DeviceLinkStartRequest.from_dict(start_body))
    (on_code or _show_code)(started.user_code, started.verification_url_complete)
    lifetime = float(started.expires_in)
    limit = lifetime if approval_timeout is None else min(approval_timeout, lifetime)
    poll_body = models.DeviceLinkPollRequest(device_code=started.device_code)

    def fetch(link: Job) -> Plan[Job]:  # the link, polled like a job by the one planner wait() uses
        polled = yield call(device_link_poll, body=poll_body)
        raw = str(raw_value(polled.status))  # an open enum; an undocumented word is polled on, like pending
        interval = getattr(polled, "interval", None)
        after = float(interval) if isinstance(interval, int | float) else link.poll_after
        return replace(link, status=JobStatus.read(LINK_STATUS, raw), raw_status=raw, data=polled, poll_after=after)

    link = Job(started.user_code, "killatamata", JobStatus.QUEUED, "pending", poll_after=float(started.interval))
    try:
        done: Job = yield step("_poll", link, fetch, PollPolicy(link.poll_after or 5.0, 30.0, 1.0), limit)
    except JobFailedError as exc:
        raise MediagenError(
            f"killatamata device link {started.user_code} is {exc.job.raw_status if exc.job else '?'}: start a new one"
        ) from None
    except WaitTimeoutError as exc:
        last = exc.job.raw_status if exc.job else None
        raise MediagenError(
            f"killatamata device link {started.user_code} was not approved within {limit:g}s (last status {last!r})"
        ) from None
    assert isinstance(done.data, models.DeviceLinkPoll)  # what fetch() put there
    return str(done.data.api_key)
