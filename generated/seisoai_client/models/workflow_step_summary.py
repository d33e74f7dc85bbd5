from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStepSummary")


@_attrs_define
class WorkflowStepSummary:
    """
    Attributes:
        tool_id (str | Unset):
        tool_name (str | Unset):
        description (str | Unset):
    """

    tool_id: str | Unset = UNSET
    tool_name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        tool_name = self.tool_name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_id is not UNSET:
            field_dict["toolId"] = tool_id
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tool_id = d.pop("toolId", UNSET)

        tool_name = d.pop("toolName", UNSET)

        description = d.pop("description", UNSET)

        workflow_step_summary = cls(
            tool_id=tool_id,
            tool_name=tool_name,
            description=description,
        )

        workflow_step_summary.additional_properties = d
        return workflow_step_summary

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
