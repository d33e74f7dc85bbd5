"""Killa Tamata: media jobs (9 tasks), a prepaid USD balance, keys, device-link sign-in, x402 credit purchase.

```python
from mediagen import killatamata

with killatamata.KillaTamata(spending_cap_usd="0.50") as api:          # KILLATAMATA_API_KEY
    print(api.quote("moss.sound.effect", prompt="a pistol shot", durationSeconds=2).usd)
    job = api.run("image.generate", prompt="cinematic fox astronaut", width=1024, height=1024)
    api.download(job, "out/")                                            # within 48 h (any provider's client)
```

Every write carries ``X-Idempotency-Key`` (the caller's or a fresh one per logical call, the same on every retry),
so a submit retried after a dropped connection or a 5xx cannot create a second job or a second charge. A submit
whose quote exceeds the spending cap is refused before anything is sent.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any, Unpack

import killatamata_client
from killatamata_client import models
from killatamata_client.api.default import (
    create_key,
    get_balance,
    get_media_job,
    list_keys,
    purchase_credits_x402,
    revoke_key,
    submit_media_job,
)

from .._auth import MAX_PAYMENT_EXTENSION
from .._client import QUOTE_EXTENSION, AsyncProviderClient, ClientOptions, ProviderClient, build_client
from .._client import _ProviderClientBase as Base
from .._exceptions import InvalidInputError, MediagenError, PaymentError
from .._operations import Plan, asynced, call, drive, step, sync
from .._provider import from_spec, status_map
from .._schema import SpecSchema
from .._types import ErrorInfo, Job, JobStatus, PollPolicy, raw_value
from .._uploads import encode_inputs
from ._killatamata_inputs import CLONE_MAX_SECONDS, INLINE_MAX_BYTES, inline
from ._killatamata_login import device_link
from ._killatamata_prices import Purchase, Quote, quote

__all__ = ["CLONE_MAX_SECONDS", "INLINE_MAX_BYTES", "PROVIDER", "TASKS", "AsyncKillaTamata", "KillaTamata"]
__all__ += ["Purchase", "Quote", "client", "device_login"]

_SPEC = SpecSchema.of("killatamata_client")
_SUBMIT = _SPEC.operations["submit_media_job"].raw
#: Task name → its generated body class (from the union's discriminator mapping in the spec).
_UNION = _SPEC.resolve(_SUBMIT["requestBody"]["content"]["application/json"]["schema"])
TASKS: Mapping[str, type[Any]] = {
    t: getattr(models, ref.rsplit("/", 1)[-1]) for t, ref in _UNION["discriminator"]["mapping"].items()
}
STATUS = status_map("killatamata_client", "get_media_job")


def _error_info(body: Any) -> ErrorInfo:
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        details = body.get("details")
        code = details.get("code") if isinstance(details, dict) else None
        return ErrorInfo(code if isinstance(code, str) else None, body["error"])
    return ErrorInfo(None, str(body)[:200] if body else None)


def _job_id_of(body: Any) -> str | None:
    """The job id as the document's own example reads it: ``.externalJobId // .jobId // .result.jobId // .id``."""
    if not isinstance(body, dict):
        return None
    result = nested if isinstance(nested := body.get("result"), dict) else {}
    found = [body.get("externalJobId"), body.get("jobId"), result.get("jobId"), body.get("id")]
    return next((f for f in found if isinstance(f, str) and f), None)


PROVIDER = from_spec(
    "killatamata_client",
    error_info=_error_info,
    poll=PollPolicy(initial=5.0, maximum=30.0),  # no interval is documented; video jobs run for minutes
    job_id_of=_job_id_of,
)


def client(api_key: str | None = None, **options: Unpack[ClientOptions]) -> killatamata_client.Client:
    """The generated ``killatamata_client.Client`` wired with the overlay (auth, idempotency keys, retries, x402)."""
    return build_client(PROVIDER, killatamata_client.Client, api_key, **options)


