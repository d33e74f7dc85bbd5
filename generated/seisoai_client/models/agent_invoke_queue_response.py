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


T = TypeVar("T", bound="AgentInvokeQueueResponse")


@_attrs_define
class AgentInvokeQueueResponse:
    """A queue agent-scoped answer.

    Attributes:
        success (Literal[True]):
        tool_id (str):
        tool_name (str):
        execution_mode (Literal['queue']):
        request_id (str):
        job (QueuedJob):
        pricing (Price): The price of one invocation, markup included.
        agent_id (str):
        agent_name (str):
        webhook (WebhookAck | Unset): Present when a webhook URL applies to this call.
    """

    success: Literal[True]
    tool_id: str
    tool_name: str
    execution_mode: Literal["queue"]
    request_id: str
    job: QueuedJob
    pricing: Price
    agent_id: str
    agent_name: str
    webhook: WebhookAck | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        tool_id = self.tool_id

        tool_name = self.tool_name

        execution_mode = self.execution_mode

        request_id = self.request_id

        job = self.job.to_dict()

        pricing = self.pricing.to_dict()

        agent_id = self.agent_id

        agent_name = self.agent_name

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "toolId": tool_id,
                "toolName": tool_name,
                "executionMode": execution_mode,
                "requestId": request_id,
                "job": job,
                "pricing": pricing,
                "agentId": agent_id,
                "agentName": agent_name,
            }
        )
        if webhook is not UNSET:
            field_dict["webhook"] = webhook

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.price import Price
        from ..models.queued_job import QueuedJob
        from ..models.webhook_ack import WebhookAck

        d = dict(src_dict)
        success = cast(Literal[True], d.pop("success"))
        if success != True:
            raise ValueError(f"success must match const True, got '{success}'")

        tool_id = d.pop("toolId")

        tool_name = d.pop("toolName")

        execution_mode = cast(Literal["queue"], d.pop("executionMode"))
        if execution_mode != "queue":
            raise ValueError(
                f"executionMode must match const 'queue', got '{execution_mode}'"
            )

        request_id = d.pop("requestId")

        job = QueuedJob.from_dict(d.pop("job"))

        pricing = Price.from_dict(d.pop("pricing"))

        agent_id = d.pop("agentId")

        agent_name = d.pop("agentName")

        _webhook = d.pop("webhook", UNSET)
        webhook: WebhookAck | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = WebhookAck.from_dict(_webhook)

        agent_invoke_queue_response = cls(
            success=success,
            tool_id=tool_id,
            tool_name=tool_name,
            execution_mode=execution_mode,
            request_id=request_id,
            job=job,
            pricing=pricing,
            agent_id=agent_id,
            agent_name=agent_name,
            webhook=webhook,
        )

        agent_invoke_queue_response.additional_properties = d
        return agent_invoke_queue_response

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
