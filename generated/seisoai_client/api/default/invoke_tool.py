from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.insufficient_credits import InsufficientCredits
from ...models.invoke_queue_response import InvokeQueueResponse
from ...models.invoke_sync_response import InvokeSyncResponse
from ...models.invoke_tool_request import InvokeToolRequest
from ...models.payment_refused import PaymentRefused
from ...models.validation_error import ValidationError
from ...models.x402_challenge import X402Challenge
from ...types import Response


def _get_kwargs(
    tool_id: str,
    *,
    body: InvokeToolRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/gateway/invoke/{tool_id}".format(
            tool_id=quote(str(tool_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | InvokeQueueResponse
    | InvokeSyncResponse
    | ValidationError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> InvokeQueueResponse | InvokeSyncResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_invoke_response_type_0 = InvokeSyncResponse.from_dict(
                    data
                )

                return componentsschemas_invoke_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_invoke_response_type_1 = InvokeQueueResponse.from_dict(
                data
            )

            return componentsschemas_invoke_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ValidationError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:

        def _parse_response_402(
            data: object,
        ) -> InsufficientCredits | PaymentRefused | X402Challenge:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_payment_required_body_type_0 = (
                    X402Challenge.from_dict(data)
                )

                return componentsschemas_payment_required_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_payment_required_body_type_1 = (
                    InsufficientCredits.from_dict(data)
                )

                return componentsschemas_payment_required_body_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_payment_required_body_type_2 = PaymentRefused.from_dict(
                data
            )

            return componentsschemas_payment_required_body_type_2

        response_402 = _parse_response_402(response.json())

        return response_402

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

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | InvokeQueueResponse
    | InvokeSyncResponse
    | ValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InvokeToolRequest,
) -> Response[
    ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | InvokeQueueResponse
    | InvokeSyncResponse
    | ValidationError
]:
    """Invoke one tool; the body is the tool's input (plus an optional webhookUrl).

     The seed's primary endpoint. A sync tool answers with its result; a queue tool answers with a job:
    poll statusUrl (get_job_status) until completed or failed, then fetch resultUrl (get_job_result). A
    queue submit that succeeded is a billable success (the x402 payment or API-key credits are taken
    server-side). Without an API key, the first call is answered 402 with the x402 challenge; sign it on
    Base and send the same request again with the payment in `payment-signature` (or `x-payment`,
    `payment`).

    Args:
        tool_id (str):
        body (InvokeToolRequest): The tool's input fields (x-tools[toolId] gives the typed input),
            plus an optional webhookUrl.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | InvokeQueueResponse | InvokeSyncResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InvokeToolRequest,
) -> (
    ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | InvokeQueueResponse
    | InvokeSyncResponse
    | ValidationError
    | None
):
    """Invoke one tool; the body is the tool's input (plus an optional webhookUrl).

     The seed's primary endpoint. A sync tool answers with its result; a queue tool answers with a job:
    poll statusUrl (get_job_status) until completed or failed, then fetch resultUrl (get_job_result). A
    queue submit that succeeded is a billable success (the x402 payment or API-key credits are taken
    server-side). Without an API key, the first call is answered 402 with the x402 challenge; sign it on
    Base and send the same request again with the payment in `payment-signature` (or `x-payment`,
    `payment`).

    Args:
        tool_id (str):
        body (InvokeToolRequest): The tool's input fields (x-tools[toolId] gives the typed input),
            plus an optional webhookUrl.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | InvokeQueueResponse | InvokeSyncResponse | ValidationError
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InvokeToolRequest,
) -> Response[
    ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | InvokeQueueResponse
    | InvokeSyncResponse
    | ValidationError
]:
    """Invoke one tool; the body is the tool's input (plus an optional webhookUrl).

     The seed's primary endpoint. A sync tool answers with its result; a queue tool answers with a job:
    poll statusUrl (get_job_status) until completed or failed, then fetch resultUrl (get_job_result). A
    queue submit that succeeded is a billable success (the x402 payment or API-key credits are taken
    server-side). Without an API key, the first call is answered 402 with the x402 challenge; sign it on
    Base and send the same request again with the payment in `payment-signature` (or `x-payment`,
    `payment`).

    Args:
        tool_id (str):
        body (InvokeToolRequest): The tool's input fields (x-tools[toolId] gives the typed input),
            plus an optional webhookUrl.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | InvokeQueueResponse | InvokeSyncResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tool_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InvokeToolRequest,
) -> (
    ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | InvokeQueueResponse
    | InvokeSyncResponse
    | ValidationError
    | None
):
    """Invoke one tool; the body is the tool's input (plus an optional webhookUrl).

     The seed's primary endpoint. A sync tool answers with its result; a queue tool answers with a job:
    poll statusUrl (get_job_status) until completed or failed, then fetch resultUrl (get_job_result). A
    queue submit that succeeded is a billable success (the x402 payment or API-key credits are taken
    server-side). Without an API key, the first call is answered 402 with the x402 challenge; sign it on
    Base and send the same request again with the payment in `payment-signature` (or `x-payment`,
    `payment`).

    Args:
        tool_id (str):
        body (InvokeToolRequest): The tool's input fields (x-tools[toolId] gives the typed input),
            plus an optional webhookUrl.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | InvokeQueueResponse | InvokeSyncResponse | ValidationError
    """

    return (
        await asyncio_detailed(
            tool_id=tool_id,
            client=client,
            body=body,
        )
    ).parsed
