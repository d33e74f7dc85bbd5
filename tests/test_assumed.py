"""Provenance: a request constraint the provider's document states is enforced locally (nothing sent); one the spec
assumed where the document is silent (``x-assumed``) is not: the request is sent, with a warning on
``mediagen.assumed``. The mocks refuse only documented rules unless they run strict. ``extra_body=`` sends a
deliberate undocumented field the same way for every provider."""

from __future__ import annotations

import logging
from collections import Counter
from decimal import Decimal
from typing import Any

import mediagen
import pytest
from killatamata_client.api.default import submit_media_job
from killatamata_client.models import ImageGenerateJob
from mediagen import SpecSchema, fusara, killatamata, mediaio, seele, seisoai
from mediagen._schema import ASSUMABLE, assumed_constraints, documented_view
from mediagen.testing import mock
from seisoai_client.api.default import invoke_tool
from seisoai_client.models import InvokeToolRequest

from tests.conftest import Sleeps

PROVIDERS = ["seele", "mediaio", "fusara", "killatamata", "seisoai"]

#: The assumed constraints of each spec, by keyword: what the specs' reading against the documents found. A change
#: here is a change of provenance and must be deliberate (read the constraint against its document first).
ASSUMED: dict[str, Counter[str]] = {
    "seele": Counter({"minLength": 5, "minimum": 1}),
    "mediaio": Counter({"minLength": 39, "minItems": 3}),
    "fusara": Counter(
        {"minimum": 28, "minLength": 8, "required": 2, "minItems": 2, "exclusiveMinimum": 2, "pattern": 1, "not": 1}
    ),
    "killatamata": Counter(
        {
            "additionalProperties": 20,
            "dependentRequired": 1,
            "enum": 2,
            "exclusiveMinimum": 4,
            "format": 2,
            "maxItems": 1,
            "maxLength": 21,
            "maximum": 2,
            "minItems": 7,
            "minLength": 50,
            "minProperties": 4,
            "minimum": 21,
            "not": 4,
            "pattern": 7,
            "required": 21,
            "x-rules": 1,
        }
    ),
    "seisoai": Counter({"pattern": 5, "minLength": 2, "minItems": 1, "exclusiveMinimum": 1}),
}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_assumed_constraints_per_spec(provider: str) -> None:
    found = SpecSchema.of(f"{provider}_client").assumed
    for item in found:
        print(f"{provider} {item.pointer} {item.keyword}: {item.why}")
        assert item.why.strip(), f"{item.pointer}: x-assumed must say why"
        assert item.keyword.split(":")[0] in ASSUMABLE | {"x-rules", "required"}
    assert Counter(item.keyword.split(":")[0] for item in found) == ASSUMED[provider]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_documented_view_strips_exactly_the_assumed_keywords(provider: str) -> None:
    source = SpecSchema.of(f"{provider}_client").source
    view = documented_view(source)
    for item in assumed_constraints(source):
        keyword, _, field = item.keyword.partition(":")
        if keyword == "x-rules":  # the rule itself is left out of the view
            rule = _node_at(source, item.pointer)
            assert rule not in _node_at(view, item.pointer.rsplit("/", 1)[0])
            continue
        before, after = _node_at(source, item.pointer), _node_at(view, item.pointer)
        if keyword == "required":
            assert not set(after.get("required") or []) & ({field} if field else set(before["required"]))
        else:
            assert keyword in before and keyword not in after
        assert {k for k in before if k not in ASSUMABLE} == {k for k in after if k not in ASSUMABLE}
    assert view["paths"].keys() == source["paths"].keys()


