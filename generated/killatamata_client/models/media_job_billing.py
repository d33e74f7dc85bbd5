from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MediaJobBilling")


@_attrs_define
class MediaJobBilling:
    """Submit-time billing (fixed at submit; no rebill after completion).

    Attributes:
        charged_usd (float | Unset):
        balance_usd (float | Unset): The balance after the charge.
        currency (str | Unset): USD (the only currency documented).
    """

    charged_usd: float | Unset = UNSET
    balance_usd: float | Unset = UNSET
    currency: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charged_usd = self.charged_usd

        balance_usd = self.balance_usd

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charged_usd is not UNSET:
            field_dict["chargedUsd"] = charged_usd
        if balance_usd is not UNSET:
            field_dict["balanceUsd"] = balance_usd
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        charged_usd = d.pop("chargedUsd", UNSET)

        balance_usd = d.pop("balanceUsd", UNSET)

        currency = d.pop("currency", UNSET)

        media_job_billing = cls(
            charged_usd=charged_usd,
            balance_usd=balance_usd,
            currency=currency,
        )

        media_job_billing.additional_properties = d
        return media_job_billing

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
