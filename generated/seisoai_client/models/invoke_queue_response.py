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
    from ..models.queued_job import QueuedJob
    from ..models.webhook_ack import WebhookAck


T = TypeVar("T", bound="InvokeQueueResponse")


@_attrs_define
class InvokeQueueResponse:
    """
    Attributes:
        execution_mode (Literal['queue']):
        job (QueuedJob):
        success (bool | Unset): true on success.
        tool_id (str | Unset):
        tool_name (str | Unset):
        request_id (str | Unset):
        pricing (Price | Unset): The price of one invocation, markup included.
        webhook (WebhookAck | Unset): Present when a webhook URL applies to this call.
    """

    execution_mode: Literal["queue"]
    job: QueuedJob
    success: bool | Unset = UNSET
    tool_id: str | Unset = UNSET
    tool_name: str | Unset = UNSET
    request_id: str | Unset = UNSET
    pricing: Price | Unset = UNSET
    webhook: WebhookAck | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_mode = self.execution_mode

        job = self.job.to_dict()

        success = self.success

        tool_id = self.tool_id

        tool_name = self.tool_name

        request_id = self.request_id

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executionMode": execution_mode,
                "job": job,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if tool_id is not UNSET:
            field_dict["toolId"] = tool_id
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if pricing is not UNSET:
            field_dict["pricing"] = pricing
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.price import Price
        from ..models.queued_job import QueuedJob
        from ..models.webhook_ack import WebhookAck

        d = dict(src_dict)
        execution_mode = cast(Literal["queue"], d.pop("executionMode"))
        if execution_mode != "queue":
            raise ValueError(
                f"executionMode must match const 'queue', got '{execution_mode}'"
            )

        job = QueuedJob.from_dict(d.pop("job"))

        success = d.pop("success", UNSET)

        tool_id = d.pop("toolId", UNSET)

        tool_name = d.pop("toolName", UNSET)

        request_id = d.pop("requestId", UNSET)

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

        invoke_queue_response = cls(
            execution_mode=execution_mode,
            job=job,
            success=success,
            tool_id=tool_id,
            tool_name=tool_name,
            request_id=request_id,
            pricing=pricing,
            webhook=webhook,
        )

        invoke_queue_response.additional_properties = d
        return invoke_queue_response

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
