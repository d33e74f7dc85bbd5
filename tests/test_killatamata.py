"""Killa Tamata end to end: document examples, the 9 tasks through client + overlay + mock, prices and the spending
cap, idempotent submits under faults, x402 credit purchase, device-link sign-in, keys, inline media, downloads."""

from __future__ import annotations

import io
import random
import time
import uuid
import wave
from collections.abc import AsyncIterator, Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from eth_account import Account
from killatamata_client import pydantic_models
from killatamata_client.types import Unset
from mediagen import (
    APIConnectionError,
    AuthenticationError,
    ConflictError,
    InternalServerError,
    InvalidInputError,
    JobFailedError,
    MediagenError,
    NotFoundError,
    PaymentError,
    PaymentRequiredError,
    RateLimitError,
    SpecSchema,
    X402Wallet,
    killatamata,
)
from mediagen.testing import MockClock, MockEngine, mock

from tests._seeds import SEEDS, json_blocks

SEED = SEEDS / "001_10deece0474081f7.txt"
schema = SpecSchema.of("killatamata_client")

# (operation, "request") for each JSON block of the document, in the order printed.
DOCUMENT_EXAMPLES: list[str] = [
    "submit_media_job",  # hello world
    "auth_google",
    "auth_browser_google",
    "create_key",  # Google bootstrap via /api/v1/keys
    "device_link_start",
    "create_stripe_checkout",
    "claim_stripe",
    "purchase_credits_x402",
    "create_key",
    "revoke_key",
    "device_link_approve",
    "device_link_poll",
    *["submit_media_job"] * 15,  # image, edit, 5 × video, combine, 2 × TTS, annotation, music, sfx, 3D, retry-safe
]

VIDEO = {"prompt": "a slow push-in", "durationFrames": 121, "width": 1280, "height": 704}
# (task, input) for each of the 9 tasks, valid and small.
TASK_INPUTS: dict[str, dict[str, Any]] = {
    "image.generate": {"prompt": "cinematic fox astronaut", "width": 1024, "height": 1024},
    "image.edit": {"prompt": "noir poster", "sourceImageUrl": "https://cdn.example.com/in.jpg"},
    "video.generate": VIDEO,
    "video.combine": {"videoUrls": ["https://cdn.example.com/a.mp4", "https://cdn.example.com/b.mp4"]},
    "audio.speak": {
        "text": "We launch at dawn, hold formation, and bring everyone home.",
        "voiceDescription": "Warm confident narrator with balanced pacing.",
    },
    "audio.annotation.reference": {"sourceAudioUrl": "https://cdn.example.com/song.mp3", "transcript": "la la"},
    "ace.step.create": {"tags": "electro-pop", "durationSeconds": 30},
    "moss.sound.effect": {"prompt": "a pistol shot in a canyon", "durationSeconds": 2},
    "trellis.generate": {"sourceImageUrl": "https://cdn.example.com/boat.png", "qualityPreset": "balanced"},
}
BASE_PRICES = {"image.generate": "0.02", "image.edit": "0.03", "video.generate": "0.12", "trellis.generate": "0.10"}


@pytest.fixture(scope="module")
def document_examples() -> list[Any]:
    if not SEED.exists():
        pytest.skip("shared/seeds is not beside this checkout")
    return json_blocks(SEED.read_text())


@pytest.fixture
def kt(mock_provider: Callable[..., MockEngine]) -> MockEngine:
    return mock_provider("killatamata")


@pytest.fixture
def api(kt: MockEngine) -> Iterator[killatamata.KillaTamata]:
    with kt.client(killatamata.KillaTamata, base_prices=BASE_PRICES) as client:
        yield client


@pytest.fixture
async def aapi(kt: MockEngine) -> AsyncIterator[killatamata.AsyncKillaTamata]:
    async with kt.client(killatamata.AsyncKillaTamata) as client:
        yield client


# -- the document's examples -----------------------------------------------------------------------------------------
def test_every_document_example_is_accounted_for(document_examples: list[Any]) -> None:
    assert len(document_examples) == len(DOCUMENT_EXAMPLES) == 27


