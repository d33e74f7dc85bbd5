from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentSummary")


@_attrs_define
class AgentSummary:
    """
    Attributes:
        agent_id (str):
        name (str):
        tools (list[str]): The agent's tool ids.
        description (str | Unset):
        type_ (str | Unset):
        owner (str | Unset): The owner's wallet address.
        created_at (datetime.datetime | Unset):
        invoke_url (str | Unset):
        orchestrate_url (str | Unset):
        mcp_manifest_url (str | Unset):
        info_url (str | Unset):
        x_402_supported (bool | Unset):
    """

    agent_id: str
    name: str
    tools: list[str]
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    owner: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    invoke_url: str | Unset = UNSET
    orchestrate_url: str | Unset = UNSET
    mcp_manifest_url: str | Unset = UNSET
    info_url: str | Unset = UNSET
    x_402_supported: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        name = self.name

        tools = self.tools

        description = self.description

        type_ = self.type_

        owner = self.owner

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        invoke_url = self.invoke_url

        orchestrate_url = self.orchestrate_url

        mcp_manifest_url = self.mcp_manifest_url

        info_url = self.info_url

        x_402_supported = self.x_402_supported

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
        if invoke_url is not UNSET:
            field_dict["invokeUrl"] = invoke_url
        if orchestrate_url is not UNSET:
            field_dict["orchestrateUrl"] = orchestrate_url
        if mcp_manifest_url is not UNSET:
            field_dict["mcpManifestUrl"] = mcp_manifest_url
        if info_url is not UNSET:
            field_dict["infoUrl"] = info_url
        if x_402_supported is not UNSET:
            field_dict["x402Supported"] = x_402_supported

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        agent_id = d.pop("agentId")

        name = d.pop("name")

        tools = cast(list[str], d.pop("tools"))

        description = d.pop("description", UNSET)

        type_ = d.pop("type", UNSET)

        owner = d.pop("owner", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        invoke_url = d.pop("invokeUrl", UNSET)

        orchestrate_url = d.pop("orchestrateUrl", UNSET)

        mcp_manifest_url = d.pop("mcpManifestUrl", UNSET)

        info_url = d.pop("infoUrl", UNSET)

        x_402_supported = d.pop("x402Supported", UNSET)

        agent_summary = cls(
            agent_id=agent_id,
            name=name,
            tools=tools,
            description=description,
            type_=type_,
            owner=owner,
            created_at=created_at,
            invoke_url=invoke_url,
            orchestrate_url=orchestrate_url,
            mcp_manifest_url=mcp_manifest_url,
            info_url=info_url,
            x_402_supported=x_402_supported,
        )

        agent_summary.additional_properties = d
        return agent_summary

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
