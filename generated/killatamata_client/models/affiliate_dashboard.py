from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliateDashboard")


@_attrs_define
class AffiliateDashboard:
    """
    Attributes:
        clicks (int | Unset):
        signups (int | Unset):
        conversions (int | Unset):
        pending_usd (float | Unset):
        available_usd (float | Unset):
        paid_usd (float | Unset):
    """

    clicks: int | Unset = UNSET
    signups: int | Unset = UNSET
    conversions: int | Unset = UNSET
    pending_usd: float | Unset = UNSET
    available_usd: float | Unset = UNSET
    paid_usd: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clicks = self.clicks

        signups = self.signups

        conversions = self.conversions

        pending_usd = self.pending_usd

        available_usd = self.available_usd

        paid_usd = self.paid_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if signups is not UNSET:
            field_dict["signups"] = signups
        if conversions is not UNSET:
            field_dict["conversions"] = conversions
        if pending_usd is not UNSET:
            field_dict["pendingUsd"] = pending_usd
        if available_usd is not UNSET:
            field_dict["availableUsd"] = available_usd
        if paid_usd is not UNSET:
            field_dict["paidUsd"] = paid_usd

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        clicks = d.pop("clicks", UNSET)

        signups = d.pop("signups", UNSET)

        conversions = d.pop("conversions", UNSET)

        pending_usd = d.pop("pendingUsd", UNSET)

        available_usd = d.pop("availableUsd", UNSET)

        paid_usd = d.pop("paidUsd", UNSET)

        affiliate_dashboard = cls(
            clicks=clicks,
            signups=signups,
            conversions=conversions,
            pending_usd=pending_usd,
            available_usd=available_usd,
            paid_usd=paid_usd,
        )

        affiliate_dashboard.additional_properties = d
        return affiliate_dashboard

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