@pytest.mark.parametrize(("index", "operation"), list(enumerate(DOCUMENT_EXAMPLES)), ids=str)
def test_document_example_validates(document_examples: list[Any], index: int, operation: str) -> None:
    assert schema.body_problems(operation, document_examples[index]) == []


def test_each_task_example_decodes_to_its_own_class(document_examples: list[Any]) -> None:
    jobs = [e for e in document_examples if "task" in e]
    assert {e["task"] for e in jobs} == set(killatamata.TASKS)
    for example in jobs:
        # attrs (first-fit unions): exactly the task's own class accepts it, the const tag refuses every other
        accepted = []
        for task, cls in killatamata.TASKS.items():
            try:
                cls.from_dict(example)
                accepted.append(task)
            except (ValueError, TypeError, KeyError):
                pass
        assert accepted == [example["task"]]
        # pydantic: the discriminated union picks the same class
        root = pydantic_models.SubmitMediaJobRequest.model_validate(example).root
        assert type(root).__name__ == killatamata.TASKS[example["task"]].__name__


MISTAKES: list[tuple[dict[str, Any], str, str]] = [
    ({"task": "video.generate", "input": {**VIDEO, "durationFrames": 250}}, "body.input.durationFrames", "8n+1"),
    ({"task": "video.generate", "input": {**VIDEO, "durationFrames": "257"}}, "body.input.durationFrames", "type"),
    ({"task": "video.generate", "input": {**VIDEO, "durationFrames": 250.0}}, "body.input.durationFrames", "8n+1"),
    (
        {"task": "image.generate", "input": {"prompt": "x", "width": 1000, "height": 1024}},
        "body.input.width",
        "multipleOf",
    ),
    (
        {"task": "image.generate", "input": {"prompt": "x", "width": 4096, "height": 2048}},
        "body.input.width",
        "maxPixels",
    ),
    ({"task": "video.generate", "input": {"prompt": "x", "width": 1024}}, "body.input", "dependentRequired"),
    (
        {"task": "audio.speak", "input": {**TASK_INPUTS["audio.speak"], "text": "x" * 39}},
        "body.input.text",
        "minLength",
    ),
    (
        {"task": "ace.step.create", "input": {"tags": "pop", "durationSeconds": 10}},
        "body.input.durationSeconds",
        "minimum",
    ),
    ({"task": "video.generate", "input": {**VIDEO, "interpolationFps": 20}}, "body.input.interpolationFps", "not"),
    (
        {"task": "video.generate", "input": {**VIDEO, "referenceAudioUrl": "https://cdn.example.com/a.opus"}},
        "body.input.startFrameImageUrl",
        "required",
    ),  # reference audio needs a start frame or overlap frames
    ({"task": "image.upscale", "input": {"prompt": "x"}}, "body.task", "oneOf"),
    ({"task": "image.generate", "input": {"prompt": "x", "heigth": 1024}}, "body.input.heigth", "Properties"),
]


@pytest.mark.parametrize(
    ("body", "field", "rule"), MISTAKES, ids=[f"{i}-{m[2] or m[1]}" for i, m in enumerate(MISTAKES)]
)
def test_mistakes_are_refused_naming_field_and_rule(body: dict[str, Any], field: str, rule: str) -> None:
    problems = schema.body_problems("submit_media_job", body)
    assert problems, body
    assert problems[0].field.startswith(field) and rule in problems[0].rule, problems[0]


# -- the 9 tasks through client + overlay + mock ---------------------------------------------------------------------
@pytest.mark.parametrize("task", sorted(TASK_INPUTS))
def test_each_task_runs_to_downloadable_outputs(
    api: killatamata.KillaTamata, kt: MockEngine, task: str, tmp_path: Path
) -> None:
    before = api.balance()
    quoted = api.quote(task, TASK_INPUTS[task]).usd
    job = api.submit(task, TASK_INPUTS[task])
    assert job.status == "queued" and type(job.data).__name__ == "MediaJobAccepted"
    assert api.balance() == before - Decimal(str(quoted))  # billed at submit, by the documented price
    done = api.wait(job)
    assert done.status == "succeeded" and done.id == job.id and len(done.outputs) == 1
    [saved] = api.download(done, tmp_path)
    assert saved.read_bytes().startswith(b"mock " + task.encode())
    sent = kt.calls_to("submit_media_job")[-1].request
    # One key, minted once by the auth flow and sent in the header the document names (the body field is optional).
    assert sent.json["task"] == task and "idempotencyKey" not in sent.json
    assert str(uuid.UUID(sent.header("x-idempotency-key") or "")) == sent.header("x-idempotency-key")


