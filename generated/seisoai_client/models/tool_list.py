from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_category_count import ToolCategoryCount
    from ..models.tool_list_protocols import ToolListProtocols
    from ..models.tool_summary import ToolSummary


T = TypeVar("T", bound="ToolList")


@_attrs_define
class ToolList:
    """
    Attributes:
        tools (list[ToolSummary]):
        success (bool | Unset): true on success (optional in an answer).
        gateway (str | Unset):
        version (str | Unset):
        tool_count (int | Unset):
        categories (list[ToolCategoryCount] | Unset):
        protocols (ToolListProtocols | Unset): mcp, x402 and erc8004 support.
    """

    tools: list[ToolSummary]
    success: bool | Unset = UNSET
    gateway: str | Unset = UNSET
    version: str | Unset = UNSET
    tool_count: int | Unset = UNSET
    categories: list[ToolCategoryCount] | Unset = UNSET
    protocols: ToolListProtocols | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        success = self.success

        gateway = self.gateway

        version = self.version

        tool_count = self.tool_count

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        protocols: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protocols, Unset):
            protocols = self.protocols.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tools": tools,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if version is not UNSET:
            field_dict["version"] = version
        if tool_count is not UNSET:
            field_dict["toolCount"] = tool_count
        if categories is not UNSET:
            field_dict["categories"] = categories
        if protocols is not UNSET:
            field_dict["protocols"] = protocols

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_category_count import ToolCategoryCount
        from ..models.tool_list_protocols import ToolListProtocols
        from ..models.tool_summary import ToolSummary

        d = dict(src_dict)
        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ToolSummary.from_dict(tools_item_data)

            tools.append(tools_item)

        success = d.pop("success", UNSET)

        gateway = d.pop("gateway", UNSET)

        version = d.pop("version", UNSET)

        tool_count = d.pop("toolCount", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[ToolCategoryCount] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = ToolCategoryCount.from_dict(categories_item_data)

                categories.append(categories_item)

        _protocols = d.pop("protocols", UNSET)
        protocols: ToolListProtocols | Unset
        if isinstance(_protocols, Unset):
            protocols = UNSET
        else:
            protocols = ToolListProtocols.from_dict(_protocols)

        tool_list = cls(
            tools=tools,
            success=success,
            gateway=gateway,
            version=version,
            tool_count=tool_count,
            categories=categories,
            protocols=protocols,
        )

        tool_list.additional_properties = d
        return tool_list

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