def device_login(
    *,
    label: str | None = None,
    on_code: Callable[[str, str], None] | None = None,
    approval_timeout: float | None = None,
    **options: Unpack[ClientOptions],
) -> str:
    """Sign in a local tool without a key: start a device link, show the user code (``on_code(code, url)``, else
    printed to stderr), poll until it is approved in a signed-in browser (within ``approval_timeout`` seconds, and
    at most the link's lifetime), and return the new API key labelled ``label`` (handed out once: store it).
    Raises MediagenError when the link expired, was used already, or was not approved in time."""
    with KillaTamata(anonymous=True, **options) as api:  # closed however the sign-in ends
        return drive(api, device_link(api, label, on_code, approval_timeout))


def _job(data: Any, job_id: str | None = None) -> Job:
    raw = str(raw_value(data.status))
    found = _job_id_of(data.to_dict()) or job_id  # fallbacks as the document reads them; else the id polled
    if found is None:
        raise MediagenError("killatamata answered a job without an id (none of externalJobId, jobId, result.jobId, id)")
    urls = data.downloadable_output_urls if isinstance(getattr(data, "downloadable_output_urls", None), list) else []
    message = getattr(getattr(data, "error", None), "message", None)
    status = JobStatus.read(STATUS, raw)  # a state the document does not list is UNKNOWN: wait() keeps polling
    ends = getattr(data, "outputs_expire_at", None)
    error, expires_at = message if isinstance(message, str) else None, ends if isinstance(ends, datetime) else None
    return Job(found, "killatamata", status, raw, tuple(urls), data, error=error, expires_at=expires_at)


class _KillaTamataBase(Base):
    PROVIDER = PROVIDER
    CLIENT_CLASS = killatamata_client.Client

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_prices: Mapping[str, Decimal | str] | None = None,
        anonymous: bool = False,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(api_key, anonymous=anonymous, **options)
        self.base_prices = dict(base_prices or {})
        """Prices the document does not give (image.generate, image.edit, video.generate, trellis.generate), as you
        know them; without one, a submit of that task under a cap is refused since its cost cannot be checked."""

    def quote(self, task: str, input: Mapping[str, Any] | None = None, **fields: Any) -> Quote:
        """The documented price of a job, before submitting it."""
        return quote({"task": task, "input": {**(input or {}), **fields}}, _SUBMIT["x-pricing"], self.base_prices)


def _submit(
    api: _KillaTamataBase,
    /,
    task: str,
    input: Mapping[str, Any] | None = None,
    *,
    idempotency_key: str | None = None,
    max_usd: Decimal | str | float | None = None,
    **fields: Any,
) -> Plan[Job]:
    """Submit one job (billed at submit). ``input`` and keyword fields are the task's input, named as the
    document names them; a ``pathlib.Path`` wherever an image or audio object goes is sent inline. Every try
    carries one ``X-Idempotency-Key`` (yours, or a fresh one): a failure carries it as ``exc.idempotency_key``."""
    if task not in TASKS:
        raise InvalidInputError("body.task", "enum", f"{task!r} is not one of {sorted(TASKS)}")
    data = encode_inputs({**(input or {}), **fields}, inline)
    body = api._typed_body("submit_media_job", TASKS[task], {"task": task, "input": data})
    price = api.quote(task, data)  # type: ignore[arg-type]
    basis = price.basis if price.usd is not None else f"{price.basis}; pass base_prices={{{task!r}: ...}}"
    api._capped(task, price.usd, basis, max_usd)
    quoted = {QUOTE_EXTENSION: price.usd} if price.usd is not None else {}  # recorded with the write in a ledger
    answer = yield call(submit_media_job, body=body, _idempotency_key=idempotency_key, _extensions=quoted)
    return _job(answer)


def _get(api: Base, /, job: Job | str, *, include_details: bool = False) -> Plan[Job]:
    """The job's current state (``include_details``: the sanitized upstream result details too)."""
    job_id = job.id if isinstance(job, Job) else job
    details = {"include_details": models.GetMediaJobIncludeDetails.VALUE_1} if include_details else {}
    return _job((yield call(get_media_job, job_id=job_id, **details)), job_id)


