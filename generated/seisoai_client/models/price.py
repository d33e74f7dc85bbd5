from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Price")


@_attrs_define
class Price:
    """The price of one invocation, markup included.

    Attributes:
        usd (float):
        credits_ (float):
        usdc_units (str): round(usd x 1e6).
    """

    usd: float
    credits_: float
    usdc_units: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usd = self.usd

        credits_ = self.credits_

        usdc_units = self.usdc_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usd": usd,
                "credits": credits_,
                "usdcUnits": usdc_units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        usd = d.pop("usd")

        credits_ = d.pop("credits")

        usdc_units = d.pop("usdcUnits")

        price = cls(
            usd=usd,
            credits_=credits_,
            usdc_units=usdc_units,
        )

        price.additional_properties = d
        return price

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
