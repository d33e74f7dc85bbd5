from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.job_accepted_envelope import JobAcceptedEnvelope
from ...models.job_request import JobRequest
from ...types import Response


def _get_kwargs(
    job_id: str,
    *,
    body: JobRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/api/jobs/{job_id}/steps".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | JobAcceptedEnvelope | None:
    if response.status_code == 200:
        response_200 = JobAcceptedEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
) -> Response[ErrorEnvelope | JobAcceptedEnvelope]:
    """Send a follow-up prompt step for an existing job.

     If the job is still processing, the API answers 409 `JOB_ALREADY_PROCESSING` instead of accepting
    the step.

    Args:
        job_id (str):
        body (JobRequest): Body of create job and of create job step (the document lists the same
            fields for both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobAcceptedEnvelope]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
) -> ErrorEnvelope | JobAcceptedEnvelope | None:
    """Send a follow-up prompt step for an existing job.

     If the job is still processing, the API answers 409 `JOB_ALREADY_PROCESSING` instead of accepting
    the step.

    Args:
        job_id (str):
        body (JobRequest): Body of create job and of create job step (the document lists the same
            fields for both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | JobAcceptedEnvelope
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
) -> Response[ErrorEnvelope | JobAcceptedEnvelope]:
    """Send a follow-up prompt step for an existing job.

     If the job is still processing, the API answers 409 `JOB_ALREADY_PROCESSING` instead of accepting
    the step.

    Args:
        job_id (str):
        body (JobRequest): Body of create job and of create job step (the document lists the same
            fields for both).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | JobAcceptedEnvelope]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JobRequest,
) -> ErrorEnvelope | JobAcceptedEnvelope | None:
    """Send a follow-up prompt step for an existing job.

     If the job is still processing, the API answers 409 `JOB_ALREADY_PROCESSING` instead of accepting
    the step.

    Args:
        job_id (str):
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
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
