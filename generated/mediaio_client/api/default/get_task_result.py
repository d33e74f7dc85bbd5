from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.task_result_envelope import TaskResultEnvelope
from ...models.task_result_request import TaskResultRequest
from ...types import Response


def _get_kwargs(
    task_id: str,
    *,
    body: TaskResultRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/generation/result/{task_id}".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TaskResultEnvelope:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | TaskResultEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TaskResultEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | TaskResultEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskResultRequest,
) -> Response[ErrorEnvelope | TaskResultEnvelope]:
    """Query a generation task's status and result by task_id.

     Task Result (model_code generation-result, API ID 197). POST, not GET; the task id is a path
    parameter and the body is `{}`. Poll until status is terminal (completed/succeeded, failed,
    timeout), then read the output URLs from `data.result`.

    Args:
        task_id (str):
        body (TaskResultRequest): Body of Task Result: the empty object `{}` (task_id travels in
            the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TaskResultEnvelope]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskResultRequest,
) -> ErrorEnvelope | TaskResultEnvelope | None:
    """Query a generation task's status and result by task_id.

     Task Result (model_code generation-result, API ID 197). POST, not GET; the task id is a path
    parameter and the body is `{}`. Poll until status is terminal (completed/succeeded, failed,
    timeout), then read the output URLs from `data.result`.

    Args:
        task_id (str):
        body (TaskResultRequest): Body of Task Result: the empty object `{}` (task_id travels in
            the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TaskResultEnvelope
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskResultRequest,
) -> Response[ErrorEnvelope | TaskResultEnvelope]:
    """Query a generation task's status and result by task_id.

     Task Result (model_code generation-result, API ID 197). POST, not GET; the task id is a path
    parameter and the body is `{}`. Poll until status is terminal (completed/succeeded, failed,
    timeout), then read the output URLs from `data.result`.

    Args:
        task_id (str):
        body (TaskResultRequest): Body of Task Result: the empty object `{}` (task_id travels in
            the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TaskResultEnvelope]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskResultRequest,
) -> ErrorEnvelope | TaskResultEnvelope | None:
    """Query a generation task's status and result by task_id.

     Task Result (model_code generation-result, API ID 197). POST, not GET; the task id is a path
    parameter and the body is `{}`. Poll until status is terminal (completed/succeeded, failed,
    timeout), then read the output URLs from `data.result`.

    Args:
        task_id (str):
        body (TaskResultRequest): Body of Task Result: the empty object `{}` (task_id travels in
            the path).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TaskResultEnvelope
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed
