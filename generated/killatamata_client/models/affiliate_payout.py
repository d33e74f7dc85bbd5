from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AffiliatePayout")


@_attrs_define
class AffiliatePayout:
    """
    Attributes:
        amount_usd (float):
        payout_id (str | Unset):
        status (str | Unset):
        method (str | Unset):
        paid_at (datetime.datetime | str | Unset): An ISO 8601 date-time in an answer.
    """

    amount_usd: float
    payout_id: str | Unset = UNSET
    status: str | Unset = UNSET
    method: str | Unset = UNSET
    paid_at: datetime.datetime | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_usd = self.amount_usd

        payout_id = self.payout_id

        status = self.status

        method = self.method

        paid_at: str | Unset
        if isinstance(self.paid_at, Unset):
            paid_at = UNSET
        elif isinstance(self.paid_at, datetime.datetime):
            paid_at = self.paid_at.isoformat()
        else:
            paid_at = self.paid_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amountUsd": amount_usd,
            }
        )
        if payout_id is not UNSET:
            field_dict["payoutId"] = payout_id
        if status is not UNSET:
            field_dict["status"] = status
        if method is not UNSET:
            field_dict["method"] = method
        if paid_at is not UNSET:
            field_dict["paidAt"] = paid_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_usd = d.pop("amountUsd")

        payout_id = d.pop("payoutId", UNSET)

        status = d.pop("status", UNSET)

        method = d.pop("method", UNSET)

        def _parse_paid_at(data: object) -> datetime.datetime | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_timestamp_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return componentsschemas_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str | Unset, data)

        paid_at = _parse_paid_at(d.pop("paidAt", UNSET))

        affiliate_payout = cls(
            amount_usd=amount_usd,
            payout_id=payout_id,
            status=status,
            method=method,
            paid_at=paid_at,
        )

        affiliate_payout.additional_properties = d
        return affiliate_payout

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
