from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_invoke_queue_response import AgentInvokeQueueResponse
from ...models.agent_invoke_request import AgentInvokeRequest
from ...models.agent_invoke_sync_response import AgentInvokeSyncResponse
from ...models.error_response import ErrorResponse
from ...models.insufficient_credits import InsufficientCredits
from ...models.payment_refused import PaymentRefused
from ...models.validation_error import ValidationError
from ...models.x402_challenge import X402Challenge
from ...types import Response


def _get_kwargs(
    agent_id: str,
    *,
    body: AgentInvokeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/gateway/agent/{agent_id}/invoke".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AgentInvokeQueueResponse
    | AgentInvokeSyncResponse
    | ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | ValidationError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> AgentInvokeQueueResponse | AgentInvokeSyncResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_agent_invoke_response_type_0 = (
                    AgentInvokeSyncResponse.from_dict(data)
                )

                return componentsschemas_agent_invoke_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_agent_invoke_response_type_1 = (
                AgentInvokeQueueResponse.from_dict(data)
            )

            return componentsschemas_agent_invoke_response_type_1

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
    AgentInvokeQueueResponse
    | AgentInvokeSyncResponse
    | ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | ValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentInvokeRequest,
) -> Response[
    AgentInvokeQueueResponse
    | AgentInvokeSyncResponse
    | ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | ValidationError
]:
    """Agent-scoped invoke with `toolId` in the body, beside the tool's input fields.

     Same route and rules as agent_invoke_tool, with the tool named in the body.

    Args:
        agent_id (str):
        body (AgentInvokeRequest): toolId, an optional webhookUrl and, beside them, the tool's
            input fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentInvokeQueueResponse | AgentInvokeSyncResponse | ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | ValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentInvokeRequest,
) -> (
    AgentInvokeQueueResponse
    | AgentInvokeSyncResponse
    | ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | ValidationError
    | None
):
    """Agent-scoped invoke with `toolId` in the body, beside the tool's input fields.

     Same route and rules as agent_invoke_tool, with the tool named in the body.

    Args:
        agent_id (str):
        body (AgentInvokeRequest): toolId, an optional webhookUrl and, beside them, the tool's
            input fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentInvokeQueueResponse | AgentInvokeSyncResponse | ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | ValidationError
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentInvokeRequest,
) -> Response[
    AgentInvokeQueueResponse
    | AgentInvokeSyncResponse
    | ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | ValidationError
]:
    """Agent-scoped invoke with `toolId` in the body, beside the tool's input fields.

     Same route and rules as agent_invoke_tool, with the tool named in the body.

    Args:
        agent_id (str):
        body (AgentInvokeRequest): toolId, an optional webhookUrl and, beside them, the tool's
            input fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentInvokeQueueResponse | AgentInvokeSyncResponse | ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | ValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentInvokeRequest,
) -> (
    AgentInvokeQueueResponse
    | AgentInvokeSyncResponse
    | ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | ValidationError
    | None
):
    """Agent-scoped invoke with `toolId` in the body, beside the tool's input fields.

     Same route and rules as agent_invoke_tool, with the tool named in the body.

    Args:
        agent_id (str):
        body (AgentInvokeRequest): toolId, an optional webhookUrl and, beside them, the tool's
            input fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentInvokeQueueResponse | AgentInvokeSyncResponse | ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | ValidationError
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed
