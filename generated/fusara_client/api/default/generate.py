from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_source_separation_mdx import AudioSourceSeparationMDX
from ...models.clarity import Clarity
from ...models.error_envelope import ErrorEnvelope
from ...models.flux_1_dev import Flux1Dev
from ...models.flux_1_fill_inpaint import Flux1FillInpaint
from ...models.flux_1_fill_outpaint import Flux1FillOutpaint
from ...models.flux_1_kontext_dev import Flux1KontextDev
from ...models.flux_1_kontext_max_outpaint import Flux1KontextMaxOutpaint
from ...models.flux_1_redux import Flux1Redux
from ...models.google_gemini_create import GoogleGeminiCreate
from ...models.google_gemini_edit import GoogleGeminiEdit
from ...models.google_imagen_create import GoogleImagenCreate
from ...models.google_veo_video_create import GoogleVeoVideoCreate
from ...models.grok_image_create import GrokImageCreate
from ...models.grok_image_edit import GrokImageEdit
from ...models.grok_video_create import GrokVideoCreate
from ...models.hailuo_video_create import HailuoVideoCreate
from ...models.hi_dream_e1_full import HiDreamE1Full
from ...models.hi_dream_i1_full import HiDreamI1Full
from ...models.hyper_lo_ra import HyperLoRA
from ...models.kling_o3_video_create import KlingO3VideoCreate
from ...models.kling_v3_video_create import KlingV3VideoCreate
from ...models.kling_video_create import KlingVideoCreate
from ...models.midjourney import Midjourney
from ...models.open_ai_gpt_image_1_create import OpenAIGptImage1Create
from ...models.open_ai_gpt_image_1_edit import OpenAIGptImage1Edit
from ...models.open_ai_sora_video_create import OpenAISoraVideoCreate
from ...models.qwen_create import QwenCreate
from ...models.qwen_edit import QwenEdit
from ...models.qwen_edit_outpaint import QwenEditOutpaint
from ...models.rmbg import RMBG
from ...models.runway_video_create import RunwayVideoCreate
from ...models.sd import SD
from ...models.sdxl import SDXL
from ...models.seedance_15_video_create import Seedance15VideoCreate
from ...models.seedance_video_create import SeedanceVideoCreate
from ...models.seededit import Seededit
from ...models.seedream import Seedream
from ...models.supir import Supir
from ...models.task_envelope import TaskEnvelope
from ...models.topaz_upscale import TopazUpscale
from ...models.upscale import Upscale
from ...models.wan_22_video_create import Wan22VideoCreate
from ...models.wan_26_video_create import Wan26VideoCreate
from ...models.z_image_turbo import ZImageTurbo
from ...types import Response


