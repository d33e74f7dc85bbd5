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

import uuid
import wave
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Unpack

import killatamata_client
from killatamata_client import models
from killatamata_client.api.default import (
    create_key,
    device_link_poll,
    device_link_start,
    get_balance,
    get_media_job,
    list_keys,
    purchase_credits_x402,
    revoke_key,
    submit_media_job,
)

from .. import _wait
from .._auth import MAX_PAYMENT_EXTENSION
from .._client import QUOTE_EXTENSION, AsyncProviderClient, ClientOptions, ProviderClient, SyncAPI, build_client
from .._exceptions import InvalidInputError, MediagenError, PaymentError
from .._schema import SpecSchema
from .._types import ErrorInfo, Job, JobStatus, PollPolicy, Provider, raw_value
from .._uploads import Payload, encode_inputs, inline_base64
from ._killatamata_prices import Quote, quote

__all__ = ["PROVIDER", "TASKS", "AsyncKillaTamata", "KillaTamata", "Purchase", "Quote", "client", "device_login"]

_SPEC = SpecSchema.of("killatamata_client")
_SUBMIT = _SPEC.operations["submit_media_job"].raw
#: Task name → its generated body class (from the union's discriminator mapping in the spec).
TASKS: Mapping[str, type[Any]] = {
    task: getattr(models, ref.rsplit("/", 1)[-1])
    for task, ref in _SPEC.resolve(_SUBMIT["requestBody"]["content"]["application/json"]["schema"])["discriminator"][
        "mapping"
    ].items()
}
STATUS: Mapping[str, JobStatus] = {
    raw: JobStatus(value) for raw, value in _SPEC.operations["get_media_job"].raw["x-status-map"].items()
}
#: Inline media (``{dataBase64, mimeType}``) larger than this is refused: the document gives no limit, and a file
#: this size belongs at a URL (inline payloads are staged on the provider's CDN anyway).
INLINE_MAX_BYTES = 20 * 1024 * 1024
#: audio.speak voice_clone: "do not send more than 10s" of reference audio.
CLONE_MAX_SECONDS = 10.0


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
    result = body.get("result")
    for found in (body.get("externalJobId"), body.get("jobId"), result.get("jobId") if isinstance(result, dict)
                  else None, body.get("id")):  # fmt: skip
        if isinstance(found, str) and found:
            return found
    return None


PROVIDER = Provider(
    name="killatamata",
    package="killatamata_client",
    base_url="https://api.killatamata.com",
    env_var="KILLATAMATA_API_KEY",
    credential_headers=lambda key: {"Authorization": f"Bearer {key}"},
    error_info=_error_info,
    poll=PollPolicy(initial=5.0, maximum=30.0),  # no interval is documented; video jobs run for minutes
    idempotency_header="X-Idempotency-Key",
    job_id_of=_job_id_of,
)


def client(api_key: str | None = None, **options: Unpack[ClientOptions]) -> killatamata_client.Client:
    """The generated ``killatamata_client.Client`` wired with the overlay (auth, idempotency keys, retries, x402)."""
    return build_client(PROVIDER, killatamata_client.Client, api_key, **options)


def _show_code(user_code: str, url: str) -> None:
    import sys

    print(f"To sign in, open {url} and confirm the code {user_code}", file=sys.stderr)


def device_login(
    *,
    label: str | None = None,
    on_code: Callable[[str, str], None] | None = None,
    approval_timeout: float | None = None,
    **options: Unpack[ClientOptions],
) -> str:
    """Sign in a local tool without a key: start a device link, show the user code, poll until it is approved in a
    signed-in browser, and return the new API key (handed out once: store it).

    Args:
        label: The new key's label.
        on_code: Called with (user code, verification URL) for the user; default: printed to stderr.
        approval_timeout: Seconds to wait for approval (default, and at most: the link's own lifetime).

    Raises:
        MediagenError: the link expired, was used already, or was not approved in time.
    """
    generated = build_client(PROVIDER, killatamata_client.Client, anonymous=True, **options)
    with generated.get_httpx_client():  # closed however the sign-in ends
        return _device_login(SyncAPI(PROVIDER, generated, _SPEC), label, on_code, approval_timeout)


def _device_login(
    api: SyncAPI, label: str | None, on_code: Callable[[str, str], None] | None, approval_timeout: float | None
) -> str:
    start_body = {"keyLabel": label} if label is not None else {}
    started = api.call(device_link_start, body=models.DeviceLinkStartRequest.from_dict(start_body))
    (on_code or _show_code)(started.user_code, started.verification_url_complete)
    lifetime = float(started.expires_in)
    limit = lifetime if approval_timeout is None else min(approval_timeout, lifetime)
    deadline, interval = _wait.clock() + limit, float(started.interval)
    poll_body = models.DeviceLinkPollRequest(device_code=started.device_code)
    while True:
        _wait.sleep(interval)
        polled = api.call(device_link_poll, body=poll_body)
        status = str(raw_value(polled.status))  # an open enum in the answer
        if status == "approved":
            return str(polled.api_key)
        if status in ("consumed", "expired"):  # an undocumented word is polled on, like pending, to the deadline
            raise MediagenError(f"killatamata device link {started.user_code} is {status}: start a new one")
        if _wait.clock() >= deadline:
            raise MediagenError(
                f"killatamata device link {started.user_code} was not approved within {limit:g}s "
                f"(last status {status!r})"
            )
        interval = float(getattr(polled, "interval", None) or interval)