def _run(
    api: _KillaTamataBase,
    /,
    task: str,
    input: Mapping[str, Any] | None = None,
    *,
    timeout: float | None = None,
    **fields: Any,
) -> Plan[Job]:
    """``submit`` then ``wait``: the finished job with its downloadable output URLs."""
    job = yield from _submit(api, task, input, **fields)
    return (yield step("wait", job, timeout=timeout))  # type: ignore[no-any-return]


def _balance(api: Base, /) -> Plan[Decimal]:
    """The account's USD balance."""
    return Decimal(str((yield call(get_balance)).balance_usd))


def _purchase_credits(
    api: Base, /, usd_cents: int, *, affiliate_code: str | None = None, idempotency_key: str | None = None
) -> Plan[Purchase]:
    """Buy prepaid credits with the x402 wallet (at least 100 cents); pays at most once, within its caps.

    Every try carries one idempotency key (``idempotency_key``, or a fresh one); a failure carries it as
    ``exc.idempotency_key`` (and an unknown-outcome payment as ``exc.payment``): call again with it, and a
    purchase the server made is answered again instead of bought twice."""
    if api._options.get("x402") is None:
        raise PaymentError("buying credits with x402 needs a wallet: KillaTamata(x402=X402Wallet(...))")
    body = {"usdCents": usd_cents, **({"affiliateCode": affiliate_code} if affiliate_code is not None else {})}
    typed = api._typed_body("purchase_credits_x402", models.X402PurchaseRequest, body)
    # The wallet signs no more than the purchase asked for, whatever the challenge says.
    limit = {MAX_PAYMENT_EXTENSION: Decimal(usd_cents) / 100}
    data = yield call(purchase_credits_x402, body=typed, _idempotency_key=idempotency_key, _extensions=limit)
    tx = getattr(data, "transaction", None)
    return Purchase(
        Decimal(str(data.credited_usd)), Decimal(str(data.balance_usd)), tx if isinstance(tx, str) else None
    )


def _create_key(api: Base, /, label: str, *, idempotency_key: str | None = None) -> Plan[str]:
    """A new API key for this account (shown once: store it). A failure carries ``exc.idempotency_key``: call
    again with it to get the key the server may have minted, instead of minting a second one."""
    body = models.CreateKeyRequest(label=label)
    return str((yield call(create_key, body=body, _idempotency_key=idempotency_key)).api_key)


def _list_keys(api: Base, /) -> Plan[list[models.ApiKeyInfo]]:
    """The account's keys (prefixes and labels, never the keys themselves)."""
    return list((yield call(list_keys)).keys)


def _revoke_key(api: Base, /, key_prefix: str, *, idempotency_key: str | None = None) -> Plan[None]:
    """Revoke the key starting with ``key_prefix``."""
    body = models.RevokeKeyRequest(key_prefix=key_prefix)
    yield call(revoke_key, body=body, _idempotency_key=idempotency_key)


class KillaTamata(_KillaTamataBase, ProviderClient):
    """Killa Tamata, synchronously. Every method raises a ``mediagen`` exception on failure."""

    submit, get, run, balance = sync(_submit), sync(_get), sync(_run), sync(_balance)
    purchase_credits, create_key = sync(_purchase_credits), sync(_create_key)
    list_keys, revoke_key = sync(_list_keys), sync(_revoke_key)


class AsyncKillaTamata(_KillaTamataBase, AsyncProviderClient):
    """Killa Tamata with asyncio: the same methods as ``KillaTamata``, awaited."""

    submit, get, run, balance = asynced(_submit), asynced(_get), asynced(_run), asynced(_balance)
    purchase_credits, create_key = asynced(_purchase_credits), asynced(_create_key)
    list_keys, revoke_key = asynced(_list_keys), asynced(_revoke_key)
