from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.insufficient_credits import InsufficientCredits
from ...models.invoke_queue_response import InvokeQueueResponse
from ...models.invoke_request import InvokeRequest
from ...models.invoke_sync_response import InvokeSyncResponse
from ...models.payment_refused import PaymentRefused
from ...models.validation_error import ValidationError
from ...models.x402_challenge import X402Challenge
from ...types import Response


def _get_kwargs(
    *,
    body: InvokeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/gateway/invoke",
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
    *,
    client: AuthenticatedClient | Client,
    body: InvokeRequest,
) -> Response[
    ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | InvokeQueueResponse
    | InvokeSyncResponse
    | ValidationError
]:
    """Invoke one tool named by `toolId` in the body, beside the tool's input fields.

     The alternative to invoke_tool: `{"toolId": "...", <input fields>}`. Answers as invoke_tool.

    Args:
        body (InvokeRequest): toolId and, beside it at the top level, the tool's input fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | InvokeQueueResponse | InvokeSyncResponse | ValidationError]
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
    body: InvokeRequest,
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
    """Invoke one tool named by `toolId` in the body, beside the tool's input fields.

     The alternative to invoke_tool: `{"toolId": "...", <input fields>}`. Answers as invoke_tool.

    Args:
        body (InvokeRequest): toolId and, beside it at the top level, the tool's input fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | InvokeQueueResponse | InvokeSyncResponse | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InvokeRequest,
) -> Response[
    ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | InvokeQueueResponse
    | InvokeSyncResponse
    | ValidationError
]:
    """Invoke one tool named by `toolId` in the body, beside the tool's input fields.

     The alternative to invoke_tool: `{"toolId": "...", <input fields>}`. Answers as invoke_tool.

    Args:
        body (InvokeRequest): toolId and, beside it at the top level, the tool's input fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | InvokeQueueResponse | InvokeSyncResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InvokeRequest,
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
    """Invoke one tool named by `toolId` in the body, beside the tool's input fields.

     The alternative to invoke_tool: `{"toolId": "...", <input fields>}`. Answers as invoke_tool.

    Args:
        body (InvokeRequest): toolId and, beside it at the top level, the tool's input fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | InvokeQueueResponse | InvokeSyncResponse | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
