from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_type import UnitType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_pricing_x402 import ToolPricingX402


T = TypeVar("T", bound="ToolPricing")


@_attrs_define
class ToolPricing:
    """The registry's pricing (before markup), with the x402 base amount.

    Attributes:
        base_usd_cost (float):
        credits_ (float):
        markup (float):
        per_unit_cost (float | Unset):
        unit_type (UnitType | Unset):
        per_unit_credits (float | Unset):
        x402 (ToolPricingX402 | Unset):
    """

    base_usd_cost: float
    credits_: float
    markup: float
    per_unit_cost: float | Unset = UNSET
    unit_type: UnitType | Unset = UNSET
    per_unit_credits: float | Unset = UNSET
    x402: ToolPricingX402 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_usd_cost = self.base_usd_cost

        credits_ = self.credits_

        markup = self.markup

        per_unit_cost = self.per_unit_cost

        unit_type: str | Unset = UNSET
        if not isinstance(self.unit_type, Unset):
            unit_type = self.unit_type.value

        per_unit_credits = self.per_unit_credits

        x402: dict[str, Any] | Unset = UNSET
        if not isinstance(self.x402, Unset):
            x402 = self.x402.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseUsdCost": base_usd_cost,
                "credits": credits_,
                "markup": markup,
            }
        )
        if per_unit_cost is not UNSET:
            field_dict["perUnitCost"] = per_unit_cost
        if unit_type is not UNSET:
            field_dict["unitType"] = unit_type
        if per_unit_credits is not UNSET:
            field_dict["perUnitCredits"] = per_unit_credits
        if x402 is not UNSET:
            field_dict["x402"] = x402

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_pricing_x402 import ToolPricingX402

        d = dict(src_dict)
        base_usd_cost = d.pop("baseUsdCost")

        credits_ = d.pop("credits")

        markup = d.pop("markup")

        per_unit_cost = d.pop("perUnitCost", UNSET)

        _unit_type = d.pop("unitType", UNSET)
        unit_type: UnitType | Unset
        if isinstance(_unit_type, Unset):
            unit_type = UNSET
        else:
            unit_type = UnitType(_unit_type)

        per_unit_credits = d.pop("perUnitCredits", UNSET)

        _x402 = d.pop("x402", UNSET)
        x402: ToolPricingX402 | Unset
        if isinstance(_x402, Unset):
            x402 = UNSET
        else:
            x402 = ToolPricingX402.from_dict(_x402)

        tool_pricing = cls(
            base_usd_cost=base_usd_cost,
            credits_=credits_,
            markup=markup,
            per_unit_cost=per_unit_cost,
            unit_type=unit_type,
            per_unit_credits=per_unit_credits,
            x402=x402,
        )

        tool_pricing.additional_properties = d
        return tool_pricing

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
