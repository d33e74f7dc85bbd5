from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentEndpoints")


@_attrs_define
class AgentEndpoints:
    """
    Attributes:
        invoke_url (str | Unset):
        orchestrate_url (str | Unset):
        mcp_manifest_url (str | Unset):
    """

    invoke_url: str | Unset = UNSET
    orchestrate_url: str | Unset = UNSET
    mcp_manifest_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoke_url = self.invoke_url

        orchestrate_url = self.orchestrate_url

        mcp_manifest_url = self.mcp_manifest_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoke_url is not UNSET:
            field_dict["invokeUrl"] = invoke_url
        if orchestrate_url is not UNSET:
            field_dict["orchestrateUrl"] = orchestrate_url
        if mcp_manifest_url is not UNSET:
            field_dict["mcpManifestUrl"] = mcp_manifest_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invoke_url = d.pop("invokeUrl", UNSET)

        orchestrate_url = d.pop("orchestrateUrl", UNSET)

        mcp_manifest_url = d.pop("mcpManifestUrl", UNSET)

        agent_endpoints = cls(
            invoke_url=invoke_url,
            orchestrate_url=orchestrate_url,
            mcp_manifest_url=mcp_manifest_url,
        )

        agent_endpoints.additional_properties = d
        return agent_endpoints

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
