from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentX402")


@_attrs_define
class AgentX402:
    """
    Attributes:
        supported (bool | Unset):
        network (str | Unset):
        asset (str | Unset):
        description (str | Unset):
    """

    supported: bool | Unset = UNSET
    network: str | Unset = UNSET
    asset: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supported = self.supported

        network = self.network

        asset = self.asset

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supported is not UNSET:
            field_dict["supported"] = supported
        if network is not UNSET:
            field_dict["network"] = network
        if asset is not UNSET:
            field_dict["asset"] = asset
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        supported = d.pop("supported", UNSET)

        network = d.pop("network", UNSET)

        asset = d.pop("asset", UNSET)

        description = d.pop("description", UNSET)

        agent_x402 = cls(
            supported=supported,
            network=network,
            asset=asset,
            description=description,
        )

        agent_x402.additional_properties = d
        return agent_x402

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
