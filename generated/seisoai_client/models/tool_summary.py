from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_mode import ExecutionMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_summary_pricing import ToolSummaryPricing


T = TypeVar("T", bound="ToolSummary")


@_attrs_define
class ToolSummary:
    """
    Attributes:
        id (str):
        name (str):
        execution_mode (ExecutionMode): sync answers with the result; queue answers with a job to poll.
        pricing (ToolSummaryPricing):
        description (str | Unset):
        category (str | Unset):
        tags (list[str] | Unset):
        enabled (bool | Unset):
        version (str | Unset):
    """

    id: str
    name: str
    execution_mode: ExecutionMode
    pricing: ToolSummaryPricing
    description: str | Unset = UNSET
    category: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    enabled: bool | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        execution_mode = self.execution_mode.value

        pricing = self.pricing.to_dict()

        description = self.description

        category = self.category

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        enabled = self.enabled

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "executionMode": execution_mode,
                "pricing": pricing,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if tags is not UNSET:
            field_dict["tags"] = tags
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_summary_pricing import ToolSummaryPricing

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        execution_mode = ExecutionMode(d.pop("executionMode"))

        pricing = ToolSummaryPricing.from_dict(d.pop("pricing"))

        description = d.pop("description", UNSET)

        category = d.pop("category", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        enabled = d.pop("enabled", UNSET)

        version = d.pop("version", UNSET)

        tool_summary = cls(
            id=id,
            name=name,
            execution_mode=execution_mode,
            pricing=pricing,
            description=description,
            category=category,
            tags=tags,
            enabled=enabled,
            version=version,
        )

        tool_summary.additional_properties = d
        return tool_summary

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
