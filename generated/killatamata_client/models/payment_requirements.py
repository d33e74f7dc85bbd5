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
    from ..models.payment_requirements_extra import PaymentRequirementsExtra


T = TypeVar("T", bound="PaymentRequirements")


@_attrs_define
class PaymentRequirements:
    """One acceptable payment of an x402 v2 challenge.

    Attributes:
        scheme (Literal['exact']):
        network (str): CAIP-2, e.g. eip155:8453 (Base).
        amount (str): Amount in the asset's atomic units (USDC has 6 decimals).
        asset (str):
        pay_to (str):
        max_timeout_seconds (int):
        extra (PaymentRequirementsExtra | Unset): The token's EIP-712 domain name and version (e.g. USD Coin, 2).
    """

    scheme: Literal["exact"]
    network: str
    amount: str
    asset: str
    pay_to: str
    max_timeout_seconds: int
    extra: PaymentRequirementsExtra | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheme = self.scheme

        network = self.network

        amount = self.amount

        asset = self.asset

        pay_to = self.pay_to

        max_timeout_seconds = self.max_timeout_seconds

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheme": scheme,
                "network": network,
                "amount": amount,
                "asset": asset,
                "payTo": pay_to,
                "maxTimeoutSeconds": max_timeout_seconds,
            }
        )
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.payment_requirements_extra import PaymentRequirementsExtra

        d = dict(src_dict)
        scheme = cast(Literal["exact"], d.pop("scheme"))
        if scheme != "exact":
            raise ValueError(f"scheme must match const 'exact', got '{scheme}'")

        network = d.pop("network")

        amount = d.pop("amount")

        asset = d.pop("asset")

        pay_to = d.pop("payTo")

        max_timeout_seconds = d.pop("maxTimeoutSeconds")

        _extra = d.pop("extra", UNSET)
        extra: PaymentRequirementsExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = PaymentRequirementsExtra.from_dict(_extra)

        payment_requirements = cls(
            scheme=scheme,
            network=network,
            amount=amount,
            asset=asset,
            pay_to=pay_to,
            max_timeout_seconds=max_timeout_seconds,
            extra=extra,
        )

        payment_requirements.additional_properties = d
        return payment_requirements

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
