from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.insufficient_credits import InsufficientCredits
from ...models.orchestrate_request import OrchestrateRequest
from ...models.orchestrate_response import OrchestrateResponse
from ...models.payment_refused import PaymentRefused
from ...models.x402_challenge import X402Challenge
from ...types import Response


def _get_kwargs(
    *,
    body: OrchestrateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/gateway/orchestrate",
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
    | OrchestrateResponse
    | None
):
    if response.status_code == 200:
        response_200 = OrchestrateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

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
) -> Response[
    ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | OrchestrateResponse
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
    body: OrchestrateRequest,
) -> Response[
    ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | OrchestrateResponse
]:
    """Plan (with an LLM) and run a multi-tool workflow from a natural-language goal.

    Args:
        body (OrchestrateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | OrchestrateResponse]
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
    body: OrchestrateRequest,
) -> (
    ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | OrchestrateResponse
    | None
):
    """Plan (with an LLM) and run a multi-tool workflow from a natural-language goal.

    Args:
        body (OrchestrateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | OrchestrateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrchestrateRequest,
) -> Response[
    ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | OrchestrateResponse
]:
    """Plan (with an LLM) and run a multi-tool workflow from a natural-language goal.

    Args:
        body (OrchestrateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | OrchestrateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrchestrateRequest,
) -> (
    ErrorResponse
    | InsufficientCredits
    | PaymentRefused
    | X402Challenge
    | OrchestrateResponse
    | None
):
    """Plan (with an LLM) and run a multi-tool workflow from a natural-language goal.

    Args:
        body (OrchestrateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InsufficientCredits | PaymentRefused | X402Challenge | OrchestrateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
