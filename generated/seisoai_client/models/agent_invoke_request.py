from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentInvokeRequest")


@_attrs_define
class AgentInvokeRequest:
    """toolId, an optional webhookUrl and, beside them, the tool's input fields.

    Attributes:
        tool_id (str): One of the agent's tool ids.
        webhook_url (str | Unset): Where to POST generation.completed / generation.failed.
    """

    tool_id: str
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "toolId": tool_id,
            }
        )
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tool_id = d.pop("toolId")

        webhook_url = d.pop("webhookUrl", UNSET)

        agent_invoke_request = cls(
            tool_id=tool_id,
            webhook_url=webhook_url,
        )

        agent_invoke_request.additional_properties = d
        return agent_invoke_request

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