def _node_at(spec: Any, pointer: str) -> Any:
    node = spec
    for part in pointer.strip("/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def test_the_strict_view_refuses_what_the_documented_view_sends() -> None:
    schema = SpecSchema.of("seele_client")
    assert schema.body_problems("create_job", {"prompt": ""}) == []
    assert schema.strict_view.body_problems("create_job", {"prompt": ""})[0].rule == "minLength"
    assert schema.strict_view is schema.strict_view.strict_view


# -- a request breaking only assumed constraints is sent -------------------------------------------------------------
def test_seele_breaking_only_assumed_constraints_is_sent(sleeps: Sleeps, caplog: pytest.LogCaptureFixture) -> None:
    engine = mock("seele")
    api = seele.Seele(engine.provider.api_key, transport=engine.transport())
    with caplog.at_level(logging.WARNING, logger="mediagen.assumed"):
        job = api.submit("", generation_model="")
    assert job.id and len(engine.calls_to("create_job")) == 1
    warned = " ".join(r.getMessage() for r in caplog.records if r.name == "mediagen.assumed")
    assert "body.prompt" in warned and "minLength" in warned
    # A documented constraint is still refused before anything is sent.
    with pytest.raises(mediagen.InvalidInputError, match=r"body\.model"):
        api.submit("x", model="Seele09")
    assert len(engine.calls_to("create_job")) == 1


def test_seele_strict_mock_refuses_the_assumed_constraints(sleeps: Sleeps) -> None:
    engine = mock("seele", strict=True)
    api = seele.Seele(engine.provider.api_key, transport=engine.transport())
    with pytest.raises(mediagen.BadRequestError, match="minLength"):
        api.submit("")
    assert api.submit("a game").id


def test_mediaio_breaking_only_assumed_constraints_is_sent(sleeps: Sleeps) -> None:
    engine = mock("mediaio", credits=100_000)
    api = mediaio.MediaIO(engine.provider.api_key, transport=engine.transport())
    assert api.submit("Imagen 4", prompt="").id
    assert api.submit("Nano Banana", images=[], prompt="a cat").id
    assert len(engine.calls) == 2
    with pytest.raises(mediagen.InvalidInputError, match=r"maxLength"):  # documented: "Maximum string length: 1200"
        api.submit("Imagen 4", prompt="x" * 1201)
    strict = mock("mediaio", credits=100_000, strict=True)
    with pytest.raises(mediagen.BadRequestError):
        mediaio.MediaIO(strict.provider.api_key, transport=strict.transport()).submit("Imagen 4", prompt="")


# -- extra_body, one mechanism for every provider --------------------------------------------------------------------
def _extra(provider: str, sleeps: Sleeps) -> tuple[Any, Any]:
    engine = mock(provider, **({"credits": 100_000} if provider == "mediaio" else {}))
    sleeps.engines.append(engine)
    key, transport = engine.provider.api_key, engine.transport()
    send = {
        "seele": lambda: seele.Seele(key, transport=transport).submit("x", extra_body={"beta_flag": True}),
        "mediaio": lambda: mediaio.MediaIO(key, transport=transport).submit(
            "Imagen 4", prompt="x", extra_body={"data": {"beta_flag": True}}
        ),
        "fusara": lambda: fusara.Fusara(key, transport=transport).submit(
            {"__type": 5, "Prompt": "p"}, extra_body={"beta_flag": True}
        ),
        "killatamata": lambda: killatamata.KillaTamata(key, transport=transport).call(
            submit_media_job,
            body=ImageGenerateJob.from_dict({"task": "image.generate", "input": {"prompt": "p"}}),
            x_idempotency_key="k-extra-body-1",
            extra_body={"beta_flag": True},
        ),
        "seisoai": lambda: seisoai.Seisoai(key, transport=transport).call(
            invoke_tool,
            tool_id="image.generate.flux-2",
            body=InvokeToolRequest.from_dict({"prompt": "p"}),
            extra_body={"beta_flag": True},
        ),
    }[provider]
    return engine, send


@pytest.mark.parametrize("provider", PROVIDERS)
def test_extra_body_sends_an_undocumented_field(provider: str, sleeps: Sleeps) -> None:
    engine, send = _extra(provider, sleeps)
    try:
        send()
    except mediagen.BadRequestError:
        pass  # a body the document prints is closed: the mock (like the API may) refuses the field; it was sent
    sent = engine.calls[-1].request.json
    assert sent.get("beta_flag") is True or sent.get("data", {}).get("beta_flag") is True


def test_fusara_breaking_only_assumed_constraints_is_sent(sleeps: Sleeps) -> None:
    engine = mock("fusara")
    api = fusara.Fusara(engine.provider.api_key, transport=engine.transport())
    assert api.submit({"__type": 5, "Prompt": "", "CompletionTimeout": -1}).id
    assert len(engine.calls_to("generate")) == 1
    with pytest.raises(mediagen.InvalidInputError, match=r"Width"):  # documented: 512-2048
        api.submit({"__type": 5, "Prompt": "p", "Width": 4096})
    strict = mock("fusara", strict=True)
    with pytest.raises(mediagen.BadRequestError):
        fusara.Fusara(strict.provider.api_key, transport=strict.transport()).submit({"__type": 5, "Prompt": ""})


def test_seisoai_accepts_what_its_gateway_accepts(sleeps: Sleeps) -> None:
    """The gateway normalizes an input before validating it (camelCase names, "true", numeric strings, a number
    for a string duration): the local pre-payment check judges the normalized form, so none of these is refused."""
    engine = mock("seisoai")
    api = seisoai.Seisoai(engine.provider.api_key, transport=engine.transport())
    assert seisoai.normalize(
        {"imageUrl": "https://x/a.png", "numImages": "2", "sync_mode": "true", "duration": 6},
        {
            "properties": {
                "image_url": {"type": "string"},
                "num_images": {"type": "integer"},
                "sync_mode": {"type": "boolean"},
                "duration": {"type": "string"},
            }
        },
        defaults=False,
    ) == {"image_url": "https://x/a.png", "num_images": 2, "sync_mode": True, "duration": "6s"}
    job = api.invoke("video.generate.veo3", prompt="a fox", duration=6)  # the gateway makes it "6s"
    assert job.id and engine.counts["invoke_tool"] == 1
    with pytest.raises(mediagen.InvalidInputError):  # still refused: what no normalization can fix
        api.invoke("video.generate.veo3", prompt="a fox", duration="7s")
    assert engine.counts["invoke_tool"] == 1


def test_seisoai_unbounded_price_preview_and_credits_only_on_invoke_tool(sleeps: Sleeps) -> None:
    engine = mock("seisoai")
    api = seisoai.Seisoai(engine.provider.api_key, transport=engine.transport())
    schema = SpecSchema.of("seisoai_client")
    assert schema.param_problems("get_tool_price", "query", {"duration": "-1", "steps": "0", "num_images": "0"}) == []
    before = engine.provider.accounts[engine.provider.api_key]
    api.batch([("image.generate.flux-2", {"prompt": "a fox"})])
    assert engine.provider.accounts[engine.provider.api_key] == before  # /batch deducts no API-key credits
    api.invoke("image.generate.flux-2", prompt="a fox")
    assert engine.provider.accounts[engine.provider.api_key] < before  # POST /invoke/{toolId} does


def test_seisoai_csrf_refusal_is_typed_and_not_retried(sleeps: Sleeps) -> None:
    engine = mock("seisoai", csrf=True)
    api = seisoai.Seisoai(engine.provider.api_key, transport=engine.transport())
    with pytest.raises(seisoai.CsrfRejectedError, match="CSRF") as info:
        api.invoke("image.generate.flux-2", prompt="a fox")
    assert isinstance(info.value, mediagen.PermissionDeniedError) and info.value.status_code == 403
    assert "browser CSRF tokens" in str(info.value)
    assert engine.counts["invoke_tool"] == 1  # never retried
    assert not [c for c in engine.calls if c.request.method == "POST" and c.operation != "invoke_tool"]


def test_killatamata_breaking_only_assumed_constraints_is_sent(sleeps: Sleeps) -> None:
    """A one-clip combine (the two-clip minimum is a billing minimum), both durations ("prefer durationFrames" is
    not "never both"), an empty prompt: all sent. 8n+1 and the 4 MP cap, which the document states, are refused."""
    engine = mock("killatamata")
    api = killatamata.KillaTamata(engine.provider.api_key, transport=engine.transport())
    assert api.submit("video.combine", {"videoUrls": ["https://cdn.example.com/a.mp4"]}).id
    video = {"prompt": "", "durationFrames": 121, "durationSeconds": 5, "width": 1280, "height": 704}
    assert api.submit("video.generate", video).id
    assert len(engine.calls_to("submit_media_job")) == 2
    with pytest.raises(mediagen.InvalidInputError, match="8n"):
        api.submit("video.generate", {**video, "durationFrames": 120})
    with pytest.raises(mediagen.InvalidInputError, match="maxPixels"):
        api.submit("image.generate", {"prompt": "x", "width": 4096, "height": 2048})
    strict = mock("killatamata", strict=True)
    with pytest.raises(mediagen.BadRequestError):
        killatamata.KillaTamata(strict.provider.api_key, transport=strict.transport()).submit(
            "video.combine", {"videoUrls": ["https://cdn.example.com/a.mp4"]}
        )


@pytest.mark.parametrize(("markup", "paid"), [(1.1, True), (3.0, False)])
def test_seisoai_cap_is_checked_against_the_402_not_only_the_quote(sleeps: Sleeps, markup: float, paid: bool) -> None:
    """The gateway's 402 amount need not equal its /price quote: a quote under the cap does not license paying a
    402 above it."""
    from eth_account import Account

    engine = mock("seisoai", x402_markup=markup)
    wallet = mediagen.X402Wallet(Account.create(), max_payment_usd="1", budget_usd="5")
    with seisoai.Seisoai(transport=engine.transport(), x402=wallet, spending_cap_usd="0.04") as api:
        assert api.price("image.generate.flux-2") < Decimal("0.04")  # the quote passes the cap either way
        if paid:
            assert api.invoke("image.generate.flux-2", prompt="a fox").status is mediagen.JobStatus.SUCCEEDED
        else:
            with pytest.raises(mediagen.PaymentError):
                api.invoke("image.generate.flux-2", prompt="a fox")
    assert bool(wallet.payments) is paid
