from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_mode import ExecutionMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_input_schema import ToolInputSchema
    from ..models.tool_pricing import ToolPricing


T = TypeVar("T", bound="ToolDefinition")


@_attrs_define
class ToolDefinition:
    """
    Attributes:
        id (str):
        name (str):
        execution_mode (ExecutionMode): sync answers with the result; queue answers with a job to poll.
        input_schema (ToolInputSchema): A tool's input schema as the registry holds it (JSON Schema, type object).
        pricing (ToolPricing): The registry's pricing (before markup), with the x402 base amount.
        description (str | Unset):
        category (str | Unset):
        fal_model (str | Unset):
        output_description (str | Unset):
        output_mime_types (list[str] | Unset):
        enabled (bool | Unset):
        tags (list[str] | Unset):
        version (str | Unset):
    """

    id: str
    name: str
    execution_mode: ExecutionMode
    input_schema: ToolInputSchema
    pricing: ToolPricing
    description: str | Unset = UNSET
    category: str | Unset = UNSET
    fal_model: str | Unset = UNSET
    output_description: str | Unset = UNSET
    output_mime_types: list[str] | Unset = UNSET
    enabled: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        execution_mode = self.execution_mode.value

        input_schema = self.input_schema.to_dict()

        pricing = self.pricing.to_dict()

        description = self.description

        category = self.category

        fal_model = self.fal_model

        output_description = self.output_description

        output_mime_types: list[str] | Unset = UNSET
        if not isinstance(self.output_mime_types, Unset):
            output_mime_types = self.output_mime_types

        enabled = self.enabled

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "executionMode": execution_mode,
                "inputSchema": input_schema,
                "pricing": pricing,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if fal_model is not UNSET:
            field_dict["falModel"] = fal_model
        if output_description is not UNSET:
            field_dict["outputDescription"] = output_description
        if output_mime_types is not UNSET:
            field_dict["outputMimeTypes"] = output_mime_types
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if tags is not UNSET:
            field_dict["tags"] = tags
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_input_schema import ToolInputSchema
        from ..models.tool_pricing import ToolPricing

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        execution_mode = ExecutionMode(d.pop("executionMode"))

        input_schema = ToolInputSchema.from_dict(d.pop("inputSchema"))

        pricing = ToolPricing.from_dict(d.pop("pricing"))

        description = d.pop("description", UNSET)

        category = d.pop("category", UNSET)

        fal_model = d.pop("falModel", UNSET)

        output_description = d.pop("outputDescription", UNSET)

        output_mime_types = cast(list[str], d.pop("outputMimeTypes", UNSET))

        enabled = d.pop("enabled", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        version = d.pop("version", UNSET)

        tool_definition = cls(
            id=id,
            name=name,
            execution_mode=execution_mode,
            input_schema=input_schema,
            pricing=pricing,
            description=description,
            category=category,
            fal_model=fal_model,
            output_description=output_description,
            output_mime_types=output_mime_types,
            enabled=enabled,
            tags=tags,
            version=version,
        )

        tool_definition.additional_properties = d
        return tool_definition

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
