from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_model_envelope import AiModelEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.import_model_request import ImportModelRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ImportModelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/integration/models",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AiModelEnvelope | ErrorEnvelope | None:
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

    if 200 <= response.status_code <= 299:
        response_2xx = AiModelEnvelope.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AiModelEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportModelRequest,
) -> Response[AiModelEnvelope | ErrorEnvelope]:
    """Import an AI model (LoRA) from CivitAI or a URL.

     All fields are optional, but at least `CivitaiModelVersionId` or `Url` must be given. The imported
    model's `id` is what TaskModels[].ModelId takes.

    Args:
        body (ImportModelRequest): Section 11.8; at least CivitaiModelVersionId or Url.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiModelEnvelope | ErrorEnvelope]
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
    body: ImportModelRequest,
) -> AiModelEnvelope | ErrorEnvelope | None:
    """Import an AI model (LoRA) from CivitAI or a URL.

     All fields are optional, but at least `CivitaiModelVersionId` or `Url` must be given. The imported
    model's `id` is what TaskModels[].ModelId takes.

    Args:
        body (ImportModelRequest): Section 11.8; at least CivitaiModelVersionId or Url.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiModelEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ImportModelRequest,
) -> Response[AiModelEnvelope | ErrorEnvelope]:
    """Import an AI model (LoRA) from CivitAI or a URL.

     All fields are optional, but at least `CivitaiModelVersionId` or `Url` must be given. The imported
    model's `id` is what TaskModels[].ModelId takes.

    Args:
        body (ImportModelRequest): Section 11.8; at least CivitaiModelVersionId or Url.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiModelEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ImportModelRequest,
) -> AiModelEnvelope | ErrorEnvelope | None:
    """Import an AI model (LoRA) from CivitAI or a URL.

     All fields are optional, but at least `CivitaiModelVersionId` or `Url` must be given. The imported
    model's `id` is what TaskModels[].ModelId takes.

    Args:
        body (ImportModelRequest): Section 11.8; at least CivitaiModelVersionId or Url.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiModelEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
