from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool import McpTool


T = TypeVar("T", bound="McpManifest")


@_attrs_define
class McpManifest:
    """
    Attributes:
        name (str):
        tools (list[McpTool]):
        version (str | Unset):
        description (str | Unset):
        agent_id (str | Unset):
    """

    name: str
    tools: list[McpTool]
    version: str | Unset = UNSET
    description: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        version = self.version

        description = self.description

        agent_id = self.agent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "tools": tools,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if description is not UNSET:
            field_dict["description"] = description
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mcp_tool import McpTool

        d = dict(src_dict)
        name = d.pop("name")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = McpTool.from_dict(tools_item_data)

            tools.append(tools_item)

        version = d.pop("version", UNSET)

        description = d.pop("description", UNSET)

        agent_id = d.pop("agentId", UNSET)

        mcp_manifest = cls(
            name=name,
            tools=tools,
            version=version,
            description=description,
            agent_id=agent_id,
        )

        mcp_manifest.additional_properties = d
        return mcp_manifest

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
