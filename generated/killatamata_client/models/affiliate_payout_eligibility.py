from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliatePayoutEligibility")


@_attrs_define
class AffiliatePayoutEligibility:
    """
    Attributes:
        eligible (bool):
        available_usd (float | Unset):
        minimum_usd (float | Unset):
        reason (str | Unset): Why a payout cannot be requested now.
    """

    eligible: bool
    available_usd: float | Unset = UNSET
    minimum_usd: float | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eligible = self.eligible

        available_usd = self.available_usd

        minimum_usd = self.minimum_usd

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eligible": eligible,
            }
        )
        if available_usd is not UNSET:
            field_dict["availableUsd"] = available_usd
        if minimum_usd is not UNSET:
            field_dict["minimumUsd"] = minimum_usd
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        eligible = d.pop("eligible")

        available_usd = d.pop("availableUsd", UNSET)

        minimum_usd = d.pop("minimumUsd", UNSET)

        reason = d.pop("reason", UNSET)

        affiliate_payout_eligibility = cls(
            eligible=eligible,
            available_usd=available_usd,
            minimum_usd=minimum_usd,
            reason=reason,
        )

        affiliate_payout_eligibility.additional_properties = d
        return affiliate_payout_eligibility

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