@dataclass(frozen=True)
class Purchase:
    """Credits bought with x402."""

    credited_usd: Decimal
    balance_usd: Decimal
    transaction: str | None


def _inline(payload: Payload, field: str) -> dict[str, str]:
    """A local file as the inline ``{dataBase64, mimeType}`` object the API takes for images and audio."""
    if field.endswith("referenceAudio") and payload.content_type in ("audio/wav", "audio/x-wav", "audio/wave"):
        import io

        with wave.open(io.BytesIO(payload.data)) as clip:
            seconds = clip.getnframes() / float(clip.getframerate())
        if seconds > CLONE_MAX_SECONDS:
            raise InvalidInputError(field, "maxSeconds", f"{payload.filename} lasts {seconds:.1f}s; reference audio "
                                    f"may last at most {CLONE_MAX_SECONDS:g}s (3–6 s works best)")  # fmt: skip
    return inline_base64(payload, field, max_bytes=INLINE_MAX_BYTES)


def _job(data: Any, job_id: str | None = None) -> Job:
    raw = str(raw_value(data.status))
    found = _job_id_of(data.to_dict()) or job_id  # fallbacks as the document reads them; else the id polled
    if found is None:
        raise MediagenError("killatamata answered a job without an id (none of externalJobId, jobId, result.jobId, id)")
    urls = data.downloadable_output_urls if isinstance(getattr(data, "downloadable_output_urls", None), list) else []
    error = getattr(data, "error", None)
    message = getattr(error, "message", None) if error is not None and not isinstance(error, type) else None
    status = JobStatus.read(STATUS, raw)  # a state the document does not list is UNKNOWN: wait() keeps polling
    return Job(id=found, provider="killatamata", status=status, raw_status=raw, outputs=tuple(urls), data=data,
               error=message if isinstance(message, str) else None)  # fmt: skip


class _KillaTamataBase:
    PROVIDER = PROVIDER
    CLIENT_CLASS = killatamata_client.Client
    spending_cap_usd: Decimal | None

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_prices: Mapping[str, Decimal | str] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(api_key, **options)  # type: ignore[call-arg,misc]
        self.base_prices = dict(base_prices or {})
        """Prices the document does not give (image.generate, image.edit, video.generate, trellis.generate), as you
        know them; without one, a submit of that task under a cap is refused since its cost cannot be checked."""
        self._wallet = options.get("x402")

    def quote(self, task: str, input: Mapping[str, Any] | None = None, **fields: Any) -> Quote:
        """The documented price of a job, before submitting it."""
        return quote({"task": task, "input": {**(input or {}), **fields}}, _SUBMIT["x-pricing"], self.base_prices)

    def _prepare_submit(
        self, task: str, input: Mapping[str, Any] | None, fields: dict[str, Any], key: str | None, max_usd: Any
    ) -> tuple[Any, str, Quote]:
        if task not in TASKS:
            raise InvalidInputError("body.task", "enum", f"{task!r} is not one of {sorted(TASKS)}")
        data = encode_inputs({**(input or {}), **fields}, _inline)
        key = key or str(uuid.uuid4())
        body = {"task": task, "input": data, "idempotencyKey": key}
        typed = self._typed_body("submit_media_job", TASKS[task], body)  # type: ignore[attr-defined]
        price = self.quote(task, data)  # type: ignore[arg-type]
        caps = [c for c in (self.spending_cap_usd, None if max_usd is None else Decimal(str(max_usd))) if c is not None]
        if caps:
            cap = min(caps)
            if price.usd is None:
                raise PaymentError(f"{task}: {price.basis}, so the ${cap} cap cannot be checked; pass base_prices="
                                   f"{{{task!r}: ...}} or submit without a cap. Nothing was sent.")  # fmt: skip
            if price.usd > cap:
                raise PaymentError(f"{task} would cost ${price.usd} ({price.basis}), above the ${cap} cap. "
                                   "Nothing was sent.")  # fmt: skip
        return typed, key, price

    def _purchase_args(self, usd_cents: int, affiliate_code: str | None) -> dict[str, Any]:
        if self._wallet is None:
            raise PaymentError("buying credits with x402 needs a wallet: KillaTamata(x402=X402Wallet(...))")
        body: dict[str, Any] = {"usdCents": usd_cents}
        if affiliate_code is not None:
            body["affiliateCode"] = affiliate_code
        typed = self._typed_body("purchase_credits_x402", models.X402PurchaseRequest, body)  # type: ignore[attr-defined]
        # The wallet signs no more than the purchase asked for, whatever the challenge says.
        return {"body": typed, "_extensions": {MAX_PAYMENT_EXTENSION: Decimal(usd_cents) / 100}}


