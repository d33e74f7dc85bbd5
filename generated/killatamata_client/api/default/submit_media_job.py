from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ace_step_job import AceStepJob
from ...models.audio_annotation_job import AudioAnnotationJob
from ...models.audio_speak_job import AudioSpeakJob
from ...models.error_response import ErrorResponse
from ...models.image_edit_job import ImageEditJob
from ...models.image_generate_job import ImageGenerateJob
from ...models.media_job_accepted import MediaJobAccepted
from ...models.moss_sound_effect_job import MossSoundEffectJob
from ...models.trellis_job import TrellisJob
from ...models.video_combine_job import VideoCombineJob
from ...models.video_generate_job import VideoGenerateJob
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AceStepJob
    | AudioAnnotationJob
    | AudioSpeakJob
    | ImageEditJob
    | ImageGenerateJob
    | MossSoundEffectJob
    | TrellisJob
    | VideoCombineJob
    | VideoGenerateJob,
    x_idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_idempotency_key, Unset):
        headers["X-Idempotency-Key"] = x_idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/media/jobs",
    }

    if (
        isinstance(body, ImageGenerateJob)
        or isinstance(body, ImageEditJob)
        or isinstance(body, VideoGenerateJob)
        or isinstance(body, VideoCombineJob)
        or isinstance(body, AudioSpeakJob)
        or isinstance(body, AudioAnnotationJob)
        or isinstance(body, AceStepJob)
        or isinstance(body, MossSoundEffectJob)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MediaJobAccepted | None:
    if response.status_code == 202:
        response_202 = MediaJobAccepted.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MediaJobAccepted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AceStepJob
    | AudioAnnotationJob
    | AudioSpeakJob
    | ImageEditJob
    | ImageGenerateJob
    | MossSoundEffectJob
    | TrellisJob
    | VideoCombineJob
    | VideoGenerateJob,
    x_idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | MediaJobAccepted]:
    """Submit a media generation request.

     One of nine tasks, each with its own `input` schema; the price is fixed at submit time and charged
    then. Poll get_media_job with the returned `jobId` for `status` and `downloadableOutputUrls`
    (download within 48 hours). Send `X-Idempotency-Key` (or the body's `idempotencyKey`) so that a
    retry cannot charge twice.

    Args:
        x_idempotency_key (str | Unset):
        body (AceStepJob | AudioAnnotationJob | AudioSpeakJob | ImageEditJob | ImageGenerateJob |
            MossSoundEffectJob | TrellisJob | VideoCombineJob | VideoGenerateJob): Body of
            submit_media_job; one task variant chosen by `task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaJobAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
        x_idempotency_key=x_idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AceStepJob
    | AudioAnnotationJob
    | AudioSpeakJob
    | ImageEditJob
    | ImageGenerateJob
    | MossSoundEffectJob
    | TrellisJob
    | VideoCombineJob
    | VideoGenerateJob,
    x_idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | MediaJobAccepted | None:
    """Submit a media generation request.

     One of nine tasks, each with its own `input` schema; the price is fixed at submit time and charged
    then. Poll get_media_job with the returned `jobId` for `status` and `downloadableOutputUrls`
    (download within 48 hours). Send `X-Idempotency-Key` (or the body's `idempotencyKey`) so that a
    retry cannot charge twice.

    Args:
        x_idempotency_key (str | Unset):
        body (AceStepJob | AudioAnnotationJob | AudioSpeakJob | ImageEditJob | ImageGenerateJob |
            MossSoundEffectJob | TrellisJob | VideoCombineJob | VideoGenerateJob): Body of
            submit_media_job; one task variant chosen by `task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaJobAccepted
    """

    return sync_detailed(
        client=client,
        body=body,
        x_idempotency_key=x_idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AceStepJob
    | AudioAnnotationJob
    | AudioSpeakJob
    | ImageEditJob
    | ImageGenerateJob
    | MossSoundEffectJob
    | TrellisJob
    | VideoCombineJob
    | VideoGenerateJob,
    x_idempotency_key: str | Unset = UNSET,
) -> Response[ErrorResponse | MediaJobAccepted]:
    """Submit a media generation request.

     One of nine tasks, each with its own `input` schema; the price is fixed at submit time and charged
    then. Poll get_media_job with the returned `jobId` for `status` and `downloadableOutputUrls`
    (download within 48 hours). Send `X-Idempotency-Key` (or the body's `idempotencyKey`) so that a
    retry cannot charge twice.

    Args:
        x_idempotency_key (str | Unset):
        body (AceStepJob | AudioAnnotationJob | AudioSpeakJob | ImageEditJob | ImageGenerateJob |
            MossSoundEffectJob | TrellisJob | VideoCombineJob | VideoGenerateJob): Body of
            submit_media_job; one task variant chosen by `task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaJobAccepted]
    """

    kwargs = _get_kwargs(
        body=body,
        x_idempotency_key=x_idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AceStepJob
    | AudioAnnotationJob
    | AudioSpeakJob
    | ImageEditJob
    | ImageGenerateJob
    | MossSoundEffectJob
    | TrellisJob
    | VideoCombineJob
    | VideoGenerateJob,
    x_idempotency_key: str | Unset = UNSET,
) -> ErrorResponse | MediaJobAccepted | None:
    """Submit a media generation request.

     One of nine tasks, each with its own `input` schema; the price is fixed at submit time and charged
    then. Poll get_media_job with the returned `jobId` for `status` and `downloadableOutputUrls`
    (download within 48 hours). Send `X-Idempotency-Key` (or the body's `idempotencyKey`) so that a
    retry cannot charge twice.

    Args:
        x_idempotency_key (str | Unset):
        body (AceStepJob | AudioAnnotationJob | AudioSpeakJob | ImageEditJob | ImageGenerateJob |
            MossSoundEffectJob | TrellisJob | VideoCombineJob | VideoGenerateJob): Body of
            submit_media_job; one task variant chosen by `task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaJobAccepted
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_idempotency_key=x_idempotency_key,
        )
    ).parsed
