from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_tool_pricing import AgentToolPricing
    from ..models.tool_input_schema import ToolInputSchema


T = TypeVar("T", bound="AgentTool")


@_attrs_define
class AgentTool:
    """
    Attributes:
        id (str):
        name (str):
        description (str | Unset):
        category (str | Unset):
        input_schema (ToolInputSchema | Unset): A tool's input schema as the registry holds it (JSON Schema, type
            object).
        pricing (AgentToolPricing | Unset):
    """

    id: str
    name: str
    description: str | Unset = UNSET
    category: str | Unset = UNSET
    input_schema: ToolInputSchema | Unset = UNSET
    pricing: AgentToolPricing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        category = self.category

        input_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = self.input_schema.to_dict()

        pricing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricing, Unset):
            pricing = self.pricing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if input_schema is not UNSET:
            field_dict["inputSchema"] = input_schema
        if pricing is not UNSET:
            field_dict["pricing"] = pricing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_tool_pricing import AgentToolPricing
        from ..models.tool_input_schema import ToolInputSchema

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        category = d.pop("category", UNSET)

        _input_schema = d.pop("inputSchema", UNSET)
        input_schema: ToolInputSchema | Unset
        if isinstance(_input_schema, Unset):
            input_schema = UNSET
        else:
            input_schema = ToolInputSchema.from_dict(_input_schema)

        _pricing = d.pop("pricing", UNSET)
        pricing: AgentToolPricing | Unset
        if isinstance(_pricing, Unset):
            pricing = UNSET
        else:
            pricing = AgentToolPricing.from_dict(_pricing)

        agent_tool = cls(
            id=id,
            name=name,
            description=description,
            category=category,
            input_schema=input_schema,
            pricing=pricing,
        )

        agent_tool.additional_properties = d
        return agent_tool

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
