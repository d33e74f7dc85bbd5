from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.outpaint_endpoint_flux_1_fill_outpaint import (
    OutpaintEndpointFlux1FillOutpaint,
)
from ...models.outpaint_endpoint_flux_1_kontext_max_outpaint import (
    OutpaintEndpointFlux1KontextMaxOutpaint,
)
from ...models.outpaint_endpoint_qwen_edit_outpaint import (
    OutpaintEndpointQwenEditOutpaint,
)
from ...models.task_envelope import TaskEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: OutpaintEndpointFlux1FillOutpaint
    | OutpaintEndpointFlux1KontextMaxOutpaint
    | OutpaintEndpointQwenEditOutpaint,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/integration/imaging/outpaint",
    }

    if isinstance(body, OutpaintEndpointFlux1FillOutpaint) or isinstance(
        body, OutpaintEndpointQwenEditOutpaint
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TaskEnvelope | None:
    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if 200 <= response.status_code <= 299:
        response_2xx = TaskEnvelope.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | TaskEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OutpaintEndpointFlux1FillOutpaint
    | OutpaintEndpointFlux1KontextMaxOutpaint
    | OutpaintEndpointQwenEditOutpaint,
) -> Response[ErrorEnvelope | TaskEnvelope]:
    """Extend image boundaries (__type 20, 25, 26).

     Required here besides Prompt and __type are `Width`, `Height` and `InputMediaIds` or
    `InputMediaExternalUrls`.

    Args:
        body (OutpaintEndpointFlux1FillOutpaint | OutpaintEndpointFlux1KontextMaxOutpaint |
            OutpaintEndpointQwenEditOutpaint): Body of outpaint and reframe; __type 20, 25 or 26, with
            Width and Height required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskEnvelope]
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
    body: OutpaintEndpointFlux1FillOutpaint
    | OutpaintEndpointFlux1KontextMaxOutpaint
    | OutpaintEndpointQwenEditOutpaint,
) -> ErrorEnvelope | TaskEnvelope | None:
    """Extend image boundaries (__type 20, 25, 26).

     Required here besides Prompt and __type are `Width`, `Height` and `InputMediaIds` or
    `InputMediaExternalUrls`.

    Args:
        body (OutpaintEndpointFlux1FillOutpaint | OutpaintEndpointFlux1KontextMaxOutpaint |
            OutpaintEndpointQwenEditOutpaint): Body of outpaint and reframe; __type 20, 25 or 26, with
            Width and Height required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OutpaintEndpointFlux1FillOutpaint
    | OutpaintEndpointFlux1KontextMaxOutpaint
    | OutpaintEndpointQwenEditOutpaint,
) -> Response[ErrorEnvelope | TaskEnvelope]:
    """Extend image boundaries (__type 20, 25, 26).

     Required here besides Prompt and __type are `Width`, `Height` and `InputMediaIds` or
    `InputMediaExternalUrls`.

    Args:
        body (OutpaintEndpointFlux1FillOutpaint | OutpaintEndpointFlux1KontextMaxOutpaint |
            OutpaintEndpointQwenEditOutpaint): Body of outpaint and reframe; __type 20, 25 or 26, with
            Width and Height required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OutpaintEndpointFlux1FillOutpaint
    | OutpaintEndpointFlux1KontextMaxOutpaint
    | OutpaintEndpointQwenEditOutpaint,
) -> ErrorEnvelope | TaskEnvelope | None:
    """Extend image boundaries (__type 20, 25, 26).

     Required here besides Prompt and __type are `Width`, `Height` and `InputMediaIds` or
    `InputMediaExternalUrls`.

    Args:
        body (OutpaintEndpointFlux1FillOutpaint | OutpaintEndpointFlux1KontextMaxOutpaint |
            OutpaintEndpointQwenEditOutpaint): Body of outpaint and reframe; __type 20, 25 or 26, with
            Width and Height required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