async def test_async_client_runs_a_job(aapi: killatamata.AsyncKillaTamata, tmp_path: Path) -> None:
    job = await aapi.run("moss.sound.effect", TASK_INPUTS["moss.sound.effect"])
    assert job.status == "succeeded"
    assert [p.name for p in await aapi.download(job, tmp_path)] == [f"{job.id}-0.mp3"]
    assert await aapi.balance() < Decimal(10)


def test_failed_job_raises_with_its_id(api: killatamata.KillaTamata, kt: MockEngine) -> None:
    kt.provider.fail_next_job("upstream GPU lost")
    job = api.submit("video.combine", TASK_INPUTS["video.combine"])
    with pytest.raises(JobFailedError, match="upstream GPU lost") as caught:
        api.wait(job)
    assert caught.value.job_id == job.id


def test_details_only_on_request(api: killatamata.KillaTamata) -> None:
    job = api.submit("image.generate", TASK_INPUTS["image.generate"])
    assert isinstance(api.get(job.id).data.details, Unset)
    details = api.get(job.id, include_details=True).data.details
    assert details.to_dict()["effectiveInput"] == TASK_INPUTS["image.generate"]


def test_outputs_past_their_window(sleeps: Any, tmp_path: Path) -> None:
    # A mock whose clock started 50 h ago: the job's outputsExpireAt (48 h after it finished) is already past.
    old = mock("killatamata", clock=MockClock(start=time.time() - 50 * 3600))
    sleeps.engines.append(old)
    with killatamata.KillaTamata(old.provider.api_key, transport=old.transport()) as api:
        done = api.run("moss.sound.effect", TASK_INPUTS["moss.sound.effect"])
        with pytest.raises(MediagenError, match="expired at"):
            api.download(done, tmp_path)
        assert list(tmp_path.iterdir()) == []
    # and once the CDN cleaned up (72 h of the mock's time), a fresh job's URL answers 404
    fresh = mock("killatamata")
    sleeps.engines.append(fresh)
    with killatamata.KillaTamata(fresh.provider.api_key, transport=fresh.transport()) as api:
        done = api.run("moss.sound.effect", TASK_INPUTS["moss.sound.effect"])
        fresh.clock.advance(73 * 3600)
        with pytest.raises(NotFoundError, match="download of .* failed"):
            api.download(done, tmp_path)


# -- prices and the spending cap -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("task", "data", "usd"),
    [
        ("audio.speak", {"text": "x" * 45}, "0.01"),  # ~3 s at 15 chars/s: the <=3s tier
        ("audio.speak", {"text": "x" * 100}, "0.02"),  # ~7 s
        ("audio.speak", {"text": "x" * 150}, "0.03"),  # ~10 s: the top tier
        ("audio.speak", {"text": "x" * 600}, None),  # ~40 s: past the document's last tier, no price
        ("audio.annotation.reference", {"sourceAudioUrl": "https://x.test/a.mp3"}, "0.05"),  # default 120 s band
        ("audio.annotation.reference", {"transcript": "x" * 900}, "0.03"),  # ~60 s
        ("audio.annotation.reference", {"transcript": "x" * 2800}, None),  # ~187 s: past the last band
        ("ace.step.create", {"tags": "pop"}, None),  # no duration, no preset: nothing to price
        ("ace.step.create", {"qualityPreset": "high_quality"}, "0.165888"),  # 108 s × 192 kbps × $0.000008
        ("ace.step.create", {"durationSeconds": 15}, "0.05"),  # the $0.05 minimum
        ("moss.sound.effect", {"durationSeconds": 2, "maxNewTokens": 1024}, "0.016192"),
        ("moss.sound.effect", {"durationSeconds": 1, "maxNewTokens": 1}, "0.01"),  # the minimum
        ("video.combine", {"videoUrls": ["a", "b", "c"]}, "0.015"),
    ],
)
def test_documented_prices(api: killatamata.KillaTamata, task: str, data: dict[str, Any], usd: str | None) -> None:
    assert api.quote(task, data).usd == (None if usd is None else Decimal(usd))


