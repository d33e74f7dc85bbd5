from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PriceQuoteX402")


@_attrs_define
class PriceQuoteX402:
    """
    Attributes:
        network (str | Unset):
        asset (str | Unset):
        amount (str | Unset):
        amount_usd (str | Unset):
    """

    network: str | Unset = UNSET
    asset: str | Unset = UNSET
    amount: str | Unset = UNSET
    amount_usd: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        network = self.network

        asset = self.asset

        amount = self.amount

        amount_usd = self.amount_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network is not UNSET:
            field_dict["network"] = network
        if asset is not UNSET:
            field_dict["asset"] = asset
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_usd is not UNSET:
            field_dict["amountUsd"] = amount_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        network = d.pop("network", UNSET)

        asset = d.pop("asset", UNSET)

        amount = d.pop("amount", UNSET)

        amount_usd = d.pop("amountUsd", UNSET)

        price_quote_x402 = cls(
            network=network,
            asset=asset,
            amount=amount,
            amount_usd=amount_usd,
        )

        price_quote_x402.additional_properties = d
        return price_quote_x402

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
