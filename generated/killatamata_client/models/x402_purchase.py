from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="X402Purchase")


@_attrs_define
class X402Purchase:
    """
    Attributes:
        credited_usd (float):
        balance_usd (float):
        transaction (str | Unset): The settlement's transaction hash.
        network (str | Unset): CAIP-2 network of the settlement, e.g. eip155:8453.
    """

    credited_usd: float
    balance_usd: float
    transaction: str | Unset = UNSET
    network: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credited_usd = self.credited_usd

        balance_usd = self.balance_usd

        transaction = self.transaction

        network = self.network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creditedUsd": credited_usd,
                "balanceUsd": balance_usd,
            }
        )
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if network is not UNSET:
            field_dict["network"] = network

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credited_usd = d.pop("creditedUsd")

        balance_usd = d.pop("balanceUsd")

        transaction = d.pop("transaction", UNSET)

        network = d.pop("network", UNSET)

        x402_purchase = cls(
            credited_usd=credited_usd,
            balance_usd=balance_usd,
            transaction=transaction,
            network=network,
        )

        x402_purchase.additional_properties = d
        return x402_purchase

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
