from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_media_job_include_details import GetMediaJobIncludeDetails
from ...models.media_job import MediaJob
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    job_id: str,
    include_details: GetMediaJobIncludeDetails | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["jobId"] = job_id

    json_include_details: int | Unset = UNSET
    if not isinstance(include_details, Unset):
        json_include_details = include_details.value

    params["includeDetails"] = json_include_details

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/media/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MediaJob | None:
    if response.status_code == 200:
        response_200 = MediaJob.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | MediaJob]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    include_details: GetMediaJobIncludeDetails | Unset = UNSET,
) -> Response[ErrorResponse | MediaJob]:
    """Fetch a media job's status and downloadable output URLs.

     With `includeDetails=1` the answer adds `details`: the sanitized upstream result payload, the
    persisted effective input and the input-adjustment trail.

    Args:
        job_id (str):
        include_details (GetMediaJobIncludeDetails | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaJob]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        include_details=include_details,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    include_details: GetMediaJobIncludeDetails | Unset = UNSET,
) -> ErrorResponse | MediaJob | None:
    """Fetch a media job's status and downloadable output URLs.

     With `includeDetails=1` the answer adds `details`: the sanitized upstream result payload, the
    persisted effective input and the input-adjustment trail.

    Args:
        job_id (str):
        include_details (GetMediaJobIncludeDetails | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaJob
    """

    return sync_detailed(
        client=client,
        job_id=job_id,
        include_details=include_details,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    include_details: GetMediaJobIncludeDetails | Unset = UNSET,
) -> Response[ErrorResponse | MediaJob]:
    """Fetch a media job's status and downloadable output URLs.

     With `includeDetails=1` the answer adds `details`: the sanitized upstream result payload, the
    persisted effective input and the input-adjustment trail.

    Args:
        job_id (str):
        include_details (GetMediaJobIncludeDetails | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MediaJob]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        include_details=include_details,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
    include_details: GetMediaJobIncludeDetails | Unset = UNSET,
) -> ErrorResponse | MediaJob | None:
    """Fetch a media job's status and downloadable output URLs.

     With `includeDetails=1` the answer adds `details`: the sanitized upstream result payload, the
    persisted effective input and the input-adjustment trail.

    Args:
        job_id (str):
        include_details (GetMediaJobIncludeDetails | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MediaJob
    """

    return (
        await asyncio_detailed(
            client=client,
            job_id=job_id,
            include_details=include_details,
        )
    ).parsed
