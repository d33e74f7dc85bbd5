from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="X402Settlement")


@_attrs_define
class X402Settlement:
    """x402 settlement info the backend documents on paid answers.

    Attributes:
        settled (bool | Unset):
        transaction_hash (str | Unset):
    """

    settled: bool | Unset = UNSET
    transaction_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        settled = self.settled

        transaction_hash = self.transaction_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if settled is not UNSET:
            field_dict["settled"] = settled
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        settled = d.pop("settled", UNSET)

        transaction_hash = d.pop("transactionHash", UNSET)

        x402_settlement = cls(
            settled=settled,
            transaction_hash=transaction_hash,
        )

        x402_settlement.additional_properties = d
        return x402_settlement

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