def test_surcharges_apply_to_a_supplied_base_price(api: killatamata.KillaTamata) -> None:
    assert api.quote("image.generate", prompt="x", highDetail=True).usd == Decimal("0.030")
    assert api.quote("video.generate", prompt="x", extremeQuality=True).usd == Decimal("0.180")
    with killatamata.KillaTamata("k", transport=None) as bare:
        assert bare.quote("video.generate", prompt="x").usd is None


def test_cap_refuses_before_anything_is_sent(kt: MockEngine) -> None:
    with killatamata.KillaTamata(kt.provider.api_key, transport=kt.transport(), spending_cap_usd="0.10") as capped:
        with pytest.raises(PaymentError, match=r"0.165888 .* above the \$0.10 cap"):
            capped.submit("ace.step.create", tags="pop", qualityPreset="high_quality")
        with pytest.raises(PaymentError, match="no price for video.generate"):
            capped.submit("video.generate", VIDEO)
        assert capped.submit("moss.sound.effect", TASK_INPUTS["moss.sound.effect"]).id
        with pytest.raises(PaymentError, match="cap"):
            capped.submit("moss.sound.effect", TASK_INPUTS["moss.sound.effect"], max_usd="0.001")
    assert kt.counts["submit_media_job"] == 1


def test_insufficient_balance_is_refused_by_the_server(kt: MockEngine) -> None:
    poor = kt.provider.add_account(balance="0.005")
    with killatamata.KillaTamata(poor, transport=kt.transport()) as api, pytest.raises(PaymentRequiredError):
        api.submit("moss.sound.effect", TASK_INPUTS["moss.sound.effect"])
    assert not kt.provider.jobs


# -- idempotency -----------------------------------------------------------------------------------------------------
def test_same_key_same_body_is_the_same_job_and_one_charge(api: killatamata.KillaTamata, kt: MockEngine) -> None:
    first = api.submit("video.combine", TASK_INPUTS["video.combine"], idempotency_key="job-001")
    balance = api.balance()
    again = api.submit("video.combine", TASK_INPUTS["video.combine"], idempotency_key="job-001")
    assert again.id == first.id and api.balance() == balance and len(kt.provider.jobs) == 1 and kt.replays == 1
    with pytest.raises(ConflictError):
        api.submit(
            "video.combine",
            {"videoUrls": [*TASK_INPUTS["video.combine"]["videoUrls"], "https://x.test/c.mp4"]},
            idempotency_key="job-001",
        )


def test_a_dropped_answer_after_commit_is_retried_with_the_same_key(
    api: killatamata.KillaTamata, kt: MockEngine
) -> None:
    kt.drop_next("after", operation="submit_media_job")
    kt.fail_next(500, operation="submit_media_job", after=True)
    job = api.submit("moss.sound.effect", TASK_INPUTS["moss.sound.effect"])
    tries = kt.calls_to("submit_media_job")
    assert len(tries) == 3 and len({c.request.header("x-idempotency-key") for c in tries}) == 1
    assert list(kt.provider.jobs) == [job.id] and kt.replays == 2


def test_exhausted_retries_hand_back_the_key_that_recovers_the_job(
    api: killatamata.KillaTamata, kt: MockEngine
) -> None:
    kt.drop_next("after", operation="submit_media_job", times=3)
    with pytest.raises(APIConnectionError) as caught:
        api.submit("moss.sound.effect", TASK_INPUTS["moss.sound.effect"])
    key = caught.value.idempotency_key
    assert key and key in "".join(caught.value.__notes__)
    [created] = kt.provider.jobs  # the server did create it
    assert api.submit("moss.sound.effect", TASK_INPUTS["moss.sound.effect"], idempotency_key=key).id == created


