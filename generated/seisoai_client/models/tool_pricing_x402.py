from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolPricingX402")


@_attrs_define
class ToolPricingX402:
    """
    Attributes:
        network (str | Unset):
        asset (str | Unset):
        base_amount (str | Unset): baseUsdCost x markup in USDC units.
    """

    network: str | Unset = UNSET
    asset: str | Unset = UNSET
    base_amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network = self.network

        asset = self.asset

        base_amount = self.base_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network is not UNSET:
            field_dict["network"] = network
        if asset is not UNSET:
            field_dict["asset"] = asset
        if base_amount is not UNSET:
            field_dict["baseAmount"] = base_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        network = d.pop("network", UNSET)

        asset = d.pop("asset", UNSET)

        base_amount = d.pop("baseAmount", UNSET)

        tool_pricing_x402 = cls(
            network=network,
            asset=asset,
            base_amount=base_amount,
        )

        tool_pricing_x402.additional_properties = d
        return tool_pricing_x402

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
