from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unit_pricing import UnitPricing


T = TypeVar("T", bound="ToolSummaryPricing")


@_attrs_define
class ToolSummaryPricing:
    """
    Attributes:
        base_usd (float): Base price in USD, markup included.
        credits_ (float): Base price in credits (1 credit = $0.10).
        per_unit (UnitPricing | Unset):
    """

    base_usd: float
    credits_: float
    per_unit: UnitPricing | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_usd = self.base_usd

        credits_ = self.credits_

        per_unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_unit, Unset):
            per_unit = self.per_unit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseUsd": base_usd,
                "credits": credits_,
            }
        )
        if per_unit is not UNSET:
            field_dict["perUnit"] = per_unit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.unit_pricing import UnitPricing

        d = dict(src_dict)
        base_usd = d.pop("baseUsd")

        credits_ = d.pop("credits")

        _per_unit = d.pop("perUnit", UNSET)
        per_unit: UnitPricing | Unset
        if isinstance(_per_unit, Unset):
            per_unit = UNSET
        else:
            per_unit = UnitPricing.from_dict(_per_unit)

        tool_summary_pricing = cls(
            base_usd=base_usd,
            credits_=credits_,
            per_unit=per_unit,
        )

        tool_summary_pricing.additional_properties = d
        return tool_summary_pricing

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