def test_thousand_submits_under_faults_one_job_and_one_charge_each(kt: MockEngine) -> None:
    """1,000 logical submits; faults: drops after commit, 500 after commit, 500 before, 429, connect refusals."""
    rng = random.Random(402)
    kt.keep_calls = False
    key = kt.provider.add_account(balance="1000")
    faults = {"drop-after": 0, "500-after": 0, "500": 0, "429": 0, "connect": 0, "drop-before": 0}
    ids, recovered = [], 0
    with killatamata.KillaTamata(key, transport=kt.transport()) as api:
        start = api.balance()
        for i in range(1000):
            for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
                kind = rng.choice(sorted(faults))
                faults[kind] += 1
                if kind == "drop-after":
                    kt.drop_next("after", operation="submit_media_job")
                elif kind == "drop-before":
                    kt.drop_next("before", operation="submit_media_job")
                elif kind == "connect":
                    kt.drop_next("connect", operation="submit_media_job")
                elif kind == "500-after":
                    kt.fail_next(500, operation="submit_media_job", after=True)
                else:
                    kt.fail_next(int(kind), operation="submit_media_job", retry_after=0)
            data = {"prompt": f"effect {i}", "durationSeconds": 1 + i % 30}
            try:
                ids.append(api.submit("moss.sound.effect", data).id)
            except (APIConnectionError, InternalServerError, RateLimitError) as exc:  # out of retries: the key recovers
                assert exc.idempotency_key is not None
                kt.faults.clear()
                ids.append(api.submit("moss.sound.effect", data, idempotency_key=exc.idempotency_key).id)
                recovered += 1
        spent = start - api.balance()
    jobs = kt.provider.jobs
    assert len(ids) == 1000 and len(set(ids)) == 1000  # every logical submit got its job id, none shared
    assert set(ids) == set(jobs)  # no job the caller does not know of: no duplicate job
    assert spent == sum((j.charged for j in jobs.values()), Decimal(0))  # one charge per job
    assert sum(faults.values()) > 1000 and recovered > 0
    print(
        f"\n1000 submits, {sum(faults.values())} faults {faults}, {kt.replays} replays, "
        f"{recovered} recovered by key, 0 duplicate jobs, 0 duplicate charges, 0 lost ids"
    )


# -- x402 credit purchase --------------------------------------------------------------------------------------------
def test_x402_purchase_pays_once_and_credits(kt: MockEngine) -> None:
    wallet = X402Wallet(Account.create(), max_payment_usd="5", budget_usd="20")
    with killatamata.KillaTamata(kt.provider.api_key, transport=kt.transport(), x402=wallet) as api:
        before = api.balance()
        bought = api.purchase_credits(250, affiliate_code="PROMO_42")
        assert bought.credited_usd == Decimal("2.5") and api.balance() == before + Decimal("2.5")
    assert kt.provider.x402.verified == 1 and len(kt.provider.x402.settlements) == 1
    [payment] = wallet.payments
    assert payment.state == "settled" and payment.usd == Decimal("2.5") and payment.settlement is not None
    tries = kt.calls_to("purchase_credits_x402")
    assert [c.response.status for c in tries] == [402, 200]
    assert len({c.request.header("x-idempotency-key") for c in tries}) == 1


def test_x402_purchase_of_an_integral_float_amount(kt: MockEngine) -> None:
    """JSON Schema counts 250.0 as an integer: the mock's challenge must still ask for whole USDC units."""
    import httpx

    with httpx.Client(transport=kt.transport(), base_url="http://mock") as raw:
        answer = raw.post(
            "/api/v1/credits/purchase/x402",
            json={"usdCents": 250.0},
            headers={"authorization": f"Bearer {kt.provider.api_key}"},
        )
    assert answer.status_code == 402 and answer.json()["accepts"][0]["amount"] == "2500000"


