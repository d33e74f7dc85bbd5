from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.nano_banana_request import NanoBananaRequest
from ...models.task_created_envelope import TaskCreatedEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: NanoBananaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/generation/banana/i2i-banana",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TaskCreatedEnvelope:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | TaskCreatedEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TaskCreatedEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    response_default = ErrorEnvelope.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | TaskCreatedEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NanoBananaRequest,
) -> Response[ErrorEnvelope | TaskCreatedEnvelope]:
    """Nano Banana (image to image): start a generation task and receive its task_id.

     Nano Banana (model_code i2i-banana, API ID 242). Poll Task Result with the returned `data.task_id`.

    Args:
        body (NanoBananaRequest): Body of Nano Banana: the parameters wrapped in a top-level
            `data` object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TaskCreatedEnvelope]
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
    body: NanoBananaRequest,
) -> ErrorEnvelope | TaskCreatedEnvelope | None:
    """Nano Banana (image to image): start a generation task and receive its task_id.

     Nano Banana (model_code i2i-banana, API ID 242). Poll Task Result with the returned `data.task_id`.

    Args:
        body (NanoBananaRequest): Body of Nano Banana: the parameters wrapped in a top-level
            `data` object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TaskCreatedEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NanoBananaRequest,
) -> Response[ErrorEnvelope | TaskCreatedEnvelope]:
    """Nano Banana (image to image): start a generation task and receive its task_id.

     Nano Banana (model_code i2i-banana, API ID 242). Poll Task Result with the returned `data.task_id`.

    Args:
        body (NanoBananaRequest): Body of Nano Banana: the parameters wrapped in a top-level
            `data` object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TaskCreatedEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NanoBananaRequest,
) -> ErrorEnvelope | TaskCreatedEnvelope | None:
    """Nano Banana (image to image): start a generation task and receive its task_id.

     Nano Banana (model_code i2i-banana, API ID 242). Poll Task Result with the returned `data.task_id`.

    Args:
        body (NanoBananaRequest): Body of Nano Banana: the parameters wrapped in a top-level
            `data` object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TaskCreatedEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
