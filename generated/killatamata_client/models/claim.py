from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Claim")


@_attrs_define
class Claim:
    """
    Attributes:
        credited (bool): false when the payment was already credited by an earlier claim.
        credited_usd (float):
        balance_usd (float):
    """

    credited: bool
    credited_usd: float
    balance_usd: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credited = self.credited

        credited_usd = self.credited_usd

        balance_usd = self.balance_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credited": credited,
                "creditedUsd": credited_usd,
                "balanceUsd": balance_usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        credited = d.pop("credited")

        credited_usd = d.pop("creditedUsd")

        balance_usd = d.pop("balanceUsd")

        claim = cls(
            credited=credited,
            credited_usd=credited_usd,
            balance_usd=balance_usd,
        )

        claim.additional_properties = d
        return claim

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
