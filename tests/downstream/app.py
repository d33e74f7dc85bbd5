"""A downstream program using each provider's public API, as a user of mediagen-clients writes it.

It is never run: it is type-checked with ``mypy --strict`` outside this repository, against an installed
mediagen-clients (a wheel, and ``pip install -e .``), by ``scripts/check_downstream.py`` and
``tests/test_downstream_types.py``. Every variable that holds what the library returns is annotated, so a public
return type that changes or turns into ``Any`` shows up here.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path

import httpx
import mediagen
from mediagen import Job, JobStatus, RawResponse, fusara, killatamata, mediaio, seele, seisoai

OUT = Path("out")


def report(job: Job) -> None:
    """Progress callback: one line per status change."""
    status: JobStatus = job.status
    raw: str | None = job.raw_status
    print(f"{job.provider} {job.id}: {status.value} ({raw})", file=sys.stderr)


def outputs(job: Job) -> tuple[str, ...]:
    if job.status is not JobStatus.SUCCEEDED:
        error: str | None = job.error
        raise SystemExit(f"{job.provider} job {job.id} ended {job.status}: {error}")
    urls: tuple[str, ...] = job.outputs
    return urls


# -- Seele -------------------------------------------------------------------------------------------------------------
def seele_game(prompt: str, reference: Path) -> tuple[str, ...]:
    with seele.Seele(timeout=30.0, max_retries=3) as api:
        file_id: str = api.upload(reference, content_type="image/png")
        job: Job = api.submit(prompt, model="Seele02-flash", file_ids=[file_id])
        try:
            job = api.wait(job, timeout=1800, on_progress=report)
        except mediagen.WaitTimeoutError as exc:
            late: Job = exc.job
            print(f"still running, keep {late.id}", file=sys.stderr)
            raise
        follow_up: Job = api.step(job, "Add a second level with a boss fight")
        final: Job = api.with_options(timeout=60.0).wait(follow_up, poll_interval=15.0)
        return outputs(final)


async def seele_async(prompt: str) -> Job:
    async with seele.AsyncSeele() as api:
        job: Job = await api.submit(prompt, model="Seele02-flash")
        current: Job = await api.get(job.id)
        done: Job = await api.wait(current, timeout=600)
        return done


# -- Media.io ----------------------------------------------------------------------------------------------------------
def mediaio_images(prompt: str) -> list[Path]:
    with mediaio.MediaIO() as api:
        credits: int = api.credits()
        if credits < 10:
            raise SystemExit(f"only {credits} Media.io credits left")
        imagen: mediaio.Endpoint = mediaio.ENDPOINTS["Imagen 4"]
        name: str = imagen.name
        job: Job = api.submit(name, prompt=prompt, ratio="1:1", extra_body={"data": {"seed": 7}})
        try:
            job = api.wait(job, timeout=300, on_progress=report)
        except mediagen.JobFailedError as exc:
            print(f"{exc.job.id} failed: {exc.job.error}", file=sys.stderr)
            return []
        files: list[Path] = api.download(job, OUT)
        return files


async def mediaio_async(prompt: str) -> tuple[str, ...]:
    async with mediaio.AsyncMediaIO(max_retries=2) as api:
        credits: int = await api.credits()
        print(f"{credits} credits", file=sys.stderr)
        job: Job = await api.run("Imagen 4", prompt=prompt, timeout=300)
        fresh: Job = await api.with_options(timeout=10.0).get(job.id)
        return outputs(fresh)


# -- Fusara ------------------------------------------------------------------------------------------------------------
def fusara_landscape(prompt: str) -> tuple[str, ...]:
    body: dict[str, object] = {"__type": 5, "Prompt": prompt, "Width": 1024, "Height": 1024}
    with fusara.Fusara() as api:
        try:
            job: Job = api.submit(body)
        except mediagen.InvalidInputError as exc:
            field: str = exc.field
            rule: str = exc.rule
            raise SystemExit(f"refused before sending: {field} ({rule}): {exc.message}") from exc
        except mediagen.AuthenticationError as exc:
            raise SystemExit(f"bad FUSARA_API_KEY: {exc.message}") from exc
        done: Job = api.wait(job, on_progress=report)
        upscaled: Job = api.run({"__type": 1, "ImageUrl": done.outputs[0]}, endpoint="upscale", timeout=600)
        return outputs(upscaled)


async def fusara_many(prompts: Sequence[str]) -> list[Job]:
    async with fusara.AsyncFusara() as api:
        results: list[Job | BaseException] = await api.batch({"__type": 5, "Prompt": p} for p in prompts)
        finished: list[Job] = []
        for result in results:
            if isinstance(result, mediagen.JobError):
                print(f"{result.job_id}: {result}", file=sys.stderr)
            elif isinstance(result, Job):
                finished.append(result)
        return finished


def fusara_webhook(raw: bytes) -> None:
    payload = fusara.callback_payload(raw)
    print(payload.to_dict())


# -- Killa Tamata ------------------------------------------------------------------------------------------------------
def killatamata_sound(prompt: str) -> list[Path]:
    with killatamata.KillaTamata(spending_cap_usd="0.50") as api:
        price: killatamata.Quote = api.quote("moss.sound.effect", prompt=prompt, durationSeconds=2)
        usd: Decimal | None = price.usd
        print(f"{usd} USD: {price.basis}", file=sys.stderr)
        balance: Decimal = api.balance()
        if usd is not None and balance < usd:
            raise SystemExit(f"balance {balance} USD is below the price {usd} USD")
        try:
            job: Job = api.submit("moss.sound.effect", {"prompt": prompt}, durationSeconds=2, max_usd="0.25")
        except mediagen.RateLimitError as exc:
            status: int = exc.status_code
            request_id: str | None = exc.request_id
            print(f"rate limited ({status}, request {request_id}): try again later", file=sys.stderr)
            return []
        except mediagen.APIConnectionError as exc:
            key: str | None = exc.idempotency_key
            print(f"unknown outcome, retry with key {key} (processed: {exc.may_have_been_processed})")
            raise
        except mediagen.PaymentError as exc:
            raise SystemExit(f"over the cap: {exc}") from exc
        done: Job = api.wait(job, timeout=900)
        detailed: Job = api.get(done.id, include_details=True)
        return api.download(detailed, OUT)


async def killatamata_async(prompt: str) -> Job:
    async with killatamata.AsyncKillaTamata() as api:
        balance: Decimal = await api.balance()
        print(f"{balance} USD", file=sys.stderr)
        for info in await api.list_keys():
            prefix: str = info.key_prefix
            print(f"key {prefix}...", file=sys.stderr)
        new_key: str = await api.create_key("ci", idempotency_key="ci-key-1")
        print(f"new key ends {new_key[-4:]}", file=sys.stderr)
        await api.revoke_key(new_key[:8])
        job: Job = await api.run("image.generate", prompt=prompt, width=1024, height=1024, timeout=900)
        return job


def killatamata_raw(job_id: str) -> JobStatus | None:
    with killatamata.KillaTamata() as api:
        raw: RawResponse[object] = api.with_raw_response.get(job_id)
        status_code: int = raw.status_code
        headers: httpx.Headers = raw.headers
        request_id: str | None = raw.request_id
        content_type: str = headers["content-type"]
        print(status_code, content_type, request_id, file=sys.stderr)
        parsed: object = raw.parse()
        return parsed.status if isinstance(parsed, Job) else None


def killatamata_topup(wallet: mediagen.X402Wallet) -> Decimal:
    with killatamata.KillaTamata(x402=wallet) as api:
        purchase: killatamata.Purchase = api.purchase_credits(500, idempotency_key="topup-2026-12")
        credited: Decimal = purchase.credited_usd
        return credited


# -- Seisoai -----------------------------------------------------------------------------------------------------------
def seisoai_image(prompt: str, wallet: mediagen.X402Wallet | None = None) -> tuple[str, ...]:
    with seisoai.Seisoai(x402=wallet, spending_cap_usd=Decimal("0.20")) as api:
        tool_id = "image.generate.flux-2"
        inputs: Mapping[str, object] = {"prompt": prompt, "num_images": 1}
        try:
            api.validate(tool_id, inputs)
        except mediagen.InvalidInputError as exc:
            raise SystemExit(f"{exc.field}: {exc.message}") from exc
        price: Decimal = api.price(tool_id, inputs)
        print(f"{tool_id} costs {price} USD", file=sys.stderr)
        try:
            job: Job = api.invoke(tool_id, inputs, max_usd="0.10")
        except seisoai.CsrfRejectedError as exc:
            raise SystemExit(str(exc)) from exc
        except mediagen.PaymentRequiredError as exc:
            code: str | None = exc.code
            raise SystemExit(f"payment refused ({code})") from exc
        if not job.status.terminal:
            job = api.wait(job, timeout=600, on_progress=report)
        again: Job = api.run(tool_id, prompt=prompt, timeout=600)
        return outputs(job) + outputs(again)


def seisoai_catalog() -> list[str]:
    with seisoai.Seisoai() as api:
        names: list[str] = []
        for tool in api.tools():
            tool_id: str = tool.id
            names.append(tool_id)
        detail = api.tool("image.generate.flux-2")
        title: str = detail.name
        print(title, file=sys.stderr)
        calls = [("image.generate.flux-2", {"prompt": "a fox"}), ("audio.sfx", {"prompt": "rain"})]
        for item in api.batch(calls):
            item_tool: str = item.tool_id
            print(item.id, item_tool, item.status, file=sys.stderr)
        for agent in api.agents():
            agent_id: str = agent.agent_id
            print(agent_id, file=sys.stderr)
        with api.agent("agent-42", reason="the user asked for this agent's tools") as session:
            answer: Job = session.invoke("image.generate.flux-2", prompt="a fox")
            print(answer.id, file=sys.stderr)
            plan = session.orchestrate("a 10 s trailer", plan_only=True)
            agent_name: str = plan.agent_name
            print(agent_name, file=sys.stderr)
        drift: mediagen.DriftReport = api.drift
        print(drift.summary())
        return names


async def seisoai_async(prompt: str) -> tuple[str, ...]:
    async with seisoai.AsyncSeisoai(max_retries=2) as api:
        enabled: list[str] = [tool.id for tool in await api.tools() if tool.enabled is True]
        tool_id = enabled[0] if enabled else "image.generate.flux-2"
        await api.validate(tool_id, {"prompt": prompt})
        price: Decimal = await api.price(tool_id, {"prompt": prompt})
        print(f"{tool_id} costs {price} USD", file=sys.stderr)
        job: Job = await api.invoke(tool_id, prompt=prompt)
        if not job.status.terminal:
            job = await api.wait(job, timeout=600)
        polled: Job = await api.get(job.id, model="fal-ai/flux-2")
        print(polled.status, file=sys.stderr)
        async with api.agent("agent-42", reason="the user asked for this agent's tools") as session:
            answer: Job = await session.invoke(tool_id, prompt=prompt)
            print(answer.id, file=sys.stderr)
        return outputs(job)


# -- all of them -------------------------------------------------------------------------------------------------------
async def run_async(prompt: str) -> list[Job]:
    jobs: list[Job] = [
        await seele_async(prompt),
        await killatamata_async(prompt),
    ]
    jobs.extend(await fusara_many([prompt, prompt + ", at dusk"]))
    urls: tuple[str, ...] = await mediaio_async(prompt) + await seisoai_async(prompt)
    print("\n".join(urls))
    return jobs


def main(argv: Sequence[str]) -> int:
    prompt = " ".join(argv) or "a fox in the snow"
    try:
        print(seele_game(prompt, Path("reference.png")))
        print(mediaio_images(prompt))
        print(fusara_landscape(prompt))
        print(killatamata_sound(prompt))
        print(seisoai_image(prompt))
        jobs: list[Job] = asyncio.run(run_async(prompt))
    except mediagen.APIStatusError as exc:
        provider: str = exc.provider
        print(f"{provider} answered {exc.status_code}: {exc.message}", file=sys.stderr)
        return 1
    except mediagen.MediagenError as exc:
        print(f"failed: {exc}", file=sys.stderr)
        return 1
    print(f"{len(jobs)} async jobs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
