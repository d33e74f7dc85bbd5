from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.price_quote import PriceQuote
from ...types import UNSET, Response, Unset


def _get_kwargs(
    tool_id: str,
    *,
    duration: float | Unset = UNSET,
    num_images: int | Unset = UNSET,
    steps: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["duration"] = duration

    params["num_images"] = num_images

    params["steps"] = steps

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/gateway/price/{tool_id}".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PriceQuote | None:
    if response.status_code == 200:
        response_200 = PriceQuote.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | PriceQuote]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    duration: float | Unset = UNSET,
    num_images: int | Unset = UNSET,
    steps: int | Unset = UNSET,
) -> Response[ErrorResponse | PriceQuote]:
    """Pre-price one invocation of a tool (USD, credits, USDC units).

     Step 3 of the seed's workflow (optional). Query parameters stand in for the input fields that drive
    per-unit pricing, e.g. `?duration=8` for a per-second video tool.

    Args:
        tool_id (str):
        duration (float | Unset):
        num_images (int | Unset):
        steps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PriceQuote]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        duration=duration,
        num_images=num_images,
        steps=steps,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    duration: float | Unset = UNSET,
    num_images: int | Unset = UNSET,
    steps: int | Unset = UNSET,
) -> ErrorResponse | PriceQuote | None:
    """Pre-price one invocation of a tool (USD, credits, USDC units).

     Step 3 of the seed's workflow (optional). Query parameters stand in for the input fields that drive
    per-unit pricing, e.g. `?duration=8` for a per-second video tool.

    Args:
        tool_id (str):
        duration (float | Unset):
        num_images (int | Unset):
        steps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PriceQuote
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
        duration=duration,
        num_images=num_images,
        steps=steps,
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    duration: float | Unset = UNSET,
    num_images: int | Unset = UNSET,
    steps: int | Unset = UNSET,
) -> Response[ErrorResponse | PriceQuote]:
    """Pre-price one invocation of a tool (USD, credits, USDC units).

     Step 3 of the seed's workflow (optional). Query parameters stand in for the input fields that drive
    per-unit pricing, e.g. `?duration=8` for a per-second video tool.

    Args:
        tool_id (str):
        duration (float | Unset):
        num_images (int | Unset):
        steps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PriceQuote]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        duration=duration,
        num_images=num_images,
        steps=steps,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient,
    duration: float | Unset = UNSET,
    num_images: int | Unset = UNSET,
    steps: int | Unset = UNSET,
) -> ErrorResponse | PriceQuote | None:
    """Pre-price one invocation of a tool (USD, credits, USDC units).

     Step 3 of the seed's workflow (optional). Query parameters stand in for the input fields that drive
    per-unit pricing, e.g. `?duration=8` for a per-second video tool.

    Args:
        tool_id (str):
        duration (float | Unset):
        num_images (int | Unset):
        steps (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PriceQuote
    """

    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
            duration=duration,
            num_images=num_images,
            steps=steps,
        )
    ).parsed