def _details(include: bool) -> dict[str, Any]:
    return {"include_details": models.GetMediaJobIncludeDetails.VALUE_1} if include else {}


def _purchase(data: Any) -> Purchase:
    tx = getattr(data, "transaction", None)
    return Purchase(
        Decimal(str(data.credited_usd)), Decimal(str(data.balance_usd)), tx if isinstance(tx, str) else None
    )


class KillaTamata(_KillaTamataBase, ProviderClient):
    """Killa Tamata, synchronously. Every method raises a ``mediagen`` exception on failure."""

    def submit(
        self,
        task: str,
        input: Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        max_usd: Decimal | str | float | None = None,
        **fields: Any,
    ) -> Job:
        """Submit one job (billed at submit). ``input`` and keyword fields are the task's input, named as the
        document names them; a ``pathlib.Path`` wherever an image or audio object goes is sent inline."""
        body, key, price = self._prepare_submit(task, input, fields, idempotency_key, max_usd)
        quote = {QUOTE_EXTENSION: price.usd} if price.usd is not None else {}  # recorded with the write in a ledger
        return _job(self.call(submit_media_job, body=body, x_idempotency_key=key, _extensions=quote))

    def get(self, job_id: str, *, include_details: bool = False) -> Job:
        return _job(self.call(get_media_job, job_id=job_id, **_details(include_details)), job_id)

    def run(self, task: str, input: Mapping[str, Any] | None = None, *, timeout: float | None = None,
            **fields: Any) -> Job:  # fmt: skip
        """``submit`` then ``wait``: the finished job with its downloadable output URLs."""
        return self.wait(self.submit(task, input, **fields), timeout=timeout)

    def balance(self) -> Decimal:
        """The account's USD balance."""
        return Decimal(str(self.call(get_balance).balance_usd))

    def purchase_credits(
        self, usd_cents: int, *, affiliate_code: str | None = None, idempotency_key: str | None = None
    ) -> Purchase:
        """Buy prepaid credits with the x402 wallet (at least 100 cents); pays at most once, within its caps.

        Every try carries one idempotency key (``idempotency_key``, or a fresh one); a failure carries it as
        ``exc.idempotency_key`` (and an unknown-outcome payment as ``exc.payment``): call again with it, and a
        purchase the server made is answered again instead of bought twice."""
        args = self._purchase_args(usd_cents, affiliate_code)
        return _purchase(self.call(purchase_credits_x402, _idempotency_key=idempotency_key, **args))

    def create_key(self, label: str, *, idempotency_key: str | None = None) -> str:
        """A new API key for this account (shown once: store it). A failure carries ``exc.idempotency_key``: call
        again with it to get the key the server may have minted, instead of minting a second one."""
        body = models.CreateKeyRequest(label=label)
        return str(self.call(create_key, body=body, _idempotency_key=idempotency_key).api_key)

    def list_keys(self) -> list[Any]:
        return list(self.call(list_keys).keys)

    def revoke_key(self, key_prefix: str, *, idempotency_key: str | None = None) -> None:
        self.call(revoke_key, body=models.RevokeKeyRequest(key_prefix=key_prefix), _idempotency_key=idempotency_key)


class AsyncKillaTamata(_KillaTamataBase, AsyncProviderClient):
    """Killa Tamata with asyncio: the same methods as ``KillaTamata``, awaited."""

    async def submit(
        self,
        task: str,
        input: Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        max_usd: Decimal | str | float | None = None,
        **fields: Any,
    ) -> Job:
        body, key, price = self._prepare_submit(task, input, fields, idempotency_key, max_usd)
        quote = {QUOTE_EXTENSION: price.usd} if price.usd is not None else {}
        return _job(await self.call(submit_media_job, body=body, x_idempotency_key=key, _extensions=quote))

    async def get(self, job_id: str, *, include_details: bool = False) -> Job:
        return _job(await self.call(get_media_job, job_id=job_id, **_details(include_details)), job_id)

    async def run(self, task: str, input: Mapping[str, Any] | None = None, *, timeout: float | None = None,
                  **fields: Any) -> Job:  # fmt: skip
        return await self.wait(await self.submit(task, input, **fields), timeout=timeout)

    async def balance(self) -> Decimal:
        return Decimal(str((await self.call(get_balance)).balance_usd))

    async def purchase_credits(
        self, usd_cents: int, *, affiliate_code: str | None = None, idempotency_key: str | None = None
    ) -> Purchase:
        args = self._purchase_args(usd_cents, affiliate_code)
        return _purchase(await self.call(purchase_credits_x402, _idempotency_key=idempotency_key, **args))

    async def create_key(self, label: str, *, idempotency_key: str | None = None) -> str:
        body = models.CreateKeyRequest(label=label)
        return str((await self.call(create_key, body=body, _idempotency_key=idempotency_key)).api_key)

    async def list_keys(self) -> list[Any]:
        return list((await self.call(list_keys)).keys)

    async def revoke_key(self, key_prefix: str, *, idempotency_key: str | None = None) -> None:
        body = models.RevokeKeyRequest(key_prefix=key_prefix)
        await self.call(revoke_key, body=body, _idempotency_key=idempotency_key)
