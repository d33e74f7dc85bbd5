from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="X402PurchaseRequest")


@_attrs_define
class X402PurchaseRequest:
    """
    Attributes:
        usd_cents (int): Amount to buy, in US cents (minimum 100, i.e. $1).
        affiliate_code (str | Unset): An affiliate referral code, e.g. PROMO_42.
        idempotency_key (str | Unset): Body form of X-Idempotency-Key; when both are sent they must be equal (400
            otherwise).
    """

    usd_cents: int
    affiliate_code: str | Unset = UNSET
    idempotency_key: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        usd_cents = self.usd_cents

        affiliate_code = self.affiliate_code

        idempotency_key = self.idempotency_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "usdCents": usd_cents,
            }
        )
        if affiliate_code is not UNSET:
            field_dict["affiliateCode"] = affiliate_code
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        usd_cents = d.pop("usdCents")

        affiliate_code = d.pop("affiliateCode", UNSET)

        idempotency_key = d.pop("idempotencyKey", UNSET)

        x402_purchase_request = cls(
            usd_cents=usd_cents,
            affiliate_code=affiliate_code,
            idempotency_key=idempotency_key,
        )

        return x402_purchase_request
