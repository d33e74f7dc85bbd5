from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price
    from ..models.webhook_ack import WebhookAck
    from ..models.x402_settlement import X402Settlement


T = TypeVar("T", bound="InvokeSyncResponse")


@_attrs_define
class InvokeSyncResponse:
    """
    Attributes:
        execution_mode (Literal['sync']):
        request_id (str): gw-<ms timestamp> unless the request carried an id.
        result (Any): fal.ai's output, passed through (images at images[0].url, video at video.url, audio at
            audio_file.url).
        success (bool | Unset): true on success.
        tool_id (str | Unset):
        tool_name (str | Unset):
        pricing (Price | Unset): The price of one invocation, markup included.
        webhook (WebhookAck | Unset): Present when a webhook URL applies to this call.
        x402 (X402Settlement | Unset): x402 settlement info the backend documents on paid answers.
    """

    execution_mode: Literal["sync"]
    request_id: str
    result: Any
    success: bool | Unset = UNSET
    tool_id: str | Unset = UNSET
    tool_name: str | Unset = UNSET
    pricing: Price | Unset = UNSET
    webhook: WebhookAck | Unset = UNSET
    x402: X402Settlement | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_mode = self.execution_mode

        request_id = self.request_id

        result = self.result

        success = self.success

        tool_id = self.tool_id

        tool_name = self.tool_name

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        x402: dict[str, Any] | Unset = UNSET
        if not isinstance(self.x402, Unset):
            x402 = self.x402.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executionMode": execution_mode,
                "requestId": request_id,
                "result": result,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if tool_id is not UNSET:
            field_dict["toolId"] = tool_id
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if x402 is not UNSET:
            field_dict["x402"] = x402

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.price import Price
        from ..models.webhook_ack import WebhookAck
        from ..models.x402_settlement import X402Settlement

        d = dict(src_dict)
        execution_mode = cast(Literal["sync"], d.pop("executionMode"))
        if execution_mode != "sync":
            raise ValueError(
                f"executionMode must match const 'sync', got '{execution_mode}'"
            )

        request_id = d.pop("requestId")

        result = d.pop("result")

        success = d.pop("success", UNSET)

        tool_id = d.pop("toolId", UNSET)

        tool_name = d.pop("toolName", UNSET)

        _pricing = d.pop("pricing", UNSET)
        pricing: Price | Unset
        if isinstance(_pricing, Unset):
            pricing = UNSET
        else:
            pricing = Price.from_dict(_pricing)

        _webhook = d.pop("webhook", UNSET)
        webhook: WebhookAck | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = WebhookAck.from_dict(_webhook)

        _x402 = d.pop("x402", UNSET)
        x402: X402Settlement | Unset
        if isinstance(_x402, Unset):
            x402 = UNSET
        else:
            x402 = X402Settlement.from_dict(_x402)

        invoke_sync_response = cls(
            execution_mode=execution_mode,
            request_id=request_id,
            result=result,
            success=success,
            tool_id=tool_id,
            tool_name=tool_name,
            pricing=pricing,
            webhook=webhook,
            x402=x402,
        )

        invoke_sync_response.additional_properties = d
        return invoke_sync_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
