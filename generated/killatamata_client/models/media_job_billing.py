from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MediaJobBilling")


@_attrs_define
class MediaJobBilling:
    """Submit-time billing (fixed at submit; no rebill after completion).

    Attributes:
        charged_usd (float):
        balance_usd (float): The balance after the charge.
        currency (Literal['USD']):
    """

    charged_usd: float
    balance_usd: float
    currency: Literal["USD"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charged_usd = self.charged_usd

        balance_usd = self.balance_usd

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chargedUsd": charged_usd,
                "balanceUsd": balance_usd,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        charged_usd = d.pop("chargedUsd")

        balance_usd = d.pop("balanceUsd")

        currency = cast(Literal["USD"], d.pop("currency"))
        if currency != "USD":
            raise ValueError(f"currency must match const 'USD', got '{currency}'")

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
