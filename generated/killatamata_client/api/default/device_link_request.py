from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_link_request_info import DeviceLinkRequestInfo
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    user_code: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["userCode"] = user_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/device/link/request",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceLinkRequestInfo | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeviceLinkRequestInfo.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[DeviceLinkRequestInfo | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user_code: str,
) -> Response[DeviceLinkRequestInfo | ErrorResponse]:
    """Check a link request's status by user code.

    Args:
        user_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceLinkRequestInfo | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_code=user_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_code: str,
) -> DeviceLinkRequestInfo | ErrorResponse | None:
    """Check a link request's status by user code.

    Args:
        user_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceLinkRequestInfo | ErrorResponse
    """

    return sync_detailed(
        client=client,
        user_code=user_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_code: str,
) -> Response[DeviceLinkRequestInfo | ErrorResponse]:
    """Check a link request's status by user code.

    Args:
        user_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceLinkRequestInfo | ErrorResponse]
    """

    kwargs = _get_kwargs(
        user_code=user_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_code: str,
) -> DeviceLinkRequestInfo | ErrorResponse | None:
    """Check a link request's status by user code.

    Args:
        user_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceLinkRequestInfo | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_code=user_code,
        )
    ).parsed
