from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAffiliatePayoutRequest")


@_attrs_define
class CreateAffiliatePayoutRequest:
    """
    Attributes:
        amount_usd (float):
        method (str | Unset): Payout method, e.g. paypal.
    """

    amount_usd: float
    method: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount_usd = self.amount_usd

        method = self.method

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amountUsd": amount_usd,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount_usd = d.pop("amountUsd")

        method = d.pop("method", UNSET)

        create_affiliate_payout_request = cls(
            amount_usd=amount_usd,
            method=method,
        )

        return create_affiliate_payout_request
