from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_input_schema import ToolInputSchema


T = TypeVar("T", bound="McpTool")


@_attrs_define
class McpTool:
    """
    Attributes:
        name (str): The tool id.
        input_schema (ToolInputSchema): A tool's input schema as the registry holds it (JSON Schema, type object).
        description (str | Unset):
    """

    name: str
    input_schema: ToolInputSchema
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_schema = self.input_schema.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "inputSchema": input_schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_input_schema import ToolInputSchema

        d = dict(src_dict)
        name = d.pop("name")

        input_schema = ToolInputSchema.from_dict(d.pop("inputSchema"))

        description = d.pop("description", UNSET)

        mcp_tool = cls(
            name=name,
            input_schema=input_schema,
            description=description,
        )

        mcp_tool.additional_properties = d
        return mcp_tool

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
