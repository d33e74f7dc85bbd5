from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.tool_list import ToolList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    category: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    enabled: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["category"] = category

    params["tag"] = tag

    params["enabled"] = enabled

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/gateway/tools",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ToolList | None:
    if response.status_code == 200:
        response_200 = ToolList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[ErrorResponse | ToolList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    category: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    enabled: str | Unset = UNSET,
) -> Response[ErrorResponse | ToolList]:
    """Discover the live tool registry (summaries with pricing).

     Step 1 of the seed's agent-first workflow: discover live tools, then fetch each selected tool's
    exact schema with get_tool. Do not rely on static tool lists when the live registry is available.

    Args:
        q (str | Unset):
        category (str | Unset):
        tag (str | Unset):
        enabled (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ToolList]
    """

    kwargs = _get_kwargs(
        q=q,
        category=category,
        tag=tag,
        enabled=enabled,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    category: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    enabled: str | Unset = UNSET,
) -> ErrorResponse | ToolList | None:
    """Discover the live tool registry (summaries with pricing).

     Step 1 of the seed's agent-first workflow: discover live tools, then fetch each selected tool's
    exact schema with get_tool. Do not rely on static tool lists when the live registry is available.

    Args:
        q (str | Unset):
        category (str | Unset):
        tag (str | Unset):
        enabled (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ToolList
    """

    return sync_detailed(
        client=client,
        q=q,
        category=category,
        tag=tag,
        enabled=enabled,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    category: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    enabled: str | Unset = UNSET,
) -> Response[ErrorResponse | ToolList]:
    """Discover the live tool registry (summaries with pricing).

     Step 1 of the seed's agent-first workflow: discover live tools, then fetch each selected tool's
    exact schema with get_tool. Do not rely on static tool lists when the live registry is available.

    Args:
        q (str | Unset):
        category (str | Unset):
        tag (str | Unset):
        enabled (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ToolList]
    """

    kwargs = _get_kwargs(
        q=q,
        category=category,
        tag=tag,
        enabled=enabled,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    category: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    enabled: str | Unset = UNSET,
) -> ErrorResponse | ToolList | None:
    """Discover the live tool registry (summaries with pricing).

     Step 1 of the seed's agent-first workflow: discover live tools, then fetch each selected tool's
    exact schema with get_tool. Do not rely on static tool lists when the live registry is available.

    Args:
        q (str | Unset):
        category (str | Unset):
        tag (str | Unset):
        enabled (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ToolList
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            category=category,
            tag=tag,
            enabled=enabled,
        )
    ).parsed
