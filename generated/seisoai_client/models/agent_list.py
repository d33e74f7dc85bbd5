from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_list_protocols import AgentListProtocols
    from ..models.agent_summary import AgentSummary


T = TypeVar("T", bound="AgentList")


@_attrs_define
class AgentList:
    """
    Attributes:
        agents (list[AgentSummary]):
        success (bool | Unset): true on success (optional in an answer).
        gateway (str | Unset):
        agent_count (int | Unset):
        protocols (AgentListProtocols | Unset):
    """

    agents: list[AgentSummary]
    success: bool | Unset = UNSET
    gateway: str | Unset = UNSET
    agent_count: int | Unset = UNSET
    protocols: AgentListProtocols | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agents = []
        for agents_item_data in self.agents:
            agents_item = agents_item_data.to_dict()
            agents.append(agents_item)

        success = self.success

        gateway = self.gateway

        agent_count = self.agent_count

        protocols: dict[str, Any] | Unset = UNSET
        if not isinstance(self.protocols, Unset):
            protocols = self.protocols.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agents": agents,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if agent_count is not UNSET:
            field_dict["agentCount"] = agent_count
        if protocols is not UNSET:
            field_dict["protocols"] = protocols

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_list_protocols import AgentListProtocols
        from ..models.agent_summary import AgentSummary

        d = dict(src_dict)
        agents = []
        _agents = d.pop("agents")
        for agents_item_data in _agents:
            agents_item = AgentSummary.from_dict(agents_item_data)

            agents.append(agents_item)

        success = d.pop("success", UNSET)

        gateway = d.pop("gateway", UNSET)

        agent_count = d.pop("agentCount", UNSET)

        _protocols = d.pop("protocols", UNSET)
        protocols: AgentListProtocols | Unset
        if isinstance(_protocols, Unset):
            protocols = UNSET
        else:
            protocols = AgentListProtocols.from_dict(_protocols)

        agent_list = cls(
            agents=agents,
            success=success,
            gateway=gateway,
            agent_count=agent_count,
            protocols=protocols,
        )

        agent_list.additional_properties = d
        return agent_list

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
