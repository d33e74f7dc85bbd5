from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_type import UnitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitPricing")


@_attrs_define
class UnitPricing:
    """
    Attributes:
        usd (float | Unset): USD per unit, markup included.
        credits_ (float | Unset):
        unit_type (UnitType | Unset):
    """

    usd: float | Unset = UNSET
    credits_: float | Unset = UNSET
    unit_type: UnitType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usd = self.usd

        credits_ = self.credits_

        unit_type: str | Unset = UNSET
        if not isinstance(self.unit_type, Unset):
            unit_type = self.unit_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usd is not UNSET:
            field_dict["usd"] = usd
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if unit_type is not UNSET:
            field_dict["unitType"] = unit_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        usd = d.pop("usd", UNSET)

        credits_ = d.pop("credits", UNSET)

        _unit_type = d.pop("unitType", UNSET)
        unit_type: UnitType | Unset
        if isinstance(_unit_type, Unset):
            unit_type = UNSET
        else:
            unit_type = UnitType(_unit_type)

        unit_pricing = cls(
            usd=usd,
            credits_=credits_,
            unit_type=unit_type,
        )

        unit_pricing.additional_properties = d
        return unit_pricing

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