def test_x402_purchase_above_the_wallet_cap_signs_nothing(kt: MockEngine) -> None:
    wallet = X402Wallet(Account.create(), max_payment_usd="1")
    with killatamata.KillaTamata(kt.provider.api_key, transport=kt.transport(), x402=wallet) as api:
        with pytest.raises(PaymentError, match="cap"):
            api.purchase_credits(500)
    assert wallet.payments == [] and kt.provider.x402.verified == 0


def test_x402_purchase_needs_a_wallet_and_100_cents(api: killatamata.KillaTamata) -> None:
    with pytest.raises(PaymentError, match="needs a wallet"):
        api.purchase_credits(100)
    wallet = X402Wallet(Account.create(), max_payment_usd="5", budget_usd="20")
    with killatamata.KillaTamata("k", x402=wallet) as other, pytest.raises(InvalidInputError, match="usdCents"):
        other.purchase_credits(99)


# -- keys and device-link sign-in ------------------------------------------------------------------------------------
def test_keys_create_list_revoke_and_a_revoked_key_is_refused(api: killatamata.KillaTamata, kt: MockEngine) -> None:
    new = api.create_key("Agent Worker A")
    assert any(k.label == "Agent Worker A" for k in api.list_keys())
    with killatamata.KillaTamata(new, transport=kt.transport()) as worker:
        assert worker.balance() == api.balance()  # the same account
        api.revoke_key(new[:12])
        with pytest.raises(AuthenticationError):
            worker.balance()


def test_device_login_returns_a_working_key(kt: MockEngine) -> None:
    shown: list[str] = []

    def browser(user_code: str, url: str) -> None:
        shown.append(url)
        kt.provider.approve(user_code)  # the user confirms in a signed-in browser

    key = killatamata.device_login(label="laptop", on_code=browser, transport=kt.transport())
    assert shown and shown[0].startswith("https://") and key.startswith("kt_")
    with killatamata.KillaTamata(key, transport=kt.transport()) as api:
        assert api.balance() == Decimal(10)
    polls = kt.calls_to("device_link_poll")
    assert all("authorization" not in c.request.headers for c in kt.calls_to("device_link_start") + polls)


def test_device_login_that_is_never_approved_expires(kt: MockEngine) -> None:
    with pytest.raises(MediagenError, match="expired|not approved"):
        killatamata.device_login(on_code=lambda code, url: None, transport=kt.transport())


# -- inline media ----------------------------------------------------------------------------------------------------
def _wav(seconds: float) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as clip:
        clip.setnchannels(1), clip.setsampwidth(2), clip.setframerate(8000)
        clip.writeframes(b"\0\0" * int(8000 * seconds))
    return out.getvalue()


def test_local_files_go_inline_with_their_mime_type(
    api: killatamata.KillaTamata, kt: MockEngine, tmp_path: Path
) -> None:
    frame, voice = tmp_path / "start.png", tmp_path / "voice.wav"
    frame.write_bytes(b"\x89PNG fake"), voice.write_bytes(_wav(4))
    api.submit("video.generate", {**VIDEO, "startFrameImage": frame})
    sent = kt.calls_to("submit_media_job")[-1].request.json["input"]["startFrameImage"]
    assert sent == {"dataBase64": "iVBORyBmYWtl", "mimeType": "image/png"}
    clone = {
        "mode": "voice_clone",
        "text": "Keep the same character voice, but deliver this line calmly.",
        "referenceAudio": voice,
        "referenceTranscript": "Rin keeps her voice low.",
    }
    assert api.submit("audio.speak", clone).id
    (tmp_path / "long.wav").write_bytes(_wav(12))
    with pytest.raises(InvalidInputError, match=r"referenceAudio: long.wav lasts 12.0s"):
        api.submit("audio.speak", {**clone, "referenceAudio": tmp_path / "long.wav"})
    (tmp_path / "huge.png").write_bytes(b"\0" * (killatamata.INLINE_MAX_BYTES + 1))
    with pytest.raises(InvalidInputError, match="size"):
        api.submit("image.edit", prompt="x", sourceImage=tmp_path / "huge.png")


