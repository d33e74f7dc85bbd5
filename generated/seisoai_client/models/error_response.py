from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The gateway's error envelope; other fields depend on the error.

    Attributes:
        error (str):
        success (bool | Unset):
        tool_id (str | Unset):
        agent_id (str | Unset):
        reason (str | Unset):
        retry_after (int | Unset): Seconds, as the Retry-After header.
        available_tools (list[str] | Unset):
    """

    error: str
    success: bool | Unset = UNSET
    tool_id: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    reason: str | Unset = UNSET
    retry_after: int | Unset = UNSET
    available_tools: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        success = self.success

        tool_id = self.tool_id

        agent_id = self.agent_id

        reason = self.reason

        retry_after = self.retry_after

        available_tools: list[str] | Unset = UNSET
        if not isinstance(self.available_tools, Unset):
            available_tools = self.available_tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if tool_id is not UNSET:
            field_dict["toolId"] = tool_id
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if retry_after is not UNSET:
            field_dict["retryAfter"] = retry_after
        if available_tools is not UNSET:
            field_dict["availableTools"] = available_tools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error")

        success = d.pop("success", UNSET)

        tool_id = d.pop("toolId", UNSET)

        agent_id = d.pop("agentId", UNSET)

        reason = d.pop("reason", UNSET)

        retry_after = d.pop("retryAfter", UNSET)

        available_tools = cast(list[str], d.pop("availableTools", UNSET))

        error_response = cls(
            error=error,
            success=success,
            tool_id=tool_id,
            agent_id=agent_id,
            reason=reason,
            retry_after=retry_after,
            available_tools=available_tools,
        )

        error_response.additional_properties = d
        return error_response

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
