from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.job_accepted_envelope import JobAcceptedEnvelope
from ...models.job_request import JobRequest
from ...types import Response


def _get_kwargs(
    *,
    body: JobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/api/jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | JobAcceptedEnvelope | None:
    if response.status_code == 201:
        response_201 = JobAcceptedEnvelope.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 502:
        response_502 = ErrorEnvelope.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | JobAcceptedEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
) -> Response[ErrorEnvelope | JobAcceptedEnvelope]:
    """Start a new generation job request.

     Store the returned `job_id` and reuse it for status checks and step requests. `Seele02-pro` and the
    `unreal`
    engine are available to subscription users only; otherwise the request returns 403.

    Args:
        body (JobRequest): Body of create job and of create job step (the document lists the same
            fields for both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobAcceptedEnvelope]
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
    body: JobRequest,
) -> ErrorEnvelope | JobAcceptedEnvelope | None:
    """Start a new generation job request.

     Store the returned `job_id` and reuse it for status checks and step requests. `Seele02-pro` and the
    `unreal`
    engine are available to subscription users only; otherwise the request returns 403.

    Args:
        body (JobRequest): Body of create job and of create job step (the document lists the same
            fields for both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | JobAcceptedEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
) -> Response[ErrorEnvelope | JobAcceptedEnvelope]:
    """Start a new generation job request.

     Store the returned `job_id` and reuse it for status checks and step requests. `Seele02-pro` and the
    `unreal`
    engine are available to subscription users only; otherwise the request returns 403.

    Args:
        body (JobRequest): Body of create job and of create job step (the document lists the same
            fields for both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobAcceptedEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
) -> ErrorEnvelope | JobAcceptedEnvelope | None:
    """Start a new generation job request.

     Store the returned `job_id` and reuse it for status checks and step requests. `Seele02-pro` and the
    `unreal`
    engine are available to subscription users only; otherwise the request returns 403.

    Args:
        body (JobRequest): Body of create job and of create job step (the document lists the same
            fields for both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | JobAcceptedEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