def test_bad_input_names_the_field_and_sends_nothing(api: killatamata.KillaTamata, kt: MockEngine) -> None:
    with pytest.raises(InvalidInputError) as caught:
        api.submit("video.generate", {**VIDEO, "durationFrames": 250})
    assert caught.value.field == "body.input.durationFrames" and caught.value.rule == "8n+1"
    assert "249 or 257" in str(caught.value)
    with pytest.raises(InvalidInputError, match="image.upscale"):
        api.submit("image.upscale", prompt="x")
    assert kt.counts["submit_media_job"] == 0


def test_secrets_stay_out_of_errors_and_reprs(kt: MockEngine) -> None:
    with killatamata.KillaTamata("kt_secret_value_123", transport=kt.transport()) as api:
        with pytest.raises(AuthenticationError) as caught:
            api.balance()
        assert "kt_secret_value_123" not in repr(api) + str(caught.value) + repr(caught.value)
        assert "kt_secret_value_123" not in repr(api.client.get_httpx_client().auth)


# -- checkout and claim ----------------------------------------------------------------------------------------------
def test_stripe_checkout_paid_by_callback_then_claimed_once(api: killatamata.KillaTamata, kt: MockEngine) -> None:
    import json

    import httpx
    from killatamata_client.api.default import claim_stripe, create_stripe_checkout, list_packages
    from killatamata_client.models import CheckoutRequest, StripeClaimRequest

    package = api.call(list_packages).packages[0]
    session = api.call(create_stripe_checkout, body=CheckoutRequest(package_code=package.package_code))
    before = api.balance()
    with pytest.raises(ConflictError):  # not paid yet
        api.call(claim_stripe, body=StripeClaimRequest(session_id=session.session_id))
    event = json.dumps({"type": "checkout.session.completed", "data": {"object": {"id": session.session_id}}}).encode()
    with httpx.Client(transport=kt.transport(), base_url="http://mock") as stripe:
        forged = stripe.post(
            "/api/v1/webhooks/stripe",
            content=event,
            headers={"content-type": "application/json", "stripe-signature": "t=1,v1=00"},
        )
        assert forged.status_code == 400
        signature = kt.provider.purchase_routes.sign_stripe(event)
        signed = stripe.post(
            "/api/v1/webhooks/stripe",
            content=event,
            headers={"content-type": "application/json", "stripe-signature": signature},
        )
        assert signed.status_code == 200
    claimed = api.call(claim_stripe, body=StripeClaimRequest(session_id=session.session_id))
    credit = Decimal(str(claimed.credited_usd))
    assert claimed.credited and credit > 0 and api.balance() == before + credit
    again = api.call(claim_stripe, body=StripeClaimRequest(session_id=session.session_id))
    assert not again.credited and api.balance() == before + credit


def test_crypto_checkout_claimed_after_payment(api: killatamata.KillaTamata, kt: MockEngine) -> None:
    from killatamata_client.api.default import claim_crypto, create_crypto_checkout
    from killatamata_client.models import CheckoutRequest, CryptoClaimRequest

    charge = api.call(create_crypto_checkout, body=CheckoutRequest(package_code="starter_500"))
    kt.provider.purchase_routes.complete_checkout(charge.charge_id)  # paid on Coinbase's side
    before = api.balance()
    claimed = api.call(claim_crypto, body=CryptoClaimRequest(charge_id=charge.charge_id))
    assert claimed.credited and api.balance() == before + Decimal(str(claimed.credited_usd)) > before
    with pytest.raises(NotFoundError):
        api.call(claim_crypto, body=CryptoClaimRequest(charge_id="charge_unknown"))


def test_a_hostile_job_id_cannot_write_outside_the_folder(api: killatamata.KillaTamata, tmp_path: Path) -> None:
    import dataclasses

    done = api.run("moss.sound.effect", TASK_INPUTS["moss.sound.effect"])
    hostile = dataclasses.replace(done, id="../../escaped")
    [saved] = api.download(hostile, tmp_path / "out")
    assert saved.parent == tmp_path / "out" and not (tmp_path / "escaped-0.mp3").exists()
