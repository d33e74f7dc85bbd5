from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price
    from ..models.price_quote_x402 import PriceQuoteX402


T = TypeVar("T", bound="PriceQuote")


@_attrs_define
class PriceQuote:
    """
    Attributes:
        pricing (Price): The price of one invocation, markup included.
        success (bool | Unset): true on success (optional in an answer).
        tool_id (str | Unset):
        tool_name (str | Unset):
        x402 (PriceQuoteX402 | Unset):
    """

    pricing: Price
    success: bool | Unset = UNSET
    tool_id: str | Unset = UNSET
    tool_name: str | Unset = UNSET
    x402: PriceQuoteX402 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pricing = self.pricing.to_dict()

        success = self.success

        tool_id = self.tool_id

        tool_name = self.tool_name

        x402: dict[str, Any] | Unset = UNSET
        if not isinstance(self.x402, Unset):
            x402 = self.x402.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pricing": pricing,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if tool_id is not UNSET:
            field_dict["toolId"] = tool_id
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if x402 is not UNSET:
            field_dict["x402"] = x402

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.price import Price
        from ..models.price_quote_x402 import PriceQuoteX402

        d = dict(src_dict)
        pricing = Price.from_dict(d.pop("pricing"))

        success = d.pop("success", UNSET)

        tool_id = d.pop("toolId", UNSET)

        tool_name = d.pop("toolName", UNSET)

        _x402 = d.pop("x402", UNSET)
        x402: PriceQuoteX402 | Unset
        if isinstance(_x402, Unset):
            x402 = UNSET
        else:
            x402 = PriceQuoteX402.from_dict(_x402)

        price_quote = cls(
            pricing=pricing,
            success=success,
            tool_id=tool_id,
            tool_name=tool_name,
            x402=x402,
        )

        price_quote.additional_properties = d
        return price_quote

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
