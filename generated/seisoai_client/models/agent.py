from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_endpoints import AgentEndpoints
    from ..models.agent_tool import AgentTool
    from ..models.agent_x402 import AgentX402


T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """
    Attributes:
        agent_id (str):
        name (str):
        tools (list[AgentTool]):
        description (str | Unset):
        type_ (str | Unset):
        owner (str | Unset):
        created_at (datetime.datetime | Unset):
        tool_count (int | Unset):
        endpoints (AgentEndpoints | Unset):
        x402 (AgentX402 | Unset):
        agent_uri (str | Unset): The agent's ERC-8004 registration URI.
    """

    agent_id: str
    name: str
    tools: list[AgentTool]
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    owner: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    tool_count: int | Unset = UNSET
    endpoints: AgentEndpoints | Unset = UNSET
    x402: AgentX402 | Unset = UNSET
    agent_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        name = self.name

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        description = self.description

        type_ = self.type_

        owner = self.owner

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        tool_count = self.tool_count

        endpoints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = self.endpoints.to_dict()

        x402: dict[str, Any] | Unset = UNSET
        if not isinstance(self.x402, Unset):
            x402 = self.x402.to_dict()

        agent_uri = self.agent_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentId": agent_id,
                "name": name,
                "tools": tools,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if owner is not UNSET:
            field_dict["owner"] = owner
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if tool_count is not UNSET:
            field_dict["toolCount"] = tool_count
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if x402 is not UNSET:
            field_dict["x402"] = x402
        if agent_uri is not UNSET:
            field_dict["agentURI"] = agent_uri

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_endpoints import AgentEndpoints
        from ..models.agent_tool import AgentTool
        from ..models.agent_x402 import AgentX402

        d = dict(src_dict)
        agent_id = d.pop("agentId")

        name = d.pop("name")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = AgentTool.from_dict(tools_item_data)

            tools.append(tools_item)

        description = d.pop("description", UNSET)

        type_ = d.pop("type", UNSET)

        owner = d.pop("owner", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        tool_count = d.pop("toolCount", UNSET)

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: AgentEndpoints | Unset
        if isinstance(_endpoints, Unset):
            endpoints = UNSET
        else:
            endpoints = AgentEndpoints.from_dict(_endpoints)

        _x402 = d.pop("x402", UNSET)
        x402: AgentX402 | Unset
        if isinstance(_x402, Unset):
            x402 = UNSET
        else:
            x402 = AgentX402.from_dict(_x402)

        agent_uri = d.pop("agentURI", UNSET)

        agent = cls(
            agent_id=agent_id,
            name=name,
            tools=tools,
            description=description,
            type_=type_,
            owner=owner,
            created_at=created_at,
            tool_count=tool_count,
            endpoints=endpoints,
            x402=x402,
            agent_uri=agent_uri,
        )

        agent.additional_properties = d
        return agent

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
