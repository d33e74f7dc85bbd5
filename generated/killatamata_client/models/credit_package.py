from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditPackage")


@_attrs_define
class CreditPackage:
    """
    Attributes:
        package_code (str):
        usd_cents (int):
        label (str | Unset):
        credit_usd (float | Unset): Credit added to the balance, in USD.
    """

    package_code: str
    usd_cents: int
    label: str | Unset = UNSET
    credit_usd: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_code = self.package_code

        usd_cents = self.usd_cents

        label = self.label

        credit_usd = self.credit_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageCode": package_code,
                "usdCents": usd_cents,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if credit_usd is not UNSET:
            field_dict["creditUsd"] = credit_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        package_code = d.pop("packageCode")

        usd_cents = d.pop("usdCents")

        label = d.pop("label", UNSET)

        credit_usd = d.pop("creditUsd", UNSET)

        credit_package = cls(
            package_code=package_code,
            usd_cents=usd_cents,
            label=label,
            credit_usd=credit_usd,
        )

        credit_package.additional_properties = d
        return credit_package

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
