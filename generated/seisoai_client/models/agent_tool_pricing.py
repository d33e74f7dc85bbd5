from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentToolPricing")


@_attrs_define
class AgentToolPricing:
    """
    Attributes:
        base_usd (float | Unset):
        credits_ (float | Unset):
    """

    base_usd: float | Unset = UNSET
    credits_: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_usd = self.base_usd

        credits_ = self.credits_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_usd is not UNSET:
            field_dict["baseUsd"] = base_usd
        if credits_ is not UNSET:
            field_dict["credits"] = credits_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base_usd = d.pop("baseUsd", UNSET)

        credits_ = d.pop("credits", UNSET)

        agent_tool_pricing = cls(
            base_usd=base_usd,
            credits_=credits_,
        )

        agent_tool_pricing.additional_properties = d
        return agent_tool_pricing

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
