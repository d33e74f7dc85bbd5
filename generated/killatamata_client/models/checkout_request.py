from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckoutRequest")


@_attrs_define
class CheckoutRequest:
    """
    Attributes:
        package_code (str): A packageCode of GET /api/v1/packages.
        affiliate_code (str | Unset): An affiliate referral code, e.g. PROMO_42.
    """

    package_code: str
    affiliate_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        package_code = self.package_code

        affiliate_code = self.affiliate_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "packageCode": package_code,
            }
        )
        if affiliate_code is not UNSET:
            field_dict["affiliateCode"] = affiliate_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        package_code = d.pop("packageCode")

        affiliate_code = d.pop("affiliateCode", UNSET)

        checkout_request = cls(
            package_code=package_code,
            affiliate_code=affiliate_code,
        )

        return checkout_request