def _get_kwargs(
    *,
    body: AudioSourceSeparationMDX
    | Clarity
    | Flux1Dev
    | Flux1FillInpaint
    | Flux1FillOutpaint
    | Flux1KontextDev
    | Flux1KontextMaxOutpaint
    | Flux1Redux
    | GoogleGeminiCreate
    | GoogleGeminiEdit
    | GoogleImagenCreate
    | GoogleVeoVideoCreate
    | GrokImageCreate
    | GrokImageEdit
    | GrokVideoCreate
    | HailuoVideoCreate
    | HiDreamE1Full
    | HiDreamI1Full
    | HyperLoRA
    | KlingO3VideoCreate
    | KlingV3VideoCreate
    | KlingVideoCreate
    | Midjourney
    | OpenAIGptImage1Create
    | OpenAIGptImage1Edit
    | OpenAISoraVideoCreate
    | QwenCreate
    | QwenEdit
    | QwenEditOutpaint
    | RMBG
    | RunwayVideoCreate
    | SD
    | SDXL
    | Seedance15VideoCreate
    | SeedanceVideoCreate
    | Seededit
    | Seedream
    | Supir
    | TopazUpscale
    | Upscale
    | Wan22VideoCreate
    | Wan26VideoCreate
    | ZImageTurbo,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/integration/imaging/generate",
    }

    if (
        isinstance(body, Midjourney)
        or isinstance(body, SD)
        or isinstance(body, Upscale)
        or isinstance(body, SDXL)
        or isinstance(body, Flux1Dev)
        or isinstance(body, RMBG)
        or isinstance(body, Supir)
        or isinstance(body, Clarity)
        or isinstance(body, Flux1FillInpaint)
        or isinstance(body, Flux1Redux)
        or isinstance(body, HiDreamI1Full)
        or isinstance(body, HiDreamE1Full)
        or isinstance(body, HyperLoRA)
        or isinstance(body, Flux1KontextDev)
        or isinstance(body, GoogleImagenCreate)
        or isinstance(body, OpenAIGptImage1Create)
        or isinstance(body, OpenAIGptImage1Edit)
        or isinstance(body, GoogleGeminiCreate)
        or isinstance(body, GoogleGeminiEdit)
        or isinstance(body, Flux1FillOutpaint)
        or isinstance(body, QwenCreate)
        or isinstance(body, Seedream)
        or isinstance(body, Seededit)
        or isinstance(body, QwenEdit)
        or isinstance(body, QwenEditOutpaint)
        or isinstance(body, Flux1KontextMaxOutpaint)
        or isinstance(body, ZImageTurbo)
        or isinstance(body, TopazUpscale)
        or isinstance(body, GrokImageCreate)
        or isinstance(body, GrokImageEdit)
        or isinstance(body, GoogleVeoVideoCreate)
        or isinstance(body, KlingVideoCreate)
        or isinstance(body, SeedanceVideoCreate)
        or isinstance(body, Wan22VideoCreate)
        or isinstance(body, OpenAISoraVideoCreate)
        or isinstance(body, HailuoVideoCreate)
        or isinstance(body, RunwayVideoCreate)
        or isinstance(body, Wan26VideoCreate)
        or isinstance(body, Seedance15VideoCreate)
        or isinstance(body, KlingV3VideoCreate)
        or isinstance(body, KlingO3VideoCreate)
        or isinstance(body, GrokVideoCreate)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TaskEnvelope | None:
    if response.status_code == 200:
        response_200 = TaskEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | TaskEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AudioSourceSeparationMDX
    | Clarity
    | Flux1Dev
    | Flux1FillInpaint
    | Flux1FillOutpaint
    | Flux1KontextDev
    | Flux1KontextMaxOutpaint
    | Flux1Redux
    | GoogleGeminiCreate
    | GoogleGeminiEdit
    | GoogleImagenCreate
    | GoogleVeoVideoCreate
    | GrokImageCreate
    | GrokImageEdit
    | GrokVideoCreate
    | HailuoVideoCreate
    | HiDreamE1Full
    | HiDreamI1Full
    | HyperLoRA
    | KlingO3VideoCreate
    | KlingV3VideoCreate
    | KlingVideoCreate
    | Midjourney
    | OpenAIGptImage1Create
    | OpenAIGptImage1Edit
    | OpenAISoraVideoCreate
    | QwenCreate
    | QwenEdit
    | QwenEditOutpaint
    | RMBG
    | RunwayVideoCreate
    | SD
    | SDXL
    | Seedance15VideoCreate
    | SeedanceVideoCreate
    | Seededit
    | Seedream
    | Supir
    | TopazUpscale
    | Upscale
    | Wan22VideoCreate
    | Wan26VideoCreate
    | ZImageTurbo,
) -> Response[ErrorEnvelope | TaskEnvelope]:
    """Create an image, video or audio generation task (any provider __type).

     The body is one provider variant chosen by the integer `__type` (section 4.1). Poll task status with
    the returned `data.taskId` until it is 100 (Succeeded) or 200 (Failed), then read the task. With
    `CompletionCallbackUrl` the server also POSTs a CallbackPayload there when the task ends (fire-and-
    forget, no retries).

    Args:
        body (AudioSourceSeparationMDX | Clarity | Flux1Dev | Flux1FillInpaint | Flux1FillOutpaint
            | Flux1KontextDev | Flux1KontextMaxOutpaint | Flux1Redux | GoogleGeminiCreate |
            GoogleGeminiEdit | GoogleImagenCreate | GoogleVeoVideoCreate | GrokImageCreate |
            GrokImageEdit | GrokVideoCreate | HailuoVideoCreate | HiDreamE1Full | HiDreamI1Full |
            HyperLoRA | KlingO3VideoCreate | KlingV3VideoCreate | KlingVideoCreate | Midjourney |
            OpenAIGptImage1Create | OpenAIGptImage1Edit | OpenAISoraVideoCreate | QwenCreate |
            QwenEdit | QwenEditOutpaint | RMBG | RunwayVideoCreate | SD | SDXL | Seedance15VideoCreate
            | SeedanceVideoCreate | Seededit | Seedream | Supir | TopazUpscale | Upscale |
            Wan22VideoCreate | Wan26VideoCreate | ZImageTurbo): Body of generate; one provider variant
            chosen by its integer `__type` (section 4.1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AudioSourceSeparationMDX
    | Clarity
    | Flux1Dev
    | Flux1FillInpaint
    | Flux1FillOutpaint
    | Flux1KontextDev
    | Flux1KontextMaxOutpaint
    | Flux1Redux
    | GoogleGeminiCreate
    | GoogleGeminiEdit
    | GoogleImagenCreate
    | GoogleVeoVideoCreate
    | GrokImageCreate
    | GrokImageEdit
    | GrokVideoCreate
    | HailuoVideoCreate
    | HiDreamE1Full
    | HiDreamI1Full
    | HyperLoRA
    | KlingO3VideoCreate
    | KlingV3VideoCreate
    | KlingVideoCreate
    | Midjourney
    | OpenAIGptImage1Create
    | OpenAIGptImage1Edit
    | OpenAISoraVideoCreate
    | QwenCreate
    | QwenEdit
    | QwenEditOutpaint
    | RMBG
    | RunwayVideoCreate
    | SD
    | SDXL
    | Seedance15VideoCreate
    | SeedanceVideoCreate
    | Seededit
    | Seedream
    | Supir
    | TopazUpscale
    | Upscale
    | Wan22VideoCreate
    | Wan26VideoCreate
    | ZImageTurbo,
) -> ErrorEnvelope | TaskEnvelope | None:
    """Create an image, video or audio generation task (any provider __type).

     The body is one provider variant chosen by the integer `__type` (section 4.1). Poll task status with
    the returned `data.taskId` until it is 100 (Succeeded) or 200 (Failed), then read the task. With
    `CompletionCallbackUrl` the server also POSTs a CallbackPayload there when the task ends (fire-and-
    forget, no retries).

    Args:
        body (AudioSourceSeparationMDX | Clarity | Flux1Dev | Flux1FillInpaint | Flux1FillOutpaint
            | Flux1KontextDev | Flux1KontextMaxOutpaint | Flux1Redux | GoogleGeminiCreate |
            GoogleGeminiEdit | GoogleImagenCreate | GoogleVeoVideoCreate | GrokImageCreate |
            GrokImageEdit | GrokVideoCreate | HailuoVideoCreate | HiDreamE1Full | HiDreamI1Full |
            HyperLoRA | KlingO3VideoCreate | KlingV3VideoCreate | KlingVideoCreate | Midjourney |
            OpenAIGptImage1Create | OpenAIGptImage1Edit | OpenAISoraVideoCreate | QwenCreate |
            QwenEdit | QwenEditOutpaint | RMBG | RunwayVideoCreate | SD | SDXL | Seedance15VideoCreate
            | SeedanceVideoCreate | Seededit | Seedream | Supir | TopazUpscale | Upscale |
            Wan22VideoCreate | Wan26VideoCreate | ZImageTurbo): Body of generate; one provider variant
            chosen by its integer `__type` (section 4.1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AudioSourceSeparationMDX
    | Clarity
    | Flux1Dev
    | Flux1FillInpaint
    | Flux1FillOutpaint
    | Flux1KontextDev
    | Flux1KontextMaxOutpaint
    | Flux1Redux
    | GoogleGeminiCreate
    | GoogleGeminiEdit
    | GoogleImagenCreate
    | GoogleVeoVideoCreate
    | GrokImageCreate
    | GrokImageEdit
    | GrokVideoCreate
    | HailuoVideoCreate
    | HiDreamE1Full
    | HiDreamI1Full
    | HyperLoRA
    | KlingO3VideoCreate
    | KlingV3VideoCreate
    | KlingVideoCreate
    | Midjourney
    | OpenAIGptImage1Create
    | OpenAIGptImage1Edit
    | OpenAISoraVideoCreate
    | QwenCreate
    | QwenEdit
    | QwenEditOutpaint
    | RMBG
    | RunwayVideoCreate
    | SD
    | SDXL
    | Seedance15VideoCreate
    | SeedanceVideoCreate
    | Seededit
    | Seedream
    | Supir
    | TopazUpscale
    | Upscale
    | Wan22VideoCreate
    | Wan26VideoCreate
    | ZImageTurbo,
) -> Response[ErrorEnvelope | TaskEnvelope]:
    """Create an image, video or audio generation task (any provider __type).

     The body is one provider variant chosen by the integer `__type` (section 4.1). Poll task status with
    the returned `data.taskId` until it is 100 (Succeeded) or 200 (Failed), then read the task. With
    `CompletionCallbackUrl` the server also POSTs a CallbackPayload there when the task ends (fire-and-
    forget, no retries).

    Args:
        body (AudioSourceSeparationMDX | Clarity | Flux1Dev | Flux1FillInpaint | Flux1FillOutpaint
            | Flux1KontextDev | Flux1KontextMaxOutpaint | Flux1Redux | GoogleGeminiCreate |
            GoogleGeminiEdit | GoogleImagenCreate | GoogleVeoVideoCreate | GrokImageCreate |
            GrokImageEdit | GrokVideoCreate | HailuoVideoCreate | HiDreamE1Full | HiDreamI1Full |
            HyperLoRA | KlingO3VideoCreate | KlingV3VideoCreate | KlingVideoCreate | Midjourney |
            OpenAIGptImage1Create | OpenAIGptImage1Edit | OpenAISoraVideoCreate | QwenCreate |
            QwenEdit | QwenEditOutpaint | RMBG | RunwayVideoCreate | SD | SDXL | Seedance15VideoCreate
            | SeedanceVideoCreate | Seededit | Seedream | Supir | TopazUpscale | Upscale |
            Wan22VideoCreate | Wan26VideoCreate | ZImageTurbo): Body of generate; one provider variant
            chosen by its integer `__type` (section 4.1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AudioSourceSeparationMDX
    | Clarity
    | Flux1Dev
    | Flux1FillInpaint
    | Flux1FillOutpaint
    | Flux1KontextDev
    | Flux1KontextMaxOutpaint
    | Flux1Redux
    | GoogleGeminiCreate
    | GoogleGeminiEdit
    | GoogleImagenCreate
    | GoogleVeoVideoCreate
    | GrokImageCreate
    | GrokImageEdit
    | GrokVideoCreate
    | HailuoVideoCreate
    | HiDreamE1Full
    | HiDreamI1Full
    | HyperLoRA
    | KlingO3VideoCreate
    | KlingV3VideoCreate
    | KlingVideoCreate
    | Midjourney
    | OpenAIGptImage1Create
    | OpenAIGptImage1Edit
    | OpenAISoraVideoCreate
    | QwenCreate
    | QwenEdit
    | QwenEditOutpaint
    | RMBG
    | RunwayVideoCreate
    | SD
    | SDXL
    | Seedance15VideoCreate
    | SeedanceVideoCreate
    | Seededit
    | Seedream
    | Supir
    | TopazUpscale
    | Upscale
    | Wan22VideoCreate
    | Wan26VideoCreate
    | ZImageTurbo,
) -> ErrorEnvelope | TaskEnvelope | None:
    """Create an image, video or audio generation task (any provider __type).

     The body is one provider variant chosen by the integer `__type` (section 4.1). Poll task status with
    the returned `data.taskId` until it is 100 (Succeeded) or 200 (Failed), then read the task. With
    `CompletionCallbackUrl` the server also POSTs a CallbackPayload there when the task ends (fire-and-
    forget, no retries).

    Args:
        body (AudioSourceSeparationMDX | Clarity | Flux1Dev | Flux1FillInpaint | Flux1FillOutpaint
            | Flux1KontextDev | Flux1KontextMaxOutpaint | Flux1Redux | GoogleGeminiCreate |
            GoogleGeminiEdit | GoogleImagenCreate | GoogleVeoVideoCreate | GrokImageCreate |
            GrokImageEdit | GrokVideoCreate | HailuoVideoCreate | HiDreamE1Full | HiDreamI1Full |
            HyperLoRA | KlingO3VideoCreate | KlingV3VideoCreate | KlingVideoCreate | Midjourney |
            OpenAIGptImage1Create | OpenAIGptImage1Edit | OpenAISoraVideoCreate | QwenCreate |
            QwenEdit | QwenEditOutpaint | RMBG | RunwayVideoCreate | SD | SDXL | Seedance15VideoCreate
            | SeedanceVideoCreate | Seededit | Seedream | Supir | TopazUpscale | Upscale |
            Wan22VideoCreate | Wan26VideoCreate | ZImageTurbo): Body of generate; one provider variant
            chosen by its integer `__type` (section 4.1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
