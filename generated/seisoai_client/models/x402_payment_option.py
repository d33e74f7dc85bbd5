from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.x402_payment_option_extra import X402PaymentOptionExtra


T = TypeVar("T", bound="X402PaymentOption")


@_attrs_define
class X402PaymentOption:
    """
    Attributes:
        scheme (Literal['exact']):
        network (str): CAIP-2 network, eip155:8453 (Base).
        max_amount_required (str): USDC units (6 decimals) to pay, e.g. 65000 = $0.065.
        asset (str):
        pay_to (str): The EVM wallet that receives the payment.
        extra (X402PaymentOptionExtra | Unset):
    """

    scheme: Literal["exact"]
    network: str
    max_amount_required: str
    asset: str
    pay_to: str
    extra: X402PaymentOptionExtra | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheme = self.scheme

        network = self.network

        max_amount_required = self.max_amount_required

        asset = self.asset

        pay_to = self.pay_to

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheme": scheme,
                "network": network,
                "maxAmountRequired": max_amount_required,
                "asset": asset,
                "payTo": pay_to,
            }
        )
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.x402_payment_option_extra import X402PaymentOptionExtra

        d = dict(src_dict)
        scheme = cast(Literal["exact"], d.pop("scheme"))
        if scheme != "exact":
            raise ValueError(f"scheme must match const 'exact', got '{scheme}'")

        network = d.pop("network")

        max_amount_required = d.pop("maxAmountRequired")

        asset = d.pop("asset")

        pay_to = d.pop("payTo")

        _extra = d.pop("extra", UNSET)
        extra: X402PaymentOptionExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = X402PaymentOptionExtra.from_dict(_extra)

        x402_payment_option = cls(
            scheme=scheme,
            network=network,
            max_amount_required=max_amount_required,
            asset=asset,
            pay_to=pay_to,
            extra=extra,
        )

        x402_payment_option.additional_properties = d
        return x402_payment_option

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
