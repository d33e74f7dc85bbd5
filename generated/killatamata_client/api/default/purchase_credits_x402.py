from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.payment_required import PaymentRequired
from ...models.x402_purchase import X402Purchase
from ...models.x402_purchase_request import X402PurchaseRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: X402PurchaseRequest,
    x_idempotency_key: str | Unset = UNSET,
    payment_signature: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_idempotency_key, Unset):
        headers["X-Idempotency-Key"] = x_idempotency_key

    if not isinstance(payment_signature, Unset):
        headers["PAYMENT-SIGNATURE"] = payment_signature

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/credits/purchase/x402",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PaymentRequired | X402Purchase | None:
    if response.status_code == 200:
        response_200 = X402Purchase.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = PaymentRequired.from_dict(response.json())

        return response_402

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[ErrorResponse | PaymentRequired | X402Purchase]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: X402PurchaseRequest,
    x_idempotency_key: str | Unset = UNSET,
    payment_signature: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentRequired | X402Purchase]:
    """Purchase prepaid $ credits with an x402 payment.

     Without a `PAYMENT-SIGNATURE` header (or with one that cannot be verified or settled) the answer is
    402 with the x402 v2 challenge: a `PAYMENT-REQUIRED` header (base64 JSON PaymentRequired) and the
    same JSON as the body. Sign one of its `accepts` entries and send the request again with `PAYMENT-
    SIGNATURE` (base64 JSON PaymentPayload); a 200 carries `PAYMENT-RESPONSE` (base64 JSON
    SettlementResponse).

    Args:
        x_idempotency_key (str | Unset):
        payment_signature (str | Unset):
        body (X402PurchaseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentRequired | X402Purchase]
    """

    kwargs = _get_kwargs(
        body=body,
        x_idempotency_key=x_idempotency_key,
        payment_signature=payment_signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: X402PurchaseRequest,
    x_idempotency_key: str | Unset = UNSET,
    payment_signature: str | Unset = UNSET,
) -> ErrorResponse | PaymentRequired | X402Purchase | None:
    """Purchase prepaid $ credits with an x402 payment.

     Without a `PAYMENT-SIGNATURE` header (or with one that cannot be verified or settled) the answer is
    402 with the x402 v2 challenge: a `PAYMENT-REQUIRED` header (base64 JSON PaymentRequired) and the
    same JSON as the body. Sign one of its `accepts` entries and send the request again with `PAYMENT-
    SIGNATURE` (base64 JSON PaymentPayload); a 200 carries `PAYMENT-RESPONSE` (base64 JSON
    SettlementResponse).

    Args:
        x_idempotency_key (str | Unset):
        payment_signature (str | Unset):
        body (X402PurchaseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentRequired | X402Purchase
    """

    return sync_detailed(
        client=client,
        body=body,
        x_idempotency_key=x_idempotency_key,
        payment_signature=payment_signature,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: X402PurchaseRequest,
    x_idempotency_key: str | Unset = UNSET,
    payment_signature: str | Unset = UNSET,
) -> Response[ErrorResponse | PaymentRequired | X402Purchase]:
    """Purchase prepaid $ credits with an x402 payment.

     Without a `PAYMENT-SIGNATURE` header (or with one that cannot be verified or settled) the answer is
    402 with the x402 v2 challenge: a `PAYMENT-REQUIRED` header (base64 JSON PaymentRequired) and the
    same JSON as the body. Sign one of its `accepts` entries and send the request again with `PAYMENT-
    SIGNATURE` (base64 JSON PaymentPayload); a 200 carries `PAYMENT-RESPONSE` (base64 JSON
    SettlementResponse).

    Args:
        x_idempotency_key (str | Unset):
        payment_signature (str | Unset):
        body (X402PurchaseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PaymentRequired | X402Purchase]
    """

    kwargs = _get_kwargs(
        body=body,
        x_idempotency_key=x_idempotency_key,
        payment_signature=payment_signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: X402PurchaseRequest,
    x_idempotency_key: str | Unset = UNSET,
    payment_signature: str | Unset = UNSET,
) -> ErrorResponse | PaymentRequired | X402Purchase | None:
    """Purchase prepaid $ credits with an x402 payment.

     Without a `PAYMENT-SIGNATURE` header (or with one that cannot be verified or settled) the answer is
    402 with the x402 v2 challenge: a `PAYMENT-REQUIRED` header (base64 JSON PaymentRequired) and the
    same JSON as the body. Sign one of its `accepts` entries and send the request again with `PAYMENT-
    SIGNATURE` (base64 JSON PaymentPayload); a 200 carries `PAYMENT-RESPONSE` (base64 JSON
    SettlementResponse).

    Args:
        x_idempotency_key (str | Unset):
        payment_signature (str | Unset):
        body (X402PurchaseRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PaymentRequired | X402Purchase
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_idempotency_key=x_idempotency_key,
            payment_signature=payment_signature,
        )
    ).parsed
